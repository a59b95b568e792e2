// The sendsafe demo chat: checks the message on every keystroke, highlights the
// findings in place and asks before anything flagged is sent. A second, small form
// plays the other person: what they send is checked as received text and warned
// about above their bubble.
//
// Engine output only ever reaches the page through textContent and <mark>
// elements built with the DOM; never through innerHTML.

const $ = (id) => document.getElementById(id);

const ui = {
  loadStatus: $("load-status"),
  loadError: $("load-error"),
  loadErrorDetail: $("load-error-detail"),
  preset: $("preset"),
  teen: $("teen"),
  empty: $("empty"),
  messages: $("messages"),
  composer: $("composer"),
  field: $("field"),
  backdrop: $("backdrop"),
  highlights: $("highlights"),
  message: $("message"),
  send: $("send"),
  hint: $("composer-hint"),
  summary: $("findings-summary"),
  findings: $("findings"),
  confirm: $("confirm"),
  confirmTitle: $("confirm-title"),
  confirmText: $("confirm-text"),
  edit: $("edit"),
  sendAnyway: $("send-anyway"),
  hideSend: $("hide-send"),
  live: $("live"),
  timing: $("timing"),
  receiveForm: $("receive-form"),
  sample: $("sample"),
  incoming: $("incoming"),
  receive: $("receive"),
  incomingLive: $("incoming-live"),
};

const GUIDELINES = {
  default: "Guidelines",
  imo: "imo Community Guidelines",
  calimero: "Calimero Chat Community Guidelines",
};

const SEVERITY = {
  info: { word: "Info", icon: "icon-info", rank: 1 },
  warn: { word: "Warning", icon: "icon-warn", rank: 2 },
  block: { word: "Not allowed", icon: "icon-block", rank: 3 },
};

/** How a received message's findings are labelled: spoken to the reader, not the sender. */
const INCOMING_SEVERITY = {
  warn: { word: "Be careful", icon: "icon-warn" },
  block: { word: "Warning sign", icon: "icon-block" },
};

/** The other person's sample messages, written for this demo. */
const SAMPLES = {
  scam: "Hey it's Max from the game team! I sent a login code to your phone by mistake, can you send me the code? It's urgent",
  phishing: "Your account will be closed tonight. Verify it here before 12:00: http://account-verify-login.top/secure",
  meetup: "we should meet up this weekend, just the two of us. I can pick you up after school",
  age: "hey, how old are you?",
  looks: "you're so mature for your age, you know that?",
  secret: "this is just between us ok? don't tell your parents",
  friendly: "Good game today! See you at practice on Thursday 🙂",
  phone: "The group chat is down again, here's my number: +44 7700 900123",
  spanish: "Hola, soy del soporte. Mándame el código que te llegó por SMS para verificar tu cuenta",
  arabic: "استثمر معي ١٠٠ دولار فقط، ربح مضمون كل أسبوع!",
};

const EMPTY_REPORT = Object.freeze({ verdict: "allow", findings: [] });
const HISTORY_LENGTH = 5; // recent sent messages passed to check() for spam.flood
const INCOMING_HISTORY = 20; // the other person's earlier messages passed with a received one
const ANNOUNCE_DELAY_MS = 700;

const state = {
  createFilter: null,
  filter: null,
  generation: 0, // guards against a slower, older createFilter() winning
  report: EMPTY_REPORT,
  checkedText: null,
  error: null, // an error thrown by check(), shown instead of findings
  sent: [],
  pending: null, // { text, redacted } while the confirm area is open
  // The other person's messages, oldest first: { text, item, signature, revealed, report, error }.
  received: [],
  announceTimer: 0,
  announced: "",
};

boot();

async function boot() {
  try {
    ({ createFilter: state.createFilter } = await import("sendsafe"));
    await applySettings();
  } catch (error) {
    showLoadError(error);
    return;
  }
  ui.loadStatus.hidden = true;
  for (const control of [ui.preset, ui.teen, ui.message, ui.send, ui.sample, ui.incoming, ui.receive]) {
    control.disabled = false;
  }
  if (/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)) {
    ui.hint.querySelector("kbd").textContent = "⌘";
  }
  wireEvents();
  update();
  ui.message.focus();
}

function showLoadError(error) {
  console.error("sendsafe demo: the package failed to load", error);
  ui.loadStatus.hidden = true;
  ui.loadError.hidden = false;
  ui.empty.hidden = true;
  ui.loadErrorDetail.textContent = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** (Re)creates the filter for the chosen preset and teen mode, then re-checks. */
async function applySettings() {
  const generation = ++state.generation;
  const next = await state.createFilter({ preset: ui.preset.value, teen: ui.teen.checked });
  if (generation !== state.generation) {
    next.free();
    return;
  }
  const previous = state.filter;
  state.filter = next;
  previous?.free();
  state.checkedText = null;
}

function wireEvents() {
  ui.message.addEventListener("input", () => {
    closeConfirm();
    update();
  });
  ui.message.addEventListener("scroll", syncScroll, { passive: true });
  new ResizeObserver(syncScroll).observe(ui.message);

  ui.message.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.isComposing) {
      event.preventDefault();
      attemptSend();
    }
  });
  ui.composer.addEventListener("submit", (event) => {
    event.preventDefault();
    attemptSend();
  });

  for (const control of [ui.preset, ui.teen]) {
    control.addEventListener("change", async () => {
      closeConfirm();
      try {
        await applySettings();
      } catch (error) {
        showLoadError(error);
        return;
      }
      update();
      recheckReceived();
    });
  }

  ui.sample.addEventListener("change", () => {
    const text = SAMPLES[ui.sample.value];
    if (text != null) ui.incoming.value = text;
  });
  ui.receiveForm.addEventListener("submit", (event) => {
    event.preventDefault();
    receive(ui.incoming.value);
  });

  ui.edit.addEventListener("click", () => {
    closeConfirm();
    ui.message.focus();
  });
  ui.sendAnyway.addEventListener("click", () => {
    const pending = takePending();
    if (pending && pending.verdict !== "block") deliver(pending.text, null);
  });
  ui.hideSend.addEventListener("click", () => {
    const pending = takePending();
    if (pending?.redacted != null) deliver(pending.redacted, "Private details hidden");
  });
  ui.confirm.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      closeConfirm();
      ui.message.focus();
    }
  });
}

function checkOptions() {
  return { direction: "outgoing", history: state.sent.slice(-HISTORY_LENGTH) };
}

/** Checks the composer's text and redraws highlights, findings and timing. */
function update() {
  const text = ui.message.value;
  if (text !== state.checkedText) {
    const started = performance.now();
    try {
      state.report = state.filter.check(text, checkOptions());
      state.error = null;
    } catch (error) {
      console.error("sendsafe demo: check failed", error);
      state.report = EMPTY_REPORT;
      state.error = error;
    }
    const elapsed = performance.now() - started;
    state.checkedText = text;
    ui.timing.textContent = `checked in ${formatMs(elapsed)} ms`;
  }
  renderHighlights(text, state.report.findings);
  renderFindings(text, state.report);
  scheduleAnnouncement(text);
}

function formatMs(ms) {
  if (ms < 0.01) return "under 0.01";
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

// ---- highlights in place -------------------------------------------------

/**
 * Pieces of `text` covered by findings: [{start, end, severity, ids}], in order,
 * each piece covered by the same findings throughout. Findings may overlap.
 */
function coveredPieces(text, findings) {
  const spans = findings.map((finding, id) => ({
    id,
    severity: finding.severity,
    start: snap(text, finding.start, -1),
    end: snap(text, finding.end, +1),
  })).filter((span) => span.start < span.end);

  const cuts = [...new Set(spans.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((span) => span.start <= start && end <= span.end);
    if (covering.length === 0) continue;
    const ids = covering.map((span) => span.id);
    const severity = covering.reduce(
      (worst, span) => (rank(span.severity) > rank(worst) ? span.severity : worst), "info");
    const last = pieces.at(-1);
    if (last && last.end === start && last.severity === severity && last.ids.join() === ids.join()) {
      last.end = end;
    } else {
      pieces.push({ start, end, severity, ids });
    }
  }
  return pieces;
}

/** An offset clamped into the text and moved off the middle of a surrogate pair (defensive). */
function snap(text, offset, direction) {
  let at = Math.min(Math.max(Number(offset) || 0, 0), text.length);
  const low = (i) => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00
    && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  if (low(at)) at += direction < 0 ? -1 : 1;
  return at;
}

function rank(severity) {
  return SEVERITY[severity]?.rank ?? 0;
}

/** The backdrop behind the textarea: the same text, with <mark>s at the findings. */
function renderHighlights(text, findings) {
  const nodes = markedText(text, findings);
  // A zero-width space lets a trailing newline open its own line, as it does in the textarea.
  nodes.push(document.createTextNode("\u200b"));
  ui.highlights.replaceChildren(...nodes);
  syncScroll();
}

function syncScroll() {
  ui.backdrop.scrollTop = ui.message.scrollTop;
  ui.backdrop.scrollLeft = ui.message.scrollLeft;
}

function setActiveFinding(id, active) {
  for (const mark of ui.highlights.querySelectorAll("mark")) {
    if (mark.dataset.findings.split(" ").includes(String(id))) mark.classList.toggle("active", active);
  }
}

// ---- findings list -------------------------------------------------------

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function summaryText(text, report) {
  if (state.error) return "This message couldn't be checked.";
  if (text.trim() === "") return "";
  const n = report.findings.length;
  switch (report.verdict) {
    case "block": return `This can't be sent as written: ${plural(n, "problem", "problems")} found.`;
    case "warn": return `${plural(n, "thing", "things")} to look at before sending.`;
    default: return n ? `${plural(n, "note", "notes")}; fine to send.` : "Looks good: nothing to flag.";
  }
}

function renderFindings(text, report) {
  ui.summary.textContent = summaryText(text, report);
  ui.summary.dataset.verdict = state.error ? "warn" : report.verdict;
  ui.summary.hidden = ui.summary.textContent === "";
  ui.field.dataset.verdict = text ? report.verdict : "allow";
  ui.findings.replaceChildren(...report.findings.map((finding, id) => findingItem(text, finding, id)));
}

function icon(name, className = "icon") {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", className);
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const use = document.createElementNS("http://www.w3.org/2000/svg", "use");
  use.setAttribute("href", `#${name}`);
  svg.append(use);
  return svg;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

function excerpt(text, start, end) {
  const part = text.slice(snap(text, start, -1), snap(text, end, +1)).replace(/\s+/g, " ").trim();
  const chars = [...part];
  return chars.length > 48 ? `${chars.slice(0, 47).join("")}…` : part;
}

function findingItem(text, finding, id) {
  const severity = SEVERITY[finding.severity] ?? SEVERITY.info;
  const item = element("li", "finding");
  item.dataset.severity = finding.severity;

  const badge = element("span", "severity");
  badge.append(icon(severity.icon), element("span", null, severity.word));

  const quote = excerpt(text, finding.start, finding.end);
  const show = element("button", "excerpt");
  show.type = "button";
  show.dir = "auto";
  show.textContent = quote;
  show.setAttribute("aria-label", `Select “${quote}” in the message`);
  show.addEventListener("click", () => {
    ui.message.focus();
    ui.message.setSelectionRange(snap(text, finding.start, -1), snap(text, finding.end, +1));
  });

  const head = element("div", "finding-head");
  head.append(badge, show);

  const meta = element("p", "finding-meta");
  const guideline = element("span", "guideline");
  guideline.append(
    element("span", "guideline-doc", `${GUIDELINES[ui.preset.value] ?? "Guidelines"}: `),
    element("span", "guideline-section", finding.guideline),
  );
  const rule = element("code", "rule", finding.kind ? `${finding.rule} · ${finding.kind}` : finding.rule);
  meta.append(guideline, rule);

  item.append(head, element("p", "finding-message", finding.message), meta);
  for (const [on, active] of [["mouseenter", true], ["mouseleave", false], ["focusin", true], ["focusout", false]]) {
    item.addEventListener(on, () => setActiveFinding(id, active));
  }
  return item;
}

/** Tells screen readers how many findings there are, once typing pauses. */
function scheduleAnnouncement(text) {
  clearTimeout(state.announceTimer);
  state.announceTimer = setTimeout(() => {
    const n = state.report.findings.length;
    let message = "";
    if (state.error) message = "This message couldn't be checked.";
    else if (text.trim() !== "") message = n ? `${plural(n, "finding", "findings")} in your message.` : "No findings.";
    if (message !== state.announced) {
      state.announced = message;
      ui.live.textContent = message;
    }
  }, ANNOUNCE_DELAY_MS);
}

// ---- sending -------------------------------------------------------------

function attemptSend() {
  if (!state.filter) return;
  const text = ui.message.value;
  if (text.trim() === "") {
    ui.message.focus();
    return;
  }
  if (text !== state.checkedText) update();
  if (state.report.verdict === "allow" && !state.error) {
    deliver(text, null);
    return;
  }
  openConfirm(text, state.error ? "warn" : state.report.verdict);
}

/** The redacted text, if hiding the private parts changes it and makes it sendable. */
function sendableRedaction(text) {
  try {
    const redacted = state.filter.redact(text);
    if (redacted === text) return null;
    return state.filter.check(redacted, checkOptions()).verdict === "block" ? null : redacted;
  } catch (error) {
    console.error("sendsafe demo: redact failed", error);
    return null;
  }
}

function openConfirm(text, verdict) {
  const redacted = sendableRedaction(text);
  state.pending = { text, verdict, redacted };
  const n = state.report.findings.length;
  ui.confirm.dataset.verdict = verdict;
  if (verdict === "block") {
    ui.confirmTitle.textContent = "This message can't be sent as written.";
    ui.confirmText.textContent = redacted != null
      ? "You can hide the private details and send the rest, or edit the message."
      : "Please edit it first; the findings above explain why.";
  } else if (state.error) {
    ui.confirmTitle.textContent = "Send without a check?";
    ui.confirmText.textContent = "Something went wrong while checking this message.";
  } else {
    ui.confirmTitle.textContent = "Send this message?";
    ui.confirmText.textContent = `${plural(n, "thing", "things")} above might be worth a second look. `
      + (redacted != null ? "You can edit it, hide the private details, or send it as it is." : "You can edit it or send it as it is.");
  }
  ui.sendAnyway.hidden = verdict === "block";
  ui.hideSend.hidden = redacted == null;
  ui.confirm.hidden = false;
  ui.edit.focus();
}

function closeConfirm() {
  state.pending = null;
  ui.confirm.hidden = true;
}

/** The pending message, if the composer still holds exactly that text. */
function takePending() {
  const pending = state.pending;
  closeConfirm();
  return pending && pending.text === ui.message.value ? pending : null;
}

function deliver(text, note) {
  const item = element("li", "message outgoing");
  const bubble = element("p", "bubble", text);
  bubble.dir = "auto";
  const meta = element("p", "message-meta");
  const time = element("time", null, new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }).format(new Date()));
  time.dateTime = new Date().toISOString();
  meta.append(time);
  if (note) meta.append(element("span", "message-note", note));
  item.append(bubble, meta);
  ui.messages.append(item);
  ui.empty.hidden = true;
  item.scrollIntoView({ block: "nearest" });

  state.sent.push(text);
  if (state.sent.length > HISTORY_LENGTH) state.sent.shift();
  ui.message.value = "";
  update();
  ui.message.focus();
}

// ---- the other person ----------------------------------------------------

/** Adds a message from the other person to the conversation and checks it. */
function receive(raw) {
  if (!state.filter) return;
  const text = raw.replace(/\s+$/, "");
  if (text.trim() === "") {
    ui.incoming.focus();
    return;
  }
  const item = element("li", "message incoming");
  state.received.push({ text, item, signature: null, revealed: false, report: EMPTY_REPORT, error: null });
  ui.messages.append(item);
  ui.empty.hidden = true;
  renderReceived();
  item.scrollIntoView({ block: "nearest" });
  ui.incoming.value = "";
  ui.sample.value = "";
}

/** After the teen switch or the preset changes: checks every received message again. */
function recheckReceived() {
  if (state.received.length === 0) return;
  if (renderReceived() === 0) return;
  const flagged = state.received.filter((entry) => entry.item.classList.contains("has-card")).length;
  ui.incomingLive.textContent = flagged === 0
    ? "Received messages checked again: no warning signs."
    : `Received messages checked again: ${plural(flagged, "message has", "messages have")} a warning sign.`;
}

/**
 * Checks every received message (each with the messages before it as its history) and
 * redraws those whose findings, or whose part in a later warning, changed. Returns
 * how many were redrawn.
 */
function renderReceived() {
  const received = state.received;
  for (const [index, entry] of received.entries()) {
    const from = Math.max(0, index - INCOMING_HISTORY);
    const history = received.slice(from, index).map((earlier) => earlier.text);
    try {
      entry.report = state.filter.check(entry.text, { teen: ui.teen.checked, direction: "incoming", history });
      entry.error = entry.report.error ?? null;
    } catch (error) {
      console.error("sendsafe demo: check of a received message failed", error);
      entry.report = EMPTY_REPORT;
      entry.error = error instanceof Error ? error.message : String(error);
    }
    // Indices into `history` become indices into `received`.
    entry.builtOn = new Set();
    for (const finding of entry.report.findings) {
      for (const at of finding.history ?? []) {
        if (Number.isInteger(at) && at >= 0 && at < history.length) entry.builtOn.add(from + at);
      }
    }
  }

  // Which later warnings each message is part of.
  for (const entry of received) entry.partOf = [];
  for (const [index, entry] of received.entries()) {
    for (const earlier of entry.builtOn) received[earlier].partOf.push(index);
  }

  let changed = 0;
  for (const [index, entry] of received.entries()) {
    const signature = JSON.stringify([entry.report, entry.error, entry.partOf, ui.preset.value]);
    if (signature === entry.signature) continue;
    if (entry.report.verdict !== "block") entry.revealed = false;
    entry.signature = signature;
    entry.item.replaceChildren(...receivedParts(entry, index));
    changed++;
  }
  return changed;
}

function receivedId(index, part) {
  return `received-${index}-${part}`;
}

/** The nodes of one received message: its warning card, the bubble, the line under it. */
function receivedParts(entry, index) {
  const { text, report } = entry;
  const serious = report.findings.filter((finding) => finding.severity === "warn" || finding.severity === "block");
  const quiet = report.findings.filter((finding) => !serious.includes(finding));
  const blocked = report.verdict === "block";
  const parts = [];
  entry.item.className = "message incoming";
  entry.item.dataset.verdict = report.verdict;
  entry.item.classList.toggle("has-card", serious.length > 0 || entry.error != null);
  entry.item.classList.toggle("part-of", entry.partOf.length > 0);

  if (serious.length > 0) parts.push(warningCard(serious, index, entry));
  else if (entry.error != null) parts.push(errorCard(index));

  // The bubble: the text with the findings marked; a blocked one starts folded away.
  const bubble = element("div", "bubble incoming-bubble");
  bubble.id = receivedId(index, "bubble");
  const said = element("p", "bubble-text");
  said.id = receivedId(index, "text");
  said.dir = "auto";
  said.append(...markedText(text, report.findings));
  // Outside the text, so that dir="auto" reads the message's own first letters.
  bubble.append(element("span", "visually-hidden", "They wrote: "));

  if (blocked) {
    const folded = element("p", "bubble-folded", "Message hidden because of the warning above.");
    const toggle = element("button", "reveal");
    toggle.type = "button";
    toggle.setAttribute("aria-controls", said.id);
    const show = (revealed) => {
      entry.revealed = revealed;
      said.hidden = !revealed;
      folded.hidden = revealed;
      toggle.textContent = revealed ? "Hide message" : "Show message";
      toggle.setAttribute("aria-expanded", String(revealed));
      bubble.classList.toggle("folded", !revealed);
    };
    toggle.addEventListener("click", () => show(!entry.revealed));
    show(entry.revealed);
    bubble.append(folded, said, toggle);
  } else {
    bubble.append(said);
  }
  parts.push(bubble);

  const meta = element("div", "message-meta");
  const now = new Date();
  entry.time ??= now;
  const time = element("time", null, new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }).format(entry.time));
  time.dateTime = entry.time.toISOString();
  meta.append(time);
  if (quiet.length > 0) meta.append(quietNotes(quiet));
  if (entry.partOf.length > 0) {
    const later = entry.partOf.at(-1);
    const tag = element("button", "part-of-tag");
    tag.type = "button";
    tag.append(icon("icon-warn"), element("span", null, "Part of the warning sign below"));
    tag.addEventListener("click", () => {
      const card = document.getElementById(receivedId(later, "card"));
      card?.scrollIntoView({ block: "nearest" });
      card?.focus();
    });
    meta.append(tag);
  }
  parts.push(meta);
  return parts;
}

/** `text` as text nodes and <mark>s at the findings (a quiet one for `info`). */
function markedText(text, findings) {
  const nodes = [];
  let at = 0;
  for (const piece of coveredPieces(text, findings)) {
    if (piece.start > at) nodes.push(document.createTextNode(text.slice(at, piece.start)));
    const mark = document.createElement("mark");
    mark.dataset.severity = piece.severity;
    mark.dataset.findings = piece.ids.join(" ");
    mark.textContent = text.slice(piece.start, piece.end);
    nodes.push(mark);
    at = piece.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/** The card above a received message with warn or block findings. */
function warningCard(findings, index, entry) {
  const worst = findings.some((finding) => finding.severity === "block") ? "block" : "warn";
  const card = element("div", "incoming-card");
  card.id = receivedId(index, "card");
  card.tabIndex = -1;
  card.dataset.severity = worst;
  card.setAttribute("role", "group");
  card.setAttribute("aria-label", worst === "block" ? "Warning sign about this message" : "Be careful with this message");

  const list = element("ul", "incoming-findings");
  const seen = new Set();
  for (const finding of findings) {
    // Two findings may say the same thing (e.g. a link and the scam around it): say it once.
    if (seen.has(finding.message)) continue;
    seen.add(finding.message);
    const severity = INCOMING_SEVERITY[finding.severity] ?? INCOMING_SEVERITY.warn;
    const item = element("li", "incoming-finding");
    item.dataset.severity = finding.severity;
    const badge = element("span", "severity");
    badge.append(icon(severity.icon), element("span", null, severity.word));
    const message = element("p", "incoming-message", finding.message);
    message.dir = "auto";
    item.append(badge, message);
    const earlier = (finding.history ?? []).length;
    if (earlier > 0) {
      item.append(element("p", "incoming-history",
        `This builds on ${plural(earlier, "earlier message", "earlier messages")} from this person, marked above.`));
    }
    const meta = element("p", "finding-meta");
    const guideline = element("span", "guideline");
    guideline.append(
      element("span", "guideline-doc", `${GUIDELINES[ui.preset.value] ?? "Guidelines"}: `),
      element("span", "guideline-section", finding.guideline),
    );
    meta.append(guideline, element("code", "rule", finding.kind ? `${finding.rule} · ${finding.kind}` : finding.rule));
    item.append(meta);
    list.append(item);
  }
  card.append(list);
  return card;
}

function errorCard(index) {
  const card = element("div", "incoming-card");
  card.id = receivedId(index, "card");
  card.tabIndex = -1;
  card.dataset.severity = "warn";
  card.setAttribute("role", "group");
  card.setAttribute("aria-label", "This message wasn't checked");
  const item = element("div", "incoming-finding");
  const badge = element("span", "severity");
  badge.append(icon("icon-warn"), element("span", null, "Not checked"));
  item.append(badge, element("p", "incoming-message", "This message couldn't be checked. Be careful with links and requests in it."));
  card.append(item);
  return card;
}

/** `info` findings under the bubble: a small disclosure, no card. */
function quietNotes(findings) {
  const details = element("details", "quiet-notes");
  const summary = element("summary", null);
  summary.append(icon("icon-info"), element("span", null, plural(findings.length, "note", "notes")));
  details.append(summary);
  const seen = new Set();
  for (const finding of findings) {
    if (seen.has(finding.message)) continue;
    seen.add(finding.message);
    const note = element("p", "quiet-note", finding.message);
    note.dir = "auto";
    details.append(note);
  }
  return details;
}

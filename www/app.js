// The sendsafe demo chat: checks the message on every keystroke, highlights the
// findings in place and asks before anything flagged is sent. A second, small form
// plays the other person: what they send is checked as received text and warned
// about above their bubble.
//
// Engine output only ever reaches the page through textContent and <mark>
// elements built with the DOM; never through innerHTML. The cards and marks are
// built in findings.js.

import {
  isSupport, gateVerdict, whatItIs, markedText, findingCard, guidelineLine, element, icon,
} from "./findings.js";

const $ = (id) => document.getElementById(id);

const ui = {
  loadStatus: $("load-status"),
  loadError: $("load-error"),
  loadErrorDetail: $("load-error-detail"),
  preset: $("preset"),
  language: $("language"),
  teen: $("teen"),
  teenState: $("teen-state"),
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
  review: $("review-panel"),
  reviewTitle: $("review-title"),
  reviewText: $("review-text"),
  reviewCards: $("review-cards"),
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

/** How a received message's findings are labelled: spoken to the reader, not the sender. */
const INCOMING_SEVERITY = {
  warn: { word: "Be careful", icon: "icon-warn" },
  block: { word: "Warning sign", icon: "icon-block" },
  support: { word: "Check in", icon: "icon-heart" },
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
/** Checked once per filter before anyone types: a little of everything the rules look at. */
const WARM_UP = "hi! mail ana@example.org or call +44 7700 900123, see https://example.com/a 🙂 مرحبا";
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
  pending: null, // { text, verdict, redacted, support } while the review under the composer is open
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
  for (const control of [ui.preset, ui.language, ui.teen, ui.message, ui.send, ui.sample, ui.incoming, ui.receive]) {
    control.disabled = false;
  }
  if (/Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)) {
    ui.hint.querySelector("kbd").textContent = "⌘";
  }
  wireEvents();
  update();
  ui.message.focus();
  document.documentElement.dataset.ready = "true"; // for the browser tests: the filter is live
}

function showLoadError(error) {
  console.error("sendsafe demo: the package failed to load", error);
  ui.loadStatus.hidden = true;
  ui.loadError.hidden = false;
  ui.empty.hidden = true;
  ui.loadErrorDetail.textContent = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** (Re)creates the filter for the chosen preset, language and teen mode. */
async function applySettings() {
  const generation = ++state.generation;
  const next = await state.createFilter({
    preset: ui.preset.value,
    teen: ui.teen.checked,
    locale: ui.language.value,
  });
  if (generation !== state.generation) {
    next.free();
    return;
  }
  // The first check of a page pays one-off costs inside the wasm (tens of milliseconds):
  // pay them here, not on the user's first keystroke.
  next.check(WARM_UP, { direction: "outgoing" });
  next.check(WARM_UP, { direction: "incoming" });
  const previous = state.filter;
  state.filter = next;
  previous?.free();
  state.checkedText = null;
  ui.teenState.textContent = ui.teen.checked ? "On" : "Off";
}

function wireEvents() {
  ui.message.addEventListener("input", () => {
    closeReview();
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

  for (const control of [ui.preset, ui.language, ui.teen]) {
    control.addEventListener("change", async () => {
      closeReview();
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
    closeReview();
    ui.message.focus();
  });
  ui.sendAnyway.addEventListener("click", () => {
    const pending = takePending();
    if (pending && pending.verdict !== "block") deliver(pending.text, null, pending.support);
  });
  ui.hideSend.addEventListener("click", () => {
    const pending = takePending();
    if (pending?.redacted != null) deliver(pending.redacted, "Private details hidden", pending.support);
  });
  ui.review.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      closeReview();
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
      state.error = state.report.error ?? null;
    } catch (error) {
      console.error("sendsafe demo: check failed", error);
      state.report = EMPTY_REPORT;
      state.error = error;
    }
    const elapsed = performance.now() - started;
    state.checkedText = text;
    ui.timing.textContent = `Last keystroke checked in ${formatMs(elapsed)} ms`;
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

// ---- findings as you type --------------------------------------------------

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function summaryText(text, report) {
  if (state.error) return "This message couldn't be checked.";
  if (text.trim() === "") return "";
  const support = report.findings.filter(isSupport).length;
  const n = report.findings.length - support;
  switch (gateVerdict(report.findings)) {
    case "block": return `This can't be sent as written: ${plural(n, "problem", "problems")} found.`;
    case "warn": return `${plural(n, "thing", "things")} to look at before sending.`;
    default:
      if (n) return `${plural(n, "note", "notes")}; fine to send.`;
      return support ? "Someone is here for you: see below." : "Looks good: nothing to flag.";
  }
}

function guidelinesName() {
  return GUIDELINES[ui.preset.value] ?? "Guidelines";
}

/** A card for one finding of the composer's text; `withSelect` adds the quote's select button. */
function ownCard(text, finding, id, withSelect) {
  const card = findingCard(text, finding, {
    guidelines: guidelinesName(),
    lang: ui.language.value,
    onSelect: withSelect
      ? (start, end) => {
        ui.message.focus();
        ui.message.setSelectionRange(start, end);
      }
      : null,
  });
  for (const [on, active] of [["mouseenter", true], ["mouseleave", false], ["focusin", true], ["focusout", false]]) {
    card.addEventListener(on, () => setActiveFinding(id, active));
  }
  return card;
}

function renderFindings(text, report) {
  const verdict = gateVerdict(report.findings);
  ui.summary.textContent = summaryText(text, report);
  ui.summary.dataset.verdict = state.error ? "warn" : verdict;
  ui.summary.hidden = ui.summary.textContent === "";
  ui.field.dataset.verdict = text ? verdict : "allow";
  ui.findings.replaceChildren(...report.findings.map((finding, id) => ownCard(text, finding, id, true)));
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
  const support = state.report.findings.filter(isSupport);
  const verdict = state.error ? "warn" : gateVerdict(state.report.findings);
  if (verdict === "allow") {
    deliver(text, null, support);
    return;
  }
  openReview(text, verdict, support);
}

/** The redacted text, if hiding the private parts changes it and makes it sendable. */
function sendableRedaction(text) {
  try {
    const redacted = state.filter.redact(text);
    if (redacted === text) return null;
    return gateVerdict(state.filter.check(redacted, checkOptions()).findings) === "block" ? null : redacted;
  } catch (error) {
    console.error("sendsafe demo: redact failed", error);
    return null;
  }
}

/**
 * Send was pressed on a message with findings: a card per finding and the choices, in the
 * live region under the composer. A block offers no way to send the message as typed.
 */
function openReview(text, verdict, support) {
  const redacted = sendableRedaction(text);
  state.pending = { text, verdict, redacted, support };
  const findings = state.report.findings;
  const n = findings.filter((finding) => !isSupport(finding)).length;
  ui.review.dataset.verdict = verdict;
  if (verdict === "block") {
    ui.reviewTitle.textContent = "This message can't be sent as written.";
    ui.reviewText.textContent = redacted != null
      ? "You can hide the private details and send the rest, or edit the message."
      : "Please edit it first; the cards below explain why.";
  } else if (state.error) {
    ui.reviewTitle.textContent = "Send without a check?";
    ui.reviewText.textContent = "Something went wrong while checking this message.";
  } else {
    ui.reviewTitle.textContent = "Send this message?";
    ui.reviewText.textContent = `${plural(n, "thing", "things")} below might be worth a second look. `
      + (redacted != null ? "You can edit it, hide the private details, or send it as it is." : "You can edit it or send it as it is.");
  }
  ui.reviewCards.replaceChildren(...findings.map((finding, id) => ownCard(text, finding, id, false)));
  ui.sendAnyway.hidden = verdict === "block";
  ui.hideSend.hidden = redacted == null;
  // The cards replace the list under the composer while the choice is open.
  ui.findings.hidden = true;
  ui.summary.hidden = true;
  ui.review.hidden = false;
  ui.edit.focus();
}

function closeReview() {
  state.pending = null;
  ui.review.hidden = true;
  ui.reviewCards.replaceChildren();
  ui.findings.hidden = false;
  ui.summary.hidden = ui.summary.textContent === "";
}

/** The pending message, if the composer still holds exactly that text. */
function takePending() {
  const pending = state.pending;
  closeReview();
  return pending && pending.text === ui.message.value ? pending : null;
}

/** Adds the user's message to the conversation; support findings go with it as a kind note. */
function deliver(text, note, support = []) {
  const item = element("li", "message outgoing");
  const bubble = element("p", "bubble", text);
  bubble.dir = "auto";
  const meta = element("p", "message-meta");
  const time = element("time", null, new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" }).format(new Date()));
  time.dateTime = new Date().toISOString();
  meta.append(time);
  if (note) meta.append(element("span", "message-note", note));
  item.append(bubble, meta);
  if (support.length > 0) {
    const cards = element("ul", "finding-list support-list");
    cards.append(...support.slice(0, 1).map((finding) => findingCard(text, finding, { lang: ui.language.value })));
    item.append(cards);
  }
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
    const signature = JSON.stringify([entry.report, entry.error, entry.partOf, ui.preset.value, ui.teen.checked]);
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
  // Cards for warnings, blocks and support (someone who may be struggling); notes for the rest.
  const serious = report.findings.filter((finding) =>
    finding.severity === "warn" || finding.severity === "block" || isSupport(finding));
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

/**
 * The card above a received message with warn, block or support findings. In teen mode a
 * teen-safety finding says so at its top.
 */
function warningCard(findings, index, entry) {
  const gate = gateVerdict(findings);
  const worst = gate === "allow" ? "support" : gate;
  const card = element("div", "incoming-card");
  card.id = receivedId(index, "card");
  card.tabIndex = -1;
  card.dataset.severity = worst;
  card.setAttribute("role", "group");
  card.setAttribute("aria-label", {
    block: "Warning sign about this message",
    warn: "Be careful with this message",
    support: "This person may need support",
  }[worst]);

  const list = element("ul", "incoming-findings");
  const seen = new Set();
  for (const finding of findings) {
    // Two findings may say the same thing (e.g. a link and the scam around it): say it once.
    if (seen.has(finding.message)) continue;
    seen.add(finding.message);
    const support = isSupport(finding);
    const severity = INCOMING_SEVERITY[support ? "support" : finding.severity] ?? INCOMING_SEVERITY.warn;
    const item = element("li", "incoming-finding");
    item.dataset.severity = support ? "support" : finding.severity;
    item.dataset.rule = finding.rule;
    const badge = element("span", "severity");
    badge.append(icon(severity.icon), element("span", null, severity.word));
    const head = element("div", "finding-head");
    head.append(badge);
    if (ui.teen.checked && finding.rule.startsWith("teen.")) {
      head.append(element("span", "teen-tag", "Teen safety"));
    }
    head.append(element("span", "finding-title", whatItIs(finding)));
    const message = element("p", "incoming-message", finding.message);
    message.dir = "auto";
    message.lang = ui.language.value;
    item.append(head, message);
    const earlier = (finding.history ?? []).length;
    if (earlier > 0) {
      item.append(element("p", "incoming-history",
        `This builds on ${plural(earlier, "earlier message", "earlier messages")} from this person, marked above.`));
    }
    const meta = element("p", "finding-meta");
    meta.append(guidelineLine(guidelinesName(), finding.guideline),
      element("code", "rule", finding.kind ? `${finding.rule} · ${finding.kind}` : finding.rule));
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
    note.lang = ui.language.value;
    details.append(note);
  }
  return details;
}

// The sendsafe demo chat: checks the message on every keystroke, highlights the
// findings in place and asks before anything flagged is sent.
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

const EMPTY_REPORT = Object.freeze({ verdict: "allow", findings: [] });
const HISTORY_LENGTH = 5; // recent sent messages passed to check() for spam.flood
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
  for (const control of [ui.preset, ui.teen, ui.message, ui.send]) control.disabled = false;
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
    });
  }

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

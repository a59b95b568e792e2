// How the demo shows findings: the words for each rule, the highlight <mark>s and the
// cards. Kept apart from app.js (which owns the page) so that a chat client can read
// these few functions on their own, and so the browser test can call them directly.
//
// Engine output only ever reaches the page through textContent and elements built with
// the DOM; never through innerHTML.

/** Severity words and icons: colour is never the only signal. */
export const SEVERITY = {
  info: { word: "Note", icon: "icon-info", rank: 1 },
  warn: { word: "Warning", icon: "icon-warn", rank: 2 },
  block: { word: "Not allowed", icon: "icon-block", rank: 3 },
};

/** What each rule found, in a few plain words (the card's title). */
const RULE_LABELS = {
  "privacy.phone": "Phone number",
  "privacy.email": "E-mail address",
  "privacy.payment_card": "Payment card number",
  "privacy.bank_account": "Bank account number",
  "privacy.national_id": "ID number",
  "privacy.address": "Address",
  "privacy.credentials": "Password or login code",
  "privacy.crypto_secret": "Crypto wallet secret",
  "privacy.ip_address": "IP address",
  "privacy.social_handle": "Account on another app",
  "privacy.request": "Asks for private details",
  "spam.link": "Suspicious link",
  "spam.flood": "Repeated message",
  "spam.gibberish": "Random characters",
  "scam.financial": "Money scam",
  "scam.impersonation": "Pretends to be someone else",
  "scam.credential_request": "Asks for a code or password",
  "scam.fake_engagement": "Fake followers or likes",
  "abuse.profanity": "Swearing",
  "abuse.harassment": "Harassment",
  "abuse.hate": "Hate speech",
  "abuse.threat": "Threat",
  "sexual.explicit": "Sexual content",
  "sexual.minor": "Sexual content and a minor",
  "sexual.nonconsensual": "Intimate images without consent",
  "violence.extremism": "Violent extremism",
  "violence.gore": "Graphic violence",
  "illegal.drugs": "Drugs",
  "illegal.weapons": "Weapons",
  "illegal.gambling": "Gambling",
  "illegal.crime": "Crime",
  "self_harm.risk": "You matter",
  "self_harm.encouragement": "Tells someone to hurt themselves",
  "teen.grooming": "A grooming warning sign",
  "teen.meetup": "Meeting in person",
  "teen.off_platform": "Moving the chat elsewhere",
  "teen.risky": "A risky dare or offer",
  "teen.age_disclosure": "Your age",
};

/** Finer words for a few kinds, keyed `rule/kind`. */
const KIND_LABELS = {
  "privacy.bank_account/iban": "Bank account number (IBAN)",
  "privacy.address/school": "Your school",
  "privacy.credentials/otp": "Login code",
  "privacy.social_handle/invite": "Invitation to another app",
  "privacy.request/photo": "Asks for a photo",
  "privacy.request/address": "Asks for an address",
  "privacy.request/phone": "Asks for a phone number",
  "spam.link/shortener": "Shortened link",
  "teen.grooming/secrecy": "Asks to keep a secret",
  "teen.grooming/flattery": "Flattery about age",
  "teen.grooming/alone": "Asks if you are alone",
  "teen.grooming/photo": "Asks for a photo",
  "teen.grooming/pattern": "A grooming pattern",
};

/** A finding that calls for support, not a warning: shown kindly, never in the way of sending. */
export function isSupport(finding) {
  return finding.rule === "self_harm.risk";
}

/** The card's title: what the finding is. */
export function whatItIs(finding) {
  return KIND_LABELS[`${finding.rule}/${finding.kind}`] ?? RULE_LABELS[finding.rule] ?? finding.rule;
}

export function rank(severity) {
  return SEVERITY[severity]?.rank ?? 0;
}

/**
 * What Send does: "block" (no way to send as typed), "warn" (ask first) or "allow".
 * Support findings never hold a message back; `info` findings are shown quietly.
 */
export function gateVerdict(findings) {
  let worst = "allow";
  for (const finding of findings) {
    if (isSupport(finding)) continue;
    if (finding.severity === "block") return "block";
    if (finding.severity === "warn") worst = "warn";
  }
  return worst;
}

/** An offset clamped into the text and moved off the middle of a surrogate pair (defensive). */
export function snap(text, offset, direction) {
  let at = Math.min(Math.max(Number(offset) || 0, 0), text.length);
  const low = (i) => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00
    && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  if (low(at)) at += direction < 0 ? -1 : 1;
  return at;
}

/**
 * Pieces of `text` covered by findings: [{start, end, severity, ids}], in order,
 * each piece covered by the same findings throughout. Findings may overlap; `ids` are
 * indices into `findings`. Support findings are not marked: nothing there is wrong.
 */
export function coveredPieces(text, findings) {
  const spans = findings.map((finding, id) => ({
    id,
    severity: finding.severity,
    start: snap(text, finding.start, -1),
    end: snap(text, finding.end, +1),
    support: isSupport(finding),
  })).filter((span) => span.start < span.end && !span.support);

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

/** `text` as text nodes and <mark>s at the findings (each mark says its severity). */
export function markedText(text, findings) {
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

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

export function icon(name, className = "icon") {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", className);
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const use = document.createElementNS("http://www.w3.org/2000/svg", "use");
  use.setAttribute("href", `#${name}`);
  svg.append(use);
  return svg;
}

/** The quoted part of the message, on one line and at most 48 characters. */
export function excerpt(text, start, end) {
  const part = text.slice(snap(text, start, -1), snap(text, end, +1)).replace(/\s+/g, " ").trim();
  const chars = [...part];
  return chars.length > 48 ? `${chars.slice(0, 47).join("")}…` : part;
}

/** "imo Community Guidelines: Private information", as two spans. */
export function guidelineLine(document, section) {
  const line = element("span", "guideline");
  line.append(element("span", "guideline-doc", `${document}: `), element("span", "guideline-section", section));
  return line;
}

/**
 * One finding of the user's own message as a card: what it is, how serious (word and
 * icon), the quoted part (a button that selects it in the composer, when `onSelect` is
 * given), the rule's message and the guideline section it cites. A support finding gets
 * a kind card instead: no severity, no quote, no rule.
 *
 * options: { guidelines: the guideline document's name, lang: the message's language,
 *            onSelect(start, end): called by the quote button }
 */
export function findingCard(text, finding, { guidelines = "Guidelines", lang, onSelect } = {}) {
  const item = element("li", "finding");
  const title = element("p", "finding-title", whatItIs(finding));
  const message = element("p", "finding-message", finding.message);
  message.dir = "auto";
  if (lang) message.lang = lang;

  if (isSupport(finding)) {
    item.classList.add("support");
    item.dataset.severity = "support";
    const badge = element("span", "severity");
    badge.append(icon("icon-heart"), element("span", null, "Support"));
    const head = element("div", "finding-head");
    head.append(badge, title);
    item.append(head, message, element("p", "support-note",
      "You can still send your message. If you are in danger right now, call your local emergency number."));
    return item;
  }

  const severity = SEVERITY[finding.severity] ?? SEVERITY.info;
  item.dataset.severity = finding.severity;
  item.dataset.rule = finding.rule;
  const badge = element("span", "severity");
  badge.append(icon(severity.icon), element("span", null, severity.word));
  const head = element("div", "finding-head");
  head.append(badge, title);

  const quote = excerpt(text, finding.start, finding.end);
  let quoted;
  if (onSelect) {
    quoted = element("button", "excerpt", quote);
    quoted.type = "button";
    quoted.setAttribute("aria-label", `Select “${quote}” in the message`);
    quoted.addEventListener("click", () => onSelect(snap(text, finding.start, -1), snap(text, finding.end, +1)));
  } else {
    quoted = element("q", "excerpt", quote);
  }
  quoted.dir = "auto";

  const meta = element("p", "finding-meta");
  const rule = element("code", "rule", finding.kind ? `${finding.rule} · ${finding.kind}` : finding.rule);
  meta.append(guidelineLine(guidelines, finding.guideline), rule);

  item.append(head, quoted, message, meta);
  return item;
}

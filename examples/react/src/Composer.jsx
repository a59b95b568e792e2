// A chat composer that warns before sending: the text is checked as it is typed, the
// offending parts are shown marked, and the user can edit, send anyway, or send with the
// private parts hidden. A "block" finding (e.g. grooming in teen mode) cannot be sent.
import { useEffect, useMemo, useState } from "react";
import { createFilter } from "sendsafe";

// One filter for the whole app, made on first use: it loads the wasm once. It lives as
// long as the page, so it is never freed.
let shared;
function getFilter() {
  shared ??= createFilter({ preset: "default" });
  return shared;
}

/** The shared filter, or null while the wasm is still loading. */
function useFilter() {
  const [filter, setFilter] = useState(null);
  useEffect(() => {
    let mounted = true;
    getFilter().then((f) => mounted && setFilter(f));
    return () => {
      mounted = false;
    };
  }, []);
  return filter;
}

export default function Composer({ teen = false, onSend }) {
  const filter = useFilter();
  const [text, setText] = useState("");
  // A check takes well under a millisecond for a chat message: run it on every render
  // whose text (or teen mode) changed. Until the wasm has loaded (a moment, once per
  // page) there is no report, and the chat works unchecked rather than stalling.
  const report = useMemo(() => filter?.check(text, { teen }), [filter, text, teen]);
  const findings = report?.findings ?? [];
  // "Hide it and send" is offered when masking the private parts changes the text and
  // what is left may be sent (masking does not make a block finding go away).
  const hidden = useMemo(() => {
    if (!findings.length) return null;
    const masked = filter.redact(text);
    return masked !== text && filter.check(masked, { teen }).verdict !== "block" ? masked : null;
  }, [filter, text, teen, findings.length]);

  function send(message) {
    onSend(message);
    setText("");
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() && report?.verdict !== "block") send(text);
      }}
    >
      <label htmlFor="message">Message</label>
      <textarea id="message" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      {/* React sets text as text, so the user's words never become markup. */}
      <ul aria-live="polite">
        {findings.map((f) => (
          <li key={`${f.rule}@${f.start}`}>
            <mark>{text.slice(f.start, f.end)}</mark> {f.message}
          </li>
        ))}
      </ul>
      <button type="submit" disabled={report?.verdict === "block"}>
        {report?.verdict === "warn" ? "Send anyway" : "Send"}
      </button>
      {hidden !== null && (
        <button type="button" onClick={() => send(hidden)}>
          Hide it and send
        </button>
      )}
    </form>
  );
}

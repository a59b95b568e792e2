// Link finding beside linkify-it, on the same texts: `node benches/node/links.js` (run by
// `make bench-node` after `make bench-accuracy`, which writes target/link-spans.jsonl with
// the links sendsafe finds). Writes benches/results/links.json: per text set, the links
// both find with the same span, those only one finds, and those both find with different
// ends; with a few examples of each disagreement, sorted into the reasons the README gives.
import { LinkifyIt } from "linkify-it";
import { readFileSync, writeFileSync, existsSync } from "node:fs";

const root = new URL("../../", import.meta.url);
const spansFile = new URL("target/link-spans.jsonl", root);
if (!existsSync(spansFile)) {
  console.error("links.js: no target/link-spans.jsonl; run `make bench-accuracy` first");
  process.exit(1);
}
// Its defaults find only links with a scheme (and e-mails); schemeless links ("example.com")
// need fuzzyLink, which sendsafe also finds.
const linkify = new LinkifyIt({ fuzzyLink: true });

/** JS string index of byte offset `b` of `text` (UTF-8). */
function utf16(text, b) {
  const bytes = Buffer.from(text, "utf8");
  return bytes.subarray(0, b).toString("utf8").length;
}

/** Why the two finders disagree on `link` (the text of a link only one of them finds). */
function reason(link, oursOnly) {
  if (oursOnly) {
    if (/\[\.\]|\(\.\)|\{\.\}|\(dot\)|\[dot\]| dot | punto | \. /i.test(link)) return "disguised dots (we find, linkify-it does not)";
    if (/^hxxp|\[:\]/i.test(link)) return "defanged scheme (we find, linkify-it does not)";
    if (/^(javascript|data|vbscript):/i.test(link)) return "javascript:/data: URL (we find, linkify-it does not)";
    if (/[^\x00-\x7f]/.test(link)) return "internationalized host (we find, linkify-it does not)";
    if (/@/.test(link)) return "user info before the host (we find, linkify-it reads an e-mail)";
    return "other (we find, linkify-it does not)";
  }
  if (/^mailto:|^[^/\s]+@[^/\s]+\.[a-z]+$/i.test(link)) return "e-mail address (linkify-it links it; for us it is privacy.email)";
  if (/\.(md|py|rs|sh|pl|pm|ps|so|zip|mov|cc|mm|ml|mk|ms|sc|bz|app)$/i.test(link)) return "file name on a TLD that is also a file extension (linkify-it links it; we need a path or www.)";
  if (/^\/\//.test(link)) return "protocol-relative //host (linkify-it links it; we do not)";
  if (/^[a-z0-9-]+\.[a-z]{2}$/i.test(link)) return "two-letter country domain without a path, often a sentence without a space (linkify-it links it; we do unless the TLD is a file extension)";
  return "other (linkify-it finds, we do not)";
}

const sets = new Map();
for (const line of readFileSync(spansFile, "utf8").split("\n")) {
  if (!line) continue;
  const { set, text, ours } = JSON.parse(line);
  const s = sets.get(set) ?? { texts: 0, same: 0, oursOnly: 0, theirsOnly: 0, differentEnds: 0, reasons: {} };
  sets.set(set, s);
  s.texts++;
  const mine = ours.map(([a, b]) => [utf16(text, a), utf16(text, b)]);
  const theirs = (linkify.match(text) ?? []).map((m) => [m.index, m.lastIndex]);
  const note = (why, example) => {
    const r = (s.reasons[why] ??= { count: 0, examples: [] });
    r.count++;
    if (r.examples.length < 5) r.examples.push(example);
  };
  for (const [a, b] of mine) {
    const exact = theirs.find(([c, d]) => c === a && d === b);
    const overlap = theirs.find(([c, d]) => c < b && a < d);
    if (exact) s.same++;
    else if (overlap) {
      s.differentEnds++;
      note("different ends", { text, ours: text.slice(a, b), linkify: text.slice(overlap[0], overlap[1]) });
    } else {
      s.oursOnly++;
      note(reason(text.slice(a, b), true), { text, ours: text.slice(a, b) });
    }
  }
  for (const [c, d] of theirs) {
    if (!mine.some(([a, b]) => c < b && a < d)) {
      s.theirsOnly++;
      note(reason(text.slice(c, d), false), { text, linkify: text.slice(c, d) });
    }
  }
}

const result = { linkify: "linkify-it " + JSON.parse(readFileSync(new URL("node_modules/linkify-it/package.json", import.meta.url), "utf8")).version, sets: Object.fromEntries(sets) };
writeFileSync(new URL("benches/results/links.json", root), JSON.stringify(result, null, 2) + "\n");
for (const [name, s] of sets) {
  console.log(`links, ${name}: ${s.texts} texts; same span ${s.same}, different ends ${s.differentEnds}, only sendsafe ${s.oursOnly}, only linkify-it ${s.theirsOnly}`);
  for (const [why, r] of Object.entries(s.reasons).sort((x, y) => y[1].count - x[1].count)) {
    console.log(`  ${String(r.count).padStart(5)}  ${why}`);
  }
}
console.log("wrote benches/results/links.json");

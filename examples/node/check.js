// sendsafe in a Node 18+ script: checks the message given on the command line, e.g. a
// bot's reply before it posts, or a test of your own policy. In Node the package reads
// its .wasm file from disk; nothing is fetched.
//
//   node check.js "call me on +44 7700 900123"
import { createFilter } from "sendsafe";

const text = process.argv.slice(2).join(" ");
if (!text) {
  console.error('usage: node check.js "a message"');
  process.exit(2);
}

const filter = await createFilter({ preset: "default" });
const report = filter.check(text);

console.log(`verdict: ${report.verdict}`);
for (const f of report.findings) {
  console.log(`${f.severity} ${f.rule}: "${text.slice(f.start, f.end)}" (${f.guideline}) ${f.message}`);
}
if (report.verdict !== "allow") {
  // What "Hide it and send" would send: the private parts masked with "•".
  console.log(`redacted: ${filter.redact(text)}`);
}

// Frees the filter's wasm memory now rather than at garbage collection.
filter.free();

// The module worker that runs the checks. Import maps do not reach workers in every
// browser yet, so it imports the package's browser entry by its path.
import { createFilter } from "./node_modules/sendsafe/index.js";

// Started at once, so the wasm is ready by the time the user has typed something.
const ready = createFilter({ preset: "default" });

self.addEventListener("message", async ({ data }) => {
  const filter = await ready;
  // A report is plain data (strings, numbers, arrays): it crosses postMessage as is.
  self.postMessage({ id: data.id, text: data.text, report: filter.check(data.text) });
});

// sendsafe in a Vite app. Vite resolves "sendsafe" to the package's browser entry and
// copies its .wasm file into dist/assets/ by itself: no plugin, no config.
import { createFilter } from "sendsafe";

const input = document.querySelector("#message");
const warnings = document.querySelector("#warnings");

// One filter for the page: the first createFilter loads the wasm, later ones reuse it.
const filter = await createFilter({ preset: "default" });

// A check of a chat message takes well under a millisecond: check on every keystroke.
function showWarnings() {
  const text = input.value;
  const { findings } = filter.check(text);
  warnings.replaceChildren(
    ...findings.map((f) => {
      const item = document.createElement("li");
      const mark = document.createElement("mark");
      // start/end are JavaScript string indices; textContent keeps the user's text inert.
      mark.textContent = text.slice(f.start, f.end);
      item.append(mark, ` ${f.message}`);
      return item;
    }),
  );
}
input.addEventListener("input", showWarnings);
showWarnings(); // what was typed while the wasm was loading

// The page posts each text to a module worker and shows the findings it gets back: the
// wasm loads and runs off the main thread, so even a pasted novel never delays typing.
const worker = new Worker(new URL("./check-worker.js", import.meta.url), { type: "module" });

const input = document.querySelector("#message");
const warnings = document.querySelector("#warnings");

// Answers come back in order, but only the one for the latest text is worth showing.
let latest = 0;
input.addEventListener("input", () => {
  worker.postMessage({ id: ++latest, text: input.value });
});

worker.addEventListener("message", ({ data }) => {
  if (data.id !== latest) return;
  const { text, report } = data;
  warnings.replaceChildren(
    ...report.findings.map((f) => {
      const item = document.createElement("li");
      const mark = document.createElement("mark");
      // start/end are JavaScript string indices; textContent keeps the user's text inert.
      mark.textContent = text.slice(f.start, f.end);
      item.append(mark, ` ${f.message}`);
      return item;
    }),
  );
});

#!/usr/bin/env bash
# Assembles the npm package from the Rust wasm; run by `make pkg`, which builds the wasm first.
#
#   scripts/build-pkg.sh build RUST_WASM BINDGEN_DIR PKG_DIR VERSION
#       wasm-bindgen (web target) -> wasm-opt -O3 -> PKG_DIR = pkg-template/ + glue + wasm,
#       with package.json's version set to VERSION (Cargo.toml's)
#   scripts/build-pkg.sh sizes PKG_DIR
#       prints raw and gzip -9 sizes of the wasm and the JavaScript
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_OPT=scripts/node_modules/.bin/wasm-opt
# -O3 (for speed) on Rust's size-optimized build (opt-level "s"): measured against -Oz
# --converge it costs 0.2 KB gzipped and gives about 5% more throughput on long text
# (three `make bench` runs each: 51.2, 49.7, 51.4 MB/s against 50.4, 45.6, 46.6), where
# Rust's opt-level 2 or 3 would cost 8-15 KB. --low-memory-unused lets wasm-opt fold
# constant offsets into loads and stores: it assumes no data lives in the first 1 KB of
# memory, which holds for Rust's layout, where the 1 MB stack comes first and grows down
# towards address 0 (only a stack within 1 KB of overflowing would reach it). Then the
# wasm32 features that Rust 1.95 emits by default; wasm-opt must accept them all.
WASM_OPT_FLAGS=(-O3 --low-memory-unused --strip-debug --strip-producers
  --enable-bulk-memory --enable-bulk-memory-opt --enable-sign-ext
  --enable-nontrapping-float-to-int --enable-mutable-globals
  --enable-multivalue --enable-reference-types)

build() {
  local rust_wasm=$1 bindgen_dir=$2 pkg=$3 version=$4
  rm -rf "$bindgen_dir"
  # --experimental-reset-state-function: the glue can replace a trapped instance with a
  # fresh one (core.js restarts the wasm after a trap and rebuilds its filters).
  wasm-bindgen --target web --experimental-reset-state-function --out-dir "$bindgen_dir" --out-name sendsafe_wasm "$rust_wasm"

  local staging="$pkg.tmp"
  rm -rf "$staging"
  mkdir -p "$staging"
  cp -R pkg-template/. "$staging/"
  cp "$bindgen_dir/sendsafe_wasm.js" "$bindgen_dir/sendsafe_wasm.d.ts" "$staging/"
  # wasm-bindgen's JS snippets (the report builder in src/wasm.rs), imported by the glue.
  if [ -d "$bindgen_dir/snippets" ]; then cp -R "$bindgen_dir/snippets" "$staging/"; fi
  "$WASM_OPT" "${WASM_OPT_FLAGS[@]}" "$bindgen_dir/sendsafe_wasm_bg.wasm" -o "$staging/sendsafe_wasm_bg.wasm"

  # Messages in the languages other than English, one module each, loaded by core.js
  # only when a filter asks for that language (the wasm carries English alone). Comment
  # lines are dropped, as build.rs drops them from the tables the engine embeds; core.js
  # must name exactly these languages.
  node -e '
    const fs = require("fs"), path = require("path");
    const [src, out, core] = process.argv.slice(1);
    fs.mkdirSync(out);
    const langs = fs.readdirSync(src).filter((f) => f.endsWith(".tsv") && f !== "en.tsv").map((f) => f.slice(0, -4)).sort();
    for (const lang of langs) {
      const table = fs.readFileSync(path.join(src, lang + ".tsv"), "utf8").split("\n").filter((l) => l && !l.startsWith("#")).join("\n");
      fs.writeFileSync(path.join(out, lang + ".js"), `// sendsafe messages (${lang}), made from src/policy/messages/${lang}.tsv\nexport default ${JSON.stringify(table + "\n")};\n`);
    }
    const named = [...fs.readFileSync(core, "utf8").matchAll(/import\("\.\/messages\/([a-z]+)\.js"\)/g)].map((m) => m[1]).sort();
    if (named.join() !== langs.join()) { console.error(`build-pkg: core.js loads messages for ${named} but the tables are ${langs}`); process.exit(1); }
  ' src/policy/messages "$staging/messages" "$staging/core.js"

  # The phrase and word lists of the credential, handle, request, link and scam rules, a
  # data module loaded by core.js only for a policy that turns one of those rules on (the
  # wasm leaves them out; build.rs pools them apart): printed by the native example.
  cargo run --quiet --release --example rule_pack > "$staging/rules.js"
  # The guideline lexicons, a data module loaded by core.js only for a policy that turns
  # one of their rules on (the wasm leaves them out): the text build.rs folds, printed by
  # the native example.
  cargo run --quiet --release --example lexicon_pack > "$staging/lexicons.js"

  # The package's version is the crate's.
  node -e '
    const fs = require("fs");
    const [file, version] = process.argv.slice(1);
    const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
    pkg.version = version;
    fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
  ' "$staging/package.json" "$version"

  # Every file package.json promises must be there.
  node -e '
    const fs = require("fs"), path = require("path");
    const dir = process.argv[1];
    const { files } = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    const missing = files.filter((f) => !fs.existsSync(path.join(dir, f)));
    if (missing.length) { console.error(`build-pkg: missing from the package: ${missing.join(", ")}`); process.exit(1); }
  ' "$staging"

  rm -rf "$pkg"
  mv "$staging" "$pkg"
}

sizes() {
  local pkg=$1 f raw gz
  echo "sendsafe $(node -p 'require("./'"$pkg"'/package.json").version'): sizes in bytes (raw / gzip -9)"
  for f in "$pkg"/*.wasm "$pkg"/*.js "$pkg"/snippets/*/*.js; do
    raw=$(wc -c <"$f")
    gz=$(gzip -9c "$f" | wc -c)
    printf '  %-24s %9d %9d\n' "$(basename "$f")" "$raw" "$gz"
  done
  raw=$(cat "$pkg"/*.js | wc -c)
  gz=$(cat "$pkg"/*.js | gzip -9c | wc -c)
  printf '  %-24s %9d %9d\n' "all JavaScript" "$raw" "$gz"
  echo "  rules.js (loaded only by a filter whose policy turns on a credential, handle, request, link or scam rule): $(wc -c <"$pkg/rules.js") bytes, $(gzip -9c "$pkg/rules.js" | wc -c) gzipped"
  echo "  lexicons.js (loaded only by a filter whose policy turns on a lexicon rule): $(wc -c <"$pkg/lexicons.js") bytes, $(gzip -9c "$pkg/lexicons.js" | wc -c) gzipped"
  echo "  messages in other languages, each loaded only by a filter that asks for it:"
  for f in "$pkg"/messages/*.js; do
    printf '    %-22s %9d %9d\n' "$(basename "$f")" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
  done
}

case "${1:-}" in
  build) shift; build "$@" ;;
  sizes) shift; sizes "$@" ;;
  *) echo "usage: $0 build RUST_WASM BINDGEN_DIR PKG_DIR VERSION | sizes PKG_DIR" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# A/B of long-text throughput for two revisions of the engine, as the npm package runs it:
#
#   scripts/wasm-ab.sh BASE TEST [ROUNDS]      e.g. scripts/wasm-ab.sh main HEAD 5
#
# Builds the package of each revision in a temporary worktree (as `make pkg` does), then
# alternates ROUNDS runs of each on the benchmark's long paste (benches/workload), so the
# machine's drift touches both alike, and prints both means and their ratio. Native
# instruction counts guide hot-path work; this decides it: changes that help natively
# (branch-free lookups, wider loads) have measured slower in the wasm.
set -euo pipefail
cd "$(dirname "$0")/.."
base=$1 test=$2 rounds=${3:-5}
root=$(pwd)
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/a" 2>/dev/null || true; git worktree remove --force "$tmp/b" 2>/dev/null || true; rm -rf "$tmp"' EXIT
build() {
  local rev=$1 dir=$2
  git worktree add -q --detach "$dir" "$rev"
  ln -s "$root/scripts/node_modules" "$dir/scripts/node_modules"
  (cd "$dir" && CARGO_TARGET_DIR="$root/target/ab" cargo build --release --target wasm32-unknown-unknown --lib -q &&
    scripts/build-pkg.sh build "$root/target/ab/wasm32-unknown-unknown/release/sendsafe.wasm" "$root/target/ab/wasm-bindgen" "$dir/pkg" 0.0.0 >/dev/null)
}
build "$base" "$tmp/a"
build "$test" "$tmp/b"
node - "$tmp/a/pkg" "$tmp/b/pkg" "$rounds" <<'JS'
const [a, b, rounds] = process.argv.slice(2);
const { readFileSync } = await import("node:fs");
const lines = readFileSync("benches/workload/short.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l).text);
let long = "";
for (let i = 0; long.length < 100000; i++) long += lines[i % lines.length] + "\n";
const bytes = Buffer.byteLength(long);
const filters = [];
for (const dir of [a, b]) filters.push(await (await import(`${dir}/node.js`)).createFilter());
const run = (f) => {
  for (let k = 0; k < 20; k++) f.check(long);
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t = process.cpuUsage();
    for (let k = 0; k < 20; k++) f.check(long);
    const u = process.cpuUsage(t);
    best = Math.min(best, (u.user + u.system) / 20);
  }
  return bytes / best;
};
const sums = [0, 0];
for (let r = 0; r < Number(rounds); r++) for (const i of [0, 1]) sums[i] += run(filters[i]);
const [ma, mb] = sums.map((s) => s / Number(rounds));
console.log(`base ${ma.toFixed(1)} MB/s  test ${mb.toFixed(1)} MB/s  ratio ${(mb / ma).toFixed(3)}`);
JS

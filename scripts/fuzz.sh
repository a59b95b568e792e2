#!/usr/bin/env bash
# A short libFuzzer run of each fuzz target (tests/fuzz: `check`, `policy`), seeded from the
# test data (`make fuzz`, part of `make test`). Installs the nightly toolchain and cargo-fuzz
# when missing; where they cannot be installed it says so and stops without failing, since
# fuzzing needs nightly Rust. A crash fails the run and leaves its input in
# tests/fuzz/artifacts/<target>/.  FUZZ_SECONDS (default 60) is each target's run time.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}

if ! rustup toolchain list | grep -q '^nightly'; then
  rustup toolchain install nightly --profile minimal || { echo "fuzz: skipped, no nightly toolchain" >&2; exit 0; }
fi
if ! command -v cargo-fuzz >/dev/null; then
  cargo install cargo-fuzz --version 0.13.2 || { echo "fuzz: skipped, cargo-fuzz cannot be installed" >&2; exit 0; }
fi

cargo build --quiet --bin sendsafe
corpus=target/fuzz-corpus
python3 scripts/fuzz_seeds.py "$corpus" "${CARGO_TARGET_DIR:-target}/debug/sendsafe"
for target in check policy; do
  log="target/fuzz-$target.log"
  echo "fuzz: $target for ${seconds} s (log: $log)"
  if ! cargo +nightly fuzz run --fuzz-dir tests/fuzz "$target" "$corpus/$target" -- \
      -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz: $target FAILED; the input is in tests/fuzz/artifacts/$target/" >&2
    exit 1
  fi
  grep -E '^(Done|stat::(number_of_executed_units|new_units_added|peak_rss_mb))' "$log"
done

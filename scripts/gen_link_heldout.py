#!/usr/bin/env python3
"""Held-out suspicious links for spam.link: tests/fixtures/links/heldout.jsonl.

tests/fixtures/links/links.jsonl has been read while the rule was improved (the bench prints
its misses per dnstwist fuzzer). This set was drawn on 2026-11-21, before the look-alike work
it measures: the same brands and fuzzers (scripts/gen_link_fixtures.py), another seed, and no
host that links.jsonl already holds; plus ordinary Faker links of the same locales with
another seed. Same format as links.jsonl.

Draw 2 (`heldout_2.jsonl`) was drawn the same way at the start of the sixth session, before
the look-alike round it measures, with another seed and no host of the earlier sets.

Run once by a developer (tests never run it), with the venv of gen_link_fixtures.py:
    /tmp/fx/bin/python scripts/gen_link_heldout.py          # draw 1: heldout.jsonl
    /tmp/fx/bin/python scripts/gen_link_heldout.py 2        # draw 2: heldout_2.jsonl
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_link_fixtures as g  # noqa: E402


def main():
    draw = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    earlier = ["links.jsonl"] + (["heldout.jsonl"] if draw >= 2 else [])
    seen_rows = []
    for name in earlier:
        with open(os.path.join(g.OUT, name), encoding="utf-8") as f:
            seen_rows += [json.loads(line) for line in f]
    seen_hosts = set()
    for row in seen_rows:
        v = row["value"]
        for prefix in ("https://", "http://", "www."):
            if v.startswith(prefix):
                v = v[len(prefix):]
        seen_hosts.add(v.split("/")[0])
    g.SEED = {1: 20261121_5, 2: 20261121_6}[draw]
    rng = random.Random(g.SEED)
    rows = [r for r in g.lookalikes(rng) if r["value"].split("//")[-1].removeprefix("www.").split("/")[0] not in seen_hosts]
    for r in rows:
        r["source"] += " (held-out draw)" if draw == 1 else f" (held-out draw {draw})"
    ordinary = g.ordinary()
    seen_values = {r["value"] for r in seen_rows}
    rows += [r for r in ordinary if r["value"] not in seen_values]
    name = "heldout.jsonl" if draw == 1 else f"heldout_{draw}.jsonl"
    out = os.environ.get("HELDOUT_OUT", os.path.join(g.OUT, name))
    with open(out, "w", encoding="utf-8") as f:
        done = set()
        for row in rows:
            if row["value"] in done:
                continue
            done.add(row["value"])
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(json.dumps(kinds))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Fixtures for spam.link: suspicious links from dnstwist, ordinary links from Faker.

Writes tests/fixtures/links/links.jsonl (format in tests/fixtures/links/README.md):

- kind "lookalike": dnstwist's permutations of the official domains of the brands in
  src/data/link_hosts.tsv (its fuzzers: addition, bitsquatting, homoglyph, hyphenation,
  insertion, omission, repetition, replacement, transposition, vowel-swap, ...), at most
  a few per fuzzer and brand; a homoglyph domain (Unicode) is written as typed and,
  for some, in punycode. The brand list is ours; the permutations are dnstwist's.
- kind "ip_host": Faker `ipv4_public()` hosts in URLs with Faker paths.
- kind "download": Faker `uri()` with a program file name (Faker `file_name()` stem
  and one of the program extensions the rule knows).
- kind "ordinary": Faker `url()` and `uri()` of 20+ locales, as typed.

Run once by a developer (tests never run it):
    python3 -m venv /tmp/fx && /tmp/fx/bin/pip install Faker==40.54.0 dnstwist==20250130
    /tmp/fx/bin/python scripts/gen_link_fixtures.py
"""
import json
import os
import random
import zlib

import dnstwist
from faker import Faker

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "links")
SEED = 20261121
PER_FUZZER = 3
LOCALES = ["en_US", "en_GB", "en_IN", "es_ES", "es_MX", "pt_BR", "pt_PT", "fr_FR", "de_DE", "it_IT",
           "nl_NL", "pl_PL", "tr_TR", "ru_RU", "uk_UA", "id_ID", "vi_VN", "th_TH", "ja_JP", "ko_KR",
           "zh_CN", "ar_SA", "fa_IR", "hi_IN"]
PROGRAMS = ["apk", "exe", "scr", "msi", "bat", "jar", "dmg", "vbs"]


def fake(locale, *parts):
    f = Faker(locale)
    f.seed_instance(SEED ^ zlib.crc32("\x1f".join((locale,) + parts).encode()))
    return f


def brands():
    """(brand name, first official domain) from src/data/link_hosts.tsv."""
    out = []
    with open(os.path.join(ROOT, "src", "data", "link_hosts.tsv"), encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if cells[0] in ("brand", "brand_word") and len(cells) >= 3:
                out.append((cells[1], cells[2].split(" ")[0], cells[0] == "brand_word"))
    return out


def lookalikes(rng):
    rows = []
    seen = set()
    for name, domain, word in brands():
        fuzz = dnstwist.Fuzzer(domain)
        fuzz.generate()
        by_fuzzer = {}
        for d in sorted(fuzz.domains, key=lambda d: (d["fuzzer"], d["domain"])):
            if d["fuzzer"].startswith("*") or d["domain"] == domain:
                continue
            by_fuzzer.setdefault(d["fuzzer"], []).append(d["domain"])
        for fuzzer, domains in sorted(by_fuzzer.items()):
            for host in rng.sample(domains, min(PER_FUZZER, len(domains))):
                if host in seen:
                    continue
                seen.add(host)
                try:
                    puny = host.encode("idna").decode("ascii")
                except UnicodeError:
                    continue
                written = host if (host == puny or rng.random() < 0.5) else puny
                path = rng.choice(["", "/login", "/verify", "/account/secure", "/signin?id=8", "/"])
                scheme = rng.choice(["https://", "http://", "", "www." if not host.startswith("www.") else ""])
                rows.append({
                    "rule": "spam.link", "kind": "lookalike", "value": scheme + written + path,
                    "source": f"dnstwist {fuzzer} of {domain}", "brand": name,
                    "brand_is_word": word, "fuzzer": fuzzer,
                })
    return rows


def ip_hosts():
    rows = []
    for locale in LOCALES:
        f = fake(locale, "ip")
        for _ in range(3):
            ip = f.ipv4_public()
            path = "/" + f.uri_path()
            scheme = f.random_element(["http://", "https://"])
            rows.append({"rule": "spam.link", "kind": "ip_host", "value": f"{scheme}{ip}{path}",
                         "source": f"faker({locale}).ipv4_public() + uri_path()", "locale": locale})
    return rows


def downloads():
    rows = []
    for locale in LOCALES:
        f = fake(locale, "download")
        for ext in PROGRAMS[:4] if locale < "m" else PROGRAMS[4:]:
            stem = f.file_name().rsplit(".", 1)[0]
            rows.append({"rule": "spam.link", "kind": "download",
                         "value": f"{f.url()}{f.uri_path()}/{stem}.{ext}",
                         "source": f"faker({locale}).url() + uri_path() + file_name() stem + .{ext}",
                         "locale": locale})
    return rows


def ordinary():
    rows = []
    for locale in LOCALES:
        f = fake(locale, "ordinary")
        for k in range(50):
            value = f.url() if k % 2 == 0 else f.uri()
            rows.append({"rule": "spam.link", "kind": "ordinary", "value": value,
                         "source": f"faker({locale}).{'url' if k % 2 == 0 else 'uri'}()", "locale": locale})
    return rows


def main():
    rng = random.Random(SEED)
    os.makedirs(OUT, exist_ok=True)
    rows = lookalikes(rng) + ip_hosts() + downloads() + ordinary()
    seen = set()
    with open(os.path.join(OUT, "links.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            if row["value"] in seen:
                continue
            seen.add(row["value"])
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {}
    for row in rows:
        counts[row["kind"]] = counts.get(row["kind"], 0) + 1
    print(json.dumps(counts))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes tests/fixtures/privacy/phone_evasions.jsonl: real example phone numbers turned
into the evasions people type to slip past a filter.

Run once by a developer (the output is committed; tests never run this):

    /tmp/pyt/venv/bin/python scripts/gen_phone_evasions.py

The numbers are libphonenumber's example mobile numbers (PyPI `phonenumbers`,
Apache-2.0) for the countries of src/data/phone_national.tsv, as their digits are
dialled at home (national format, separators removed). Each is written:
  spelled out in English, Spanish, Portuguese, French, Indonesian and romanized Hindi;
  mixed words and digits; digit by digit with spaces, dots, dashes, emoji, letters or
  keycap emoji between them; digit by digit in Arabic-Indic, Persian, Devanagari and
  Bengali digits.
`value` is the exact text of the evasion (the span a detector must report). Near-misses
(`valid: false`): number words and digits that are not phones (counting, short runs).
Same fields as the other fixtures (tests/fixtures/privacy/README.md), plus `evasion`.
"""

import json
import random
from pathlib import Path

import phonenumbers as PN
from phonenumbers import PhoneNumberFormat, PhoneNumberType

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/fixtures/privacy/phone_evasions.jsonl"

REGIONS = (
    "IN CN US ID PK NG BR BD RU ET MX JP EG PH CD VN IR TR DE TH GB TZ FR ZA IT KE MM CO "
    "KR UG ES DZ AR SD IQ UA AF PL CA MA SA UZ MY PE NP VE GH AU AE NL LK KZ"
).split()

WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan",
    "hi-Latn": "shunya ek do teen char paanch chhe saat aath nau",
}
WORDS = {k: v.split() for k, v in WORDS.items()}

SCRIPTS = {
    "Arabic-Indic": 0x0660,
    "Persian": 0x06F0,
    "Devanagari": 0x0966,
    "Bengali": 0x09E6,
}
EMOJI = ["🔥", "⭐", "👉", "💯", "😘"]
LETTERS = "ghjkmnpqrstuvwxyz"  # not a-f: a digit-letter string of those is a hex hash


def digits_of(region):
    n = PN.example_number_for_type(region, PhoneNumberType.MOBILE)
    if n is None:
        return None
    national = PN.format_number(n, PhoneNumberFormat.NATIONAL)
    return "".join(c for c in national if c.isdigit())


def evasions(d, rng):
    for lang, words in WORDS.items():
        yield f"spelled_{lang}", " ".join(words[int(c)] for c in d)
    lang = rng.choice(list(WORDS))
    words = WORDS[lang]
    yield f"mixed_{lang}", " ".join(words[int(c)] if i % 2 == 0 else c for i, c in enumerate(d))
    yield "spaced", " ".join(d)
    yield "dotted", ".".join(d)
    yield "dashed", "-".join(d)
    e = rng.choice(EMOJI)
    yield "emoji", e.join(d)
    yield "keycap", "".join(c + "\ufe0f\u20e3" for c in d)
    yield "letters", "".join(c + (rng.choice(LETTERS) if i + 1 < len(d) else "") for i, c in enumerate(d))
    for script, zero in SCRIPTS.items():
        yield f"spaced_{script}", " ".join(chr(zero + int(c)) for c in d)


def near_misses():
    """Number words and split digits that are not phone numbers."""
    for lang, words in WORDS.items():
        yield f"counting_{lang}", " ".join(words[1:8])
        yield f"short_{lang}", " ".join(words[int(c)] for c in "40215")
        yield f"one_or_two_{lang}", f"{words[1]} {words[2]}"
    yield "countdown", "10 9 8 7 6 5 4 3 2 1"
    yield "counting", "1 2 3 4 5 6 7 8 9 10"
    yield "score", "3 - 1"
    yield "short_spaced", "4 0 2 1 5"
    yield "short_keycap", "".join(c + "\ufe0f\u20e3" for c in "1234")
    yield "lottery", "5 12 23 34 45 6"
    yield "resolution", "1920x1080"
    yield "hex", "9a8b7c6d5e4f3a2b"


def main():
    rng = random.Random(20260101)
    rows = []
    for region in REGIONS:
        d = digits_of(region)
        if not d:
            continue
        assert PN.is_valid_number(PN.parse(d, region)), (region, d)
        for evasion, value in evasions(d, rng):
            rows.append({
                "rule": "privacy.phone", "kind": "mobile", "region": region, "value": value,
                "valid": True, "evasion": evasion,
                "source": f"phonenumbers.example_number_for_type({region}, MOBILE) NATIONAL digits {d}, "
                          f"written as '{evasion}' by this script",
            })
    for evasion, value in near_misses():
        rows.append({
            "rule": "privacy.phone", "kind": "not_phone", "value": value, "valid": False,
            "evasion": evasion, "source": "written by this script",
        })
    seen = set()
    with OUT.open("w") as f:
        for r in rows:
            if r["value"] in seen:
                continue
            seen.add(r["value"])
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(len(seen), "rows")


if __name__ == "__main__":
    main()

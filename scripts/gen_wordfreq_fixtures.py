#!/usr/bin/env python3
"""The 20,000 most frequent words of nine languages, for the lexicon rules' false-positive
check (issue #6): tests/fixtures/lexicons/wordfreq_<lang>.txt, one word per line, most
frequent first.

Run once by a developer (tests never run it); the same wordfreq version gives the same files:
    python3 -m venv /tmp/pyt/venv && /tmp/pyt/venv/bin/pip install wordfreq==3.1.1
    /tmp/pyt/venv/bin/python scripts/gen_wordfreq_fixtures.py
"""
import os

from wordfreq import top_n_list

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "lexicons")
LANGS = ["en", "es", "pt", "fr", "de", "id", "tr", "it", "nl"]
N = 20_000


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang in LANGS:
        words = top_n_list(lang, N)
        with open(os.path.join(OUT, f"wordfreq_{lang}.txt"), "w", encoding="utf-8", newline="\n") as f:
            for w in words:
                f.write(w + "\n")
        print(lang, len(words))


if __name__ == "__main__":
    main()

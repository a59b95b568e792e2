#!/usr/bin/env python3
"""Generate the fixed benchmark workload (run once; the output is committed).

    python3 -m venv /tmp/gen && /tmp/gen/bin/pip install chatterbot-corpus==1.3.3 pyyaml
    /tmp/gen/bin/python scripts/gen_workload.py

Writes benches/workload/short.jsonl and medium.jsonl: {"lang": ..., "text": ...} per line.
  short   chat lines of 10-200 characters: the multilingual dialog lines of
          chatterbot-corpus (BSD licence), up to 120 per language, with about one line
          in twelve carrying private data (e-mails, IBANs, phone-like numbers) written
          into chat sentences by this script, and emoji as people use them.
  medium  1-2 KB messages: consecutive lines of one language joined with newlines.
The long (100 KB) pastes and the adversarial 1 MB inputs are built from these files and
from adversarial.json by the benchmarks themselves, the same way in Rust and in Node
(see benches/workload/README.md), so they are not committed.
"""
import json
import os
import random

import chatterbot_corpus
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "benches", "workload")
LANGS = {
    "english": "en", "spanish": "es", "portuguese": "pt", "french": "fr", "german": "de", "italian": "it",
    "dutch": "nl", "swedish": "sv", "turkish": "tr", "russian": "ru", "ukrainian": "uk", "indonesian": "id",
    "hindi": "hi", "hinglish": "hi-Latn", "urdu": "ur", "bengali": "bn", "marathi": "mr", "tamil": "ta",
    "telugu": "te", "oriya": "or", "persian": "fa", "hebrew": "he", "thai": "th", "chinese": "zh",
    "traditionalchinese": "zh-Hant", "japanese": "ja", "korean": "ko", "yoruba": "yo",
}
PRIVATE = [
    "my email is {email}, write me there",
    "mándame un correo a {email} porfa",
    "me manda no {email} 😊",
    "IBAN: {iban} — thanks for paying me back",
    "mi cuenta es {iban}",
    "call me on {phone} tonight",
    "meu número é {phone}",
    "{email} 👈 that's me",
    "mail me: {spelled}",
    "मेरा ईमेल {email} है",
    "رقم الحساب {iban} شكرا",
]
EMAILS = ["ana.silva@example.org", "budi99@mail.example.id", "ravi.k@example.in", "lea_m@example.fr"]
SPELLED = ["ana at gmail dot com", "budi[at]yahoo[.]com"]
IBANS = ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "SA03 8000 0000 6080 1016 7519"]
PHONES = ["+49 30 1234567", "(555) 010-0199", "98 7654 3210"]
EMOJI = ["😂", "👍", "❤️", "🙏🏽", "🔥", "😅", "👨‍👩‍👧"]


def lines_of(language):
    folder = os.path.join(os.path.dirname(chatterbot_corpus.__file__), "data", language)
    out = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".yml"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            doc = yaml.safe_load(f) or {}
        for convo in doc.get("conversations") or []:
            for line in convo:
                if isinstance(line, str):
                    line = " ".join(line.split())
                    if line:
                        out.append(line)
    return out


def main():
    rng = random.Random(20261121)
    short, medium = [], []
    for language, tag in LANGS.items():
        lines = lines_of(language)
        fitting = [l for l in lines if 10 <= len(l) <= 200]
        for line in fitting[:120]:
            if rng.random() < 0.15:
                line = line + " " + rng.choice(EMOJI)
            short.append({"lang": tag, "text": line})
        # Medium: consecutive lines of this language, 1-2 KB.
        i = 0
        while i < len(lines) and sum(1 for m in medium if m["lang"] == tag) < 4:
            parts, size = [], 0
            while i < len(lines) and size < 1024:
                parts.append(lines[i])
                size += len(lines[i].encode()) + 1
                i += 1
            text = "\n".join(parts)
            if 1024 <= len(text.encode()) <= 2048:
                medium.append({"lang": tag, "text": text})
    private = []
    for _ in range(len(short) // 12):
        template = rng.choice(PRIVATE)
        private.append({"lang": "mixed", "text": template.format(
            email=rng.choice(EMAILS), spelled=rng.choice(SPELLED), iban=rng.choice(IBANS), phone=rng.choice(PHONES))})
    short.extend(private)
    rng.shuffle(short)
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("short", short), ("medium", medium)):
        with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{name}: {len(rows)} messages, {sum(len(r['text'].encode()) for r in rows)} bytes, "
              f"{len({r['lang'] for r in rows})} languages")


if __name__ == "__main__":
    main()

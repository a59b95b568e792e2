#!/usr/bin/env python3
"""Benign number-bearing chat messages: tests/fixtures/privacy/benign_chat.jsonl.

Chat lines that carry numbers but no private information: dates, times, prices, versions,
scores, order and tracking numbers, ids, hashes, ISBNs, barcodes, math, measurements,
counts, emergency numbers, countdowns. The values come from Faker (fixed seeds) or are
drawn at random here; the sentences around them were written by the sendsafe team in
twelve languages. No privacy detector may flag any of them; the accuracy benchmark
(`benches/accuracy.rs`) reports the share that it does.

Run once by a developer (tests never run it), with the venv of
tests/fixtures/privacy/README.md:

    /tmp/fx/bin/python scripts/gen_benign_chat.py

Same versions, same output.
"""
import datetime
import json
import os
import random
import zlib

from faker import Faker

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "privacy", "benign_chat.jsonl")
SEED = 20261121
PER_TEMPLATE = 15

ASCII = "0123456789"
SCRIPTS = {
    "arabic_indic": "٠١٢٣٤٥٦٧٨٩",
    "persian": "۰۱۲۳۴۵۶۷۸۹",
    "devanagari": "०१२३४५६७८९",
    "bengali": "০১২৩৪৫৬৭৮৯",
}


def rng_for(*parts):
    return random.Random(SEED ^ zlib.crc32("\x1f".join(map(str, parts)).encode()))


def fake(locale, *parts):
    f = Faker(locale)
    f.seed_instance(SEED ^ zlib.crc32("\x1f".join((locale,) + tuple(map(str, parts))).encode()))
    return f


def digits_in(script, s):
    return s.translate(str.maketrans(ASCII, SCRIPTS[script]))


LO, HI = datetime.date(1990, 1, 1), datetime.date(2030, 12, 31)


# Each generator takes (faker, rng) and returns a value.
def date(fmt):
    return lambda f, r: f.date_between(LO, HI).strftime(fmt)


def time_range(f, r):
    a, b = sorted([f.time_object(), f.time_object()])
    return f"{a:%H:%M}-{b:%H:%M}"


def version(f, r):
    return f"v{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 99)}"


def score(f, r):
    return f"{r.randint(0, 7)}-{r.randint(0, 7)}"


def order(f, r):
    return f.bothify(r.choice(["#####-####", "#########", "##-#####-##", "INV-20##-#####", "#??-######-#######"])).upper()


def tracking(f, r):
    shapes = ["1Z###??########", "9400 1### #### #### #### ##", "JD0146########", "##########", "LX#########CN", "RR#########IN"]
    return f.bothify(r.choice(shapes)).upper()


def big_count(f, r):
    n = r.randint(1000, 99_999_999)
    return r.choice([f"{n:,}", str(n), f"{n / 1000:.1f}k"])


def math(f, r):
    a, b = r.randint(2, 999), r.randint(2, 999)
    return r.choice([f"{a} + {b} = {a + b}", f"{a} * {b} = {a * b}", f"{a * b} / {b} = {a}", f"{a}x{b}"])


def measure(f, r):
    return r.choice([f"{r.randint(1, 42)} km", f"{r.randint(40, 120)} kg", f"{r.randint(140, 210)} cm",
                     f"{r.randint(1, 512)} GB", f"{r.randint(1000, 6000):,} mAh", f"{r.randint(18, 40)}°C",
                     f"{r.randint(1, 99)}%", f"{r.randint(60, 240)} Hz", f"{r.randint(1, 12)}'{r.randint(0, 11)}\""])


def clock(f, r):
    return f"{r.randint(0, 2)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def countdown(f, r):
    top = r.randint(5, 10)
    return " ".join(str(i) for i in range(top, 0, -1))


def lottery(f, r):
    return " ".join(str(n) for n in sorted(r.sample(range(1, 50), 6)))


def room(f, r):
    return str(r.randint(100, 4999))


def year(f, r):
    return str(r.randint(1950, 2035))


def emergency(f, r):
    return r.choice(["911", "112", "999", "100", "108", "190", "000", "110", "119", "122"])


def price_locale(locale):
    return lambda f, r: fake(locale, "price", r.random()).pricetag().replace("\xa0", " ")


def money(f, r):
    n = r.randint(1, 250_000)
    c = r.randint(0, 99)
    return r.choice([f"${n:,}.{c:02d}", f"₹ {n:,}", f"R$ {n:,}".replace(",", ".") + f",{c:02d}",
                     f"€{n},{c:02d}", f"¥{n}", f"{n:,} TL".replace(",", "."), f"Rp {n * 1000:,}".replace(",", "."),
                     f"{n} руб.", f"{n:,} ريال"])


def local_digits(script, gen):
    return lambda f, r: digits_in(script, gen(f, r))


# (category, locale, template, generator); {} is the value.
TEMPLATES = [
    ("date", "en_US", "see you on {} then!", date("%m/%d/%Y")),
    ("date", "en_GB", "the party is on {} 🎉", date("%d/%m/%Y")),
    ("date", "de_DE", "Termin ist am {}, passt das?", date("%d.%m.%Y")),
    ("date", "es_ES", "nos vemos el {} en la plaza", date("%d/%m/%y")),
    ("date", "pt_BR", "a prova é dia {} né", date("%d/%m/%Y")),
    ("date", "fr_FR", "rendez-vous le {} à la gare", date("%d/%m/%Y")),
    ("date", "en_US", "deadline is {}", date("%Y-%m-%d")),
    ("date", "zh_CN", "我们{}见面吧", date("%Y/%m/%d")),
    ("date", "ja_JP", "締め切りは{}です", date("%Y年%m月%d日")),
    ("date", "ru_RU", "встреча {} в 10 утра", date("%d.%m.%Y")),
    ("date", "ar_SA", "الموعد يوم {} إن شاء الله", local_digits("arabic_indic", date("%d/%m/%Y"))),
    ("date", "fa_IR", "قرارمون {} هست", local_digits("persian", date("%Y/%m/%d"))),
    ("date", "hi_IN", "परीक्षा {} को है", local_digits("devanagari", date("%d-%m-%Y"))),
    ("date", "id_ID", "acaranya tanggal {} ya", date("%d-%m-%Y")),
    ("date", "tr_TR", "toplantı {} tarihinde", date("%d.%m.%Y")),
    ("date", "en_US", "born {} lol I'm old", date("%Y%m%d")),
    ("datetime", "en_US", "server went down at {} again", lambda f, r: f.date_time_between(datetime.datetime(2015, 1, 1), datetime.datetime(2030, 1, 1)).strftime("%Y-%m-%d %H:%M:%S")),
    ("time", "en_US", "meeting moved to {}", lambda f, r: f.time_object().strftime("%I:%M %p")),
    ("time", "es_MX", "el partido empieza a las {}", lambda f, r: f.time_object().strftime("%H:%M")),
    ("time", "en_GB", "I'm free {} tomorrow", time_range),
    ("time", "pt_BR", "a aula vai das {} hoje", time_range),
    ("time", "en_US", "my best lap was {}", clock),
    ("price", "en_US", "it was only {} on sale!!", price_locale("en_US")),
    ("price", "de_DE", "kostet {} im Angebot", price_locale("de_DE")),
    ("price", "pt_BR", "paguei {} nesse tênis 😭", price_locale("pt_BR")),
    ("price", "pl_PL", "cena {} za bilet", price_locale("pl_PL")),
    ("price", "en_IN", "total came to {} for the trip", money),
    ("price", "es_ES", "me costó {} la consola", money),
    ("price", "hi_IN", "किराया {} है", local_digits("devanagari", money)),
    ("price", "ar_EG", "السعر {} بس", local_digits("arabic_indic", money)),
    ("version", "en_US", "update to {} fixed the crash", version),
    ("version", "en_US", "works on android 14 with app {}", version),
    ("version", "pt_BR", "atualiza pra {} que resolve", version),
    ("score", "en_GB", "final score {} what a game", score),
    ("score", "es_AR", "ganamos {} 🔥⚽", score),
    ("score", "tr_TR", "maç {} bitti", score),
    ("order", "en_US", "my order {} still hasn't shipped", order),
    ("order", "de_DE", "Bestellnummer {} kam nie an", order),
    ("order", "es_MX", "pedido {} llegó roto", order),
    ("order", "id_ID", "pesanan {} belum sampai kak", order),
    ("tracking", "en_US", "tracking says {} is out for delivery", tracking),
    ("tracking", "fr_FR", "le colis {} est bloqué à la douane", tracking),
    ("tracking", "pt_BR", "código de rastreio {} parado faz dias", tracking),
    ("uuid", "en_US", "error id {} if that helps", lambda f, r: f.uuid4()),
    ("hash", "en_US", "fixed in commit {}", lambda f, r: f.sha1()[: r.choice([7, 8, 12, 40])]),
    ("hash", "en_US", "md5 of the file is {}", lambda f, r: f.md5()),
    ("isbn", "en_US", "the book is ISBN {}", lambda f, r: f.isbn13()),
    ("isbn", "es_ES", "el libro tiene ISBN {}", lambda f, r: f.isbn10()),
    ("barcode", "en_US", "barcode on the box says {}", lambda f, r: f.ean13()),
    ("barcode", "de_DE", "EAN {} ist ausverkauft", lambda f, r: f.ean13()),
    ("math", "en_US", "wait {} right?", math),
    ("math", "hi_IN", "bhai {} hota hai na", math),
    ("math", "ru_RU", "проверь: {}", math),
    ("measure", "en_US", "I ran {} today 💪", measure),
    ("measure", "es_CO", "mide {} más o menos", measure),
    ("count", "en_US", "the video hit {} views", big_count),
    ("count", "pt_BR", "já são {} inscritos", big_count),
    ("count", "id_ID", "udah {} followers wkwk", big_count),
    ("room", "en_US", "we're in room {} on the 4th floor", room),
    ("room", "fr_FR", "salle {} au deuxième étage", room),
    ("page", "en_US", "homework is page {} exercises 3-7", room),
    ("year", "en_US", "back in {} we had no phones", year),
    ("year", "es_ES", "la peli es de {}", year),
    ("emergency", "en_US", "if it gets worse call {} ok?", emergency),
    ("emergency", "de_DE", "ruf die {} an wenn was ist", emergency),
    ("countdown", "en_US", "{} happy new year!!! 🎆", countdown),
    ("countdown", "es_MX", "{} feliz año nuevo 🥳", countdown),
    ("lottery", "en_US", "my lotto numbers are {} wish me luck", lottery),
    ("lottery", "pt_BR", "joguei {} na mega", lottery),
]


def main():
    rows, seen = [], set()
    for n, (category, locale, template, gen) in enumerate(TEMPLATES):
        f = fake(locale, "benign", n)
        r = rng_for("benign", n)
        made = 0
        for _ in range(PER_TEMPLATE * 10):
            if made == PER_TEMPLATE:
                break
            value = gen(f, r)
            text = template.replace("{}", value, 1)
            if text in seen:
                continue
            seen.add(text)
            made += 1
            rows.append({"rule": "none", "kind": category, "locale": locale, "text": text, "value": value,
                         "source": f"sendsafe template #{n} with a generated {category}"})
    with open(OUT, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()

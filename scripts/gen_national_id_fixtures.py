#!/usr/bin/env python3
"""Generate tests/fixtures/privacy/national_ids_extra.jsonl for privacy.national_id.

Run once by a developer; the output is committed and tests never run this script:

    /tmp/fx/bin/python scripts/gen_national_id_fixtures.py

(the venv of scripts/gen_privacy_fixtures.py: Faker 40.54.0, python-stdnum 2.2,
phonenumbers 9.0.43, freezegun 1.5.5). Fixed seed; the clock is frozen at
2026-01-01 12:00 UTC, so two runs give the same file.

national_ids.jsonl (made by gen_privacy_fixtures.py) holds 3 to 6 values of each id the
detector covers and none of the Saudi, Egyptian, Nigerian and Bangladeshi ids. This
script adds, for every kind the detector reports:
  * valid values, from Faker where it has the id, otherwise sampled in the id's layout,
    each accepted by the python-stdnum validator before it is written (`check` names it);
    for ids python-stdnum has no module for, the structure rules written below, and the
    row says so (`check: "structure (this script)"`);
  * the written forms people type (compact, the usual groups);
  * near-misses: one character changed, rejected by the validator (`valid: false`);
  * benign look-alikes of the same lengths and shapes (`kind` names them): phone numbers
    of the countries whose ids have 10, 11 or 13 digits (phonenumbers example numbers in
    the compact national form, and Faker; the other forms are in phones.jsonl, which the
    accuracy bench also runs), EAN-13 barcodes, ISBNs, ordinary 11- and 13-digit numbers, order numbers,
    and letter-digit words shaped like PAN, NINO or DNI that the validators reject.
Fields as in tests/fixtures/privacy/README.md; `kind` is the detector's kind name.
"""
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()

from freezegun import freeze_time  # noqa: E402

_CLOCK = freeze_time("2026-01-01 12:00:00", tz_offset=0)
_CLOCK.start()

import datetime  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import string  # noqa: E402

import faker  # noqa: E402
import phonenumbers as PN  # noqa: E402
from stdnum import ean, isbn, luhn, verhoeff  # noqa: E402
from stdnum.br import cnpj, cpf  # noqa: E402
from stdnum.ca import sin  # noqa: E402
from stdnum.cn import ric  # noqa: E402
from stdnum.es import dni, nie  # noqa: E402
from stdnum.id import nik  # noqa: E402
from stdnum.in_ import aadhaar, pan  # noqa: E402
from stdnum.it import codicefiscale  # noqa: E402
from stdnum.mx import curp  # noqa: E402
from stdnum.my import nric  # noqa: E402
from stdnum.pk import cnic  # noqa: E402
from stdnum.pl import pesel  # noqa: E402
from stdnum.th import pin as thai_pin  # noqa: E402
from stdnum.tr import tckimlik  # noqa: E402
from stdnum.us import itin, ssn  # noqa: E402
from stdnum.za import idnr  # noqa: E402

SEED = 20261121
OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "privacy",
                   "national_ids_extra.jsonl")
RULE = "privacy.national_id"
PER_KIND = 8

rng = random.Random(SEED)
random.seed(SEED)  # some Faker providers draw from the module-level generator
rows = []
seen = set()
# No value twice across the fixture files: the other files' values are skipped here.
_DIR = os.path.dirname(OUT)
for _name in sorted(os.listdir(_DIR)):
    if _name.endswith(".jsonl") and _name != os.path.basename(OUT):
        with open(os.path.join(_DIR, _name), encoding="utf-8") as _f:
            seen.update(json.loads(_l)["value"] for _l in _f)


def fk(locale):
    f = faker.Faker(locale)
    f.seed_instance(SEED)
    return f


def ok(validator, value):
    try:
        return bool(validator(value))
    except Exception:  # noqa: BLE001 - any error is a rejection
        return False


def add(kind, region, value, valid, source, **extra):
    if value in seen:
        return
    seen.add(value)
    row = {"rule": RULE, "kind": kind, "region": region, "value": value, "valid": valid,
           "source": source}
    row.update({k: v for k, v in extra.items() if v is not None})
    rows.append(row)


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(n):
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def break_one(value, validator, alphabet=None):
    """The value with one letter or digit changed (the last first) so `validator` rejects it."""
    chars = list(value)
    for i in reversed(range(len(chars))):
        c = chars[i]
        if not c.isalnum():
            continue
        pool = alphabet or (string.digits if c.isdigit() else string.ascii_uppercase)
        for r in rng.sample(pool, len(pool)):
            if r == c:
                continue
            cand = "".join(chars[:i] + [r] + chars[i + 1:])
            if not ok(validator, cand):
                return cand
    return None


def kind(kind, region, draw, validator, forms, check, source, near=3, reject=None):
    """PER_KIND valid values from `draw`, each in every form; `near` near-misses, which
    `reject` (default: `validator`) must refuse."""
    made = 0
    tries = 0
    while made < PER_KIND and tries < 20000:
        tries += 1
        v = draw()
        if not ok(validator, v):
            continue
        made += 1
        for name, form in forms.items():
            add(kind, region, form(v), True, source, check=check, format=name)
        if made <= near:
            name, form = next(iter(forms.items()))
            broken = break_one(form(v), reject or validator)
            if broken:
                add(kind, region, broken, False, source + ", one character changed",
                    note=f"{check} rejects it", format=name)
    assert made == PER_KIND, (kind, made)


def compact(v):
    return "".join(c for c in v if c.isalnum())


def group(v, sizes, sep):
    v = compact(v)
    out, i = [], 0
    for s in sizes:
        out.append(v[i:i + s])
        i += s
    return sep.join(out)


# --- valid ids and their near-misses ---------------------------------------------------

en_us, en_in, pt_br, es_mx, es_es, it_it, tr_tr, zh_cn = (
    fk(l) for l in ("en_US", "en_IN", "pt_BR", "es_MX", "es_ES", "it_IT", "tr_TR", "zh_CN"))

def us_any(v):
    """Valid as some US number of this shape: a broken SSN must not be a valid ITIN."""
    return ok(ssn.validate, v) or ok(itin.validate, v)


kind("ssn", "US", en_us.ssn, ssn.validate,
     {"dashed": lambda v: group(v, (3, 2, 4), "-"), "spaced": lambda v: group(v, (3, 2, 4), " "),
      "compact": compact}, "stdnum.us.ssn", "faker(en_US).ssn()", reject=us_any)
kind("itin", "US", en_us.itin, itin.validate,
     {"dashed": lambda v: group(v, (3, 2, 4), "-"), "compact": compact},
     "stdnum.us.itin", "faker(en_US).itin()", reject=us_any)


def draw_aadhaar():
    body = rng.choice("23456789") + digits(10)
    return body + verhoeff.calc_check_digit(body)


kind("aadhaar", "IN", draw_aadhaar, aadhaar.validate,
     {"spaced": lambda v: group(v, (4, 4, 4), " "), "dashed": lambda v: group(v, (4, 4, 4), "-"),
      "compact": compact}, "stdnum.in_.aadhaar", "sampled, Verhoeff digit by stdnum.verhoeff")
kind("pan", "IN", en_in.pan, pan.validate, {"as generated": lambda v: v},
     "stdnum.in_.pan", "faker(en_IN).pan()")


def draw_cnic():
    return rng.choice("1234567") + digits(11) + rng.choice("123456789")


kind("cnic", "PK", draw_cnic, cnic.validate,
     {"dashed": lambda v: group(v, (5, 7, 1), "-"), "compact": compact},
     "stdnum.pk.cnic", "sampled")
kind("cpf", "BR", pt_br.cpf, cpf.validate,
     {"formatted": cpf.format, "compact": compact}, "stdnum.br.cpf", "faker(pt_BR).cpf()")
kind("cnpj", "BR", pt_br.cnpj, cnpj.validate,
     {"formatted": cnpj.format, "compact": compact}, "stdnum.br.cnpj", "faker(pt_BR).cnpj()")
kind("curp", "MX", es_mx.curp, curp.validate, {"as generated": lambda v: v},
     "stdnum.mx.curp", "faker(es_MX).curp()")

NINO_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
NINO_SECOND = [c for c in string.ascii_uppercase if c not in "DFIOQUV"]
NINO_NEVER = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(v):
    v = compact(v)
    return (len(v) == 9 and v[0] in NINO_FIRST and v[1] in NINO_SECOND
            and v[:2] not in NINO_NEVER and v[2:8].isdigit() and v[8] in "ABCD")


def draw_nino():
    return rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND) + digits(6) + rng.choice("ABCD")


kind("nino", "GB", draw_nino, nino_valid,
     {"spaced": lambda v: group(v, (2, 2, 2, 2, 1), " "), "compact": compact},
     "HMRC NIM39110 allocation rules (this script)", "sampled")
kind("dni", "ES", es_es.nif, dni.validate, {"as generated": lambda v: v,
     "dashed": lambda v: v[:8] + "-" + v[8:]}, "stdnum.es.dni", "faker(es_ES).nif()")
kind("nie", "ES", es_es.nie, nie.validate, {"as generated": lambda v: v},
     "stdnum.es.nie", "faker(es_ES).nie()")
kind("codice_fiscale", "IT", it_it.ssn, codicefiscale.validate, {"as generated": lambda v: v},
     "stdnum.it.codicefiscale", "faker(it_IT).ssn()")
kind("cn_resident_id", "CN", zh_cn.ssn, ric.validate, {"as generated": lambda v: v},
     "stdnum.cn.ric", "faker(zh_CN).ssn()")


def draw_date(lo=1940, hi=2007):
    d = datetime.date(lo, 1, 1) + datetime.timedelta(days=rng.randrange((hi - lo) * 365))
    return d


def draw_nik():
    d = draw_date()
    day = d.day + (40 if rng.random() < 0.5 else 0)
    return (str(rng.randint(11, 94)) + f"{rng.randint(1, 79):02d}" + f"{rng.randint(1, 40):02d}"
            + f"{day:02d}{d.month:02d}{d.year % 100:02d}" + f"{rng.randint(1, 9999):04d}")


kind("nik", "ID", draw_nik, nik.validate, {"compact": compact}, "stdnum.id.nik", "sampled")


def draw_za():
    d = draw_date()
    body = d.strftime("%y%m%d") + digits(4) + rng.choice("01") + "8"
    return body + luhn.calc_check_digit(body)


kind("za_id", "ZA", draw_za, idnr.validate,
     {"compact": compact, "spaced": lambda v: group(v, (6, 4, 2, 1), " ")},
     "stdnum.za.idnr", "sampled, Luhn digit by stdnum.luhn")
kind("tckn", "TR", tr_tr.ssn, tckimlik.validate, {"compact": compact},
     "stdnum.tr.tckimlik", "faker(tr_TR).ssn()")


# Saudi national id / iqama: 10 digits, 1 (citizen) or 2 (resident) first, Luhn.
def sa_valid(v):
    v = compact(v)
    return len(v) == 10 and v.isdigit() and v[0] in "12" and luhn.is_valid(v)


def draw_sa():
    body = rng.choice("12") + digits(8)
    return body + luhn.calc_check_digit(body)


kind("sa_id", "SA", draw_sa, sa_valid, {"compact": compact},
     "prefix 1 or 2 (this script) and stdnum.luhn", "sampled")

# Egypt: century (2: 1900s, 3: 2000s), YYMMDD, governorate, 4-digit serial, check digit
# whose algorithm is unpublished (drawn at random here): structure only.
EG_GOVERNORATES = [1, 2, 3, 4] + list(range(11, 20)) + list(range(21, 30)) + \
    list(range(31, 36)) + [88]


def eg_valid(v):
    v = compact(v)
    if len(v) != 14 or not v.isdigit() or v[0] not in "23":
        return False
    try:
        datetime.date((1900 if v[0] == "2" else 2000) + int(v[1:3]), int(v[3:5]), int(v[5:7]))
    except ValueError:
        return False
    return int(v[7:9]) in EG_GOVERNORATES


def draw_eg():
    d = draw_date()
    return ("2" if d.year < 2000 else "3") + d.strftime("%y%m%d") + \
        f"{rng.choice(EG_GOVERNORATES):02d}" + digits(5)


kind("eg_id", "EG", draw_eg, eg_valid, {"compact": compact},
     "structure (this script): century, date of birth, governorate", "sampled")


# Nigeria NIN: 11 digits, no published check digit; Bangladesh NID: 10 (smart card),
# 13 or 17 digits (the 17-digit form is the birth year and the 13-digit number).
def nin_valid(v):
    return len(v) == 11 and v.isdigit() and v[0] != "0"


kind("nin", "NG", lambda: rng.choice("123456789") + digits(10), nin_valid,
     {"compact": compact}, "structure (this script): 11 digits, no leading 0", "sampled",
     near=0)


def bd_valid(v):
    if not v.isdigit():
        return False
    if len(v) == 17:
        return 1900 <= int(v[:4]) <= 2099
    return len(v) in (10, 13) and v[0] != "0"


def draw_bd():
    n = rng.choice((10, 13, 17))
    if n == 17:
        return str(draw_date().year) + rng.choice("123456789") + digits(12)
    return rng.choice("123456789") + digits(n - 1)


kind("bd_nid", "BD", draw_bd, bd_valid, {"compact": compact},
     "structure (this script): 10, 13 or 17 digits", "sampled", near=0)

# Canada, Poland, Thailand, Malaysia.
kind("sin", "CA", fk("en_CA").ssn, sin.validate,
     {"spaced": lambda v: group(v, (3, 3, 3), " "), "dashed": lambda v: group(v, (3, 3, 3), "-"),
      "compact": compact}, "stdnum.ca.sin", "faker(en_CA).ssn()")
kind("pesel", "PL", fk("pl_PL").pesel, pesel.validate, {"compact": compact},
     "stdnum.pl.pesel", "faker(pl_PL).pesel()")
kind("thai_id", "TH", fk("th_TH").ssn, thai_pin.validate,
     {"formatted": lambda v: group(v, (1, 4, 5, 2, 1), "-"), "compact": compact},
     "stdnum.th.pin", "faker(th_TH).ssn()")


def draw_nric():
    return draw_date().strftime("%y%m%d") + f"{rng.randint(1, 99):02d}" + digits(4)


kind("my_nric", "MY", draw_nric, nric.validate,
     {"dashed": lambda v: group(v, (6, 2, 4), "-"), "compact": compact},
     "stdnum.my.nric", "sampled")

# Passports: Faker's numbers of several locales, shape only, next to the word.
for loc in ("en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "en_IN", "ru_RU",
            "zh_CN", "ja_JP", "ko_KR", "tr_TR", "id_ID", "ar_SA", "bn_BD", "hi_IN"):
    f = fk(loc)
    if not hasattr(f, "passport_number"):
        continue
    for _ in range(2):
        try:
            p = f.passport_number()
        except Exception:  # noqa: BLE001
            continue
        if sum(c.isdigit() for c in p) >= 2 and len(compact(p)) <= 10:
            add("passport", loc[-2:], p, True, f"faker({loc}).passport_number()",
                needs_context=True, check="shape only")

# --- benign look-alikes -----------------------------------------------------------------

for region in ("TR", "NG", "CN", "SA", "IN", "BR", "PK", "ID", "EG", "BD", "ZA", "MX",
               "GB", "ES", "IT", "US"):
    for t in (PN.PhoneNumberType.MOBILE, PN.PhoneNumberType.FIXED_LINE):
        n = PN.example_number_for_type(region, t)
        if n is None:
            continue
        for name, fmt in (("national", PN.PhoneNumberFormat.NATIONAL),
                          ("e164", PN.PhoneNumberFormat.E164),
                          ("international", PN.PhoneNumberFormat.INTERNATIONAL)):
            add("phone", region, PN.format_number(n, fmt), False,
                "phonenumbers example number", format=name,
                note="a phone number, not an id")
        nat = PN.format_number(n, PN.PhoneNumberFormat.NATIONAL)
        add("phone", region, compact(nat), False, "phonenumbers example number, compact",
            format="national compact", note="a phone number, not an id")
for loc in ("tr_TR", "zh_CN", "ar_SA", "en_IN", "pt_BR", "id_ID", "bn_BD", "es_MX", "en_US"):
    f = fk(loc)
    for _ in range(4):
        add("phone", loc[-2:], f.phone_number(), False, f"faker({loc}).phone_number()",
            note="a phone number, not an id")

for _ in range(10):
    body = rng.choice("3456789") + digits(11)
    add("ean", "*", body + ean.calc_check_digit(body), False, "EAN-13, check by stdnum.ean",
        note="a barcode number")
for _ in range(6):
    body = "978" + digits(9)
    v = body + ean.calc_check_digit(body)
    add("isbn", "*", isbn.format(v), False, "ISBN-13, formatted by stdnum.isbn",
        note="a book number")
    add("isbn", "*", v, False, "ISBN-13 compact", note="a book number")
for n in (9, 10, 11, 13, 14, 16):
    for _ in range(4):
        add("number", "*", rng.choice("123456789") + digits(n - 1), False,
            f"random {n}-digit number", note="an ordinary number without an id word")
for _ in range(6):
    add("order_number", "*", rng.choice(("#", "ORD-", "order #", "INV-", "No. ")) + digits(
        rng.choice((9, 11, 13))), False, "order number", note="an order number")
for _ in range(6):
    # PAN-shaped with a holder letter no PAN has.
    v = letters(3) + rng.choice("DEIMNOQRSUVWXYZ") + letters(1) + digits(4) + letters(1)
    if not ok(pan.validate, v):
        add("word", "*", v, False, "PAN shape, invalid holder letter",
            note="stdnum.in_.pan rejects it")
for _ in range(6):
    v = rng.choice("DFIQUV") + rng.choice(NINO_SECOND) + digits(6) + rng.choice("ABCD")
    add("word", "*", v, False, "NINO shape, never-issued first letter",
        note="HMRC rules reject it")
for _ in range(6):
    v = digits(8) + rng.choice(string.ascii_uppercase)
    if not ok(dni.validate, v):
        add("word", "*", v, False, "DNI shape, wrong letter", note="stdnum.es.dni rejects it")
for v in ("2024-05-12", "12/05/2024", "05.10.1986", "10:30-11:45", "$1,299.99", "₹ 45,000",
          "order #4021-7783", "v2.10.3", "score 3-1", "1 + 2 = 3", "19.99 BRL",
          "R$ 1.234.567,89", "123.456.789", "12.345.678", "2020-2024", "1990/05/12",
          "550e8400-e29b-41d4-a716-446655440000", "9fceb02d0ae598e95dc970b74767f19372d61af8"):
    add("benign", "*", v, False, "hand-written", note="ordinary chat number")

with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
valid = sum(r["valid"] for r in rows)
print(f"{OUT}: {len(rows)} rows, {valid} valid, {len(rows) - valid} not")

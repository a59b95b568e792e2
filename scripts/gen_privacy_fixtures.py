#!/usr/bin/env python3
"""Generate the private-information test fixtures in tests/fixtures/privacy/.

Run once by a developer; the output is committed, so builds and tests never need this
script, its packages or the network:

    python3 -m venv /tmp/fx && /tmp/fx/bin/pip install phonenumbers==9.0.43 Faker==40.54.0 \\
        python-stdnum==2.2 mnemonic==0.21 freezegun==1.5.5 python-dateutil==4.0.0 tzdata==2026.6
    /tmp/fx/bin/python scripts/gen_privacy_fixtures.py

(Python 3.11. Those are exactly the versions pip resolved when the committed files were
made; python-dateutil and tzdata only come in as dependencies of freezegun and Faker.)

The values come from generators and validators nobody on this team wrote, so the
detectors built later are measured against data they were not tuned on:
  phonenumbers   Google's libphonenumber metadata: example numbers and validity per region
  Faker          fake phone numbers, cards, IBANs, ids, addresses, dates, prices per locale
  python-stdnum  the check-digit and structure validators of national ids and bank numbers
  mnemonic       the BIP-39 reference implementation (Trezor) and its word lists
  freezegun      freezes "today" (2026-01-01 UTC): several Faker providers draw dates
                 relative to the current day, and the output must not depend on it
This script only picks, formats (the groupings people type), breaks one character for
the near-misses, and checks each value with the outside validator before writing it.

Writes JSON Lines (one object per line) to tests/fixtures/privacy/:
  phones.jsonl  cards.jsonl  bank_accounts.jsonl  national_ids.jsonl  seed_phrases.jsonl
  addresses.jsonl  benign_numbers.jsonl
and refreshes the generated blocks (counts, generator oddities) of its README.md.
Fields: rule, kind, region and/or locale, value, valid, source, then optional ones
(see tests/fixtures/privacy/README.md). Fixed seeds: running it twice gives identical files.
"""
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()

from freezegun import freeze_time  # noqa: E402

# Started before Faker is imported: some providers evaluate date.today() in default arguments.
_CLOCK = freeze_time("2026-01-01 12:00:00", tz_offset=0)
_CLOCK.start()

import datetime  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import string  # noqa: E402
import uuid  # noqa: E402
import zlib  # noqa: E402
from collections import Counter, OrderedDict, defaultdict  # noqa: E402
from importlib.metadata import version  # noqa: E402

import faker  # noqa: E402
import mnemonic  # noqa: E402
import phonenumbers as PN  # noqa: E402
import stdnum  # noqa: E402
import stdnum.bic  # noqa: E402
import stdnum.iban  # noqa: E402
import stdnum.luhn  # noqa: E402
import stdnum.us.rtn  # noqa: E402
from faker import Faker  # noqa: E402
from stdnum.exceptions import InvalidComponent, ValidationError  # noqa: E402

logging.getLogger("faker").setLevel(logging.ERROR)  # en_PH bank: "purely hypothetical" warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "privacy")
SEED = 20260101
FAKER_DIR = os.path.dirname(faker.__file__)
ODD = []  # generator oddities, written to the README


def seed_for(*parts):
    return SEED ^ zlib.crc32("\x1f".join(map(str, parts)).encode("utf-8"))


def rng_for(*parts):
    return random.Random(seed_for(*parts))


def fake(locale, *parts):
    f = Faker(locale)
    f.seed_instance(seed_for(locale, *parts))
    # Some providers (ssn es_ES, es_MX, el_GR, sv_SE, th_TH, uk_UA; passport en_US) draw from the
    # module-level `random`, which seed_instance does not reach: seed that too.
    random.seed(seed_for("global", locale, *parts))
    return f


def served_by(bound):
    """The locale of the Faker provider that really answers a method (Faker falls back silently)."""
    return getattr(bound.__self__, "__lang__", None)


def faker_locales(provider):
    """Faker locales with their own provider of this kind, xx_YY form only."""
    folder = os.path.join(FAKER_DIR, "providers", provider)
    return sorted(d for d in os.listdir(folder) if re.fullmatch(r"[a-z]{2,3}_[A-Z]{2}", d))


def odd(text):
    ODD.append(text)


class Out:
    """One fixture file: rows in generation order, no value twice."""

    def __init__(self, name):
        self.name = name
        self.rows = []
        self.seen = {}
        self.dropped = Counter()
        self.stripped = Counter()
        self.conflicts = []

    def add(self, rule, kind, value, valid, source, region=None, locale=None, **extra):
        assert isinstance(value, str) and value.strip(), (kind, value)
        if value != value.strip():
            self.stripped[source.split(")")[0] + ")"] += 1
            value = value.strip()
        if value in self.seen:
            prev = self.seen[value]
            if prev["valid"] == valid and region and prev.get("region") not in (None, region):
                also = prev.setdefault("also_regions", [])
                if region not in also:
                    also.append(region)
                self.dropped["same value, same verdict, other region (listed in also_regions)"] += 1
            elif prev["valid"] == valid:
                self.dropped["same value, same verdict"] += 1
            else:
                self.dropped["same value, other verdict (first kept)"] += 1
                self.conflicts.append(f"{value!r} ({prev['kind']} {prev.get('region', '')} vs {kind} {region or ''})")
            return False
        row = OrderedDict(rule=rule, kind=kind)
        if region is not None:
            row["region"] = region
        if locale is not None:
            row["locale"] = locale
        row["value"] = value
        row["valid"] = valid
        row["source"] = source
        for k, v in extra.items():
            if v is not None and v != []:
                row[k] = v
        self.rows.append(row)
        self.seen[value] = row
        return True

    def write(self):
        os.makedirs(OUT, exist_ok=True)
        with open(os.path.join(OUT, self.name), "w", encoding="utf-8", newline="\n") as f:
            for row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
        if self.stripped:
            odd(f"{self.name}: values with leading/trailing spaces, written stripped: "
                + ", ".join(f"{k} {n}" for k, n in sorted(self.stripped.items())))
        if self.dropped:
            odd(f"{self.name}: duplicates not written: " + ", ".join(f"{n} {k}" for k, n in sorted(self.dropped.items()))
                + ("; conflicts: " + ", ".join(self.conflicts) if self.conflicts else ""))


def mutate_one(text, rng, rejected, first=None):
    """Change one letter or digit of text (same class) so that rejected(candidate) is true.

    Positions are tried in the order: `first` (index of an alphanumeric, e.g. the check
    character), then the others in a seeded random order. Returns (candidate, position) or None.
    """
    positions = [i for i, c in enumerate(text) if c.isascii() and c.isalnum()]
    rng.shuffle(positions)
    if first is not None:
        idx = positions.pop(positions.index(first)) if first in positions else None
        if idx is not None:
            positions.insert(0, idx)
    for i in positions:
        alphabet = string.digits if text[i].isdigit() else (string.ascii_uppercase if text[i].isupper() else string.ascii_lowercase)
        choices = [c for c in alphabet if c != text[i]]
        rng.shuffle(choices)
        for c in choices:
            cand = text[:i] + c + text[i + 1:]
            if rejected(cand):
                return cand, i
    return None


def last_alnum(text):
    return max(i for i, c in enumerate(text) if c.isalnum())


# --------------------------------------------------------------------------- phones

PHONE_TYPES = (("fixed_line", PN.PhoneNumberType.FIXED_LINE, "FIXED_LINE"), ("mobile", PN.PhoneNumberType.MOBILE, "MOBILE"))
PHONE_FORMATS = (("E164", PN.PhoneNumberFormat.E164), ("INTERNATIONAL", PN.PhoneNumberFormat.INTERNATIONAL),
                 ("NATIONAL", PN.PhoneNumberFormat.NATIONAL))
REGIONS = sorted(PN.SUPPORTED_REGIONS)
PHONE_KIND = {PN.PhoneNumberType.FIXED_LINE: "fixed_line", PN.PhoneNumberType.MOBILE: "mobile",
              PN.PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile", PN.PhoneNumberType.TOLL_FREE: "toll_free",
              PN.PhoneNumberType.PREMIUM_RATE: "premium_rate", PN.PhoneNumberType.SHARED_COST: "shared_cost",
              PN.PhoneNumberType.VOIP: "voip", PN.PhoneNumberType.PERSONAL_NUMBER: "personal_number",
              PN.PhoneNumberType.PAGER: "pager", PN.PhoneNumberType.UAN: "uan", PN.PhoneNumberType.VOICEMAIL: "voicemail"}
# Regions whose people often write digits in their own script; zero of that script.
DIGIT_SCRIPTS = {
    "AF": ("Extended Arabic-Indic", 0x6F0), "BD": ("Bengali", 0x9E6), "EG": ("Arabic-Indic", 0x660),
    "IN": ("Devanagari", 0x966), "IQ": ("Arabic-Indic", 0x660), "IR": ("Extended Arabic-Indic", 0x6F0),
    "KH": ("Khmer", 0x17E0), "LA": ("Lao", 0xED0), "MM": ("Myanmar", 0x1040), "NP": ("Devanagari", 0x966),
    "PK": ("Extended Arabic-Indic", 0x6F0), "SA": ("Arabic-Indic", 0x660), "TH": ("Thai", 0xE50),
}


def phone_parse(text, region):
    try:
        return PN.parse(text, region)
    except PN.NumberParseException:
        return None


def phone_valid_for(text, region):
    n = phone_parse(text, region)
    return n is not None and PN.is_valid_number_for_region(n, region)


def phone_valid_anywhere(text):
    if text.startswith("+"):
        n = phone_parse(text, None)
        return n is not None and PN.is_valid_number(n)
    return any(phone_valid_for(text, r) for r in REGIONS)


def to_script(text, zero):
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in text)


def drop_one_digit(text, region, rng, skip):
    """text with one digit dropped (not among the first `skip` characters, never a group's
    only digit) that phonenumbers finds invalid for region (for +-numbers: invalid, whatever
    the country). None if every choice is still valid."""
    positions = [i for i, c in enumerate(text) if c.isdigit() and i >= skip
                 and ((i > 0 and text[i - 1].isdigit()) or (i + 1 < len(text) and text[i + 1].isdigit()))]
    rng.shuffle(positions)
    for i in positions:
        cand = text[:i] + text[i + 1:]
        if cand.startswith("+"):
            if not phone_valid_anywhere(cand):
                return cand
        elif not phone_valid_for(cand, region):
            return cand
    return None


def gen_phones():
    out = Out("phones.jsonl")
    rule = "privacy.phone"
    examples = []
    no_example = []
    for region in REGIONS:
        by_number = OrderedDict()
        for kind, ptype, pname in PHONE_TYPES:
            n = PN.example_number_for_type(region, ptype)
            if n is not None:
                by_number.setdefault(PN.format_number(n, PN.PhoneNumberFormat.E164), (n, []))[1].append((kind, pname))
        if not by_number:
            no_example.append(region)
        for n, kinds in by_number.values():
            kind = kinds[0][0] if len(kinds) == 1 else "fixed_line_or_mobile"
            types = "/".join(p for _, p in kinds)
            examples.append((region, n, kind, types))
            for fname, fmt in PHONE_FORMATS:
                value = PN.format_number(n, fmt)
                assert phone_valid_for(value, region), (region, value)
                out.add(rule, kind, value, True, f"phonenumbers.example_number_for_type({region}, {types}) {fname} format",
                        region=region, format=fname.lower())
    if no_example:
        odd(f"phonenumbers: no fixed-line or mobile example number for {', '.join(no_example)}")

    # Digits in the region's own script (phonenumbers reads them as digits and says valid):
    # one number per region, the mobile one where there is one.
    for region, (script, zero) in sorted(DIGIT_SCRIPTS.items()):
        mine = [e for e in examples if e[0] == region]
        for r, n, kind, types in sorted(mine, key=lambda e: "mobile" not in e[2]):  # the mobile number first
            for fname, fmt in PHONE_FORMATS[1:]:
                value = to_script(PN.format_number(n, fmt), zero)
                assert phone_valid_for(value, region), (region, value)
                out.add(rule, kind, value, True,
                        f"phonenumbers.example_number_for_type({region}, {types}) {fname} format, digits written in {script} by this script",
                        region=region, format=fname.lower(), script=script)
            break

    # Faker's phone numbers for every locale that has its own phone provider.
    tally = {}
    no_phone_number = []
    for locale in faker_locales("phone_number"):
        region = locale.split("_")[1]
        f = fake(locale, "phone")
        if hasattr(f, "phone_number"):
            methods = ["phone_number"]
        else:  # the Philippine providers have no phone_number(), only these
            methods = [m for m in ("mobile_number", "landline_number") if hasattr(f, m)]
            no_phone_number.append(f"{locale} (used {', '.join(m + '()' for m in methods)})")
        if not methods or served_by(getattr(f, methods[0])) != locale or region not in PN.SUPPORTED_REGIONS:
            continue
        kept, why = 0, Counter()
        example_bad = {}
        for attempt in range(40):  # always 40 draws, so the rejection counts compare across locales
            method = methods[attempt % len(methods)]
            value = " ".join(getattr(f, method)().split())
            n = phone_parse(value, region)
            if n is None:
                verdict = "unparsable"
            elif PN.is_valid_number_for_region(n, region):
                verdict = "ok"
            elif PN.is_valid_number(n):
                verdict = f"valid for {PN.region_code_for_number(n)}"
            else:
                verdict = "invalid"
            why[verdict] += 1
            if verdict != "ok":
                example_bad.setdefault(verdict.split(" for ")[0], value)
                continue
            if kept < 3 and out.add(rule, PHONE_KIND.get(PN.number_type(n), "other"), value, True,
                                    f"faker({locale}).{method}(), kept when phonenumbers says valid for {region}",
                                    region=region, locale=locale):
                kept += 1
        tally[locale] = (why, example_bad)
    if no_phone_number:
        odd("faker: no phone_number() method for " + "; ".join(no_phone_number))
    bad = {loc: (w, ex) for loc, (w, ex) in tally.items() if sum(n for k, n in w.items() if k != "ok") * 2 > sum(w.values())}
    odd(f"faker phone_number(): {len(tally)} locales with their own provider, 40 draws each; draws phonenumbers rejects for the locale's region: "
        + ", ".join(f"{loc} {sum(n for k, n in w.items() if k != 'ok')}/{sum(w.values())}"
                    for loc, (w, _) in tally.items() if w.get("ok", 0) < sum(w.values())))
    for loc, (w, ex) in bad.items():
        detail = "; ".join(f"{k}: {v!r}" for k, v in ex.items())
        odd(f"faker({loc}).phone_number(): most draws rejected ({dict(w)}); e.g. {detail}")

    # Near-misses: one digit dropped, so that phonenumbers says invalid. A +-number is then
    # invalid everywhere; a national-format one only for its region (a bare run of 5-12 digits
    # is a valid national number somewhere among 245 regions almost always), so those lines
    # say scope "region" and count the other regions where the digits would be valid.
    rng = rng_for("phones", "drop")
    skipped = 0
    for region, n, kind, types in examples:
        for fname, fmt in PHONE_FORMATS[1:]:
            text = PN.format_number(n, fmt)
            skip = text.index(" ") + 1 if text.startswith("+") else 0
            cand = drop_one_digit(text, region, rng, skip)
            if cand is None:
                skipped += 1
                continue
            p = phone_parse(cand, region)
            glob = cand.startswith("+")
            elsewhere = 0 if glob else sum(phone_valid_for(cand, r) for r in REGIONS if r != region)
            out.add(rule, kind, cand, False,
                    f"phonenumbers.example_number_for_type({region}, {types}) {fname} format, one digit dropped by this script",
                    region=region, format=fname.lower(), possible=bool(p is not None and PN.is_possible_number(p)),
                    scope="global" if glob else "region", valid_in_other_regions=None if glob else elsewhere,
                    note="phonenumbers: invalid" + ("" if glob else f" for {region}"))
    if skipped:
        odd(f"phones.jsonl: {skipped} example numbers have no one-digit-dropped variant that phonenumbers finds invalid; left out")

    # Near-misses: dates, times and prices, the digit runs a phone detector trips on.
    f = fake("en_US", "phones", "benign")
    lo, hi = datetime.date(2015, 1, 1), datetime.date(2030, 12, 31)
    for pattern in ("%d/%m/%Y", "%m/%d/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%Y%m%d", "%d/%m/%y", "%d %m %Y", "%d.%m.%y"):
        for _ in range(2):
            out.add(rule, "date", f.date_between(lo, hi).strftime(pattern), False,
                    f"faker(en_US).date_between(2015-01-01, 2030-12-31) strftime {pattern}", locale="en_US")
    for pattern in ("%H:%M", "%H:%M:%S", "%I:%M %p", "%H.%M"):
        for _ in range(2):
            out.add(rule, "time", f.time_object().strftime(pattern), False, f"faker(en_US).time_object() strftime {pattern}", locale="en_US")
    for _ in range(3):
        a, b = sorted([f.time_object(), f.time_object()])
        out.add(rule, "time", f"{a:%H:%M}-{b:%H:%M}", False, "faker(en_US).time_object() x2, a range %H:%M-%H:%M", locale="en_US")
    for pattern in ("%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y %I:%M %p"):
        for _ in range(2):
            out.add(rule, "datetime", f.date_time_between(datetime.datetime(2015, 1, 1), datetime.datetime(2030, 12, 31)).strftime(pattern),
                    False, f"faker(en_US).date_time_between(2015, 2030) strftime {pattern}", locale="en_US")
    for locale in ("en_US", "de_DE", "pt_BR", "pl_PL", "fa_IR", "uk_UA"):
        fl = fake(locale, "phones", "price")
        for _ in range(3):
            out.add(rule, "price", fl.pricetag().replace("\xa0", " "), False, f"faker({locale}).pricetag()", locale=locale)
    return out


# --------------------------------------------------------------------------- cards

NETWORK = {"visa16": "visa", "visa13": "visa", "visa19": "visa", "visa": "visa", "mastercard": "mastercard", "amex": "amex",
           "discover": "discover", "diners": "diners", "jcb15": "jcb", "jcb16": "jcb", "maestro": "maestro", "mir": "mir",
           "unionpay": "unionpay", "prostir": "prostir"}
GROUPS = {12: (4, 4, 4), 13: (4, 4, 5), 14: (4, 6, 4), 15: (4, 6, 5), 16: (4, 4, 4, 4), 19: (4, 4, 4, 4, 3)}
EXPIRY_FORMATS = ("%m/%y", "%m/%Y", "%m-%y", "%m / %y", "%m/%y")


def group(digits, sizes, sep):
    parts, i = [], 0
    for s in sizes:
        parts.append(digits[i:i + s])
        i += s
    assert i == len(digits)
    return sep.join(parts)


def gen_cards():
    out = Out("cards.jsonl")
    rule = "privacy.payment_card"
    plan = [("en_US", k, 3) for k in ("visa16", "visa13", "visa19", "mastercard", "amex", "discover", "diners", "jcb15", "jcb16", "maestro")]
    plan += [("ru_RU", k, 3) for k in ("mir", "unionpay", "maestro")]
    plan += [("uk_UA", k, 3) for k in ("prostir", "maestro")]
    plan += [("zh_CN", "unionpay", 3), ("pt_PT", "visa", 2), ("pt_PT", "mastercard", 2), ("pt_PT", "maestro", 2)]
    fa = fake("fa_IR", "cards")
    plan += [("fa_IR", k, 1) for k in fa.credit_card_number.__self__.credit_card_types]
    rng = rng_for("cards", "break")
    for i, (locale, ctype, count) in enumerate(plan):
        f = fake(locale, "cards", ctype)
        assert served_by(f.credit_card_number) == locale
        card = f.credit_card_number.__self__.credit_card_types[ctype]
        kind = NETWORK.get(ctype, "shetab" if locale == "fa_IR" else ctype)
        issuer = card.name if locale == "fa_IR" else None
        src = f"faker({locale}).credit_card_number({ctype})"
        for j in range(count):
            number = f.credit_card_number(ctype)
            assert stdnum.luhn.is_valid(number) and len(number) == card.length, (ctype, number)
            sizes = GROUPS[len(number)]
            shape = "-".join(map(str, sizes))
            for layout, value in (("compact", number), ("spaced", group(number, sizes, " ")), ("dashed", group(number, sizes, "-"))):
                out.add(rule, kind, value, True, src + ("" if layout == "compact" else f", grouped {shape} by this script"),
                        locale=locale, variant=ctype, issuer=issuer, layout=layout, check="stdnum.luhn")
            # One digit changed (never the issuer prefix): Luhn fails.
            layout = ("spaced", "compact", "dashed")[(i + j) % 3]
            broken, pos = mutate_one(number, rng, lambda c: not stdnum.luhn.is_valid(c), first=rng.randrange(6, len(number)))
            value = broken if layout == "compact" else group(broken, sizes, " " if layout == "spaced" else "-")
            out.add(rule, kind, value, False, src + f", digit {pos + 1} changed by this script",
                    locale=locale, variant=ctype, issuer=issuer, layout=layout, note="Luhn check fails")
        # Context values: only private next to a card number.
        out.add(rule, "cvv", f.credit_card_security_code(ctype), True, f"faker({locale}).credit_card_security_code({ctype})",
                locale=locale, variant=ctype, label=card.security_code, needs_context=True)
        pattern = EXPIRY_FORMATS[i % len(EXPIRY_FORMATS)]
        expiry = f.credit_card_expire(start=datetime.datetime(2026, 1, 1), end=datetime.datetime(2035, 12, 31), date_format=pattern)
        out.add(rule, "expiry", expiry, True, f"faker({locale}).credit_card_expire(2026-01-01, 2035-12-31, {pattern!r})",
                locale=locale, variant=ctype, needs_context=True)
    return out


# --------------------------------------------------------------------------- bank accounts

def clabe_ok(number):
    """Mexican CLABE: 18 digits, weights 3,7,1 mod 10 (python-stdnum has no CLABE module)."""
    if not re.fullmatch(r"\d{18}", number):
        return False
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(number[:17]))
    return (10 - total % 10) % 10 == int(number[17])


def why_invalid(mod, value):
    try:
        mod.validate(value)
        return None
    except ValidationError as e:
        return type(e).__name__
    except Exception as e:  # a validator bug: say so rather than crash
        return f"{type(e).__name__} raised by the validator"


def iban_countries():
    """Country codes of the IBAN registry as python-stdnum ships it (its iban.dat)."""
    path = os.path.join(os.path.dirname(stdnum.__file__), "iban.dat")
    return {line.split()[0] for line in open(path, encoding="utf-8") if line[:1].isalpha()}


IBAN_COUNTRIES = iban_countries()


def gen_bank_accounts():
    out = Out("bank_accounts.jsonl")
    rule = "privacy.bank_account"
    from stdnum.iso7064 import mod_97_10

    def mod97_ok(iban):
        return mod_97_10.is_valid(iban[4:] + iban[:4])

    rng = rng_for("bank", "break")
    rejected = []
    gb_ibans = []
    for locale in sorted(set(faker_locales("bank")) | {"en_US"}):
        f = fake(locale, "iban")
        if served_by(f.iban) != locale:
            continue
        for j in range(3):
            iban = f.iban()
            cc = iban[:2]
            problem = why_invalid(stdnum.iban, iban)
            src = f"faker({locale}).iban()"
            if problem:
                rejected.append((locale, iban, problem))
                if j == 0:
                    out.add(rule, "iban", iban, False, src + ", python-stdnum rejects it", region=cc, locale=locale,
                            note=f"stdnum.iban: {problem}" + (" (mod-97 itself holds)" if mod97_ok(iban) else ""))
                continue
            if cc == "GB":
                gb_ibans.append((locale, iban))
            out.add(rule, "iban", iban, True, src, region=cc, locale=locale, layout="compact", check="stdnum.iban")
            grouped = stdnum.iban.format(iban)
            out.add(rule, "iban", grouped, True, src + ", groups of four (stdnum.iban.format)", region=cc, locale=locale,
                    layout="grouped", check="stdnum.iban")
            # Near-miss: one BBAN character changed, or two adjacent swapped, or the check digits changed.
            how = ("changed", "swapped", "check")[j % 3]
            cand = None
            if how == "changed":
                res = mutate_one(iban, rng, lambda c: not stdnum.iban.is_valid(c) and not mod97_ok(c) and not why_invalid(stdnum.iban, c[:2] + stdnum.iban.calc_check_digits(c) + c[4:]),
                                 first=rng.randrange(4, len(iban)))
                cand = res and res[0]
                note = "one BBAN character changed: mod-97 fails"
            elif how == "swapped":
                for i in rng.sample(range(4, len(iban) - 1), len(iban) - 5):
                    if iban[i] != iban[i + 1]:
                        c = iban[:i] + iban[i + 1] + iban[i] + iban[i + 2:]
                        if not mod97_ok(c):
                            cand = c
                            break
                note = "two adjacent BBAN characters swapped: mod-97 fails"
            else:
                for d in rng.sample(range(2, 99), 97):
                    c = f"{iban[:2]}{d:02d}{iban[4:]}"
                    if c != iban and not mod97_ok(c):
                        cand = c
                        break
                note = "check digits changed: mod-97 fails"
            if cand:
                assert not stdnum.iban.is_valid(cand)
                out.add(rule, "iban", stdnum.iban.format(cand) if j % 2 == 0 else cand, False, src + ", " + note.split(":")[0] + " by this script",
                        region=cc, locale=locale, layout="grouped" if j % 2 == 0 else "compact", note=note)
    by_locale = OrderedDict()
    for locale, iban, problem in rejected:
        by_locale.setdefault(locale, []).append((iban, problem))
    odd(f"faker iban(): python-stdnum rejects {len(rejected)} draws (3 per locale): " + "; ".join(
        f"{loc} {len(v)}/3, e.g. {v[0][0]} ({v[0][1]}{'' if v[0][0][:2] in IBAN_COUNTRIES else ', ' + v[0][0][:2] + ' is not in the IBAN registry'})"
        for loc, v in by_locale.items()))

    # BBANs: kept when the IBAN built from them (stdnum.iban.calc_check_digits) is valid.
    bad_bban = []
    for locale in faker_locales("bank"):
        f = fake(locale, "bban")
        if served_by(f.bban) != locale:
            continue
        cc = f.iban()[:2]
        for _ in range(2):
            bban = f.bban()
            iban = cc + stdnum.iban.calc_check_digits(cc + "00" + bban) + bban
            if stdnum.iban.is_valid(iban):
                out.add(rule, "bban", bban, True, f"faker({locale}).bban(), kept when the IBAN made of it passes stdnum.iban",
                        region=cc, locale=locale, needs_context=True, check="stdnum.iban on the IBAN built from it")
            else:
                bad_bban.append(f"{locale} {bban}")
    if bad_bban:
        odd("faker bban() whose IBAN python-stdnum rejects (not written), per locale: " + ", ".join(
            f"{loc} {n}/2" for loc, n in Counter(b.split()[0] for b in bad_bban).items()))

    # US ABA routing numbers.
    f = fake("en_US", "aba")
    for j in range(6):
        aba = f.aba()
        assert stdnum.us.rtn.is_valid(aba), aba
        out.add(rule, "aba_routing", aba, True, "faker(en_US).aba()", region="US", locale="en_US", needs_context=True, check="stdnum.us.rtn")
        if j < 4:
            broken, pos = mutate_one(aba, rng, lambda c: not stdnum.us.rtn.is_valid(c))
            out.add(rule, "aba_routing", broken, False, f"faker(en_US).aba(), digit {pos + 1} changed by this script",
                    region="US", locale="en_US", needs_context=True, note="stdnum.us.rtn: checksum fails")

    # SWIFT / BIC codes.
    bad_bic = []
    for locale in ("en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR", "tr_TR", "ru_RU", "bn_BD", "th_TH", "en_IN", "zh_CN"):
        f = fake(locale, "swift")
        for method in ("swift8", "swift11"):
            code = getattr(f, method)()
            if stdnum.bic.is_valid(code):
                out.add(rule, "swift", code, True, f"faker({locale}).{method}()", region=code[4:6], locale=locale,
                        needs_context=True, check="stdnum.bic")
            else:
                bad_bic.append(f"{locale} {code}")
    if bad_bic:
        odd("faker swift codes python-stdnum rejects (not written): " + "; ".join(bad_bic))

    # UK sort code and account number: the parts of a valid GB IBAN (GBkk BANK SSSSSS AAAAAAAA).
    for locale, iban in gb_ibans[:4]:
        sort, acct = iban[8:14], iban[14:22]
        sort_code = f"{sort[:2]}-{sort[2:4]}-{sort[4:]}"
        src = f"faker({locale}).iban() {iban}: its sort code and account number"
        out.add(rule, "sort_code", sort_code, True, src, region="GB", locale=locale, needs_context=True)
        out.add(rule, "account_number", acct, True, src, region="GB", locale=locale, needs_context=True)
        out.add(rule, "sort_code_account", f"{sort_code} {acct}", True, src, region="GB", locale=locale, needs_context=True)

    # Indian IFSC: no outside generator or validator exists; the shape only.
    r = rng_for("bank", "ifsc")
    for _ in range(6):
        code = r.choice(["SBIN", "HDFC", "ICIC", "UTIB", "PUNB", "BARB", "CNRB", "KKBK", "YESB", "IDIB", "UBIN", "IOBA"]) + "0" + "".join(
            r.choice(string.digits) for _ in range(6))
        out.add(rule, "ifsc", code, True, "this script: IFSC shape (a real bank's 4-letter code, 0, a random 6-digit branch); "
                "no outside generator or validator exists", region="IN", needs_context=True)

    # Mexican CLABE (Faker; checked with the published 3-7-1 weights: python-stdnum has no CLABE module).
    f = fake("es_MX", "clabe")
    for j in range(4):
        clabe = f.clabe()
        if not clabe_ok(clabe):
            odd(f"faker(es_MX).clabe() {clabe}: check digit wrong")
            continue
        out.add(rule, "clabe", clabe, True, "faker(es_MX).clabe()", region="MX", locale="es_MX", layout="compact", check="this script: CLABE 3-7-1 weights")
        spaced = f"{clabe[:3]} {clabe[3:6]} {clabe[6:17]} {clabe[17]}"
        out.add(rule, "clabe", spaced, True, "faker(es_MX).clabe(), grouped 3-3-11-1 by this script", region="MX", locale="es_MX",
                layout="grouped", check="this script: CLABE 3-7-1 weights")
        broken, pos = mutate_one(clabe, rng, lambda c: not clabe_ok(c), first=17)
        out.add(rule, "clabe", broken, False, f"faker(es_MX).clabe(), digit {pos + 1} changed by this script", region="MX",
                locale="es_MX", note="CLABE check digit fails")

    # Argentine CBU: check digits by stdnum.ar.cbu.calc_check_digit over random digits.
    cbu = importlib.import_module("stdnum.ar.cbu")
    r = rng_for("bank", "cbu")
    for j in range(4):
        head = "".join(r.choice(string.digits) for _ in range(7))
        tail = "".join(r.choice(string.digits) for _ in range(13))
        number = head + cbu.calc_check_digit(head) + tail + cbu.calc_check_digit(tail)
        assert cbu.is_valid(number)
        src = "random digits, check digits by stdnum.ar.cbu.calc_check_digit"
        out.add(rule, "cbu", number, True, src, region="AR", layout="compact", check="stdnum.ar.cbu")
        out.add(rule, "cbu", cbu.format(number), True, src + ", stdnum.ar.cbu.format", region="AR", layout="grouped", check="stdnum.ar.cbu")
        broken, pos = mutate_one(number, rng, lambda c: not cbu.is_valid(c), first=21)
        out.add(rule, "cbu", broken, False, src + f", digit {pos + 1} changed by this script", region="AR", note="stdnum.ar.cbu: checksum fails")

    # Russian account numbers (Faker; no outside validator).
    f = fake("ru_RU", "accounts")
    for _ in range(2):
        out.add(rule, "account_number", f.checking_account(), True, "faker(ru_RU).checking_account(); not validated (python-stdnum has no check)",
                region="RU", locale="ru_RU", needs_context=True)
        out.add(rule, "bic_ru", f.bic(), True, "faker(ru_RU).bic(); not validated", region="RU", locale="ru_RU", needs_context=True)
    return out


# --------------------------------------------------------------------------- national ids

def yymmdd(r, lo=1940, hi=2007):
    d = datetime.date(lo, 1, 1) + datetime.timedelta(days=r.randrange((datetime.date(hi, 12, 31) - datetime.date(lo, 1, 1)).days))
    return d


def digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def s_nik(r):
    prov = r.choice([11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92])
    d = yymmdd(r)
    day = d.day + (40 if r.random() < 0.5 else 0)
    return f"{prov:02d}{r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 71, 72, 73]):02d}{r.randint(1, 30):02d}{day:02d}{d:%m%y}{r.randint(1, 9999):04d}"


def s_za(r):
    return f"{yymmdd(r):%y%m%d}{digits(r, 4)}{r.choice('01')}8{r.choice(string.digits)}"


def s_rrn(r):
    d = yymmdd(r)
    g = r.choice("12") if d.year < 2000 else r.choice("34")
    return f"{d:%y%m%d}-{g}{r.randint(0, 96):02d}{digits(r, 4)}"


def s_nric(r):
    return f"{yymmdd(r):%y%m%d}-{r.randint(1, 16):02d}-{digits(r, 4)}"


def s_egn(r):
    d = yymmdd(r)
    m = d.month + (40 if d.year >= 2000 else 0)
    return f"{d:%y}{m:02d}{d:%d}{digits(r, 4)}"


def s_asmens(r):
    d = yymmdd(r)
    return f"{r.choice('34') if d.year < 2000 else r.choice('56')}{d:%y%m%d}{digits(r, 4)}"


def s_emso(r):
    d = yymmdd(r)
    return f"{d:%d%m}{d.year % 1000:03d}50{digits(r, 4)}"


def s_kennitala(r):
    d = yymmdd(r, 1940, 1999)
    return f"{d:%d%m%y}-{digits(r, 3)}9"


def s_cpr(r):
    return f"{yymmdd(r, 1940, 1999):%d%m%y}-{r.choice('0123')}{digits(r, 3)}"


def s_idnr(r):
    body = r.sample(string.digits, 9)
    body.insert(r.randrange(10), r.choice(body))
    return "".join(body) + r.choice(string.digits)


def s_pps(r):
    return digits(r, 7) + r.choice("ABCDEFGHIJKLMNOPQRSTUVW") + r.choice(["", "A", "H"])


def s_cnic(r):
    return f"{r.randint(1, 7)}{digits(r, 4)}-{digits(r, 7)}-{r.randint(1, 9)}"


def s_cuil(r):
    return r.choice(["20", "23", "24", "27"]) + digits(r, 9)


def s_ci_ec(r):
    return f"{r.randint(1, 24):02d}{r.randint(0, 5)}{digits(r, 7)}"


def s_pt_cc(r):
    return f"{digits(r, 9)}ZZ{r.choice(string.digits)}"


def nino_ok(value):
    """UK National Insurance number allocation rules (HMRC NIM39110); no checksum exists.
    python-stdnum has no NINO module, so this script applies the published rules itself."""
    m = re.fullmatch(r"([A-Z])([A-Z]) ?(\d\d) ?(\d\d) ?(\d\d) ?([A-D])", value)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


class NinoModule:
    """stdnum-like wrapper around nino_ok so NINOs go through the same code as the rest."""

    @staticmethod
    def is_valid(v):
        return nino_ok(v)

    @staticmethod
    def validate(v):
        if not nino_ok(v):
            raise InvalidComponent("prefix or suffix never allocated")
        return v

    @staticmethod
    def compact(v):
        return v.replace(" ", "")

    @staticmethod
    def format(v):
        v = v.replace(" ", "")
        return f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"


def s_nino(r):
    first = r.choice([c for c in string.ascii_uppercase if c not in "DFIQUV"])
    while True:
        second = r.choice([c for c in string.ascii_uppercase if c not in "DFIOQUV"])
        if first + second not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return f"{first}{second}{digits(r, 6)}{r.choice('ABCD')}"


# (region, kind, stdnum module, generator); generator: ("faker", locale, method) or ("sample", fn)
ID_SPECS = [
    ("US", "ssn", "us.ssn", ("faker", "en_US", "ssn")),
    ("US", "itin", "us.itin", ("faker", "en_US", "itin")),
    ("IN", "aadhaar", "in_.aadhaar", ("faker", "en_IN", "aadhaar_id")),
    ("IN", "aadhaar_vid", "in_.vid", ("sample", lambda r: r.choice("23456789") + digits(r, 15))),
    ("IN", "pan", "in_.pan", ("faker", "en_IN", "pan")),
    ("PK", "cnic", "pk.cnic", ("sample", s_cnic)),
    ("BR", "cpf", "br.cpf", ("faker", "pt_BR", "cpf")),
    ("BR", "cnpj", "br.cnpj", ("faker", "pt_BR", "cnpj")),
    ("MX", "curp", "mx.curp", ("faker", "es_MX", "curp")),
    ("MX", "rfc", "mx.rfc", ("faker", "es_MX", "rfc")),
    ("GB", "nino", None, ("sample", s_nino)),
    ("GB", "nhs", "gb.nhs", ("sample", lambda r: digits(r, 10))),
    ("ES", "dni", "es.dni", ("faker", "es_ES", "nif")),
    ("ES", "nie", "es.nie", ("faker", "es_ES", "nie")),
    ("IT", "codice_fiscale", "it.codicefiscale", ("faker", "it_IT", "ssn")),
    ("CN", "resident_id", "cn.ric", ("faker", "zh_CN", "ssn")),
    ("ID", "nik", "id.nik", ("sample", s_nik)),
    ("ZA", "za_id", "za.idnr", ("sample", s_za)),
    ("TR", "tc_kimlik", "tr.tckimlik", ("faker", "tr_TR", "ssn")),
    ("CA", "sin", "ca.sin", ("faker", "en_CA", "ssn")),
    ("FR", "nir", "fr.nir", ("faker", "fr_FR", "ssn")),
    ("NL", "bsn", "nl.bsn", ("faker", "nl_NL", "ssn")),
    ("BE", "national_number", "be.nn", ("faker", "nl_BE", "ssn")),
    ("DE", "steuer_id", "de.idnr", ("sample", s_idnr)),
    ("AT", "svnr", "at.vnr", ("faker", "de_AT", "ssn")),
    ("CH", "ahv", "ch.ssn", ("faker", "fr_CH", "ssn")),
    ("PL", "pesel", "pl.pesel", ("faker", "pl_PL", "ssn")),
    ("RO", "cnp", "ro.cnp", ("faker", "ro_RO", "ssn")),
    ("CZ", "rodne_cislo", "cz.rc", ("faker", "cs_CZ", "birth_number")),
    ("SK", "rodne_cislo", "sk.rc", ("faker", "sk_SK", "birth_number")),
    ("FI", "hetu", "fi.hetu", ("faker", "fi_FI", "ssn")),
    ("SE", "personnummer", "se.personnummer", ("faker", "sv_SE", "ssn")),
    ("NO", "fodselsnummer", "no.fodselsnummer", ("faker", "no_NO", "ssn")),
    ("DK", "cpr", "dk.cpr", ("sample", s_cpr)),
    ("IS", "kennitala", "is_.kennitala", ("sample", s_kennitala)),
    ("IE", "pps", "ie.pps", ("sample", s_pps)),
    ("PT", "cartao_cidadao", "pt.cc", ("sample", s_pt_cc)),
    ("GR", "amka", "gr.amka", ("faker", "el_GR", "ssn")),
    ("EE", "isikukood", "ee.ik", ("faker", "et_EE", "ssn")),
    ("LV", "personas_kods", "lv.pvn", ("faker", "lv_LV", "ssn")),
    ("LT", "asmens_kodas", "lt.asmens", ("sample", s_asmens)),
    ("SI", "emso", "si.emso", ("sample", s_emso)),
    ("HR", "oib", "hr.oib", ("faker", "hr_HR", "ssn")),
    ("MK", "embg", "si.emso", ("faker", "mk_MK", "ssn")),
    ("BA", "jmbg", "si.emso", ("faker", "sr_BA", "ssn")),
    ("BG", "egn", "bg.egn", ("sample", s_egn)),
    ("UA", "rnokpp", "ua.rntrc", ("faker", "uk_UA", "ssn")),
    ("RU", "inn", "ru.inn", ("faker", "ru_RU", "individuals_inn")),
    ("IL", "teudat_zehut", "il.idnr", ("faker", "he_IL", "ssn")),
    ("KR", "rrn", "kr.rrn", ("sample", s_rrn)),
    ("JP", "my_number", "jp.in_", ("sample", lambda r: digits(r, 12))),
    ("MY", "nric", "my.nric", ("sample", s_nric)),
    ("TH", "thai_id", "th.pin", ("faker", "th_TH", "ssn")),
    ("AU", "tfn", "au.tfn", ("sample", lambda r: digits(r, 9))),
    ("NZ", "ird", "nz.ird", ("sample", lambda r: str(r.randint(10_000_000, 150_000_000)))),
    ("CL", "rut", "cl.rut", ("faker", "es_CL", "person_rut")),
    ("AR", "cuil", "ar.cuit", ("sample", s_cuil)),
    ("EC", "cedula", "ec.ci", ("sample", s_ci_ec)),
    ("PE", "cui", "pe.cui", ("sample", lambda r: digits(r, 9))),
]
# Faker values that validators reject and that make honest near-misses (checksum or allocation rules).
ID_FAKER_NEAR_MISSES = [
    ("US", "ssn", "us.ssn", "en_US", "invalid_ssn", 4, None),
    ("IN", "aadhaar", "in_.aadhaar", "en_IN", "aadhaar_id", 3, "InvalidChecksum"),
    ("GB", "nino", None, "en_GB", "ssn", 3, None),
]
PASSPORT_LOCALES = ("en_US", "de_AT", "it_IT", "mk_MK", "ru_RU")


def gen_national_ids():
    out = Out("national_ids.jsonl")
    rule = "privacy.national_id"
    mods = {}
    for region, kind, modname, _ in ID_SPECS:
        mods[modname] = NinoModule if modname is None else importlib.import_module("stdnum." + modname)
    siblings = defaultdict(list)  # every validator of a region: a near-miss must fail all of them
    for region, kind, modname, _ in ID_SPECS:
        siblings[region].append(mods[modname])

    def check_name(modname):
        return f"stdnum.{modname}" if modname else "this script: HMRC NINO allocation rules (no stdnum module)"

    def rejected_by_region(region, value):
        return not any(m.is_valid(value) for m in siblings[region])

    for region, kind, modname, gen in ID_SPECS:
        mod = mods[modname]
        r = rng_for("ids", region, kind)
        found, reasons, examples = [], Counter(), {}
        if gen[0] == "faker":
            locale, method = gen[1], gen[2]
            f = fake(locale, "ids", kind)
            assert served_by(getattr(f, method)) == locale, (locale, method)
            src = f"faker({locale}).{method}()"
            tries = 0
            while len(found) < 3 and tries < 400:
                tries += 1
                v = getattr(f, method)()
                problem = why_invalid(mod, v)
                if problem:
                    reasons[problem] += 1
                    examples.setdefault(problem, v)
                elif v not in found:
                    found.append(v)
            if reasons:
                odd(f"{src}: {check_name(modname)} rejects {sum(reasons.values())} of {tries} draws ("
                    + ", ".join(f"{k} {n}, e.g. {examples[k]!r}" for k, n in reasons.most_common()) + ")")
            if modname and modname.startswith("si.emso") and region != "SI":
                src += " (a JMBG; checked with stdnum.si.emso, the same algorithm)"
        else:
            src = ("random candidates in the number's layout by this script, kept when " + check_name(modname)
                   + (".is_valid" if modname else " hold"))
            tries = 0
            while len(found) < 3:
                tries += 1
                assert tries < 200_000, (region, kind)
                v = gen[1](r)
                if mod.is_valid(v) and v not in found:
                    found.append(v)
        for k, v in enumerate(found):
            forms = [("as generated", v), ("compact", mod.compact(v))]
            if hasattr(mod, "format"):
                forms.append(("stdnum format", mod.format(v)))
            done = set()
            for layout, value in forms:
                if value in done:
                    continue
                done.add(value)
                assert mod.is_valid(value), (kind, value)
                out.add(rule, kind, value, True, src + ("" if layout == "as generated" else f", {layout}"),
                        region=region, layout=layout, check=check_name(modname))
            # Near-miss: one character changed (the check character first), rejected by every validator of the region.
            base = forms[-1][1]
            # A broken check character when the number has one; otherwise a broken structure.
            res = mutate_one(base, r, lambda c: rejected_by_region(region, c) and why_invalid(mod, c) == "InvalidChecksum",
                             first=last_alnum(base)) or mutate_one(base, r, lambda c: rejected_by_region(region, c), first=last_alnum(base))
            if res is None:
                odd(f"{kind} {base}: no near-miss written (every one-character change is still valid for some {region} id)")
                continue
            cand, pos = res
            reason = why_invalid(mod, cand)
            out.add(rule, kind, cand, False, src + f", character {pos + 1} changed by this script", region=region,
                    note=f"{check_name(modname)}: {reason}")

    # Faker's own invalid values.
    for region, kind, modname, locale, method, count, only in ID_FAKER_NEAR_MISSES:
        mod = mods[modname]
        f = fake(locale, "ids-invalid", kind)
        kept = 0
        for _ in range(400):
            v = getattr(f, method)()
            reason = why_invalid(mod, v)
            if reason is None or (only and reason != only) or not rejected_by_region(region, v):
                continue
            if out.add(rule, kind, v, False, f"faker({locale}).{method}(), rejected by {check_name(modname)}",
                       region=region, locale=locale, note=f"{check_name(modname)}: {reason}"):
                kept += 1
            if kept == count:
                break

    # Passport numbers: private only in context; no checksum, no outside validator.
    for locale in PASSPORT_LOCALES:
        f = fake(locale, "passport")
        assert served_by(f.passport_number) == locale
        for _ in range(2):
            out.add(rule, "passport", f.passport_number(), True, f"faker({locale}).passport_number(); shape only, not validated",
                    region=locale.split("_")[1], locale=locale, needs_context=True)
    return out


# --------------------------------------------------------------------------- seed phrases

BIP39_OFFICIAL = {"english", "japanese", "korean", "spanish", "chinese_simplified", "chinese_traditional", "french", "italian", "czech", "portuguese"}
LANG_TAG = {"english": "en", "japanese": "ja", "korean": "ko", "spanish": "es", "chinese_simplified": "zh-Hans",
            "chinese_traditional": "zh-Hant", "french": "fr", "italian": "it", "czech": "cs", "portuguese": "pt",
            "russian": "ru", "turkish": "tr"}


def gen_seed_phrases():
    out = Out("seed_phrases.jsonl")
    rule = "privacy.crypto_secret"
    for lang in sorted(mnemonic.Mnemonic.list_languages()):
        m = mnemonic.Mnemonic(lang)
        r = rng_for("seed", lang)
        trial = [m.to_mnemonic(bytes(r.getrandbits(8) for _ in range(16))) for _ in range(20)]
        failing = sum(not m.check(p) for p in trial)
        if failing:
            odd(f"mnemonic: Mnemonic({lang!r}).check() rejects {failing} of 20 phrases its own to_mnemonic() made, "
                f"e.g. {trial[0]!r}; {lang} left out" + ("" if lang in BIP39_OFFICIAL else " (not a BIP-39 list anyway)"))
            continue
        official = lang in BIP39_OFFICIAL
        per_length = 3 if lang == "english" else 2
        for words in (12, 15, 18, 21, 24):
            for k in range(per_length):
                phrase = m.to_mnemonic(bytes(r.getrandbits(8) for _ in range(words * 4 // 3)))
                assert m.check(phrase)
                src = f"mnemonic.Mnemonic({lang!r}).to_mnemonic({words * 32 // 3}-bit entropy from a fixed seed)"
                out.add(rule, "seed_phrase", phrase, True, src, locale=LANG_TAG[lang], wordlist=lang, words=words,
                        bip39_official=official, check="mnemonic.Mnemonic.check")
                plain = phrase.split()
                if lang == "japanese" and k == 0:
                    out.add(rule, "seed_phrase", " ".join(plain), True, src + ", ideographic spaces written as ASCII spaces by this script",
                            locale="ja", wordlist=lang, words=words, bip39_official=official, check="mnemonic.Mnemonic.check")
                if lang == "english" and k == 0 and words in (12, 24):
                    out.add(rule, "seed_phrase", "\n".join(plain), True, src + ", one word a line", locale="en", wordlist=lang,
                            words=words, bip39_official=official, layout="lines", check="mnemonic.Mnemonic.check")
                    out.add(rule, "seed_phrase", " ".join(f"{i + 1}. {w}" for i, w in enumerate(plain)), True, src + ", numbered",
                            locale="en", wordlist=lang, words=words, bip39_official=official, layout="numbered", check="mnemonic.Mnemonic.check")
                    out.add(rule, "seed_phrase", ", ".join(plain), True, src + ", comma separated", locale="en", wordlist=lang,
                            words=words, bip39_official=official, layout="commas", check="mnemonic.Mnemonic.check")
                # Near-miss: last word swapped for another list word so the checksum fails.
                sep = "\u3000" if lang == "japanese" else " "
                for w in r.sample(m.wordlist, 50):
                    cand = sep.join(plain[:-1] + [w])
                    if w != plain[-1] and not m.check(cand):
                        out.add(rule, "seed_phrase", cand, False, src + ", last word swapped by this script", locale=LANG_TAG[lang],
                                wordlist=lang, words=words, bip39_official=official, note="BIP-39 checksum fails")
                        break
                if words == 12 and k == 0:
                    out.add(rule, "seed_phrase", sep.join(plain[:11]), False, src + ", its first 11 words", locale=LANG_TAG[lang],
                            wordlist=lang, words=11, bip39_official=official, note="11 words: no BIP-39 length")
    return out


# --------------------------------------------------------------------------- addresses

ADDRESS_LOCALES = ["en_US", "en_GB", "en_IN", "hi_IN", "ta_IN", "en_AU", "en_CA", "en_PH", "fil_PH", "id_ID", "bn_BD", "ne_NP",
                   "ru_RU", "uk_UA", "fa_IR", "he_IL", "ar_DZ", "pt_BR", "pt_PT", "es_ES", "es_MX", "es_AR", "es_CO", "fr_FR",
                   "de_DE", "de_AT", "it_IT", "nl_NL", "pl_PL", "sv_SE", "el_GR", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH",
                   "vi_VN", "zu_ZA", "ka_GE", "hy_AM"]
POSTCODE_CHECKS = {"de_AT": "at.postleitzahl", "es_ES": "es.postal_code", "nl_NL": "nl.postcode", "sv_SE": "se.postnummer"}


def gen_addresses():
    out = Out("addresses.jsonl")
    rule = "privacy.address"
    skipped = []
    broken_street = Counter()
    for locale in ADDRESS_LOCALES:
        f = fake(locale, "address")
        if served_by(f.address) != locale:
            skipped.append(locale)
            continue
        region = locale.split("_")[1]
        for _ in range(3):
            a = f.address()
            value = ", ".join(part.strip() for part in a.split("\n") if part.strip())
            out.add(rule, "address", value, True, "faker(%s).address()%s" % (locale, ", lines joined with ', '" if "\n" in a else ""),
                    region=region, locale=locale)
        for _ in range(3):
            st = f.street_address()
            if "\n" in st:
                broken_street[locale] += 1
            out.add(rule, "street", " ".join(st.split("\n")), True,
                    f"faker({locale}).street_address()" + (", line break written as a space" if "\n" in st else ""), region=region, locale=locale)
        check = POSTCODE_CHECKS.get(locale)
        mod = importlib.import_module("stdnum." + check) if check else None
        for _ in range(3):
            pc = f.postcode()
            if mod and not mod.is_valid(pc):
                odd(f"faker({locale}).postcode() {pc!r}: stdnum.{check} rejects it (not written)")
                continue
            if region == "IN" and not re.fullmatch(r"[1-9]\d{5}", pc):
                odd(f"faker({locale}).postcode() {pc!r}: Indian PIN codes never start with 0 (not written)")
                continue
            out.add(rule, "postcode", pc, True, f"faker({locale}).postcode()", region=region, locale=locale,
                    needs_context=True, check=f"stdnum.{check}" if check else None)
        coords = f.local_latlng(country_code=region, coords_only=True)
        if coords:
            out.add(rule, "gps", f"{coords[0]}, {coords[1]}", True, f"faker({locale}).local_latlng({region}) (a city centre)",
                    region=region, locale=locale)
    if skipped:
        odd("faker has no own address provider for " + ", ".join(skipped) + " (left out)")
    if broken_street:
        odd("faker street_address() with a line break inside: " + ", ".join(f"{k} {n}/3" for k, n in sorted(broken_street.items())))
    return out


# --------------------------------------------------------------------------- benign numbers

DATE_FORMATS = {
    "en_US": ("%m/%d/%Y", "%B %d, %Y", "%m-%d-%y"), "en_GB": ("%d/%m/%Y", "%d %B %Y"), "en_IN": ("%d-%m-%Y", "%d/%m/%y"),
    "de_DE": ("%d.%m.%Y", "%d.%m.%y"), "fr_FR": ("%d/%m/%Y",), "es_MX": ("%d/%m/%Y",), "pt_BR": ("%d/%m/%Y",),
    "ru_RU": ("%d.%m.%Y",), "nl_NL": ("%d-%m-%Y",), "pl_PL": ("%d.%m.%Y",), "tr_TR": ("%d.%m.%Y",), "id_ID": ("%d/%m/%Y",),
    "ja_JP": ("%Y/%m/%d", "%Y年%m月%d日"), "zh_CN": ("%Y-%m-%d", "%Y年%m月%d日"), "ko_KR": ("%Y. %m. %d.", "%Y년 %m월 %d일"),
    "sv_SE": ("%Y-%m-%d",), "hu_HU": ("%Y.%m.%d.",), "fa_IR": ("%Y/%m/%d",), "th_TH": ("%d/%m/%Y",), "vi_VN": ("%d/%m/%Y",),
}


def digit_collisions(value):
    """Checksummed private-data checks the digit run of this value would pass (so it is no fair negative).
    Phone plans are not asked: almost every run of 5-12 digits is a valid national number in one of
    the 245 regions, so the benign ids rely on their shape ('#', 'ORD-', dashes, length)."""
    d = re.sub(r"\D", "", value)
    hits = []
    if 12 <= len(d) <= 19 and stdnum.luhn.is_valid(d):
        hits.append("luhn")
    if len(d) == 12 and importlib.import_module("stdnum.in_.aadhaar").is_valid(d):
        hits.append("aadhaar")
    if len(d) == 16 and importlib.import_module("stdnum.in_.vid").is_valid(d):
        hits.append("aadhaar_vid")
    return hits


def gen_benign():
    out = Out("benign_numbers.jsonl")
    rule = "none"
    lo, hi = datetime.date(1990, 1, 1), datetime.date(2035, 12, 31)
    for locale, patterns in DATE_FORMATS.items():
        f = fake(locale, "benign", "date")
        for pattern in patterns:
            for _ in range(2):
                d = f.date_between(lo, hi)
                out.add(rule, "date", d.strftime(pattern), False, f"faker({locale}).date_between(1990-01-01, 2035-12-31) strftime {pattern}",
                        locale=locale)
    r = rng_for("benign", "scripts")
    f = fake("ar_EG", "benign", "date-script")
    for script, zero in (("Arabic-Indic", 0x660), ("Extended Arabic-Indic", 0x6F0), ("Devanagari", 0x966), ("Bengali", 0x9E6), ("Thai", 0xE50)):
        d = f.date_between(lo, hi)
        out.add(rule, "date", to_script(d.strftime("%d/%m/%Y"), zero), False,
                f"faker(ar_EG).date_between(1990-01-01, 2035-12-31) strftime %d/%m/%Y, digits written in {script} by this script", script=script)
    f = fake("en_US", "benign", "time")
    for pattern in ("%H:%M", "%H:%M:%S", "%I:%M %p", "%Hh%M", "%H.%M"):
        for _ in range(2):
            out.add(rule, "time", f.time_object().strftime(pattern), False, f"faker(en_US).time_object() strftime {pattern}")
    for pattern in ("%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M"):
        for _ in range(2):
            out.add(rule, "datetime", f.date_time_between(datetime.datetime(1990, 1, 1), datetime.datetime(2035, 12, 31)).strftime(pattern), False,
                    f"faker(en_US).date_time_between(1990, 2035) strftime {pattern}")
    for _ in range(3):
        out.add(rule, "unix_time", str(int(f.unix_time(start_datetime=datetime.datetime(2000, 1, 1), end_datetime=datetime.datetime(2035, 12, 31)))), False,
                "faker(en_US).unix_time(2000, 2035)")
    for locale in ("en_US", "de_DE", "fr_FR", "it_IT", "pt_BR", "pl_PL", "fa_IR", "uk_UA", "az_AZ", "cs_CZ", "ro_RO", "el_GR", "vi_VN", "da_DK"):
        fl = fake(locale, "benign", "price")
        for _ in range(2):
            out.add(rule, "price", fl.pricetag().replace("\xa0", " "), False, f"faker({locale}).pricetag()", locale=locale)
    fl = fake("en_US", "benign", "price-formatted")
    for sym, fmt in (("₹", "in"), ("Rs. ", "in"), ("$", "us"), ("€", "eu"), ("£", "us"), ("¥", "int"), ("₩", "us"), ("₦", "us"),
                     ("R$ ", "eu"), ("USD ", "us"), ("₱", "us"), ("Rp ", "dot"), ("₺", "eu"), ("฿", "us")):
        amount = fl.pyfloat(left_digits=r.randint(2, 7), right_digits=2, positive=True)
        whole, cents = f"{amount:.2f}".split(".")
        if fmt == "in":  # lakh grouping
            head, tail = whole[:-3], whole[-3:]
            groups = [head[max(0, i - 2):i] for i in range(len(head), 0, -2)][::-1]
            text = ",".join(groups + [tail]) if head else tail
            text += "." + cents
        elif fmt == "us":
            text = f"{int(whole):,}.{cents}"
        elif fmt == "eu":
            text = f"{int(whole):,}".replace(",", ".") + "," + cents
        elif fmt == "dot":
            text = f"{int(whole):,}".replace(",", ".")
        else:
            text = f"{int(whole):,}"
        out.add(rule, "price", sym + text, False, f"faker(en_US).pyfloat() formatted with {sym.strip()} and {fmt} grouping by this script")
    f = fake("en_US", "benign", "ids")
    r = rng_for("benign", "ids")

    def clean_id(kind, make, source, n):
        kept = 0
        while kept < n:
            v = make()
            if digit_collisions(v):
                continue
            if out.add(rule, kind, v, False, source):
                kept += 1

    clean_id("order_number", lambda: "#" + f.numerify("#" * r.randint(5, 8)), "faker(en_US).numerify(), '#' and 5-8 digits; digit run passes no Luhn/Verhoeff id check", 4)
    clean_id("order_number", lambda: f.numerify("###-#######-#######"), "faker(en_US).numerify('###-#######-#######'), an online-shop order id", 3)
    clean_id("order_number", lambda: f.bothify("ORD-20##-######"), "faker(en_US).bothify('ORD-20##-######')", 3)
    clean_id("tracking_id", lambda: "1Z" + f.bothify("???###", letters=string.ascii_uppercase) + f.numerify("##########"),
             "faker(en_US).bothify(), a 1Z parcel-tracking shape", 3)
    clean_id("tracking_id", lambda: " ".join(re.findall(".{1,4}", f.numerify("#" * r.choice([20, 22])))),
             "faker(en_US).numerify(), a 20-22-digit postal tracking shape in groups of 4", 3)
    clean_id("tracking_id", lambda: f.lexify("??", letters=string.ascii_uppercase) + f.numerify("#########") + r.choice(["CN", "DE", "IN", "BR", "GB"]),
             "faker(en_US) lexify/numerify, a UPU S10 postal item shape", 3)
    for _ in range(6):
        out.add(rule, "version", r.choice(["v", "", "version "]) + f.numerify(r.choice(["#.#.#", "#.##.#", "##.#.##", "#.#.#-rc.#", "#.#"])), False,
                "faker(en_US).numerify(), a version string")
    for _ in range(2):
        out.add(rule, "version", f.android_platform_token(), False, "faker(en_US).android_platform_token()")
        out.add(rule, "version", f.ios_platform_token(), False, "faker(en_US).ios_platform_token()")
    for _ in range(6):
        a, b = f.random_int(0, 30), f.random_int(0, 30)
        out.add(rule, "score", r.choice([f"{a}-{b}", f"{a}:{b}", f"{a} - {b}", f"{a}/{b}"]), False, "faker(en_US).random_int() x2, a score")
    for _ in range(3):
        out.add(rule, "score", f"{f.random_int(0, 100)}/100", False, "faker(en_US).random_int(0, 100), out of 100")
    for _ in range(4):
        out.add(rule, "year", f.year(), False, "faker(en_US).year()")
    for _ in range(8):
        a, b = f.random_int(2, 9999), f.random_int(2, 999)
        op = r.choice(["+", "-", "*", "x", "/"])
        res = {"+": a + b, "-": a - b, "*": a * b, "x": a * b, "/": round(a / b, 2)}[op]
        out.add(rule, "math", r.choice([f"{a}{op}{b}={res}", f"{a} {op} {b} = {res}", f"({a} {op} {b})"]), False,
                "faker(en_US).random_int() x2 in an arithmetic expression by this script")
    for _ in range(2):
        out.add(rule, "math", f"{f.pyfloat(left_digits=1, right_digits=8, positive=True)}", False, "faker(en_US).pyfloat(1, 8), a long decimal")
    for _ in range(5):
        out.add(rule, "uuid", str(uuid.UUID(int=r.getrandbits(128), version=4)), False, "uuid.UUID(version=4) from a seeded random.Random")
    for _ in range(3):
        out.add(rule, "uuid", f.uuid4(), False, "faker(en_US).uuid4()")
    for _ in range(4):
        out.add(rule, "commit_hash", f.sha1(), False, "faker(en_US).sha1()")
        out.add(rule, "commit_hash", f.sha1()[:7], False, "faker(en_US).sha1(), first 7 characters")
    for _ in range(2):
        out.add(rule, "hash", f.sha256(), False, "faker(en_US).sha256()")
        out.add(rule, "hash", f.md5(), False, "faker(en_US).md5()")
    for _ in range(6):
        p = f.pyfloat(left_digits=2, right_digits=r.choice([0, 1, 2]), positive=True)
        out.add(rule, "percentage", r.choice([f"{p:g}%", f"{p:g} %", f"%{p:g}"]), False, "faker(en_US).pyfloat() as a percentage")
    for unit in ("cm", "kg", "km", "mm", "ml", "GB", "MB", "°C", "mph", "km/h"):
        out.add(rule, "measurement", f"{f.random_int(1, 9999)} {unit}" if r.random() < 0.5 else f"{f.random_int(1, 9999)}{unit}", False,
                f"faker(en_US).random_int() with {unit}")
    clean_id("isbn", f.isbn13, "faker(en_US).isbn13()", 3)
    clean_id("isbn", f.isbn10, "faker(en_US).isbn10()", 2)
    clean_id("ean", f.ean13, "faker(en_US).ean13(); digit run passes no Luhn/Verhoeff id check", 3)
    clean_id("ean", f.ean8, "faker(en_US).ean8()", 2)
    for _ in range(3):
        out.add(rule, "color", f.hex_color(), False, "faker(en_US).hex_color()")
    return out


# --------------------------------------------------------------------------- README

def counts_block(files):
    lines = ["| file | lines | valid | not valid | by kind (valid / not valid) |", "|---|---|---|---|---|"]
    for out in files:
        by_kind = OrderedDict()
        for row in out.rows:
            c = by_kind.setdefault(row["kind"], [0, 0])
            c[0 if row["valid"] else 1] += 1
        v = sum(1 for row in out.rows if row["valid"])
        kinds = ", ".join(f"{k} {a}/{b}" for k, (a, b) in by_kind.items())
        lines.append(f"| {out.name} | {len(out.rows)} | {v} | {len(out.rows) - v} | {kinds} |")
    lines.append("")
    for out in files:
        parts = []
        for field in ("region", "locale"):
            c = Counter(row[field] for row in out.rows if field in row)
            if c:
                parts.append(f"{len(c)} {field}s (" + ", ".join(f"{k} {n}" for k, n in sorted(c.items())) + ")")
        if parts:
            lines.append(f"- {out.name}: " + "; ".join(parts))
    return "\n".join(lines)


def versions_block():
    pkgs = ("phonenumbers", "Faker", "python-stdnum", "mnemonic", "freezegun")
    return "\n".join(f"- {p} {version(p)}" for p in pkgs) + f"\n- seed {SEED}, clock frozen at 2026-01-01 12:00 UTC"


def replace_block(text, name, body):
    start, end = f"<!-- {name} (generated) -->", f"<!-- /{name} -->"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    new = f"{start}\n{body}\n{end}"
    if pattern.search(text):
        return pattern.sub(lambda _: new, text)
    return text.rstrip("\n") + f"\n\n{new}\n"


def main():
    files = [gen_phones(), gen_cards(), gen_bank_accounts(), gen_national_ids(), gen_seed_phrases(), gen_addresses(), gen_benign()]
    owner = {}
    for out in files:
        for row in out.rows:
            assert row["value"] not in owner, f"{row['value']!r} in both {owner[row['value']]} and {out.name}"
            owner[row["value"]] = out.name
    for out in files:
        out.write()
        print(f"{out.name}: {len(out.rows)} lines")
    readme = os.path.join(OUT, "README.md")
    text = open(readme, encoding="utf-8").read() if os.path.exists(readme) else "# Private-information fixtures\n"
    text = replace_block(text, "versions", versions_block())
    text = replace_block(text, "counts", counts_block(files))
    text = replace_block(text, "oddities", "\n".join(f"- {o}" for o in ODD))
    with open(readme, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    for o in ODD:
        print("odd:", o)


if __name__ == "__main__":
    main()

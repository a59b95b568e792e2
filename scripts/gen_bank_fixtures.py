#!/usr/bin/env python3
"""Generate tests/fixtures/privacy/bank_formats.jsonl: bank numbers other than IBANs.

Run once by a developer; the output is committed (tests and the accuracy bench read it,
never this script):

    python3 -m venv /tmp/fx && /tmp/fx/bin/pip install phonenumbers==9.0.43 Faker==40.54.0 \\
        python-stdnum==2.2
    /tmp/fx/bin/python scripts/gen_bank_fixtures.py

Values come from generators and validators nobody on this team wrote (Faker, python-stdnum,
phonenumbers); this script picks, formats, breaks one character for the near-misses and
checks every value with the outside validator before writing it. Where no outside
generator exists (IFSC, UPI ids) the script builds the shape itself and says so in
`source`.

Fields are those of tests/fixtures/privacy/README.md, plus `context`: the word the bench
puts before the value (with one space) when the kind is private only next to a word
(`needs_context`); an empty string means the value stands alone. Near-misses carry the
same context as their valid twin, so "flagged" means flagged even in context.
Fixed seeds: running it twice gives identical files.
"""
import json
import os
import random
import string

import phonenumbers as PN
import stdnum.ar.cbu
import stdnum.bic
import stdnum.br.cnpj
import stdnum.br.cpf
import stdnum.us.rtn
from faker import Faker
from faker.providers.bank.es_MX import is_valid_clabe

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "privacy", "bank_formats.jsonl")
OTHER = os.path.join(ROOT, "tests", "fixtures", "privacy", "bank_accounts.jsonl")
SEED = 20261121
RULE = "privacy.bank_account"

ACCOUNT_WORDS = [
    "account number", "acct", "a/c no", "cuenta", "nº de cuenta", "conta", "compte",
    "Konto", "Kontonummer", "rekening", "no rek", "खाता", "khata", "حساب", "счёт",
    "hesap no", "numer konta", "銀行口座", "계좌", "账号",
]


class Out:
    def __init__(self):
        self.rows = []
        self.seen = set()
        with open(OTHER, encoding="utf-8") as f:
            self.seen.update(json.loads(line)["value"] for line in f)

    def add(self, kind, value, valid, source, context="", **extra):
        if value in self.seen:
            return
        self.seen.add(value)
        row = {"rule": RULE, "kind": kind}
        for k in ("region", "locale"):
            if k in extra:
                row[k] = extra.pop(k)
        row.update(value=value, valid=valid, source=source, context=context)
        if context:
            row["needs_context"] = True
        row.update(extra)
        self.rows.append(row)


def change_digit(rng, value, positions, still_valid):
    """`value` with one digit (at one of `positions`) changed so `still_valid` says no."""
    for _ in range(50):
        i = rng.choice(positions)
        d = rng.choice([c for c in string.digits if c != value[i]])
        broken = value[:i] + d + value[i + 1:]
        if not still_valid(broken):
            return broken, i
    raise RuntimeError(f"no near-miss for {value}")


def digit_positions(value):
    return [i for i, c in enumerate(value) if c.isdigit()]


def main():
    out = Out()
    rng = random.Random(SEED)

    # US ABA routing numbers: Faker aba(), checked by stdnum.us.rtn.
    fake = Faker("en_US")
    fake.seed_instance(SEED)
    for n in range(30):
        v = fake.aba()
        assert stdnum.us.rtn.is_valid(v)
        ctx = ["routing number", "routing", "ABA", "RTN"][n % 4]
        out.add("routing", v, True, "faker(en_US).aba()", ctx, region="US", locale="en_US",
                check="stdnum.us.rtn")
        bad, i = change_digit(rng, v, range(9), stdnum.us.rtn.is_valid)
        out.add("routing", bad, False, f"faker(en_US).aba(), digit {i + 1} changed by this script",
                ctx, region="US", locale="en_US", note="stdnum.us.rtn: InvalidChecksum")

    # SWIFT/BIC: Faker swift8()/swift11(), checked by stdnum.bic.
    swift_n = 0
    for loc in ["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR",
                "en_US", "en_IN", "tr_TR", "ru_RU", "ja_JP", "en_AU", "de_CH"]:
        fake = Faker(loc)
        fake.seed_instance(SEED)
        for n in range(4):
            v = fake.swift11() if n % 2 else fake.swift8()
            if not stdnum.bic.is_valid(v):
                continue
            # Lower-case "swift"/"bic" without a colon are in the list on purpose: a BIC
            # of letters only after them is missed by design ("Taylor Swift CONCERTS").
            ctx = ["SWIFT", "BIC", "swift code", "código SWIFT", "swift", "bic:", "Swift", "bic"][
                swift_n % 8]
            swift_n += 1
            out.add("swift", v, True, f"faker({loc}).swift{len(v)}()", ctx, region=v[4:6],
                    locale=loc, check="stdnum.bic")
            # Near-miss: a country code that is no country, or a digit in the bank code.
            if n % 2:
                cc = rng.choice(["XX", "ZZ", "QQ", "UK", "EU", "AA"])
                bad = v[:4] + cc + v[6:]
                how = "country code replaced by a non-country"
            else:
                i = rng.randrange(4)
                bad = v[:i] + rng.choice(string.digits) + v[i + 1:]
                how = f"character {i + 1} of the bank code made a digit"
            assert not stdnum.bic.is_valid(bad)
            out.add("swift", bad, False, f"faker({loc}).swift{len(v)}(), {how} by this script", ctx,
                    locale=loc, note="stdnum.bic: InvalidComponent/InvalidFormat")

    # UK sort codes and accounts: cut out of Faker en_GB IBANs (stdnum-valid).
    fake = Faker("en_GB")
    fake.seed_instance(SEED)
    for n in range(15):
        iban = fake.iban()
        sort, acct = iban[8:14], iban[14:22]
        sc = f"{sort[:2]}-{sort[2:4]}-{sort[4:]}"
        src = f"faker(en_GB).iban() {iban}: its sort code and account number"
        if n % 2:
            out.add("sort_code", sc, True, src, "sort code", region="GB", locale="en_GB")
            out.add("sort_code", f"{sort[:2]}-{sort[2:4]}-{sort[4:5]}", False,
                    src + ", last digit dropped by this script", "sort code", region="GB",
                    locale="en_GB", note="5 digits: no sort code")
        else:
            out.add("sort_code", f"{sc} {acct}", True, src, region="GB", locale="en_GB")
            out.add("sort_code", f"{sc} {acct[:7]}", False, src + ", account cut to 7 digits by this script",
                    region="GB", locale="en_GB", note="a UK account number has 8 digits")

    # Account numbers next to banking words: Faker bban() of digit-only BBANs and
    # ru_RU checking_account(), compact and in groups of four.
    n = 0
    for loc in ["de_DE", "es_ES", "pt_PT", "pl_PL", "cs_CZ", "sk_SK", "da_DK", "fi_FI",
                "nl_BE", "de_AT", "tr_TR", "no_NO", "el_GR", "fr_CH", "it_CH", "mk_MK"]:
        fake = Faker(loc)
        fake.seed_instance(SEED)
        for k in range(3):
            v = fake.bban()
            if not v.isdigit() or not 6 <= len(v) <= 20:
                continue
            if k == 1:
                v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
            out.add("account", v, True, f"faker({loc}).bban()" + (", grouped by 4 by this script" if k == 1 else ""),
                    ACCOUNT_WORDS[n % len(ACCOUNT_WORDS)], locale=loc)
            n += 1
    fake = Faker("ru_RU")
    fake.seed_instance(SEED)
    for k in range(4):
        out.add("account", fake.checking_account(), True, "faker(ru_RU).checking_account()",
                ["счёт", "номер счета", "р/с", "account"][k], locale="ru_RU", region="RU")
    # Near-misses next to the same words: dates, prices, short numbers, too-long runs.
    for loc in ["en_US", "de_DE", "es_ES", "pt_BR", "hi_IN", "ru_RU", "tr_TR", "ja_JP"]:
        fake = Faker(loc)
        fake.seed_instance(SEED)
        for what, v in [
            ("date", fake.date(pattern="%Y-%m-%d")),
            ("date", fake.date(pattern="%d/%m/%Y")),
            ("date", fake.date(pattern="%d.%m.%Y")),
            ("price", fake.pricetag()),
            ("short", str(fake.random_int(100, 99999))),
            ("long", fake.numerify("#" * 26)),
        ]:
            out.add("account", v, False, f"faker({loc}) {what}", ACCOUNT_WORDS[n % len(ACCOUNT_WORDS)],
                    locale=loc, note=f"a {what}, not an account number")
            n += 1

    # Indian IFSC: no outside generator or validator; a bank code, 0, 6 digits. The code of
    # a large bank (these 16) stands alone; any other four letters need the word "ifsc".
    banks = ["SBIN", "HDFC", "ICIC", "UTIB", "PUNB", "BARB", "CNRB", "KKBK", "YESB", "IDIB", "UBIN", "IOBA",
             "BKID", "MAHB", "INDB", "FDRL"]
    for k in range(24):
        known = k < 16
        code = banks[k] if known else "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
        v = code + "0" + "".join(rng.choice(string.digits) for _ in range(6))
        ctx = "" if known else ["IFSC", "ifsc code", "IFSC:"][k % 3]
        src = "this script: IFSC shape (" + ("a large bank's code" if known else "random letters") + \
            ", 0, a random 6-digit branch)"
        out.add("ifsc", v, True, src, ctx, region="IN")
        bad = v[:4] + rng.choice("123456789") + v[5:]
        out.add("ifsc", bad, False, "the same with its fifth character not 0", ctx, region="IN",
                note="an IFSC's fifth character is always 0")

    # Mexican CLABE: Faker es_MX clabe(), checked by Faker's own is_valid_clabe (python-stdnum
    # has no CLABE module); compact and grouped 3-3-11-1.
    fake = Faker("es_MX")
    fake.seed_instance(SEED)
    for k in range(20):
        v = fake.clabe()
        assert is_valid_clabe(v)
        shown = v if k % 2 == 0 else f"{v[:3]} {v[3:6]} {v[6:17]} {v[17]}"
        # Written compact, a CLABE needs a banking or paying word in the message; grouped
        # 3-3-11-1 it stands alone. (Not "cuenta": after an account word any 18 digits are
        # an account number, check digit or not, so its near-miss would measure nothing.)
        ctx = ["CLABE", "transferencia a", "deposita a", "SPEI", "mi CLABE es"][k // 2 % 5] if k % 2 == 0 else ""
        out.add("clabe", shown, True, "faker(es_MX).clabe()" + (", grouped 3-3-11-1 by this script" if k % 2 else ""),
                ctx, region="MX", locale="es_MX", check="faker is_valid_clabe")
        bad, i = change_digit(rng, v, range(17, 18) if k % 2 else range(3, 18), is_valid_clabe)
        out.add("clabe", bad, False, f"faker(es_MX).clabe(), digit {i + 1} changed by this script",
                ctx, region="MX", locale="es_MX", note="CLABE check digit fails")

    # Argentine CBU: random digits, check digits by stdnum.ar.cbu.
    for k in range(12):
        a = "".join(rng.choice(string.digits) for _ in range(7))
        b = "".join(rng.choice(string.digits) for _ in range(13))
        v = a + stdnum.ar.cbu.calc_check_digit(a) + b + stdnum.ar.cbu.calc_check_digit(b)
        assert stdnum.ar.cbu.is_valid(v)
        shown = v if k % 2 == 0 else stdnum.ar.cbu.format(v)
        out.add("cbu", shown, True, "random digits, check digits by stdnum.ar.cbu.calc_check_digit", "",
                region="AR", check="stdnum.ar.cbu")
        bad, i = change_digit(rng, v, range(22), stdnum.ar.cbu.is_valid)
        out.add("cbu", bad, False, f"the same, digit {i + 1} changed by this script", "", region="AR",
                note="stdnum.ar.cbu: InvalidChecksum")

    # UPI ids: Faker en_IN names and Indian mobile numbers at the common apps' handles.
    handles = ["okhdfcbank", "oksbi", "okicici", "okaxis", "ybl", "ibl", "axl", "paytm", "upi", "apl"]
    fake = Faker("en_IN")
    fake.seed_instance(SEED)
    for k in range(20):
        if k % 3 == 0:
            num = PN.format_number(PN.example_number_for_type("IN", PN.PhoneNumberType.MOBILE),
                                   PN.PhoneNumberFormat.E164)[3:]
            name = str(int(num) + k * 7919)
        else:
            name = f"{fake.first_name().lower()}{rng.choice(['', '.', '_'])}{fake.last_name().lower()}"
            name = "".join(c for c in name if c.isascii())
        v = f"{name}@{handles[k % len(handles)]}"
        out.add("upi", v, True, "faker(en_IN) names / phonenumbers IN mobile, a common UPI handle", "",
                region="IN", locale="en_IN")
        bad = [f"{name}@{handles[k % len(handles)]}x", f"{name}@gmailbank", f"{name}@{handles[k % len(handles)]}.com"][k % 3]
        out.add("upi", bad, False, "the same with a handle no UPI app uses", "", region="IN",
                locale="en_IN", note="not a UPI handle (the .com form is an e-mail address)")

    # Pix keys: CPF, CNPJ (stdnum-valid), Brazilian mobiles (phonenumbers-valid), e-mails
    # and random keys (UUID4), after "chave pix" / "pix".
    fake = Faker("pt_BR")
    fake.seed_instance(SEED)
    for k in range(24):
        ctx = ["chave pix", "pix", "chave pix:", "meu pix é"][k % 4]
        what = ["cpf", "cnpj", "phone", "email", "evp", "cpf_compact"][k % 6]
        if what.startswith("cpf"):
            v = fake.cpf()
            assert stdnum.br.cpf.is_valid(v)
            if what == "cpf_compact":
                v = stdnum.br.cpf.compact(v)

            def still(x):
                p = PN.parse(x, "BR") if len(stdnum.br.cpf.compact(x)) in (10, 11) else None
                return stdnum.br.cpf.is_valid(x) or (p is not None and PN.is_valid_number(p))
            bad, i = change_digit(rng, v, digit_positions(v)[-2:], still)
        elif what == "cnpj":
            v = fake.cnpj()
            assert stdnum.br.cnpj.is_valid(v)
            bad, i = change_digit(rng, v, digit_positions(v)[-2:], stdnum.br.cnpj.is_valid)
        elif what == "phone":
            while True:
                v = fake.cellphone_number()
                p = PN.parse(v, "BR")
                if PN.is_valid_number(p) and PN.number_type(p) == PN.PhoneNumberType.MOBILE:
                    break
            v = PN.format_number(p, [PN.PhoneNumberFormat.INTERNATIONAL, PN.PhoneNumberFormat.NATIONAL][k % 2])
            digits = digit_positions(v)
            bad = v[:digits[-1]]  # one digit short
            bad = bad.rstrip(" -")
            assert not PN.is_valid_number(PN.parse(bad, "BR"))
            i = None
        elif what == "email":
            v = fake.free_email()
            bad = v.split("@")[0] + "@" + v.split("@")[1].split(".")[0]
            i = None
        else:
            v = fake.uuid4()
            bad = v[:-1]
            i = None
        out.add("pix", v, True, f"faker(pt_BR) {what}", ctx, region="BR", locale="pt_BR",
                check={"cpf": "stdnum.br.cpf", "cpf_compact": "stdnum.br.cpf", "cnpj": "stdnum.br.cnpj",
                       "phone": "phonenumbers"}.get(what, "shape"))
        out.add("pix", bad, False, f"faker(pt_BR) {what}, broken by this script" + (f" (digit {i + 1})" if i is not None else ""),
                ctx, region="BR", locale="pt_BR", note="not a valid key of that type")

    with open(OUT, "w", encoding="utf-8") as f:
        for row in out.rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out.rows)} rows to {OUT}")


if __name__ == "__main__":
    main()

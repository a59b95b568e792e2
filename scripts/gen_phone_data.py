#!/usr/bin/env python3
"""Writes src/data/phone_codes.tsv and src/data/phone_national.tsv from the metadata of
the PyPI package `phonenumbers` (Google's libphonenumber metadata, Apache-2.0).

Run once by a developer (builds and tests never run it):

    /tmp/pyt/venv/bin/python scripts/gen_phone_data.py

The metadata describes each region's numbers by regular expressions. This script
walks those expressions (no sampling) and keeps, for every length a national
significant number (NSN) can have, the leading digits such a number can start with:
one digit for the international table (compact), two for the national table of the
most populous countries (where a number written without `+` needs more evidence).
"""

import re._parser as sre
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneMetadata

ROOT = Path(__file__).resolve().parent.parent
MAX_LEN = 17

# Countries whose national formats (with their trunk prefix, or none) are recognised:
# the 30 most populous and a few more with many chat users.
NATIONAL = (
    "IN CN US ID PK NG BR BD RU ET MX JP EG PH CD VN IR TR DE TH GB TZ FR ZA IT KE MM CO "
    "KR UG ES DZ AR SD IQ UA AF PL CA MA SA UZ MY PE NP VE GH AU AE NL LK KZ"
).split()


def lang(items, k):
    """The set of (first k digits, length) of the strings a parsed pattern matches."""
    out = {("", 0)}
    for op, av in items:
        out = concat(out, node(op, av, k), k)
    return out


def concat(a, b, k):
    out = set()
    for p1, l1 in a:
        for p2, l2 in b:
            if l1 + l2 > MAX_LEN:
                continue
            p = (p1 + p2)[:k] if len(p1) < k else p1
            out.add((p, l1 + l2))
    return out


def digits_of(av):
    ds = set()
    for op, v in av:
        if op is sre.LITERAL:
            ds.add(chr(v))
        elif op is sre.RANGE:
            ds.update(chr(c) for c in range(v[0], v[1] + 1))
        elif op is sre.CATEGORY and v is sre.CATEGORY_DIGIT:
            ds.update("0123456789")
        elif op is sre.NEGATE:
            raise ValueError("negated class")
        else:
            raise ValueError(f"class item {op}")
    return {d for d in ds if d.isdigit()}


def node(op, av, k):
    if op is sre.LITERAL:
        return {(chr(av), 1)}
    if op is sre.IN:
        return {(d, 1) for d in digits_of(av)}
    if op is sre.SUBPATTERN:
        return lang(av[-1], k)
    if op is sre.BRANCH:
        out = set()
        for alt in av[1]:
            out |= lang(alt, k)
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        lo, hi, sub = av
        one = lang(sub, k)
        hi = min(hi, MAX_LEN)
        acc = {("", 0)}
        out = set()
        for n in range(hi + 1):
            if n >= lo:
                out |= acc
            acc = concat(acc, one, k)
            if not acc:
                break
        return out
    if op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
        return {(d, 1) for d in "0123456789"}
    raise ValueError(f"pattern node {op}")


def prefixes(pattern, k, lengths=None):
    """{length: set of leading-digit strings} for `pattern`, limited to `lengths`."""
    by_len = {}
    for p, n in lang(sre.parse(pattern), k):
        if lengths is None or n in lengths:
            by_len.setdefault(n, set()).add(p)
    return by_len


def compress(ps):
    """Leading-digit strings written compactly: a digit whose ten children are all
    present stands for them ("6" for 60..69), consecutive items as ranges ("6-9")."""
    ps = set(ps)
    for d in "0123456789":
        kids = {d + c for c in "0123456789"}
        if kids <= ps:
            ps -= kids
            ps.add(d)
    items = sorted(ps, key=lambda s: (len(s), s))
    out, i = [], 0
    while i < len(items):
        j = i
        while (
            j + 1 < len(items)
            and len(items[j + 1]) == len(items[i])
            and items[j + 1][:-1] == items[i][:-1]
            and int(items[j + 1]) == int(items[j]) + 1
        ):
            j += 1
        out.append(items[i] if j == i else f"{items[i]}-{items[j][-1]}")
        i = j + 1
    return ",".join(out)


def desc_patterns(meta, mobile_only=False):
    names = ["mobile"] if mobile_only else [
        "fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost",
        "personal_number", "voip", "pager", "uan", "voicemail",
    ]
    for name in names:
        d = getattr(meta, name, None)
        if d is not None and d.national_number_pattern:
            lengths = set(d.possible_length) if d.possible_length and d.possible_length != (-1,) else None
            if lengths is None:
                lengths = set(meta.general_desc.possible_length)
            yield d.national_number_pattern, lengths


def by_length(meta, k, mobile_only=False):
    out = {}
    for pattern, lengths in desc_patterns(meta, mobile_only):
        for n, ps in prefixes(pattern, k, lengths).items():
            out.setdefault(n, set()).update(ps)
    return out


def fmt(table):
    return " ".join(f"{n}:{compress(ps)}" for n, ps in sorted(table.items()))


def main():
    header = (
        "# Generated by scripts/gen_phone_data.py from phonenumbers "
        f"{phonenumbers.__version__} (libphonenumber metadata, Apache-2.0). Do not edit.\n"
    )
    lines = [
        header,
        "# code<TAB>regions<TAB>length:first digits of a valid national significant number, per length\n",
    ]
    for code in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        regions = [r for r in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code] if r != "001"]
        table = {}
        for r in regions:
            meta = PhoneMetadata.metadata_for_region(r)
            for n, ps in by_length(meta, 1).items():
                table.setdefault(n, set()).update(ps)
        if not regions or not table:
            continue
        lines.append(f"{code}\t{' '.join(regions)}\t{fmt(table)}\n")
    (ROOT / "src/data/phone_codes.tsv").write_text("".join(lines))

    lines = [
        header,
        "# region<TAB>code<TAB>trunk prefix (- for none)<TAB>mobile: length:first two digits"
        "<TAB>any valid number: length:first digit\n",
    ]
    for r in NATIONAL:
        meta = PhoneMetadata.metadata_for_region(r)
        code = meta.country_code
        trunk = meta.national_prefix or "-"
        mobile = by_length(meta, 2, mobile_only=True)
        every = by_length(meta, 1)
        lines.append(f"{r}\t{code}\t{trunk}\t{fmt(mobile)}\t{fmt(every)}\n")
    (ROOT / "src/data/phone_national.tsv").write_text("".join(lines))


if __name__ == "__main__":
    main()

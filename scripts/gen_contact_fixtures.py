#!/usr/bin/env python3
"""Fixtures for privacy.email, privacy.ip_address and privacy.social_handle.

Writes tests/fixtures/privacy/{emails,ip_addresses,social_handles}.jsonl from Faker
(fixed seeds, 20+ locales), in the format of tests/fixtures/privacy/README.md:

- emails.jsonl: Faker `email()`, `free_email()`, `company_email()` of 24 locales, as
  typed (`layout: plain`) and in the obfuscated forms people use to dodge filters
  (`at_dot`: "ana at gmail dot com", `bracketed`: "ana[at]gmail[.]com", `spaced`:
  "ana @ gmail . com"); near-misses: the same names with no top-level domain, an unknown
  one, or two `@`.
- ip_addresses.jsonl: Faker `ipv4_public()` and `ipv6()` (the draws in IANA's global
  unicast block 2000::/3); near-misses: `ipv4_private()`,
  loopback and documentation ranges, and dotted version strings.
- social_handles.jsonl: Faker `user_name()` of 16 locales after an app named the way
  people write it, in a `text` of the row (the value is the handle); near-misses: the same
  names after words that are no app ("my cat is @...", "line 5", "snap your fingers").

Run once by a developer (tests never run it), with the venv of
tests/fixtures/privacy/README.md:  /tmp/fx/bin/python scripts/gen_contact_fixtures.py
"""
import ipaddress
import json
import os
import zlib

from faker import Faker

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "privacy")
SEED = 20261121

LOCALES = ["en_US", "en_GB", "en_IN", "es_ES", "es_MX", "pt_BR", "pt_PT", "fr_FR", "de_DE", "it_IT",
           "nl_NL", "pl_PL", "tr_TR", "ru_RU", "uk_UA", "id_ID", "vi_VN", "th_TH", "ja_JP", "ko_KR",
           "zh_CN", "ar_SA", "fa_IR", "hi_IN"]


def fake(locale, *parts):
    f = Faker(locale)
    f.seed_instance(SEED ^ zlib.crc32("\x1f".join((locale,) + parts).encode()))
    return f


def write(name, rows):
    seen, out = set(), []
    for r in rows:
        key = r.get("text", "") + "\x00" + r["value"]
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to tests/fixtures/privacy/{name}")


def emails():
    rows = []
    for locale in LOCALES:
        f = fake(locale, "emails")
        for method in ("email", "free_email", "company_email"):
            addr = getattr(f, method)()
            name, domain = addr.split("@")
            host, tld = domain.rsplit(".", 1)
            src = f"faker({locale}).{method}()"
            rows.append(dict(rule="privacy.email", kind="email", locale=locale, value=addr, valid=True,
                             source=src, layout="plain"))
            if method == "free_email":
                dots = host.replace(".", " dot ")
                rows.append(dict(rule="privacy.email", kind="email", locale=locale,
                                 value=f"{name} at {dots} dot {tld}", valid=True,
                                 source=src + ", written with 'at' and 'dot'", layout="at_dot"))
                rows.append(dict(rule="privacy.email", kind="email", locale=locale,
                                 value=f"{name}[at]{host.replace('.', '[.]')}[.]{tld}", valid=True,
                                 source=src + ", written with [at] and [.]", layout="bracketed"))
                rows.append(dict(rule="privacy.email", kind="email", locale=locale,
                                 value=f"{name} @ {host.replace('.', ' . ')} . {tld}", valid=True,
                                 source=src + ", written with spaces around @ and .", layout="spaced"))
            if method == "email":
                rows.append(dict(rule="privacy.email", kind="email", locale=locale, value=f"{name}@{host}",
                                 valid=False, source=src + ", top-level domain dropped",
                                 note="no top-level domain"))
                rows.append(dict(rule="privacy.email", kind="email", locale=locale,
                                 value=f"{name}@{host}.notatld", valid=False,
                                 source=src + ", top-level domain replaced", note="unknown top-level domain"))
    return rows


def ips():
    rows = []
    f = fake("en_US", "ips")
    for _ in range(60):
        v = f.ipv4_public()
        rows.append(dict(rule="privacy.ip_address", kind="ipv4", value=v, valid=True,
                         source="faker.ipv4_public()"))
    # Faker draws from all of IPv6; IANA has allocated only 2000::/3 as global unicast,
    # so only those draws are real public addresses (the rest are not counted at all).
    unicast = ipaddress.ip_network("2000::/3")
    kept = 0
    while kept < 40:
        v = f.ipv6()
        a = ipaddress.ip_address(v)
        if a in unicast and a.is_global:
            kept += 1
            rows.append(dict(rule="privacy.ip_address", kind="ipv6", value=v, valid=True,
                             source="faker.ipv6(), kept when in 2000::/3 and ipaddress says global"))
    for _ in range(40):
        v = f.ipv4_private()
        rows.append(dict(rule="privacy.ip_address", kind="ipv4", value=v, valid=False,
                         source="faker.ipv4_private()", note="private range: locates nobody"))
    for v in ("127.0.0.1", "192.0.2.15", "198.51.100.7", "203.0.113.99", "::1", "2001:db8::42", "fe80::1"):
        rows.append(dict(rule="privacy.ip_address", kind="reserved", value=v, valid=False,
                         source="loopback, documentation and link-local ranges (RFC 5737, 3849, 4291)",
                         note="reserved range"))
    for _ in range(20):
        v = f.numerify("#.#.#")
        rows.append(dict(rule="privacy.ip_address", kind="version", value=v, valid=False,
                         source="faker.numerify('#.#.#')", note="a version, not an address"))
    return rows


APPS = [
    ("snapchat", "snap: {}"), ("snapchat", "add my sc {}"), ("instagram", "my insta is @{}"),
    ("instagram", "ig: @{}"), ("telegram", "tg @{}"), ("telegram", "telegram: @{}"),
    ("tiktok", "tiktok @{}"), ("discord", "discord: {}"), ("instagram", "mi insta es @{}"),
    ("instagram", "me segue no insta @{}"), ("instagram", "follow ig aku @{}"),
    ("snapchat", "mon snap c'est {}"),
]
NOT_APPS = ["my cat is @{}", "thanks @{} for the help", "@{} you're late again", "line {} of the poem",
            "snap your fingers {}"]


def handles():
    rows = []
    for n, locale in enumerate(["en_US", "en_GB", "es_ES", "es_MX", "pt_BR", "fr_FR", "de_DE", "id_ID", "tr_TR",
                                "it_IT", "nl_NL", "pl_PL", "ru_RU", "vi_VN", "hi_IN", "ja_JP"]):
        f = fake(locale, "handles")
        for k in range(4):
            name = f.user_name()
            app, tpl = APPS[(n * 4 + k) % len(APPS)]
            text = tpl.format(name)
            value = ("@" + name) if "@{}" in tpl else name
            rows.append(dict(rule="privacy.social_handle", kind=app, locale=locale, value=value, valid=True,
                             text=text, source=f"faker({locale}).user_name() after a sendsafe sentence"))
        name = f.user_name()
        tpl = NOT_APPS[n % len(NOT_APPS)]
        text = tpl.format(name)
        value = ("@" + name) if "@{}" in tpl else name
        rows.append(dict(rule="privacy.social_handle", kind="not_an_app", locale=locale, value=value,
                         valid=False, text=text, source=f"faker({locale}).user_name() after no app word",
                         note="a mention or a word, not a handle on another app"))
    return rows


if __name__ == "__main__":
    write("emails.jsonl", emails())
    write("ip_addresses.jsonl", ips())
    write("social_handles.jsonl", handles())

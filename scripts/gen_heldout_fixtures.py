#!/usr/bin/env python3
"""Held-out fixtures for privacy.address and privacy.social_handle.

The sets in tests/fixtures/privacy/ have been read while the detectors were improved (their
misses are printed by the accuracy bench), so they no longer measure what a detector does on
values it has never seen. This script makes a second set, generated once with other seeds
and written before the improvements it measures were merged:

- heldout/addresses.jsonl: the generator of addresses.jsonl (scripts/gen_privacy_fixtures.py,
  same 40 Faker locales) with another seed and more values per locale (5 addresses, 5 streets,
  3 postcodes, 1 GPS pair each).
- heldout/social_handles.jsonl: Faker user_name() of 16 locales after sentences that were
  written for this set only (other wordings than social_handles.jsonl), and near-misses.

Run once by a developer (tests never run it), with the venv of tests/fixtures/privacy/README.md:
    /tmp/fx/bin/python scripts/gen_heldout_fixtures.py
"""
import json
import os
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_privacy_fixtures as g  # noqa: E402
from faker import Faker  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "privacy", "heldout")
SEED = 20261121_05


def addresses(name="addresses.jsonl", seed=SEED, tag="address-heldout"):
    g.SEED = seed
    g.OUT = OUT
    out = g.Out(name)
    rule = "privacy.address"
    for locale in g.ADDRESS_LOCALES:
        f = g.fake(locale, tag)
        if g.served_by(f.address) != locale:
            continue
        region = locale.split("_")[1]
        for _ in range(5):
            a = f.address()
            value = ", ".join(part.strip() for part in a.split("\n") if part.strip())
            out.add(rule, "address", value, True, f"faker({locale}).address(), lines joined with ', '", region=region, locale=locale)
        for _ in range(5):
            st = f.street_address()
            out.add(rule, "street", " ".join(st.split("\n")), True, f"faker({locale}).street_address()", region=region, locale=locale)
        for _ in range(3):
            out.add(rule, "postcode", f.postcode(), True, f"faker({locale}).postcode()", region=region, locale=locale,
                    needs_context=True)
        coords = f.local_latlng(country_code=region, coords_only=True)
        if coords:
            out.add(rule, "gps", f"{coords[0]}, {coords[1]}", True, f"faker({locale}).local_latlng({region})",
                    region=region, locale=locale)
    out.write()


HANDLE_LOCALES = ["en_US", "en_GB", "es_ES", "es_MX", "pt_BR", "fr_FR", "de_DE", "id_ID", "tr_TR",
                  "it_IT", "nl_NL", "pl_PL", "ru_RU", "vi_VN", "hi_IN", "ja_JP"]


def write_handles(name, apps, not_apps, tag, set_note, not_note, negative_note):
    """One set of social-handle sentences: per locale, four Faker user names after handle-sharing
    sentences of `apps` and two after sentences of `not_apps`, written to `name`."""
    rows = []
    for n, locale in enumerate(HANDLE_LOCALES):
        f = Faker(locale)
        f.seed_instance(SEED ^ zlib.crc32((tag + "\x1f" + locale).encode()))
        for k in range(4):
            user = f.user_name()
            app, tpl = apps[(n * 4 + k) % len(apps)]
            value = ("@" + user) if "@{}" in tpl else user
            rows.append(dict(rule="privacy.social_handle", kind=app, locale=locale, value=value, valid=True,
                             text=tpl.format(user), source=f"faker({locale}).user_name() after {set_note}"))
        for k in range(2):
            user = f.user_name()
            tpl = not_apps[(n * 2 + k) % len(not_apps)]
            value = ("@" + user) if "@{}" in tpl else user
            rows.append(dict(rule="privacy.social_handle", kind="not_an_app", locale=locale, value=value, valid=False,
                             text=tpl.format(user), source=f"faker({locale}).user_name() after {not_note}",
                             note=negative_note))
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")


# Wordings of this set only: none of them is a template of social_handles.jsonl.
APPS = [
    ("snapchat", "my snapchat is {}"), ("snapchat", "add me on snap, it's {}"), ("snapchat", "sc: {}"),
    ("snapchat", "mi snap es {}"), ("snapchat", "meu snap é {}"), ("instagram", "insta: {}"),
    ("instagram", "follow me on instagram {}"), ("instagram", "mon insta c'est @{}"), ("instagram", "mein insta ist {}"),
    ("instagram", "ig ku @{}"), ("telegram", "my telegram is @{}"), ("telegram", "пиши в телегу @{}"),
    ("discord", "my discord is {}"), ("discord", "add me on discord {}"), ("tiktok", "my tiktok: @{}"),
    ("kik", "kik me {}"),
]
NOT_APPS = ["{} says my snap is broken", "@{} good game", "the insta filter {} used looks cute",
            "a telegram from {} arrived", "I added {} to the doc"]


# Set 2, written after set 1's misses were read (set 1 then served to improve the rule),
# before any change they led to: other wordings again, and other apps' nicknames.
APPS_2 = [
    ("snapchat", "hit me up on snapchat: {}"), ("snapchat", "snap me at {}"), ("snapchat", "my sc username is {}"),
    ("instagram", "dm me on insta, I'm @{}"), ("instagram", "sígueme en instagram: {}"), ("instagram", "me acha no insta: @{}"),
    ("instagram", "mon compte insta : {}"), ("telegram", "telegram me @{}"), ("telegram", "мой ник в телеграме {}"),
    ("discord", "discord username: {}"), ("discord", "meu discord é {}"), ("tiktok", "check my tiktok @{}"),
    ("whatsapp", "text me on whatsapp, my username is {}"), ("kik", "my kik is {}"), ("wechat", "add my wechat id {}"),
    ("line", "line id: {}"),
]
NOT_APPS_2 = ["{} is the best player", "ask @{} about it", "my snap streak with {} ended",
              "the discord server {} made is fun", "{} posted on the group chat"]


# Set 3, written after set 2's misses were read (set 2 then served to improve the rule),
# before any change they led to.
APPS_3 = [
    ("snapchat", "snapchat? it's {}"), ("instagram", "here's my insta: @{}"), ("roblox", "my roblox username is {}"),
    ("telegram", "hmu on tg @{}"), ("discord", "find me on discord as {}"), ("instagram", "mi usuario de instagram es {}"),
    ("discord", "mon pseudo discord : {}"), ("instagram", "meine insta: @{}"), ("instagram", "instagram hesabım @{}"),
    ("instagram", "ig saya @{}"), ("snapchat", "mera snapchat id {} hai"), ("telegram", "телега: @{}"),
    ("tiktok", "follow me @{} on tiktok"), ("wechat", "wechat: {}"), ("snapchat", "add me on sc {}"),
    ("whatsapp", "whatsapp me, I'm {} there"),
]
NOT_APPS_3 = ["{} won the match", "did you see what @{} posted here", "{} has a snapchat too",
              "I told {} about the discord update", "ask {} for the instagram link"]


if __name__ == "__main__":
    addresses()
    # Set 2, drawn after set 1's misses were read (set 1 then served to improve the rule).
    addresses("addresses_2.jsonl", SEED + 2, "address-heldout-2")
    # Set 3, drawn at the start of the third round (set 2's misses then served to improve it).
    addresses("addresses_3.jsonl", SEED + 3, "address-heldout-3")
    write_handles("social_handles.jsonl", APPS, NOT_APPS, "handles-heldout", "a held-out sentence",
                  "no app handle phrase", "a mention, a word or a broken app, not a handle on another app")
    write_handles("social_handles_2.jsonl", APPS_2, NOT_APPS_2, "handles-heldout-2", "a held-out sentence (set 2)",
                  "no app handle phrase (set 2)", "a name or mention in talk, not a handle on another app")
    write_handles("social_handles_3.jsonl", APPS_3, NOT_APPS_3, "handles-heldout-3", "a held-out sentence (set 3)",
                  "no app handle phrase (set 3)", "a name or mention in talk, not a handle on another app")

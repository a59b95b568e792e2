#!/usr/bin/env python3
"""Generate tests/fixtures/privacy/credentials.jsonl: secrets in chat sentences.

Run once by a developer; the output is committed, so builds and tests never need this
script, its packages or the network:

    /tmp/pyt/venv/bin/python scripts/gen_credential_fixtures.py

(The same venv as scripts/gen_privacy_fixtures.py: Faker 40.54.0, Python 3.11.)

Values come from outside generators, not from the detector's tables:
  Faker          password() with every mix of character classes it offers, pyint() for
                 PINs and one-time codes, word() for passwords people make of a word and
                 a number, profile data inside the JWT payloads
  random/secrets random tokens in the published shapes of AWS access key ids, GitHub,
                 Slack, Stripe, Google and OpenAI keys, JWTs (fixed seed: random.Random,
                 since secrets cannot be seeded)
  cryptography   PEM private keys, when the package is installed; it is not in the venv
                 used for the committed file, so there are no PEM rows (the hand-written
                 cases in tests/data/privacy.credentials.jsonl cover PEM blocks)
The sentences around them ("my password is {}", "código de verificación: {}") are
chat phrases in 16 languages written for this script. Near-misses (valid: false) are
sentences with a naming word and something that is not a secret: a common word, an
HTTP status, a postal code, a promo code, a key prefix with too few characters.

Each line: rule, kind, locale, value, text (the sentence, holding value once), valid,
source, optional note. A detector must report exactly `value` in `text` for valid rows
and nothing of the rule for the others.
"""
import base64
import json
import random
import string
from pathlib import Path

from faker import Faker

SEED = 20260104
OUT = Path(__file__).resolve().parent.parent / "tests/fixtures/privacy/credentials.jsonl"

PASSWORD = {
    "en": ["my password is {}", "password: {}", "pw: {}", "the wifi password is {}",
           "ok my pass is {} dont share", "login: ana / password {}"],
    "es": ["mi contraseña es {}", "la clave es {}", "contraseña: {} 👍"],
    "pt": ["minha senha é {}", "senha: {}", "a senha do wifi é {}"],
    "fr": ["mon mot de passe est {}", "mdp : {}"],
    "de": ["mein Passwort ist {}", "Passwort: {}"],
    "it": ["la password è {}"],
    "id": ["kata sandi aku {}", "password nya {}", "sandi: {}"],
    "tr": ["şifrem {}", "parola: {}"],
    "ru": ["мой пароль {}", "пароль: {}"],
    "hi": ["मेरा पासवर्ड {} है", "password hai {}"],
    "ar": ["كلمة السر {}", "كلمة المرور هي {}"],
    "zh": ["我的密码是{}", "密码：{}"],
    "ja": ["パスワードは{}です"],
    "ko": ["비밀번호는 {}"],
    "vi": ["mật khẩu là {}"],
    "pl": ["hasło: {}"],
}
PIN = {
    "en": ["my pin is {}", "PIN: {}", "atm pin {}", "card pin is {} lol"],
    "es": ["el pin es {}", "mi pin: {}"],
    "pt": ["meu pin é {}", "senha pin {}"],
    "fr": ["mon code pin est {}"],
    "tr": ["pin kodu {}"],
    "ru": ["пин-код {}", "мой пин {}"],
    "hi": ["पिन {} है"],
    "id": ["pin aku {}", "PIN ATM: {}"],
}
OTP = {
    "en": ["the code is {}", "OTP {}", "your verification code is {}", "login code: {}",
           "2fa code {}", "{} is your Instagram code. Don't share it."],
    "es": ["código de verificación: {}", "el código es {}", "{} es tu código de verificación"],
    "pt": ["o código é {}", "código de verificação {}"],
    "fr": ["code de vérification : {}"],
    "id": ["kode otp {}", "kode verifikasi {} jangan kasih siapa2"],
    "tr": ["doğrulama kodu {}"],
    "ru": ["код подтверждения {}", "код из смс {}"],
    "hi": ["ओटीपी {} है", "otp hai {}"],
    "ar": ["رمز التحقق {}"],
    "zh": ["验证码{}"],
    "ja": ["認証コードは{}です"],
    "ko": ["인증번호 {}"],
}
KEY = {
    "en": ["{}", "here's the key {}", "token: {}", "use {} for the api", "export API_KEY={}"],
    "es": ["clave api: {}"],
    "pt": ["chave {} ok"],
    "ru": ["ключ {}"],
    "id": ["ini tokennya {}"],
}
# Near-misses: a naming word and something that is not a secret. `{}` is the value.
NEAR = [
    ("en", "password", "my password is {}", ["strong", "too long", "incorrect", "the same",
                                            "case sensitive", "expired", "weak"]),
    ("en", "password", "I forgot my {}", ["password", "pin", "passcode"]),
    ("en", "password", "{} reset link", ["password"]),
    ("en", "password", "what's the {}?", ["password", "wifi password", "pin", "code"]),
    ("es", "password", "mi contraseña es {}", ["segura", "muy larga", "incorrecta"]),
    ("pt", "password", "a senha é {}", ["forte", "muito fraca", "nova"]),
    ("de", "password", "mein Passwort ist {}", ["geheim", "zu kurz"]),
    ("en", "pin", "my pin is {}", ["broken", "blocked", "wrong"]),
    ("en", "pin", "{} the message", ["pin"]),
    ("en", "otp", "the code is {}", ["on github", "in the repo", "broken"]),
    ("en", "api_key", "{} skateboard", ["sk-8"]),
]


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def main() -> None:
    fake = Faker(["en_US", "es_ES", "pt_BR", "fr_FR", "de_DE", "id_ID", "tr_TR", "ru_RU"])
    fake_in = Faker("en_IN")
    Faker.seed(SEED)
    rng = random.Random(SEED)
    rows = []
    seen = set()

    def add(kind, locale, value, template, valid, source, note=None):
        text = template.format(value)
        if (text, value) in seen or text.count(value) != 1:
            return
        seen.add((text, value))
        row = {"rule": "privacy.credentials", "kind": kind, "locale": locale, "value": value,
               "text": text, "valid": valid, "source": source}
        if note:
            row["note"] = note
        rows.append(row)

    def templates(table):
        return [(lang, t) for lang, ts in table.items() for t in ts]

    # Passwords: Faker's password() in every class mix, and word + number passwords.
    for lang, t in templates(PASSWORD):
        for special, length in ((True, 12), (False, 10), (True, 8)):
            value = fake.password(length=length, special_chars=special)
            add("password", lang, value, t, True,
                f"faker.password(length={length}, special_chars={special})")
        word = fake["en_US"].word()
        value = f"{word}{fake.pyint(1970, 2025)}"
        add("password", lang, value, t, True, "faker.word() + faker.pyint(1970, 2025)")
    # PINs and one-time codes: Faker's pyint, zero-padded to the usual lengths.
    for lang, t in templates(PIN):
        for digits in (4, 4, 6):
            value = str(fake.pyint(0, 10**digits - 1)).zfill(digits)
            add("pin", lang, value, t, True, f"faker.pyint(0, {10**digits - 1}), {digits} digits")
    for lang, t in templates(OTP):
        for digits in (6, 6, 4, 8):
            value = str(fake.pyint(0, 10**digits - 1)).zfill(digits)
            add("otp", lang, value, t, True, f"faker.pyint(0, {10**digits - 1}), {digits} digits")

    # Keys and tokens in their published shapes, from a seeded generator.
    up_dig = string.ascii_uppercase + string.digits
    alnum = string.ascii_letters + string.digits
    url = alnum + "-_"

    def r(chars, n):
        return "".join(rng.choice(chars) for _ in range(n))

    def openai(n):
        while True:  # a real key mixes cases and digits; draw until this one does
            s = r(alnum, n)
            if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(
                    c.isdigit() for c in s):
                return s

    def jwt():
        header = {"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}
        p = fake.profile(fields=["username", "name", "mail"])
        payload = {"sub": p["username"], "name": p["name"], "email": p["mail"],
                   "iat": fake.pyint(1_600_000_000, 1_800_000_000)}
        sig = bytes(rng.getrandbits(8) for _ in range(32))
        return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                         b64url(json.dumps(payload, separators=(",", ":")).encode()), b64url(sig)])

    shapes = [
        ("api_key", "aws", lambda: "AKIA" + r(up_dig, 16), "AKIA + 16 [A-Z0-9]"),
        ("api_key", "github", lambda: rng.choice(["ghp_", "gho_", "ghs_"]) + r(alnum, 36),
         "gh[pos]_ + 36 alphanumerics"),
        ("api_key", "github_pat", lambda: "github_pat_" + r(alnum, 22) + "_" + r(alnum, 59),
         "github_pat_ + 22 + _ + 59"),
        ("api_key", "slack", lambda: rng.choice(["xoxb-", "xoxp-"]) + r(string.digits, 12) + "-"
         + r(string.digits, 13) + "-" + r(alnum, 24), "xox[bp]-digits-digits-24"),
        ("api_key", "stripe", lambda: rng.choice(["sk_live_", "rk_live_"]) + r(alnum, 24),
         "[sr]k_live_ + 24"),
        ("api_key", "google", lambda: "AIza" + r(url, 35), "AIza + 35 [A-Za-z0-9_-]"),
        ("api_key", "openai", lambda: "sk-" + openai(48), "sk- + 48 mixed"),
        ("api_key", "openai_project", lambda: "sk-proj-" + openai(100), "sk-proj- + 100 mixed"),
        ("jwt", "jwt", jwt, "base64url(header).base64url(faker profile).base64url(32 random bytes)"),
    ]
    for lang, t in templates(KEY):
        for kind, name, make, how in shapes:
            add(kind, lang, make(), t, True, f"random.Random({SEED}): {name}, {how}")

    # PEM private keys, when the cryptography package is there.
    try:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
    except ImportError:
        print("cryptography is not installed: no PEM rows")
    else:
        keys = [("rsa", rsa.generate_private_key(public_exponent=65537, key_size=2048)),
                ("ec", ec.generate_private_key(ec.SECP256R1())),
                ("ed25519", ed25519.Ed25519PrivateKey.generate())]
        for (name, key), (lang, t) in zip(keys, templates(KEY)):
            pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()).decode().strip()
            add("private_key", lang, pem, t, True, f"cryptography: {name} key, PKCS8 PEM")

    # Near-misses of the key shapes: too short, one part missing, not enough mix.
    near_keys = [
        ("AKIA" + r(up_dig, 15), "AKIA + 15: one short"),
        (rng.choice(["ghp_", "gho_"]) + r(alnum, 30), "gh?_ + 30: too short"),
        ("AIza" + r(url, 30), "AIza + 30: too short"),
        ("sk-" + r(alnum, 10), "sk- + 10: too short"),
        ("sk-" + r(string.ascii_lowercase, 40), "sk- + 40 lower-case letters: no mix"),
        ("sk_live_" + r(alnum, 10), "sk_live_ + 10: too short"),
        (jwt().rsplit(".", 1)[0], "a JWT without its signature"),
        ("xoxb-" + r(string.ascii_lowercase, 10), "xoxb- + 10 letters"),
    ]
    for lang, t in templates(KEY)[:3]:
        for value, note in near_keys:
            add("api_key", lang, value, t, False, f"random.Random({SEED})", note)

    # Near-misses of the named kinds.
    for lang, kind, t, values in NEAR:
        for v in values:
            add(kind, lang, v, t, False, "this script", "a naming word and an ordinary word")
    for _ in range(6):
        code = str(fake.pyint(100, 599))
        add("otp", "en", code, "error code {}", False, "faker.pyint(100, 599)", "an HTTP status")
        add("otp", "en", code, "the code is {}", False, "faker.pyint(100, 599)", "3 digits")
        zip_code = fake["en_US"].postcode()
        add("otp", "en", zip_code, "zip code {}", False, "faker(en_US).postcode()", "a postal code")
        pin = fake_in.postcode()
        add("pin", "en_IN", pin, "my pin code is {}", False, "faker(en_IN).postcode()",
            "an Indian postal PIN code")
        promo = fake.bothify("????##").upper()
        add("otp", "en", promo, "promo code: {}", False, "faker.bothify('????##')", "a promo code")
        cep = fake["es_ES"].postcode()
        add("otp", "es", cep, "código postal {}", False, "faker(es_ES).postcode()", "a postal code")
        n = str(fake.pyint(8, 16))
        add("password", "en", n, "the password must have {} characters", False,
            "faker.pyint(8, 16)", "a length rule")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    valid = sum(r["valid"] for r in rows)
    print(f"wrote {OUT}: {len(rows)} lines, {valid} valid, {len(rows) - valid} near-misses")


if __name__ == "__main__":
    main()

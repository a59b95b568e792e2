//! `privacy.credentials`: passwords, PINs, one-time codes, API keys and private keys.
//!
//! Two scanners:
//!
//! * **Named secrets** (folded view). A list of words that name a secret
//!   (`src/data/credentials.tsv`: "password", "contraseña", "senha", "mot de passe",
//!   "пароль", "पासवर्ड", "كلمة السر", "密码", "PIN", "OTP", "verification code", ...) wakes
//!   the scan; after the name come optional link words ("is", "es", "ist", ":", "=",
//!   "是", "は") and then the secret, which is what is reported (kinds `password`, `pin`,
//!   `otp`). Telling a secret from an ordinary word: a token counts when it is quoted,
//!   is all digits (4+; PINs and codes 4 to 8), mixes letters with digits or symbols, or
//!   has a capital letter inside it (`hunTer2`, `SunShine`). A bare lower-case word
//!   ("my password is sunshine") counts only after a password word, when it is not in the
//!   list of common words ("strong", "too", "segura", "geheim", ...) and it ends the
//!   clause or follows a colon: "my password is too long" stays quiet because "too" is
//!   common and does not end the clause. A bare "code" / "código" / "kode" needs a link
//!   word or colon ("the code is 482913"), so "code 404" and "the code is on github" stay
//!   quiet; phrases such as "zip code", "promo code", "pin code" (an Indian postal code:
//!   only 4-5 digits count), "boarding pass" hide the shorter word. A name with nothing
//!   after it ("I forgot my password", "what's the password?", "password reset link") is
//!   not a leak. A code written before its name, as in a forwarded text message ("482913
//!   is your Instagram code", "G-482913 es tu código", "662019 adalah kode verifikasi"),
//!   is found by the joining words of the table's `before` class.
//! * **Keys and tokens of well-known shapes** (raw view, case matters): AWS access key
//!   ids (`AKIA`/`ASIA` + 16), GitHub tokens (`ghp_`, `gho_`, `ghs_`, `ghu_`, `ghr_` + 36,
//!   `github_pat_` + 60 or more), Slack (`xoxa-`, `xoxb-`, `xoxp-`, `xoxr-`), Stripe live
//!   secret and restricted keys (`sk_live_`, `rk_live_`), Google API keys (`AIza` + 35),
//!   OpenAI-style `sk-` / `sk-proj-` keys (20+ characters mixing upper case, lower case and
//!   digits, so "sk-8 skateboard" is not one), JWTs (`eyJ...` `.` `eyJ...` `.` signature),
//!   kind `api_key` / `jwt`; PEM private key blocks (`-----BEGIN ... PRIVATE KEY-----` to
//!   the matching END line, or to the end of the key body when the END line is missing),
//!   kind `private_key`. Public keys and certificates are not secrets and are left alone;
//!   Stripe test keys (`sk_test_`) are left alone too.
//!
//! Not caught, deliberately: a password that is a single common word with no quotes
//! ("my password is dragon" is caught, "my password is strong" is not, and a common word
//! that is also someone's password is missed); secrets given with no naming word at all;
//! someone *asking* for a password (that is `privacy.request` kind `password` and, later,
//! `scam.credential_request`).

use crate::detect::chars::{alnum_before, is_unspaced_script};
use crate::detect::{Hit, Sink};
use crate::normalize::{Normalized, View};
use crate::RuleId;
use std::ops::Range;

/// Longest token read as a secret (bytes).
const MAX_TOKEN: usize = 80;
/// Longest PEM block read (bytes); a 4096-bit RSA key is about 3.3 KB.
const MAX_PEM: usize = 16 * 1024;

/// What a word of the table names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Label {
    Password,
    Pass,
    Pin,
    PinCode,
    Otp,
    Code,
    Block,
}

/// The key shapes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Key {
    Aws,
    GitHub,
    GitHubPat,
    Slack,
    Stripe,
    Google,
    OpenAi,
    OpenAiProject,
    Jwt,
    Pem,
}

/// Case-sensitive prefixes of keys and tokens, with their shape and where in the prefix
/// its first byte of [`TRIGGERS`] is, grouped by that byte ('A', '_', '-', 'J').
const KEY_PREFIXES: &[(&str, Key, usize)] = &[
    ("AKIA", Key::Aws, 0),
    ("ASIA", Key::Aws, 0),
    ("AIza", Key::Google, 0),
    ("ghp_", Key::GitHub, 3),
    ("gho_", Key::GitHub, 3),
    ("ghs_", Key::GitHub, 3),
    ("ghu_", Key::GitHub, 3),
    ("ghr_", Key::GitHub, 3),
    ("github_pat_", Key::GitHubPat, 6),
    ("sk_live_", Key::Stripe, 2),
    ("rk_live_", Key::Stripe, 2),
    ("xoxa-", Key::Slack, 4),
    ("xoxb-", Key::Slack, 4),
    ("xoxp-", Key::Slack, 4),
    ("xoxr-", Key::Slack, 4),
    ("sk-", Key::OpenAi, 2),
    ("sk-proj-", Key::OpenAiProject, 2),
    ("-----BEGIN ", Key::Pem, 0),
    ("eyJ", Key::Jwt, 2),
];

/// The bytes every key prefix holds one of: the key search wakes only at these.
const TRIGGERS: [u8; 4] = [b'A', b'_', b'-', b'J'];

/// The key prefixes in `b`, as `(start, end, shape)`, left to right, the longest at each
/// start, none overlapping another (what a leftmost-longest search of [`KEY_PREFIXES`]
/// finds). Found at the bytes of [`TRIGGERS`], sixteen bytes at a time, so that ordinary
/// text costs a few operations per eight bytes.
fn key_prefixes(b: &[u8]) -> Vec<(usize, usize, Key)> {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Top bit of each byte of `v` equal to a trigger. A byte equals `c` (ASCII) when
    // its low seven bits xor `c` are zero, so that adding 0x7F leaves the top bit clear,
    // and its own top bit is clear: equal to one of them when not, for every trigger,
    // one of those top bits is set.
    let triggers = |v: u64| {
        let low = v & !HIGH;
        let all = TRIGGERS
            .iter()
            .fold(!0, |a, &c| a & ((low ^ (LOW * u64::from(c))) + !HIGH));
        !(all | v) & HIGH
    };
    let mut found = Vec::new();
    crate::detect::scan::each_sixteen(b, |at, x, y| {
        let (x, y) = (triggers(x), triggers(y));
        if x | y == 0 {
            return;
        }
        for (at, mut hits) in [(at, x), (at + 8, y)] {
            while hits != 0 {
                let i = at + (hits.trailing_zeros() / 8) as usize;
                hits &= hits - 1;
                // The prefixes whose trigger is this byte (the table is grouped by trigger).
                let group = match b[i] {
                    b'A' => &KEY_PREFIXES[..3],
                    b'_' => &KEY_PREFIXES[3..11],
                    b'-' => &KEY_PREFIXES[11..18],
                    _ => &KEY_PREFIXES[18..],
                };
                for &(prefix, key, k) in group {
                    if i >= k && b[i - k..].starts_with(prefix.as_bytes()) {
                        found.push((i - k, i - k + prefix.len(), key));
                    }
                }
            }
        }
    });
    crate::sort::sort_by_key(&mut found, |&(start, end, _)| {
        (start, std::cmp::Reverse(end))
    });
    let mut end = 0;
    found.retain(|&(s, e, _)| {
        let keep = s >= end;
        if keep {
            end = e;
        }
        keep
    });
    found
}

// The table, parsed by build.rs (see `phrase_rules/table.rs`): `LABEL_WORDS` and
// `LABELS`, `LINKS`, `FORS`, `STOP` and `BEFORE`.
include!(concat!(env!("OUT_DIR"), "/credentials_tables.rs"));

/// The credentials detector.
pub(crate) struct Credentials {
    labels: Vec<(&'static str, Label)>,
    links: WordList,
    fors: WordList,
    stop: crate::detect::coded::WordSet,
    /// "is your", "es tu": what joins a code written first to its name (with a space
    /// on each side).
    before: Vec<&'static str>,
}

/// Short words tried at one place, longest first, with the bytes they can start with.
struct WordList {
    words: Vec<&'static str>,
    first_bytes: [bool; 256],
}

impl WordList {
    /// The words of `joined`, one a line, already longest first (build.rs sorts them).
    fn new(joined: &'static str) -> WordList {
        let words: Vec<&'static str> = crate::detect::coded::lines(joined);
        let mut first_bytes = [false; 256];
        for w in &words {
            first_bytes[usize::from(w.as_bytes()[0])] = true;
        }
        WordList { words, first_bytes }
    }
}

impl Credentials {
    pub(crate) fn new() -> Credentials {
        Credentials {
            labels: crate::detect::coded::rows(LABEL_WORDS())
                .zip(LABELS)
                .collect(),
            links: WordList::new(LINKS()),
            fors: WordList::new(FORS()),
            stop: crate::detect::coded::word_set(STOP()),
            before: crate::detect::coded::lines(BEFORE()),
        }
    }

    /// Keys and tokens in the raw view; returns their ranges (original offsets).
    fn keys(&self, view: &View<'_>, out: &mut Sink<'_>) -> Vec<(usize, usize)> {
        let t = view.text();
        let b = t.as_bytes();
        let mut found = Vec::new();
        let mut done = 0;
        for (start, prefix_end, key) in key_prefixes(b) {
            if start < done {
                continue;
            }
            if key != Key::Pem
                && start > 0
                && (b[start - 1].is_ascii_alphanumeric() || matches!(b[start - 1], b'_' | b'-'))
            {
                continue;
            }
            let (end, kind) = match key {
                Key::Pem => match pem_block(b, start) {
                    Some(end) => (end, "private_key"),
                    None => continue,
                },
                Key::Jwt => match jwt(b, start) {
                    Some(end) => (end, "jwt"),
                    None => continue,
                },
                _ => match key_token(b, prefix_end, key) {
                    Some(end) => (end, "api_key"),
                    None => continue,
                },
            };
            let conf = if kind == "private_key" { 0.99 } else { 0.95 };
            out.report(
                view,
                start..end,
                Hit::new(RuleId::PrivacyCredentials, conf).kind(kind),
            );
            found.push((start, end));
            done = end;
        }
        found
    }

    /// Reads the link words and separators after a name ending at `p`: where the
    /// secret would start, whether a ':' or '=' was seen, whether a link word was.
    fn link(&self, t: &str, mut p: usize) -> (usize, bool, bool) {
        let (mut colon, mut linked) = (false, false);
        p = skip_spaces(t, p);
        // "password for netflix is ...": skip "for" and up to two words, only when a
        // link follows.
        if let Some(w) = self.word_at(t, p, &self.fors) {
            let mut q = skip_spaces(t, p + w.len());
            for _ in 0..2 {
                let (c, l, next) = self.links_at(t, q);
                if c || l {
                    return (next, c, l);
                }
                let word_end = q + t[q..]
                    .find(|c: char| c.is_whitespace() || matches!(c, ':' | '='))
                    .unwrap_or(t.len() - q);
                if word_end == q || word_end - q > 30 {
                    break;
                }
                q = skip_spaces(t, word_end);
            }
            let (c, l, next) = self.links_at(t, q);
            if c || l {
                return (next, c, l);
            }
        }
        let (c, l, next) = self.links_at(t, p);
        colon |= c;
        linked |= l;
        p = next;
        (p, colon, linked)
    }

    /// Up to three separators or link words at `p`: (colon seen, link seen, end).
    fn links_at(&self, t: &str, mut p: usize) -> (bool, bool, usize) {
        let (mut colon, mut linked) = (false, false);
        for _ in 0..3 {
            let rest = &t[p..];
            if let Some(sep) = [":", "=", "->", "=>", "→"]
                .into_iter()
                .find(|s| rest.starts_with(*s))
            {
                colon = true;
                p = skip_spaces(t, p + sep.len());
            } else if let Some(w) = self.word_at(t, p, &self.links) {
                linked = true;
                p = skip_spaces(t, p + w.len());
            } else {
                break;
            }
        }
        (colon, linked, p)
    }

    /// The first of `words` written at `p` as a whole word.
    fn word_at<'w>(&self, t: &str, p: usize, words: &'w WordList) -> Option<&'w str> {
        let rest = &t[p..];
        let first = *rest.as_bytes().first()?;
        if !words.first_bytes[usize::from(first)] {
            return None;
        }
        words.words.iter().copied().find(|w| {
            rest.starts_with(w) && {
                let last = w.chars().next_back().is_some_and(is_unspaced_script);
                let next = rest[w.len()..].chars().next();
                last || w.ends_with('-')
                    || next.is_none_or(|c| !c.is_alphanumeric() || is_unspaced_script(c))
            }
        })
    }

    /// A code written before its name, as in a forwarded text message ("482913 is your
    /// Instagram code", "G-482913 es tu código"): the code's range when the name at `at`
    /// is joined to it by one of the `before` words and at most two other words.
    fn code_before(&self, t: &str, at: usize) -> Option<Range<usize>> {
        let b = t.as_bytes();
        if !b[at.saturating_sub(48)..at].iter().any(u8::is_ascii_digit) {
            return None; // no code to look for
        }
        let mut pos = at;
        for skipped in 0..=2 {
            // " is your " before `pos`.
            let head = t[..pos].strip_suffix(' ').unwrap_or_default();
            let joined = self
                .before
                .iter()
                .find(|j| head.strip_suffix(**j).is_some_and(|h| h.ends_with(' ')));
            if let Some(join) = joined {
                let end = pos - join.len() - 2;
                let mut start = end;
                while start > 0
                    && end - start <= 12
                    && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'-')
                {
                    start -= 1;
                }
                if start == end || alnum_before(t, start) {
                    return None;
                }
                let code = &t[start..end];
                let digits = code.strip_prefix("g-").unwrap_or(code);
                let ok = (4..=8).contains(&digits.len())
                    && digits.bytes().all(|c| c.is_ascii_digit())
                    || is_grouped_code(code);
                return ok.then_some(start..end);
            }
            // Step back over one word (an app's name: "is your Instagram code").
            if skipped == 2 || pos == 0 || b[pos - 1] != b' ' {
                break;
            }
            let word_end = pos - 1;
            let mut q = word_end;
            while let Some(c) = t[..q].chars().next_back() {
                if !c.is_alphanumeric() || word_end - q > 24 {
                    break;
                }
                q -= c.len_utf8();
            }
            if q == word_end {
                break;
            }
            pos = q;
        }
        None
    }

    /// Whether `word` is a common word (the whole token, and without a final '!').
    fn is_stop(&self, word: &str) -> bool {
        self.stop.contains(word) || self.stop.contains(word.trim_end_matches('!'))
    }
}

/// Skips spaces and tabs (not line breaks) from `p`, at most 8 bytes.
fn skip_spaces(t: &str, mut p: usize) -> usize {
    let b = t.as_bytes();
    let start = p;
    while p < b.len() && p - start < 8 && matches!(b[p], b' ' | b'\t') {
        p += 1;
    }
    p
}

/// A secret read after a name.
struct Token {
    start: usize,
    end: usize,
    quoted: bool,
    /// Nothing but punctuation, emoji or the end of the line follows it.
    ends_clause: bool,
}

/// Reads the token at `p`: quoted, or a run of printable ASCII and letters.
fn token_at(t: &str, p: usize) -> Option<Token> {
    let rest = &t[p..];
    let first = rest.chars().next()?;
    let closing = match first {
        '"' => Some('"'),
        '\'' => Some('\''),
        '`' => Some('`'),
        '«' => Some('»'),
        '“' => Some('”'),
        '‘' => Some('’'),
        '「' => Some('」'),
        '『' => Some('』'),
        _ => None,
    };
    if let Some(close) = closing {
        let inner = p + first.len_utf8();
        let window =
            &t[inner..crate::detect::lexicon::ceil_boundary(t, (inner + MAX_TOKEN).min(t.len()))];
        let len = window.find(&[close, '\n'][..])?;
        if len == 0 || !window[len..].starts_with(close) {
            return None;
        }
        return Some(Token {
            start: inner,
            end: inner + len,
            quoted: true,
            ends_clause: true,
        });
    }
    let mut end = p;
    for c in rest.chars() {
        let ok = c.is_ascii_graphic() || (c.is_alphanumeric() && !is_unspaced_script(c));
        if !ok {
            break;
        }
        end += c.len_utf8();
        if end - p > MAX_TOKEN {
            return None;
        }
    }
    // Sentence punctuation after the token is not part of it.
    loop {
        let tok = &t[p..end];
        let last = tok.chars().next_back()?;
        let strip = match last {
            '.' | ',' | ';' | ':' | '?' | '"' | '\'' | '`' => true,
            ')' => !tok.contains('('),
            ']' => !tok.contains('['),
            '}' => !tok.contains('{'),
            '!' => tok.trim_end_matches('!').chars().all(char::is_alphabetic),
            _ => false,
        };
        if !strip {
            break;
        }
        end -= 1;
    }
    if end == p {
        return None;
    }
    let after = t[end..].trim_start_matches(&[' ', '\t'][..]);
    let ends_clause = after.chars().next().is_none_or(|c| {
        matches!(c, '\n' | '\r' | '.' | '!' | '?' | ',' | ';' | ')')
            || (!c.is_ascii() && !c.is_alphanumeric())
    });
    Some(Token {
        start: p,
        end,
        quoted: false,
        ends_clause,
    })
}

/// A code written in two groups of three ("118 204", "118-204"): the end of the second
/// group when the token at `start..end` is the first, else `end`.
fn split_code_end(t: &str, start: usize, end: usize) -> usize {
    let b = t.as_bytes();
    let digits = |from: usize| run_of(b, from, 3, |c| c.is_ascii_digit());
    if end - start == 3
        && digits(start)
        && matches!(b.get(end), Some(b' ' | b'-'))
        && digits(end + 1)
        && !b.get(end + 4).is_some_and(u8::is_ascii_alphanumeric)
    {
        end + 4
    } else {
        end
    }
}

/// "118-204": a code in two groups of three digits.
fn is_grouped_code(tok: &str) -> bool {
    let b = tok.as_bytes();
    b.len() == 7 && b[3] == b'-' && b[..3].iter().chain(&b[4..]).all(u8::is_ascii_digit)
}

/// What a token looks like.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Shape {
    /// Only ASCII digits, this many.
    Digits(usize),
    /// Letters with digits or symbols, or a capital inside the word.
    Strong,
    /// Only letters, no capital inside.
    Word,
    /// Anything else (digits with separators, a lone symbol...).
    Other,
}

/// The shape of a token, reading case from `original` (the same token as typed).
fn shape(folded: &str, original: &str) -> Shape {
    if !folded.is_empty() && folded.bytes().all(|b| b.is_ascii_digit()) {
        return Shape::Digits(folded.len());
    }
    let letters = folded.chars().filter(|c| c.is_alphabetic()).count();
    let digits = folded.chars().filter(char::is_ascii_digit).count();
    let symbols = folded
        .chars()
        .filter(|c| c.is_ascii_punctuation() && !matches!(c, '-' | '\'' | '.'))
        .count();
    let mut chars = original.chars().filter(|c| c.is_alphabetic());
    let inner_capital = chars.next().is_some()
        && original.chars().any(char::is_lowercase)
        && chars.any(char::is_uppercase);
    if letters > 0 && (digits > 0 || symbols > 0 || inner_capital) {
        Shape::Strong
    } else if letters > 0 && folded.chars().all(char::is_alphabetic) {
        Shape::Word
    } else {
        Shape::Other
    }
}

/// Whether the bytes `b[at..at + n]` exist and are all in `class`.
fn run_of(b: &[u8], at: usize, n: usize, class: impl Fn(u8) -> bool) -> bool {
    b.get(at..at + n)
        .is_some_and(|s| s.iter().all(|&c| class(c)))
}

/// The end of the run of `class` bytes from `at`, at most `max` long.
fn run_end(b: &[u8], at: usize, max: usize, class: impl Fn(u8) -> bool) -> usize {
    let mut i = at;
    while i < b.len() && i - at < max && class(b[i]) {
        i += 1;
    }
    i
}

fn url_safe(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

/// A key of shape `key` whose prefix ends at `body`: its end.
fn key_token(b: &[u8], body: usize, key: Key) -> Option<usize> {
    let alnum = |c: u8| c.is_ascii_alphanumeric();
    let end = match key {
        Key::Aws => {
            let upper = |c: u8| c.is_ascii_uppercase() || c.is_ascii_digit();
            run_of(b, body, 16, upper).then_some(body + 16)?
        }
        Key::GitHub => run_of(b, body, 36, alnum).then_some(body + 36)?,
        Key::GitHubPat => {
            let end = run_end(b, body, 255, |c| alnum(c) || c == b'_');
            (end - body >= 60).then_some(end)?
        }
        Key::Slack => {
            let end = run_end(b, body, 255, |c| alnum(c) || c == b'-');
            let digits = b[body..end].iter().filter(|c| c.is_ascii_digit()).count();
            (end - body >= 20 && digits >= 8).then_some(end)?
        }
        Key::Stripe => {
            let end = run_end(b, body, 255, alnum);
            (end - body >= 20).then_some(end)?
        }
        Key::Google => run_of(b, body, 35, url_safe).then_some(body + 35)?,
        Key::OpenAi | Key::OpenAiProject => {
            let end = run_end(b, body, 255, url_safe);
            let s = &b[body..end];
            let mixed = s.iter().any(u8::is_ascii_uppercase)
                && s.iter().any(u8::is_ascii_lowercase)
                && s.iter().any(u8::is_ascii_digit);
            let min = if key == Key::OpenAiProject { 40 } else { 20 };
            (s.len() >= min && mixed).then_some(end)?
        }
        Key::Jwt | Key::Pem => return None,
    };
    // Nothing glued after it.
    (!b.get(end).is_some_and(|&c| url_safe(c))).then_some(end)
}

/// A JSON Web Token at `start` (`eyJ` header, `eyJ` payload, signature): its end.
fn jwt(b: &[u8], start: usize) -> Option<usize> {
    let header = run_end(b, start, 1024, url_safe);
    if header - start < 10 || b.get(header) != Some(&b'.') {
        return None;
    }
    let p = header + 1;
    if !b[p..].starts_with(b"eyJ") {
        return None;
    }
    let payload = run_end(b, p, 8192, url_safe);
    if payload - p < 10 || b.get(payload) != Some(&b'.') {
        return None;
    }
    let sig = run_end(b, payload + 1, 1024, url_safe);
    if sig - payload - 1 < 16 || b.get(sig).is_some_and(|&c| c == b'.' || url_safe(c)) {
        return None;
    }
    Some(sig)
}

/// A PEM private key block at `start` (`-----BEGIN ... PRIVATE KEY-----`): its end,
/// after the END line, or after the key body when the END line is missing.
fn pem_block(b: &[u8], start: usize) -> Option<usize> {
    let head = start + "-----BEGIN ".len();
    let label_end = run_end(b, head, 40, |c| c.is_ascii_uppercase() || c == b' ');
    if !b[head..label_end].ends_with(b"PRIVATE KEY") || !b[label_end..].starts_with(b"-----") {
        return None;
    }
    let body = label_end + 5;
    let limit = (body + MAX_PEM).min(b.len());
    let mut i = body;
    let mut body_len = 0;
    while i < limit {
        let c = b[i];
        if c == b'-' && b[i..].starts_with(b"-----") {
            if b[i..].starts_with(b"-----END ") {
                let e = run_end(b, i + 9, 40, |c| c.is_ascii_uppercase() || c == b' ');
                if b[i + 9..e].ends_with(b"PRIVATE KEY") && b[e..].starts_with(b"-----") {
                    return Some(e + 5);
                }
            }
            break;
        }
        if c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'=') {
            body_len += 1;
        } else if !matches!(c, b'\n' | b'\r' | b' ' | b'\t' | b':' | b',' | b'-') {
            break;
        }
        i += 1;
    }
    if body_len < 40 {
        return None;
    }
    // No END line: the block ends at the last body character.
    while i > body && !(b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'+' | b'/' | b'='))
    {
        i -= 1;
    }
    Some(i)
}

impl Credentials {
    /// The naming words, folded, for the shared phrase pass; `hits` indexes this list.
    pub(crate) fn phrases(&self) -> Vec<&str> {
        self.labels.iter().map(|(w, _)| *w).collect()
    }

    /// Scans `text`: keys in the raw view, then secrets after the naming words at `hits`
    /// (the folded view's matches of [`Credentials::phrases`]).
    pub(crate) fn scan(
        &self,
        text: &Normalized<'_>,
        hits: &[(u32, Range<usize>)],
        out: &mut Sink<'_>,
    ) {
        let keys = self.keys(text.raw(), out);
        let view = text.folded();
        let t = view.text();
        let original = text.original();
        let mut done = 0;
        for (i, range) in hits {
            let (label, range) = (self.labels[*i as usize].1, range.clone());
            if label == Label::Block || range.start < done {
                continue;
            }
            if matches!(label, Label::Otp | Label::Code) && range.start >= done {
                if let Some(code) = self.code_before(t, range.start) {
                    out.report(
                        view,
                        code,
                        Hit::new(RuleId::PrivacyCredentials, 0.85).kind("otp"),
                    );
                    done = range.end;
                    continue;
                }
            }
            let (p, colon, linked) = self.link(t, range.end);
            let Some(mut tok) = token_at(t, p) else {
                continue;
            };
            let mut grouped = false;
            if matches!(label, Label::Otp | Label::Code) {
                let end = split_code_end(t, tok.start, tok.end);
                grouped = end != tok.end || is_grouped_code(&t[tok.start..tok.end]);
                tok.end = end;
            }
            let folded = &t[tok.start..tok.end];
            let numeric = matches!(
                label,
                Label::Pin | Label::PinCode | Label::Otp | Label::Code
            );
            if numeric && !folded.bytes().any(|c| c.is_ascii_digit()) {
                continue; // PINs and codes have digits: cheap to rule out first
            }
            if self.is_stop(folded)
                || folded.contains("://")
                || folded.starts_with("www.")
                || !folded.chars().any(char::is_alphanumeric)
            {
                continue;
            }
            let span = view.to_original(tok.start..tok.end, original);
            let shape = if grouped {
                Shape::Digits(6)
            } else {
                shape(folded, &original[span.range()])
            };
            let adjacent_ok = !colon && !linked;
            let kind = match (label, shape) {
                (Label::Pin, Shape::Digits(4..=8)) | (Label::PinCode, Shape::Digits(4..=5)) => {
                    "pin"
                }
                (Label::Otp | Label::Code, Shape::Digits(4..=8)) => "otp",
                (Label::Otp | Label::Code, Shape::Strong)
                    if folded.len() <= 12
                        && folded
                            .bytes()
                            .all(|c| c.is_ascii_alphanumeric() || c == b'-')
                        && folded.bytes().filter(u8::is_ascii_digit).count() >= 4 =>
                {
                    "otp"
                }
                (Label::Password | Label::Pass, _) if tok.quoted && folded.chars().count() >= 3 => {
                    "password"
                }
                (Label::Password | Label::Pass, Shape::Digits(4..) | Shape::Strong) => "password",
                (Label::Password, Shape::Word)
                    if folded.chars().count() >= 4 && (colon || (linked && tok.ends_clause)) =>
                {
                    "password"
                }
                _ => continue,
            };
            // A bare "code" or short password word needs a link or a colon; a bare
            // "code" also needs the number to end the clause ("my code is 2000 lines").
            if matches!(label, Label::Code | Label::Pass) && adjacent_ok
                || label == Label::Code && !colon && !tok.ends_clause
            {
                continue;
            }
            if keys.iter().any(|&(s, e)| s < span.end && span.start < e) {
                continue; // reported as a key already
            }
            out.report(
                view,
                tok.start..tok.end,
                Hit::new(RuleId::PrivacyCredentials, 0.85).kind(kind),
            );
            done = tok.end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses() {
        let d = Credentials::new();
        assert!(d.stop.contains("strong"));
        assert!(d.links.words.contains(&"is"));
        assert!(d.labels.iter().any(|(w, _)| *w == "contraseña"));
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("482913", "482913"), Shape::Digits(6));
        assert_eq!(shape("hunter2", "hunter2"), Shape::Strong);
        assert_eq!(shape("sunshine", "SunShine"), Shape::Strong);
        assert_eq!(shape("sunshine", "Sunshine"), Shape::Word);
        assert_eq!(shape("strong", "STRONG"), Shape::Word);
        assert_eq!(shape("p@ss", "p@ss"), Shape::Strong);
        assert_eq!(shape("10:30", "10:30"), Shape::Other);
        assert_eq!(shape("niño", "niño"), Shape::Word);
    }

    #[test]
    fn tokens_lose_sentence_punctuation() {
        let t = "abc123. ok";
        let tok = token_at(t, 0).unwrap();
        assert_eq!(&t[tok.start..tok.end], "abc123");
        assert!(tok.ends_clause);
        let t = "Summer2024! yes";
        assert_eq!(token_at(t, 0).unwrap().end, 11);
        let t = "sunshine!";
        assert_eq!(token_at(t, 0).unwrap().end, 8);
        let t = "'my secret' right";
        let tok = token_at(t, 0).unwrap();
        assert_eq!(&t[tok.start..tok.end], "my secret");
        assert!(token_at("'unclosed", 0).is_none());
    }

    #[test]
    fn key_shapes() {
        let aws = b"AKIAIOSFODNN7EXAMPLE";
        assert_eq!(key_token(aws, 4, Key::Aws), Some(20));
        assert_eq!(key_token(b"AKIAIOSFODNN7EXAMPL", 4, Key::Aws), None);
        assert_eq!(key_token(b"sk-8", 3, Key::OpenAi), None);
        assert_eq!(
            key_token(b"sk-abcdefghijklmnopqrstuvwxyz0123", 3, Key::OpenAi),
            None,
            "no capital: not enough mix"
        );
        assert!(key_token(b"sk-T3BlbkFJabcDEF0123456789xyz", 3, Key::OpenAi).is_some());
        let jwt_text = b"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
        assert_eq!(jwt(jwt_text, 0), Some(jwt_text.len()));
        assert_eq!(jwt(b"eyJhbGciOiJIUzI1NiJ9.notjwt.x", 0), None);
    }

    #[test]
    fn key_prefixes_are_the_automatons() {
        for (n, (prefix, _, k)) in KEY_PREFIXES.iter().enumerate() {
            let first = prefix.bytes().position(|c| TRIGGERS.contains(&c));
            assert_eq!(first, Some(*k), "{prefix}");
            let group = [0, 3, 11, 18, 19].iter().rposition(|&g| g <= n).unwrap();
            assert_eq!(prefix.as_bytes()[*k], TRIGGERS[group], "{prefix}");
        }
        let matcher = crate::detect::lexicon::Matcher::new(KEY_PREFIXES.iter().map(|p| p.0));
        let pieces = [
            "AKIA",
            "ASIA",
            "AIza",
            "ghp_",
            "github_pat_",
            "xoxb-",
            "sk_live_",
            "rk_live_",
            "sk-",
            "sk-proj-",
            "eyJ",
            "-----BEGIN ",
            "-",
            "A",
            "_",
            "J",
            "s",
            "k",
            "x",
            " ",
            "é",
            "github",
            "IA",
            "---",
            // Bytes whose low seven bits are a trigger's: 0xAD, 0xCA.
            "í",
            "ʊ",
        ];
        for text in crate::test_texts::random_texts(&pieces, 3000, 12, 3) {
            let expected: Vec<(usize, usize, Key)> = matcher
                .find_iter(&text)
                .map(|(id, m)| (m.start, m.end, KEY_PREFIXES[id].1))
                .collect();
            assert_eq!(key_prefixes(text.as_bytes()), expected, "{text:?}");
        }
    }

    #[test]
    fn pem_blocks() {
        let body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
        let pem = format!("-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----");
        assert_eq!(pem_block(pem.as_bytes(), 0), Some(pem.len()));
        let cut = format!("-----BEGIN RSA PRIVATE KEY-----\n{body}\n");
        assert_eq!(pem_block(cut.as_bytes(), 0), Some(cut.len() - 1));
        let public = format!("-----BEGIN PUBLIC KEY-----\n{body}\n-----END PUBLIC KEY-----");
        assert_eq!(pem_block(public.as_bytes(), 0), None);
    }
    /// The table is used as written: its words must be as the folded view writes them.
    #[test]
    fn words_are_written_folded() {
        for line in include_str!("../../data/credentials.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
        {
            let word = line.rsplit('\t').next().unwrap_or_default();
            assert_eq!(word, Normalized::new(word).folded().text(), "{word:?}");
        }
    }
}

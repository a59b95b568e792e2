//! Finding links in the folded view, for the rules that judge them (`spam.link`,
//! `spam.flood`, teen-safety invites).
//!
//! What counts as a link:
//! * a URL with a scheme: `https://…`, `ftp://…`, defanged `hxxps://…` / `http[:]//…`,
//!   and `javascript:` / `data:` URLs;
//! * a host starting with `www.`;
//! * a bare `domain.tld`, when the top-level domain is a real one (IANA) and the name
//!   is not a file (`readme.md`, `main.rs` and `clip.mov` need a path or `www.`);
//! * a bare IPv4 host with a port or a path (`10.0.0.1:8080`, `1.2.3.4/login`);
//! * hosts written to dodge filters: `example[.]com`, `example(dot)com`,
//!   `example . com`, `example dot com` (not after a word such as "the": "the dot com
//!   bubble" is not a link).
//!
//! A link ends where people end it: at a space, at a closing bracket it did not open
//! (`(see example.com/a_(b))`), before the punctuation that closes a sentence
//! (`example.com.`), before text in a script written without spaces.
//!
//! One pass, left to right. It wakes at `:` (a scheme), at `.` between a label and a
//! label, at an opening bracket that holds a dot, and at a spelled-out dot word; each
//! link or failed try consumes what it read, so every byte is read a bounded number of
//! times whatever the input (linear time).

use crate::detect::chars::{alnum_after, alnum_before, is_label_char, is_unspaced_script};
use crate::detect::domain::is_tld;
use crate::detect::scan::Classes;
use std::ops::Range;

/// Longest domain label (RFC 1035).
const MAX_LABEL: usize = 63;
/// Most labels read in one host.
const MAX_LABELS: usize = 12;
/// Longest scheme name read back from a `:`.
const MAX_SCHEME: usize = 10;

/// How a link names its protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scheme {
    /// No scheme: `www.example.com`, `example.com/a`.
    None,
    /// `http://` or `https://` (also `ftp://`, `ws://` and their secure forms).
    Web,
    /// Written so that it does not work as typed: `hxxp://`, `http[:]//`.
    Defanged,
    /// `javascript:` or `data:`: runs code or carries a document inline.
    Inline,
    /// Another scheme with a host (`steam://`, `tg://`).
    Other,
}

/// What a link's host is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Host {
    /// A domain name.
    Domain,
    /// An IPv4 address in dotted decimal.
    Ipv4,
    /// An IPv6 address in brackets.
    Ipv6,
    /// An IPv4 address written as one number or in hex or octal (`http://3232235777`).
    EncodedIp,
    /// None: `javascript:` and `data:` URLs.
    None,
}

/// A link in the folded view; ranges are byte ranges of the view's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Link {
    /// The whole link, as it should be highlighted.
    pub(crate) range: Range<usize>,
    pub(crate) scheme: Scheme,
    pub(crate) host_kind: Host,
    /// The host as written (with its disguised dots, if any).
    pub(crate) host: Range<usize>,
    /// The host with plain dots: `example.com` for `example [.] com`.
    pub(crate) name: String,
    /// `user:pass@` before the host, without the `@`.
    pub(crate) userinfo: Option<Range<usize>>,
    /// The path, query and fragment (empty when there are none).
    pub(crate) path: Range<usize>,
    /// The host's dots or the scheme were disguised (`[.]`, ` dot `, `hxxp`).
    pub(crate) disguised: bool,
}

impl Link {
    /// The last label of the host (empty for IP hosts and inline URLs).
    pub(crate) fn tld(&self) -> &str {
        match self.host_kind {
            Host::Domain => self.name.rsplit('.').next().unwrap_or_default(),
            _ => "",
        }
    }
}

// `links.tsv`, parsed by build.rs (see `links/table.rs`): `FILE_TLDS`, `SPOKEN_TLDS`,
// `BARE_TLDS` and `STOP`.
include!(concat!(env!("OUT_DIR"), "/links_tables.rs"));

/// The e-mail detector's words (`email.tsv`, parsed by build.rs, see
/// `privacy/email/table.rs`), of which the finder reads the dot and at words: the
/// linker keeps one copy of the texts both read, and drops the rest.
#[allow(dead_code)]
mod email {
    include!(concat!(env!("OUT_DIR"), "/email_tables.rs"));

    /// The at words (longest first) and the dot words, each joined by line breaks.
    pub(super) fn at_and_dot_words() -> (&'static str, &'static str) {
        (AT_WORDS, DOT_WORDS)
    }
}

/// The words the finder knows, in folded form: the dot and at words of
/// `src/data/email.tsv` ("dot", "punto", "точка"; "at", "arroba"), and from
/// `src/data/links.tsv` the top-level domains that are also file extensions, those a
/// host without a path may end in, those people say aloud, and the words after which
/// "dot com" is talk.
pub(crate) struct Words {
    dots: Vec<&'static str>,
    /// The first bytes of the dot words.
    dot_first: [bool; 256],
    at: Vec<&'static str>,
    file_tlds: Vec<&'static str>,
    spoken_tlds: Vec<&'static str>,
    bare_tlds: Vec<&'static str>,
    stop: Vec<&'static str>,
}

impl Words {
    pub(crate) fn new() -> Words {
        let list = |words: &'static str| crate::detect::coded::lines(words);
        let (at, dots) = email::at_and_dot_words();
        let mut words = Words {
            dots: list(dots),
            dot_first: [false; 256],
            at: list(at),
            file_tlds: list(FILE_TLDS),
            spoken_tlds: list(SPOKEN_TLDS),
            bare_tlds: list(BARE_TLDS),
            stop: list(STOP),
        };
        // The finder wakes at a space before a `d` or a `p` (see `next_wake`): dot words
        // that start otherwise ("titik", "точка") are left to the e-mail detector.
        words
            .dots
            .retain(|w| matches!(w.as_bytes()[0], b'd' | b'p'));
        for w in &words.dots {
            words.dot_first[usize::from(w.as_bytes()[0])] = true;
        }
        words
    }
}

/// The links of `text` as the spam rules see them, as byte ranges of `text` as typed:
/// for tools that compare link finders (the benchmark sets it beside linkify-it).
pub fn spans(text: &str) -> Vec<Range<usize>> {
    static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(Words::new);
    let n = crate::normalize::Normalized::new(text);
    let view = n.folded();
    find(view.text(), words, n.classes())
        .into_iter()
        .map(|l| view.to_original(l.range, text).range())
        .collect()
}

/// Every link in `t` (a folded view's text), left to right, not overlapping.
pub(crate) fn find(t: &str, words: &Words, classes: &Classes) -> Vec<Link> {
    let b = t.as_bytes();
    let mut links = Vec::new();
    // Nothing before `done` is read again: it is part of a link or of a failed try.
    let mut done = 0;
    // The next byte to look at.
    let mut next = 0;
    while let Some(i) = next_wake(t, classes, words, next) {
        let found = if b[i] == b':' {
            at_colon(t, i, done, words)
        } else if b[i] == b'@' {
            // An e-mail's domain (or a userinfo's host, which needs a scheme): none of
            // its labels starts a bare link.
            plain_run_end(t, i + 1, words).map_or(Found::Nothing, Found::Skip)
        } else {
            at_separator(t, i, done, words)
        };
        next = match found {
            Found::Link(link) => {
                done = link.range.end;
                links.push(link);
                done
            }
            Found::Skip(to) => {
                done = done.max(to);
                (i + 1).max(to)
            }
            Found::Nothing => i + 1,
        };
    }
    links
}

/// What the finder may wake at, by byte: [`DOT`], [`SEPARATOR`], [`COLON`], [`SPACE`]
/// or [`AT`] (one bit each).
static WAKE: [u8; 256] = {
    let mut w = [0; 256];
    w[b'.' as usize] = DOT;
    w[b'[' as usize] = SEPARATOR;
    w[b'(' as usize] = SEPARATOR;
    w[b'{' as usize] = SEPARATOR;
    w[b':' as usize] = COLON;
    w[b' ' as usize] = SPACE;
    w[b'@' as usize] = AT;
    w
};
/// The kinds of [`WAKE`] a try may follow, by the byte after (0 past the end): a dot
/// word after a space starts with `d` or `p`; a dot or an `@` is followed by a label, or
/// a dot written after a space (see [`BEFORE`]).
static AFTER: [u8; 256] = {
    let mut w = [SEPARATOR | COLON; 256];
    w[b'd' as usize] |= SPACE;
    w[b'p' as usize] |= SPACE;
    let mut c = 0;
    while c < 256 {
        if (c as u8).is_ascii_alphanumeric() || c >= 0x80 {
            w[c] |= DOT | AT;
        }
        c += 1;
    }
    w
};
/// The kinds of [`WAKE`] a try may follow, by the byte before (0 at the start): " . ".
static BEFORE: [u8; 256] = {
    let mut w = [0; 256];
    w[b' ' as usize] = DOT;
    w
};
/// A dot.
const DOT: u8 = 1;
/// An opening bracket: a host's disguised separator.
const SEPARATOR: u8 = 2;
/// A scheme's colon.
const COLON: u8 = 4;
/// A space, before a dot word.
const SPACE: u8 = 8;
/// An `@` before a label: what follows it is skipped when it is an e-mail's domain.
const AT: u8 = 16;

/// The first place at or after `from` where a try may find something: the ASCII bytes
/// that are neither letters nor digits, from the check's byte classes sixty-four at a
/// time, each looked at by its value and the bytes around it. A try that cannot find
/// anything whatever was read before (a dot that ends a sentence, a space before
/// another word) is not woken for: most of the text's spaces and dots are ruled out
/// by three lookups, without a branch on what the byte is.
#[inline(never)]
fn next_wake(t: &str, classes: &Classes, words: &Words, from: usize) -> Option<usize> {
    let b = t.as_bytes();
    let mut j = from / 64;
    let mut m = !(classes.alnum.get(j)? | classes.high.get(j)?) & (!0 << (from % 64));
    loop {
        while m != 0 {
            let i = j * 64 + m.trailing_zeros() as usize;
            m &= m - 1;
            // The bits past the end of the text are set, and come last.
            let c = *b.get(i)?;
            let after = b.get(i + 1).copied().unwrap_or(0);
            let before = if i > 0 { b[i - 1] } else { 0 };
            let kind =
                WAKE[usize::from(c)] & (AFTER[usize::from(after)] | BEFORE[usize::from(before)]);
            if kind == 0 {
                continue;
            }
            // A dot word: "dot", "punto", "ponto", "point", "punkt".
            let word = kind != SPACE
                || matches!(b.get(i + 1..i + 4), Some(b"dot" | b"pun" | b"pon" | b"poi"));
            if word && wakes(t, i, kind, words) {
                return Some(i);
            }
        }
        j += 1;
        m = !(classes.alnum.get(j)? | classes.high.get(j)?);
    }
}

/// Whether a try at `i`, a byte of the [`WAKE`] kind `kind`, may find something.
#[inline(never)]
fn wakes(t: &str, i: usize, kind: u8, words: &Words) -> bool {
    let b = t.as_bytes();
    match kind {
        COLON => i > 0 && (is_scheme_byte(b[i - 1]) || b[i - 1] == b'['),
        AT => true,
        _ => may_separate(t, i, words),
    }
}

/// What one try found.
enum Found {
    Link(Link),
    /// No link, and none starts before this position.
    Skip(usize),
    Nothing,
}

/// A scheme's `:` at `c`: `https://`, `hxxp[:]//`, `javascript:`, `data:text/html,`.
fn at_colon(t: &str, c: usize, done: usize, words: &Words) -> Found {
    let b = t.as_bytes();
    let mut s = c;
    while s > done && c - s < MAX_SCHEME && is_scheme_byte(b[s - 1]) {
        s -= 1;
    }
    // "[:]": the scheme ends before the bracket.
    let bracketed = s == c && c > done + 1 && b[c - 1] == b'[';
    if bracketed {
        s = c - 1;
        while s > done && c - s < MAX_SCHEME && is_scheme_byte(b[s - 1]) {
            s -= 1;
        }
    }
    let name_end = if bracketed { c - 1 } else { c };
    if s == name_end || !b[s].is_ascii_alphabetic() || alnum_before(t, s) {
        return Found::Nothing;
    }
    let name = &t[s..name_end];
    let rest = &t[c..];
    // The text after the scheme's name: `://`, `[:]//`, `[://]`, `:]//`.
    let after = if bracketed {
        rest.strip_prefix(":]//")
    } else {
        rest.strip_prefix("://")
            .or_else(|| rest.strip_prefix(":[//]"))
            .or_else(|| rest.strip_prefix(":\\/\\/"))
    };
    let Some(after) = after else {
        return inline_url(t, s, name, c);
    };
    let defanged = bracketed || !rest.starts_with("://") || is_defanged_scheme(name);
    let scheme = match name {
        _ if defanged => Scheme::Defanged,
        "http" | "https" | "ftp" | "ftps" | "sftp" | "ws" | "wss" => Scheme::Web,
        _ => Scheme::Other,
    };
    let authority = t.len() - after.len();
    match url_after_scheme(t, s, authority, scheme, words) {
        Some(link) => Found::Link(link),
        None => Found::Skip(authority),
    }
}

fn is_scheme_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'+' | b'-')
}

/// `hxxp`, `hxxps`, `hxxxp`, `fxp`, `hXXp` (folded): schemes written not to work.
fn is_defanged_scheme(name: &str) -> bool {
    matches!(
        name,
        "hxxp" | "hxxps" | "hxxxp" | "hxxxps" | "hxtp" | "hxtps" | "fxp"
    )
}

/// `javascript:…` and `data:type/subtype…` at `s`, its colon at `c`.
fn inline_url(t: &str, s: usize, name: &str, c: usize) -> Found {
    let body = &t[c + 1..];
    let ok = match name {
        "javascript" | "vbscript" => body.chars().next().is_some_and(|ch| !ch.is_whitespace()),
        "data" => is_media_type(body),
        _ => false,
    };
    if !ok {
        return Found::Nothing;
    }
    let end = c + 1 + body.find(char::is_whitespace).unwrap_or(body.len());
    let end = trim_end(t, s, end);
    Found::Link(Link {
        range: s..end,
        scheme: Scheme::Inline,
        host_kind: Host::None,
        host: c + 1..c + 1,
        name: String::new(),
        userinfo: None,
        path: c + 1..end,
        disguised: false,
    })
}

/// `text/html;…`, `image/svg+xml,…`: a media type, then `;` or `,`.
fn is_media_type(s: &str) -> bool {
    let b = s.as_bytes();
    let top = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
    if top < 4 || b.get(top) != Some(&b'/') {
        return false;
    }
    let sub = b[top + 1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
        .count();
    sub > 0 && matches!(b.get(top + 1 + sub), Some(b';' | b','))
}

/// The rest of a URL whose scheme starts at `s` and whose authority starts at `a`.
fn url_after_scheme(t: &str, s: usize, a: usize, scheme: Scheme, words: &Words) -> Option<Link> {
    let b = t.as_bytes();
    // The authority ends at the path, a space, or what cannot be in a URL.
    let auth_end = a + t[a..]
        .find(|ch: char| {
            ch.is_whitespace() || matches!(ch, '/' | '?' | '#' | '\\') || !is_url_char(ch)
        })
        .unwrap_or(t.len() - a);
    // The last `@` splits off user information: `https://paypal.com@evil.example`.
    let (userinfo, h) = match t[a..auth_end].rfind('@') {
        Some(k) => (Some(a..a + k), a + k + 1),
        None => (None, a),
    };
    let host = if b.get(h) == Some(&b'[') {
        ipv6(t, h, auth_end)?
    } else {
        // Defanged URLs bracket their dots too: `hxxp://evil[.]example`.
        read_labels(t, h, Some(words), false)?
    };
    let (kind, name) = match host.kind {
        Host::Ipv6 => (Host::Ipv6, t[host.range.clone()].to_string()),
        _ => classify(&host, t)?,
    };
    if kind == Host::Domain && host.labels.len() == 1 && name != "localhost" {
        return None;
    }
    let host_end = host.range.end;
    let end = port_and_path(t, host_end);
    let end = trim_end(t, s, end);
    Some(Link {
        range: s..end,
        scheme,
        host_kind: kind,
        host: host.range.start..host_end,
        name,
        userinfo,
        path: path_start(t, host_end, end)..end,
        disguised: scheme == Scheme::Defanged || host.disguised,
    })
}

/// A host read from the text.
struct HostRead {
    range: Range<usize>,
    labels: Labels,
    disguised: bool,
    /// Dots written as words or between spaces (" dot ", " . "): weaker evidence than
    /// brackets.
    worded: bool,
    kind: Host,
}

/// `[2001:db8::1]` at `h`, before `end`.
fn ipv6(t: &str, h: usize, end: usize) -> Option<HostRead> {
    let close = h + t[h..end].find(']')?;
    let inner = &t[h + 1..close];
    let ok = inner.contains(':')
        && inner
            .bytes()
            .all(|c| c.is_ascii_hexdigit() || c == b':' || c == b'.');
    ok.then(|| HostRead {
        range: h..close + 1,
        labels: Labels::default(),
        disguised: false,
        worded: false,
        kind: Host::Ipv6,
    })
}

/// The labels of a host, as byte ranges of the text: at most [`MAX_LABELS`], kept in
/// place (most hosts read are words or e-mail domains, dropped at once).
#[derive(Clone, Default)]
struct Labels {
    ranges: [(usize, usize); MAX_LABELS],
    len: usize,
}

impl Labels {
    fn len(&self) -> usize {
        self.len
    }

    /// Adds a label; the caller stops at [`MAX_LABELS`].
    fn push(&mut self, r: Range<usize>) {
        self.ranges[self.len] = (r.start, r.end);
        self.len += 1;
    }

    fn truncate(&mut self, n: usize) {
        self.len = self.len.min(n);
    }

    /// Where label `k` ends.
    fn end(&self, k: usize) -> usize {
        self.ranges[..self.len][k].1
    }

    /// The labels' texts in `t`: the first [`Labels::len`] of the array.
    fn texts<'t>(&self, t: &'t str) -> [&'t str; MAX_LABELS] {
        let mut texts = [""; MAX_LABELS];
        for (text, &(start, end)) in texts.iter_mut().zip(&self.ranges[..self.len]) {
            *text = &t[start..end];
        }
        texts
    }
}

/// Reads domain labels from `at`, joined by dots plain or disguised.
fn read_labels(t: &str, at: usize, dots: Option<&Words>, spaced: bool) -> Option<HostRead> {
    let mut labels = Labels::default();
    let mut disguised = false;
    let mut worded = false;
    let mut pos = at;
    let mut end = label_end(t, pos);
    loop {
        if end == pos || end - pos > MAX_LABEL {
            break;
        }
        labels.push(pos..end);
        if labels.len() == MAX_LABELS {
            break;
        }
        let Some((next, sep)) = separator_after(t, end, dots, spaced) else {
            break;
        };
        // The next label is read once, here.
        let next_end = label_end(t, next);
        if next_end == next {
            break;
        }
        disguised |= sep != Sep::Plain;
        worded |= matches!(sep, Sep::Word | Sep::Spaced);
        (pos, end) = (next, next_end);
    }
    if labels.len() == 0 {
        return None;
    }
    let last = labels.end(labels.len() - 1);
    Some(HostRead {
        range: at..last,
        labels,
        disguised,
        worded,
        kind: Host::Domain,
    })
}

/// The end of the label at `pos`: label characters, at most `MAX_LABEL + 1` read.
fn label_end(t: &str, pos: usize) -> usize {
    let b = t.as_bytes();
    let mut end = pos;
    while end < b.len()
        && end - pos <= MAX_LABEL
        && (b[end].is_ascii_alphanumeric() || b[end] == b'-')
    {
        end += 1;
    }
    if end - pos > MAX_LABEL || b.get(end).is_none_or(|c| c.is_ascii()) {
        return end;
    }
    // A letter of another script: read the label again, char by char.
    end = pos;
    for (n, c) in t[pos..].chars().enumerate() {
        if !is_label_char(c) || n > MAX_LABEL {
            break;
        }
        end += c.len_utf8();
    }
    end
}

/// How two labels are joined.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Sep {
    /// `.`
    Plain,
    /// `[.]`, `(dot)`
    Bracketed,
    /// ` . `
    Spaced,
    /// ` dot `, ` punto `
    Word,
}

/// A dot between labels at `at`: where the next label starts and how the dot is written.
/// Disguised dots count only when `dots` is given, and spaced ones (` . `, ` dot `) only
/// with `spaced` (in a bare host; a URL's host ends at a space).
fn separator_after(t: &str, at: usize, dots: Option<&Words>, spaced: bool) -> Option<(usize, Sep)> {
    let b = t.as_bytes();
    if b.get(at) == Some(&b'.') {
        return Some((at + 1, Sep::Plain));
    }
    let dots = dots?;
    let (s, before) = skip_spaces(b, at, 1);
    if b.get(s).copied().is_some_and(is_open) {
        // "[.]", "(dot)", "{ . }"
        let (inner, _) = skip_spaces(b, s + 1, 1);
        let inner_end = if b.get(inner) == Some(&b'.') {
            inner + 1
        } else {
            dot_word_at(t, inner, dots)?
        };
        let (close, _) = skip_spaces(b, inner_end, 1);
        if !b.get(close).copied().is_some_and(is_close) {
            return None;
        }
        return Some((skip_spaces(b, close + 1, 1).0, Sep::Bracketed));
    }
    if before == 0 || !spaced {
        return None;
    }
    // " . " needs a space on both sides: "example.com. Then" ends a sentence.
    let (word_end, sep) = if b.get(s) == Some(&b'.') {
        (s + 1, Sep::Spaced)
    } else {
        (dot_word_at(t, s, dots)?, Sep::Word)
    };
    let (next, after) = skip_spaces(b, word_end, 1);
    (after > 0).then_some((next, sep))
}

/// The end of a dot word at `at`, when one is there as a whole word.
fn dot_word_at(t: &str, at: usize, dots: &Words) -> Option<usize> {
    let first = *t.as_bytes().get(at)?;
    dots.dots
        .iter()
        .filter(|w| w.as_bytes()[0] == first && t[at..].starts_with(**w))
        .map(|w| at + w.len())
        .find(|&end| !alnum_after(t, end))
}

fn is_open(b: u8) -> bool {
    matches!(b, b'[' | b'(' | b'{')
}

fn is_close(b: u8) -> bool {
    matches!(b, b']' | b')' | b'}')
}

/// Skips up to `max` spaces from `at`: the new position and how many were skipped.
fn skip_spaces(b: &[u8], at: usize, max: usize) -> (usize, usize) {
    let n = b
        .get(at..)
        .unwrap_or_default()
        .iter()
        .take(max)
        .take_while(|&&c| c == b' ')
        .count();
    (at + n, n)
}

/// `labels` joined by dots (the standard `join` is a generic routine of its own in the
/// wasm).
fn dotted(labels: &[&str]) -> String {
    let mut name = String::with_capacity(labels.iter().map(|l| l.len() + 1).sum());
    for (i, l) in labels.iter().enumerate() {
        if i > 0 {
            name.push('.');
        }
        name.push_str(l);
    }
    name
}

/// Whether a scheme URL's labels are an IP address or a domain, and the host with
/// plain dots. Domains need a letter in their last label and labels that neither start
/// nor end with `-`.
fn classify(host: &HostRead, t: &str) -> Option<(Host, String)> {
    let texts = host.labels.texts(t);
    let labels = &texts[..host.labels.len()];
    let name = dotted(labels);
    if labels.iter().all(|l| is_number(l)) {
        let kind = match labels.len() {
            4 if labels.iter().all(|l| is_decimal_octet(l)) => Host::Ipv4,
            // "http://3232235777", "http://0xc0a80001", "http://127.1", "0300.0250.0.1"
            1..=4 if encoded_ip(labels) => Host::EncodedIp,
            _ => return None,
        };
        return Some((kind, name));
    }
    let valid = labels
        .iter()
        .all(|l| !l.starts_with('-') && !l.ends_with('-'))
        && labels
            .last()
            .is_some_and(|l| l.chars().any(|c| c.is_alphabetic()));
    valid.then_some((Host::Domain, name))
}

/// Decimal digits, or `0x` and hex digits.
fn is_number(l: &str) -> bool {
    match l.strip_prefix("0x") {
        Some(hex) => !hex.is_empty() && hex.bytes().all(|c| c.is_ascii_hexdigit()),
        None => !l.is_empty() && l.bytes().all(|c| c.is_ascii_digit()),
    }
}

/// 0 to 255 in plain decimal (no leading zero).
fn is_decimal_octet(l: &str) -> bool {
    l.len() <= 3 && (l == "0" || !l.starts_with('0')) && l.parse::<u16>().is_ok_and(|v| v <= 255)
}

/// An IPv4 address in a form browsers accept but people don't write: one to four
/// numbers, each decimal, octal (leading 0) or hex (`0x`), the last filling the bytes
/// left. At least one part is not plain dotted decimal.
fn encoded_ip(labels: &[&str]) -> bool {
    let value = |l: &str| -> Option<u64> {
        if let Some(hex) = l.strip_prefix("0x") {
            return (hex.len() <= 8).then(|| u64::from_str_radix(hex, 16).ok())?;
        }
        if l.len() > 1 && l.starts_with('0') {
            return (l.len() <= 12).then(|| u64::from_str_radix(l, 8).ok())?;
        }
        (l.len() <= 10).then(|| l.parse().ok())?
    };
    let n = labels.len();
    for (k, l) in labels.iter().enumerate() {
        let Some(v) = value(l) else { return false };
        let limit = if k + 1 == n {
            1u64 << (8 * (5 - n))
        } else {
            256
        };
        if v >= limit {
            return false;
        }
    }
    !(n == 4 && labels.iter().all(|l| is_decimal_octet(l)))
}

/// A separator at `i` (a `.`, a space before ` . `, `[.]` or a dot word, or an opening
/// bracket): tries a bare host whose first label ends there.
fn at_separator(t: &str, i: usize, done: usize, words: &Words) -> Found {
    let b = t.as_bytes();
    let i = label_end_at(b, i);
    if i <= done || !starts_label_char_before(b, i) || !separator_may_follow(t, i, words) {
        return Found::Nothing;
    }
    // The label that ends at `i`.
    let mut s = i;
    while s > done && i - s <= MAX_LABEL && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'-') {
        s -= 1;
    }
    if i - s > MAX_LABEL {
        return Found::Skip(i);
    }
    let mut chars = i - s;
    let ascii_start = s;
    for ch in t[done..ascii_start].chars().rev() {
        if !is_label_char(ch) {
            break;
        }
        chars += 1;
        if chars > MAX_LABEL {
            return Found::Skip(i);
        }
        s -= ch.len_utf8();
    }
    if continues_byte(b, s) {
        if let Some(end) = plain_run_end(t, i, words) {
            return Found::Skip(end);
        }
    }
    let Some(host) = read_labels(t, s, Some(words), true) else {
        return Found::Skip(i);
    };
    let skip = Found::Skip(host.range.end);
    if followed_part(t, s) {
        return skip;
    }
    bare_link(t, s, host, words).map_or(skip, Found::Link)
}

/// Where the label before a separator at `i` ends: at `i`, or at the space before
/// (" . ", " [.] ").
fn label_end_at(b: &[u8], i: usize) -> usize {
    if i > 0 && b[i - 1] == b' ' && b[i] != b' ' {
        i - 1
    } else {
        i
    }
}

/// A quick look around a separator at `i` (as [`at_separator`] takes it): can a label
/// end before it and another follow? Whatever was read before, a try there finds
/// nothing when not.
fn may_separate(t: &str, i: usize, words: &Words) -> bool {
    let i = label_end_at(t.as_bytes(), i);
    starts_label_char_before(t.as_bytes(), i) && separator_may_follow(t, i, words)
}

/// The byte before `i` may end a label: an ASCII letter or digit, or a non-ASCII one.
fn starts_label_char_before(b: &[u8], i: usize) -> bool {
    i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] >= 0x80)
}

/// A quick look at what follows a label ending at `i`: could a dot be written there?
/// A space counts only before `.`, a bracket or a whole dot word (most spaces are
/// none of these, and the label before them is not read).
fn separator_may_follow(t: &str, i: usize, words: &Words) -> bool {
    let b = t.as_bytes();
    let next = b.get(i + 1).copied().unwrap_or(b' ');
    match b[i] {
        b'.' => next.is_ascii_alphanumeric() || next >= 0x80,
        b' ' => {
            next == b'.'
                || is_open(next)
                || words.dot_first[usize::from(next)]
                    && dot_word_at(t, i + 1, words).is_some_and(|end| b.get(end) == Some(&b' '))
        }
        _ => next == b'.' || next == b' ' || words.dot_first[usize::from(next)],
    }
}

/// A host at `s` that only continues something else: an e-mail's domain
/// (`ana@example.com`, `ana [at] example.com`), a path (`src/main.rs`), a name
/// (`some_module.py`).
fn followed_part(t: &str, s: usize) -> bool {
    let b = t.as_bytes();
    if continues_byte(b, s) {
        return true;
    }
    // "[at] example.com", "(at)example.com"
    let (p, _) = skip_spaces_back(b, s, 1);
    p >= 4 && is_close(b[p - 1]) && t[..p - 1].ends_with("at") && is_open(b[p - 4])
}

/// The byte before `s` joins a label there to what comes before it: `@`, `/`, `.`, ...
fn continues_byte(b: &[u8], s: usize) -> bool {
    s > 0 && b"@/\\.:_=&%$~#+".contains(&b[s - 1])
}

/// The end of a run of labels and plain dots from `i` when nothing disguised or spaced
/// can continue it. Every label in such a run after a [`continues_byte`] continues
/// too, so a try there skips the run without reading its labels (`ana@mail.example.com`
/// is the common case; `ana@mail . com` and `ana@mail[.]com` are read label by label).
fn plain_run_end(t: &str, i: usize, words: &Words) -> Option<usize> {
    let b = t.as_bytes();
    let mut end = i;
    while let Some(&c) = b.get(end) {
        if c < 0x80 {
            if !(c.is_ascii_alphanumeric() || c == b'.' || c == b'-') {
                break;
            }
            end += 1;
        } else {
            match t[end..].chars().next() {
                Some(ch) if is_label_char(ch) => end += ch.len_utf8(),
                _ => break,
            }
        }
    }
    let next = b.get(end + 1).copied().unwrap_or(b' ');
    let may_continue = match b.get(end) {
        Some(b' ') => next == b'.' || is_open(next) || words.dot_first[usize::from(next)],
        Some(&c) => is_open(c),
        None => false,
    };
    (!may_continue).then_some(end)
}

fn skip_spaces_back(b: &[u8], at: usize, max: usize) -> (usize, usize) {
    let n = b[..at]
        .iter()
        .rev()
        .take(max)
        .take_while(|&&c| c == b' ')
        .count();
    (at - n, n)
}

/// A bare host read at `s` (no scheme): a link when its top-level domain is real.
fn bare_link(t: &str, s: usize, host: HostRead, words: &Words) -> Option<Link> {
    let b = t.as_bytes();
    let texts = host.labels.texts(t);
    let labels = &texts[..host.labels.len()];
    if labels.len() < 2 {
        return None;
    }
    // A dotted IPv4 address is a link only with a port or a path; alone it is an
    // address (privacy.ip_address), or a version number.
    if labels.iter().all(|l| l.bytes().all(|c| c.is_ascii_digit())) {
        let end = host.range.end;
        let ok = labels.len() == 4
            && labels.iter().all(|l| is_decimal_octet(l))
            && !host.disguised
            && matches!(b.get(end), Some(b'/' | b':'))
            && port_and_path(t, end) > end + 1;
        return ok.then(|| finish(t, s, host, dotted(labels), Host::Ipv4));
    }
    // The longest run of labels that ends in a real top-level domain:
    // "example.com.thanks" is "example.com".
    let n = (2..=labels.len()).rev().find(|&n| is_tld(labels[n - 1]))?;
    let mut host = host;
    host.labels.truncate(n);
    host.range.end = host.labels.end(n - 1);
    let labels = &labels[..n];
    if labels
        .iter()
        .any(|l| l.starts_with('-') || l.ends_with('-') || l.is_empty())
    {
        return None;
    }
    let end = host.range.end;
    let has_path = matches!(b.get(end), Some(b'/' | b'?' | b'#'));
    let www = labels[0] == "www";
    let tld = labels[n - 1];
    // A dot in brackets ("shop(.)pl", "win[.]accountant") is written to hide a link: nobody
    // brackets the dot of a file name or of two words run together.
    let bracketed = host.disguised && !host.worded;
    if bracketed && n == 2 && labels[0].chars().count() < 2 {
        return None; // "f(.)ck": a word censored with a bracketed dot
    }
    if !www && !has_path && !bracketed {
        // "readme.md", "main.rs", "clip.mov": files. "hello.world", "hi.how": words
        // without a space after the dot. A path, `www.` or a bracketed dot says otherwise.
        let bare = tld.len() == 2
            || !tld.is_ascii()
            || tld.starts_with("xn--")
            || words.bare_tlds.contains(&tld)
            || words.spoken_tlds.contains(&tld);
        if !bare || words.file_tlds.contains(&tld) {
            return None;
        }
    }
    if host.worded {
        // "the dot com bubble", "ana at gmail dot com" (an e-mail address)
        let first = labels[0];
        if first.chars().count() < 2
            || words.stop.contains(&first)
            || !words.spoken_tlds.contains(&labels[n - 1])
            || after_at_word(t, s, words)
        {
            return None;
        }
    }
    // "paypal.com@evil.example/login": the real host is after the `@`.
    if b.get(end) == Some(&b'@') {
        let other = read_labels(t, end + 1, None, false)?;
        let other_end = other.range.end;
        if !matches!(b.get(other_end), Some(b'/' | b'?' | b'#' | b':')) {
            return None; // an e-mail address
        }
        let (kind, name) = classify(&other, t)?;
        let mut link = finish(t, s, other, name, kind);
        link.userinfo = Some(s..end);
        link.range.start = s;
        return Some(link);
    }
    let name = dotted(labels);
    Some(finish(t, s, host, name, Host::Domain))
}

/// The word before `s` is an at-word: a spelled-out e-mail address.
fn after_at_word(t: &str, s: usize, words: &Words) -> bool {
    let (p, n) = skip_spaces_back(t.as_bytes(), s, 1);
    n == 1
        && words
            .at
            .iter()
            .any(|w| t[..p].ends_with(*w) && !alnum_before(t, p - w.len()))
}

/// The link of a bare host read at `s`, with its port and path.
fn finish(t: &str, s: usize, host: HostRead, name: String, kind: Host) -> Link {
    let h = host.range.end;
    let end = trim_end(t, h, port_and_path(t, h));
    Link {
        range: s..end,
        scheme: Scheme::None,
        host_kind: kind,
        host: host.range.start..h,
        name,
        userinfo: None,
        path: path_start(t, h, end)..end,
        disguised: host.disguised,
    }
}

/// Where the port and the path after a host ending at `h` end (before trimming).
fn port_and_path(t: &str, h: usize) -> usize {
    let b = t.as_bytes();
    let mut end = h;
    if b.get(end) == Some(&b':') {
        let digits = b[end + 1..]
            .iter()
            .take(6)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if (1..=5).contains(&digits) {
            end += 1 + digits;
        }
    }
    if !matches!(b.get(end), Some(b'/' | b'?' | b'#')) {
        return end;
    }
    // Brackets opened inside the path may close inside it; one it did not open ends it.
    let mut depth = 0u32;
    let mut chars = t[end..].char_indices();
    while let Some((k, ch)) = chars.next() {
        match ch {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                if depth == 0 {
                    return end + k;
                }
                depth -= 1;
            }
            _ if is_url_char(ch) => {}
            _ if ch.is_alphanumeric() => {
                // Thai, Chinese or Japanese letters: the chat text that follows the link
                // ("example.com/aแล้วนะ"), unless the path goes on right after them
                // ("/tag/แซง.bat", "/wiki/東京/"), as in a file or page named in that script.
                let run = t[end + k..]
                    .char_indices()
                    .find(|&(_, c)| !(c.is_alphanumeric() && is_unspaced_script(c)))
                    .map_or(t.len() - end - k, |(n, _)| n);
                let rest = &t[end + k + run..];
                let goes_on = rest.starts_with(['/', '.', '?', '#', '=', '&', '-', '_'])
                    && rest[1..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '/');
                if !goes_on {
                    return end + k;
                }
                // Skip the run; the loop reads on from the character after it.
                while chars.clone().next().is_some_and(|(n, _)| n < k + run) {
                    chars.next();
                }
            }
            _ => return end + k,
        }
    }
    t.len()
}

/// Where the path starts in a link whose host ends at `h` and which ends at `end`.
fn path_start(t: &str, h: usize, end: usize) -> usize {
    t[h..end].find(['/', '?', '#']).map_or(end, |k| h + k)
}

/// A character that can be part of a URL as people paste it: ASCII graphic characters
/// except `<>"\`` and the letters and digits of scripts written with spaces.
fn is_url_char(ch: char) -> bool {
    if ch.is_ascii() {
        ch.is_ascii_graphic() && !matches!(ch, '<' | '>' | '"' | '`' | '\\' | '^' | '|')
    } else {
        ch.is_alphanumeric() && !is_unspaced_script(ch)
    }
}

/// `end` with the punctuation that closes a sentence taken off: `example.com/a.`,
/// `(see example.com/a)`, `'example.com/a'`. Never before `min`.
fn trim_end(t: &str, min: usize, mut end: usize) -> usize {
    let b = t.as_bytes();
    while end > min
        && matches!(
            b[end - 1],
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'*' | b'"'
        )
    {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalized;

    /// The links of `text` as written in the folded view.
    fn links(text: &str) -> Vec<String> {
        let n = Normalized::new(text);
        let t = n.folded().text();
        find(t, &Words::new(), n.classes())
            .into_iter()
            .map(|l| t[l.range].to_string())
            .collect()
    }

    fn one(text: &str) -> Link {
        let n = Normalized::new(text);
        let t = n.folded().text();
        let mut found = find(t, &Words::new(), n.classes());
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        found.remove(0)
    }

    #[test]
    fn links_with_a_scheme() {
        for (text, link) in [
            (
                "go to https://example.com/a?b=1#c now",
                "https://example.com/a?b=1#c",
            ),
            ("http://example.com", "http://example.com"),
            (
                "ftp://files.example.org/x.zip",
                "ftp://files.example.org/x.zip",
            ),
            ("HTTPS://EXAMPLE.COM/Path", "https://example.com/path"),
            (
                "see (https://en.wikipedia.org/wiki/Foo_(bar)) ok",
                "https://en.wikipedia.org/wiki/foo_(bar)",
            ),
            ("https://example.com.", "https://example.com"),
            ("'https://example.com/a'", "https://example.com/a"),
            ("https://example.com/a, then", "https://example.com/a"),
            ("http://localhost:3000/x", "http://localhost:3000/x"),
            ("steam://run/123", ""),
            ("tg://resolve?domain=abc", ""),
        ] {
            let expected: Vec<String> = if link.is_empty() {
                vec![]
            } else {
                vec![link.into()]
            };
            assert_eq!(links(text), expected, "{text:?}");
        }
    }

    #[test]
    fn bare_hosts() {
        for (text, link) in [
            ("visit example.com today", "example.com"),
            ("www.example.co.uk/page", "www.example.co.uk/page"),
            ("bit.ly/3xYz", "bit.ly/3xyz"),
            ("(see example.com/a_(b))", "example.com/a_(b)"),
            ("it's on example.com.", "example.com"),
            ("пример.рф", "пример.рф"),
            ("abcпример.рф", "abcпpимep.рф"),
            ("see ab（c.com", "c.com"),
            ("xn--e1afmkfd.xn--p1ai/a", "xn--e1afmkfd.xn--p1ai/a"),
            ("mi sitio: tienda.com.mx!", "tienda.com.mx"),
            ("github.com/rust-lang/rust.", "github.com/rust-lang/rust"),
            ("10.0.0.1:8080/admin", "10.0.0.1:8080/admin"),
            ("example.com.thanks", "example.com"),
        ] {
            assert_eq!(links(text), vec![link.to_string()], "{text:?}");
        }
    }

    #[test]
    fn not_links() {
        for text in [
            "e.g. this",
            "i.e. that",
            "readme.md",
            "see main.rs and lib.rs",
            "file.py",
            "node.js",
            "clip.mov",
            "photo.jpg",
            "v2.10.3",
            "3.14",
            "05.10.1986",
            "$1,299.99",
            "1.1.1.1",
            "192.168.0.1",
            "ana@example.com",
            "ana [at] example.com",
            "end.of sentence",
            "ok.bye",
            "hello . world",
            "Mr.Smith",
            "U.S.A.",
            "hello.world",
            "hi.how are you",
            "ok.so",
            "the dot com bubble",
            "a dot com company",
            "ana at gmail dot com",
            "polka dot dress",
            "src/main.rs",
            "some_module.py",
            "data: 12 GB",
            "javascript: the good parts",
            "a.b",
            "x.y.z",
        ] {
            assert_eq!(links(text), Vec::<String>::new(), "{text:?}");
        }
    }

    #[test]
    fn disguised_links() {
        for (text, name) in [
            ("example[.]com", "example.com"),
            ("example(.)com/login", "example.com"),
            ("example{.}com", "example.com"),
            ("example (dot) com", "example.com"),
            ("example [ . ] com", "example.com"),
            ("example . com", "example.com"),
            ("go to mysite dot com", "mysite.com"),
            ("mysite punto com", "mysite.com"),
            ("hxxps://evil.example/x", "evil.example"),
            ("http[:]//evil.example", "evil.example"),
            ("hxxp://evil[.]example", "evil.example"),
            ("exa\u{200B}mple.com", "example.com"),
        ] {
            let link = one(text);
            assert_eq!(link.name, name, "{text:?}");
        }
        assert!(one("example[.]com").disguised);
        assert!(one("hxxps://evil.example/x").disguised);
        assert_eq!(one("hxxps://evil.example/x").scheme, Scheme::Defanged);
        assert!(!one("https://example.com").disguised);
    }

    #[test]
    fn hosts_and_parts() {
        let l = one("https://paypal.com@evil.example/login");
        assert_eq!(l.name, "evil.example");
        assert_eq!(l.userinfo.map(|r| r.len()), Some(10));
        let l = one("paypal.com@evil.example/login");
        assert_eq!(l.name, "evil.example");
        assert!(l.userinfo.is_some());
        assert_eq!(one("http://192.168.1.1/x").host_kind, Host::Ipv4);
        assert_eq!(one("http://3232235777/").host_kind, Host::EncodedIp);
        assert_eq!(one("http://0xc0a80001/").host_kind, Host::EncodedIp);
        assert_eq!(one("http://0300.0250.0.1/").host_kind, Host::EncodedIp);
        assert_eq!(one("http://[2001:db8::1]:8080/x").host_kind, Host::Ipv6);
        assert_eq!(one("javascript:alert(1)").scheme, Scheme::Inline);
        assert_eq!(
            one("data:text/html;base64,PHNjcmlwdD4=").scheme,
            Scheme::Inline
        );
        let l = one("https://example.com:8443/a/b?c=d");
        assert_eq!(l.tld(), "com");
        assert_eq!(l.path.len(), "/a/b?c=d".len());
    }

    #[test]
    fn paths_in_scripts_written_without_spaces() {
        // A file or page named in Thai or Japanese, with the path going on after it.
        assert_eq!(
            links("โหลด https://x.co.th/tag/แซง.bat นะ"),
            vec!["https://x.co.th/tag/แซง.bat"]
        );
        assert_eq!(
            links("https://www.shimizu.jp/main/tags/管理する.apk"),
            vec!["https://www.shimizu.jp/main/tags/管理する.apk"]
        );
        assert_eq!(
            links("见 example.cn/wiki/东京/map?q=1 吧"),
            vec!["example.cn/wiki/东京/map?q=1"]
        );
        // Text after a link, with no space: not part of it.
        assert_eq!(links("ดูที่ example.com/aแล้วนะ"), vec!["example.com/a"]);
        assert_eq!(links("看 https://a.cn/x这个."), vec!["https://a.cn/x"]);
        assert_eq!(links("https://a.jp/x/これ。"), vec!["https://a.jp/x/"]);
        assert_eq!(links("https://a.jp/x/これ.と"), vec!["https://a.jp/x/"]);
    }

    #[test]
    fn several_links_and_offsets() {
        let text = "a.com, b.org and https://c.net/x";
        assert_eq!(links(text), vec!["a.com", "b.org", "https://c.net/x"]);
    }

    #[test]
    fn linear_on_adversarial_input() {
        for unit in [
            "a.",
            "a. ",
            "a[.]",
            "a dot ",
            "http://",
            "a.com/(",
            "1.",
            "@a.",
            "a.com/แซ",
            "/แซ.",
        ] {
            let text = unit.repeat(200_000 / unit.len());
            let n = Normalized::new(&text);
            let t = n.folded().text();
            let start = std::time::Instant::now();
            let _ = find(t, &Words::new(), n.classes());
            assert!(start.elapsed().as_secs_f64() < 2.0, "{unit:?}");
        }
    }
}

//! `privacy.email`: e-mail addresses, plain or spelled out.
//!
//! One scanner for both: it wakes at an "at" marker (`@`, `[at]`, `(@)`, the word
//! `at` / `arroba` / ...), reads the name part to its left and domain labels to its
//! right, joined by "dot" markers (`.`, ` . `, `[.]`, `(dot)`, the word `dot` /
//! `punto` / ...), and keeps the longest domain that ends in a real top-level
//! domain. Spelled-out words ("ana at gmail dot com") count only next to a webmail
//! name or a mail word, so "look at this dot com bubble" stays quiet.

use crate::detect::chars::{alnum_after, alnum_before, is_label_char};
use crate::detect::domain::is_tld;
use crate::detect::phrases::PhraseSet;
use crate::detect::scan::Classes;
use crate::detect::{Context, Detector, Hit, Sink};
use crate::normalize::Normalized;
use crate::RuleId;
use std::cell::OnceCell;

/// Longest name part (RFC 5321).
const MAX_LOCAL: usize = 64;
/// Longest domain label (RFC 1035).
const MAX_LABEL: usize = 63;
/// Most labels read after the at marker.
const MAX_LABELS: usize = 8;

// The word table, parsed by build.rs (see `email/table.rs`): `AT_WORDS` (longest
// first), `DOT_WORDS`, `PROVIDERS`, `CONTEXT` and `STOP`.
include!(concat!(env!("OUT_DIR"), "/email_tables.rs"));

/// The e-mail detector.
pub(crate) struct Email {
    /// The at-words ("at", "arroba", ...), longest first.
    at_words: Vec<&'static str>,
    dot_words: Vec<&'static str>,
    providers: Vec<&'static str>,
    /// The mail words ("email", "correo", "почта"), searched only when a spelled-out
    /// address needs one.
    context: PhraseSet,
    stop: Vec<&'static str>,
}

/// How one separator was written.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Mark {
    /// `@` or `.` written normally.
    Plain,
    /// Spaced (` @ `, ` . `) or bracketed (`[at]`, `(.)`).
    Disguised,
    /// A word such as `at` or `dot`.
    Word,
}

/// An address found in the folded view.
struct Found {
    start: usize,
    end: usize,
    /// The worst (most disguised) separator used.
    mark: Mark,
    /// The name part.
    local: (usize, usize),
    /// The domain's labels, the last one a top-level domain.
    labels: Labels,
}

impl Found {
    /// The address written plainly, e.g. `ana@gmail.com` for `ana at gmail dot com`.
    fn canonical(&self, t: &str) -> String {
        let mut value = t[self.local.0..self.local.1].to_string();
        for (i, &(a, z)) in self.labels.spans[..self.labels.n].iter().enumerate() {
            value.push(if i == 0 { '@' } else { '.' });
            value.push_str(&t[a..z]);
        }
        value
    }
}

/// Domain labels read after an at marker, with how each dot after one was written.
#[derive(Clone, Copy)]
struct Labels {
    spans: [(usize, usize); MAX_LABELS],
    dots: [Mark; MAX_LABELS],
    n: usize,
}

impl Email {
    pub(crate) fn new() -> Email {
        Email {
            at_words: crate::detect::coded::lines(AT_WORDS),
            dot_words: crate::detect::coded::lines(DOT_WORDS),
            providers: crate::detect::coded::lines(PROVIDERS),
            context: PhraseSet::new(&[crate::detect::coded::lines(CONTEXT)]),
            stop: crate::detect::coded::lines(STOP),
        }
    }

    /// The at markers of `t` that [`Email::parse`] may accept, left to right, as byte
    /// ranges: every `@`, and every at-word right after a space or an opening bracket
    /// (what `parse` asks of a spelled-out marker). The `@`s come from the check's list
    /// of digit runs and `@`s (`marks`); the at-words are looked for only where a word
    /// starts after an ASCII byte (from the check's byte `classes`), sixty-four bytes at
    /// a time: only there are the separator and the words compared.
    fn markers(&self, t: &str, classes: &Classes, marks: &[usize]) -> Vec<(usize, usize)> {
        let b = t.as_bytes();
        let mut found = Vec::new();
        let mut ats = marks.iter().copied().filter(|&m| b[m] == b'@').peekable();
        // Whether the byte before the block is an ASCII letter or digit; not ASCII.
        let (mut alnum_before, mut high_before) = (0, 0);
        let blocks = classes.alnum.iter().zip(&classes.high).zip(&classes.lead);
        for (j, ((&alnum, &high), &lead)) in blocks.enumerate() {
            // An ASCII letter or digit after none, or a char that is not ASCII after an
            // ASCII byte: every at-word after a space or a bracket starts at one.
            let mut starts =
                alnum & !(alnum << 1 | alnum_before) | lead & !(high << 1 | high_before);
            (alnum_before, high_before) = (alnum >> 63, high >> 63);
            while starts != 0 {
                let i = j * 64 + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                if i == 0
                    || !matches!(b[i], b'a' | 0xD1)
                    || !matches!(b[i - 1], b' ' | b'[' | b'(' | b'{' | b'<')
                {
                    continue;
                }
                // Most words that start so are no at-word: the second byte tells.
                let second = b.get(i + 1).copied();
                if let Some(w) = self
                    .at_words
                    .iter()
                    .filter(|w| w.as_bytes().get(1).copied() == second)
                    .find(|w| b[i..].starts_with(w.as_bytes()))
                {
                    while let Some(at) = ats.next_if(|&at| at < i) {
                        found.push((at, at + 1));
                    }
                    found.push((i, i + w.len()));
                }
            }
        }
        found.extend(ats.map(|at| (at, at + 1)));
        found
    }

    fn has_context_word(&self, t: &str) -> bool {
        self.context.find(t).iter().any(|found| !found.is_empty())
    }

    /// Parses the address around the at marker `t[ms..me]`.
    fn parse(
        &self,
        t: &str,
        ms: usize,
        me: usize,
        at_sign: bool,
        urls: &mut UrlScan,
    ) -> Option<Found> {
        let b = t.as_bytes();
        if !at_sign && (alnum_before(t, ms) || alnum_after(t, me)) {
            return None; // "at" inside "chat"
        }
        // Brackets around the marker: "[at]", "( @ )".
        let inner_left = skip_spaces_back(t, ms, 1).0;
        let inner_right = skip_spaces(t, me, 1).0;
        let bracketed = inner_left > 0
            && inner_right < b.len()
            && is_open(b[inner_left - 1])
            && is_close(b[inner_right]);
        let (p, q, mark) = if bracketed {
            (
                skip_spaces_back(t, inner_left - 1, 2).0,
                skip_spaces(t, inner_right + 1, 2).0,
                Mark::Disguised,
            )
        } else {
            let (p, left) = skip_spaces_back(t, ms, 2);
            let (q, right) = skip_spaces(t, me, 2);
            let mark = match (at_sign, left, right) {
                (true, 0, 0) => Mark::Plain,
                (true, l, r) if l > 0 && r > 0 => Mark::Disguised,
                (false, l, r) if l > 0 && r > 0 => Mark::Word,
                _ => return None, // "hey @ana" is a mention, "ana@ gmail" a typo
            };
            (p, q, mark)
        };
        let local = self.local_part(t, p)?;
        let mut labels = read_labels(t, q, &self.dot_words);
        // The longest run of labels that ends in a top-level domain.
        let k = (2..=labels.n)
            .rev()
            .find(|&k| is_tld(&t[labels.spans[k - 1].0..labels.spans[k - 1].1]))?;
        labels.n = k;
        if !labels.spans[..k]
            .iter()
            .all(|&(a, z)| valid_label(&t[a..z]))
        {
            return None;
        }
        let end = labels.spans[k - 1].1;
        if mark == Mark::Plain && is_scp_path(t, end) {
            return None; // "git@github.com:org/repo.git" names a host to copy from
        }
        // Last, as it looks back the furthest: glued text ("ab@cd.ab@cd.") fails above.
        if mark == Mark::Plain && urls.in_userinfo(t, local.0) {
            return None; // "https://user:pass@host" is a link, not an address
        }
        let mark = labels.dots[..k - 1]
            .iter()
            .fold(mark, |worst, &d| worst.max(d));
        Some(Found {
            start: local.0,
            end,
            mark,
            local,
            labels,
        })
    }

    /// The name part ending at `p`, as a range.
    fn local_part(&self, t: &str, p: usize) -> Option<(usize, usize)> {
        let mut start = p;
        for (i, c) in t[..p].char_indices().rev() {
            if !is_local_char(c) {
                break;
            }
            if p - i > MAX_LOCAL {
                return None; // longer than any real name part: not an address
            }
            start = i;
        }
        while start < p && matches!(t.as_bytes()[start], b'.' | b'-' | b'+') {
            start += 1;
        }
        let local = &t[start..p];
        (!local.is_empty() && !local.ends_with('.') && !local.contains("..")).then_some((start, p))
    }

    /// A spelled-out address needs a webmail name or a mail word, and a real name part.
    fn wordy_is_address(&self, t: &str, f: &Found, context: &OnceCell<bool>) -> bool {
        let local = &t[f.local.0..f.local.1];
        // A webmail's name is any label before the top-level domain: "hotmail dot co dot uk".
        let webmail = f.labels.spans[..f.labels.n - 1]
            .iter()
            .any(|&(a, z)| self.providers.contains(&&t[a..z]));
        !self.stop.contains(&local)
            && (webmail || *context.get_or_init(|| self.has_context_word(t)))
    }
}

impl Detector for Email {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::PrivacyEmail]
    }

    fn detect(&self, text: &Normalized<'_>, _ctx: &Context<'_>, out: &mut Sink<'_>) {
        let view = text.folded();
        let t = view.text();
        let context = OnceCell::new();
        let mut done = 0;
        let mut urls = UrlScan::default();
        for (start, end) in self.markers(t, text.classes(), text.marks()) {
            if start < done {
                continue;
            }
            let at_sign = end == start + 1;
            let Some(f) = self.parse(t, start, end, at_sign, &mut urls) else {
                continue;
            };
            let (confidence, kind) = match f.mark {
                Mark::Plain => (0.95, None),
                Mark::Disguised => (0.9, Some("obfuscated")),
                Mark::Word if self.wordy_is_address(t, &f, &context) => (0.8, Some("obfuscated")),
                Mark::Word => continue,
            };
            let mut hit = Hit::new(RuleId::PrivacyEmail, confidence);
            if let Some(kind) = kind {
                // Allow-lists compare the address as it would be written plainly.
                hit = hit.kind(kind).value(f.canonical(t));
            }
            out.report(view, f.start..f.end, hit);
            done = f.end;
        }
    }
}

/// Reads domain labels from `q`, each followed by a dot marker.
fn read_labels(t: &str, q: usize, dot_words: &[&str]) -> Labels {
    let mut labels = Labels {
        spans: [(0, 0); MAX_LABELS],
        dots: [Mark::Plain; MAX_LABELS],
        n: 0,
    };
    let mut pos = q;
    while labels.n < MAX_LABELS {
        let end = label_end(t, pos);
        if end == pos {
            break;
        }
        labels.spans[labels.n] = (pos, end);
        labels.n += 1;
        match dot_after(t, end, dot_words) {
            Some((next, mark)) if label_end(t, next) > next => {
                labels.dots[labels.n - 1] = mark;
                pos = next;
            }
            _ => break,
        }
    }
    labels
}

/// End of the label starting at `pos` (at most `MAX_LABEL + 1` chars are read).
fn label_end(t: &str, pos: usize) -> usize {
    let mut end = pos;
    for (n, c) in t[pos..].chars().enumerate() {
        if !is_label_char(c) || n > MAX_LABEL {
            break;
        }
        end += c.len_utf8();
    }
    end
}

/// A dot marker at `at`: returns where the next label starts and how the dot was written.
fn dot_after(t: &str, at: usize, dot_words: &[&str]) -> Option<(usize, Mark)> {
    let b = t.as_bytes();
    if b.get(at) == Some(&b'.') {
        return Some((at + 1, Mark::Plain)); // "gmail.com"
    }
    let (s, before) = skip_spaces(t, at, 2);
    // "[.]", "(dot)", "{ . }"
    if b.get(s).copied().is_some_and(is_open) {
        let (inner, _) = skip_spaces(t, s + 1, 1);
        let word_end = if b.get(inner) == Some(&b'.') {
            Some(inner + 1)
        } else {
            dot_word_at(t, inner, dot_words)
        };
        let (close, _) = skip_spaces(t, word_end?, 1);
        if b.get(close).copied().is_some_and(is_close) {
            return Some((skip_spaces(t, close + 1, 2).0, Mark::Disguised));
        }
        return None;
    }
    if before == 0 {
        return None;
    }
    // " . " needs a space on both sides: "example.org. Then" ends a sentence.
    let (word_end, mark) = if b.get(s) == Some(&b'.') {
        (s + 1, Mark::Disguised)
    } else {
        (dot_word_at(t, s, dot_words)?, Mark::Word)
    };
    let (next, after) = skip_spaces(t, word_end, 2);
    (after > 0).then_some((next, mark))
}

/// End of a dot word ("dot", "punto", ...) starting at `at`, when it is a whole word.
fn dot_word_at(t: &str, at: usize, dot_words: &[&str]) -> Option<usize> {
    let first = *t.as_bytes().get(at)?;
    dot_words
        .iter()
        .filter(|w| w.as_bytes()[0] == first && t[at..].starts_with(*w))
        .map(|w| at + w.len())
        .find(|&end| !alnum_after(t, end))
}

fn valid_label(label: &str) -> bool {
    !label.is_empty()
        && label.chars().count() <= MAX_LABEL
        && !label.starts_with('-')
        && !label.ends_with('-')
}

fn is_local_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '.' | '_' | '%' | '+' | '-')
        || is_label_char(c) && !c.is_ascii()
}

fn is_open(b: u8) -> bool {
    matches!(b, b'[' | b'(' | b'{' | b'<')
}

fn is_close(b: u8) -> bool {
    matches!(b, b']' | b')' | b'}' | b'>')
}

/// Skips up to `max` spaces from `at`; returns the new position and how many were skipped.
fn skip_spaces(t: &str, at: usize, max: usize) -> (usize, usize) {
    let n = t.as_bytes()[at..]
        .iter()
        .take(max)
        .take_while(|&&b| b == b' ')
        .count();
    (at + n, n)
}

/// Skips up to `max` spaces backwards from `at`.
fn skip_spaces_back(t: &str, at: usize, max: usize) -> (usize, usize) {
    let n = t.as_bytes()[..at]
        .iter()
        .rev()
        .take(max)
        .take_while(|&&b| b == b' ')
        .count();
    (at - n, n)
}

/// True when `host:path` follows at `end`, as in scp and git remotes; "ana@x.org: hi" is
/// still an address.
fn is_scp_path(t: &str, end: usize) -> bool {
    t[end..]
        .strip_prefix(':')
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| !c.is_whitespace())
}

/// How far back [`in_url_userinfo`] looks.
const URL_WINDOW: usize = 256;

/// [`in_url_userinfo`] for queries that come left to right, as the detector's do: the text
/// between two queries is read once, not the whole window again (glued addresses,
/// "a@b.co.a@b.co.", would read 256 bytes each).
#[derive(Default)]
struct UrlScan {
    /// Read up to here (a char boundary).
    pos: usize,
    /// Where reading last restarted: nothing before it is remembered.
    base: usize,
    /// Start of the last whitespace char before `pos`, at or after `base`.
    space: Option<usize>,
    /// Start of the last `://` that ends by `pos`, at or after `base`.
    scheme: Option<usize>,
    /// Searched for `:` up to here (a char boundary), and the last one found.
    colon_pos: usize,
    colon: Option<usize>,
}

impl UrlScan {
    /// Same answer as [`in_url_userinfo`]`(t, start)`.
    fn in_userinfo(&mut self, t: &str, start: usize) -> bool {
        let from = window_start(t, start);
        // No ':' in the window, no "://": what nearly every address sees. The bytes
        // between two queries are searched once.
        let b = t.as_bytes();
        if start >= self.colon_pos {
            let lo = self.colon_pos.max(from);
            if let Some(k) = b[lo..start].iter().rposition(|&c| c == b':') {
                self.colon = Some(lo + k);
            }
            self.colon_pos = start;
        } else if !b[from..start].contains(&b':') {
            return false; // out of order: rare
        }
        if self.colon_pos == start && self.colon.is_none_or(|c| c < from) {
            return false;
        }
        if start < self.pos {
            return in_url_userinfo(t, start); // out of order: rare
        }
        if self.pos < from {
            *self = UrlScan {
                pos: from,
                base: from,
                space: None,
                scheme: None,
                ..*self
            };
        }
        for (i, c) in t[self.pos..start].char_indices() {
            let i = self.pos + i;
            if c.is_whitespace() {
                self.space = Some(i);
            } else if c == '/' && i >= self.base + 2 && b[i - 2] == b':' && b[i - 1] == b'/' {
                self.scheme = Some(i - 2);
            }
        }
        self.pos = start;
        // The token: after the last whitespace in the window, or the window's start.
        let lo = self.space.map_or(from, |s| from.max(s + 1));
        self.scheme.is_some_and(|s| s >= lo)
    }
}

/// Where [`in_url_userinfo`]'s window before `start` begins.
fn window_start(t: &str, start: usize) -> usize {
    let mut from = start.saturating_sub(URL_WINDOW);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// True when the name part starting at `start` sits in a URL's userinfo: the token
/// it belongs to has `://` before it (looking back a bounded window, to stay linear).
fn in_url_userinfo(t: &str, start: usize) -> bool {
    let from = window_start(t, start);
    let window = &t[from..start];
    let token = window
        .rfind(|c: char| c.is_whitespace())
        .map_or(window, |i| &window[i + 1..]);
    token.contains("://")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::lexicon::Matcher;
    use crate::detect::scan::{classes, marks};

    /// What the markers were before they were found eight bytes at a time: every `@` and
    /// at-word, of which `parse` takes the words after a space or an opening bracket.
    fn markers_by_automaton(email: &Email, t: &str) -> Vec<(usize, usize)> {
        let matcher = Matcher::new(std::iter::once("@").chain(email.at_words.iter().copied()));
        let b = t.as_bytes();
        matcher
            .find_iter(t)
            .filter(|(id, m)| {
                *id == 0
                    || m.start > 0 && matches!(b[m.start - 1], b' ' | b'[' | b'(' | b'{' | b'<')
            })
            .map(|(_, m)| (m.start, m.end))
            .collect()
    }

    #[test]
    fn url_scan_answers_like_in_url_userinfo() {
        let long = format!("https://{}u:p@h x", "a".repeat(300));
        let texts = [
            "https://user:pass@host.org and ana@b.org",
            "a@b.co.a@b.co.https://x@y.co.z@w.co",
            "x :// a@b.co ://a@b.co ftp://u@h.com/a@b.org",
            "://@:/@/:/@ @@ :// @",
            long.as_str(),
            "é://ü@x ï é ://a@b",
        ];
        for t in texts {
            let starts: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            // Left to right, with repeats; then every other offset, then backwards.
            let orders = [
                starts.iter().flat_map(|&i| [i, i]).collect::<Vec<_>>(),
                starts.iter().step_by(7).copied().collect(),
                starts.iter().rev().copied().collect(),
            ];
            for order in orders {
                let mut scan = UrlScan::default();
                for i in order {
                    assert_eq!(
                        scan.in_userinfo(t, i),
                        in_url_userinfo(t, i),
                        "{t:?} at {i}"
                    );
                }
            }
        }
    }

    #[test]
    fn markers_are_the_automatons() {
        let email = Email::new();
        let mut texts: Vec<String> = [
            "ana at gmail dot com",
            "at x",
            " at",
            "(at)[at]{arroba}<arobase> собака эт @@ a@b",
            "look at this, chat at 5",
            "ana собака mail точка ru",
            "",
            "@",
            "é at ï",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for entry in std::fs::read_dir("tests/data").unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "jsonl") {
                for line in std::fs::read_to_string(&path).unwrap().lines() {
                    if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                        if let Some(t) = v["text"].as_str() {
                            texts.push(t.replace(['⟦', '⟧'], ""));
                        }
                    }
                }
            }
        }
        for text in &texts {
            let norm = Normalized::new(text);
            let t = norm.folded().text();
            let (classes, marks) = (classes(t.as_bytes()), marks(t.as_bytes()));
            assert_eq!(
                email.markers(t, &classes, &marks),
                markers_by_automaton(&email, t),
                "{t:?}"
            );
        }
    }
}

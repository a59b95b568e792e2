//! `spam.flood`: the same message again, and floods within one message.
//!
//! | kind | what |
//! |---|---|
//! | `repeat` | the message is one of the sender's recent ones again, or nearly: the same words with other digits, emoji, punctuation or spacing |
//! | `repeated_link` | a link the sender already sent in two of their recent messages |
//! | `mass_mention` | five or more different `@names` |
//! | `many_links` | five or more links |
//! | `char_flood` | one character or a short group of them repeated far beyond emphasis ("!!!!!!!!!!!!!!!!!!!!", 20 emoji in a row, "spam spam spam ...") |
//! | `shouting` | a long message written in capitals (not a few acronyms) |
//!
//! History is the sender's recent messages (check option `history`); only the last
//! [`HISTORY`] are read, and of each at most [`SHAPE_BYTES`] bytes, so a check stays
//! linear in what it reads.

use crate::detect::links::{Link, Words};
use crate::detect::scan::{self, Classes};
use crate::detect::{Context, Hit, Sink};
use crate::normalize::{Normalized, View};
use crate::RuleId;

/// How many recent messages are compared.
pub(crate) const HISTORY: usize = 50;
/// How much of a message its shape keeps.
pub(crate) const SHAPE_BYTES: usize = 2_000;
/// Shapes shorter than this ("ok", "thanks", "lol") may repeat freely.
const MIN_SHAPE: usize = 12;
/// Different `@names` in one message that make a mass mention.
const MENTIONS: usize = 5;
/// Links in one message that make too many.
const LINKS: usize = 5;
/// Copies of one character in a row that make a flood, for letters and for the rest.
const LETTER_RUN: usize = 25;
const SYMBOL_RUN: usize = 20;
/// Copies of a word in a row ("spam spam spam ..."), and of a word of one or two letters.
const WORD_RUN: usize = 10;
const SHORT_WORD_RUN: usize = 16;
/// Longest message searched for floods of words and for shouting: a long paste is
/// neither (and a flood of one char is still found in it).
const CHAT_BYTES: usize = 4_096;
/// Letters in capitals, in words of two or more, that make shouting.
const SHOUT_LETTERS: usize = 24;

/// Reports the floods of `text` (its links already found).
pub(crate) fn detect(
    text: &Normalized<'_>,
    links: &[Link],
    words: &Words,
    ctx: &Context<'_>,
    out: &mut Sink<'_>,
) {
    let view = text.folded();
    let original = text.original();
    if !ctx.history.is_empty() {
        repeats(view, links, words, ctx.history, out);
    }
    if links.len() >= LINKS {
        let range = links[0].range.start..links[links.len() - 1].range.end;
        out.report(view, range, hit("many_links"));
    }
    mentions(view, text.marks(), out);
    char_floods(view, text.classes(), out);
    if original.len() <= CHAT_BYTES {
        shouting(text.raw(), original, out);
    }
}

fn hit(kind: &'static str) -> Hit {
    Hit::new(RuleId::SpamFlood, 0.9).kind(kind)
}

/// A message reduced to its words: letters only (digits, emoji, punctuation and spaces
/// dropped), at most [`SHAPE_BYTES`] of them. "Win 500 coins 🎁 now!!" and "win 900
/// coins now" have one shape. Greek's final sigma is its sigma: a word's last `Σ` written
/// in capitals folds to `σ`, and the same word in small letters ends in `ς`.
pub(crate) fn shape(folded: &str) -> String {
    let mut out = String::new();
    for c in folded.chars() {
        if out.len() >= SHAPE_BYTES {
            break;
        }
        if c == 'ς' {
            out.push('σ');
        } else if c.is_alphabetic() {
            out.push(c);
        }
    }
    out
}

/// How many bytes of `b` each of `N` classes has: `classes` marks a class's bytes among
/// eight as their high bits. The marks are summed byte by byte (no popcount, which the
/// wasm has but plain x86-64 lacks), folded into the totals every 255 blocks.
fn byte_counts<const N: usize>(b: &[u8], classes: impl Fn(u64) -> [u64; N]) -> [usize; N] {
    let mut totals = [0usize; N];
    let mut at = 0;
    while at < b.len() {
        let mut lanes = [0u64; N];
        for _ in 0..255 {
            if at >= b.len() {
                break;
            }
            for (lane, marks) in lanes.iter_mut().zip(classes(scan::load8(b, at))) {
                *lane += marks >> 7;
            }
            at += 8;
        }
        for (total, lane) in totals.iter_mut().zip(lanes) {
            // The sum of the eight byte lanes, in the top byte.
            *total += (lane.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
        }
    }
    totals
}

/// `repeat` and `repeated_link`, against the last [`HISTORY`] messages.
fn repeats(view: &View<'_>, links: &[Link], words: &Words, history: &[String], out: &mut Sink<'_>) {
    let t = view.text();
    let recent = &history[history.len().saturating_sub(HISTORY)..];
    let mine = shape(t);
    let mut earlier_links: Vec<Vec<String>> = Vec::new();
    let mut repeated = false;
    for h in recent {
        let h = &h[..crate::detect::lexicon::floor_boundary(h, h.len().min(SHAPE_BYTES * 4))];
        let n = Normalized::new(h);
        let folded = n.folded().text();
        if !repeated && mine.len() >= MIN_SHAPE && shape(folded) == mine {
            repeated = true;
        }
        if !links.is_empty() {
            earlier_links.push(
                crate::detect::links::find(folded, words, n.classes())
                    .into_iter()
                    .map(|l| folded[l.range].to_string())
                    .collect(),
            );
        }
    }
    if repeated {
        let start = t.len() - t.trim_start().len();
        let end = t.trim_end().len();
        if start < end {
            out.report(view, start..end, hit("repeat"));
            return;
        }
    }
    for link in links {
        let written = &t[link.range.clone()];
        let times = earlier_links
            .iter()
            .filter(|list| list.iter().any(|l| l == written))
            .count();
        if times >= 2 {
            out.report(view, link.range.clone(), hit("repeated_link"));
        }
    }
}

/// Five or more different `@names`: from the first to the last of them. `marks` are
/// the check's digit runs and `@`s.
fn mentions(view: &View<'_>, marks: &[usize], out: &mut Sink<'_>) {
    let t = view.text();
    let b = t.as_bytes();
    // Most messages have fewer than five `@`s.
    if marks
        .iter()
        .filter(|&&k| b[k] == b'@')
        .take(MENTIONS)
        .count()
        < MENTIONS
    {
        return;
    }
    let mut names: Vec<&str> = Vec::new();
    let (mut first, mut last) = (usize::MAX, 0);
    for &k in marks.iter().filter(|&&k| b[k] == b'@') {
        // A mention starts a word: "ana@example.com" is an address.
        if k > 0 && !matches!(b[k - 1], b' ' | b'\n' | b'\t' | b',' | b'(' | b'>') {
            continue;
        }
        let len = t[k + 1..]
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '.' | '-')))
            .unwrap_or(t.len() - k - 1);
        if len == 0 {
            continue;
        }
        let name = &t[k + 1..k + 1 + len];
        if !names.contains(&name) {
            names.push(name);
            if names.len() > 64 {
                break;
            }
        }
        first = first.min(k);
        last = last.max(k + 1 + len);
    }
    if names.len() >= MENTIONS {
        out.report(view, first..last, hit("mass_mention"));
    }
}

/// One character or a group of them repeated far beyond emphasis: a char (an emoji,
/// "!") [`LETTER_RUN`] or [`SYMBOL_RUN`] times, a word ("spam ") [`WORD_RUN`] times.
fn char_floods(view: &View<'_>, classes: &Classes, out: &mut Sink<'_>) {
    let t = view.text();
    let b = t.as_bytes();
    if t.len() <= CHAT_BYTES {
        // Groups of up to four bytes (one char) from blocks eight bytes apart, longer
        // ones (a word and its space) from blocks thirty-two apart: a run long enough to
        // count covers one such block whole, so the blocks between need no look.
        for (periods, step) in [(1..=4, 8), (5..=16, 32)] {
            let (short, long) = (*periods.start(), *periods.end());
            periodic_runs(b, 0..b.len(), step, long, |start, end, p| {
                if p >= short {
                    report_run(view, start, end, p, out);
                }
            });
        }
        return;
    }
    // In a long paste, a flood of one char is a run of bytes of one class (letters and
    // digits, other ASCII, or chars that are not ASCII) of SYMBOL_RUN bytes or more:
    // only there are blocks compared. Such a run is a run of SYMBOL_RUN - 1 bytes or
    // more of the class of the byte before, found in one pass over the three classes.
    let (alnum, high) = (&classes.alnum, &classes.high);
    let same = |j: usize| {
        let (a, h) = (alnum[j], high[j]);
        let (pa, ph) = match j.checked_sub(1) {
            Some(p) => (alnum[p] >> 63, high[p] >> 63),
            None => (0, 0),
        };
        // The first byte has none before it.
        !((a ^ (a << 1 | pa)) | (h ^ (h << 1 | ph))) & !u64::from(j == 0)
    };
    super::each_run_of_nineteen(alnum.len().min(high.len()), same, |run| {
        let run = run.start - 1..run.end.min(b.len());
        // Chars that are not ASCII are two bytes or more: their floods (which stay inside
        // the run, the bytes around it being ASCII) are twice as long as the fewest
        // copies that count.
        if b.get(run.start).is_some_and(|&c| c >= 0x80)
            && run.len() < 2 * SYMBOL_RUN.min(LETTER_RUN)
        {
            return;
        }
        periodic_runs(b, run, 8, 4, |start, end, p| {
            report_run(view, start, end, p, out)
        });
    });
}

/// Calls `f(start, end, period)` for runs of bytes repeating with a period of at most
/// `max` that cover a block of eight bytes starting at a multiple of `step`; `period`
/// is the smallest that fits the block. Each run is reported once, left to right.
fn periodic_runs(
    b: &[u8],
    within: std::ops::Range<usize>,
    step: usize,
    max: usize,
    mut f: impl FnMut(usize, usize, usize),
) {
    let mut at = within.start;
    while at + 8 + max <= within.end {
        let v = scan::load8(b, at);
        // A period of one, two or four repeats the block four bytes on; of three, three.
        if max <= 4 && v != scan::load8(b, at + 4) && v != scan::load8(b, at + 3) {
            at += step;
            continue;
        }
        let Some(p) = (1..=max).find(|&p| v == scan::load8(b, at + p)) else {
            at += step;
            continue;
        };
        let mut start = at;
        while start > 0 && b[start - 1] == b[start - 1 + p] {
            start -= 1;
        }
        let mut end = at + 8 + p;
        while end < b.len() && b[end] == b[end - p] {
            end += 1;
        }
        f(start, end, p);
        at = end.max(at + step);
    }
}

/// Reports the run `start..end` of period `p` when it repeats its group often enough.
fn report_run(view: &View<'_>, start: usize, end: usize, p: usize, out: &mut Sink<'_>) {
    let t = view.text();
    // Start at a char, and at the group's first char: "ha ha ha" from "ha", "😂😂" whole.
    let start = crate::detect::lexicon::ceil_boundary(t, start);
    if start >= end {
        return;
    }
    let group = &t[start..(start + p).min(end)];
    if group.len() < p || !t.is_char_boundary(start + p) {
        return;
    }
    // A last word without its space counts: "spam spam spam" is three.
    let copies = (end - start + p - group.trim_end().len()) / p;
    // The run may end inside a group ("spam spam spam" has no last space): end at a char.
    let end = crate::detect::lexicon::floor_boundary(t, end);
    if group.trim().is_empty() {
        return;
    }
    let limit = if group.contains(' ') {
        // "ha ha ha", "no no no" are emphasis for longer than "spam spam spam".
        if group.trim().chars().count() <= 2 {
            SHORT_WORD_RUN
        } else {
            WORD_RUN
        }
    } else if group.chars().all(char::is_alphabetic) {
        LETTER_RUN
    } else {
        SYMBOL_RUN
    };
    if copies >= limit {
        // A run of words ends with the word, not the space after it.
        let end = start + t[start..end].trim_end().len();
        out.report(view, start..end, hit("char_flood"));
    }
}

/// A long message in capitals: at least [`SHOUT_LETTERS`] letters in words of two or
/// more letters written in capitals, and nine in ten of its cased letters capitals.
fn shouting(raw: &View<'_>, original: &str, out: &mut Sink<'_>) {
    let b = original.as_bytes();
    // Count ASCII capitals, small letters and the first bytes of other chars that may
    // be capitals a kilobyte at a time, eight bytes at a time, and stop as soon as the
    // small letters rule shouting out: most messages are ruled out by their first
    // kilobyte. Chars of scripts without capitals (Hebrew, Arabic, the Indic scripts,
    // Thai, CJK, kana, Hangul: lead bytes D7-E0, E3-E9, EB-EE) are not counted, so a
    // long message in them is ruled out here and not read char by char.
    let (mut caps, mut small, mut other) = (0, 0, 0);
    for (k, chunk) in b.chunks(1024).enumerate() {
        let [c, s, o] = byte_counts(chunk, |v| {
            let high = v & scan::HIGH;
            let ascii = !high;
            [
                ascii & scan::in_range(v, b'A', b'Z'),
                ascii & scan::in_range(v, b'a', b'z'),
                high & (scan::in_range(v, 0x42, 0x56) // C2-D6: Latin, Greek, Cyrillic, Armenian
                    | scan::in_range(v, 0x6F, 0x74)) // EF-F4: full-width, the other planes
                    | scan::equal(v, 0xE1) // U+1000-1FFF: Georgian, Cherokee, Latin, Greek
                    | scan::equal(v, 0xE2) // U+2000-2FFF: letter-like, circled, Glagolitic
                    | scan::equal(v, 0xEA), // U+A000-AFFF: Cyrillic, Latin extensions
            ]
        });
        (caps, small, other) = (caps + c, small + s, other + o);
        // Each char that may be a capital has one first byte.
        let rest = b.len() - (k * 1024 + chunk.len());
        if small * 9 > caps + other + rest {
            return;
        }
    }
    let most_caps = caps + other;
    if most_caps < SHOUT_LETTERS || small * 9 > most_caps {
        return;
    }
    let (mut upper, mut lower, mut shouted) = (0usize, 0usize, 0usize);
    for word in original.split(|c: char| !c.is_alphabetic()) {
        let (mut u, mut l) = (0, 0);
        for c in word.chars() {
            if c.is_uppercase() {
                u += 1;
            } else if c.is_lowercase() {
                l += 1;
            }
        }
        upper += u;
        lower += l;
        if lower * 9 > most_caps {
            return; // too many small letters already
        }
        if u >= 2 && l == 0 {
            shouted += u;
        }
    }
    if shouted >= SHOUT_LETTERS && upper * 10 >= (upper + lower) * 9 {
        let start = original.len() - original.trim_start().len();
        let end = original.trim_end().len();
        if start < end {
            out.report(raw, start..end, hit("shouting"));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::detect::{Context, Detector, Sink};
    use crate::normalize::Normalized;
    use crate::RuleId;

    /// `shouting` rules a message out by counting the first bytes of chars that may be
    /// capitals: every char that is a capital must start with one of them.
    #[test]
    fn every_capital_starts_with_a_counted_byte() {
        let counted = |lead: u8| {
            (0xC2..=0xD6).contains(&lead)
                || (0xEF..=0xF4).contains(&lead)
                || matches!(lead, 0xE1 | 0xE2 | 0xEA)
        };
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            if c.is_uppercase() {
                let mut buf = [0; 4];
                let lead = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(counted(lead), "{c:?} U+{:04X}", c as u32);
            }
        }
    }

    /// `(text, rule, kind)` of the spam findings of `text` after `history`.
    fn found(text: &str, history: &[&str]) -> Vec<(String, RuleId, &'static str)> {
        let d = crate::detect::spam::Spam::new();
        let history: Vec<String> = history.iter().map(|s| s.to_string()).collect();
        let ctx = Context {
            history: &history,
            ..Context::plain(false)
        };
        let n = Normalized::new(text);
        let mut sink = Sink::new(text);
        d.detect(&n, &ctx, &mut sink);
        sink.into_candidates()
            .into_iter()
            .filter(|c| c.hit.rule != RuleId::SpamLink)
            .map(|c| {
                (
                    text[c.span.range()].to_string(),
                    c.hit.rule,
                    c.hit.kind.unwrap_or(""),
                )
            })
            .collect()
    }

    fn kinds(text: &str, history: &[&str]) -> Vec<&'static str> {
        found(text, history).into_iter().map(|f| f.2).collect()
    }

    #[test]
    fn repeats_with_history() {
        let earlier = ["Win 500 coins now!! 🎁 join today", "hi"];
        assert_eq!(
            kinds("win 900 coins now 🎉 join today", &earlier),
            ["repeat"]
        );
        assert_eq!(kinds("WIN 500 COINS NOW JOIN TODAY", &earlier), ["repeat"]);
        // Short messages repeat freely; different words are no repeat.
        assert!(kinds("hi", &earlier).is_empty());
        assert!(kinds("ok", &["ok", "ok", "ok"]).is_empty());
        assert!(kinds("win a few coins tomorrow maybe", &earlier).is_empty());
        // The same link in two earlier messages.
        let links = ["see example.com/deal", "again example.com/deal !!"];
        assert_eq!(
            found("last time: example.com/deal", &links)[0].2,
            "repeated_link"
        );
        assert!(kinds("example.com/deal", &links[..1]).is_empty());
    }

    #[test]
    fn floods_in_one_message() {
        assert_eq!(kinds("@ana @bo @cy @di @ed hello", &[]), ["mass_mention"]);
        assert!(kinds("@ana @bo @ana @bo @ana", &[]).is_empty());
        assert!(kinds("mail ana@x.org bo@x.org cy@x.org di@x.org ed@x.org", &[]).is_empty());
        let links = "a.com b.com c.com d.com e.com";
        assert_eq!(kinds(links, &[]), ["many_links"]);
        assert!(kinds("a.com b.com c.com d.com", &[]).is_empty());
        assert_eq!(
            found("wow!!!!!!!!!!!!!!!!!!!!!!!!", &[])[0].0,
            "!!!!!!!!!!!!!!!!!!!!!!!!"
        );
        assert_eq!(kinds(&"😂".repeat(25), &[]), ["char_flood"]);
        assert_eq!(kinds(&format!("no{}", "o".repeat(30)), &[]), ["char_flood"]);
        assert_eq!(
            found(&"spam ".repeat(12), &[])[0].0,
            "spam ".repeat(12).trim_end()
        );
        assert!(kinds("sooooooooo good!!! 😂😂😂😂😂", &[]).is_empty());
        assert!(kinds("hahahahahahahahaha", &[]).is_empty());
        assert!(kinds("no no no no no", &[]).is_empty());
        assert!(kinds("----------", &[]).is_empty());
        // In a long paste too.
        let long = format!(
            "{} wow{}",
            "a few words of chat. ".repeat(400),
            "!".repeat(30)
        );
        assert_eq!(found(&long, &[])[0].0, "!".repeat(30));
    }

    #[test]
    fn shouting() {
        let shout = "WHY DID YOU NOT ANSWER ME YESTERDAY I WAITED ALL DAY";
        assert_eq!(kinds(shout, &[]), ["shouting"]);
        assert_eq!(
            kinds("ПОЧЕМУ ТЫ НЕ ОТВЕЧАЕШЬ МНЕ ВЕСЬ ДЕНЬ ЖДУ", &[]),
            ["shouting"]
        );
        for calm in [
            "I work at NASA and the FBI, not the CIA or NSA, OK?",
            "Why did you not answer me yesterday? I waited all day",
            "LOL",
            "HELLO",
            "USA UK EU UN NATO WHO",
        ] {
            assert!(kinds(calm, &[]).is_empty(), "{calm}");
        }
    }

    #[test]
    fn gibberish_words() {
        let g = |t: &str| {
            found(t, &[])
                .into_iter()
                .filter(|f| f.1 == RuleId::SpamGibberish)
                .map(|f| f.0)
                .collect::<Vec<_>>()
        };
        assert_eq!(g("asdfghjkl lol"), ["asdfghjkl"]);
        assert_eq!(g("ok sdkfjhsdkf"), ["sdkfjhsdkf"]);
        for t in [
            "see example.com/xqzvbnwk",
            "my_sdkfjhsdkf_var",
            "hash 7sdkfjhsdkf",
            "Mxyzptlk",
            "hmmmmmmmmm",
            "wkwkwkwkwkwk",
            "strengths",
            "ana@sdkfjhsdkf.com",
            "asdf",
            "Привет как дела",
            "这是一个测试",
            "#sdkfjhsdkf",
        ] {
            assert!(g(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn linear_on_floods() {
        for unit in ["!", "😂", "spam ", "@a ", "A", "ab"] {
            let text = unit.repeat(1_000_000 / unit.len());
            let start = std::time::Instant::now();
            let _ = found(&text, &[&text]);
            assert!(start.elapsed().as_secs_f64() < 5.0, "{unit:?}");
        }
    }
}

//! The tables of `privacy.national_id`, read by build.rs (this file is its module) and
//! written out as Rust statics, so the wasm holds them parsed instead of their parser:
//! the rows of `national_ids.tsv` with their shapes, the id words of
//! `national_id_words.tsv`, and the row filters (`BY_RUN`, `BY_FIRST`, `BY_DIGITS`) the
//! scan reads before any matching. The statics are included by `national_id/mod.rs`;
//! a malformed line fails the build. The tests compile this file too (the shape
//! language's own tests, and a check that the constants below are the detector's).

use std::fmt::Write;

/// The longest value, in letters and digits (`MAX_LEN` of the detector).
pub(super) const MAX_LEN: usize = 24;
/// The most repeats of one token (`{m,n}`).
const MAX_REPEAT: usize = 9;
/// The tag bit of general id words.
pub(super) const GENERAL: u32 = 1 << 31;

/// Bits of the classes a shape token accepts: 0-9 digits, 10-35 letters, then
/// separators (the detector's constants of the same names).
pub(super) const DIGITS: u64 = (1 << 10) - 1;
pub(super) const LETTERS: u64 = ((1 << 26) - 1) << 10;
pub(super) const SPACE: u64 = 1 << 36;
pub(super) const DASH: u64 = 1 << 37;
pub(super) const DOT: u64 = 1 << 38;
pub(super) const SLASH: u64 = 1 << 39;
pub(super) const SEPARATORS: u64 = SPACE | DASH | DOT | SLASH;

/// One token of a shape: a set of classes, repeated `min..=max` times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Token {
    pub(super) set: u64,
    pub(super) min: u8,
    pub(super) max: u8,
}

/// One row of `national_ids.tsv`, parsed.
struct Row<'a> {
    kind: &'a str,
    shape: Vec<Token>,
    /// The check's name in the table.
    check: &'a str,
    /// The variant of `Needs`.
    needs: &'static str,
    bit: u32,
    lead_digits: (usize, usize),
    lead_letters: (usize, usize),
}

/// The Rust source of the statics, from the two tables.
#[cfg_attr(test, allow(dead_code))]
pub(super) fn generate(rows_tsv: &str, words_tsv: &str) -> String {
    let (rows, kinds) = parse_rows(rows_tsv);
    let words = parse_words(words_tsv, &kinds);
    assert!(rows.len() <= 128, "national_ids.tsv: more than 128 rows");
    let mut out = String::new();
    writeln!(out, "static ROWS: [Row; {}] = [", rows.len()).unwrap();
    for row in &rows {
        let shape: Vec<String> = row
            .shape
            .iter()
            .map(|t| format!("Token {{ set: {}, min: {}, max: {} }}", t.set, t.min, t.max))
            .collect();
        writeln!(
            out,
            "Row {{ kind: {:?}, shape: &[{}], check: Check::named({:?}), needs: Needs::{}, bit: {} }},",
            row.kind,
            shape.join(", "),
            row.check,
            row.needs,
            row.bit
        )
        .unwrap();
    }
    out.push_str("];\n");
    let joined: Vec<&str> = words.iter().map(|w| w.0).collect();
    let tags: Vec<String> = words.iter().map(|w| w.1.to_string()).collect();
    writeln!(out, "static WORDS: &str = {:?};", joined.join("\n")).unwrap();
    writeln!(
        out,
        "static WORD_TAGS: [u32; {}] = [{}];",
        tags.len(),
        tags.join(", ")
    )
    .unwrap();

    // The rows a start may match, as bits (see the detector's fields of these names).
    let mut by_run = [[0u128; MAX_LEN + 2]; 3];
    let mut by_first = [0u128; 40];
    let mut by_digits = [0u128; MAX_LEN + 2];
    for (k, row) in rows.iter().enumerate() {
        let leads = [
            row.lead_digits,
            row.lead_letters,
            lead_range(&row.shape, DIGITS | LETTERS),
        ];
        for (masks, (lo, hi)) in by_run.iter_mut().zip(leads) {
            for (run, mask) in masks.iter_mut().enumerate() {
                if (lo..=hi).contains(&run) {
                    *mask |= 1 << k;
                }
            }
        }
        let digits_only = row
            .shape
            .iter()
            .all(|t| t.set & !(DIGITS | SEPARATORS) == 0);
        let least: usize = row
            .shape
            .iter()
            .filter(|t| t.set & SEPARATORS == 0)
            .map(|t| usize::from(t.min))
            .sum();
        for (n, mask) in by_digits.iter_mut().enumerate() {
            if !digits_only || n >= least {
                *mask |= 1 << k;
            }
        }
        for (class, mask) in by_first.iter_mut().enumerate() {
            if row.shape[0].set >> class & 1 == 1 {
                *mask |= 1 << k;
            }
        }
    }
    writeln!(out, "static BY_RUN: [[u128; MAX_LEN + 2]; 3] = {by_run:?};").unwrap();
    writeln!(out, "static BY_FIRST: [u128; 40] = {by_first:?};").unwrap();
    writeln!(
        out,
        "static BY_DIGITS: [u128; MAX_LEN + 2] = {by_digits:?};"
    )
    .unwrap();
    out
}

/// Parses `national_ids.tsv`; returns the rows and the kinds in order of appearance.
fn parse_rows(tsv: &str) -> (Vec<Row<'_>>, Vec<&str>) {
    let mut rows = Vec::new();
    let mut kinds: Vec<&str> = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [kind, region, shape, check, context] = cols[..] else {
            panic!("national_ids.tsv:{}: expected 5 columns", n + 1);
        };
        assert!(
            region == "*" || (region.len() == 2 && region.bytes().all(|b| b.is_ascii_uppercase())),
            "national_ids.tsv:{}: region {region:?}",
            n + 1
        );
        let shape =
            parse_shape(shape).unwrap_or_else(|e| panic!("national_ids.tsv:{}: shape: {e}", n + 1));
        let needs = match context {
            "none" => "Nothing",
            "any" => "AnyWord",
            "own" => "OwnWord",
            _ => panic!("national_ids.tsv:{}: context {context:?}", n + 1),
        };
        let index = kinds.iter().position(|k| *k == kind).unwrap_or_else(|| {
            kinds.push(kind);
            kinds.len() - 1
        });
        assert!(index < 31, "national_ids.tsv: more than 31 kinds");
        rows.push(Row {
            kind,
            lead_digits: lead_range(&shape, DIGITS),
            lead_letters: lead_range(&shape, LETTERS),
            shape,
            check,
            needs,
            bit: 1 << index,
        });
    }
    (rows, kinds)
}

/// Parses `national_id_words.tsv` into lexicon entries tagged with kind bits.
fn parse_words<'a>(tsv: &'a str, kinds: &[&str]) -> Vec<(&'a str, u32)> {
    let mut out: Vec<(&str, u32)> = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((tags, word)) = line.split_once('\t') else {
            panic!("national_id_words.tsv:{}: expected tags<TAB>word", n + 1);
        };
        let mut mask = 0;
        for tag in tags.split(',') {
            mask |= match tag {
                "*" => GENERAL,
                "-" => 0,
                _ => {
                    let i = kinds.iter().position(|k| *k == tag).unwrap_or_else(|| {
                        panic!("national_id_words.tsv:{}: unknown kind {tag:?}", n + 1)
                    });
                    1 << i
                }
            };
        }
        // (A test checks that the words are written folded.)
        assert!(
            !word.is_empty(),
            "national_id_words.tsv:{}: empty word",
            n + 1
        );
        assert!(
            out.iter().all(|(w, _)| *w != word),
            "national_id_words.tsv:{}: {word:?} twice",
            n + 1
        );
        out.push((word, mask));
    }
    out
}

/// Parses a shape of the pattern language described in `national_ids.tsv`.
pub(super) fn parse_shape(shape: &str) -> Result<Vec<Token>, &'static str> {
    let mut tokens: Vec<Token> = Vec::new();
    let b = shape.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        let set = match c {
            b'9' => DIGITS,
            b'A' => LETTERS,
            b'X' => DIGITS | LETTERS,
            b' ' => SPACE,
            b'-' => DASH,
            b'.' => DOT,
            b'/' => SLASH,
            b'~' => SPACE | DASH,
            b'[' => {
                let end = b[i..].iter().position(|&x| x == b']').ok_or("unclosed [")?;
                let class = &b[i..i + end];
                i += end + 1;
                let mut set = 0u64;
                let mut j = 0;
                while j < class.len() {
                    let lo = class_bit(class[j]).ok_or("bad character in [..]")?;
                    let hi = if class.get(j + 1) == Some(&b'-') && j + 2 < class.len() {
                        j += 2;
                        class_bit(class[j]).ok_or("bad range in [..]")?
                    } else {
                        lo
                    };
                    if hi < lo {
                        return Err("reversed range in [..]");
                    }
                    for bit in lo..=hi {
                        set |= 1 << bit;
                    }
                    j += 1;
                }
                set
            }
            b'?' => {
                let last = tokens.last_mut().ok_or("? at the start")?;
                if last.set & !SEPARATORS != 0 {
                    return Err("? after a letter or digit");
                }
                last.min = 0;
                continue;
            }
            b'{' => {
                let end = b[i..].iter().position(|&x| x == b'}').ok_or("unclosed {")?;
                let inner = std::str::from_utf8(&b[i..i + end]).map_err(|_| "bad {m,n}")?;
                i += end + 1;
                let (lo, hi) = inner.split_once(',').unwrap_or((inner, inner));
                let lo: u8 = lo.parse().map_err(|_| "bad {m,n}")?;
                let hi: u8 = hi.parse().map_err(|_| "bad {m,n}")?;
                let last = tokens.last_mut().ok_or("{ at the start")?;
                if hi < lo
                    || hi == 0
                    || usize::from(hi) > MAX_REPEAT
                    || last.min != 1
                    || last.max != 1
                {
                    return Err("bad {m,n}");
                }
                last.min = lo;
                last.max = hi;
                continue;
            }
            _ => return Err("unknown token"),
        };
        tokens.push(Token {
            set,
            min: 1,
            max: 1,
        });
    }
    let first = tokens.first().ok_or("empty shape")?;
    if first.min == 0 || first.set & SEPARATORS != 0 {
        return Err("a shape starts with a letter or digit");
    }
    let longest: usize = tokens
        .iter()
        .filter(|t| t.set & SEPARATORS == 0)
        .map(|t| usize::from(t.max))
        .sum();
    if longest > MAX_LEN {
        return Err("longer than MAX_LEN letters and digits");
    }
    Ok(tokens)
}

/// The class bit of a digit or letter (either case) in a shape's `[..]`.
fn class_bit(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'A'..=b'Z' => Some(u32::from(c - b'A') + 10),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 10),
        _ => None,
    }
}

/// How many letters (or digits) of `class` a shape takes before its first token that
/// cannot take one: `(least, most)`, `most` = `usize::MAX` when a later token may take
/// more of them. A run of `n` such characters at a start rules out every row whose range
/// does not hold `n`, before any matching.
pub(super) fn lead_range(tokens: &[Token], class: u64) -> (usize, usize) {
    let (mut lo, mut hi) = (0, 0);
    for (i, tok) in tokens.iter().enumerate() {
        if tok.set & class == 0 {
            let next_takes = tokens.get(i + 1).is_some_and(|n| n.set & class != 0);
            return (
                lo,
                if tok.min == 0 && next_takes {
                    usize::MAX
                } else {
                    hi
                },
            );
        }
        if tok.set & !class != 0 {
            return (lo, usize::MAX); // takes other characters too ('X', [0-9X])
        }
        lo += usize::from(tok.min);
        hi += usize::from(tok.max);
    }
    (lo, hi)
}

//! The tables of `privacy.address`, read by build.rs (this file is its module) and
//! written out as Rust statics, so the wasm holds them parsed instead of their parser:
//! the words of `address_words.tsv` by what they are, and the postal code shapes of
//! `postcodes.tsv`. The statics name the detector's constants (`UNIT`, `LIVE_AT`, ...)
//! and are included by `address.rs`; a malformed line fails the build.

use std::fmt::Write;

/// What an entry of the word table is (the detector's `Tag`), as the names of the
/// detector's constants; one word can be several things (merged).
#[derive(Clone, Default)]
struct Tag {
    order: Vec<&'static str>,
    weak: bool,
    area: bool,
    house: bool,
    live: Option<&'static str>,
    school: Option<&'static str>,
    post: bool,
    /// A postal word written as part of the code ("ΤΚ 287 28").
    code: bool,
    /// The house number follows a comma ("Lagoa de Barros, 519").
    comma: bool,
    /// A city marker: a city's name, a comma and its street follow ("ք. Գորիս, Սիսվանի 74").
    city: bool,
    geo: bool,
}

impl Tag {
    /// Adds what another line of the table says the same word is (`Tag::merge` of the
    /// detector).
    fn merge(&mut self, o: &Tag) {
        for f in &o.order {
            if !self.order.contains(f) {
                self.order.push(f);
            }
        }
        self.weak |= o.weak;
        self.area |= o.area;
        self.house |= o.house;
        if o.live.is_some() {
            self.live = o.live;
        }
        if o.school.is_some() {
            self.school = o.school;
        }
        self.post |= o.post;
        self.code |= o.code;
        self.comma |= o.comma;
        self.city |= o.city;
        self.geo |= o.geo;
    }

    /// The detector's `Tag` as a Rust expression.
    fn source(&self) -> String {
        format!(
            "Tag {{ order: {}, weak: {}, area: {}, house: {}, live: {}, school: {}, post: {}, code: {}, comma: {}, city: {}, geo: {} }}",
            bits(&self.order),
            self.weak,
            self.area,
            self.house,
            self.live.unwrap_or("0"),
            self.school.unwrap_or("0"),
            self.post,
            self.code,
            self.comma,
            self.city,
            self.geo
        )
    }
}

/// Constants or-ed together, `0` for none.
fn bits(names: &[&str]) -> String {
    if names.is_empty() {
        "0".to_string()
    } else {
        names.join(" | ")
    }
}

/// Writes `static {name}_WORDS: [u8; n]`, the words of `entries` grouped by what they
/// are and sorted in each group, front-coded (`coded::grouped` of the detector reads
/// them), and `static {name}_RUNS: [(u16, {ty}); m]`: each group's size and what its
/// words are. Sorted neighbours share their first bytes, which front coding drops: a
/// tenth smaller gzipped than the words in table order.
fn grouped(out: &mut String, name: &str, ty: &str, entries: &[(&str, String)]) {
    let mut sorted: Vec<&(&str, String)> = entries.iter().collect();
    sorted.sort_by(|a, b| (&a.1, a.0).cmp(&(&b.1, b.0)));
    let coded = super::front_code(sorted.iter().map(|e| e.0));
    let mut runs: Vec<(usize, &str)> = Vec::new();
    for e in &sorted {
        match runs.last_mut() {
            Some((n, what)) if *what == e.1 => *n += 1,
            _ => runs.push((1, &e.1)),
        }
    }
    writeln!(
        out,
        "static {name}_WORDS: [u8; {}] = *b\"{}\";",
        coded.len(),
        coded.escape_ascii()
    )
    .unwrap();
    let runs: Vec<String> = runs
        .iter()
        .map(|(n, what)| format!("({}, {what})", u16::try_from(*n).expect("a short list")))
        .collect();
    writeln!(
        out,
        "static {name}_RUNS: [(u16, {ty}); {}] = [{}];",
        runs.len(),
        runs.join(",\n")
    )
    .unwrap();
}

/// Writes `static {name}: &str`, the words joined by line breaks.
fn words(out: &mut String, name: &str, words: &[&str]) {
    writeln!(out, "static {name}: &str = {:?};", words.join("\n")).unwrap();
}

/// The Rust source of the statics, from the two tables: `ENTRY_WORDS` and
/// `ENTRY_RUNS` (the lexicon, each word once, its lines merged), `CLASS_WORDS` and
/// `CLASS_RUNS` (single words and their classes), both written by [`grouped`],
/// `SUFFIXES`, `FAMOUS`, `SHAPES` (longest first), `SHAPES_BY_RUN` and `SUFFIX_TAILS`.
pub(super) fn generate(words_tsv: &str, postcodes_tsv: &str) -> String {
    let mut entries: Vec<(&str, Tag)> = Vec::new();
    let mut classes: Vec<(&str, Vec<&'static str>)> = Vec::new();
    let mut suffixes = Vec::new();
    let mut famous = Vec::new();
    for line in words_tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut cols = line.split('\t');
        let (Some(class), Some(_lang), Some(flags), Some(list)) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            panic!("address_words.tsv: malformed line {line:?}");
        };
        let bit = match class {
            "unit" => Some("UNIT"),
            "schoolword" => Some("SCHOOL_WORD"),
            "particle" => Some("PARTICLE"),
            "stop" => Some("STOP"),
            "generic" => Some("GENERIC"),
            "measure" => Some("MEASURE"),
            "counter" => Some("COUNTER"),
            "notaddr" => Some("NOT_ADDR"),
            "yearword" => Some("YEAR_WORD"),
            "region" => Some("REGION"),
            _ => None,
        };
        let mut line_tag = Tag::default();
        match class {
            "suffix" | "famous" => {}
            _ if bit.is_some() => {}
            "street" | "area" => {
                for f in flags.bytes() {
                    let name = match f {
                        b'L' => "NAME_BEFORE_NUM_LEFT",
                        b'R' => "NAME_BEFORE_NUM_RIGHT",
                        b'l' => "NAME_AFTER_NUM_LEFT",
                        b'r' => "NAME_AFTER_NUM_RIGHT",
                        _ => continue,
                    };
                    if !line_tag.order.contains(&name) {
                        line_tag.order.push(name);
                    }
                }
                line_tag.weak = flags.contains('w');
                line_tag.comma = flags.contains('c');
                line_tag.area = class == "area";
            }
            "house" => line_tag.house = true,
            "live" => {
                line_tag.live = Some(match flags {
                    "at" => "LIVE_AT",
                    "pre" => "LIVE_PRE",
                    _ => "LIVE_IN",
                })
            }
            "school" => {
                line_tag.school = Some(if flags == "my" {
                    "SCHOOL_MY"
                } else {
                    "SCHOOL_GO"
                })
            }
            "postword" => {
                line_tag.post = true;
                line_tag.code = flags == "in";
            }
            "geoword" => line_tag.geo = true,
            "city" => line_tag.city = true,
            _ => panic!("address_words.tsv: unknown class {class:?}"),
        }
        for w in list.split('|').filter(|w| !w.is_empty()) {
            assert!(!w.contains('\n'));
            if class == "suffix" {
                suffixes.push(w);
            } else if class == "famous" {
                famous.push(w);
            } else if let Some(bit) = bit {
                match classes.iter_mut().find(|c| c.0 == w) {
                    Some((_, bits)) if bits.contains(&bit) => {}
                    Some((_, bits)) => bits.push(bit),
                    None => classes.push((w, vec![bit])),
                }
            } else {
                match entries.iter_mut().find(|e| e.0 == w) {
                    Some((_, tag)) => tag.merge(&line_tag),
                    None => entries.push((w, line_tag.clone())),
                }
            }
        }
    }

    let mut shapes: Vec<&str> = Vec::new();
    for line in postcodes_tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let Some((_, list)) = line.split_once('\t') else {
            panic!("postcodes.tsv: malformed line {line:?}");
        };
        shapes.extend(list.split('|'));
    }
    shapes.sort_by_key(|s| std::cmp::Reverse(s.len()));
    shapes.dedup();
    // For each length of the run of digits a code starts with (the last entry for every
    // longer run), the shapes that can match there: those starting with exactly that
    // many digits, or fewer followed by an optional space.
    let heads: Vec<(usize, bool)> = shapes
        .iter()
        .map(|s| {
            let k = s.bytes().take_while(|&c| c == b'9').count();
            (k, s.as_bytes().get(k) == Some(&b' '))
        })
        .collect();
    let longest = heads.iter().map(|h| h.0).max().unwrap_or(0);
    let by_run: Vec<Vec<u8>> = (0..=longest + 1)
        .map(|run| {
            let fits = |&(k, space): &(usize, bool)| k == run || (k < run && space);
            (0..heads.len())
                .filter(|&n| fits(&heads[n]))
                .map(|n| u8::try_from(n).expect("fewer than 256 postcode shapes"))
                .collect()
        })
        .collect();
    let mut tails: Vec<[u8; 2]> = suffixes
        .iter()
        .map(|s| {
            let b = s.as_bytes();
            assert!(b.len() >= 2, "suffix too short: {s}");
            [b[b.len() - 2], b[b.len() - 1]]
        })
        .collect();
    tails.sort();
    tails.dedup();

    let mut out = String::new();
    let entries: Vec<(&str, String)> = entries.iter().map(|(w, t)| (*w, t.source())).collect();
    grouped(&mut out, "ENTRY", "Tag", &entries);
    let classes: Vec<(&str, String)> = classes.iter().map(|(w, b)| (*w, bits(b))).collect();
    grouped(&mut out, "CLASS", "u16", &classes);
    words(&mut out, "SUFFIXES", &suffixes);
    words(&mut out, "FAMOUS", &famous);
    words(&mut out, "SHAPES", &shapes);
    writeln!(out, "static SHAPES_BY_RUN: [&[u8]; {}] = [", by_run.len()).unwrap();
    for run in &by_run {
        writeln!(out, "&{run:?},").unwrap();
    }
    out.push_str("];\n");
    writeln!(
        out,
        "static SUFFIX_TAILS: [[u8; 2]; {}] = {tails:?};",
        tails.len()
    )
    .unwrap();
    out
}

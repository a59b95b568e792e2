//! The evasion corpus of the profanity lexicon (issue #6: "evasion recall at least 0.95 for
//! profanity", evasions reported apart), made here, the same on every run, from the
//! lexicons themselves:
//!
//! - every one-word `abuse.profanity` term, stem and infix of each `src/data/lexicons/*.tsv`,
//!   disguised in each way the issue lists (leet, self-censoring stars, spaced, dotted,
//!   dashed, underscored, repeated letters, look-alike letters of another script,
//!   zero-width and bidi marks, markup inside the word, accents, full-width forms), in an
//!   ordinary chat sentence of its language: found when `abuse.profanity` fires (the
//!   `veiled` words, swearing only in disguise, in every disguise but plain spelling);
//! - innocent words that hold a profanity entry inside them (Scunthorpe-style): the
//!   `allow` lines of every lexicon, the examples, and the most frequent words of
//!   nine languages (the wordfreq fixtures) with an entry inside, in the same disguises
//!   (stars apart: nobody stars out "class") and an ordinary sentence: flagged when any
//!   lexicon rule fires.
//!
//! A disguise that cannot apply to a word (leet or accents on a word with no such
//! letter, full-width forms of a non-Latin script) leaves it out of that disguise's count.

use super::fired;
use sendsafe::Filter;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// The disguises, in report order.
pub const DISGUISES: [&str; 14] = [
    "plain",
    "leet",
    "symbols",
    "spaced",
    "dotted",
    "dashed",
    "underscored",
    "repeated",
    "lookalike",
    "zerowidth",
    "bidi",
    "markup",
    "accents",
    "fullwidth",
];

/// Ordinary chat sentences of each language, `{}` where the word goes: the word stands
/// as an exclamation or a noun, as people swear.
fn carriers(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" => &[
            "ugh {} the bus is late again",
            "what a {} day at work honestly",
            "my laptop died again, {}",
        ],
        "es" => &[
            "qué {} de día en el trabajo",
            "{} se me olvidaron las llaves otra vez",
            "otra vez sin internet, {}",
        ],
        "pt" => &[
            "que {} de dia no trabalho",
            "{} esqueci as chaves de novo",
            "de novo sem internet, {}",
        ],
        "fr" => &[
            "quelle journée de {} au boulot",
            "{} j'ai encore oublié mes clés",
            "encore sans internet, {}",
        ],
        "de" => &[
            "was für ein {} tag heute",
            "{} ich hab schon wieder meine schlüssel vergessen",
            "schon wieder kein internet, {}",
        ],
        "it" => &[
            "che {} di giornata al lavoro",
            "{} ho dimenticato di nuovo le chiavi",
            "di nuovo senza internet, {}",
        ],
        "nl" => &[
            "wat een {} dag op het werk",
            "{} ik ben mijn sleutels weer vergeten",
            "alweer geen internet, {}",
        ],
        "hi" => &[
            "{} aaj phir se bus late hai",
            "kya {} din tha yaar office mein",
            "फिर से लाइट चली गई, {}",
        ],
        "ur" => &[
            "{} aaj phir bijli chali gayi",
            "kya {} din tha yaar",
            "پھر سے انٹرنیٹ بند ہے {}",
        ],
        "ar" => &[
            "{} الباص تأخر مرة ثانية",
            "شو هاليوم {} بالشغل",
            "النت فصل مرة ثانية {}",
        ],
        "id" => &[
            "{} busnya telat lagi",
            "hari ini {} banget di kantor",
            "wifinya mati lagi, {}",
        ],
        "tr" => &[
            "{} otobüs yine gecikti",
            "bugün işte ne {} bir gündü",
            "internet yine gitti, {}",
        ],
        "ru" => &[
            "{} автобус опять опоздал",
            "какой {} день на работе",
            "опять нет интернета, {}",
        ],
        _ => &["{} again today", "oh {} really"],
    }
}

/// Ordinary sentences for the innocent words (names, places, ordinary words).
fn innocent_carriers(lang: &str) -> &'static [&'static str] {
    match lang {
        "es" => &["hoy hablamos de {} en clase", "mira esto: {}"],
        "pt" => &["hoje falamos de {} na aula", "olha isso: {}"],
        "fr" => &["on a parlé de {} en cours", "regarde ça : {}"],
        "de" => &["heute ging es um {} im kurs", "schau mal: {}"],
        "it" => &["oggi abbiamo parlato di {} in classe", "guarda: {}"],
        "nl" => &["vandaag ging het over {} in de les", "kijk: {}"],
        "id" => &["tadi kita bahas {} di kelas", "lihat ini: {}"],
        "tr" => &["bugün derste {} konuştuk", "şuna bak: {}"],
        "ru" => &["сегодня на уроке говорили про {}", "смотри: {}"],
        "ar" => &["اليوم حكينا عن {} بالصف", "شوف هاد: {}"],
        "hi" => &["aaj class mein {} ke baare mein baat hui", "dekho: {}"],
        _ => &["we talked about {} in class today", "look at this: {}"],
    }
}

/// A Latin vowel.
fn latin_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// A vowel of the word's script (Latin, Cyrillic), or `None` for scripts without one here.
fn vowel(c: char) -> bool {
    latin_vowel(c) || matches!(c, 'а' | 'е' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я')
}

/// Where the word's first vowel after its first letter is, or its middle letter.
fn pivot(w: &[char]) -> usize {
    w.iter()
        .enumerate()
        .skip(1)
        .find(|(_, c)| vowel(**c))
        .map_or(w.len() / 2, |(i, _)| i)
}

/// Whether a char is a combining mark (Devanagari vowel signs and viramas, Arabic
/// harakat): a letter spaced out keeps its marks.
fn mark(c: char) -> bool {
    matches!(c, '\u{900}'..='\u{903}' | '\u{93a}'..='\u{94f}' | '\u{951}'..='\u{957}' | '\u{962}' | '\u{963}' | '\u{64b}'..='\u{65f}' | '\u{300}'..='\u{36f}')
}

/// The word's letters with their marks, as a reader sees them.
fn clusters(w: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in w.chars() {
        match out.last_mut() {
            Some(last) if mark(c) => last.push(c),
            _ => out.push(c.to_string()),
        }
    }
    out
}

/// `word` in the disguise `kind`, or `None` when it does not apply to the word.
pub fn disguise(word: &str, kind: &str) -> Option<String> {
    let w: Vec<char> = word.chars().collect();
    let n = w.len();
    if n < 2 {
        return None;
    }
    let p = pivot(&w);
    let units = clusters(word);
    if matches!(kind, "spaced" | "dotted" | "dashed" | "underscored")
        && (units.len() < 2 || units.len() == 2 && n < 4)
    {
        return None;
    }
    let join = |sep: &str| units.join(sep);
    let with = |at: usize, s: &str| {
        let mut out: String = w[..at].iter().collect();
        out.push_str(s);
        out.extend(&w[at..]);
        out
    };
    Some(match kind {
        "plain" => word.to_string(),
        "leet" if w.iter().any(|c| c.is_ascii_digit()) => return None,
        "leet" => {
            // Vowels (and s, t) after the first letter as digits: sh1t, b1tch, 6лять is
            // Cyrillic's own.
            let mut changed = false;
            let out: String = w
                .iter()
                .enumerate()
                .map(|(i, &c)| {
                    let l = match c {
                        'a' => '4',
                        'e' => '3',
                        'i' => '1',
                        'o' => '0',
                        's' if i > 0 => '5',
                        'б' => '6',
                        'о' => '0',
                        'з' => '3',
                        _ => c,
                    };
                    if i > 0 || !c.is_ascii() {
                        changed |= l != c;
                        l
                    } else {
                        c
                    }
                })
                .collect();
            if !changed {
                return None;
            }
            out
        }
        "symbols" => {
            // Self-censored: one letter starred out (f*ck, с*ка, ك*س).
            if n < 3 {
                return None;
            }
            let at = if n == 3 { 1 } else { p.clamp(1, n - 2) };
            let mut out: String = w[..at].iter().collect();
            out.push('*');
            out.extend(&w[at + 1..]);
            out
        }
        "spaced" => join(" "),
        "dotted" => join("."),
        "dashed" => join("-"),
        "underscored" => join("_"),
        "repeated" => {
            // A vowel stretched (fuuuuck), an Arabic word drawn out with tatweel, or the
            // last letter repeated.
            if w.iter().all(|c| ('\u{600}'..='\u{6ff}').contains(c)) {
                with(1, "ـــــ")
            } else if w.get(p).is_some_and(|c| vowel(*c)) {
                with(p, &w[p].to_string().repeat(4))
            } else {
                let mut out = word.to_string();
                out.extend(std::iter::repeat_n(w[n - 1], 3));
                out
            }
        }
        "lookalike" => {
            // Letters of another script that look the same: Cyrillic in a Latin word,
            // Latin in a Cyrillic one, Greek omicron.
            let mut changed = 0;
            let out: String = w
                .iter()
                .map(|&c| {
                    let l = match c {
                        'a' => 'а',
                        'e' => 'е',
                        'o' => 'ο',
                        'c' => 'с',
                        'p' => 'р',
                        'x' => 'х',
                        'y' => 'у',
                        'i' => 'і',
                        'х' => 'x',
                        'у' => 'y',
                        'е' => 'e',
                        'а' => 'a',
                        'о' => 'o',
                        'р' => 'p',
                        'с' => 'c',
                        _ => c,
                    };
                    // One or two letters changed, as people do.
                    if l != c && changed < 2 {
                        changed += 1;
                        l
                    } else {
                        c
                    }
                })
                .collect();
            if changed == 0 {
                return None;
            }
            out
        }
        "zerowidth" => with(p.max(1), "\u{200b}"),
        "bidi" => with(p.max(1), "\u{200f}"),
        "markup" => with(p.max(1), "<b></b>"),
        "accents" => {
            let at = w.iter().position(|c| latin_vowel(*c))?;
            let acc = match w[at] {
                'a' => 'á',
                'e' => 'é',
                'i' => 'í',
                'o' => 'ó',
                _ => 'ü',
            };
            let mut out: String = w[..at].iter().collect();
            out.push(acc);
            out.extend(&w[at + 1..]);
            out
        }
        "fullwidth" => {
            if !w.iter().all(|c| c.is_ascii_alphanumeric()) {
                return None;
            }
            w.iter()
                .map(|&c| char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap_or(c))
                .collect()
        }
        _ => return None,
    })
}

/// `s` lower-cased without Latin accents, to look for entries inside words.
fn fold(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(|c| match c {
            'à'..='å' => 'a',
            'è'..='ë' => 'e',
            'ì'..='ï' | 'ı' => 'i',
            'ò'..='ö' => 'o',
            'ù'..='ü' => 'u',
            'ç' => 'c',
            'ş' => 's',
            'ğ' => 'g',
            c => c,
        })
        .collect()
}

/// Per disguise: (found or flagged, messages); per language likewise.
type Counts = BTreeMap<String, (usize, usize)>;

/// Builds and measures the corpus (`super::fired` gives the lexicon rules a message fires).
pub fn run(
    filter: &Filter,
    lexicons: &[(String, String)],
    wordfreq: &[(String, String)],
    profane: &BTreeSet<(String, String)>,
    table: &mut String,
    report: &mut BTreeMap<String, Value>,
    verbose: bool,
) {
    // The profanity words of each language, and every entry of any rule (for the innocent
    // words that hold one).
    // (language, word, swearing only in disguise)
    let mut words: Vec<(String, String, bool)> = Vec::new();
    let mut entries: BTreeSet<String> = BTreeSet::new();
    let mut innocent: Vec<(String, String)> = Vec::new();
    let mut veiled: BTreeSet<String> = BTreeSet::new();
    for (lang, text) in lexicons {
        for line in text.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 3 || line.starts_with('#') {
                continue;
            }
            let (rule, kind, word) = (cols[0], cols[1], cols[2]);
            if kind == "veiled" {
                // Swearing only in disguise: never an innocent word here.
                entries.insert(fold(word));
                veiled.insert(fold(word));
                if rule == "abuse.profanity" && !word.contains([' ', '-']) {
                    words.push((lang.clone(), word.to_string(), true));
                }
            }
            if matches!(kind, "term" | "stem" | "infix") && !word.contains([' ', '-']) {
                if rule == "abuse.profanity" {
                    words.push((lang.clone(), word.to_string(), false));
                }
                if word.chars().count() >= 3 {
                    entries.insert(fold(word));
                }
            }
            if kind == "allow" && !word.contains([' ', '-']) {
                innocent.push((lang.clone(), word.to_string()));
            }
        }
    }
    for w in [
        "scunthorpe",
        "classic",
        "assassin",
        "penistone",
        "grapes",
        "cocktail",
    ] {
        innocent.push(("en".into(), w.into()));
    }
    // The most frequent words (at most 25 a language) with an entry inside, that are
    // neither profane themselves nor flagged as they are.
    for (lang, text) in wordfreq {
        let mut n = 0;
        for word in text.lines() {
            if n == 25 {
                break;
            }
            let f = fold(word);
            if f.chars().count() < 5
                || profane.contains(&(lang.clone(), word.to_string()))
                || veiled.contains(&f)
                || !entries.iter().any(|e| f.contains(e.as_str()) && f != *e)
                || !fired(filter, word).is_empty()
            {
                continue;
            }
            innocent.push((lang.clone(), word.to_string()));
            n += 1;
        }
    }
    let mut found: Counts = BTreeMap::new();
    let mut by_lang: Counts = BTreeMap::new();
    let mut lang_disguised: Counts = BTreeMap::new();
    for (i, (lang, word, veiled)) in words.iter().enumerate() {
        let cs = carriers(lang);
        for kind in DISGUISES {
            if *veiled && kind == "plain" {
                continue;
            }
            let Some(d) = disguise(word, kind) else {
                continue;
            };
            let text = cs[i % cs.len()].replace("{}", &d);
            let hit = fired(filter, &text).contains("abuse.profanity");
            let e = found.entry(kind.to_string()).or_default();
            e.0 += usize::from(hit);
            e.1 += 1;
            let l = by_lang.entry(lang.clone()).or_default();
            l.0 += usize::from(hit);
            l.1 += 1;
            if kind != "plain" {
                let l = lang_disguised.entry(lang.clone()).or_default();
                l.0 += usize::from(hit);
                l.1 += 1;
            }
            if verbose && !hit {
                println!("  lexicons evasions: missed {lang} {kind}: {text:?}");
            }
        }
    }
    let mut flagged: Counts = BTreeMap::new();
    for (i, (lang, word)) in innocent.iter().enumerate() {
        let cs = innocent_carriers(lang);
        for kind in DISGUISES {
            if kind == "symbols" {
                continue;
            }
            let Some(d) = disguise(word, kind) else {
                continue;
            };
            let text = cs[i % cs.len()].replace("{}", &d);
            let got = fired(filter, &text);
            let e = flagged.entry(kind.to_string()).or_default();
            e.0 += usize::from(!got.is_empty());
            e.1 += 1;
            if verbose && !got.is_empty() {
                println!("  lexicons evasions: innocent flagged {got:?} {lang} {kind}: {text:?}");
            }
        }
    }
    let sum = |c: &Counts, plain: bool| {
        c.iter()
            .filter(|(k, _)| plain || k.as_str() != "plain")
            .fold((0, 0), |(a, b), (_, v)| (a + v.0, b + v.1))
    };
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (df, dt) = sum(&found, false);
    let (inf, int) = sum(&flagged, false);
    println!(
        "lexicons, evasion corpus: profanity in disguise {df} of {dt} found ({:.3}); disguised innocent words flagged {inf} of {int}",
        ratio(df, dt)
    );
    table.push_str(&format!(
        "\nLexicon evasion corpus (made by benches/accuracy/lexicon_evasions.rs from the lexicons: {} one-word profanity entries of {} languages, each in every disguise in an ordinary sentence; and {} innocent words that hold an entry, disguised alike): profanity in disguise {df} of {dt} found (**{:.3}**; target 0.95); disguised innocent words with any lexicon finding {inf} of {int}.\n\n| disguise | profanity messages | found | innocent messages | flagged |\n|---|---:|---:|---:|---:|\n",
        words.len(),
        by_lang.len(),
        innocent.len(),
        ratio(df, dt)
    ));
    for kind in DISGUISES {
        let (f, t) = found.get(kind).copied().unwrap_or_default();
        let (fl, it) = flagged.get(kind).copied().unwrap_or_default();
        println!(
            "  evasion {kind:<12} found {f} of {t} ({:.3}), innocent flagged {fl} of {it}",
            ratio(f, t)
        );
        table.push_str(&format!(
            "| {kind} | {t} | {:.3} | {it} | {fl} |\n",
            ratio(f, t)
        ));
    }
    table.push_str("\n| language | profanity messages in disguise | found |\n|---|---:|---:|\n");
    for (lang, (f, t)) in &lang_disguised {
        println!(
            "  evasion language {lang:<4} found {f} of {t} ({:.3})",
            ratio(*f, *t)
        );
        table.push_str(&format!("| {lang} | {t} | {:.3} |\n", ratio(*f, *t)));
    }
    report.insert(
        "lexicons evasion corpus".to_string(),
        json!({
            "disguises": found.iter().map(|(k, (f, t))| (k.clone(), json!({"found": f, "messages": t}))).collect::<BTreeMap<_, _>>(),
            "languages": lang_disguised.iter().map(|(k, (f, t))| (k.clone(), json!({"found": f, "messages": t}))).collect::<BTreeMap<_, _>>(),
            "innocent": flagged.iter().map(|(k, (f, t))| (k.clone(), json!({"flagged": f, "messages": t}))).collect::<BTreeMap<_, _>>(),
        }),
    );
}

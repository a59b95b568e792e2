//! The tables of the phrase rules (`credentials.tsv`, `social_handle.tsv`,
//! `request.tsv`), read by build.rs (this file is its module) and written out as Rust
//! statics, so the wasm holds them parsed instead of their parsers. Each rule's statics
//! are included by its module (`credentials.rs`, `social_handle.rs`, `request.rs`); a
//! malformed line fails the build. Word lists are written as one text, the words joined
//! by line breaks (which compresses as well as the table did), with a parallel array of
//! what each word is.

use std::fmt::Write;

/// The lines of a table that are not comments or empty.
fn rows(tsv: &str) -> impl Iterator<Item = &str> {
    tsv.lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Writes `static {name}: &str`, the words joined by line breaks.
pub(super) fn words(out: &mut String, name: &str, words: &[&str]) {
    assert!(words.iter().all(|w| !w.is_empty() && !w.contains('\n')));
    writeln!(out, "static {name}: &str = {:?};", words.join("\n")).unwrap();
}

/// Writes `static {name}: [{ty}; n]` of the given Rust expressions.
pub(super) fn array(out: &mut String, name: &str, ty: &str, items: &[String]) {
    writeln!(
        out,
        "static {name}: [{ty}; {}] = [{}];",
        items.len(),
        items.join(", ")
    )
    .unwrap();
}

/// Sorts words longest first, keeping the order of equal lengths.
fn longest_first(words: &mut [&str]) {
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
}

/// `credentials.rs`: `LABEL_WORDS` and `LABELS`, `LINKS` and `FORS` (longest first),
/// `STOP`, `BEFORE`.
pub(super) fn credentials(tsv: &str) -> String {
    let (mut label_words, mut labels) = (Vec::new(), Vec::new());
    let (mut links, mut fors, mut stop, mut before) = (vec![], vec![], vec![], vec![]);
    for line in rows(tsv) {
        let mut cells = line.split('\t');
        let (Some(class), Some(word), None) = (cells.next(), cells.next(), cells.next()) else {
            panic!("credentials.tsv: malformed line {line:?}");
        };
        let label = match class {
            "password" => "Password",
            "pass" => "Pass",
            "pin" => "Pin",
            "pincode" => "PinCode",
            "otp" => "Otp",
            "code" => "Code",
            "block" => "Block",
            "link" => {
                links.push(word);
                continue;
            }
            "for" => {
                fors.push(word);
                continue;
            }
            "stop" => {
                stop.push(word);
                continue;
            }
            "before" => {
                before.push(word);
                continue;
            }
            _ => panic!("credentials.tsv: unknown class in {line:?}"),
        };
        label_words.push(word);
        labels.push(format!("Label::{label}"));
    }
    longest_first(&mut links);
    longest_first(&mut fors);
    let mut out = String::new();
    words(&mut out, "LABEL_WORDS", &label_words);
    array(&mut out, "LABELS", "Label", &labels);
    words(&mut out, "LINKS", &links);
    words(&mut out, "FORS", &fors);
    words(&mut out, "STOP", &stop);
    words(&mut out, "BEFORE", &before);
    out
}

/// `social_handle.rs`: `ENTRY_WORDS` and `ENTRY_TAGS`, `IDS`, `LINKS` and `MINE`
/// (longest first), `STOP` (with the `tail` words), `OWN`, `ASK`, `TAIL`, `PREP`, `WEAK`,
/// `ACCOUNTS`, `SELVES`, `SEARCH` and `FOUND` (longest first), `OTHERS`, `ME`, `FIRSTS`.
pub(super) fn social_handle(tsv: &str) -> String {
    let (mut entry_words, mut tags) = (Vec::new(), Vec::new());
    let (mut ids, mut links, mut mine, mut stop) = (vec![], vec![], vec![], vec![]);
    let (mut own, mut ask, mut tail, mut prep, mut weak) = (vec![], vec![], vec![], vec![], vec![]);
    let mut accounts = vec![];
    let (mut selves, mut search, mut found, mut others, mut me) =
        (vec![], vec![], vec![], vec![], vec![]);
    for line in rows(tsv) {
        let mut cells = line.split('\t');
        let cols = [(); 3].map(|()| cells.next().unwrap_or_default());
        let len = cols.iter().filter(|c| !c.is_empty()).count() + cells.count();
        let (class, owned) = match (cols[0], len) {
            ("app", 3) => ("App", false),
            ("myapp", 3) => ("App", true),
            ("abbr", 3) => ("Abbr", false),
            ("amb", 3) => ("Amb", false),
            ("invite", 3) => ("Invite", false),
            ("id", 2) => {
                ids.push(cols[1]);
                continue;
            }
            ("account", 2) => {
                ids.push(cols[1]);
                accounts.push(cols[1]);
                continue;
            }
            ("link", 2) => {
                links.push(cols[1]);
                continue;
            }
            ("mine", 2) => {
                links.push(cols[1]);
                mine.push(cols[1]);
                continue;
            }
            ("stop", 2) => {
                stop.push(cols[1]);
                continue;
            }
            ("tail", 2) => {
                stop.push(cols[1]);
                tail.push(cols[1]);
                continue;
            }
            ("own", 2) => {
                own.push(cols[1]);
                continue;
            }
            ("ask", 2) => {
                ask.push(cols[1]);
                continue;
            }
            ("weak", 2) => {
                links.push(cols[1]);
                weak.push(cols[1]);
                continue;
            }
            ("prep", 2) => {
                prep.push(cols[1]);
                continue;
            }
            ("self", 2) => {
                links.push(cols[1]);
                selves.push(cols[1]);
                continue;
            }
            ("search", 2) => {
                search.push(cols[1]);
                continue;
            }
            ("found", 2) => {
                found.push(cols[1]);
                continue;
            }
            ("other", 2) => {
                others.push(cols[1]);
                continue;
            }
            ("me", 2) => {
                me.push(cols[1]);
                continue;
            }
            _ => panic!("social_handle.tsv: malformed line {line:?}"),
        };
        entry_words.push(cols[2]);
        tags.push(format!(
            "Tag {{ class: Class::{class}, app: {:?}, owned: {owned} }}",
            cols[1]
        ));
    }
    // The self words are weak words too; written first, `SELVES` is a part of `WEAK`'s
    // text and stored once (build.rs, `pool_lists`).
    let weak: Vec<&str> = selves.iter().chain(&weak).copied().collect();
    longest_first(&mut ids);
    longest_first(&mut links);
    longest_first(&mut search);
    longest_first(&mut found);
    let mut out = String::new();
    words(&mut out, "ENTRY_WORDS", &entry_words);
    array(&mut out, "ENTRY_TAGS", "Tag", &tags);
    words(&mut out, "IDS", &ids);
    words(&mut out, "LINKS", &links);
    words(&mut out, "MINE", &mine);
    words(&mut out, "STOP", &stop);
    words(&mut out, "OWN", &own);
    words(&mut out, "ASK", &ask);
    words(&mut out, "TAIL", &tail);
    words(&mut out, "PREP", &prep);
    words(&mut out, "WEAK", &weak);
    words(&mut out, "ACCOUNTS", &accounts);
    words(&mut out, "SELVES", &selves);
    words(&mut out, "SEARCH", &search);
    words(&mut out, "FOUND", &found);
    words(&mut out, "OTHERS", &others);
    words(&mut out, "ME", &me);
    // The first words of the id, search and self words (social_handle.rs, `ahead`).
    let mut firsts: Vec<&str> = ids
        .iter()
        .chain(&search)
        .chain(&selves)
        .map(|w| w.split([' ', '\'', '’']).next().unwrap_or(w))
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    words(&mut out, "FIRSTS", &firsts);
    out
}

/// `request.rs`: `PHRASES` and `PHRASE_TAGS`, `ASK_WORDS` and `SIDES` (each ask word
/// once, on the side or sides it is listed on).
pub(super) fn request(tsv: &str) -> String {
    let (mut phrases, mut tags) = (Vec::new(), Vec::new());
    let mut ask_words: Vec<(&str, &str)> = Vec::new();
    for line in rows(tsv) {
        let mut cols = line.split('\t');
        let (Some(class), Some(kind), Some(phrase), None) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            panic!("request.tsv: malformed line {line:?}");
        };
        match class {
            "ask" | "object" | "block" => {
                let class = match class {
                    "ask" => "Ask",
                    "object" => "Object",
                    _ => "Block",
                };
                phrases.push(phrase);
                tags.push(format!("(Class::{class}, {kind:?})"));
            }
            "before" | "after" => {
                let side = if class == "before" { "Before" } else { "After" };
                match ask_words.iter_mut().find(|(w, _)| *w == phrase) {
                    Some((_, s)) if *s != side => *s = "Both",
                    Some(_) => {}
                    None => ask_words.push((phrase, side)),
                }
            }
            _ => panic!("request.tsv: unknown class in {line:?}"),
        }
    }
    let (asks, sides): (Vec<&str>, Vec<String>) = ask_words
        .into_iter()
        .map(|(w, s)| (w, format!("Side::{s}")))
        .unzip();
    let mut out = String::new();
    words(&mut out, "PHRASES", &phrases);
    array(&mut out, "PHRASE_TAGS", "(Class, &str)", &tags);
    words(&mut out, "ASK_WORDS", &asks);
    array(&mut out, "SIDES", "Side", &sides);
    out
}

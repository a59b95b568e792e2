//! Terms and allow words that a policy adds to the lexicon rules (`rules.<id>.terms` and
//! `rules.<id>.allow`, e.g. `"abuse.profanity": { "terms": ["frak"], "allow": ["frack"] }`).
//!
//! They are folded as build.rs folds the lexicons' own entries (the message's folding,
//! then [`skeleton::entry`]) and written as more groups of `LEX_WORDS`' format (see
//! table.rs) after the built-in ones; the tables are then built from that text as the
//! shared ones are, so an added term is found through every disguise a built-in one is:
//! case, accents, look-alike letters, leet, repeated, spaced or dotted letters, stars. A
//! term matches a whole word (`word*` a word that starts with it), or words in a row
//! with a little space or punctuation between them. An allow word keeps its rule quiet
//! on the words equal to it, and on the rule's findings that overlap it (a phrase around
//! it): it becomes both an `allow` and a `quiet` entry.
//!
//! A filter whose policy adds entries has tables of its own (about 1.5 MB, built in a few
//! milliseconds, besides the shared ones), which live as long as it and every other
//! filter of the same entries: filters made together with one policy share them. A
//! filter whose policy adds nothing uses the shared tables.

use super::{entries, skeleton, LexiconRules, RULES};
use crate::normalize::{is_word_char, Normalized};
use crate::policy::Policy;
use crate::RuleId;
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, PoisonError, Weak};

/// Most chars of an added entry once folded (runs collapsed): as long as the longest
/// built-in ones, and what the engine's mask of doubled letters covers.
pub(crate) const MAX_CHARS: usize = 64;

/// Most words of an added entry: each is a record of the tables, whose count is bounded.
pub(crate) const MAX_WORDS: usize = 4;

/// Fewest chars of a stem (`word*`): shorter ones start too many ordinary words.
const MIN_STEM: usize = 4;

/// Whether `rule` takes added terms and allow words: the lexicon rules.
pub(crate) fn takes_terms(rule: RuleId) -> bool {
    RULES.contains(&rule)
}

/// `entry` as the tables store it (folded, its words apart by one space), and whether it
/// is a stem (a term ending with `*`, when `stems`); or what is wrong with it.
pub(crate) fn fold(entry: &str, stems: bool) -> Result<(String, bool), &'static str> {
    let (entry, stem) = match entry.trim_end().strip_suffix('*') {
        Some(e) if stems => (e, true),
        _ => (entry, false),
    };
    let n = Normalized::new(entry);
    let mut out = String::new();
    let mut words = 0;
    let mut chars = n.folded().text().chars().peekable();
    let mut in_word = false;
    while let Some(c) = chars.next() {
        let word = |c: char| {
            c.is_ascii_alphanumeric() || !c.is_ascii() && is_word_char(c) && !c.is_whitespace()
        };
        if word(c) {
            if !in_word && words > 0 {
                out.push(' ');
            }
            words += usize::from(!in_word);
            in_word = true;
            out.push(c);
        } else if matches!(c, '\'' | '\u{2019}')
            && in_word
            && chars.peek().is_some_and(|&c| word(c))
        {
            out.push('\'');
        } else if c.is_whitespace() || matches!(c, '-' | '_' | '.' | '/' | ',') {
            in_word = false;
        } else {
            return Err("use letters and digits, with spaces or hyphens between words (a `*` only at the end of a term)");
        }
    }
    let out = skeleton::entry(&out);
    let len = out.chars().count();
    if words == 0 {
        Err("no letters or digits")
    } else if words > MAX_WORDS {
        Err("more than 4 words")
    } else if len > MAX_CHARS {
        Err("more than 64 letters")
    } else if stem && (words > 1 || len < MIN_STEM) {
        Err("a stem (`word*`) is one word of 4 letters or more")
    } else {
        Ok((out, stem))
    }
}

/// The groups `policy` adds to the entries, in `LEX_WORDS`' format; empty when it adds
/// none. Entries that do not fold are left out (`Policy::validate` refuses them).
fn groups(policy: &Policy) -> String {
    let mut out = String::new();
    for (i, rule) in RULES.iter().enumerate() {
        let Some(r) = policy.rules.get(rule) else {
            continue;
        };
        // Terms, stems, allow and quiet entries.
        let mut kinds: [BTreeSet<String>; 4] = Default::default();
        for term in &r.terms {
            if let Ok((key, stem)) = fold(term, true) {
                kinds[usize::from(stem)].insert(key);
            }
        }
        for word in &r.allow {
            if let Ok((key, _)) = fold(word, false) {
                if !key.contains(' ') {
                    kinds[2].insert(key.clone());
                }
                kinds[3].insert(key);
            }
        }
        for (set, kind) in kinds.iter().zip(['t', 's', 'a', 'q']) {
            if set.is_empty() {
                continue;
            }
            out.push('\t');
            out.push(char::from(b'a' + i as u8));
            out.push(kind);
            out.push('\n');
            for entry in set {
                out.push_str(entry);
                out.push('\n');
            }
        }
    }
    out
}

/// For [`Context`](crate::detect::Context), which shows which tables it has by name.
impl std::fmt::Debug for LexiconRules {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LexiconRules")
    }
}

/// The tables of the filters alive, by the groups they add.
static BUILT: Mutex<Vec<(Box<str>, Weak<LexiconRules>)>> = Mutex::new(Vec::new());

/// Prepares the tables of a filter whose policy turns on a lexicon rule: its own, when
/// the policy adds entries (those of a filter alive with the same entries, or built
/// now), or else the shared ones (`None`: the detector uses them).
pub(crate) fn prepare(policy: &Policy) -> Option<Arc<LexiconRules>> {
    let extra = groups(policy);
    if extra.is_empty() {
        super::prepare();
        return None;
    }
    let mut built = BUILT.lock().unwrap_or_else(PoisonError::into_inner);
    built.retain(|(_, t)| t.strong_count() > 0);
    if let Some(t) = built.iter().find(|(e, _)| **e == *extra) {
        return t.1.upgrade();
    }
    let base = entries()?;
    let (words, phrases) = base.split_once('\u{c}').unwrap_or((base, ""));
    let t = Arc::new(LexiconRules::new(&format!("{words}{extra}\u{c}{phrases}")));
    built.push((extra.into(), Arc::downgrade(&t)));
    Some(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{Context, Sink};

    /// `(found text, rule)` of `text` with the tables of `policy`.
    fn find(policy: &Policy, text: &str) -> Vec<(String, &'static str)> {
        let lex = prepare(policy);
        let n = Normalized::new(text);
        let mut sink = Sink::new(text);
        let ctx = Context {
            lexicons: lex.as_deref(),
            ..Context::plain(false)
        };
        crate::detect::Detector::detect(&super::super::Lexicons, &n, &ctx, &mut sink);
        sink.into_candidates()
            .into_iter()
            .map(|c| (text[c.span.start..c.span.end].into(), c.hit.rule.as_str()))
            .collect()
    }

    fn policy(rule: RuleId, terms: &[&str], allow: &[&str]) -> Policy {
        let mut p = Policy::default();
        let r = p.rules.get_or_default(rule);
        r.terms = terms.iter().map(|t| t.to_string()).collect();
        r.allow = allow.iter().map(|t| t.to_string()).collect();
        p
    }

    #[test]
    fn entries_fold_as_the_lexicons_do() {
        let fold = |e: &str| fold(e, true);
        assert_eq!(fold("Frak"), Ok(("frak".into(), false)));
        assert_eq!(fold("  GORRAM*"), Ok(("gorram".into(), true)));
        assert_eq!(fold("Fráááák-Off"), Ok(("fraak off".into(), false)));
        assert_eq!(fold("ｆｒａｋ"), Ok(("frak".into(), false)));
        assert_eq!(fold("don’t  frak"), Ok(("don't frak".into(), false)));
        assert_eq!(fold("ёлки"), Ok(("елки".into(), false)));
        assert_eq!(fold("k1ll"), Ok(("k1ll".into(), false)));
        for bad in [
            "",
            " * ",
            "--",
            "f*ck",
            "*frak",
            "fr@k",
            "frak!",
            "a b c d e",
            "fra*",
            "frak off*",
            "<b>frak</b>",
        ] {
            assert!(fold(bad).is_err(), "{bad:?}");
        }
        assert!(super::fold(&"x".repeat(MAX_CHARS), false).is_ok());
        assert!(super::fold(&"xy".repeat(MAX_CHARS / 2 + 1), false).is_err());
        assert!(
            super::fold("frak*", false).is_err(),
            "no stems among allow words"
        );
    }

    #[test]
    fn added_terms_go_through_every_disguise() {
        let p = policy(
            RuleId::AbuseHarassment,
            &["frakker", "gorram*", "smeg head"],
            &[],
        );
        for text in [
            "you frakker",
            "FRAKKER",
            "fräkker",
            "frrraaakker",
            "fr4kk3r",
            "f r a k k e r",
            "f.r.a.k.k.e.r",
            "fr*kker",
            "f<b></b>rakker",
            "ｆｒａｋｋｅｒ",
            "frаkker", // Cyrillic а
            "gorramit",
            "smeg-head",
            "SMEG  HEAD",
        ] {
            let found = find(&p, text);
            assert!(
                found.iter().any(|f| f.1 == "abuse.harassment"),
                "{text}: {found:?}"
            );
        }
        assert_eq!(
            find(&p, "ok you fr4kker!"),
            [("fr4kker".into(), "abuse.harassment")]
        );
    }

    #[test]
    fn added_terms_are_whole_words() {
        let p = policy(RuleId::AbuseHarassment, &["frak", "gorram*"], &[]);
        for text in [
            "frakker", "afrak", "frac", "fra k", "gorra", "agorram", "f r a", "frakfrak",
        ] {
            assert_eq!(find(&p, text), [], "{text}");
        }
    }

    #[test]
    fn allow_words_keep_their_rule_quiet() {
        let both = policy(RuleId::AbuseProfanity, &["frak"], &["crap", "frak"]);
        for text in ["crap", "CRAP", "cr4p", "c r a p", "crrrap", "frak"] {
            assert_eq!(find(&both, text), [], "{text}");
        }
        // Still found: other words, and the word for another rule.
        assert_eq!(find(&both, "crappy fuck")[1].0, "fuck");
        let other = policy(RuleId::AbuseHarassment, &[], &["crap"]);
        assert_eq!(find(&other, "crap"), [("crap".into(), "abuse.profanity")]);
        // A finding of the rule that overlaps the word: a phrase around it.
        let plain = Policy::default();
        assert!(find(&plain, "you idiot")
            .iter()
            .any(|f| f.1 == "abuse.harassment"));
        let idiot = policy(RuleId::AbuseHarassment, &[], &["idiot"]);
        assert_eq!(find(&idiot, "you idiot"), []);
        let spaced = policy(RuleId::AbuseProfanity, &[], &["holy crap"]);
        assert_eq!(find(&spaced, "holy crap"), []);
        assert_eq!(find(&spaced, "crap"), [("crap".into(), "abuse.profanity")]);
    }

    #[test]
    fn tables_are_shared_by_equal_policies_only() {
        let a = policy(RuleId::AbuseProfanity, &["frak"], &[]);
        let b = policy(RuleId::AbuseProfanity, &["gorram"], &[]);
        let (ta, tb) = (prepare(&a).unwrap(), prepare(&b).unwrap());
        assert!(Arc::ptr_eq(&ta, &prepare(&a.clone()).unwrap()));
        assert!(!Arc::ptr_eq(&ta, &tb));
        // Freed with the last filter that has them.
        let weak = Arc::downgrade(&tb);
        drop(tb);
        assert_eq!(weak.strong_count(), 0);
        assert_eq!(find(&a, "gorram"), []);
        assert_eq!(find(&b, "frak"), []);
        assert!(prepare(&Policy::default()).is_none());
        assert!(prepare(&policy(RuleId::PrivacyEmail, &["frak"], &["x"])).is_none());
    }
}

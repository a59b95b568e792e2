//! Terms and allow words that a policy adds to the lexicon rules (`rules.<id>.terms` and
//! `rules.<id>.allow`, e.g. `"abuse.profanity": { "terms": ["frak"], "allow": ["frack"] }`).
//!
//! They are folded as build.rs folds the lexicons' own entries (the message's folding,
//! then [`skeleton::letter`]) and written as more groups of `LEX_WORDS`' format (see
//! table.rs) before the built-in ones; the tables are then built from that text as the
//! shared ones are, so an added term is found through every disguise a built-in one is:
//! case, accents, look-alike letters, leet, repeated, spaced or dotted letters, stars. A
//! term matches a whole word (`word*` a word that starts with it), or words in a row
//! with a little space or punctuation between them. An allow word keeps its rule quiet
//! on the words equal to it, and on the rule's findings that overlap it (a phrase around
//! it): it becomes both an `allow` and a `quiet` entry.
//!
//! A filter whose policy adds entries has tables of its own besides the shared ones
//! (about 1.5 MB, built in about 5 ms natively), freed with it: make such a filter once
//! and keep it. A filter whose policy adds nothing uses the shared tables.

use super::{entries, skeleton, LexiconRules, RULES};
use crate::normalize::Normalized;
use crate::policy::Policy;
use crate::RuleId;

/// Most chars of an added entry once folded (spaces left out): longer than the longest
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
/// is a stem (a term ending with `*`, when `stems`); or what is wrong with it. Words are
/// split at spaces and at `- _ . / ,`, as the message's words are; an entry with other
/// symbols is taken as written (`fr@k` finds "fr@k").
pub(crate) fn fold(entry: &str, stems: bool) -> Result<(String, bool), &'static str> {
    let n = Normalized::new(entry);
    let mut out = String::new();
    let (mut words, mut len, mut gap, mut stem, mut alnum) = (0, 0, true, false, false);
    for c in n.folded().text().chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '-' | '_' | '.' | '/' | ',') {
            gap = true;
        } else if stem || c == '*' && (gap || !stems) {
            return Err("`*` only ends a term (a stem)");
        } else if c == '*' {
            stem = true;
        } else {
            if gap && words > 0 {
                out.push(' ');
            }
            words += usize::from(gap);
            gap = false;
            alnum |= c.is_alphanumeric();
            out.push(skeleton::letter(c));
            len += 1;
        }
    }
    if !alnum {
        Err("no letters or digits")
    } else if words > MAX_WORDS || len > MAX_CHARS {
        Err("over 4 words or 64 letters")
    } else if stem && (words > 1 || len < MIN_STEM) {
        Err("a stem (`word*`) is one word of 4 letters or more")
    } else {
        Ok((out, stem))
    }
}

/// The groups `policy` adds to the entries, in `LEX_WORDS`' format (a group for each
/// entry: the table needs them neither sorted nor grouped); empty when it adds none.
/// Entries that do not fold are left out (`Policy::validate` refuses them).
fn groups(policy: &Policy) -> String {
    let mut out = String::new();
    for (i, rule) in RULES.iter().enumerate() {
        let Some(r) = policy.rules.get(rule) else {
            continue;
        };
        let mut add = |kind: char, key: &str| {
            out.push('\t');
            out.push(char::from(b'a' + i as u8));
            out.push(kind);
            out.push('\n');
            out.push_str(key);
            out.push('\n');
        };
        for term in &r.terms {
            if let Ok((key, stem)) = fold(term, true) {
                add(if stem { 's' } else { 't' }, &key);
            }
        }
        for word in &r.allow {
            if let Ok((key, _)) = fold(word, false) {
                if !key.contains(' ') {
                    add('a', &key);
                }
                add('q', &key);
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

/// Prepares the tables of a filter whose policy turns on a lexicon rule: its own, when
/// the policy adds entries (built now), or else the shared ones (`None`: the detector
/// uses them).
pub(crate) fn prepare(policy: &Policy) -> Option<Box<LexiconRules>> {
    let extra = groups(policy);
    if extra.is_empty() {
        super::prepare();
        return None;
    }
    // The groups, then the built-in ones (which start with a group's line).
    let mut text = extra;
    text.push_str(entries()?);
    Some(Box::new(LexiconRules::new(&text)))
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
        assert_eq!(fold("Fráááák-Off"), Ok(("fraaaak off".into(), false)));
        assert_eq!(fold("ｆｒａｋ"), Ok(("frak".into(), false)));
        assert_eq!(fold("don’t  frak"), Ok(("don't frak".into(), false)));
        assert_eq!(fold("ёлки"), Ok(("елки".into(), false)));
        assert_eq!(fold("k1ll"), Ok(("k1ll".into(), false)));
        assert_eq!(fold("fr@k!"), Ok(("fr@k!".into(), false)));
        for bad in [
            "",
            " * ",
            "--",
            "f*ck",
            "*frak",
            "a b c d e",
            "fra*",
            "frak off*",
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
    fn each_policy_has_its_own_tables() {
        let a = policy(RuleId::AbuseProfanity, &["frak"], &[]);
        let b = policy(RuleId::AbuseProfanity, &["gorram"], &[]);
        assert_eq!(find(&a, "gorram"), []);
        assert_eq!(find(&b, "frak"), []);
        assert!(prepare(&Policy::default()).is_none());
        assert!(prepare(&policy(RuleId::PrivacyEmail, &["frak"], &["x"])).is_none());
    }
}

//! The `scam.*` rules: the scripts scammers use, from phrase tables in nine languages
//! (`src/data/scam.tsv`).
//!
//! A scam is a phrase that is one on its own ("double your bitcoin", "i am from imo
//! support", "send me the code you got"), or a pair of phrases close together, each
//! ordinary alone: "gift card" near "send me the code", "western union" near "send the
//! money", "seed phrase" near "enter your", "buy" right before "followers", "i am" right
//! before a famous name. A pair counts in either order, with at most its window of bytes
//! between the two and no sentence end between them. The finding spans the phrase, or
//! the pair from its first phrase to its last.
//!
//! | rule | kinds |
//! |---|---|
//! | `scam.financial` | `gift_card`, `doubling`, `guaranteed_returns`, `off_platform`, `advance_fee`, `top_up`, `job_fee` |
//! | `scam.impersonation` | `staff`, `bank`, `celebrity` |
//! | `scam.credential_request` | `code`, `password`, `recovery_phrase` |
//! | `scam.fake_engagement` | `followers` |

use crate::detect::phrases::PhraseSet;
use crate::detect::{Context, Detector, Hit, Sink};
use crate::normalize::Normalized;
use crate::RuleId;
use std::ops::Range;

/// What a phrase is in its rule.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Alone,
    A,
    B,
    /// A word that says the opposite right before a scam phrase ("never", "no").
    Not,
}

/// How close a word that says the opposite must be, in bytes before a scam phrase.
const NOT_WINDOW: usize = 16;

/// One phrase's meaning.
#[derive(Clone, Copy, Debug)]
struct Entry {
    rule: RuleId,
    kind: &'static str,
    role: Role,
    /// Index of its pair group in `Scam::windows`, for roles A and B.
    group: usize,
}

/// A pair group: its rule, kind, window in bytes, and whether its `a` phrase comes first.
#[derive(Clone, Copy, Debug)]
struct Group {
    rule: RuleId,
    kind: &'static str,
    window: usize,
    ordered: bool,
}

/// The scam detector.
pub(crate) struct Scam {
    set: PhraseSet,
    /// For each phrase of the set, what it is: a phrase may serve several rules.
    entries: Vec<Vec<Entry>>,
    groups: Vec<Group>,
}

impl Scam {
    pub(crate) fn new() -> Scam {
        let mut phrases: Vec<&'static str> = Vec::new();
        let mut entries: Vec<Vec<Entry>> = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        for line in data!("src/data/scam.tsv").lines() {
            let mut cells = crate::detect::phrases::cells(line);
            let (Some(rule), Some(kind), Some(role), Some(phrase)) =
                (cells.next(), cells.next(), cells.next(), cells.next())
            else {
                continue;
            };
            let rule = if role == "not" {
                RuleId::ScamFinancial // unused for these words
            } else {
                RuleId::parse(rule).expect("scam.tsv: a rule id")
            };
            let role = match role {
                "alone" => Role::Alone,
                "a" => Role::A,
                "b" => Role::B,
                "not" => Role::Not,
                "window" | "ordered" => {
                    groups.push(Group {
                        rule,
                        kind,
                        window: phrase.parse().expect("scam.tsv: a window in bytes"),
                        ordered: role == "ordered",
                    });
                    continue;
                }
                _ => panic!("scam.tsv: role {role}"),
            };
            let group = groups
                .iter()
                .position(|g| g.rule == rule && g.kind == kind)
                .unwrap_or(usize::MAX);
            assert!(
                !matches!(role, Role::A | Role::B) || group != usize::MAX,
                "scam.tsv: a pair's window row comes before its phrases"
            );
            let entry = Entry {
                rule,
                kind,
                role,
                group,
            };
            // The tables are short: a linear look-up builds them in well under a millisecond.
            match phrases.iter().position(|p| *p == phrase) {
                Some(i) => entries[i].push(entry),
                None => {
                    phrases.push(phrase);
                    entries.push(vec![entry]);
                }
            }
        }
        Scam {
            set: PhraseSet::new(&[phrases]),
            entries,
            groups,
        }
    }
}

impl Detector for Scam {
    fn rules(&self) -> &'static [RuleId] {
        &[
            RuleId::ScamFinancial,
            RuleId::ScamImpersonation,
            RuleId::ScamCredentialRequest,
            RuleId::ScamFakeEngagement,
        ]
    }

    fn detect(&self, text: &Normalized<'_>, _ctx: &Context<'_>, out: &mut Sink<'_>) {
        let view = text.folded();
        let t = view.text();
        let found = self.set.find(t);
        let Some(matches) = found.first() else {
            return;
        };
        let n = self.groups.len();
        // The last phrase of each role seen in each pair group.
        let mut last_a: Vec<Option<Range<usize>>> = vec![None; n];
        let mut last_b: Vec<Option<Range<usize>>> = vec![None; n];
        // Where each group's last finding ends: pairs are reported once.
        let mut reported_to = vec![0usize; n];
        // Where the last word that says the opposite ends.
        let mut not_end: Option<usize> = None;
        let negated = |start: usize, not_end: Option<usize>| {
            not_end.is_some_and(|e| {
                e <= start
                    && start - e <= NOT_WINDOW
                    && !t[e..start].contains(['.', '!', '?', ';', ','])
            })
        };
        for (index, range) in matches {
            for e in &self.entries[*index as usize] {
                match e.role {
                    Role::Not => not_end = Some(range.end),
                    Role::Alone => {
                        if !negated(range.start, not_end) {
                            out.report(view, range.clone(), Hit::new(e.rule, 0.85).kind(e.kind));
                        }
                    }
                    Role::A | Role::B => {
                        let g = self.groups[e.group];
                        let (mine, other) = if e.role == Role::A {
                            (&mut last_a, &last_b)
                        } else {
                            (&mut last_b, &last_a)
                        };
                        mine[e.group] = Some(range.clone());
                        let Some(partner) = other[e.group].clone() else {
                            continue;
                        };
                        if partner.end > range.start || g.ordered && e.role == Role::A {
                            continue; // overlapping, or the b phrase came first
                        }
                        let gap = partner.end..range.start;
                        if gap.len() > g.window || t[gap].contains(['.', '!', '?', ';', '\n']) {
                            continue;
                        }
                        let span = partner.start..range.end;
                        if span.start < reported_to[e.group] || negated(span.start, not_end) {
                            continue;
                        }
                        reported_to[e.group] = span.end;
                        out.report(view, span, Hit::new(g.rule, 0.8).kind(g.kind));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Direction;

    fn found(text: &str) -> Vec<(String, RuleId, &'static str)> {
        let d = Scam::new();
        let n = Normalized::new(text);
        let mut sink = Sink::new(text);
        let ctx = Context {
            teen: false,
            direction: Direction::Outgoing,
            history: &[],
        };
        d.detect(&n, &ctx, &mut sink);
        sink.into_candidates()
            .into_iter()
            .map(|c| {
                (
                    text[c.span.range()].to_string(),
                    c.hit.rule,
                    c.hit.kind.unwrap_or(""),
                )
            })
            .collect()
    }

    #[test]
    fn phrases_and_pairs() {
        assert_eq!(
            found("Send 0.1 BTC and I will double it!")[0].1,
            RuleId::ScamFinancial
        );
        assert_eq!(
            found("pay me with a steam card")[0].0,
            "pay me with a steam card"
        );
        assert_eq!(
            found("get a steam card and send me the code")[0].0,
            "steam card and send me the code"
        );
        assert_eq!(found("I am Elon Musk")[0].2, "celebrity");
        assert_eq!(
            found("buy 1000 instagram followers")[0].0,
            "buy 1000 instagram followers"
        );
        assert_eq!(
            found("please enter your seed phrase to sync")[0].2,
            "recovery_phrase"
        );
        assert_eq!(
            found("Hi, I'm from imo support")[0].1,
            RuleId::ScamImpersonation
        );
    }

    #[test]
    fn ordinary_talk() {
        for text in [
            "I got a gift card for my birthday",
            "send me the code for the discount",
            "I am a big fan of Elon Musk",
            "I'd buy it. She likes it",
            "I used western union to pay my rent last year",
            "my seed phrase is safe offline, never share it",
            "bitcoin doubled in price this year",
            "the support team fixed my problem",
            "never share your recovery phrase",
            "there are no guaranteed returns",
            "read the reviews before you buy",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn table_is_folded() {
        for line in data!("src/data/scam.tsv").lines() {
            let cells: Vec<&str> = crate::detect::phrases::cells(line).collect();
            if let [_, _, role, phrase] = cells[..] {
                if !matches!(role, "window" | "ordered") {
                    let folded = Normalized::new(phrase).folded().text().to_string();
                    assert_eq!(folded, phrase, "scam.tsv");
                }
            }
        }
    }
}

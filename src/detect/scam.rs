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
    /// One of the parts (`a`, `b`, `c`: 0, 1, 2) of a group.
    Slot(u8),
    /// A word that says the opposite right before a scam phrase ("never", "no").
    Not,
}

/// Most parts in a group.
const SLOTS: usize = 3;

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

/// A group: its rule, kind, the most bytes between two of its parts, whether its parts
/// come in order (`a` first), and how many parts it has.
#[derive(Clone, Copy, Debug)]
struct Group {
    rule: RuleId,
    kind: &'static str,
    window: usize,
    ordered: bool,
    slots: usize,
}

/// The scam detector.
pub(crate) struct Scam {
    set: PhraseSet,
    /// For each phrase of the set, what it is: a phrase may serve several rules.
    entries: Vec<Vec<Entry>>,
    groups: Vec<Group>,
    /// Words of sending, investing and paying back, for [`doubled_amount`].
    doubling: crate::detect::lexicon::Lexicon<()>,
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
            if role == "send" {
                continue; // the words of [`doubled_amount`]
            }
            let rule = if role == "not" {
                RuleId::ScamFinancial // unused for these words
            } else {
                RuleId::parse(rule).expect("scam.tsv: a rule id")
            };
            let role = match role {
                "alone" => Role::Alone,
                "a" => Role::Slot(0),
                "b" => Role::Slot(1),
                "c" => Role::Slot(2),
                "not" => Role::Not,
                "window" | "ordered" => {
                    groups.push(Group {
                        rule,
                        kind,
                        window: phrase.parse().expect("scam.tsv: a window in bytes"),
                        ordered: role == "ordered",
                        slots: 0,
                    });
                    continue;
                }
                _ => panic!("scam.tsv: role {role}"),
            };
            // A group is the last window row of its rule and kind.
            let group = groups
                .iter()
                .rposition(|g| g.rule == rule && g.kind == kind)
                .unwrap_or(usize::MAX);
            if let Role::Slot(k) = role {
                let g = groups
                    .get_mut(group)
                    .expect("scam.tsv: a group's window row comes before its phrases");
                g.slots = g.slots.max(usize::from(k) + 1);
            }
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
        let doubling = crate::detect::lexicon::Lexicon::new(
            data!("src/data/scam.tsv")
                .lines()
                .filter_map(|l| l.strip_prefix("-\t-\tsend\t"))
                .map(|w| (w, ())),
        );
        Scam {
            set: PhraseSet::new(&[phrases]),
            entries,
            groups,
            doubling,
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
        // The last phrase of each part seen in each group.
        let mut last: Vec<[Option<Range<usize>>; SLOTS]> = vec![Default::default(); n];
        // Where each group's last finding ends: a group is reported once per place.
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
                    Role::Slot(k) => {
                        let g = self.groups[e.group];
                        let parts = &mut last[e.group];
                        parts[usize::from(k)] = Some(range.clone());
                        if let Some(span) = complete(t, parts, &g) {
                            if span.start >= reported_to[e.group] && !negated(span.start, not_end) {
                                reported_to[e.group] = span.end;
                                out.report(view, span, Hit::new(g.rule, 0.8).kind(g.kind));
                            }
                        }
                    }
                }
            }
        }
        if let Some(span) = doubled_amount(t, &self.doubling) {
            out.report(
                view,
                span,
                Hit::new(RuleId::ScamFinancial, 0.75).kind("doubling"),
            );
        }
    }
}

/// The span of a group whose every part has been seen, when the parts (sorted by where
/// they start) do not overlap, each is at most the group's window from the one before,
/// no sentence ends between them, and, for an ordered group, they come in order.
fn complete(t: &str, parts: &[Option<Range<usize>>; SLOTS], g: &Group) -> Option<Range<usize>> {
    let mut seen: Vec<(usize, Range<usize>)> = parts[..g.slots]
        .iter()
        .enumerate()
        .map(|(k, r)| r.clone().map(|r| (k, r)))
        .collect::<Option<_>>()?;
    seen.sort_by_key(|(_, r)| r.start);
    if g.ordered && seen.iter().enumerate().any(|(i, (k, _))| i != *k) {
        return None;
    }
    for pair in seen.windows(2) {
        let (a, b) = (&pair[0].1, &pair[1].1);
        if a.end > b.start
            || b.start - a.end > g.window
            || t[a.end..b.start].contains(['.', '!', '?', ';', '\n'])
        {
            return None;
        }
    }
    Some(seen[0].1.start..seen.iter().map(|(_, r)| r.end).max()?)
}

/// Money sent to be sent back multiplied: an amount, and within a sentence after it the
/// same amount doubled (or times three, five or ten), with a word of sending, investing
/// or paying back among `words` in between or around ("send 500 usdt, get 1000 back",
/// "kirim 100rb, besok jadi 200rb"). The span runs from the first amount to the second.
fn doubled_amount(t: &str, words: &crate::detect::lexicon::Lexicon<()>) -> Option<Range<usize>> {
    let b = t.as_bytes();
    // Amounts: digit runs with an optional decimal part, read once.
    let mut amounts: Vec<(Range<usize>, f64)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit()
            || i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'.' || b[i - 1] == b',')
        {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len()
            && (b[i].is_ascii_digit()
                || (b[i] == b'.' || b[i] == b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            i += 1;
        }
        let digits: String = t[start..i].chars().filter(|c| *c != ',').collect();
        if let Ok(v) = digits.parse::<f64>() {
            if v > 0.0 && amounts.len() < 64 {
                amounts.push((start..i, v));
            }
        }
    }
    for (k, (first, x)) in amounts.iter().enumerate() {
        for (second, y) in amounts[k + 1..].iter().take(4) {
            if second.start - first.end > 120
                || t[first.end..second.start].contains(['.', '!', '?', ';', '\n'])
                    && !t[first.end..second.start]
                        .contains(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
            {
                break;
            }
            let ratio = y / x;
            let multiplied = [2.0, 3.0, 5.0, 10.0]
                .iter()
                .any(|m| (ratio - m).abs() < 1e-9);
            if multiplied {
                let around = first.start.saturating_sub(60)..(second.end + 60).min(t.len());
                let around = crate::detect::lexicon::floor_boundary(t, around.start)
                    ..crate::detect::lexicon::floor_boundary(t, around.end);
                if words.any(&t[around]) {
                    return Some(first.start..second.end);
                }
            }
        }
    }
    None
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

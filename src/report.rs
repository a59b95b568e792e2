//! Candidates become a [`Report`]: severity from the policy, allow-lists, overlaps,
//! sorting, and the ONE conversion of byte offsets to UTF-16 offsets.

use crate::detect::Candidate;
use crate::policy::Settings;
use crate::{RuleId, Severity, Span};
use serde::Serialize;
use std::sync::Arc;

/// What the client should do with the message as typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Send it (findings, if any, are `info`).
    Allow,
    /// Ask the user to confirm.
    Warn,
    /// Do not send as typed; offer a fix.
    Block,
}

/// One problem in the message.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// The rule it breaks.
    pub rule: RuleId,
    /// How strongly the policy treats it (never `Off`).
    pub severity: Severity,
    /// UTF-16 offset of the start, as JavaScript indexes strings.
    pub start: usize,
    /// UTF-16 offset one past the end: `text.slice(start, end)` in JavaScript.
    pub end: usize,
    /// Byte offsets into the UTF-8 text: `&text[bytes.range()]` in Rust.
    pub bytes: Span,
    /// Finer detail, e.g. `"iban"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// The guideline section it enforces, as the policy names it.
    pub guideline: Arc<str>,
    /// User-facing explanation in the filter's language.
    pub message: Arc<str>,
    /// How sure the detector is, 0 to 1.
    pub confidence: f32,
    /// For a finding built up over a conversation (`teen.grooming`, kind `pattern`): the
    /// earlier messages that contributed, as indices into the check's `history` (oldest
    /// first, as given). Empty for every other finding.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<u32>,
}

/// The result of a check.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The strongest severity among the findings (`info` counts as `allow`).
    pub verdict: Verdict,
    /// Findings sorted by start.
    pub findings: Vec<Finding>,
}

impl Report {
    /// The report of a message with nothing to say.
    pub fn allow() -> Report {
        Report {
            verdict: Verdict::Allow,
            findings: Vec::new(),
        }
    }
}

/// How far back a candidate is compared with kept ones for overlaps; detectors
/// report left to right, so overlapping candidates sit close together.
const OVERLAP_WINDOW: usize = 8;

/// Turns candidates into a report.
/// The severity of a finding in text the user received. The sender's own private details
/// (a phone number, an address, a password) are no danger to the reader, so those rules
/// speak only as `info` there; everything aimed at the reader (requests for their details,
/// scams, links, abuse, grooming) keeps the policy's severity. In teen-safety mode a handle
/// on another app is the first step of moving a teen off the platform, so it keeps its
/// teen severity.
fn incoming_severity(policy: Severity, rule: RuleId, teen: bool, incoming: bool) -> Severity {
    let senders_own = rule.is_redacted() || rule == RuleId::TeenAgeDisclosure;
    if incoming && senders_own && !(teen && rule == RuleId::PrivacySocialHandle) {
        policy.min(Severity::Info)
    } else {
        policy
    }
}

pub(crate) fn resolve(
    mut cands: Vec<Candidate>,
    text: &str,
    settings: &Settings,
    teen: bool,
    incoming: bool,
) -> Report {
    let severity =
        |rule: RuleId| incoming_severity(settings.severity(rule, teen), rule, teen, incoming);
    cands.retain(|c| {
        severity(c.hit.rule) != Severity::Off
            && !settings.is_allowed(c.hit.value.as_deref(), &text[c.span.range()])
    });
    crate::sort::sort_by_key(&mut cands, |c| {
        (c.span.start, std::cmp::Reverse(c.span.end), c.hit.rule)
    });
    let mut kept: Vec<Candidate> = Vec::with_capacity(cands.len());
    'next: for c in cands {
        let from = kept.len().saturating_sub(OVERLAP_WINDOW);
        for k in kept[from..].iter_mut() {
            if conflicts(k, &c) {
                if outranks(&c, k) {
                    *k = c;
                }
                continue 'next;
            }
        }
        kept.push(c);
    }
    // Replacing an overlapped candidate can leave the list out of order; rarely.
    if !kept.is_sorted_by_key(|c| (c.span, c.hit.rule)) {
        crate::sort::sort_by_key(&mut kept, |c| (c.span, c.hit.rule));
    }

    let mut bytes = Vec::with_capacity(2 * kept.len());
    for c in &kept {
        bytes.push(c.span.start);
        bytes.push(c.span.end);
    }
    let units = utf16_offsets(text, bytes.iter().copied());

    let findings: Vec<Finding> = kept
        .into_iter()
        .zip(units.chunks_exact(2))
        .map(|(c, units)| Finding {
            rule: c.hit.rule,
            severity: severity(c.hit.rule),
            start: units[0],
            end: units[1],
            bytes: c.span,
            kind: c.hit.kind,
            guideline: Arc::clone(settings.guideline(c.hit.rule)),
            message: Arc::clone(if incoming {
                settings.incoming_message(c.hit.rule, c.hit.kind)
            } else {
                settings.message(c.hit.rule, c.hit.kind)
            }),
            confidence: c.hit.confidence,
            history: c.hit.history,
        })
        .collect();
    let verdict = match findings.iter().map(|f| f.severity).max() {
        Some(Severity::Block) => Verdict::Block,
        Some(Severity::Warn) => Verdict::Warn,
        _ => Verdict::Allow,
    };
    Report { verdict, findings }
}

/// Two candidates claim the same text: the same rule twice, or two kinds of private data.
/// Which of two overlapping candidates is kept: the surer one; on a tie, any rule over
/// `privacy.phone`, whose shapes (digit runs near "number") the other privacy rules'
/// checked formats and context words describe more precisely.
fn outranks(c: &Candidate, k: &Candidate) -> bool {
    let generic = |x: &Candidate| x.hit.rule == RuleId::PrivacyPhone;
    c.hit.confidence > k.hit.confidence
        || (c.hit.confidence == k.hit.confidence && generic(k) && !generic(c))
}

fn conflicts(a: &Candidate, b: &Candidate) -> bool {
    a.span.overlaps(&b.span)
        && (a.hit.rule == b.hit.rule
            || (a.hit.rule.family() == "privacy" && b.hit.rule.family() == "privacy"))
}

/// UTF-16 code units in UTF-8 `bytes` (whole sequences): one per byte that is not a
/// continuation byte, plus one per four-byte lead. Eight bytes at a time: a bit 7 that is
/// set with bit 6 clear marks a continuation byte, bits 7 to 4 all set a four-byte lead.
fn utf16_units(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let chunks = bytes.chunks_exact(8);
    let rest: usize = chunks
        .remainder()
        .iter()
        .map(|&x| usize::from(x & 0xC0 != 0x80) + usize::from(x >= 0xF0))
        .sum();
    chunks
        .map(|c| {
            let w = u64::from_le_bytes(c.try_into().expect("eight bytes"));
            let continuation = (w & !(w << 1) & HIGH).count_ones();
            let four = (w & (w << 1) & (w << 2) & (w << 3) & HIGH).count_ones();
            (8 - continuation + four) as usize
        })
        .sum::<usize>()
        + rest
}

/// THE conversion from byte offsets (on char boundaries) to UTF-16 code-unit offsets:
/// every UTF-8 sequence is one code unit, except four-byte ones (outside the BMP), which
/// are two. Offsets are returned in the order given. When they come in order (findings
/// that do not nest) this is one pass over the text; otherwise they are sorted first.
pub(crate) fn utf16_offsets(text: &str, bytes: impl Iterator<Item = usize> + Clone) -> Vec<usize> {
    let units_in = |from: usize, to: usize| utf16_units(&text.as_bytes()[from..to]);
    if bytes
        .clone()
        .zip(bytes.clone().skip(1))
        .all(|(a, b)| a <= b)
    {
        let (mut pos, mut units) = (0, 0);
        return bytes
            .map(|b| {
                units += units_in(pos, b);
                pos = b;
                units
            })
            .collect();
    }
    let mut order: Vec<(usize, usize)> = bytes.enumerate().map(|(i, b)| (b, i)).collect();
    crate::sort::sort_by_key(&mut order, |&x| x);
    let mut out = vec![0; order.len()];
    let (mut pos, mut units) = (0, 0);
    for (b, i) in order {
        units += units_in(pos, b);
        pos = b;
        out[i] = units;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_units_count_like_str_encode_utf16() {
        let text = "aé中😀\u{10FFFF}x\r\n٣ह🇺🇸e\u{301}".repeat(3);
        for from in 0..text.len() {
            for to in from..=text.len() {
                if text.is_char_boundary(from) && text.is_char_boundary(to) {
                    assert_eq!(
                        utf16_units(&text.as_bytes()[from..to]),
                        text[from..to].encode_utf16().count(),
                        "{from}..{to}"
                    );
                }
            }
        }
    }

    #[test]
    fn utf16_matches_std() {
        let text = "a😀é\r\n中👍🏽x\u{301}";
        let offsets: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let expect: Vec<usize> = offsets
            .iter()
            .map(|&b| text[..b].encode_utf16().count())
            .collect();
        assert_eq!(utf16_offsets(text, offsets.iter().copied()), expect);
        // Out of order, as nested findings give them.
        let reversed: Vec<usize> = expect.iter().rev().copied().collect();
        assert_eq!(utf16_offsets(text, offsets.iter().rev().copied()), reversed);
    }
}

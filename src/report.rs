//! Candidates become a [`Report`]: severity from the policy, allow-lists, overlaps,
//! sorting, and the ONE conversion of byte offsets to UTF-16 offsets.

use crate::detect::Candidate;
use crate::policy::Settings;
use crate::{RuleId, Severity, Span};
use serde::Serialize;

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
    pub guideline: String,
    /// User-facing explanation in the filter's language.
    pub message: String,
    /// How sure the detector is, 0 to 1.
    pub confidence: f32,
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
pub(crate) fn resolve(
    mut cands: Vec<Candidate>,
    text: &str,
    settings: &Settings,
    teen: bool,
) -> Report {
    cands.retain(|c| {
        settings.severity(c.hit.rule, teen) != Severity::Off
            && !settings.is_allowed(c.hit.value.as_deref(), &text[c.span.range()])
    });
    cands.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.end.cmp(&a.span.end))
    });
    let mut kept: Vec<Candidate> = Vec::with_capacity(cands.len());
    'next: for c in cands {
        let from = kept.len().saturating_sub(OVERLAP_WINDOW);
        for k in kept[from..].iter_mut() {
            if conflicts(k, &c) {
                if c.hit.confidence > k.hit.confidence {
                    *k = c;
                }
                continue 'next;
            }
        }
        kept.push(c);
    }
    kept.sort_by_key(|c| (c.span, c.hit.rule));

    let mut offsets: Vec<usize> = kept
        .iter()
        .flat_map(|c| [c.span.start, c.span.end])
        .collect();
    offsets.sort_unstable();
    offsets.dedup();
    let units = utf16_offsets(text, &offsets);
    let utf16 = |byte: usize| units[offsets.binary_search(&byte).expect("offset was collected")];

    let findings: Vec<Finding> = kept
        .into_iter()
        .map(|c| Finding {
            rule: c.hit.rule,
            severity: settings.severity(c.hit.rule, teen),
            start: utf16(c.span.start),
            end: utf16(c.span.end),
            bytes: c.span,
            kind: c.hit.kind,
            guideline: settings.guideline(c.hit.rule).to_string(),
            message: settings.message(c.hit.rule, c.hit.kind).to_string(),
            confidence: c.hit.confidence,
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
fn conflicts(a: &Candidate, b: &Candidate) -> bool {
    a.span.overlaps(&b.span)
        && (a.hit.rule == b.hit.rule
            || (a.hit.rule.family() == "privacy" && b.hit.rule.family() == "privacy"))
}

/// THE conversion from byte offsets to UTF-16 code-unit offsets, for sorted `bytes`
/// on char boundaries, in one pass over the text: every UTF-8 sequence is one code
/// unit, except four-byte ones (outside the BMP), which are two.
pub(crate) fn utf16_offsets(text: &str, bytes: &[usize]) -> Vec<usize> {
    let raw = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let (mut pos, mut units) = (0, 0);
    for &b in bytes {
        units += raw[pos..b]
            .iter()
            .map(|&x| usize::from(x & 0xC0 != 0x80) + usize::from(x >= 0xF0))
            .sum::<usize>();
        pos = b;
        out.push(units);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(utf16_offsets(text, &offsets), expect);
    }
}

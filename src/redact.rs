//! Masking private data: format-preserving, so the sender still recognises what was hidden.

use crate::report::Finding;
use crate::RuleId;
use unicode_segmentation::UnicodeSegmentation;

/// The character that replaces a hidden one.
pub const MASK: char = '•';

/// How many trailing letters or digits stay visible, so that the sender recognises
/// the account or card; everything else (e-mails, passwords, phrases, a card's security
/// code and expiry) is hidden whole.
fn keep_last(rule: RuleId, kind: Option<&str>) -> usize {
    match (rule, kind) {
        (RuleId::PrivacyPaymentCard, Some("cvv" | "expiry")) => 0,
        (RuleId::PrivacyBankAccount | RuleId::PrivacyPaymentCard, _) => 4,
        _ => 0,
    }
}

/// Whether account and card numbers keep their last characters.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keep {
    /// Keep the tail, so the sender recognises the account.
    Tail,
    /// Mask everything.
    Nothing,
}

/// `text` with every `privacy.*` finding masked. Separators (spaces, dashes) are kept.
pub(crate) fn redact(text: &str, findings: &[Finding], keep: Keep) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for f in findings.iter().filter(|f| f.rule.family() == "privacy") {
        if f.bytes.start < pos {
            continue; // overlaps one already masked
        }
        out.push_str(&text[pos..f.bytes.start]);
        let tail = if keep == Keep::Tail {
            keep_last(f.rule, f.kind)
        } else {
            0
        };
        mask_into(&mut out, &text[f.bytes.range()], tail);
        pos = f.bytes.end;
    }
    out.push_str(&text[pos..]);
    out
}

fn mask_into(out: &mut String, part: &str, keep: usize) {
    let is_char = |g: &str| g.chars().any(char::is_alphanumeric);
    let total = part.graphemes(true).filter(|g| is_char(g)).count();
    let mut seen = 0;
    for g in part.graphemes(true) {
        if is_char(g) {
            seen += 1;
            if seen + keep > total {
                out.push_str(g);
            } else {
                out.push(MASK);
            }
        } else if keep == 0 && !g.chars().all(char::is_whitespace) {
            out.push(MASK); // "@" and "." of an address are hidden too
        } else {
            out.push_str(g);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keep_separators_and_tail() {
        let mut s = String::new();
        mask_into(&mut s, "DE89 3704 0044 0532 0130 00", 4);
        assert_eq!(s, "•••• •••• •••• •••• ••30 00");
        let mut s = String::new();
        mask_into(&mut s, "ana at gmail dot com", 0);
        assert_eq!(s, "••• •• ••••• ••• •••");
        let mut s = String::new();
        mask_into(&mut s, "ana@x.org", 0);
        assert_eq!(s, "•••••••••");
    }
}

//! `privacy.payment_card`: card numbers, and the CVV and expiry written right after one.
//!
//! Wakes at a digit that starts a number, reads digit groups joined by one kind of
//! separator (`4111 1111 1111 1111`, `3782-822463-10005`, or none), and keeps the
//! longest run of whole groups, 12 to 19 digits, whose leading digits and length match
//! an issuer row of `src/data/card_iin.tsv` and whose Luhn check passes. Numbers inside
//! URLs, decimals and longer digit runs are left alone.

use crate::detect::chars::alnum_after;
use crate::detect::checksum::luhn;
use crate::detect::{Context, Detector, Hit, Sink};
use crate::normalize::{Normalized, View};
use crate::RuleId;

const MIN_DIGITS: usize = 12;
const MAX_DIGITS: usize = 19;
/// How far after a card its expiry date and security code are looked for, in bytes.
const TAIL_WINDOW: usize = 48;

/// One issuer row: a prefix range over the first `width` digits, and allowed lengths.
struct Issuer {
    network: &'static str,
    first: u32,
    last: u32,
    width: usize,
    /// Bit n set: n digits is a valid length.
    lengths: u32,
    /// A broad range: only numbers written in groups count.
    grouped_only: bool,
}

/// The payment card detector.
pub(crate) struct PaymentCard {
    issuers: &'static [Issuer],
}

// The issuer table, parsed by build.rs (see `payment_card/table.rs`): `ISSUERS`.
include!(concat!(env!("OUT_DIR"), "/payment_card_tables.rs"));

/// Words that introduce a security code or an expiry date, in the folded view.
const CVV_WORDS: &[&str] = &[
    "cvv2",
    "cvv",
    "cvc2",
    "cvc",
    "csc",
    "cid",
    "security code",
    "código de seguridad",
    "código",
    "codigo",
    "cód",
    "code",
];
const EXPIRY_WORDS: &[&str] = &[
    "exp",
    "expiry",
    "expires",
    "expiration",
    "valid thru",
    "valid",
    "vence",
    "venc",
    "validade",
    "val",
    "gültig",
    "срок",
];

impl PaymentCard {
    pub(crate) fn new() -> PaymentCard {
        PaymentCard { issuers: &ISSUERS }
    }

    /// The network of a card number, when an issuer row and the Luhn check accept it;
    /// `grouped` says whether it was written in groups.
    pub(crate) fn network(&self, digits: &[u8], grouped: bool) -> Option<&'static str> {
        if !(MIN_DIGITS..=MAX_DIGITS).contains(&digits.len()) || !luhn(digits) {
            return None;
        }
        self.issuers
            .iter()
            .find(|row| {
                (grouped || !row.grouped_only) && row.lengths >> digits.len() & 1 == 1 && {
                    let prefix = digits[..row.width]
                        .iter()
                        .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
                    (row.first..=row.last).contains(&prefix)
                }
            })
            .map(|row| row.network)
    }
}

/// A run of digit groups read from the view.
struct Groups {
    /// `(start, end)` of each group in the view.
    spans: Vec<(usize, usize)>,
    digits: Vec<u8>,
}

/// Reads digit groups from `start`, joined by one kind of separator (a single space or
/// dash), at most `MAX_DIGITS` digits; `None` when the number runs on past that or is
/// glued to letters, or the groups are not shaped like a card's.
fn read_groups(t: &[u8], start: usize) -> Option<Groups> {
    let mut g = Groups {
        spans: Vec::new(),
        digits: Vec::new(),
    };
    let mut sep = None;
    let mut i = start;
    loop {
        let a = i;
        while i < t.len() && t[i].is_ascii_digit() {
            i += 1;
        }
        if g.digits.len() + (i - a) > MAX_DIGITS {
            if g.spans.is_empty() {
                return None; // one run of 20 digits or more: not a card
            }
            break; // the next group belongs to something else ("... 1111 2024")
        }
        g.digits.extend_from_slice(&t[a..i]);
        g.spans.push((a, i));
        let next = t.get(i).copied();
        let joined =
            matches!(next, Some(b' ' | b'-')) && t.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !joined || sep.is_some_and(|s| Some(s) != next) {
            break;
        }
        sep = next;
        i += 1;
    }
    let last = g.spans.last()?.1;
    // "4111111111111111x", "4111 1111 1111 1111.5" and "4,111" are something else.
    if t.get(last).is_some_and(|b| b.is_ascii_alphanumeric())
        || (matches!(t.get(last), Some(b'.' | b','))
            && t.get(last + 1).is_some_and(u8::is_ascii_digit))
    {
        return None;
    }
    if g.spans.len() > 1 && g.spans.iter().any(|(a, b)| !(2..=6).contains(&(b - a))) {
        return None; // "1 2 3 4 ..." is spaced digits, not card groups
    }
    Some(g)
}

/// True when a number may start at `i`: not inside a word, a URL, a decimal or a longer number.
fn starts_number(t: &[u8], i: usize) -> bool {
    t[i].is_ascii_digit()
        && (i == 0
            || !(t[i - 1].is_ascii_alphanumeric()
                || matches!(
                    t[i - 1],
                    b'/' | b'=' | b'#' | b'?' | b'&' | b'.' | b',' | b'_' | b'-' | b'+' | b':'
                )))
}

impl Detector for PaymentCard {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::PrivacyPaymentCard]
    }

    fn detect(&self, text: &Normalized<'_>, _ctx: &Context<'_>, out: &mut Sink<'_>) {
        let view = text.folded();
        let t = view.text().as_bytes();
        let mut i = 0;
        // Every card starts at a digit: jump there, by the check's list of digit runs.
        let mut digits = crate::detect::scan::Marks::new(t, text.marks());
        while let Some(d) = digits.next(i) {
            i = d;
            if !starts_number(t, i) {
                i += 1;
                continue;
            }
            let Some(groups) = read_groups(t, i) else {
                while i < t.len() && (t[i].is_ascii_digit() || matches!(t[i], b' ' | b'-')) {
                    i += 1;
                }
                continue;
            };
            // The longest run of whole groups that is a card. A shorter run than all the
            // groups (a card and its CVV in one run) must be a full-length card: the first
            // 12 digits of a 16-digit number that fails Luhn pass it one time in ten.
            let all = groups.spans.len();
            let card = (1..=all).rev().find_map(|k| {
                let n: usize = groups.spans[..k].iter().map(|(a, b)| b - a).sum();
                if k < all && n < 15 {
                    return None;
                }
                self.network(&groups.digits[..n], k > 1)
                    .map(|network| (k, network))
            });
            let Some((k, network)) = card else {
                i = groups.spans.last().map_or(i + 1, |s| s.1);
                continue;
            };
            let end = groups.spans[k - 1].1;
            let confidence = if k > 1 { 0.95 } else { 0.85 };
            out.report(
                view,
                i..end,
                Hit::new(RuleId::PrivacyPaymentCard, confidence).kind(network),
            );
            let tail_end = report_tail(view, end, out);
            i = tail_end.max(end);
        }
    }
}

/// Reports the expiry date and security code written within a few words after a card
/// ending at `end`; returns where reading stopped.
fn report_tail(view: &View<'_>, end: usize, out: &mut Sink<'_>) -> usize {
    let s = view.text();
    let limit = (end + TAIL_WINDOW).min(s.len());
    let mut pos = end;
    let mut after_expiry = false;
    let mut want_code = false;
    while pos < limit {
        let rest = &s[pos..];
        let skip = rest.len()
            - rest
                .trim_start_matches(|c: char| {
                    c.is_whitespace() || matches!(c, ':' | ',' | ';' | '-' | '(' | ')')
                })
                .len();
        pos += skip;
        if pos >= limit {
            break;
        }
        let rest = &s[pos..];
        if let Some(w) = EXPIRY_WORDS
            .iter()
            .find(|w| rest.starts_with(**w) && !alnum_after(s, pos + w.len()))
        {
            pos += w.len();
            continue;
        }
        if let Some(w) = CVV_WORDS
            .iter()
            .find(|w| rest.starts_with(**w) && !alnum_after(s, pos + w.len()))
        {
            pos += w.len();
            want_code = true;
            continue;
        }
        let token_len = rest
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')'))
            .unwrap_or(rest.len());
        let token = &rest[..token_len];
        if is_expiry(token) {
            out.report(
                view,
                pos..pos + token_len,
                Hit::new(RuleId::PrivacyPaymentCard, 0.9).kind("expiry"),
            );
            after_expiry = true;
        } else if (want_code || after_expiry)
            && (3..=4).contains(&token.len())
            && token.bytes().all(|b| b.is_ascii_digit())
        {
            out.report(
                view,
                pos..pos + token_len,
                Hit::new(RuleId::PrivacyPaymentCard, 0.9).kind("cvv"),
            );
            want_code = false;
            after_expiry = false;
        } else {
            break;
        }
        pos += token_len;
    }
    pos
}

/// `MM/YY`, `MM/YYYY`, `MM-YY` with a real month.
fn is_expiry(token: &str) -> bool {
    let b = token.as_bytes();
    let month_ok = b.len() >= 5
        && b[..2].iter().all(u8::is_ascii_digit)
        && matches!(&b[..2], [b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2']);
    month_ok
        && matches!(b[2], b'/' | b'-')
        && matches!(b.len(), 5 | 7)
        && b[3..].iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_by_prefix_length_and_luhn() {
        let d = PaymentCard::new();
        for (number, network) in [
            ("4111111111111111", "visa"),
            ("5555555555554444", "mastercard"),
            ("2223003122003222", "mastercard"),
            ("378282246310005", "amex"),
            ("6011111111111117", "discover"),
            ("3530111333300000", "jcb"),
            ("36227206271667", "diners"),
            ("6200000000000005", "unionpay"),
            ("2200000000000004", "mir"),
            ("180004090185608", "jcb"),
            ("6113610404402320", "maestro"),
            ("6037991234567893", "shetab"),
            ("9804123456789014", "prostir"),
            ("9111111111111110", "prostir"),
        ] {
            assert_eq!(
                d.network(number.as_bytes(), true),
                Some(network),
                "{number}"
            );
        }
        assert_eq!(d.network(b"4111111111111112", true), None, "Luhn fails");
        assert_eq!(
            d.network(b"411111111111111", true),
            None,
            "15-digit Visa does not exist"
        );
        assert_eq!(
            d.network(b"9111111111111110", false),
            None,
            "outside 9804, Prostir's broad range counts only grouped"
        );
    }

    #[test]
    fn expiry_tokens() {
        for t in ["12/27", "01/2030", "09-28"] {
            assert!(is_expiry(t), "{t}");
        }
        for t in ["13/27", "00/27", "1/27", "12/2", "12:30", "2024-05-12"] {
            assert!(!is_expiry(t), "{t}");
        }
    }

    #[test]
    fn issuer_table_parses() {
        let d = PaymentCard::new();
        assert!(d.issuers.len() >= 50);
        assert!(d
            .issuers
            .iter()
            .all(|r| r.lengths != 0 && r.width >= 1 && r.first <= r.last));
    }
}

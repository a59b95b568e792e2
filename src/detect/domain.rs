//! Top-level domains (IANA root zone, `src/data/tlds.txt`).

use std::sync::OnceLock;

type TldSet = crate::detect::coded::WordSet;

static TLDS: OnceLock<TldSet> = OnceLock::new();

fn tlds() -> &'static TldSet {
    TLDS.get_or_init(|| {
        let coded = include_bytes!(concat!(env!("OUT_DIR"), "/tlds.coded"));
        crate::detect::coded::word_set(crate::detect::coded::decode(coded))
    })
}

/// True when `label` (lower case) is a top-level domain in the IANA root zone,
/// in ASCII, punycode (`xn--p1ai`) or Unicode (`рф`) form.
pub(crate) fn is_tld(label: &str) -> bool {
    label.len() >= 2 && tlds().contains(label)
}

/// The Unicode form of a punycode label (`xn--e1afmkfd` is `пример`, RFC 3492), or
/// `None` when `label` is not one or does not decode.
pub(crate) fn decode_punycode(label: &str) -> Option<String> {
    const BASE: u32 = 36;
    const T_MIN: u32 = 1;
    const T_MAX: u32 = 26;
    let encoded = label.strip_prefix("xn--")?;
    // Code points before the last `-` are written as they are.
    let (basic, deltas) = match encoded.rfind('-') {
        Some(k) => (&encoded[..k], &encoded[k + 1..]),
        None => ("", encoded),
    };
    if !basic.is_ascii() || deltas.is_empty() {
        return None;
    }
    let mut out: Vec<char> = basic.chars().collect();
    let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
    let mut digits = deltas.bytes();
    while digits.len() > 0 {
        let old_i = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let digit = match digits.next()? {
                c @ b'a'..=b'z' => u32::from(c - b'a'),
                c @ b'0'..=b'9' => u32::from(c - b'0') + 26,
                _ => return None,
            };
            i = i.checked_add(digit.checked_mul(w)?)?;
            let t = k.saturating_sub(bias).clamp(T_MIN, T_MAX);
            if digit < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k += BASE;
        }
        let len = u32::try_from(out.len()).ok()? + 1;
        bias = adapt(i - old_i, len, old_i == 0);
        n = n.checked_add(i / len)?;
        i %= len;
        out.insert(i as usize, char::from_u32(n)?);
        i += 1;
        if out.len() > 63 {
            return None;
        }
    }
    Some(out.into_iter().collect())
}

/// Punycode's bias adaptation (RFC 3492, section 6.1).
fn adapt(delta: u32, points: u32, first: bool) -> u32 {
    let mut delta = if first { delta / 700 } else { delta / 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((36 - 1) * 26) / 2 {
        delta /= 36 - 1;
        k += 36;
    }
    k + (36 * delta) / (delta + 38)
}

/// Loads the table now, so that the first check does not pay for it.
pub(crate) fn preload() {
    tlds();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown() {
        for t in ["com", "org", "de", "xn--p1ai", "рф", "email", "museum"] {
            assert!(is_tld(t), "{t}");
        }
        for t in ["png", "exe", "comm", "", "jpeg", "txt", "html"] {
            assert!(!is_tld(t), "{t}");
        }
    }

    #[test]
    fn punycode() {
        // Examples of RFC 3492 (section 7.1) and of the root zone.
        for (label, unicode) in [
            ("xn--p1ai", "рф"),
            ("xn--e1afmkfd", "пример"),
            ("xn--mnchen-3ya", "münchen"),
            ("xn--pple-43d", "аpple"),
            ("xn--80ak6aa92e", "аррӏе"),
            ("xn--fiqs8s", "中国"),
            ("xn--egbpdaj6bu4bxfgehfvwxn", "ليهمابتكلموشعربي؟"),
        ] {
            assert_eq!(decode_punycode(label).as_deref(), Some(unicode), "{label}");
        }
        for bad in ["example", "xn--", "xn--a-", "xn--99999999999", "xn--abc!"] {
            assert_eq!(decode_punycode(bad), None, "{bad}");
        }
    }
}

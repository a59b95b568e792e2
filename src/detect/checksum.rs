//! Check-digit algorithms shared by detectors.

/// ISO 7064 mod 97-10 over letters and digits, letters counting as 10..35
/// (IBAN, and later creditor references). Returns the remainder.
pub(crate) fn mod97(chars: impl IntoIterator<Item = u8>) -> Option<u32> {
    let mut rem: u32 = 0;
    for b in chars {
        match b {
            b'0'..=b'9' => rem = (rem * 10 + u32::from(b - b'0')) % 97,
            b'a'..=b'z' | b'A'..=b'Z' => {
                let v = u32::from(b.to_ascii_uppercase() - b'A') + 10;
                rem = (rem * 100 + v) % 97;
            }
            _ => return None,
        }
    }
    Some(rem)
}

/// The Luhn (mod 10) check over ASCII digits: payment cards, IMEIs, South African ids.
pub(crate) fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, &d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d.wrapping_sub(b'0'));
        if v > 9 {
            return false;
        }
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    !digits.is_empty() && sum % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_known_numbers() {
        assert!(luhn(b"4111111111111111"));
        assert!(luhn(b"378282246310005"));
        assert!(!luhn(b"4111111111111112"));
        assert!(!luhn(b"41111a1111111111"));
        assert!(!luhn(b""));
    }

    #[test]
    fn mod97_of_known_iban() {
        // DE89 3704 0044 0532 0130 00 rearranged: BBAN + "DE89"
        assert_eq!(mod97(*b"370400440532013000DE89"), Some(1));
        assert_eq!(mod97(*b"370400440532013000DE88"), Some(0));
        assert_eq!(mod97(*b"12 3"), None);
    }
}

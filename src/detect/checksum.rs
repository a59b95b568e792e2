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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mod97_of_known_iban() {
        // DE89 3704 0044 0532 0130 00 rearranged: BBAN + "DE89"
        assert_eq!(mod97(*b"370400440532013000DE89"), Some(1));
        assert_eq!(mod97(*b"370400440532013000DE88"), Some(0));
        assert_eq!(mod97(*b"12 3"), None);
    }
}

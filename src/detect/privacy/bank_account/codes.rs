//! Letter codes of banks: SWIFT/BIC (ISO 9362) and Indian IFSC.

/// The ASCII letters and digits starting at `at`, if the run is a whole token
/// (nothing alphanumeric glued on either side is checked by the caller before).
pub(crate) fn token(b: &[u8], at: usize) -> &[u8] {
    let end = b[at..]
        .iter()
        .position(|c| !c.is_ascii_alphanumeric())
        .map_or(b.len(), |n| at + n);
    &b[at..end]
}

/// A BIC's shape: 4 letters (bank), 2 letters (country, checked by `country`), 2 letters
/// or digits (location), optionally 3 more (branch). `t` is folded (lower case).
pub(crate) fn bic_shape(t: &[u8], country: impl Fn([u8; 2]) -> bool) -> bool {
    (t.len() == 8 || t.len() == 11)
        && t[..6].iter().all(u8::is_ascii_alphabetic)
        && t[6..].iter().all(u8::is_ascii_alphanumeric)
        && country([t[4].to_ascii_uppercase(), t[5].to_ascii_uppercase()])
}

/// An IFSC's shape: 4 letters (bank), the digit 0, 6 letters or digits (branch).
pub(crate) fn ifsc_shape(t: &[u8]) -> bool {
    t.len() == 11
        && t[..4].iter().all(u8::is_ascii_alphabetic)
        && t[4] == b'0'
        && t[5..].iter().all(u8::is_ascii_alphanumeric)
        && t[5..].iter().any(u8::is_ascii_digit)
}

/// Upper-cases a 4-letter bank code.
pub(crate) fn upper4(t: &[u8]) -> [u8; 4] {
    [
        t[0].to_ascii_uppercase(),
        t[1].to_ascii_uppercase(),
        t[2].to_ascii_uppercase(),
        t[3].to_ascii_uppercase(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some(c: [u8; 2]) -> bool {
        matches!(&c, b"DE" | b"GB" | b"FR" | b"US" | b"IN" | b"SC")
    }

    #[test]
    fn bic_shapes() {
        assert!(bic_shape(b"deutdeff", some));
        assert!(bic_shape(b"deutdeff500", some));
        assert!(bic_shape(b"hsbcgb2l", some));
        assert!(bic_shape(b"sbininbb104", some));
        assert!(!bic_shape(b"building", some)); // "di" is no country
        assert!(!bic_shape(b"deutdef", some));
        assert!(!bic_shape(b"deut1eff", some));
        assert!(!bic_shape(b"deutdeffx", some));
    }

    #[test]
    fn ifsc_shapes() {
        assert!(ifsc_shape(b"sbin0001234"));
        assert!(ifsc_shape(b"hdfc0cags1k"));
        assert!(!ifsc_shape(b"sbin1001234"));
        assert!(!ifsc_shape(b"sbin000123"));
        assert!(!ifsc_shape(b"sbin0abcdef"));
        assert!(!ifsc_shape(b"sb1n0001234"));
    }
}

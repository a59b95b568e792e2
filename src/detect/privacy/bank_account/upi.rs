//! Indian UPI ids (virtual payment addresses): `name@handle`, where the handle is one
//! of the payment apps' and banks' handles in `src/data/upi_handles.txt`.

use std::ops::Range;

/// Longest name part read before the `@`.
const MAX_NAME: usize = 64;

/// The UPI handles.
pub(crate) struct Upi {
    handles: crate::detect::coded::WordSet,
}

impl Upi {
    pub(crate) fn new() -> Upi {
        Upi {
            handles: crate::detect::coded::word_set(super::UPI_HANDLES),
        }
    }

    /// Every UPI id in the folded text `t`.
    /// `marks` are where the runs of digits and the `@`s start ([`marks`](crate::detect::scan::marks)).
    pub(crate) fn find(&self, t: &str, marks: &[usize], mut found: impl FnMut(Range<usize>)) {
        let b = t.as_bytes();
        for &at in marks {
            if b[at] == b'@' {
                if let Some(range) = self.id_at(b, at) {
                    found(range);
                }
            }
        }
    }

    /// The UPI id around the `@` at `at`.
    fn id_at(&self, b: &[u8], at: usize) -> Option<Range<usize>> {
        // The handle: letters and digits, then not a domain ("x@paytm.com" is an e-mail).
        let h_end = b[at + 1..]
            .iter()
            .take(32)
            .position(|c| !c.is_ascii_alphanumeric())
            .map_or((at + 33).min(b.len()), |n| at + 1 + n);
        let handle = std::str::from_utf8(&b[at + 1..h_end]).ok()?;
        if handle.is_empty() || !self.handles.contains(handle) {
            return None;
        }
        match b.get(h_end) {
            Some(b'.' | b'-' | b'_' | b'@')
                if b.get(h_end + 1).is_some_and(u8::is_ascii_alphanumeric) =>
            {
                return None
            }
            Some(c) if *c >= 0x80 && next_is_letter(b, h_end) => return None,
            _ => {}
        }
        // The name: letters, digits, '.', '-', '_'; starting with a letter or digit.
        let name_char = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_');
        let mut start = at;
        while start > 0 && at - start < MAX_NAME && name_char(b[start - 1]) {
            start -= 1;
        }
        // Before the name: a space or punctuation, not a longer name, a URL, a mention,
        // a letter of another script or the mask redaction leaves.
        if start > 0 {
            let p = b[start - 1];
            let clear = if p >= 0x80 {
                prev_is_space_or_punct(b, start)
            } else {
                !name_char(p) && !matches!(p, b'@' | b'/' | b'+' | b'#')
            };
            if !clear {
                return None;
            }
        }
        while start < at && !b[start].is_ascii_alphanumeric() {
            start += 1;
        }
        (start < at && b[at - 1] != b'.').then_some(start..h_end)
    }
}

fn char_at(b: &[u8], at: usize) -> Option<char> {
    let end = (at + 4).min(b.len());
    let s = match std::str::from_utf8(&b[at..end]) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&b[at..at + e.valid_up_to()]).ok()?,
    };
    s.chars().next()
}

fn next_is_letter(b: &[u8], at: usize) -> bool {
    char_at(b, at).is_some_and(char::is_alphanumeric)
}

/// Whether the char ending at `end` is a space or punctuation (not a letter, digit or
/// the mask `•` that redaction leaves).
fn prev_is_space_or_punct(b: &[u8], end: usize) -> bool {
    let mut s = end - 1;
    while s > 0 && b[s] & 0xC0 == 0x80 {
        s -= 1;
    }
    char_at(b, s).is_some_and(|c| !c.is_alphanumeric() && c != crate::redact::MASK)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(t: &str) -> Vec<&str> {
        let upi = Upi::new();
        let mut out = Vec::new();
        upi.find(t, &crate::detect::scan::marks(t.as_bytes()), |r| {
            out.push(&t[r])
        });
        out
    }

    #[test]
    fn upi_ids() {
        assert_eq!(ids("pay 9876543210@ybl now"), ["9876543210@ybl"]);
        assert_eq!(
            ids("upi: ravi.kumar@okhdfcbank."),
            ["ravi.kumar@okhdfcbank"]
        );
        assert_eq!(ids("x@paytm"), ["x@paytm"]);
        assert_eq!(ids("(ana-12@oksbi)"), ["ana-12@oksbi"]);
        assert_eq!(ids("मेरा upi राम@ybl"), Vec::<&str>::new());
        assert!(ids("ravi@paytm.com").is_empty());
        assert!(ids("ravi@gmail").is_empty());
        assert!(ids("@paytm is down").is_empty());
        assert!(ids("•••••••••0@ybl").is_empty());
        assert!(ids("https://x.org/a@upi").is_empty());
        assert!(ids("ravi@ybl2").is_empty());
    }
}

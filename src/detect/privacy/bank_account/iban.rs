//! IBANs (ISO 13616), validated in stages.
//!
//! Wakes at two letters followed by two digits at a word start, collects up to 34
//! letters and digits (single spaces or dashes between them, as in printed groups
//! of four), then checks the country's length and BBAN structure from the IBAN
//! registry (`src/data/iban.tsv`) and the mod-97 check digits.

use crate::detect::chars::alnum_before;
use crate::detect::checksum::mod97;

/// The longest IBAN in the registry.
const MAX_LEN: usize = 34;

/// One country's entry of the IBAN registry.
struct Country {
    length: usize,
    /// BBAN structure as `(count, class)`: `n` digits, `a` letters, `c` either (bytes:
    /// the table is a quarter of the size of `usize` counts).
    bban: &'static [(u8, u8)],
}

// The registry, parsed by build.rs (see `bank_account/table.rs`): `COUNTRIES` and
// `BY_CODE`.
include!(concat!(env!("OUT_DIR"), "/iban_tables.rs"));

/// How far a candidate got through validation. Tests assert the reason.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum IbanCheck {
    /// Not two letters, two digits, then letters and digits.
    BadShape,
    /// The first two letters are not a country in the registry.
    UnknownCountry,
    /// The country's IBANs have `expected` characters; this one has `found`.
    WrongLength { expected: usize, found: usize },
    /// The characters do not follow the country's BBAN structure.
    BadStructure,
    /// The check digits are wrong.
    BadChecksum,
    /// A valid IBAN.
    Valid,
}

/// The IBAN registry and scanner.
pub(crate) struct Iban {
    countries: &'static [Country],
    /// For each pair of letters `A`-`Z` (26 × first + second), one more than the index of
    /// its country in `countries`, or 0.
    by_code: &'static [u8],
}

impl Iban {
    pub(crate) fn new() -> Iban {
        Iban {
            countries: &COUNTRIES,
            by_code: &BY_CODE,
        }
    }

    fn country(&self, code: [u8; 2]) -> Option<&Country> {
        let i = usize::from(self.by_code[code_index(code)?]);
        i.checked_sub(1).map(|i| &self.countries[i])
    }

    /// Validates a compact IBAN (letters and digits only, any case).
    pub(crate) fn check(&self, iban: &[u8]) -> IbanCheck {
        if iban.len() < 5
            || !iban[..2].iter().all(u8::is_ascii_alphabetic)
            || !iban[2..4].iter().all(u8::is_ascii_digit)
            || !iban.iter().all(u8::is_ascii_alphanumeric)
        {
            return IbanCheck::BadShape;
        }
        let code = [iban[0].to_ascii_uppercase(), iban[1].to_ascii_uppercase()];
        let Some(country) = self.country(code) else {
            return IbanCheck::UnknownCountry;
        };
        if iban.len() != country.length {
            return IbanCheck::WrongLength {
                expected: country.length,
                found: iban.len(),
            };
        }
        if !follows_structure(&iban[4..], country.bban) {
            return IbanCheck::BadStructure;
        }
        let rearranged = iban[4..].iter().chain(&iban[..4]).copied();
        match mod97(rearranged) {
            Some(1) => IbanCheck::Valid,
            _ => IbanCheck::BadChecksum,
        }
    }
}

impl Iban {
    /// Whether `bban` (letters and digits, any case) is a BBAN of some registry country:
    /// the national account number inside an IBAN.
    pub(crate) fn is_bban(&self, bban: &[u8]) -> bool {
        self.countries
            .iter()
            .any(|c| c.length == bban.len() + 4 && follows_structure(bban, c.bban))
    }
}

/// The place of a country code of two upper-case letters in [`Iban::by_code`].
fn code_index(code: [u8; 2]) -> Option<usize> {
    let [a, b] = code;
    (a.is_ascii_uppercase() && b.is_ascii_uppercase())
        .then(|| usize::from(a - b'A') * 26 + usize::from(b - b'A'))
}

fn follows_structure(bban: &[u8], structure: &[(u8, u8)]) -> bool {
    let mut rest = bban;
    for &(count, class) in structure {
        let count = usize::from(count);
        let (part, tail) = rest.split_at(count.min(rest.len()));
        let ok = part.len() == count
            && part.iter().all(|b| match class {
                b'n' => b.is_ascii_digit(),
                b'a' => b.is_ascii_alphabetic(),
                _ => b.is_ascii_alphanumeric(),
            });
        if !ok {
            return false;
        }
        rest = tail;
    }
    rest.is_empty()
}

impl Iban {
    /// Every valid IBAN in the folded text `t`, as `(range, compact upper-case form)`.
    /// Wakes only at runs of digits (found eight bytes at a time): a trigger's first
    /// digit starts one.
    ///
    /// `marks` are where the runs of digits (and the `@`s, skipped here) start, in order
    /// ([`marks`](crate::detect::scan::marks)).
    pub(crate) fn find(
        &self,
        t: &str,
        marks: &[usize],
        mut found: impl FnMut(std::ops::Range<usize>, String),
    ) {
        let bytes = t.as_bytes();
        // Where the last IBAN found ends: no trigger inside it is looked at.
        let mut done = 0;
        let mut j = 0;
        for &d in marks {
            if d < j || bytes[d] == b'@' {
                continue;
            }
            j = d + bytes[d..].iter().take_while(|b| b.is_ascii_digit()).count();
            // Trigger: two letters and two digits at a word start, e.g. "de89".
            let Some(i) = d.checked_sub(2) else { continue };
            let trigger = i >= done
                && bytes[i].is_ascii_alphabetic()
                && bytes[i + 1].is_ascii_alphabetic()
                && bytes.get(d + 1).is_some_and(u8::is_ascii_digit)
                && !alnum_before(t, i);
            if !trigger {
                continue;
            }
            if let Some((end, compact)) = self.scan_at(t, i) {
                found(i..end, compact);
                done = end;
                j = j.max(end);
            }
        }
    }
}

impl Iban {
    /// Collects the IBAN that may start at `start` and validates it: returns its end
    /// in the view and the compact form (upper case) when valid.
    fn scan_at(&self, t: &str, start: usize) -> Option<(usize, String)> {
        let bytes = t.as_bytes();
        let mut compact = [0u8; MAX_LEN];
        let mut ends = [0usize; MAX_LEN];
        let mut n = 0;
        let mut i = start;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_alphanumeric() {
                if n == MAX_LEN {
                    break;
                }
                compact[n] = b;
                ends[n] = i + 1;
                n += 1;
                i += 1;
            } else if (b == b' ' || b == b'-')
                && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
                && n > 0
            {
                // A separator between groups, e.g. the spaces in "de89 3704".
                i += 1;
            } else {
                break;
            }
        }
        let code = [
            compact[0].to_ascii_uppercase(),
            compact[1].to_ascii_uppercase(),
        ];
        let length = self.country(code)?.length;
        if n < length {
            return None;
        }
        // The character after the IBAN must not be glued to it ("...013000123").
        let end = ends[length - 1];
        if bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            return None;
        }
        let iban = &compact[..length];
        (self.check(iban) == IbanCheck::Valid).then(|| {
            (
                end,
                iban.iter()
                    .map(|&c| char::from(c.to_ascii_uppercase()))
                    .collect(),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_stages_name_their_reason() {
        let d = Iban::new();
        assert_eq!(d.check(b"DE89370400440532013000"), IbanCheck::Valid);
        assert_eq!(d.check(b"gb82west12345698765432"), IbanCheck::Valid);
        assert_eq!(d.check(b"DE88370400440532013000"), IbanCheck::BadChecksum);
        assert_eq!(
            d.check(b"DE8937040044053201300"),
            IbanCheck::WrongLength {
                expected: 22,
                found: 21
            }
        );
        assert_eq!(d.check(b"GB821234WEST5698765432"), IbanCheck::BadStructure);
        assert_eq!(
            d.check(b"XX89370400440532013000"),
            IbanCheck::UnknownCountry
        );
        assert_eq!(d.check(b"D889370400440532013000"), IbanCheck::BadShape);
    }

    #[test]
    fn registry_is_complete_and_consistent() {
        let d = Iban::new();
        assert!(d.countries.len() >= 89);
        for (i, c) in d.countries.iter().enumerate() {
            let bban: usize = c.bban.iter().map(|p| usize::from(p.0)).sum();
            assert_eq!(bban + 4, c.length, "row {i}");
            // Found by its code (the registry lists each country once).
            let codes: Vec<[u8; 2]> = (b'A'..=b'Z')
                .flat_map(|a| (b'A'..=b'Z').map(move |b| [a, b]))
                .filter(|&code| d.country(code).is_some_and(|found| std::ptr::eq(found, c)))
                .collect();
            assert_eq!(codes.len(), 1, "row {i}");
        }
    }
}

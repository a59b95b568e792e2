//! Digit-only bank numbers: reading digit groups, and the check digits of US routing
//! numbers (ABA), Mexican CLABEs and Argentine CBUs.

/// The most digits read for one number; a longer run is something else.
pub(crate) const MAX_DIGITS: usize = 30;
/// The most groups read for one number.
const MAX_GROUPS: usize = 10;

/// A number written as digit groups joined by single spaces or dashes, in the folded view.
#[derive(Debug)]
pub(crate) struct Digits {
    /// The digits, compact.
    pub(crate) buf: [u8; MAX_DIGITS],
    /// How many digits (more than [`MAX_DIGITS`] means the run was longer).
    pub(crate) n: usize,
    /// Where the number ends in the view.
    pub(crate) end: usize,
    /// The size of each group and the separator before it (`0` for the first).
    pub(crate) groups: [(u8, u8); MAX_GROUPS],
    pub(crate) n_groups: usize,
    /// Whether what follows makes it a decimal, date, time, percentage or glued token.
    pub(crate) glued: bool,
    /// Whether it ends in a slash and a 4-digit bank code (Czech, Slovak accounts), which
    /// `end` includes and the digits do not.
    pub(crate) bank_code: bool,
}

impl Digits {
    /// The compact digits.
    pub(crate) fn digits(&self) -> &[u8] {
        &self.buf[..self.n.min(MAX_DIGITS)]
    }

    /// The group sizes, for shape tests.
    pub(crate) fn sizes(&self) -> impl Iterator<Item = u8> + '_ {
        self.groups[..self.n_groups].iter().map(|g| g.0)
    }

    /// Whether the groups have exactly these sizes.
    pub(crate) fn shaped(&self, sizes: &[u8]) -> bool {
        self.n_groups == sizes.len() && self.sizes().zip(sizes).all(|(a, &b)| a == b)
    }

    /// A usable number: not too long, nothing glued after it.
    pub(crate) fn clean(&self) -> bool {
        !self.glued && self.n <= MAX_DIGITS
    }

    /// Whether a short group ending at `end` may close this number: the groups so far
    /// are a regular grouping (two or more of one size, 3 or more digits), as in
    /// `5591 3617 1521 3350 58`, and no group follows.
    fn short_last_group(&self, b: &[u8], end: usize) -> bool {
        let first = self.groups[0].0;
        let regular = self.n_groups >= 2
            && first >= 3
            && self.groups[..self.n_groups].iter().all(|g| g.0 == first);
        let more = matches!(b.get(end), Some(b' ' | b'-'))
            && b.get(end + 1).is_some_and(u8::is_ascii_digit);
        regular && !more
    }

    /// An amount written with thousands separators: `1 500 000`, `12-345-678`, a first
    /// group of 1 or 2 digits and then groups of exactly 3.
    pub(crate) fn is_thousands(&self) -> bool {
        self.n_groups >= 3
            && self.groups[0].0 < 3
            && self.groups[1..self.n_groups].iter().all(|g| g.0 == 3)
    }

    /// Three groups (or eight digits) that read as a date: `2024-05-12`, `12 05 2024`, `12-05-24`.
    pub(crate) fn is_date(&self) -> bool {
        let d = self.digits();
        let num = |a: usize, z: usize| {
            d[a..z]
                .iter()
                .fold(0u32, |v, &c| v * 10 + u32::from(c - b'0'))
        };
        let day_month = |a: u32, b: u32| {
            (1..=31).contains(&a) && (1..=12).contains(&b)
                || (1..=12).contains(&a) && (1..=31).contains(&b)
        };
        if self.shaped(&[4, 2, 2]) {
            let y = num(0, 4);
            (1900..=2099).contains(&y) && day_month(num(4, 6), num(6, 8))
        } else if self.shaped(&[2, 2, 4]) {
            let y = num(4, 8);
            (1900..=2099).contains(&y) && day_month(num(0, 2), num(2, 4))
        } else if self.shaped(&[2, 2, 2]) {
            day_month(num(0, 2), num(2, 4))
        } else if self.shaped(&[8]) {
            // 20240512 or 12052024.
            let ymd = (1900..=2099).contains(&num(0, 4)) && day_month(num(4, 6), num(6, 8));
            let dmy = (1900..=2099).contains(&num(4, 8)) && day_month(num(0, 2), num(2, 4));
            ymd || dmy
        } else {
            false
        }
    }
}

/// Reads digit groups from `start` (a digit) in `b`. A dash joins any group; a space
/// joins only a group of 3 or more digits, so "123456 2 days" stops before the "2",
/// unless `loose` (for numbers with a check digit, grouped `130 387 86669316133 2`).
/// Reads at most one digit past [`MAX_DIGITS`].
pub(crate) fn read_digits(b: &[u8], start: usize, loose: bool) -> Digits {
    let mut d = Digits {
        buf: [0; MAX_DIGITS],
        n: 0,
        end: start,
        groups: [(0, 0); MAX_GROUPS],
        n_groups: 0,
        glued: false,
        bank_code: false,
    };
    let mut i = start;
    let mut sep = 0u8;
    loop {
        let group_start = i;
        while i < b.len() && b[i].is_ascii_digit() && d.n <= MAX_DIGITS {
            if d.n < MAX_DIGITS {
                d.buf[d.n] = b[i];
            }
            d.n += 1;
            i += 1;
        }
        let size = i - group_start;
        if d.n_groups < MAX_GROUPS {
            d.groups[d.n_groups] = (u8::try_from(size).unwrap_or(u8::MAX), sep);
            d.n_groups += 1;
        } else {
            d.n = MAX_DIGITS + 1; // too many groups: not one number
        }
        d.end = i;
        if d.n > MAX_DIGITS {
            d.glued = true;
            return d;
        }
        // A separator, then the next group?
        let Some(&s) = b.get(i) else { break };
        if !matches!(s, b' ' | b'-') || !b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            break;
        }
        let next = b[i + 1..]
            .iter()
            .take(MAX_DIGITS + 1)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if s == b' ' && next < 3 && !loose && !d.short_last_group(b, i + 1 + next) {
            break;
        }
        sep = s;
        i += 1;
    }
    // A Czech or Slovak bank code after a slash: "19-2000145399/0800".
    if b.get(d.end) == Some(&b'/')
        && d.n >= 6
        && b[d.end + 1..]
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_digit())
            .count()
            == 4
    {
        d.end += 5;
        d.bank_code = true;
    }
    // What follows: a letter glued on, or a decimal, date, time or percentage.
    let after = b.get(d.end).copied();
    let digit_after = b.get(d.end + 1).is_some_and(u8::is_ascii_digit);
    d.glued = match after {
        Some(c) if c.is_ascii_alphanumeric() || c >= 0x80 && !is_space_or_punct_utf8(b, d.end) => {
            true
        }
        Some(b'.' | b',' | b':' | b'/') => digit_after,
        Some(b'%' | b'$' | b'@' | b'_') => true,
        _ => false,
    };
    d
}

/// Whether the non-ASCII char at `at` is not a letter or digit (emoji, punctuation).
fn is_space_or_punct_utf8(b: &[u8], at: usize) -> bool {
    let end = (at + 4).min(b.len());
    let s = match std::str::from_utf8(&b[at..end]) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&b[at..at + e.valid_up_to()]).unwrap_or(""),
    };
    s.chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric() || crate::detect::chars::is_unspaced_script(c))
}

/// The value of ASCII digits.
fn val(d: u8) -> u32 {
    u32::from(d - b'0')
}

/// A US ABA routing transit number: 9 digits, a Federal Reserve prefix (00-12 banks,
/// 21-32 thrifts, 61-72 electronic, 80 traveller's cheques) and the 3-7-1 check.
pub(crate) fn aba_valid(d: &[u8]) -> bool {
    if d.len() != 9 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let prefix = val(d[0]) * 10 + val(d[1]);
    if !matches!(prefix, 0..=12 | 21..=32 | 61..=72 | 80) {
        return false;
    }
    let sum: u32 = d
        .iter()
        .zip([3, 7, 1].iter().cycle())
        .map(|(&c, w)| val(c) * w)
        .sum();
    sum % 10 == 0 && d.iter().any(|&c| c != b'0')
}

/// A Mexican CLABE: 18 digits, the last a check over weights 3, 7, 1.
pub(crate) fn clabe_valid(d: &[u8]) -> bool {
    if d.len() != 18 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = d[..17]
        .iter()
        .zip([3, 7, 1].iter().cycle())
        .map(|(&c, w)| val(c) * w % 10)
        .sum();
    (10 - sum % 10) % 10 == val(d[17])
}

/// An Argentine CBU or CVU: 22 digits, two blocks (8 and 14) each ending in a check
/// digit over weights 3, 1, 7, 9 from the right.
pub(crate) fn cbu_valid(d: &[u8]) -> bool {
    fn check(block: &[u8]) -> u32 {
        let sum: u32 = block
            .iter()
            .rev()
            .zip([3, 1, 7, 9].iter().cycle())
            .map(|(&c, w)| val(c) * w)
            .sum();
        (10 - sum % 10) % 10
    }
    d.len() == 22
        && d.iter().all(u8::is_ascii_digit)
        && check(&d[..7]) == val(d[7])
        && check(&d[8..21]) == val(d[21])
        && d.iter().any(|&c| c != b'0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aba_checksum_and_prefixes() {
        // Published routing numbers (Federal Reserve directory examples).
        assert!(aba_valid(b"021000021"));
        assert!(aba_valid(b"011000015"));
        assert!(aba_valid(b"086085379")); // Faker aba(), accepted by stdnum.us.rtn
        assert!(!aba_valid(b"056085379")); // one digit changed
        assert!(!aba_valid(b"021000022"));
        assert!(!aba_valid(b"000000000"));
        assert!(!aba_valid(b"02100002")); // short
                                          // Checksum holds but 13-20, 33-60 and 81-99 are not Federal Reserve prefixes.
        assert!(!aba_valid(b"151000014"));
        assert!(!aba_valid(b"901000015"));
        assert!(!aba_valid(b"410000027"));
    }

    #[test]
    fn clabe_check_digit() {
        // Faker es_MX clabe() values from tests/fixtures/privacy/bank_accounts.jsonl.
        assert!(clabe_valid(b"130387866693161332"));
        assert!(clabe_valid(b"608813511109847624"));
        assert!(!clabe_valid(b"130387866693161338"));
        assert!(!clabe_valid(b"13038786669316133"));
        // The example of the CLABE standard's description.
        assert!(clabe_valid(b"032180000118359719"));
    }

    #[test]
    fn cbu_check_digits() {
        assert!(cbu_valid(b"7632959314111514592479"));
        assert!(cbu_valid(b"2850590940090418135201"));
        assert!(!cbu_valid(b"7632959314111514592470"));
        assert!(!cbu_valid(b"0000000000000000000000"));
    }

    #[test]
    fn digit_groups() {
        let d = read_digits(b"1234 5678 9012 x", 0, false);
        assert_eq!(
            (d.digits(), d.end, d.clean()),
            (&b"123456789012"[..], 14, true)
        );
        let d = read_digits(b"123456 2 days", 0, false);
        assert_eq!(d.n, 6);
        assert_eq!(read_digits(b"123456 2 days", 0, true).n, 7);
        assert_eq!(read_digits(b"5591 3617 1521 3350 58", 0, false).n, 18);
        assert_eq!(read_digits(b"5591 3617 2 3", 0, false).n, 8);
        assert_eq!(read_digits(b"1234 56789 12", 0, false).n, 9);
        let d = read_digits(b"12345-6", 0, false);
        assert!(d.shaped(&[5, 1]) && d.groups[1].1 == b'-');
        assert!(read_digits(b"2024-05-12", 0, false).is_date());
        assert!(read_digits(b"12-05-2024", 0, false).is_date());
        assert!(!read_digits(b"12-34-56", 0, false).is_date());
        assert!(read_digits(b"20240512", 0, false).is_date());
        assert!(!read_digits(b"20243512", 0, false).is_date());
        assert!(read_digits(b"1 500 000", 0, false).is_thousands());
        assert!(!read_digits(b"123 456 789", 0, false).is_thousands());
        assert!(!read_digits(b"1234.56", 0, false).clean());
        let d = read_digits(b"19-2000145399/0800 ok", 0, false);
        assert_eq!((d.n, d.end, d.clean()), (12, 18, true));
        assert!(!read_digits(b"12/05/2024", 0, false).clean());
        assert!(!read_digits(b"12345678abc", 0, false).clean());
        assert!(!read_digits(b"1234567812345678123456781234567", 0, false).clean());
        assert!(read_digits("12345678 👍".as_bytes(), 0, false).clean());
        assert!(!read_digits("12345678é".as_bytes(), 0, false).clean());
    }
}

//! Brazilian Pix keys, read after the word "pix": a CPF or CNPJ (check digits), a
//! Brazilian phone number, an e-mail address or a random key (EVP, a UUID).

use crate::detect::privacy::national_id::checks;

/// The end of the Pix key starting at `at` in the folded bytes `b`, if one does.
pub(crate) fn key_at(b: &[u8], at: usize) -> Option<usize> {
    uuid_at(b, at)
        .or_else(|| email_at(b, at))
        .or_else(|| number_at(b, at))
}

fn glued_after(b: &[u8], end: usize) -> bool {
    match b.get(end) {
        Some(c) if c.is_ascii_alphanumeric() => true,
        // A letter of another script glued on; emoji and punctuation are fine.
        Some(c) if *c >= 0x80 => {
            let s = &b[end..(end + 4).min(b.len())];
            let s = std::str::from_utf8(s)
                .or_else(|e| std::str::from_utf8(&s[..e.valid_up_to()]))
                .unwrap_or_default();
            s.chars().next().is_some_and(char::is_alphanumeric)
        }
        Some(b'.' | b',' | b'-' | b'/' | b'@') => {
            b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)
        }
        _ => false,
    }
}

/// A UUID, `8-4-4-4-12` hex digits (random Pix keys are version 4 UUIDs).
fn uuid_at(b: &[u8], at: usize) -> Option<usize> {
    let mut i = at;
    for (n, len) in [8, 4, 4, 4, 12].into_iter().enumerate() {
        if n > 0 {
            if b.get(i) != Some(&b'-') {
                return None;
            }
            i += 1;
        }
        let part = b.get(i..i + len)?;
        if !part
            .iter()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(c))
        {
            return None;
        }
        i += len;
    }
    (!glued_after(b, i)).then_some(i)
}

/// A plain e-mail address: name, `@`, dotted labels, a top label of letters.
fn email_at(b: &[u8], at: usize) -> Option<usize> {
    let name = |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-' | b'+');
    let local = b[at..].iter().take(65).take_while(|c| name(c)).count();
    if local == 0 || local > 64 || b.get(at + local) != Some(&b'@') {
        return None;
    }
    let mut i = at + local + 1;
    let mut labels = 0;
    let mut last_alpha = false;
    let mut end = None;
    while labels < 8 {
        let len = b[i..]
            .iter()
            .take(64)
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count();
        if len == 0 || len > 63 {
            break;
        }
        last_alpha = len >= 2 && b[i..i + len].iter().all(u8::is_ascii_alphabetic);
        labels += 1;
        i += len;
        if labels >= 2 && last_alpha {
            end = Some(i);
        }
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        } else {
            break;
        }
    }
    let end = end?;
    (last_alpha && !glued_after(b, end)).then_some(end)
}

/// A CPF, a CNPJ or a Brazilian phone number, digits with the usual separators.
fn number_at(b: &[u8], at: usize) -> Option<usize> {
    let plus = b.get(at) == Some(&b'+');
    let mut i = at + usize::from(plus);
    let mut digits = [0u8; 16];
    let mut n = 0;
    let mut end = i;
    loop {
        while i < b.len() && b[i].is_ascii_digit() {
            if n == digits.len() {
                return None;
            }
            digits[n] = b[i];
            n += 1;
            i += 1;
        }
        if i == end {
            return None; // no digit where one was due
        }
        end = i;
        // Up to two separators (") ", ". ") before the next group.
        let seps = b[i..]
            .iter()
            .take(3)
            .take_while(|c| matches!(c, b'.' | b'-' | b'/' | b' ' | b'(' | b')'))
            .count();
        if seps == 0 || seps > 2 || !b.get(i + seps).is_some_and(u8::is_ascii_digit) {
            break;
        }
        i += seps;
    }
    if glued_after(b, end) {
        return None;
    }
    let d = &digits[..n];
    let national = match (plus, n) {
        (true, 12 | 13) if d[..2] == *b"55" => &d[2..],
        (true, _) => return None,
        (false, _) => d,
    };
    // Area code 11-99, then a landline (8 digits from 2-5) or a mobile (9 digits from 9).
    let phone = matches!(national.len(), 10 | 11)
        && national[0] != b'0'
        && national[1] != b'0'
        && if national.len() == 10 {
            (b'2'..=b'5').contains(&national[2])
        } else {
            national[2] == b'9'
        };
    let id = !plus && (checks::cpf(d) || checks::cnpj(d));
    (phone || id).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(s: &str) -> Vec<u8> {
        s.bytes().filter(u8::is_ascii_digit).collect()
    }

    #[test]
    fn cpf_and_cnpj_check_digits() {
        assert!(checks::cpf(&digits("390.533.447-05")));
        assert!(!checks::cpf(&digits("390.533.447-06")));
        assert!(!checks::cpf(&digits("111.111.111-11")));
        assert!(checks::cnpj(&digits("11.222.333/0001-81")));
        assert!(!checks::cnpj(&digits("11.222.333/0001-82")));
    }

    #[test]
    fn keys() {
        let end = |s: &str| key_at(s.as_bytes(), 0);
        assert_eq!(end("390.533.447-05 ok"), Some(14));
        assert_eq!(end("39053344705"), Some(11));
        assert_eq!(end("11.222.333/0001-81."), Some(18));
        assert_eq!(end("+55 11 91234-5678"), Some(17));
        assert_eq!(end("11) 91234-5678"), Some(14));
        assert_eq!(end("11912345678"), Some(11));
        assert_eq!(end("ana.silva@gmail.com, ok"), Some(19));
        assert_eq!(end("123e4567-e89b-42d3-a456-426614174000"), Some(36));
        assert_eq!(end("390.533.447-06"), None, "broken CPF, not a phone");
        assert_eq!(end("50 reais"), None);
        assert_eq!(end("39053344705é"), None);
        assert_eq!(end("39053344705 é"), Some(11));
        assert_eq!(end("39053344705😀"), Some(11));
        assert_eq!(end("2024-05-12"), None);
        assert_eq!(end("+1 555 123 4567"), None);
        assert_eq!(end("+55 43 93350-586"), None, "a mobile one digit short");
        assert_eq!(
            end("(43) 3335-0586"),
            None,
            "no '(' at the start: read from the digits"
        );
        assert_eq!(end("43) 3335-0586"), Some(13));
        assert_eq!(end("ana@gmail"), None);
        assert_eq!(end("123e4567-e89b-42d3-a456-42661417400"), None);
    }
}

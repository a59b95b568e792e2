//! `privacy.ip_address`: public IPv4 and IPv6 addresses, which can locate someone.
//!
//! Private, loopback, link-local, documentation, multicast and reserved ranges locate
//! nobody and are left alone (`192.168.1.1`, `127.0.0.1`, `fe80::1`, `2001:db8::1`). A
//! dotted quad of single digits (`1.2.3.4`) is usually a version number: it counts only
//! next to a word such as "ip" or "server". Times (`10:30:45`) and MAC addresses are not
//! valid IPv6 and are never read as one.

use crate::detect::chars::{alnum_after, alnum_before};
use crate::detect::lexicon::Lexicon;
use crate::detect::{Context, Detector, Hit, Sink};
use crate::normalize::Normalized;
use crate::RuleId;

/// Words that say a number is an IP address, in the folded view.
const IP_WORDS: &[&str] = &[
    "ip",
    "ips",
    "ipv4",
    "ipv6",
    "server",
    "host",
    "ping",
    "dns",
    "proxy",
    "vpn",
    "router",
    "addr",
    "address",
    "dirección",
    "endereço",
    "adresse",
    "адрес",
    "सर्वर",
];

/// The IP address detector.
pub(crate) struct IpAddress {
    ip_words: Lexicon<()>,
}

impl IpAddress {
    pub(crate) fn new() -> IpAddress {
        IpAddress {
            ip_words: Lexicon::new(IP_WORDS.iter().map(|&w| (w, ()))),
        }
    }
}

impl Detector for IpAddress {
    fn rules(&self) -> &'static [RuleId] {
        &[RuleId::PrivacyIpAddress]
    }

    fn detect(&self, text: &Normalized<'_>, _ctx: &Context<'_>, out: &mut Sink<'_>) {
        let view = text.folded();
        let t = view.text();
        let b = t.as_bytes();
        let mut has_ip_word = None;
        let mut done = 0;
        // Every address has a '.' (IPv4) or a ':' (IPv6): wake only there, then step back
        // to where the address would start.
        for sep_at in separators(b) {
            let sep = b[sep_at];
            if sep_at < done {
                continue;
            }
            let mut start = sep_at;
            while start > 0
                && start + 40 > sep_at
                && (b[start - 1].is_ascii_hexdigit() || (sep == b':' && b[start - 1] == b':'))
            {
                start -= 1;
            }
            if start < done
                || (start > 0
                    && (b[start - 1].is_ascii_alphanumeric()
                        || matches!(b[start - 1], b'.' | b':')))
            {
                continue;
            }
            if sep == b'.' {
                let Some((end, octets)) = ipv4_at(b, start) else {
                    continue;
                };
                let small = octets.iter().all(|&o| o < 10);
                let mut ip_word = || *has_ip_word.get_or_insert_with(|| self.ip_words.any(t));
                if is_public_v4(octets) && (!small || ip_word()) {
                    out.report(
                        view,
                        start..end,
                        Hit::new(RuleId::PrivacyIpAddress, 0.9).kind("ipv4"),
                    );
                }
                done = end;
            } else if let Some((end, groups)) = ipv6_at(t, start) {
                if is_public_v6(&groups) {
                    out.report(
                        view,
                        start..end,
                        Hit::new(RuleId::PrivacyIpAddress, 0.95).kind("ipv6"),
                    );
                }
                done = end;
            }
        }
    }
}

/// Where the `.` and `:` of `b` are, in order, found sixteen bytes at a time.
fn separators(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x0101_0101_0101_0101;
    // The bytes of `x` that are `.` or `:`, as the high bit of each byte. A byte equals
    // `c` (ASCII) when its low seven bits xor `c` are zero, so that adding 0x7F leaves
    // the high bit clear, and its own high bit is clear.
    let either = |x: u64| {
        let low = x & !HIGH;
        let dot = (low ^ (u64::from(b'.') * LOW)) + !HIGH;
        let colon = (low ^ (u64::from(b':') * LOW)) + !HIGH;
        !(dot & colon | x) & HIGH
    };
    let (mut block, mut hits) = (0, 0u64);
    std::iter::from_fn(move || {
        while hits == 0 {
            match b.get(block..block + 16) {
                Some(c) => {
                    let x = u64::from_le_bytes(c[..8].try_into().expect("eight bytes"));
                    let y = u64::from_le_bytes(c[8..].try_into().expect("eight bytes"));
                    let (x, y) = (either(x), either(y));
                    if x | y == 0 {
                        block += 16;
                        continue;
                    }
                    // One half now, the other next (a block of eight).
                    if x == 0 {
                        hits = y;
                        block += 16;
                    } else {
                        hits = x;
                        block += 8;
                    }
                }
                None if block < b.len() => {
                    hits = either(crate::detect::scan::load8(b, block));
                    block += 8;
                }
                None => return None,
            }
        }
        // Zeros past the end are never a separator, so every hit is inside `b`.
        let at = block - 8 + (hits.trailing_zeros() / 8) as usize;
        hits &= hits - 1;
        Some(at)
    })
}

/// A dotted quad at `i` with nothing glued after it: its end and octets.
fn ipv4_at(b: &[u8], i: usize) -> Option<(usize, [u8; 4])> {
    let mut octets = [0u8; 4];
    let mut pos = i;
    for (n, octet) in octets.iter_mut().enumerate() {
        if n > 0 {
            if b.get(pos) != Some(&b'.') {
                return None;
            }
            pos += 1;
        }
        let start = pos;
        while pos < b.len() && b[pos].is_ascii_digit() && pos - start < 4 {
            pos += 1;
        }
        let digits = &b[start..pos];
        if digits.is_empty() || digits.len() > 3 || (digits.len() > 1 && digits[0] == b'0') {
            return None; // "01.02.2024" is a date, not an address
        }
        let value: u32 = digits.iter().fold(0, |v, d| v * 10 + u32::from(d - b'0'));
        *octet = u8::try_from(value).ok()?;
    }
    // "1.2.3.4.5" and "1.2.3.4a" are something else.
    let glued = b.get(pos).is_some_and(|c| c.is_ascii_alphanumeric())
        || (b.get(pos) == Some(&b'.') && b.get(pos + 1).is_some_and(u8::is_ascii_digit));
    (!glued).then_some((pos, octets))
}

fn is_public_v4([a, b, c, _]: [u8; 4]) -> bool {
    !matches!(
        (a, b, c),
        (0 | 10 | 127, _, _)
            | (100, 64..=127, _)
            | (169, 254, _)
            | (172, 16..=31, _)
            | (192, 168, _)
            | (192, 0, 0 | 2)
            | (198, 18..=19, _)
            | (198, 51, 100)
            | (203, 0, 113)
            | (224..=255, _, _)
    )
}

/// An IPv6 address at `i`: its end and its eight groups (a `::` expanded).
fn ipv6_at(t: &str, i: usize) -> Option<(usize, [u16; 8])> {
    let b = t.as_bytes();
    let mut end = i;
    while end < b.len() && (b[end].is_ascii_hexdigit() || b[end] == b':') && end - i < 40 {
        end += 1;
    }
    while end > i && b[end - 1] == b':' && !t[i..end].ends_with("::") {
        end -= 1; // "2001:db8::1:" ends a sentence with a colon
    }
    if alnum_after(t, end) || t[i..end].matches(':').count() < 2 || alnum_before(t, i) {
        return None;
    }
    let token = &t[i..end];
    let (head, tail) = match token.split_once("::") {
        Some((h, tl)) if !tl.contains("::") => (h, Some(tl)),
        Some(_) => return None,
        None => (token, None),
    };
    let parse = |part: &str| -> Option<Vec<u16>> {
        if part.is_empty() {
            return Some(Vec::new());
        }
        part.split(':')
            .map(|g| {
                if (1..=4).contains(&g.len()) {
                    u16::from_str_radix(g, 16).ok()
                } else {
                    None
                }
            })
            .collect()
    };
    let (h, tl) = (parse(head)?, parse(tail.unwrap_or(""))?);
    let count = h.len() + tl.len();
    if (tail.is_none() && count != 8) || (tail.is_some() && count > 7) {
        return None; // "10:30:45" and MAC addresses are not eight groups
    }
    let mut groups = [0u16; 8];
    groups[..h.len()].copy_from_slice(&h);
    groups[8 - tl.len()..].copy_from_slice(&tl);
    Some((end, groups))
}

/// Global unicast (2000::/3) outside the documentation prefix 2001:db8::/32.
fn is_public_v6(g: &[u16; 8]) -> bool {
    (0x2000..=0x3fff).contains(&g[0]) && !(g[0] == 0x2001 && g[1] == 0x0db8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_every_dot_and_colon() {
        // ® and º: bytes 0xAE and 0xBA, `.` and `:` with the high bit set.
        let text = "a.b:c 1.2.3.4 ::1 \u{e9}.:..:.:.:.:.:.:.:.:x.y.\u{ae}.\u{ba}:®º........º";
        for from in 0..text.len() {
            let b = &text.as_bytes()[from..];
            let plain: Vec<usize> = (0..b.len())
                .filter(|&i| matches!(b[i], b'.' | b':'))
                .collect();
            assert_eq!(separators(b).collect::<Vec<_>>(), plain);
        }
    }

    #[test]
    fn ipv4_shapes_and_ranges() {
        assert_eq!(ipv4_at(b"81.2.69.142", 0), Some((11, [81, 2, 69, 142])));
        assert_eq!(ipv4_at(b"256.1.1.1", 0), None);
        assert_eq!(ipv4_at(b"01.02.20.24", 0), None);
        assert_eq!(ipv4_at(b"1.2.3.4.5", 0), None);
        assert!(is_public_v4([81, 2, 69, 142]));
        for private in [
            [10, 0, 0, 1],
            [192, 168, 1, 1],
            [172, 20, 0, 1],
            [127, 0, 0, 1],
            [203, 0, 113, 5],
            [255, 255, 255, 0],
        ] {
            assert!(!is_public_v4(private), "{private:?}");
        }
    }

    #[test]
    fn ipv6_shapes_and_ranges() {
        let (_, g) = ipv6_at("2a03:2880:f12f:83:face:b00c:0:25de", 0).unwrap();
        assert!(is_public_v6(&g));
        let (_, g) = ipv6_at("2001:4860:4860::8888", 0).unwrap();
        assert_eq!(g, [0x2001, 0x4860, 0x4860, 0, 0, 0, 0, 0x8888]);
        assert!(!is_public_v6(&ipv6_at("2001:db8::1", 0).unwrap().1));
        assert!(!is_public_v6(&ipv6_at("fe80::1", 0).unwrap().1));
        for not_v6 in ["10:30:45", "00:1a:2b:3c:4d:5e", "1::2::3", "12345::1"] {
            assert!(ipv6_at(not_v6, 0).is_none(), "{not_v6}");
        }
    }
}

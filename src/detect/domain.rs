//! Top-level domains (IANA root zone, `src/data/tlds.txt`).

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: labels are short, so a simple byte hash beats SipHash and string compares.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type TldSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

static TLDS: OnceLock<TldSet> = OnceLock::new();

fn tlds() -> &'static TldSet {
    TLDS.get_or_init(|| {
        include_str!("../data/tlds.txt")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// True when `label` (lower case) is a top-level domain in the IANA root zone,
/// in ASCII, punycode (`xn--p1ai`) or Unicode (`рф`) form.
pub(crate) fn is_tld(label: &str) -> bool {
    label.len() >= 2 && tlds().contains(label)
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
}

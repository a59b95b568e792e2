//! Top-level domains (IANA root zone, `src/data/tlds.txt`).

use crate::detect::chars::FnvBuild;
use std::collections::HashSet;
use std::sync::OnceLock;

type TldSet = HashSet<&'static str, FnvBuild>;

static TLDS: OnceLock<TldSet> = OnceLock::new();

fn tlds() -> &'static TldSet {
    TLDS.get_or_init(|| {
        let coded = include_bytes!(concat!(env!("OUT_DIR"), "/tlds.coded"));
        crate::detect::coded::decode(coded).split('\n').collect()
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

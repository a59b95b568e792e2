//! Letters that read as a plain Latin letter in a host name: accented and hooked Latin
//! letters (`ǎ`, `ḅ`, `ɫ`, small capitals such as `ᴏ`) and the Cyrillic letters that
//! look-alike domains use for Latin ones. The folded view leaves them as they are (they
//! are real letters of real words); `spam.link` reads a host through them to see which
//! brand's name it shows.

use crate::normalize::confusable;

/// The plain letter each code point of a block reads as (`.`: none), from the block's
/// first code point. Derived from Unicode's character names with Python 3.11
/// `unicodedata`: the letter a name's "LATIN ... LETTER X WITH ..." (or "... X BAR",
/// "LATIN LETTER SMALL CAPITAL X") gives, or the first letter of its canonical
/// decomposition.
static LATIN: [(u32, &str); 4] = [
    (0x00C0, "aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiii...jjkk.llllllllllnnnnnn...oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz.bbbb...cc.ddd....ffg...ikkl..nnooo..pp.....ttttuu.vyyzz..............d..l..n.aaiioouuuuuuuuuu.aaaa..ggggkkoooo..j.d.gg..nnaa..ooaaaaeeeeiiiioooorrrruuuusstt..hhnd..zzaaeeooooooooyylnt...accltsz..bu.eejj.qrryy...b.cdd........g.g...h.i.illl...mnnn.......rrr.r.s.....tu.v...yzz.......b..hj.lq..............."),
    (0x1D00, "a...cd.e..jk.m.o........p..tu...vwz........."),
    (0x1E00, "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwya.....aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy....yy"),
    (0x2C60, "lllprathhkkzz.m..vwwv...e.o...sz"),
];

/// Cyrillic letters that look like a Latin letter in lower case and that look-alike
/// domains put for it (`ь` for `b`, `т` for `t`), beyond Unicode's confusables.
const CYRILLIC: [(char, char); 16] = [
    ('а', 'a'),
    ('ь', 'b'),
    ('с', 'c'),
    ('ԁ', 'd'),
    ('е', 'e'),
    ('ԍ', 'g'),
    ('һ', 'h'),
    ('і', 'i'),
    ('ј', 'j'),
    ('к', 'k'),
    ('ӏ', 'l'),
    ('м', 'm'),
    ('т', 't'),
    ('ѵ', 'v'),
    ('ԝ', 'w'),
    ('х', 'x'),
];

/// Latin letters whose names give no plain letter but which look like one, and which
/// look-alike domains put for it (`ŋ` for `n`, `ƿ` for `p`, `ə` for `a`).
const SHAPES: [(char, char); 11] = [
    ('ı', 'i'),
    ('ȷ', 'j'),
    ('ĸ', 'k'),
    ('ŋ', 'n'),
    ('ƅ', 'b'),
    ('ƿ', 'p'),
    ('ɑ', 'a'),
    ('ɡ', 'g'),
    ('ə', 'a'),
    ('ɵ', 'o'),
    ('ꞑ', 'n'),
];

/// The plain Latin letter `c` reads as, if any (ASCII letters and digits as they are).
fn plain(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c);
    }
    if let Some(p) = CYRILLIC.iter().chain(&SHAPES).find(|(k, _)| *k == c) {
        return Some(p.1);
    }
    if let Some(p) = confusable(c) {
        return Some(p.to_ascii_lowercase());
    }
    let code = c as u32;
    LATIN.iter().find_map(|&(first, letters)| {
        let i = code.checked_sub(first)? as usize;
        letters
            .as_bytes()
            .get(i)
            .filter(|&&b| b != b'.')
            .map(|&b| char::from(b))
    })
}

/// `label` in plain Latin letters when it has letters other than ASCII and every one
/// of them reads as a Latin letter (`ebǎȳ` is `ebay`, `тікток` is `tiktok`); `None`
/// for an ASCII label or one with letters of its own (`münchen` is `munchen`, `пример`
/// is `None`).
pub(super) fn plain_label(label: &str) -> Option<String> {
    if label.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(label.len());
    for c in label.chars() {
        out.push(plain(c)?);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_letters() {
        for (label, plain) in [
            ("ebǎȳ", "ebay"),
            ("тікток", "tiktok"),
            ("ԍооԍӏе", "google"),
            ("nnicrosᴏft", "nnicrosoft"),
            ("zěɫɫepay", "zellepay"),
            ("münchen", "munchen"),
            ("øⱪx", "okx"),
            ("amăzoŋ", "amazon"),
            ("snəpchat", "snapchat"),
            ("krakéꞑ", "kraken"),
        ] {
            assert_eq!(plain_label(label).as_deref(), Some(plain), "{label}");
        }
        for label in ["paypal", "пример", "中国", "ελλάδα"] {
            assert_eq!(plain_label(label), None, "{label}");
        }
    }
}

//! The letter folding the lexicon rules apply on both sides: to the entries of
//! `src/data/lexicons/` at build time (build.rs includes this file as a module) and to
//! the words of the folded view at run time, so the two always agree.
//!
//! On top of the folded view (lower case, look-alikes and full-width forms undone) it
//! strips the accents of Latin letters and writes Russian `ё` as `е`. Spanish `ñ` is
//! kept (folded, "año" would be "ano"). Turkish dotless `ı` is written `i`, as the folded
//! view already writes it in every word with an ASCII letter (a look-alike of `i`): so
//! the `allow` lines of ı words ("sıkıştım") keep the same words quiet when typed
//! "sikistim", and a term that folds to an allowed word is never reported.
//! Leet digits and symbols are undone only by [`leet`], which the engine applies to a
//! word's second reading (entries such as `ak47` or Arabizi `3ars` are matched as
//! written).

/// The rule ids of the lexicons, in the order the compiled tables number them.
pub const RULES: [&str; 15] = [
    "abuse.profanity",
    "abuse.harassment",
    "abuse.hate",
    "abuse.threat",
    "sexual.explicit",
    "sexual.minor",
    "sexual.nonconsensual",
    "violence.extremism",
    "violence.gore",
    "illegal.drugs",
    "illegal.weapons",
    "illegal.gambling",
    "illegal.crime",
    "self_harm.risk",
    "self_harm.encouragement",
];

/// The single-word kinds, in the order the compiled tables number them.
pub const KINDS: [&str; 4] = ["term", "stem", "infix", "allow"];

/// `c` without its accent, for the lexicon: Latin letters with a diacritic become the
/// plain letter (`é` → `e`, `ş` → `s`, `ğ` → `g`, dotless `ı` → `i`), Russian `ё`
/// becomes `е`, Arabic `أ إ آ` become `ا`, the typographic apostrophe becomes `'`. `ñ`
/// and every other character are kept.
pub fn letter(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' => 'd',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì'..='ï' | 'ī' | 'į' | 'İ' | 'ı' => 'i',
        'ł' => 'l',
        'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'ş' | 'š' | 'ș' => 's',
        'ť' | 'ț' => 't',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ё' => 'е',
        // Arabic alef with hamza or madda, typed and left out alike (إلى / الى).
        'أ' | 'إ' | 'آ' => 'ا',
        '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' => '\'',
        c => c,
    }
}

/// The letter a leet digit or symbol stands for inside a word: `4 @` a, `3` e,
/// `1 ! |` i, `0` o, `5 $` s, `7` t.
pub fn leet(c: char) -> Option<char> {
    Some(match c {
        '4' | '@' => 'a',
        '3' => 'e',
        '1' | '!' | '|' => 'i',
        '0' => 'o',
        '5' | '$' => 's',
        '7' => 't',
        _ => return None,
    })
}

/// An entry's text as the compiled table stores it: every letter through [`letter`],
/// runs of the same letter cut to two (a doubled letter must be doubled, at least, in
/// the message: "ass" never matches "as", "fuuuck" matches "fuck").
pub fn entry(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut last, mut run) = ('\0', 0);
    for c in text.chars().map(letter) {
        if c == last {
            run += 1;
            if run > 2 {
                continue;
            }
        } else {
            (last, run) = (c, 1);
        }
        out.push(c);
    }
    out
}

//! The word table of `privacy.phone`: `phone_words.tsv` read in place, and
//! [`Numbers`], the spelled-out digits and "double" / "triple", looked up word by word
//! (binary search over the words sorted by their bytes) when the token scan's filters
//! let a word through. The phone, app, veto and quiet words are a
//! [`Lexicon`](crate::detect::lexicon::Lexicon), searched in the short windows around
//! a candidate number.

use super::Tag;

/// The words of `phone_words.tsv` (folded; `_` stands for a space), with their tags.
pub(super) fn parse(tsv: &'static str) -> impl Iterator<Item = (Tag, &'static str)> {
    tsv.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(|line| {
            let (class, words) = line
                .split_once('\t')
                .unwrap_or_else(|| super::bad("phone_words.tsv", line));
            let tag = match class {
                "phone" => Tag::Phone,
                "app" => Tag::App,
                "not" => Tag::Not,
                "quiet" => Tag::Quiet,
                "x2" => Tag::Times(2),
                "x3" => Tag::Times(3),
                d if d.len() == 1 && d.as_bytes()[0].is_ascii_digit() => {
                    Tag::Digit(d.as_bytes()[0] - b'0')
                }
                _ => super::bad("phone_words.tsv", line),
            };
            words
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(move |w| (tag, w))
        })
}

/// Spelled-out digits, sorted by their bytes.
pub(super) struct Numbers {
    words: Vec<(&'static [u8], Tag)>,
}

impl Numbers {
    pub(super) fn new(mut words: Vec<(&'static [u8], Tag)>) -> Numbers {
        // The engine's one small sort (the standard one would add its own copy).
        crate::sort::sort_by_key(&mut words, |e| e.0);
        Numbers { words }
    }

    pub(super) fn get(&self, w: &[u8]) -> Option<Tag> {
        let at = self.words.binary_search_by(|e| e.0.cmp(w)).ok()?;
        Some(self.words[at].1)
    }
}

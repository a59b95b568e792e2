//! [`Numbers`], the spelled-out digits and "double" / "triple" of `privacy.phone`,
//! looked up word by word (binary search over the words sorted by their bytes) when the
//! token scan's filters let a word through. The phone, app, veto and quiet words are a
//! [`Lexicon`](crate::detect::lexicon::Lexicon), searched in the short windows around
//! a candidate number.

use super::Tag;

/// Spelled-out digits, sorted by their bytes.
pub(super) struct Numbers {
    words: Vec<(&'static [u8], Tag)>,
}

impl Numbers {
    /// The words, already sorted by their bytes (build.rs sorts them).
    pub(super) fn new(words: Vec<(&'static [u8], Tag)>) -> Numbers {
        Numbers { words }
    }

    pub(super) fn get(&self, w: &[u8]) -> Option<Tag> {
        let at = self.words.binary_search_by(|e| e.0.cmp(w)).ok()?;
        Some(self.words[at].1)
    }
}

//! The entries of the lexicons by collapsed key: a table built once per process with
//! no allocation and no comparison per entry. Each entry is a record of its own, with
//! its key and hash: a key that several entries share (a word of two rules, the first
//! words of many expressions) has several records, and a look-up gathers them all. A
//! key's bytes are those of the entries' text where the key is written there as it is
//! (most are: only an entry with a doubled letter is collapsed), or else in one buffer
//! of collapsed keys. A key is found by the hash the engine already computes as it
//! reads a word (no second hash of the bytes, no UTF-8 check), in a table of slots
//! probed in turn. Its own code rather than a hash map: the wasm holds one hash map
//! type, and these records are built once and never removed.

use super::Entry;

/// An entry, its key's hash, and its key's bytes (see [`Keys::bytes`]).
struct Record {
    hash: u64,
    start: u32,
    end: u32,
    entry: Entry,
}

/// The entries by key.
pub(super) struct Keys {
    /// The entries' text (a copy: the tables of a policy's own entries are freed with
    /// the filter). A key's bytes are `text[start..end]`, or, past the text's length,
    /// `arena[start - text.len()..end - text.len()]`.
    text: Box<[u8]>,
    /// The keys not written as they are in the text, collapsed.
    arena: Vec<u8>,
    records: Vec<Record>,
    /// Index + 1 of a record whose hash leads here (or to a slot before it, the slots
    /// between being taken), 0 when empty. A power of two, at most half full, so that a
    /// look-up meets an empty slot soon.
    slots: Vec<u16>,
}

impl Keys {
    /// An empty table of keys found in `text`, with room for about `records` records.
    pub(super) fn new(text: &str, records: usize) -> Keys {
        Keys {
            text: text.as_bytes().into(),
            arena: Vec::new(),
            records: Vec::with_capacity(records),
            slots: vec![0; (records * 2).next_power_of_two().max(64)],
        }
    }

    /// The first slot of a hash: its top bits after a multiply.
    #[inline(always)]
    fn slot(&self, hash: u64) -> usize {
        let bits = self.slots.len().trailing_zeros();
        (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    /// The bytes from `start` to `end`: of the text, or past its length, of the arena.
    #[inline(always)]
    pub(super) fn bytes(&self, start: usize, end: usize) -> &[u8] {
        let n = self.text.len();
        if start < n {
            &self.text[start..end]
        } else {
            &self.arena[start - n..end - n]
        }
    }

    /// The entries of `key`, whose hash is `hash` (the engine's hash of its chars).
    #[inline]
    pub(super) fn entries<'a>(
        &'a self,
        key: &'a [u8],
        hash: u64,
    ) -> impl Iterator<Item = &'a Entry> + 'a {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(hash);
        std::iter::from_fn(move || loop {
            let k = usize::from(self.slots[i]).checked_sub(1)?;
            i = (i + 1) & mask;
            let r = &self.records[k];
            if r.hash == hash && self.bytes(r.start as usize, r.end as usize) == key {
                return Some(&r.entry);
            }
        })
    }

    /// Starts a collapsed key in the arena with the text from `from` to `to`; where it
    /// starts, for [`Keys::insert`].
    pub(super) fn collapse(&mut self, from: usize, to: usize) -> usize {
        let start = self.text.len() + self.arena.len();
        self.arena.extend_from_slice(&self.text[from..to]);
        start
    }

    /// Appends the text from `from` to `to` to the collapsed key being written.
    #[inline(always)]
    pub(super) fn write(&mut self, from: usize, to: usize) {
        self.arena.extend_from_slice(&self.text[from..to]);
    }

    /// Writes `key` (a phrase's anchor word) into the arena; its start and end, for
    /// [`Keys::insert`].
    pub(super) fn add(&mut self, key: &[u8]) -> (usize, usize) {
        let start = self.text.len() + self.arena.len();
        self.arena.extend_from_slice(key);
        (start, start + key.len())
    }

    /// Where the collapsed key being written ends.
    pub(super) fn written(&self) -> usize {
        self.text.len() + self.arena.len()
    }

    /// Adds `entry` under the key from `start` to `end` (in the text or, past it, the
    /// arena), whose hash is `hash`.
    #[inline]
    pub(super) fn insert(&mut self, start: usize, end: usize, hash: u64, entry: Entry) {
        let k = self.records.len();
        assert!(
            k + 1 < usize::from(u16::MAX),
            "fewer than 65,535 lexicon entries"
        );
        self.records.push(Record {
            hash,
            start: start as u32,
            end: end as u32,
            entry,
        });
        if self.records.len() * 2 > self.slots.len() {
            // Twice as many slots, and every record in its place again.
            self.slots = vec![0; self.slots.len() * 2];
            for k in 0..self.records.len() {
                self.place(k);
            }
        } else {
            self.place(k);
        }
    }

    /// Puts record `k` in the first empty slot from its hash's.
    #[inline(always)]
    fn place(&mut self, k: usize) {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(self.records[k].hash);
        while self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = (k + 1) as u16;
    }
}

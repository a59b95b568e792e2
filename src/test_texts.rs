//! Pseudo-random texts for the tests that compare a fast path with a plain reference:
//! the same texts on every run, made of pieces the test chooses.

/// `count` texts, each of fewer than `max_pieces` pieces drawn from `pieces` (xorshift,
/// from `seed`).
pub(crate) fn random_texts<'p>(
    pieces: &'p [&'p str],
    count: usize,
    max_pieces: u64,
    mut seed: u64,
) -> impl Iterator<Item = String> + 'p {
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..count).map(move |_| {
        let n = next() % max_pieces;
        (0..n)
            .map(|_| pieces[(next() % pieces.len() as u64) as usize])
            .collect()
    })
}

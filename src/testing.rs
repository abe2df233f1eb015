//! Helpers for the unit tests.

/// `count` texts, each made of 1 to 16 `pieces` drawn at random: the same texts on every run (a fixed linear
/// congruential sequence from `seed`). Property tests compare a fast path with the slow one it stands for on them.
pub(crate) fn mixes(pieces: &[&str], seed: u64, count: usize) -> Vec<String> {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        state
    };
    (0..count)
        .map(|_| {
            let n = (next() >> 60) + 1;
            (0..n).map(|_| pieces[(next() >> 33) as usize % pieces.len()]).collect()
        })
        .collect()
}

//! A small hash table for remembering what was computed for a key already (a syllable's weights, a word's
//! hash): open addressing over the keys' well-mixed 64-bit hashes, kept at most half full.

/// A key of a [`Memo`].
pub(crate) trait Key: Copy + Eq {
    /// The key's hash, well mixed: its top bits pick the slot.
    fn hash(self) -> u64;
}

/// A syllable's hash is its own key.
impl Key for u64 {
    #[inline]
    fn hash(self) -> u64 {
        self
    }
}

/// Values by key.
pub(crate) struct Memo<K, V> {
    /// Bits of a slot index.
    bits: u32,
    len: usize,
    slots: Vec<Option<(K, V)>>,
}

impl<K: Key, V: Copy> Memo<K, V> {
    /// An empty table.
    pub(crate) fn new() -> Memo<K, V> {
        Memo { bits: 10, len: 0, slots: vec![None; 1 << 10] }
    }

    /// The slot of key `k` with hash `h`: where it is, or the empty slot where it goes.
    #[inline]
    fn slot(&self, h: u64, k: K) -> usize {
        let mask = (1 << self.bits) - 1;
        let mut at = (h >> (64 - self.bits)) as usize;
        while let Some(&Some((k2, _))) = self.slots.get(at) {
            if k2 == k {
                break;
            }
            at = (at + 1) & mask;
        }
        at
    }

    /// The value of key `k`; when there is none, `make` computes it and it is kept.
    #[inline(always)]
    pub(crate) fn get_or_insert_with(&mut self, k: K, make: impl FnOnce() -> V) -> V {
        let at = self.slot(k.hash(), k);
        match self.slots.get(at) {
            Some(Some((_, v))) => *v,
            _ => {
                let v = make();
                self.insert(at, k, v);
                v
            }
        }
    }

    /// Puts `k` and `v` in the empty slot `at` (where `k` goes), and grows the table when half full.
    #[inline(never)]
    fn insert(&mut self, at: usize, k: K, v: V) {
        if let Some(s) = self.slots.get_mut(at) {
            *s = Some((k, v));
        }
        self.len += 1;
        if self.len * 2 > self.slots.len() {
            self.bits += 1;
            let old = std::mem::replace(&mut self.slots, vec![None; 1 << self.bits]);
            for (k, v) in old.into_iter().flatten() {
                let at = self.slot(k.hash(), k);
                if let Some(s) = self.slots.get_mut(at) {
                    *s = Some((k, v));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_each_value_and_grows() {
        // Keys below 100 all pick the same slot: clashes; and enough keys to grow.
        let key = |k: u64| if k < 100 { k } else { k.wrapping_mul(0x9e37_79b9_7f4a_7c15) };
        let mut m: Memo<u64, u64> = Memo::new();
        for k in 0..5000u64 {
            assert_eq!(m.get_or_insert_with(key(k), || k * 2), k * 2);
        }
        for k in 0..5000u64 {
            assert_eq!(m.get_or_insert_with(key(k), || 0), k * 2, "{k}");
        }
    }
}

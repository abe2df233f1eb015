//! Overlaps: within one label spans never overlap (the longer, then the earlier, wins); a NUMBER inside any
//! other entity is dropped. Entities of different labels may nest. O(n log n) in the number of entities, plus
//! their lengths over 64.

use super::Found;
use crate::model::{Label, Span};

#[inline(never)] // a stage of its own in profiles
pub(crate) fn resolve(found: &mut Vec<Found>) {
    let mut keep = vec![false; found.len()];
    keep_best_per_label(found, &mut keep);
    let mut others: Vec<Span> =
        found.iter().zip(&keep).filter(|(k, &kept)| kept && k.label != Label::Number).map(|(k, _)| k.span).collect();
    others.sort();
    let mut reach = Vec::with_capacity(others.len()); // furthest end among spans starting at or before
    let mut max_end = 0;
    for o in &others {
        max_end = max_end.max(o.end);
        reach.push(max_end);
    }
    for (k, kept) in found.iter().zip(keep.iter_mut()) {
        if *kept && k.label == Label::Number {
            let i = others.partition_point(|o| o.start <= k.span.start);
            *kept = i == 0 || reach[i - 1] < k.span.end;
        }
    }
    // By start, longest first, then label (ties keep the greedy order, which is the index order).
    let mut order: Vec<u128> = found
        .iter()
        .enumerate()
        .filter(|&(i, _)| keep[i])
        .map(|(i, f)| output_key(f.span.start, f.span.end, f.label, i))
        .collect();
    // The extractors add their entities in text order: runs that the stable sort merges.
    order.sort();
    let kept = order.len();
    let mut to: Vec<usize> = order.iter().map(|&k| index(k)).collect();
    to.extend((0..found.len()).filter(|&i| !keep[i]));
    permute(found, to);
    found.truncate(kept);
}

/// Reorders `v` in place so that `v[k]` becomes what was `v[from[k]]` (`from` a permutation of the indices).
/// Entities are large: they move by swaps along the cycles of the permutation, with no second list.
fn permute<T>(v: &mut [T], mut from: Vec<usize>) {
    for start in 0..from.len() {
        // follow the cycle through `start`, marking each settled place by pointing it at itself
        let mut k = start;
        while from[k] != start {
            let next = from[k];
            if next >= v.len() {
                return;
            }
            v.swap(k, next);
            from[k] = k;
            k = next;
        }
        from[k] = k;
    }
}

/// After entities were added to a resolved list from index `from` on (in text order, overlapping nothing of
/// their label), drops the NUMBERs inside them, as [`resolve`] would have.
pub(crate) fn drop_numbers_inside_added(found: &mut Vec<Found>, from: usize) {
    let Some(added) = found.get(from..).filter(|a| !a.is_empty()) else { return };
    let spans: Vec<Span> = added.iter().map(|f| f.span).collect();
    let inside = |s: Span| {
        let i = spans.partition_point(|o| o.start <= s.start);
        i > 0 && spans[i - 1].end >= s.end
    };
    let mut k = 0;
    found.retain(|f| {
        k += 1;
        k > from || f.label != Label::Number || !inside(f.span)
    });
}

/// Marks in `keep` the spans each label keeps: per label, longest first, then earliest, each span that overlaps
/// none kept before. Spans of one label that overlap nothing of their label are kept at once; the greedy pass
/// runs on each cluster of overlapping spans (a cluster is settled apart from the others, which its spans do not
/// touch). Keys are packed in integers with the index last (the order of a stable sort).
fn keep_best_per_label(found: &[Found], keep: &mut [bool]) {
    // By label, then start: each extractor adds its entities in text order, runs that the stable sort merges.
    let mut by_start: Vec<u128> = found
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.span.is_empty())
        .map(|(i, f)| start_key(f.label, f.span.start, i))
        .collect();
    by_start.sort();
    let mut covered = Covered::new(found.iter().map(|f| f.span.end).max().unwrap_or(0));
    let mut cluster: Vec<u128> = Vec::new();
    let mut a = 0;
    while a < by_start.len() {
        let Some(first) = found.get(index(by_start[a])) else { break };
        let (label, mut end) = (first.label, first.span.end);
        let mut b = a + 1;
        while let Some(f) = by_start.get(b).and_then(|&k| found.get(index(k))) {
            if f.label != label || f.span.start >= end {
                break;
            }
            end = end.max(f.span.end);
            b += 1;
        }
        if b == a + 1 {
            keep[index(by_start[a])] = true;
        } else {
            cluster.clear();
            cluster.extend(by_start[a..b].iter().filter_map(|&k| {
                let i = index(k);
                found.get(i).map(|f| greedy_key(f.label, f.span.len(), f.span.start, i))
            }));
            cluster.sort_unstable();
            for &k in &cluster {
                let i = index(k);
                let Some(f) = found.get(i) else { continue };
                if !covered.any(f.span) {
                    covered.set(f.span, true);
                    keep[i] = true;
                }
            }
            for &k in &cluster {
                if keep[index(k)] {
                    if let Some(f) = found.get(index(k)) {
                        covered.set(f.span, false);
                    }
                }
            }
        }
        a = b;
    }
}

/// A set of byte offsets, one bit each.
struct Covered {
    words: Vec<u64>,
}

impl Covered {
    /// An empty set for offsets below `len`.
    fn new(len: usize) -> Covered {
        Covered { words: vec![0; len / 64 + 1] }
    }

    /// The words of the bit set that `span` (not empty) touches, each with the mask of its bits in the span.
    fn masks(span: Span) -> impl Iterator<Item = (usize, u64)> {
        let (first, last) = (span.start / 64, (span.end - 1) / 64);
        (first..=last).map(move |w| {
            let lo = if w == first { span.start % 64 } else { 0 };
            let hi = if w == last { (span.end - 1) % 64 } else { 63 };
            (w, (u64::MAX >> (63 - hi)) & (u64::MAX << lo))
        })
    }

    /// Whether any offset of `span` (not empty) is in the set.
    fn any(&self, span: Span) -> bool {
        Self::masks(span).any(|(w, m)| self.words.get(w).is_some_and(|&x| x & m != 0))
    }

    /// Puts the offsets of `span` (not empty) in the set, or takes them out.
    fn set(&mut self, span: Span, on: bool) {
        for (w, m) in Self::masks(span) {
            if let Some(x) = self.words.get_mut(w) {
                *x = if on { *x | m } else { *x & !m };
            }
        }
    }
}

/// Bits of each offset in a sort key: texts up to 1 TiB.
const BITS: u32 = 40;
/// The largest value of a key field.
const FIELD: u128 = (1 << BITS) - 1;

/// An offset as a key field (offsets beyond [`FIELD`], which no text in memory reaches, saturate).
#[inline]
fn field(x: usize) -> u128 {
    (x as u128).min(FIELD)
}

/// The key of the greedy order: label, longest first, earliest, index (compares as that tuple would).
#[inline]
fn greedy_key(label: Label, len: usize, start: usize, i: usize) -> u128 {
    (label as u128) << (3 * BITS) | (FIELD - field(len)) << (2 * BITS) | field(start) << BITS | field(i)
}

/// The key of the order by label, then start.
#[inline]
fn start_key(label: Label, start: usize, i: usize) -> u128 {
    (label as u128) << (2 * BITS) | field(start) << BITS | field(i)
}

/// The key of the output order: start, longest first, label, index.
#[inline]
fn output_key(start: usize, end: usize, label: Label, i: usize) -> u128 {
    field(start) << (2 * BITS + 8) | (FIELD - field(end)) << (BITS + 8) | (label as u128) << BITS | field(i)
}

/// The index of a key.
#[inline]
fn index(key: u128) -> usize {
    (key & FIELD) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(label: Label, s: usize, e: usize) -> Found {
        Found::new(label, s, e, None)
    }

    #[test]
    fn longest_wins_within_a_label_and_labels_nest() {
        let mut v = vec![f(Label::Date, 0, 5), f(Label::Date, 3, 12), f(Label::Org, 2, 4), f(Label::Date, 12, 14)];
        resolve(&mut v);
        assert_eq!(v, vec![f(Label::Org, 2, 4), f(Label::Date, 3, 12), f(Label::Date, 12, 14)]);
    }

    #[test]
    fn packed_keys_order_as_the_tuples() {
        use std::cmp::Reverse;
        let labels = [Label::Date, Label::Org, Label::Number, Label::Phone];
        let offsets = [0, 1, 7, 255, 256, 70_000, (1 << 40) - 1];
        let mut all = Vec::new();
        for &l in &labels {
            for &a in &offsets {
                for &b in &offsets {
                    all.push((l, a, b, all.len() % 5));
                }
            }
        }
        let mut by_key: Vec<_> = all.clone();
        by_key.sort_by_key(|&(l, a, b, i)| greedy_key(l, a, b, i));
        let mut by_tuple = all.clone();
        by_tuple.sort_by_key(|&(l, a, b, i)| (l, Reverse(a), b, i));
        assert_eq!(by_key, by_tuple);
        by_key.sort_by_key(|&(l, a, b, i)| output_key(a, b, l, i));
        by_tuple.sort_by_key(|&(l, a, b, i)| (a, Reverse(b), l, i));
        assert_eq!(by_key, by_tuple);
        assert_eq!(index(greedy_key(Label::Phone, 3, 4, 12_345)), 12_345);
        by_key.sort_by_key(|&(l, a, _, i)| start_key(l, a, i));
        by_tuple.sort_by_key(|&(l, a, _, i)| (l, a, i));
        assert_eq!(by_key, by_tuple);
    }

    #[test]
    fn the_covered_set_reads_and_clears_spans_across_words() {
        let mut c = Covered::new(300);
        for s in [Span::new(3, 4), Span::new(60, 70), Span::new(128, 256)] {
            assert!(!c.any(s));
            c.set(s, true);
            assert!(c.any(s));
        }
        assert!(c.any(Span::new(0, 4)) && c.any(Span::new(69, 128)) && c.any(Span::new(255, 300)));
        assert!(!c.any(Span::new(0, 3)) && !c.any(Span::new(4, 60)) && !c.any(Span::new(70, 128)) && !c.any(Span::new(256, 300)));
        c.set(Span::new(60, 70), false);
        assert!(!c.any(Span::new(4, 128)) && c.any(Span::new(3, 4)));
    }

    /// The spans each label keeps, worked out the slow way: per label, longest first, then earliest, each span
    /// that shares no byte with one kept before.
    fn greedy_by_hand(found: &[Found]) -> Vec<bool> {
        let mut order: Vec<usize> = (0..found.len()).collect();
        order.sort_by_key(|&i| (found[i].label, std::cmp::Reverse(found[i].span.len()), found[i].span.start, i));
        let mut keep = vec![false; found.len()];
        for &i in &order {
            let f = &found[i];
            let free = (0..found.len()).all(|j| {
                !keep[j] || found[j].label != f.label || found[j].span.end <= f.span.start || f.span.end <= found[j].span.start
            });
            keep[i] = !f.span.is_empty() && free;
        }
        keep
    }

    #[test]
    fn clusters_keep_what_the_greedy_pass_over_all_spans_keeps() {
        let mut seed: u64 = 11;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        for _ in 0..2000 {
            let found: Vec<Found> = (0..next(12))
                .map(|_| {
                    let label = [Label::Date, Label::Org, Label::Loc][next(3) as usize];
                    let start = next(150) as usize;
                    f(label, start, start + next(20) as usize)
                })
                .collect();
            let mut keep = vec![false; found.len()];
            keep_best_per_label(&found, &mut keep);
            assert_eq!(keep, greedy_by_hand(&found), "{found:?}");
        }
    }

    #[test]
    fn a_permutation_moves_each_item_to_its_place() {
        for from in [vec![], vec![0], vec![2, 0, 1], vec![1, 0, 3, 2], vec![4, 3, 2, 1, 0], vec![0, 2, 1, 4, 3, 5]] {
            let mut v: Vec<usize> = (0..from.len()).map(|i| i * 10).collect();
            permute(&mut v, from.clone());
            assert_eq!(v, from.iter().map(|&i| i * 10).collect::<Vec<_>>());
        }
    }

    #[test]
    fn numbers_inside_entities_added_after_go_as_in_one_pass() {
        let first = vec![f(Label::Number, 5, 7), f(Label::Org, 20, 30), f(Label::Number, 11, 13), f(Label::Number, 22, 24)];
        let added = [f(Label::Per, 4, 9), f(Label::Per, 11, 13)];
        let mut all: Vec<Found> = first.iter().cloned().chain(added.iter().cloned()).collect();
        resolve(&mut all);
        let mut two_steps = first.clone();
        resolve(&mut two_steps);
        let from = two_steps.len();
        two_steps.extend(added.iter().cloned());
        drop_numbers_inside_added(&mut two_steps, from);
        resolve(&mut two_steps);
        assert_eq!(two_steps, all);
        assert!(all.iter().all(|x| x.label != Label::Number));
    }

    #[test]
    fn numbers_inside_other_entities_go() {
        let mut v = vec![f(Label::Number, 5, 7), f(Label::LegalRef, 0, 10), f(Label::Number, 11, 13)];
        resolve(&mut v);
        assert_eq!(v, vec![f(Label::LegalRef, 0, 10), f(Label::Number, 11, 13)]);
    }
}

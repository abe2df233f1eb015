//! Overlaps: within one label spans never overlap (the longer, then the earlier, wins); a NUMBER inside any
//! other entity is dropped. Entities of different labels may nest. O(n log n) in the number of entities.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use super::Found;
use crate::model::{Label, Span};

pub(crate) fn resolve(found: &mut Vec<Found>) {
    // Longest first, then earliest: the greedy pass keeps the best non-overlapping spans per label. It runs on
    // small keys (the index last, which makes the order that of a stable sort); the entities, with their
    // values, move once at the end.
    let mut order: Vec<(Label, Reverse<usize>, usize, usize, Span)> =
        found.iter().enumerate().map(|(i, f)| (f.label, Reverse(f.span.len()), f.span.start, i, f.span)).collect();
    order.sort_unstable();
    let mut keep = vec![false; found.len()];
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new(); // start → end of the current label's kept spans
    let mut label = None;
    for &(l, _, _, i, span) in &order {
        if label != Some(l) {
            label = Some(l);
            taken.clear();
        }
        if span.is_empty() {
            continue;
        }
        let clash = taken.range(..span.end).next_back().is_some_and(|(_, &end)| end > span.start);
        if !clash {
            taken.insert(span.start, span.end);
            keep[i] = true;
        }
    }
    let mut others: Vec<Span> =
        found.iter().zip(&keep).filter(|(k, &kept)| kept && k.label != Label::Number).map(|(k, _)| k.span).collect();
    others.sort_unstable();
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
    let mut order: Vec<(usize, Reverse<usize>, Label, usize)> = found
        .iter()
        .enumerate()
        .filter(|&(i, _)| keep[i])
        .map(|(i, f)| (f.span.start, Reverse(f.span.end), f.label, i))
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<Found>> = found.drain(..).map(Some).collect();
    found.extend(order.iter().filter_map(|o| slots.get_mut(o.3).and_then(Option::take)));
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
    fn numbers_inside_other_entities_go() {
        let mut v = vec![f(Label::Number, 5, 7), f(Label::LegalRef, 0, 10), f(Label::Number, 11, 13)];
        resolve(&mut v);
        assert_eq!(v, vec![f(Label::LegalRef, 0, 10), f(Label::Number, 11, 13)]);
    }
}

//! Overlaps: within one label spans never overlap (the longer, then the earlier, wins); a NUMBER inside any
//! other entity is dropped. Entities of different labels may nest. O(n log n) in the number of entities.

use std::collections::BTreeMap;

use super::Found;
use crate::model::{Label, Span};

pub(crate) fn resolve(found: &mut Vec<Found>) {
    // Longest first, then earliest: the greedy pass keeps the best non-overlapping spans per label.
    found.sort_by(|a, b| {
        a.label.cmp(&b.label).then(b.span.len().cmp(&a.span.len())).then(a.span.start.cmp(&b.span.start))
    });
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new(); // start → end of the current label's kept spans
    let mut label = None;
    for f in found.drain(..) {
        if label != Some(f.label) {
            label = Some(f.label);
            taken.clear();
        }
        if f.span.is_empty() {
            continue;
        }
        let clash = taken.range(..f.span.end).next_back().is_some_and(|(_, &end)| end > f.span.start);
        if !clash {
            taken.insert(f.span.start, f.span.end);
            kept.push(f);
        }
    }
    let mut others: Vec<Span> = kept.iter().filter(|k| k.label != Label::Number).map(|k| k.span).collect();
    others.sort_unstable();
    let mut reach = Vec::with_capacity(others.len()); // furthest end among spans starting at or before
    let mut max_end = 0;
    for o in &others {
        max_end = max_end.max(o.end);
        reach.push(max_end);
    }
    kept.retain(|k| {
        if k.label != Label::Number {
            return true;
        }
        let i = others.partition_point(|o| o.start <= k.span.start);
        i == 0 || reach[i - 1] < k.span.end
    });
    kept.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)).then(a.label.cmp(&b.label)));
    *found = kept;
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

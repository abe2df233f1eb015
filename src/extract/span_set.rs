//! Spans in order with, for each, the furthest end among those that start at or before it: whether a span
//! overlaps any of them is one binary search.

use crate::model::Span;

pub(crate) struct SpanSet {
    spans: Vec<Span>,
    reach: Vec<usize>,
}

impl SpanSet {
    /// The set of `spans` (in any order; the extractors give them in runs, which the stable sort merges).
    pub fn new(spans: impl IntoIterator<Item = Span>) -> SpanSet {
        let mut spans: Vec<Span> = spans.into_iter().collect();
        spans.sort();
        let reach = spans
            .iter()
            .scan(0, |m, s| {
                *m = (*m).max(s.end);
                Some(*m)
            })
            .collect();
        SpanSet { spans, reach }
    }

    /// Whether `span` shares a byte with one of the spans.
    pub fn overlaps(&self, span: Span) -> bool {
        let i = self.spans.partition_point(|s| s.start < span.end);
        i > 0 && self.reach[i - 1] > span.start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlaps_what_shares_a_byte() {
        let set = SpanSet::new([Span::new(10, 20), Span::new(0, 3), Span::new(12, 14)]);
        assert!(set.overlaps(Span::new(2, 5)) && set.overlaps(Span::new(19, 30)) && set.overlaps(Span::new(15, 16)));
        assert!(!set.overlaps(Span::new(3, 10)) && !set.overlaps(Span::new(20, 25)));
        assert!(!SpanSet::new([]).overlaps(Span::new(0, 5)));
    }
}

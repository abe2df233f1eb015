//! Links between entities found by different extractors, run after every extractor: each family that
//! needs to see the others does it in its own `link` function.

use super::{Ctx, Found};

#[inline(never)] // a stage of its own in profiles
pub(crate) fn link(ctx: &Ctx, found: &mut Vec<Found>) {
    // An undated `16-2` takes the year of the nearest explicit year before it in the paragraph.
    super::date::link(ctx, found);
    // A citation takes the date and the issuer that follow it (`..., ngày 1-11-2011 của Ban Chấp hành ...`).
    super::legal_ref::link(ctx, found);
}

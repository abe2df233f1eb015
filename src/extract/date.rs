//! Placeholder: this family's extractor is being written.

use super::{Ctx, Found};

pub(crate) fn extract(_ctx: &Ctx, _found: &mut Vec<Found>) {}

pub(crate) fn link(_ctx: &Ctx, _found: &mut Vec<Found>) {}

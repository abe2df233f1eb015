//! Links between entities found by different extractors.

use super::{Ctx, Found};

pub(crate) fn link(_ctx: &Ctx, _found: &mut [Found]) {}

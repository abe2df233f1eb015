//! The language layer: tokens and sentences of a text.

pub mod sentences;
pub mod tokens;

//! The language layer: tokens, sentences and words of a text.

#[doc(hidden)]
pub mod rdr;
mod memo;
pub mod segscore;
pub mod sentences;
pub mod tokens;
#[doc(hidden)]
pub mod wordfeat;
pub mod words;

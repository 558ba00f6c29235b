//! The session file model (DESIGN.md §2): serde types for version 1, parsing with errors that
//! name the file's line and field, and the migration step between versions. No I/O.

mod answer;
mod ids;
mod model;
mod number;
mod parse;
mod websites;

pub use answer::Answer;
pub use ids::*;
pub use model::*;
pub use number::CertNumber;
pub use parse::{CURRENT_VERSION, NOT_A_TIMESTAMP, ParseError, TAB, TWO_DOCUMENTS, migrate, parse};
pub use websites::drop_unused_websites;

//! The text layer: what every stage reads of a text below names and dates,
//! written once (issue 12 item 1).

pub mod fold;

//! Pieces that several pages use, named after what a person sees.

pub mod error_summary;
pub mod fields;
pub mod frame;
pub mod receipt_status;
pub mod review_header;

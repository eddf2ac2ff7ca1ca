//! The public board: published items with their status and CBP's response, searchable and
//! filterable, with "this matters to us too" support and following by email.
//!
//! Every query here reads only published rows and only their public columns; the original
//! text and contact details are never selected.

pub mod api;
pub mod store;

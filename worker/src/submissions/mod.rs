//! Feedback submissions: `api` is the HTTP adapter, `store` the only SQL that touches them.

pub mod api;
pub mod store;

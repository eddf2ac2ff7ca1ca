//! Feedback submissions: `api` is the HTTP adapter, `store` the only SQL that touches them.

pub mod api;
mod store;

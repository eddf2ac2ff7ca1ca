//! Admin-only routes: reviewer accounts and the audit log.

pub mod api;
mod store;

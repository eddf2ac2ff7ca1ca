//! The reviewer workspace: the queue, one submission, bulk changes and exports.

pub mod api;
mod filter;
pub mod publication;
pub mod store;

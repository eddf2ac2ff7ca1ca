//! Benefit surveys: admins run rounds, partners answer them (with a receipt), a proposal for a
//! new benefit becomes feedback in the triage queue.

pub mod api;
pub mod store;

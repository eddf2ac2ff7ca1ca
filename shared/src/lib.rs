//! The CTPAT Feedback Portal's domain, shared by the browser and the worker.
//!
//! Architecture invariant: this crate has no JS, wasm or I/O dependency. Everything here is a
//! pure function of its inputs (randomness and the clock are passed in), so every rule is tested
//! natively and enforced identically in the browser and in the worker.

pub mod account;
pub mod analytics;
pub mod api;
pub mod attachment;
pub mod axis;
pub mod board;
pub mod code_enum;
pub mod consultation;
pub mod csv;
pub mod feedback;
pub mod i18n;
pub mod json_body;
pub mod language;
pub mod notify;
pub mod publication;
pub mod query;
pub mod queue;
pub mod receipt;
pub mod report;
pub mod similarity;
pub mod stats;
pub mod status;
pub mod survey;
pub mod taxonomy;
pub mod text;
pub mod time;
pub mod totp;
pub mod triage;
pub mod url;
pub mod validation;
pub mod workflow;

//! Validation experience reports: the field offices admins keep, partners' reports (a
//! standardization proposal becomes feedback on validations), and the reviewers' dashboard.

pub mod api;
pub mod store;

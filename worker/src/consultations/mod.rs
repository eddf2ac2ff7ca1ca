//! Consultations: admins publish them, anyone reads them, feedback answers them inside their
//! window, reviewers see a summary of what came in.

pub mod api;
pub mod store;

//! Near-duplicate clusters: placing each new submission (MinHash signature, LSH band lookup in
//! D1, the decision from `shared::similarity`) and the reviewers' cluster actions.

pub mod api;
pub mod store;

//! The dashboards: benefit survey figures and feedback analytics for reviewers, and the public
//! benefit summary. D1 hands over small count tables; the figures are computed in `shared`.

pub mod api;
pub mod store;

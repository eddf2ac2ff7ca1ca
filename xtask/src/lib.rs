//! The portal's automation, as a library so the black-box tests can start servers the same way
//! `cargo xtask` does (the crash test restarts one on the same state).

pub mod accounts;
pub mod assets;
pub mod bench;
pub mod bench_api;
pub mod bench_clusters;
pub mod bench_harness;
pub mod build;
pub mod campaigns;
pub mod demo;
pub mod env;
pub mod fonts;
pub mod http;
pub mod invariants;
pub mod load;
pub mod load_bodies;
pub mod openapi;
pub mod rng;
pub mod run;
pub mod schemathesis;
pub mod split;
pub mod survey_demo;
pub mod tools;
pub mod validation_demo;
pub mod wrangler;

//! The black-box test suite of the CTPAT Feedback Portal.
//!
//! `cargo xtask test` builds the portal, starts `wrangler dev` on a fresh state directory and
//! runs this crate with `PORTAL_URL` (and `PORTAL_STATE_DIR`, `PORTAL_WRANGLER_ENV`) set. Tests
//! that must own a server (crash, rate limit) start their own through `xtask::wrangler`.
//! Everything goes over HTTP or through Chromium: no test reaches into the worker's code.

pub mod app;
pub mod browser;

#[cfg(test)]
mod api_bad_input;
#[cfg(test)]
mod api_board;
#[cfg(test)]
mod api_clusters;
#[cfg(test)]
mod api_consultations;
#[cfg(test)]
mod api_faults;
#[cfg(test)]
mod api_hygiene;
#[cfg(test)]
mod api_languages;
#[cfg(test)]
mod api_review;
#[cfg(test)]
mod api_servers;
#[cfg(test)]
mod api_submissions;
#[cfg(test)]
mod api_surveys;
#[cfg(test)]
mod api_two_step;
#[cfg(test)]
mod api_validations;
#[cfg(test)]
mod browser_clusters;
#[cfg(test)]
mod browser_first_view;
#[cfg(test)]
mod browser_languages;
#[cfg(test)]
mod browser_loop;
#[cfg(test)]
mod browser_pages;
#[cfg(test)]
mod browser_review;
#[cfg(test)]
mod browser_survey;
#[cfg(test)]
mod browser_two_step;
#[cfg(test)]
mod browser_validations;
#[cfg(test)]
mod browser_xss;

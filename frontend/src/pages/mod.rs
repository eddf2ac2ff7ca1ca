//! One module per page, named after what the person sees.

pub mod benefits;
pub mod board;
mod board_filters;
pub mod board_item;
mod board_support;
pub mod check;
pub mod consultation;
pub mod feedback;
pub mod home;
pub mod not_found;
pub mod receipt;
mod receipt_frame;
pub mod report;
pub mod review;
pub mod survey;
mod survey_benefit;
pub mod survey_receipt;
pub mod unfollow;
mod validation_fields;
mod validation_form;
pub mod validation_receipt;
pub mod validation_report;

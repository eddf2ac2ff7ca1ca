//! One module per page, named after what the person sees.

pub mod check;
pub mod feedback;
pub mod home;
pub mod not_found;
pub mod receipt;
pub mod review;

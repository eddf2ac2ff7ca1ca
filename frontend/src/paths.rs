//! The addresses of the portal's pages that other pages link to, in one place: `app::ROUTES`
//! matches the same paths, and a page and the pages that link to it both name them from here
//! (so neither imports the other for an address).

// Public pages.
pub const BENEFITS_PAGE: &str = "/benefits";
pub const BOARD_PAGE: &str = "/board";
pub const VALIDATION_REPORT_PAGE: &str = "/validation-report";

// The reviewer workspace.
pub const QUEUE_PAGE: &str = "/review";
pub const SIGN_IN_PAGE: &str = "/review/sign-in";
pub const CONSULTATIONS_PAGE: &str = "/review/consultations";
pub const OUTBOX_PAGE: &str = "/review/outbox";
pub const SURVEY_ROUNDS_PAGE: &str = "/review/surveys";
pub const TWO_STEP_PAGE: &str = "/review/two-step";
pub const ANALYTICS_PAGE: &str = "/review/analytics";
pub const FEEDBACK_ANALYTICS_PAGE: &str = "/review/analytics/feedback";
pub const VALIDATION_ANALYTICS_PAGE: &str = "/review/analytics/validations";
pub const FIELD_OFFICES_PAGE: &str = "/review/field-offices";

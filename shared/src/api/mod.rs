//! The JSON API's paths and bodies: every type that crosses the wire between the browser, the
//! worker and the tests lives here, so the two ends cannot drift apart.

use serde::{Deserialize, Serialize};

use crate::code_enum;
use crate::feedback::Feedback;
use crate::status::Status;
use crate::taxonomy::{CtpatStatus, EntityType, MscCategory, SubmitterKind, Topic};
use crate::text::FieldError;

pub const HEALTH_PATH: &str = "/api/health";
pub const SUBMISSIONS_PATH: &str = "/api/v1/submissions";
pub const RECEIPTS_PATH: &str = "/api/v1/receipts";
/// Header that makes a POST safe to retry: the same key returns the same receipt.
pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";
pub const IDEMPOTENCY_KEY_MAX: usize = 128;
/// Largest JSON body accepted; a full form at every limit is well under this.
pub const MAX_JSON_BODY_BYTES: usize = 64 * 1024;

/// `GET /api/health`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    pub status: String,
    pub database: String,
}

/// What the submitter sent, echoed on their receipt. Contact details appear here only because
/// this answer goes back to the person who typed them; no other response carries them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubmissionSummary {
    pub submitter_kind: SubmitterKind,
    pub name: Option<String>,
    pub organization: Option<String>,
    pub email: Option<String>,
    pub entity_type: EntityType,
    pub ctpat_status: CtpatStatus,
    pub topic: Topic,
    pub msc_category: Option<MscCategory>,
    pub title: String,
    pub feedback: String,
    pub recommendation: Option<String>,
    pub may_publish: bool,
}

impl From<&Feedback> for SubmissionSummary {
    fn from(f: &Feedback) -> Self {
        SubmissionSummary {
            submitter_kind: f.submitter.kind(),
            name: f.submitter.name().map(str::to_owned),
            organization: f.submitter.organization().map(str::to_owned),
            email: f.submitter.email().map(|e| e.as_str().to_owned()),
            entity_type: f.entity_type,
            ctpat_status: f.ctpat_status,
            topic: f.topic,
            msc_category: f.msc_category,
            title: f.title.clone(),
            feedback: f.body.clone(),
            recommendation: f.recommendation.clone(),
            may_publish: f.may_publish,
        }
    }
}

/// `201` answer to `POST /api/v1/submissions`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubmissionReceipt {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::api::schema::tracking_number))]
    pub tracking_number: String,
    /// RFC 3339, UTC.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub received_at: String,
    pub status: Status,
    pub summary: SubmissionSummary,
}

/// CBP's answer that the submitter (and, once published, the public) may read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicResponse {
    pub text: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub responded_at: String,
}

/// `GET /api/v1/receipts/{tracking_number}`: status only, never contact details or the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReceiptStatus {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::api::schema::tracking_number))]
    pub tracking_number: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub received_at: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub updated_at: String,
    pub status: Status,
    pub topic: Topic,
    pub msc_category: Option<MscCategory>,
    pub title: String,
    pub public_response: Option<PublicResponse>,
    pub consultation: Option<public::ConsultationRef>,
    /// Sent after the consultation closed (it accepts late feedback).
    pub late: bool,
    /// The board item number, while a public version is published.
    pub board_item: Option<i64>,
    /// What happened, oldest first: receipt, status changes, responses, publication.
    pub events: Vec<public::ReceiptEvent>,
    /// Files sent with the feedback (names only: the files themselves go to reviewers).
    pub attachments: Vec<String>,
}

code_enum! {
    /// Machine-readable error kinds; the HTTP status follows from the kind.
    pub enum ErrorCode {
        ValidationFailed = "validation_failed",
        MalformedJson = "malformed_json",
        UnsupportedMediaType = "unsupported_media_type",
        PayloadTooLarge = "payload_too_large",
        NotFound = "not_found",
        MethodNotAllowed = "method_not_allowed",
        RateLimited = "rate_limited",
        IdempotencyKeyReused = "idempotency_key_reused",
        CrossSiteRequest = "cross_site_request",
        /// No valid session: sign in.
        Unauthorized = "unauthorized",
        /// Signed in, but the role does not allow this.
        Forbidden = "forbidden",
        /// Signed in, but an admin requires two-step verification and it is not set up yet.
        TwoStepRequired = "two_step_required",
        /// Wrong email or password (the same answer for both).
        InvalidCredentials = "invalid_credentials",
        /// The filter matches more rows than an export may hold.
        ExportTooLarge = "export_too_large",
        /// The change cannot be made in the current state (a withdrawn submission, say).
        Conflict = "conflict",
        RejectedAsAutomated = "rejected_as_automated",
        Internal = "internal_error",
    }
}

impl ErrorCode {
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::ValidationFailed | ErrorCode::MalformedJson | ErrorCode::RejectedAsAutomated => 400,
            ErrorCode::CrossSiteRequest | ErrorCode::Forbidden | ErrorCode::TwoStepRequired => 403,
            ErrorCode::Unauthorized | ErrorCode::InvalidCredentials => 401,
            ErrorCode::ExportTooLarge => 422,
            ErrorCode::Conflict => 409,
            ErrorCode::NotFound => 404,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::IdempotencyKeyReused => 422,
            ErrorCode::RateLimited => 429,
            ErrorCode::Internal => 500,
        }
    }
}

/// One field's problem as the API reports it. `problem` carries the details (limits, counts) so
/// a client can word the message in its own language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldMessage {
    pub field: String,
    pub code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<crate::text::Problem>,
}

/// The one shape of every error answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldMessage>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ApiError { code, message: message.into(), fields: Vec::new() }
    }

    /// A `validation_failed` error whose messages come from the English catalog.
    pub fn validation(errors: &[FieldError]) -> Self {
        let m = crate::language::Lang::En.messages();
        ApiError {
            code: ErrorCode::ValidationFailed,
            message: m.error_summary_heading.to_owned(),
            fields: errors
                .iter()
                .map(|e| FieldMessage {
                    field: e.field.clone(),
                    code: e.problem.code().to_owned(),
                    message: m.problem_message(&e.field, e.problem),
                    problem: Some(e.problem),
                })
                .collect(),
        }
    }

    /// Rewords the messages in the catalog `m`'s language where the error says enough to (field
    /// problems, and the summary of a validation failure); other messages stay as the server
    /// wrote them. It takes the catalog, not a `Lang`, so the browser need not carry every
    /// language to reword in one.
    pub fn localize(&mut self, m: &crate::i18n::Messages) {
        if self.code == ErrorCode::ValidationFailed {
            self.message = m.error_summary_heading.to_owned();
        }
        for f in &mut self.fields {
            if let Some(p) = f.problem {
                f.message = m.problem_message(&f.field, p);
            }
        }
    }
}

/// Checks an `Idempotency-Key` header value: printable ASCII, 1 to 128 characters.
pub fn valid_idempotency_key(key: &str) -> bool {
    !key.is_empty() && key.len() <= IDEMPOTENCY_KEY_MAX && key.bytes().all(|b| (0x21..=0x7e).contains(&b))
}

pub mod analytics;
pub mod clusters;
pub mod mfa;
#[cfg(feature = "openapi")]
pub mod openapi;
pub mod public;
pub mod review;
pub mod routes;
#[cfg(feature = "openapi")]
pub mod schema;
pub mod validation;

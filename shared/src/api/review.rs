//! The reviewer and admin API: sessions, the queue, one submission, bulk actions, users, the
//! audit log and exports. Every route here needs a session cookie; admin routes need the admin role.

use serde::{Deserialize, Serialize};

use super::public::{ConsultationRef, ConsultationView, EntityCount, SupportCounts};
use crate::attachment::FileKind;
use crate::status::Status;
use crate::taxonomy::{CtpatStatus, EntityType, MscCategory, SubmitterKind, Topic};
use crate::workflow::{Priority, Role};

pub const SESSION_PATH: &str = "/api/v1/session";
pub const QUEUE_PATH: &str = "/api/v1/review/submissions";
pub const BULK_PATH: &str = "/api/v1/review/bulk";
pub const EXPORT_CSV_PATH: &str = "/api/v1/review/export.csv";
pub const EXPORT_JSON_PATH: &str = "/api/v1/review/export.json";
pub const REVIEWERS_PATH: &str = "/api/v1/review/reviewers";
pub const USERS_PATH: &str = "/api/v1/admin/users";
pub const AUDIT_PATH: &str = "/api/v1/admin/audit";
/// `GET /api/v1/review/consultations/{id}`: a consultation's summary.
pub const REVIEW_CONSULTATIONS_PATH: &str = "/api/v1/review/consultations";
/// `GET`: the notification emails queued and sent.
pub const OUTBOX_PATH: &str = "/api/v1/admin/outbox";
/// The session cookie. `__Host-` makes browsers insist on Secure, Path=/ and no Domain.
pub const SESSION_COOKIE: &str = "__Host-ctpat_session";
/// Sessions end after this long without a request…
pub const SESSION_IDLE_MS: i64 = 30 * 60 * 1000;
/// …and this long after sign-in, whatever happens.
pub const SESSION_ABSOLUTE_MS: i64 = 12 * 60 * 60 * 1000;
/// The most rows one export may hold.
pub const EXPORT_MAX_ROWS: usize = 5_000;
pub const NOTE_MAX: usize = 5_000;
pub const RESPONSE_MAX: usize = 5_000;
pub const BULK_MAX: usize = 200;
/// Filtered views count at most this many matching submissions.
pub const COUNT_CAP: u32 = 10_000;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    pub email: String,
    pub password: String,
}

/// A reviewer or admin, as other reviewers see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserRef {
    pub id: i64,
    pub name: String,
    pub email: String,
}

/// `GET /api/v1/session`: who is signed in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionView {
    pub user: UserRef,
    pub role: Role,
    /// Whether this account has two-step verification, and whether it must set it up before
    /// it can do anything else (an admin requires it for everyone).
    pub two_step: super::mfa::TwoStepState,
}

/// One row of the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QueueItem {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::api::schema::tracking_number))]
    pub tracking_number: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub received_at: String,
    pub status: Status,
    pub priority: Priority,
    pub topic: Topic,
    pub msc_category: Option<MscCategory>,
    pub entity_type: EntityType,
    pub ctpat_status: CtpatStatus,
    pub submitter_kind: SubmitterKind,
    pub organization: Option<String>,
    pub title: String,
    pub assignee: Option<UserRef>,
    pub tags: Vec<String>,
    /// Supporters on the public board.
    pub support: u32,
    /// Someone reported it as filed in their name.
    pub flagged: bool,
    /// Sent after its consultation closed.
    pub late: bool,
    /// The language it is written in (`en`, `es`, `fr`).
    pub language: String,
    /// Its near-duplicate cluster (the id of the cluster's first member) and the cluster's size.
    pub cluster: i64,
    pub cluster_size: u64,
    /// False for the few seconds after it arrives, while its language and near-duplicates are
    /// worked out: until then it is shown alone, "being analysed".
    pub analysed: bool,
    pub likely_campaign: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusCount {
    pub status: Status,
    pub count: u32,
}

/// `GET /api/v1/review/submissions?…`: one page of the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QueuePage {
    pub items: Vec<QueueItem>,
    /// Pass as `after` for the next page; `None` on the last page.
    pub next: Option<String>,
    /// Submissions per status under the other filters (the status filter itself ignored).
    pub counts: Vec<StatusCount>,
    /// Submissions matching every filter.
    pub total: u32,
    /// True when a filtered view matched more than `COUNT_CAP` submissions: the counts then stop
    /// at the cap ("10,000+"), which keeps the cost of a page flat as the data grows.
    #[serde(default)]
    pub counts_capped: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Note {
    pub id: i64,
    pub author: UserRef,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub at: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HistoryEntry {
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub at: String,
    pub actor: Option<UserRef>,
    pub field: String,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// `GET /api/v1/review/submissions/{tn}`: everything, contact details included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubmissionDetail {
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::api::schema::tracking_number))]
    pub tracking_number: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub received_at: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub updated_at: String,
    pub status: Status,
    pub allowed_next: Vec<Status>,
    pub priority: Priority,
    pub assignee: Option<UserRef>,
    pub tags: Vec<String>,
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::api::schema::tracking_number_or_null))]
    pub duplicate_of: Option<String>,
    pub summary: super::SubmissionSummary,
    pub public_response: Option<super::PublicResponse>,
    pub notes: Vec<Note>,
    pub history: Vec<HistoryEntry>,
    pub consultation: Option<ConsultationRef>,
    pub late: bool,
    /// The language it is written in (`en`, `es`, `fr`).
    pub language: String,
    pub cluster: i64,
    pub cluster_size: u64,
    /// False while its language and near-duplicates are still being worked out.
    pub analysed: bool,
    pub attachments: Vec<AttachmentInfo>,
    /// The public version, while one is published.
    pub publication: Option<PublicationView>,
    pub support: SupportCounts,
    /// "Filed in my name" reports, newest first.
    pub reports: Vec<ReportView>,
}

/// A file attached to a submission, as reviewers see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttachmentInfo {
    pub id: String,
    pub file_name: String,
    pub kind: FileKind,
    pub size: u64,
    /// Shown on the public board with the item.
    pub published: bool,
}

/// The public version of a submission.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicationView {
    pub board_item: i64,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub published_at: String,
    pub title: String,
    pub feedback: String,
    pub recommendation: Option<String>,
    /// The text differs from what was submitted.
    pub redacted: bool,
}

/// `PUT …/publication`: the text to publish (edited to take out personal or proprietary details;
/// the original is kept) and which attachments to show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct PublicationForm {
    pub title: String,
    pub feedback: String,
    pub recommendation: String,
    pub attachments: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportView {
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub at: String,
    pub name: String,
    pub email: String,
    pub explanation: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TopicCount {
    pub topic: Topic,
    pub count: u32,
}

/// `GET /api/v1/review/consultations/{id}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsultationSummary {
    pub consultation: ConsultationView,
    pub total: u32,
    pub late: u32,
    pub by_status: Vec<StatusCount>,
    pub by_topic: Vec<TopicCount>,
    pub by_entity_type: Vec<EntityCount>,
}

/// One notification email, queued in the same write as the change it reports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutboxEntry {
    pub id: i64,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub sent_at: Option<String>,
    pub attempts: u32,
    pub error: Option<String>,
}

/// `PATCH /api/v1/review/submissions/{tn}`: change any of these; absent fields stay as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct SubmissionUpdate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Required when the status becomes `duplicate`: the tracking number of the original.
    pub duplicate_of: Option<String>,
    pub priority: Option<Priority>,
    /// A user id; `null` (`Some(None)`) unassigns, an absent field leaves the assignee as it is.
    #[serde(with = "double_option", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<i64>))]
    pub assignee: Option<Option<i64>>,
    pub add_tags: Vec<String>,
    pub remove_tags: Vec<String>,
    /// The public response the submitter sees on "Check a receipt"; an empty text removes it.
    pub public_response: Option<String>,
}

/// `POST /api/v1/review/submissions/{tn}/notes`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewNote {
    pub text: String,
}

/// `POST /api/v1/review/bulk`: one change applied to many submissions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BulkUpdate {
    pub tracking_numbers: Vec<String>,
    pub change: SubmissionUpdate,
}

/// The outcome for each submission of a bulk change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BulkResult {
    pub updated: Vec<String>,
    /// Tracking numbers that were left as they were, with why.
    pub skipped: Vec<super::FieldMessage>,
}

/// `GET /api/v1/admin/users` rows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserAccount {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub disabled: bool,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
    /// Two-step verification is set up.
    pub two_step: bool,
}

/// `POST /api/v1/admin/users`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    pub name: String,
    pub email: String,
    pub role: String,
    pub password: String,
}

/// `PATCH /api/v1/admin/users/{id}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields, default)]
pub struct UserChange {
    pub role: Option<Role>,
    pub disabled: Option<bool>,
    /// `true` removes the account's authenticator and recovery codes (a lost phone) and ends
    /// its sessions; it sets up two-step verification again at its next sign-in.
    pub reset_two_step: Option<bool>,
}

/// One line of the append-only audit log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    pub id: i64,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub at: String,
    pub actor: Option<String>,
    pub action: String,
    pub target: Option<String>,
    pub detail: Option<String>,
    pub ip: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    pub next: Option<String>,
}

/// Distinguishes a missing field from an explicit `null` for `Option<Option<T>>`.
mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer, T: Serialize>(value: &Option<Option<T>>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            None => s.serialize_none(),
            Some(inner) => inner.serialize(s),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(d).map(Some)
    }
}

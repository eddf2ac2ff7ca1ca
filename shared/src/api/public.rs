//! The public side of closing the loop: consultations, uploads, the public board, support,
//! following, withdrawing and reporting. Nothing here carries a contact detail or a text a
//! reviewer has not published.

use serde::{Deserialize, Serialize};

use super::PublicResponse;
use crate::attachment::FileKind;
use crate::code_enum;
use crate::consultation::Phase;
use crate::status::Status;
use crate::taxonomy::{EntityType, MscCategory, Topic};

pub const CONSULTATIONS_PATH: &str = "/api/v1/consultations";
pub const ADMIN_CONSULTATIONS_PATH: &str = "/api/v1/admin/consultations";
/// `POST` the raw bytes of one file, its name in the `name` query parameter.
pub const ATTACHMENTS_PATH: &str = "/api/v1/attachments";
pub const BOARD_PATH: &str = "/api/v1/board";
pub const FOLLOWS_PATH: &str = "/api/v1/follows";
pub const REPORTS_PATH: &str = "/api/v1/reports";
pub const OPENAPI_PATH: &str = "/api/v1/openapi.json";
/// Items per board page unless `limit` says otherwise.
pub const BOARD_PAGE: u32 = 20;
pub const REPORT_EXPLANATION_MAX: usize = 2_000;
pub const SUPPORT_ORGANIZATION_MAX: usize = 200;

/// A consultation as anyone may read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsultationView {
    pub id: i64,
    pub title: String,
    pub question: String,
    pub background: Option<String>,
    pub topic: Option<Topic>,
    pub msc_category: Option<MscCategory>,
    /// First and last day, `YYYY-MM-DD`, UTC.
    #[cfg_attr(feature = "openapi", schema(format = Date))]
    pub opens_on: String,
    #[cfg_attr(feature = "openapi", schema(format = Date))]
    pub closes_on: String,
    pub late_allowed: bool,
    pub phase: Phase,
}

/// Enough to name a consultation on another page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsultationRef {
    pub id: i64,
    pub title: String,
}

/// `201` answer to an upload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadedFile {
    pub id: String,
    pub file_name: String,
    pub kind: FileKind,
    pub size: u64,
}

code_enum! {
    /// What happened to a submission, as its submitter may see it on the receipt page.
    pub enum EventKind {
        Received = "received",
        StatusChanged = "status_changed",
        Responded = "responded",
        Published = "published",
        Unpublished = "unpublished",
        Withdrawn = "withdrawn",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReceiptEvent {
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub at: String,
    pub kind: EventKind,
    /// The new status, for status changes.
    pub status: Option<Status>,
}

/// Supporters of one published item, per entity type.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SupportCounts {
    pub total: u32,
    /// Largest first; entity types with no support are left out.
    pub by_entity_type: Vec<EntityCount>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EntityCount {
    pub entity_type: EntityType,
    pub count: u32,
}

/// A file a reviewer published with an item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicAttachment {
    pub id: String,
    pub file_name: String,
    pub kind: FileKind,
    pub size: u64,
}

/// A published item: the public version a reviewer approved, and CBP's answer ("you said, we did").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicItem {
    /// The item number on the board (not the tracking number, which stays the submitter's).
    pub id: i64,
    pub title: String,
    pub feedback: String,
    pub recommendation: Option<String>,
    pub topic: Topic,
    pub msc_category: Option<MscCategory>,
    pub entity_type: EntityType,
    pub status: Status,
    pub consultation: Option<ConsultationRef>,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub received_at: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub published_at: String,
    /// True when the reviewer edited the text before publishing it (personal or proprietary details).
    pub redacted: bool,
    pub public_response: Option<PublicResponse>,
    pub support: SupportCounts,
    pub attachments: Vec<PublicAttachment>,
    /// Near-identical submissions CBP received besides this one (counted, not shown).
    #[serde(default)]
    pub similar: u64,
}

/// `GET /api/v1/board?…`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BoardPage {
    pub items: Vec<PublicItem>,
    /// Pass as `after` for the next page.
    pub next: Option<String>,
}

/// `POST /api/v1/board/{id}/support`: "this matters to us too".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct SupportForm {
    pub entity_type: String,
    pub organization: String,
    /// A random token the browser keeps, so one browser counts once.
    pub supporter: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SupportResult {
    /// False when this browser had already supported the item.
    pub counted: bool,
    pub support: SupportCounts,
}

/// `POST /api/v1/receipts/{tn}/follow` and `POST /api/v1/board/{id}/follow`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct FollowForm {
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Following {
    pub email: String,
}

/// `POST /api/v1/reports`: "this was filed in my name".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ReportForm {
    /// A tracking number or a board item number.
    pub reference: String,
    pub name: String,
    pub email: String,
    pub explanation: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportReceipt {
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub received_at: String,
}

/// `POST /api/v1/receipts/{tn}/withdraw`: the body is empty (`{}`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct WithdrawForm {}

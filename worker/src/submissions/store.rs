//! Every SQL statement about submissions. Parameters are always bound, never formatted in.

use serde::Deserialize;
use shared::api::{PublicResponse, ReceiptStatus, SubmissionReceipt, SubmissionSummary};
use shared::feedback::Feedback;
use shared::receipt::TrackingNumber;
use shared::status::Status;
use shared::taxonomy::{CtpatStatus, EntityType, MscCategory, SubmitterKind, Topic};
use shared::time::Timestamp;
use wasm_bindgen::JsValue;
use worker::D1Database;

use crate::error::AppError;
use crate::sql::{code, opt, text, time};

const COLUMNS: &str = "tracking_number, received_at, updated_at, status, submitter_kind, name, organization, email, \
    entity_type, ctpat_status, topic, msc_category, title, body, recommendation, may_publish, \
    public_response, public_response_at, request_hash";

/// The columns of what a submitter sent, shared by every row type that shows it back.
#[derive(Debug, Deserialize)]
pub struct SummaryColumns {
    submitter_kind: String,
    name: Option<String>,
    organization: Option<String>,
    email: Option<String>,
    entity_type: String,
    ctpat_status: String,
    topic: String,
    msc_category: Option<String>,
    title: String,
    body: String,
    recommendation: Option<String>,
    may_publish: f64,
}

impl SummaryColumns {
    pub fn summary(&self) -> Result<SubmissionSummary, AppError> {
        Ok(SubmissionSummary {
            submitter_kind: code("submitter_kind", &self.submitter_kind, SubmitterKind::from_code)?,
            name: self.name.clone(),
            organization: self.organization.clone(),
            email: self.email.clone(),
            entity_type: code("entity_type", &self.entity_type, EntityType::from_code)?,
            ctpat_status: code("ctpat_status", &self.ctpat_status, CtpatStatus::from_code)?,
            topic: code("topic", &self.topic, Topic::from_code)?,
            msc_category: self
                .msc_category
                .as_deref()
                .map(|c| code("msc_category", c, MscCategory::from_code))
                .transpose()?,
            title: self.title.clone(),
            feedback: self.body.clone(),
            recommendation: self.recommendation.clone(),
            may_publish: self.may_publish != 0.0,
        })
    }
}

/// A submissions row as D1 returns it (numbers arrive as JS numbers, booleans as 0/1).
#[derive(Debug, Deserialize)]
pub struct Row {
    tracking_number: String,
    received_at: f64,
    updated_at: f64,
    status: String,
    #[serde(flatten)]
    columns: SummaryColumns,
    public_response: Option<String>,
    public_response_at: Option<f64>,
    pub request_hash: Option<String>,
}

impl Row {
    pub fn receipt(&self) -> Result<SubmissionReceipt, AppError> {
        Ok(SubmissionReceipt {
            tracking_number: self.tracking_number.clone(),
            received_at: time(self.received_at),
            status: code("status", &self.status, Status::from_code)?,
            summary: self.columns.summary()?,
        })
    }

    /// The public view of a receipt: status and response, no contact details, no text.
    pub fn status(&self) -> Result<ReceiptStatus, AppError> {
        Ok(ReceiptStatus {
            tracking_number: self.tracking_number.clone(),
            received_at: time(self.received_at),
            updated_at: time(self.updated_at),
            status: code("status", &self.status, Status::from_code)?,
            topic: code("topic", &self.columns.topic, Topic::from_code)?,
            msc_category: self
                .columns
                .msc_category
                .as_deref()
                .map(|c| code("msc_category", c, MscCategory::from_code))
                .transpose()?,
            title: self.columns.title.clone(),
            public_response: match (&self.public_response, self.public_response_at) {
                (Some(text), Some(at)) => Some(PublicResponse { text: text.clone(), responded_at: time(at) }),
                _ => None,
            },
        })
    }
}

/// A submission ready to be stored.
pub struct NewSubmission<'a> {
    pub tracking_number: &'a TrackingNumber,
    pub received_at: Timestamp,
    pub feedback: &'a Feedback,
    pub idempotency_key: Option<&'a str>,
    pub request_hash: &'a str,
}

pub struct Store {
    db: D1Database,
}

impl Store {
    pub fn new(db: D1Database) -> Self {
        Store { db }
    }

    /// Inserts; `Ok(false)` when a uniqueness constraint (tracking number or idempotency key)
    /// already holds the value, so the caller can tell a replay from a collision.
    pub async fn insert(&self, s: &NewSubmission<'_>) -> Result<bool, AppError> {
        let f = s.feedback;
        let at = JsValue::from_f64(s.received_at.0 as f64);
        let result = self
            .db
            .prepare(
                "INSERT INTO submissions (tracking_number, received_at, updated_at, status, submitter_kind, name, organization, \
                 email, entity_type, ctpat_status, topic, msc_category, title, body, recommendation, may_publish, \
                 idempotency_key, request_hash) \
                 VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(&[
                text(s.tracking_number.as_str()),
                at,
                text(Status::Received.code()),
                text(f.submitter.kind().code()),
                opt(f.submitter.name()),
                opt(f.submitter.organization()),
                opt(f.submitter.email().map(|e| e.as_str())),
                text(f.entity_type.code()),
                text(f.ctpat_status.code()),
                text(f.topic.code()),
                opt(f.msc_category.map(|c| c.code())),
                text(&f.title),
                text(&f.body),
                opt(f.recommendation.as_deref()),
                JsValue::from_f64(if f.may_publish { 1.0 } else { 0.0 }),
                opt(s.idempotency_key),
                text(s.request_hash),
            ])?
            .run()
            .await?;
        let changes = result.meta()?.and_then(|m| m.changes).unwrap_or(0);
        // Triggers (full-text index) may add to the count: any change means the row went in.
        Ok(changes > 0)
    }

    pub async fn by_idempotency_key(&self, key: &str) -> Result<Option<Row>, AppError> {
        let sql = format!("SELECT {COLUMNS} FROM submissions WHERE idempotency_key = ?1");
        Ok(self.db.prepare(sql).bind(&[text(key)])?.first::<Row>(None).await?)
    }

    pub async fn by_tracking_number(&self, tn: &TrackingNumber) -> Result<Option<Row>, AppError> {
        let sql = format!("SELECT {COLUMNS} FROM submissions WHERE tracking_number = ?1");
        Ok(self.db.prepare(sql).bind(&[text(tn.as_str())])?.first::<Row>(None).await?)
    }
}

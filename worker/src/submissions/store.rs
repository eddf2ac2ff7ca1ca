//! Every SQL statement about submissions. Parameters are always bound, never formatted in.

use serde::Deserialize;
use shared::api::public::{ConsultationRef, EventKind, ReceiptEvent};
use shared::api::{PublicResponse, ReceiptStatus, SubmissionReceipt, SubmissionSummary};
use shared::feedback::Feedback;
use shared::receipt::TrackingNumber;
use shared::status::Status;
use shared::taxonomy::{CtpatStatus, EntityType, MscCategory, SubmitterKind, Topic};
use shared::time::Timestamp;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

use crate::error::AppError;
use crate::sql::{code, num, opt, text, time, Run};

const COLUMNS: &str = "s.id, s.tracking_number, s.received_at, s.updated_at, s.status, s.submitter_kind, s.name, \
    s.organization, s.email, s.entity_type, s.ctpat_status, s.topic, s.msc_category, s.title, s.body, s.recommendation, \
    s.may_publish, s.public_response, s.public_response_at, s.request_hash, s.late, s.published_at, s.public_title, \
    s.consultation_id, c.title AS consultation_title";
const FROM: &str = "submissions s LEFT JOIN consultations c ON c.id = s.consultation_id";

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
    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn may_publish(&self) -> bool {
        self.may_publish != 0.0
    }

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
    pub id: f64,
    pub tracking_number: String,
    received_at: f64,
    updated_at: f64,
    status: String,
    #[serde(flatten)]
    columns: SummaryColumns,
    public_response: Option<String>,
    public_response_at: Option<f64>,
    pub request_hash: Option<String>,
    late: f64,
    pub published_at: Option<f64>,
    pub public_title: Option<String>,
    consultation_id: Option<f64>,
    consultation_title: Option<String>,
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

    pub fn status_code(&self) -> String {
        self.status.clone()
    }

    pub fn current_status(&self) -> Result<Status, AppError> {
        code("status", &self.status, Status::from_code)
    }

    pub fn title(&self) -> &str {
        &self.columns.title
    }

    /// The public view of a receipt: status and response, no contact details, no text.
    pub fn status(&self, events: Vec<ReceiptEvent>, attachments: Vec<String>) -> Result<ReceiptStatus, AppError> {
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
            consultation: match (self.consultation_id, &self.consultation_title) {
                (Some(id), Some(title)) => Some(ConsultationRef { id: id as i64, title: title.clone() }),
                _ => None,
            },
            late: self.late != 0.0,
            board_item: self.published_at.map(|_| self.id as i64),
            events,
            attachments,
        })
    }
}

/// A submission ready to be stored.
pub struct NewSubmission<'a> {
    pub tracking_number: &'a TrackingNumber,
    pub received_at: Timestamp,
    pub feedback: &'a Feedback,
    pub late: bool,
    /// The language the feedback is written in.
    pub language: shared::language::Lang,
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

    /// The insert of a new submission, to run first in the batch that also claims its
    /// attachments and queues its emails (`Target::tracking_number` finds the new row).
    pub fn insert(&self, s: &NewSubmission<'_>) -> Result<D1PreparedStatement, AppError> {
        let f = s.feedback;
        let at = JsValue::from_f64(s.received_at.0 as f64);
        Ok(self
            .db
            .prepare(
                "INSERT INTO submissions (tracking_number, received_at, updated_at, status, submitter_kind, name, organization, \
                 email, entity_type, ctpat_status, topic, msc_category, title, body, recommendation, may_publish, \
                 idempotency_key, request_hash, consultation_id, late, language) \
                 VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
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
                f.consultation.map(num).unwrap_or(JsValue::NULL),
                num(s.late as i64),
                text(s.language.tag()),
            ])?)
    }

    /// Runs the batch that stores a submission. `Ok(false)` when a uniqueness constraint
    /// (tracking number or idempotency key) refused it: nothing of the batch was kept, and the
    /// caller can tell a replay from a collision.
    pub async fn commit(&self, statements: Vec<D1PreparedStatement>) -> Result<bool, AppError> {
        match self.db.batch(statements).await {
            Ok(_) => Ok(true),
            Err(e) if e.to_string().contains("UNIQUE constraint failed: submissions.") => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    pub fn db(&self) -> &D1Database {
        &self.db
    }

    pub async fn by_idempotency_key(&self, key: &str) -> Result<Option<Row>, AppError> {
        let sql = format!("SELECT {COLUMNS} FROM {FROM} WHERE s.idempotency_key = ?1");
        self.db.prepare(sql).bind(&[text(key)])?.row::<Row>().await
    }

    pub async fn by_tracking_number(&self, tn: &TrackingNumber) -> Result<Option<Row>, AppError> {
        let sql = format!("SELECT {COLUMNS} FROM {FROM} WHERE s.tracking_number = ?1");
        self.db.prepare(sql).bind(&[text(tn.as_str())])?.row::<Row>().await
    }
}

/// A submission with what its receipt shows beside it, read in one statement: the history the
/// submitter may see (status changes, responses and publication — assignments, tags, priorities
/// and notes stay internal) and the names of its files, each as a JSON array.
#[derive(Deserialize)]
struct StatusRow {
    #[serde(flatten)]
    row: Row,
    events: String,
    files: String,
}

impl Store {
    /// The row and the public view of its receipt, or `None` for an unknown tracking number.
    pub async fn receipt_status(&self, tn: &TrackingNumber) -> Result<Option<(Row, ReceiptStatus)>, AppError> {
        let sql = format!(
            "SELECT {COLUMNS}, \
             (SELECT json_group_array(json_array(at, field, new_value)) FROM (SELECT at, field, new_value FROM history \
              WHERE submission_id = s.id AND field IN ('status', 'public_response', 'publication') ORDER BY id)) AS events, \
             (SELECT json_group_array(file_name) FROM (SELECT file_name FROM attachments \
              WHERE submission_id = s.id ORDER BY uploaded_at, id)) AS files \
             FROM {FROM} WHERE s.tracking_number = ?1"
        );
        let Some(found) = self.db.prepare(sql).bind(&[text(tn.as_str())])?.row::<StatusRow>().await? else {
            return Ok(None);
        };
        let history: Vec<(f64, String, Option<String>)> = serde_json::from_str(&found.events)
            .map_err(|e| AppError::internal(format!("history of a receipt: {e}")))?;
        let files: Vec<String> =
            serde_json::from_str(&found.files).map_err(|e| AppError::internal(format!("files of a receipt: {e}")))?;
        let status = found.row.status(events(found.row.received_at, history), files)?;
        Ok(Some((found.row, status)))
    }
}

/// The receipt's timeline: received, then each public change in the order it was made.
fn events(received_at: f64, history: Vec<(f64, String, Option<String>)>) -> Vec<ReceiptEvent> {
    let mut events = vec![ReceiptEvent { at: time(received_at), kind: EventKind::Received, status: None }];
    for (at, field, new_value) in history {
        let (kind, status) = match (field.as_str(), new_value.as_deref()) {
            ("status", Some("withdrawn")) => (EventKind::Withdrawn, Some(Status::Withdrawn)),
            ("status", Some(s)) => (EventKind::StatusChanged, Status::from_code(s)),
            ("public_response", Some(_)) => (EventKind::Responded, None),
            ("publication", Some(_)) => (EventKind::Published, None),
            ("publication", None) => (EventKind::Unpublished, None),
            _ => continue,
        };
        events.push(ReceiptEvent { at: time(at), kind, status });
    }
    events
}

/// The submitter's withdrawal: final, and off the public board at once. A repeat changes nothing.
pub fn withdraw(db: &D1Database, id: i64, now: i64) -> Result<D1PreparedStatement, AppError> {
    Ok(db
        .prepare(
            "UPDATE submissions SET status = 'withdrawn', published_at = NULL, updated_at = ?2 \
             WHERE id = ?1 AND status <> 'withdrawn'",
        )
        .bind(&[num(id), num(now)])?)
}

//! Every SQL statement of the reviewer workspace. Parameters are always bound. `queue.rs`: the
//! queue's page, its counts and its export; here: one submission, its changes, notes and history.

mod queue;

pub use queue::{counts, export, queue};

use serde::Deserialize;
use shared::api::review::{HistoryEntry, Note, ReportView, UserRef};
use shared::api::{PublicResponse, SubmissionSummary};
use shared::publication::Publication;
use shared::status::Status;
use shared::triage::{Current, Value};
use shared::workflow::Tag;
use worker::{D1Database, D1PreparedStatement};

use crate::error::AppError;
use crate::sql::{code, num, opt, text, time, Run};
use crate::submissions::store::SummaryColumns;

pub(super) fn user(id: Option<f64>, name: Option<String>, email: Option<String>) -> Option<UserRef> {
    Some(UserRef { id: id? as i64, name: name?, email: email? })
}

/// Everything about one submission.
#[derive(Deserialize)]
pub struct DetailRow {
    pub id: f64,
    pub tracking_number: String,
    pub received_at: f64,
    pub updated_at: f64,
    pub status: String,
    pub priority: f64,
    pub assignee_id: Option<f64>,
    assignee_name: Option<String>,
    assignee_email: Option<String>,
    pub duplicate_of: Option<String>,
    #[serde(flatten)]
    columns: SummaryColumns,
    pub public_response: Option<String>,
    public_response_at: Option<f64>,
    pub consultation_id: Option<f64>,
    pub consultation_title: Option<String>,
    pub late: f64,
    pub published_at: Option<f64>,
    pub public_title: Option<String>,
    pub public_body: Option<String>,
    pub public_recommendation: Option<String>,
    pub redacted: f64,
    pub language: String,
    pub cluster_id: f64,
    pub cluster_size: f64,
    pub analysed: f64,
}

impl DetailRow {
    pub fn title(&self) -> &str {
        self.columns.title()
    }

    pub fn may_publish(&self) -> bool {
        self.columns.may_publish()
    }

    pub fn status(&self) -> Result<Status, AppError> {
        code("status", &self.status, Status::from_code)
    }

    pub fn assignee(&self) -> Option<UserRef> {
        user(self.assignee_id, self.assignee_name.clone(), self.assignee_email.clone())
    }

    pub fn summary(&self) -> Result<SubmissionSummary, AppError> {
        self.columns.summary()
    }

    pub fn public_response(&self) -> Option<PublicResponse> {
        Some(PublicResponse { text: self.public_response.clone()?, responded_at: time(self.public_response_at?) })
    }

    pub fn times(&self) -> (String, String) {
        (time(self.received_at), time(self.updated_at))
    }

    /// The row as a reviewer's change finds it (`shared::triage`).
    pub fn current(&self) -> Result<Current<'_>, AppError> {
        Ok(Current {
            tracking_number: &self.tracking_number,
            status: self.status()?,
            duplicate_of: self.duplicate_of.as_deref(),
            priority_rank: self.priority as i64,
            assignee_email: self.assignee().map(|a| a.email),
            public_response: self.public_response.as_deref(),
        })
    }
}

pub async fn detail(db: &D1Database, tracking_number: &str) -> Result<Option<DetailRow>, AppError> {
    db
        .prepare(
            "SELECT s.id, s.tracking_number, s.received_at, s.updated_at, s.status, s.priority, s.assignee_id, \
             u.name AS assignee_name, u.email AS assignee_email, s.duplicate_of, s.submitter_kind, s.name, s.organization, \
             s.email, s.entity_type, s.ctpat_status, s.topic, s.msc_category, s.title, s.body, s.recommendation, \
             s.may_publish, s.public_response, s.public_response_at, s.consultation_id, c.title AS consultation_title, \
             s.late, s.published_at, s.public_title, s.public_body, s.public_recommendation, s.redacted, s.language, \
             COALESCE(s.cluster_id, s.id) AS cluster_id, COALESCE(cl.size, 1) AS cluster_size, \
             s.analysed_at IS NOT NULL AS analysed \
             FROM submissions s LEFT JOIN users u ON u.id = s.assignee_id LEFT JOIN consultations c ON c.id = s.consultation_id \
             LEFT JOIN clusters cl ON cl.id = s.cluster_id WHERE s.tracking_number = ?1",
        )
        .bind(&[text(tracking_number)])?
        .row::<DetailRow>()
        .await
}

#[derive(Deserialize)]
struct TagRow {
    tag: String,
}

pub async fn tags_of(db: &D1Database, id: i64) -> Result<Vec<String>, AppError> {
    let rows = db
        .prepare("SELECT tag FROM submission_tags WHERE submission_id = ?1 ORDER BY tag")
        .bind(&[num(id)])?
        .rows::<TagRow>()
        .await?;
    Ok(rows.into_iter().map(|r| r.tag).collect())
}

#[derive(Deserialize)]
struct NoteRow {
    id: f64,
    author_id: f64,
    name: String,
    email: String,
    created_at: f64,
    body: String,
}

impl NoteRow {
    fn note(self) -> Note {
        Note {
            id: self.id as i64,
            author: UserRef { id: self.author_id as i64, name: self.name, email: self.email },
            at: time(self.created_at),
            text: self.body,
        }
    }
}

pub async fn notes(db: &D1Database, id: i64) -> Result<Vec<Note>, AppError> {
    let rows = db
        .prepare(
            "SELECT n.id, n.author_id, u.name, u.email, n.created_at, n.body FROM notes n JOIN users u ON u.id = n.author_id \
             WHERE n.submission_id = ?1 ORDER BY n.id",
        )
        .bind(&[num(id)])?
        .rows::<NoteRow>()
        .await?;
    Ok(rows.into_iter().map(NoteRow::note).collect())
}

pub fn insert_note(
    db: &D1Database,
    submission: i64,
    author: i64,
    at: i64,
    body: &str,
) -> Result<D1PreparedStatement, AppError> {
    Ok(db.prepare("INSERT INTO notes (submission_id, author_id, created_at, body) VALUES (?1, ?2, ?3, ?4)").bind(&[
        num(submission),
        num(author),
        num(at),
        text(body),
    ])?)
}

pub async fn last_note(db: &D1Database, submission: i64) -> Result<Option<Note>, AppError> {
    Ok(db
        .prepare(
            "SELECT n.id, n.author_id, u.name, u.email, n.created_at, n.body FROM notes n JOIN users u ON u.id = n.author_id \
             WHERE n.submission_id = ?1 ORDER BY n.id DESC LIMIT 1",
        )
        .bind(&[num(submission)])?
        .row::<NoteRow>()
        .await?
        .map(NoteRow::note))
}

#[derive(Deserialize)]
struct HistoryRow {
    at: f64,
    actor_id: Option<f64>,
    name: Option<String>,
    email: Option<String>,
    field: String,
    old_value: Option<String>,
    new_value: Option<String>,
}

pub async fn history(db: &D1Database, id: i64) -> Result<Vec<HistoryEntry>, AppError> {
    let rows = db
        .prepare(
            "SELECT h.at, h.actor_id, u.name, u.email, h.field, h.old_value, h.new_value FROM history h \
             LEFT JOIN users u ON u.id = h.actor_id WHERE h.submission_id = ?1 ORDER BY h.id",
        )
        .bind(&[num(id)])?
        .rows::<HistoryRow>()
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| HistoryEntry {
            at: time(r.at),
            actor: user(r.actor_id, r.name, r.email),
            field: r.field,
            from: r.old_value,
            to: r.new_value,
        })
        .collect())
}

/// The triage update of a submission's columns. The names come from `shared::triage`'s fixed
/// set, never from input.
pub fn update_columns(
    db: &D1Database,
    id: i64,
    now: i64,
    sets: &[(&str, Value)],
) -> Result<D1PreparedStatement, AppError> {
    let assignments: Vec<String> = sets.iter().enumerate().map(|(i, (col, _))| format!("{col} = ?{}", i + 1)).collect();
    let mut params: Vec<wasm_bindgen::JsValue> = sets
        .iter()
        .map(|(_, v)| match v {
            Value::Text(t) => text(t),
            Value::Number(n) => num(*n),
            Value::Null => wasm_bindgen::JsValue::NULL,
        })
        .collect();
    let n = params.len();
    params.push(num(now));
    params.push(num(id));
    let sql =
        format!("UPDATE submissions SET {}, updated_at = ?{} WHERE id = ?{}", assignments.join(", "), n + 1, n + 2);
    Ok(db.prepare(sql).bind(&params)?)
}

/// Marks a submission changed when only its tags changed.
pub fn touch(db: &D1Database, id: i64, now: i64) -> Result<D1PreparedStatement, AppError> {
    Ok(db.prepare("UPDATE submissions SET updated_at = ?1 WHERE id = ?2").bind(&[num(now), num(id)])?)
}

pub fn add_tag(db: &D1Database, id: i64, tag: &Tag) -> Result<D1PreparedStatement, AppError> {
    Ok(db
        .prepare("INSERT INTO submission_tags (submission_id, tag) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
        .bind(&[num(id), text(tag.as_str())])?)
}

pub fn remove_tag(db: &D1Database, id: i64, tag: &Tag) -> Result<D1PreparedStatement, AppError> {
    Ok(db
        .prepare("DELETE FROM submission_tags WHERE submission_id = ?1 AND tag = ?2")
        .bind(&[num(id), text(tag.as_str())])?)
}

/// Publishes a submission's public version (the first publication keeps its date).
pub fn publish(
    db: &D1Database,
    id: i64,
    now: i64,
    p: &Publication,
    redacted: bool,
) -> Result<D1PreparedStatement, AppError> {
    Ok(db
        .prepare(
            "UPDATE submissions SET published_at = COALESCE(published_at, ?2), public_title = ?3, public_body = ?4, \
             public_recommendation = ?5, redacted = ?6, updated_at = ?2 WHERE id = ?1",
        )
        .bind(&[
            num(id),
            num(now),
            text(&p.title),
            text(&p.feedback),
            opt(p.recommendation.as_deref()),
            num(redacted as i64),
        ])?)
}

/// Takes a submission and its attachments off the public board.
pub fn unpublish(db: &D1Database, id: i64, now: i64) -> Result<Vec<D1PreparedStatement>, AppError> {
    Ok(vec![
        db.prepare("UPDATE submissions SET published_at = NULL, updated_at = ?2 WHERE id = ?1")
            .bind(&[num(id), num(now)])?,
        db.prepare("UPDATE attachments SET published = 0 WHERE submission_id = ?1").bind(&[num(id)])?,
    ])
}

pub fn history_entry(
    db: &D1Database,
    submission: i64,
    actor: Option<i64>,
    at: i64,
    field: &str,
    from: Option<&str>,
    to: Option<&str>,
) -> Result<D1PreparedStatement, AppError> {
    Ok(db
        .prepare("INSERT INTO history (submission_id, actor_id, at, field, old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(&[num(submission), actor.map(num).unwrap_or(wasm_bindgen::JsValue::NULL), num(at), text(field), opt(from), opt(to)])?)
}

#[derive(Deserialize)]
pub struct UserLookup {
    pub id: f64,
    pub name: String,
    pub email: String,
}

/// Active accounts, for the assignee list and to check an assignment.
pub async fn active_users(db: &D1Database) -> Result<Vec<UserRef>, AppError> {
    let rows =
        db.prepare("SELECT id, name, email FROM users WHERE disabled = 0 ORDER BY name").rows::<UserLookup>().await?;
    Ok(rows.into_iter().map(|u| UserRef { id: u.id as i64, name: u.name, email: u.email }).collect())
}

pub async fn exists(db: &D1Database, tracking_number: &str) -> Result<bool, AppError> {
    Ok(db
        .prepare("SELECT 1 AS one FROM submissions WHERE tracking_number = ?1")
        .bind(&[text(tracking_number)])?
        .row::<serde_json::Value>()
        .await?
        .is_some())
}

#[derive(Deserialize)]
struct ReportRow {
    created_at: f64,
    name: String,
    email: String,
    explanation: String,
}

pub async fn reports(db: &D1Database, id: i64) -> Result<Vec<ReportView>, AppError> {
    let rows = db
        .prepare("SELECT created_at, name, email, explanation FROM reports WHERE submission_id = ?1 ORDER BY id DESC")
        .bind(&[num(id)])?
        .rows::<ReportRow>()
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| ReportView { at: time(r.created_at), name: r.name, email: r.email, explanation: r.explanation })
        .collect())
}

//! Every SQL statement about attachments. Parameters are always bound.

use serde::Deserialize;
use shared::api::public::PublicAttachment;
use shared::api::review::AttachmentInfo;
use shared::attachment::{AttachmentId, FileKind};
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

use crate::error::AppError;
use crate::notify::Target;
use crate::sql::{code, num, placeholders, text, Run};

#[derive(Deserialize)]
pub struct Row {
    pub id: String,
    pub file_name: String,
    kind: String,
    size: f64,
    published: f64,
}

impl Row {
    pub fn kind(&self) -> Result<FileKind, AppError> {
        code("file kind", &self.kind, FileKind::from_code)
    }

    pub fn info(&self) -> Result<AttachmentInfo, AppError> {
        Ok(AttachmentInfo {
            id: self.id.clone(),
            file_name: self.file_name.clone(),
            kind: self.kind()?,
            size: self.size as u64,
            published: self.published != 0.0,
        })
    }

    pub fn public(&self) -> Result<PublicAttachment, AppError> {
        Ok(PublicAttachment {
            id: self.id.clone(),
            file_name: self.file_name.clone(),
            kind: self.kind()?,
            size: self.size as u64,
        })
    }
}

pub struct NewUpload<'a> {
    pub id: &'a AttachmentId,
    pub file_name: &'a str,
    pub kind: FileKind,
    pub size: usize,
    pub sha256: &'a str,
    pub at: i64,
}

pub async fn insert(db: &D1Database, u: &NewUpload<'_>) -> Result<(), AppError> {
    db.prepare(
        "INSERT INTO attachments (id, file_name, kind, size, sha256, uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .bind(&[
        text(u.id.as_str()),
        text(u.file_name),
        text(u.kind.code()),
        num(u.size as i64),
        text(u.sha256),
        num(u.at),
    ])?
    .run()
    .await?;
    Ok(())
}

fn ids(list: &[AttachmentId]) -> Vec<JsValue> {
    list.iter().map(|i| text(i.as_str())).collect()
}

/// How many of these uploads exist and belong to no submission yet.
pub async fn count_unclaimed(db: &D1Database, list: &[AttachmentId]) -> Result<usize, AppError> {
    if list.is_empty() {
        return Ok(0);
    }
    let sql = format!(
        "SELECT COUNT(*) AS n FROM attachments WHERE submission_id IS NULL AND id IN ({})",
        placeholders(1, list.len())
    );
    Ok(db.prepare(sql).bind(&ids(list))?.count().await? as usize)
}

/// Gives unclaimed uploads to a submission (inside the batch that inserts it).
pub fn claim(db: &D1Database, target: &Target, list: &[AttachmentId]) -> Result<D1PreparedStatement, AppError> {
    let sql = format!(
        "UPDATE attachments SET submission_id = {} WHERE submission_id IS NULL AND id IN ({})",
        target.sql(),
        placeholders(2, list.len())
    );
    let mut params = vec![target.value()];
    params.extend(ids(list));
    Ok(db.prepare(sql).bind(&params)?)
}

pub async fn of_submission(db: &D1Database, submission: i64) -> Result<Vec<Row>, AppError> {
    db
        .prepare(
            "SELECT id, file_name, kind, size, published FROM attachments WHERE submission_id = ?1 ORDER BY uploaded_at, id",
        )
        .bind(&[num(submission)])?
        .rows::<Row>()
        .await
}

/// Publishes exactly the listed files of a submission (and unpublishes the rest).
pub fn set_published(db: &D1Database, submission: i64, list: &[AttachmentId]) -> Result<D1PreparedStatement, AppError> {
    let sql = if list.is_empty() {
        "UPDATE attachments SET published = 0 WHERE submission_id = ?1".to_owned()
    } else {
        format!(
            "UPDATE attachments SET published = CASE WHEN id IN ({}) THEN 1 ELSE 0 END WHERE submission_id = ?1",
            placeholders(2, list.len())
        )
    };
    let mut params = vec![num(submission)];
    params.extend(ids(list));
    Ok(db.prepare(sql).bind(&params)?)
}

/// One file of one submission; with `public_only`, only if it and its submission are published.
pub async fn find(
    db: &D1Database,
    submission: i64,
    id: &AttachmentId,
    public_only: bool,
) -> Result<Option<Row>, AppError> {
    let sql = if public_only {
        "SELECT a.id, a.file_name, a.kind, a.size, a.published FROM attachments a JOIN submissions s ON s.id = a.submission_id \
         WHERE a.submission_id = ?1 AND a.id = ?2 AND a.published = 1 AND s.published_at IS NOT NULL"
    } else {
        "SELECT id, file_name, kind, size, published FROM attachments WHERE submission_id = ?1 AND id = ?2"
    };
    db.prepare(sql).bind(&[num(submission), text(id.as_str())])?.row::<Row>().await
}

/// Uploads nobody claimed within a day: their rows go, and the caller deletes the objects.
pub async fn stale_unclaimed(db: &D1Database, before: i64) -> Result<Vec<String>, AppError> {
    #[derive(Deserialize)]
    struct Id {
        id: String,
    }
    let rows = db
        .prepare("SELECT id FROM attachments WHERE submission_id IS NULL AND uploaded_at < ?1 LIMIT 100")
        .bind(&[num(before)])?
        .rows::<Id>()
        .await?;
    Ok(rows.into_iter().map(|r| r.id).collect())
}

pub async fn delete_unclaimed(db: &D1Database, id: &str) -> Result<(), AppError> {
    db.prepare("DELETE FROM attachments WHERE id = ?1 AND submission_id IS NULL").bind(&[text(id)])?.run().await?;
    Ok(())
}

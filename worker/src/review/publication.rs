//! Publishing a submission on the public board, and reviewers' downloads of its files.
//!
//! The public version lives in its own columns (`public_title`, `public_body`,
//! `public_recommendation`): the original stays as submitted, and only the public columns ever
//! reach a public page.

use shared::api::review::PublicationForm;
use shared::api::ApiError;
use shared::publication::Publication;
use shared::status::Status;
use shared::text::{FieldError, Problem};
use shared::workflow::Role;
use worker::{Env, Request, Response};

use super::api::{detail_of, load};
use super::store::{self, DetailRow};
use crate::auth::{require, Reviewer};
use crate::error::AppError;
use crate::http::{json, read_json, require_same_origin};
use crate::{attachments, audit, clock};

fn refuse(problem: Problem) -> AppError {
    ApiError::validation(&[FieldError::new("publication", problem)]).into()
}

/// `PUT /api/v1/review/submissions/{tn}/publication`: publish, or update the public version.
pub async fn publish(raw: &str, mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Reviewer).await?;
    let form: PublicationForm = read_json(&mut req).await?;
    let db = env.d1("DB")?;
    let row = load(&db, raw).await?;
    // Only the submitter's permission makes publishing possible, and a withdrawn submission is
    // theirs to have taken back.
    if !row.may_publish() || row.status()? == Status::Withdrawn {
        return Err(refuse(Problem::NotAllowedNow));
    }
    let p = Publication::parse(&form).map_err(|e| AppError::from(ApiError::validation(&e)))?;
    let id = row.id as i64;
    let files = attachments::store::of_submission(&db, id).await?;
    if p.attachments.iter().any(|a| !files.iter().any(|f| f.id == a.as_str())) {
        return Err(ApiError::validation(&[FieldError::new("attachments", Problem::NotFound)]).into());
    }
    let summary = row.summary()?;
    let redacted = p.is_redacted(&summary.title, &summary.feedback, summary.recommendation.as_deref());
    let now = clock::now().0;
    let first = row.published_at.is_none();
    let mut batch =
        vec![store::publish(&db, id, now, &p, redacted)?, attachments::store::set_published(&db, id, &p.attachments)?];
    // The receipt's timeline shows "published" once; later edits are internal history.
    let (field, detail) = if first { ("publication", "published") } else { ("public_version", "updated") };
    batch.push(store::history_entry(&db, id, Some(me.id), now, field, None, Some(detail))?);
    batch.push(audit::entry(
        &db,
        &me.actor(),
        if first { "publish" } else { "update_publication" },
        Some(&row.tracking_number),
        Some(&format!("redacted: {redacted}; attachments published: {}", p.attachments.len())),
    )?);
    db.batch(batch).await?;
    respond(&db, raw).await
}

/// `DELETE /api/v1/review/submissions/{tn}/publication`: off the board; the text is kept.
pub async fn unpublish(raw: &str, req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Reviewer).await?;
    let db = env.d1("DB")?;
    let row = load(&db, raw).await?;
    if row.published_at.is_some() {
        take_down(&db, &me, &row).await?;
    }
    respond(&db, raw).await
}

async fn take_down(db: &worker::D1Database, me: &Reviewer, row: &DetailRow) -> Result<(), AppError> {
    let id = row.id as i64;
    let now = clock::now().0;
    let mut batch = store::unpublish(db, id, now)?;
    batch.push(store::history_entry(db, id, Some(me.id), now, "publication", Some("published"), None)?);
    batch.push(audit::entry(db, &me.actor(), "unpublish", Some(&row.tracking_number), None)?);
    db.batch(batch).await?;
    Ok(())
}

async fn respond(db: &worker::D1Database, raw: &str) -> Result<Response, AppError> {
    let row = load(db, raw).await?;
    json(200, &detail_of(db, &row).await?)
}

/// `GET /api/v1/review/submissions/{tn}/attachments/{id}`: any file of the submission; audited,
/// as the files may hold personal or proprietary details.
pub async fn download(raw: &str, file: &str, req: Request, env: &Env) -> Result<Response, AppError> {
    let me = require(&req, env, Role::Reviewer).await?;
    let db = env.d1("DB")?;
    let row = load(&db, raw).await?;
    let id = attachments::api::parse_id(file)?;
    let found =
        attachments::store::find(&db, row.id as i64, &id, false).await?.ok_or_else(attachments::api::not_found)?;
    audit::record(&db, &me.actor(), "download_attachment", Some(&row.tracking_number), Some(&found.file_name)).await?;
    attachments::api::download(env, &found).await
}

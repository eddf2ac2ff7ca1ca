//! The outbox's and the follows' SQL: statements that callers put in the batch of the change a
//! message reports, and the delivery's claim-and-mark steps.

use serde::Deserialize;
use shared::language::Lang;
use shared::notify::{Email, UNFOLLOW_TOKEN};
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

use super::Audience;
use crate::error::AppError;
use crate::sql::{num, text, Run};

/// `submission` is SQL that yields the submission's id: `?1` bound to the id, or a lookup by
/// tracking number in the batch that inserts the submission.
pub struct Target {
    sql: &'static str,
    value: JsValue,
}

impl Target {
    pub fn id(id: i64) -> Target {
        Target { sql: "?1", value: num(id) }
    }

    pub fn tracking_number(tn: &str) -> Target {
        Target { sql: "(SELECT id FROM submissions WHERE tracking_number = ?1)", value: text(tn) }
    }

    /// The SQL expression, always bound as `?1`.
    pub fn sql(&self) -> &'static str {
        self.sql
    }

    pub fn value(&self) -> JsValue {
        self.value.clone()
    }
}

/// Subscribes an email to a submission's updates; a repeat is a no-op.
pub fn follow(
    db: &D1Database,
    target: &Target,
    email: &str,
    audience: Audience,
    token: &str,
    language: Lang,
    now: i64,
) -> Result<D1PreparedStatement, AppError> {
    let sql = format!(
        "INSERT INTO follows (submission_id, email, audience, unfollow_token, created_at, language) \
         VALUES ({}, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
        target.sql
    );
    Ok(db.prepare(sql).bind(&[
        target.value.clone(),
        text(email),
        text(audience.code()),
        text(token),
        num(now),
        text(language.tag()),
    ])?)
}

/// Ends the follow of this unfollow link: false if there was none (a wrong or spent link).
pub async fn unfollow(db: &D1Database, token: &str) -> Result<bool, AppError> {
    db.prepare("DELETE FROM follows WHERE unfollow_token = ?1").bind(&[text(token)])?.changed().await
}

/// One message to one address whose unfollow token is known.
pub fn to_one(
    db: &D1Database,
    target: &Target,
    recipient: &str,
    email: &Email,
    token: &str,
    now: i64,
) -> Result<D1PreparedStatement, AppError> {
    let sql = format!(
        "INSERT INTO outbox (submission_id, created_at, recipient, subject, body) VALUES ({}, ?2, ?3, ?4, ?5)",
        target.sql
    );
    let body = email.text.replace(UNFOLLOW_TOKEN, token);
    Ok(db.prepare(sql).bind(&[target.value.clone(), num(now), text(recipient), text(&email.subject), text(&body)])?)
}

/// One message to everyone following a submission in an audience, in each follower's language,
/// each with their own unfollow link (SQLite `replace()` fills in each follower's token).
pub fn to_followers(
    db: &D1Database,
    submission: i64,
    audience: Audience,
    compose: impl Fn(Lang) -> Email,
    now: i64,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    Lang::ALL
        .iter()
        .map(|lang| {
            let email = compose(*lang);
            Ok(db
                .prepare(
                    "INSERT INTO outbox (submission_id, created_at, recipient, subject, body) \
                     SELECT ?1, ?2, email, ?3, replace(?4, ?5, unfollow_token) FROM follows \
                     WHERE submission_id = ?1 AND audience = ?6 AND language = ?7",
                )
                .bind(&[
                    num(submission),
                    num(now),
                    text(&email.subject),
                    text(&email.text),
                    text(UNFOLLOW_TOKEN),
                    text(audience.code()),
                    text(lang.tag()),
                ])?)
        })
        .collect()
}

/// A message waiting to be sent.
#[derive(Deserialize)]
pub struct Pending {
    id: f64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    attempts: f64,
}

/// The oldest messages not yet sent that have attempts left.
pub async fn pending(db: &D1Database, max_attempts: i64) -> Result<Vec<Pending>, AppError> {
    db
        .prepare(
            "SELECT id, recipient, subject, body, attempts FROM outbox WHERE sent_at IS NULL AND attempts < ?1 ORDER BY id LIMIT 25",
        )
        .bind(&[num(max_attempts)])?
        .rows::<Pending>()
        .await
}

/// Takes the message for this delivery: false if another delivery has it (its lease started
/// after `lease_cutoff`) or has already counted this attempt.
pub async fn claim(db: &D1Database, m: &Pending, now: i64, lease_cutoff: i64) -> Result<bool, AppError> {
    db.prepare(
        "UPDATE outbox SET attempts = attempts + 1, claimed_at = ?3 WHERE id = ?1 AND attempts = ?2 \
         AND sent_at IS NULL AND (claimed_at IS NULL OR claimed_at < ?4)",
    )
    .bind(&[JsValue::from_f64(m.id), JsValue::from_f64(m.attempts), num(now), num(lease_cutoff)])?
    .changed()
    .await
}

pub async fn mark_sent(db: &D1Database, m: &Pending, now: i64) -> Result<(), AppError> {
    db.prepare("UPDATE outbox SET sent_at = ?2, last_error = NULL WHERE id = ?1")
        .bind(&[JsValue::from_f64(m.id), num(now)])?
        .run()
        .await?;
    Ok(())
}

pub async fn mark_failed(db: &D1Database, m: &Pending, detail: &str) -> Result<(), AppError> {
    db.prepare("UPDATE outbox SET last_error = ?2 WHERE id = ?1")
        .bind(&[JsValue::from_f64(m.id), text(detail)])?
        .run()
        .await?;
    Ok(())
}

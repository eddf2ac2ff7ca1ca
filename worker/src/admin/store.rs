//! Every SQL statement of the admin pages: accounts, the audit log and the outbox. Parameters
//! are always bound.

use serde::Deserialize;
use shared::api::review::{AuditEntry, OutboxEntry, UserAccount};
use shared::workflow::Role;
use worker::{D1Database, D1PreparedStatement};

use crate::error::AppError;
use crate::sql::{num, text, time, Conditions, Run};

/// Whether two-step verification is set up is read, never the secret itself.
const USER_COLUMNS: &str = "id, name, email, role, disabled, created_at, totp_secret IS NOT NULL AS two_step";

/// An account as stored. `email` and `role` stay raw so a change can be described in the audit
/// log without first trusting the stored role.
#[derive(Deserialize)]
pub struct UserRow {
    id: f64,
    name: String,
    pub email: String,
    pub role: String,
    disabled: f64,
    created_at: f64,
    two_step: f64,
}

impl UserRow {
    pub fn account(self) -> Result<UserAccount, AppError> {
        Ok(UserAccount {
            id: self.id as i64,
            name: self.name,
            email: self.email,
            role: Role::from_code(&self.role).ok_or_else(|| AppError::internal("unknown role"))?,
            disabled: self.disabled != 0.0,
            created_at: time(self.created_at),
            two_step: self.two_step != 0.0,
        })
    }
}

pub async fn user(db: &D1Database, id: i64) -> Result<Option<UserRow>, AppError> {
    db.prepare(format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?1")).bind(&[num(id)])?.row().await
}

/// How a new account is read back: the insert reports no id.
pub async fn user_by_email(db: &D1Database, email: &str) -> Result<Option<UserRow>, AppError> {
    db.prepare(format!("SELECT {USER_COLUMNS} FROM users WHERE email = ?1")).bind(&[text(email)])?.row().await
}

/// Active accounts first, so the disabled ones do not crowd the list.
pub async fn users(db: &D1Database) -> Result<Vec<UserRow>, AppError> {
    db.prepare(format!("SELECT {USER_COLUMNS} FROM users ORDER BY disabled, name")).rows().await
}

/// False when an account with this email already exists: the unique constraint decides, so
/// two admins creating the same account at once cannot both succeed.
pub async fn insert_user(
    db: &D1Database,
    email: &str,
    name: &str,
    role: Role,
    password_hash: &str,
    now: i64,
) -> Result<bool, AppError> {
    db.prepare("INSERT INTO users (email, name, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
        .bind(&[text(email), text(name), text(role.code()), text(password_hash), num(now)])?
        .changed()
        .await
}

pub fn set_role(db: &D1Database, id: i64, role: Role) -> Result<D1PreparedStatement, AppError> {
    Ok(db.prepare("UPDATE users SET role = ?1 WHERE id = ?2").bind(&[text(role.code()), num(id)])?)
}

pub fn set_disabled(db: &D1Database, id: i64, disabled: bool) -> Result<D1PreparedStatement, AppError> {
    Ok(db.prepare("UPDATE users SET disabled = ?1 WHERE id = ?2").bind(&[num(i64::from(disabled)), num(id)])?)
}

/// Signs the user out everywhere: a disabled account must not keep the sessions it has.
pub fn end_sessions(db: &D1Database, id: i64) -> Result<D1PreparedStatement, AppError> {
    Ok(db.prepare("DELETE FROM sessions WHERE user_id = ?1").bind(&[num(id)])?)
}

/// One condition of the audit log page, applied in the order the query string gives them.
pub enum AuditFilter {
    /// Case-insensitive, as people type addresses.
    Actor(String),
    Action(String),
    /// Entries older than this id: the cursor of the next page.
    Before(i64),
}

#[derive(Deserialize)]
struct AuditRow {
    id: f64,
    at: f64,
    actor_email: Option<String>,
    action: String,
    target: Option<String>,
    detail: Option<String>,
    ip: Option<String>,
}

/// Newest first, at most `limit`. The conditions are fixed fragments; only their values are
/// bound.
pub async fn audit_entries(
    db: &D1Database,
    filters: &[AuditFilter],
    limit: usize,
) -> Result<Vec<AuditEntry>, AppError> {
    let mut c = Conditions::default();
    c.add("1 = 1");
    for filter in filters {
        match filter {
            AuditFilter::Actor(email) => c.bind("actor_email = ? COLLATE NOCASE", [text(email)]),
            AuditFilter::Action(action) => c.bind("action = ?", [text(action)]),
            AuditFilter::Before(id) => c.bind("id < ?", [num(*id)]),
        }
    }
    let (conditions, mut params) = c.finish();
    params.push(num(limit as i64));
    let sql = format!(
        "SELECT id, at, actor_email, action, target, detail, ip FROM audit_log WHERE {conditions} ORDER BY id DESC LIMIT ?"
    );
    let rows = db.prepare(sql).bind(&params)?.rows::<AuditRow>().await?;
    Ok(rows
        .into_iter()
        .map(|r| AuditEntry {
            id: r.id as i64,
            at: time(r.at),
            actor: r.actor_email,
            action: r.action,
            target: r.target,
            detail: r.detail,
            ip: r.ip,
        })
        .collect())
}

#[derive(Deserialize)]
struct OutboxRow {
    id: f64,
    created_at: f64,
    recipient: String,
    subject: String,
    body: String,
    sent_at: Option<f64>,
    attempts: f64,
    last_error: Option<String>,
}

/// The newest 200 emails, sent or not: enough to see what went out lately and what failed.
pub async fn recent_outbox(db: &D1Database) -> Result<Vec<OutboxEntry>, AppError> {
    let rows = db
        .prepare(
            "SELECT id, created_at, recipient, subject, body, sent_at, attempts, last_error FROM outbox ORDER BY id DESC LIMIT 200",
        )
        .rows::<OutboxRow>()
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| OutboxEntry {
            id: r.id as i64,
            created_at: time(r.created_at),
            recipient: r.recipient,
            subject: r.subject,
            body: r.body,
            sent_at: r.sent_at.map(time),
            attempts: r.attempts as u32,
            error: r.last_error,
        })
        .collect())
}

//! `…/admin/users` and `…/admin/audit`. Every handler requires the admin role.

use serde::Deserialize;
use shared::account::{hashing, Password};
use shared::api::review::{AuditEntry, AuditPage, NewUser, UserAccount, UserChange};
use shared::api::{ApiError, ErrorCode};
use shared::queue::decode_query;
use shared::text::{Email, FieldError, Problem, TextRule};
use shared::time::Timestamp;
use shared::workflow::Role;
use wasm_bindgen::JsValue;
use worker::{D1Database, Env, Request, Response};

use crate::auth::require;
use crate::error::AppError;
use crate::http::{json, read_json, require_same_origin};
use crate::{audit, clock, random};

const NAME_RULE: TextRule = TextRule { required: true, max_chars: 100, single_line: true };
const AUDIT_PAGE: usize = 100;

#[derive(Deserialize)]
struct UserRow {
    id: f64,
    name: String,
    email: String,
    role: String,
    disabled: f64,
    created_at: f64,
    two_step: f64,
}

impl UserRow {
    fn account(self) -> Result<UserAccount, AppError> {
        Ok(UserAccount {
            id: self.id as i64,
            name: self.name,
            email: self.email,
            role: Role::from_code(&self.role).ok_or_else(|| AppError::internal("unknown role"))?,
            disabled: self.disabled != 0.0,
            created_at: Timestamp(self.created_at as i64).to_rfc3339(),
            two_step: self.two_step != 0.0,
        })
    }
}

async fn user(db: &D1Database, id: i64) -> Result<Option<UserRow>, AppError> {
    Ok(db
        .prepare("SELECT id, name, email, role, disabled, created_at, totp_secret IS NOT NULL AS two_step FROM users WHERE id = ?1")
        .bind(&[JsValue::from_f64(id as f64)])?
        .first::<UserRow>(None)
        .await?)
}

/// `GET /api/v1/admin/users`.
pub async fn list(req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Admin).await?;
    let rows = env
        .d1("DB")?
        .prepare("SELECT id, name, email, role, disabled, created_at, totp_secret IS NOT NULL AS two_step FROM users ORDER BY disabled, name")
        .all()
        .await?
        .results::<UserRow>()?;
    json(200, &rows.into_iter().map(UserRow::account).collect::<Result<Vec<_>, _>>()?)
}

/// `POST /api/v1/admin/users`: a new reviewer or admin with a temporary password.
pub async fn create(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Admin).await?;
    let body: NewUser = read_json(&mut req).await?;
    let mut errors = Vec::new();
    let name = NAME_RULE.parse(&body.name).map_err(|p| errors.push(FieldError::new("name", p))).ok().flatten();
    let email = if body.email.trim().is_empty() {
        errors.push(FieldError::new("email", Problem::Required));
        None
    } else {
        Email::parse(&body.email).map_err(|p| errors.push(FieldError::new("email", p))).ok()
    };
    let role = match Role::from_code(body.role.trim()) {
        Some(r) => Some(r),
        None => {
            errors.push(FieldError::new(
                "role",
                if body.role.trim().is_empty() { Problem::Required } else { Problem::UnknownChoice },
            ));
            None
        }
    };
    let password = Password::parse(&body.password).map_err(|p| errors.push(FieldError::new("password", p))).ok();
    let (Some(name), Some(email), Some(role), Some(password), true) = (name, email, role, password, errors.is_empty())
    else {
        return Err(ApiError::validation(&errors).into());
    };
    let hash = hashing::hash(&password, random::bytes::<16>()?);
    let db = env.d1("DB")?;
    let email = email.as_str().to_lowercase();
    let inserted = db
        .prepare("INSERT INTO users (email, name, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
        .bind(&[
            JsValue::from_str(&email),
            JsValue::from_str(&name),
            JsValue::from_str(role.code()),
            JsValue::from_str(&hash),
            JsValue::from_f64(clock::now().0 as f64),
        ])?
        .run()
        .await?;
    if inserted.meta()?.and_then(|m| m.changes).unwrap_or(0) == 0 {
        let mut e = ApiError::validation(&[FieldError::new("email", Problem::NotApplicable)]);
        e.fields[0].message = "An account with this email address already exists.".into();
        return Err(e.into());
    }
    audit::record(&db, &me.actor(), "create_user", Some(&email), Some(role.code())).await?;
    let row = db
        .prepare("SELECT id, name, email, role, disabled, created_at, totp_secret IS NOT NULL AS two_step FROM users WHERE email = ?1")
        .bind(&[JsValue::from_str(&email)])?
        .first::<UserRow>(None)
        .await?
        .ok_or_else(|| AppError::internal("user not found after insert"))?;
    json(201, &row.account()?)
}

/// `PATCH /api/v1/admin/users/{id}`: role, disabled. Disabling ends the user's sessions at once.
pub async fn change(raw_id: &str, mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Admin).await?;
    let body: UserChange = read_json(&mut req).await?;
    let not_found = || AppError::client(ErrorCode::NotFound, "There is no account with that id.");
    let id: i64 = raw_id.parse().map_err(|_| not_found())?;
    let db = env.d1("DB")?;
    let current = user(&db, id).await?.ok_or_else(not_found)?;
    // An admin cannot lock themselves out: someone else must demote or disable them.
    if id == me.id && (body.disabled == Some(true) || body.role == Some(Role::Reviewer)) {
        let field = if body.disabled == Some(true) { "disabled" } else { "role" };
        let mut e = ApiError::validation(&[FieldError::new(field, Problem::NotAllowedNow)]);
        e.fields[0].message = "You cannot disable your own account or remove your own admin role.".into();
        return Err(e.into());
    }
    let mut statements = Vec::new();
    let mut described = Vec::new();
    if let Some(role) = body.role {
        statements.push(
            db.prepare("UPDATE users SET role = ?1 WHERE id = ?2")
                .bind(&[JsValue::from_str(role.code()), JsValue::from_f64(id as f64)])?,
        );
        described.push(format!("role {} -> {}", current.role, role.code()));
    }
    if let Some(disabled) = body.disabled {
        statements.push(
            db.prepare("UPDATE users SET disabled = ?1 WHERE id = ?2")
                .bind(&[JsValue::from_f64(if disabled { 1.0 } else { 0.0 }), JsValue::from_f64(id as f64)])?,
        );
        if disabled {
            statements
                .push(db.prepare("DELETE FROM sessions WHERE user_id = ?1").bind(&[JsValue::from_f64(id as f64)])?);
        }
        described.push(if disabled { "disabled".to_owned() } else { "enabled".to_owned() });
    }
    if body.reset_two_step == Some(true) {
        statements.extend(crate::auth::two_step::reset(&db, id)?);
        described.push("two-step verification reset".to_owned());
    }
    if !statements.is_empty() {
        statements.push(audit::entry(
            &db,
            &me.actor(),
            "change_user",
            Some(&current.email),
            Some(&described.join("; ")),
        )?);
        db.batch(statements).await?;
    }
    json(200, &user(&db, id).await?.ok_or_else(not_found)?.account()?)
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

/// `GET /api/v1/admin/audit?actor=&action=&after=`: newest first, 100 a page.
pub async fn audit_log(req: Request, env: &Env) -> Result<Response, AppError> {
    let me = require(&req, env, Role::Admin).await?;
    let url = req.url()?;
    let mut sql = String::from("SELECT id, at, actor_email, action, target, detail, ip FROM audit_log WHERE 1 = 1");
    let mut params = Vec::new();
    for (k, v) in decode_query(url.query().unwrap_or("")) {
        let v = v.trim().to_owned();
        if v.is_empty() {
            continue;
        }
        match k.as_str() {
            "actor" => {
                sql.push_str(" AND actor_email = ? COLLATE NOCASE");
                params.push(JsValue::from_str(&v));
            }
            "action" => {
                sql.push_str(" AND action = ?");
                params.push(JsValue::from_str(&v));
            }
            "after" => match v.parse::<i64>() {
                Ok(id) => {
                    sql.push_str(" AND id < ?");
                    params.push(JsValue::from_f64(id as f64));
                }
                Err(_) => return Err(ApiError::validation(&[FieldError::new("after", Problem::WrongType)]).into()),
            },
            other => return Err(ApiError::validation(&[FieldError::new(other, Problem::UnknownField)]).into()),
        }
    }
    sql.push_str(" ORDER BY id DESC LIMIT ?");
    params.push(JsValue::from_f64((AUDIT_PAGE + 1) as f64));
    let db = env.d1("DB")?;
    let mut rows = db.prepare(sql).bind(&params)?.all().await?.results::<AuditRow>()?;
    let next = (rows.len() > AUDIT_PAGE).then(|| {
        rows.truncate(AUDIT_PAGE);
        rows.last().map(|r| (r.id as i64).to_string())
    });
    let _ = me;
    let entries = rows
        .into_iter()
        .map(|r| AuditEntry {
            id: r.id as i64,
            at: Timestamp(r.at as i64).to_rfc3339(),
            actor: r.actor_email,
            action: r.action,
            target: r.target,
            detail: r.detail,
            ip: r.ip,
        })
        .collect();
    json(200, &AuditPage { entries, next: next.flatten() })
}

#[derive(serde::Deserialize)]
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

/// `GET /api/v1/admin/outbox`: the newest 200 notification emails, sent or not, so an admin can
/// see what the portal told people and whether delivery failed.
pub async fn outbox(req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Admin).await?;
    let rows = env
        .d1("DB")?
        .prepare(
            "SELECT id, created_at, recipient, subject, body, sent_at, attempts, last_error FROM outbox ORDER BY id DESC LIMIT 200",
        )
        .all()
        .await?
        .results::<OutboxRow>()?;
    let entries: Vec<shared::api::review::OutboxEntry> = rows
        .into_iter()
        .map(|r| shared::api::review::OutboxEntry {
            id: r.id as i64,
            created_at: crate::sql::time(r.created_at),
            recipient: r.recipient,
            subject: r.subject,
            body: r.body,
            sent_at: r.sent_at.map(crate::sql::time),
            attempts: r.attempts as u32,
            error: r.last_error,
        })
        .collect();
    json(200, &entries)
}

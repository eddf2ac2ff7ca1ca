//! `…/admin/users` and `…/admin/audit`. Every handler requires the admin role.

use shared::account::{hashing, NewAccount};
use shared::api::review::{AuditPage, NewUser, UserChange};
use shared::api::{ApiError, ErrorCode};
use shared::text::{FieldError, Problem};
use shared::url::decode_query;
use shared::workflow::Role;
use worker::{Env, Request, Response};

use super::store::{self, AuditFilter, UserRow};
use crate::auth::require;
use crate::error::AppError;
use crate::http::{json, read_json, require_same_origin};
use crate::{audit, clock, random};

const AUDIT_PAGE: usize = 100;

/// `GET /api/v1/admin/users`.
pub async fn list(req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Admin).await?;
    let rows = store::users(&env.d1("DB")?).await?;
    json(200, &rows.into_iter().map(UserRow::account).collect::<Result<Vec<_>, _>>()?)
}

/// `POST /api/v1/admin/users`: a new reviewer or admin with a temporary password.
pub async fn create(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Admin).await?;
    let body: NewUser = read_json(&mut req).await?;
    let NewAccount { name, email, role, password } =
        NewAccount::parse(&body).map_err(|errors| ApiError::validation(&errors))?;
    let hash = hashing::hash(&password, random::bytes::<16>()?);
    let db = env.d1("DB")?;
    let email = email.as_str().to_lowercase();
    if !store::insert_user(&db, &email, &name, role, &hash, clock::now().0).await? {
        let mut e = ApiError::validation(&[FieldError::new("email", Problem::NotApplicable)]);
        e.fields[0].message = "An account with this email address already exists.".into();
        return Err(e.into());
    }
    audit::record(&db, &me.actor(), "create_user", Some(&email), Some(role.code())).await?;
    let row =
        store::user_by_email(&db, &email).await?.ok_or_else(|| AppError::internal("user not found after insert"))?;
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
    let current = store::user(&db, id).await?.ok_or_else(not_found)?;
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
        statements.push(store::set_role(&db, id, role)?);
        described.push(format!("role {} -> {}", current.role, role.code()));
    }
    if let Some(disabled) = body.disabled {
        statements.push(store::set_disabled(&db, id, disabled)?);
        if disabled {
            statements.push(store::end_sessions(&db, id)?);
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
    json(200, &store::user(&db, id).await?.ok_or_else(not_found)?.account()?)
}

/// `GET /api/v1/admin/audit?actor=&action=&after=`: newest first, 100 a page.
pub async fn audit_log(req: Request, env: &Env) -> Result<Response, AppError> {
    let me = require(&req, env, Role::Admin).await?;
    let url = req.url()?;
    let mut filters = Vec::new();
    for (k, v) in decode_query(url.query().unwrap_or("")) {
        let v = v.trim().to_owned();
        if v.is_empty() {
            continue;
        }
        match k.as_str() {
            "actor" => filters.push(AuditFilter::Actor(v)),
            "action" => filters.push(AuditFilter::Action(v)),
            "after" => match v.parse::<i64>() {
                Ok(id) => filters.push(AuditFilter::Before(id)),
                Err(_) => return Err(ApiError::validation(&[FieldError::new("after", Problem::WrongType)]).into()),
            },
            other => return Err(ApiError::validation(&[FieldError::new(other, Problem::UnknownField)]).into()),
        }
    }
    let db = env.d1("DB")?;
    // One more than a page: whether it comes back says if there is a next page.
    let mut entries = store::audit_entries(&db, &filters, AUDIT_PAGE + 1).await?;
    let next = (entries.len() > AUDIT_PAGE).then(|| {
        entries.truncate(AUDIT_PAGE);
        entries.last().map(|e| e.id.to_string())
    });
    let _ = me;
    json(200, &AuditPage { entries, next: next.flatten() })
}

/// `GET /api/v1/admin/outbox`: the newest 200 notification emails, sent or not, so an admin can
/// see what the portal told people and whether delivery failed.
pub async fn outbox(req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Admin).await?;
    let entries = store::recent_outbox(&env.d1("DB")?).await?;
    json(200, &entries)
}

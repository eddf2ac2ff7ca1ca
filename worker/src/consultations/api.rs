//! HTTP handlers for consultations: the public list and page, the admin's create and edit, and
//! the reviewers' summary.

use shared::api::review::ConsultationSummary;
use shared::api::{ApiError, ErrorCode};
use shared::consultation::{Consultation, ConsultationForm};
use shared::workflow::Role;
use worker::{Env, Request, Response};

use super::store;
use crate::auth::require;
use crate::error::AppError;
use crate::http::{json, read_json, require_same_origin};
use crate::{audit, clock};

fn not_found() -> AppError {
    AppError::client(ErrorCode::NotFound, "There is no consultation with that number.")
}

pub fn parse_id(raw: &str) -> Result<i64, AppError> {
    crate::http::positive_id(raw).ok_or_else(not_found)
}

/// `GET /api/v1/consultations`: every consultation, newest opening first.
pub async fn list(env: &Env) -> Result<Response, AppError> {
    let now = clock::now();
    let rows = store::all(&env.d1("DB")?).await?;
    json(200, &rows.iter().map(|r| r.view(now)).collect::<Result<Vec<_>, _>>()?)
}

/// `GET /api/v1/consultations/{id}`.
pub async fn get(raw: &str, env: &Env) -> Result<Response, AppError> {
    let row = store::get(&env.d1("DB")?, parse_id(raw)?).await?.ok_or_else(not_found)?;
    json(200, &row.view(clock::now())?)
}

async fn parse_form(req: &mut Request) -> Result<Consultation, AppError> {
    let form: ConsultationForm = read_json(req).await?;
    Consultation::parse(&form).map_err(|e| ApiError::validation(&e).into())
}

/// `POST /api/v1/admin/consultations`.
pub async fn create(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Admin).await?;
    let consultation = parse_form(&mut req).await?;
    let db = env.d1("DB")?;
    let id = store::insert(&db, &consultation, clock::now().0).await?;
    audit::record(&db, &me.actor(), "create_consultation", Some(&id.to_string()), Some(&consultation.title)).await?;
    let row = store::get(&db, id).await?.ok_or_else(|| AppError::internal("consultation missing after insert"))?;
    json(201, &row.view(clock::now())?)
}

/// `PUT /api/v1/admin/consultations/{id}`.
pub async fn update(raw: &str, mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Admin).await?;
    let id = parse_id(raw)?;
    let consultation = parse_form(&mut req).await?;
    let db = env.d1("DB")?;
    if !store::update(&db, id, &consultation, clock::now().0).await? {
        return Err(not_found());
    }
    audit::record(&db, &me.actor(), "update_consultation", Some(&id.to_string()), Some(&consultation.title)).await?;
    let row = store::get(&db, id).await?.ok_or_else(not_found)?;
    json(200, &row.view(clock::now())?)
}

/// `GET /api/v1/review/consultations/{id}`: counts by status, topic and entity type.
pub async fn summary(raw: &str, req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Reviewer).await?;
    let db = env.d1("DB")?;
    let id = parse_id(raw)?;
    let row = store::get(&db, id).await?.ok_or_else(not_found)?;
    let s = store::summary(&db, id).await?;
    json(
        200,
        &ConsultationSummary {
            consultation: row.view(clock::now())?,
            total: s.total,
            late: s.late,
            by_status: s.by_status,
            by_topic: s.by_topic,
            by_entity_type: s.by_entity_type,
        },
    )
}

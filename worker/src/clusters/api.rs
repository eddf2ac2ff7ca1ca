//! HTTP handlers of the cluster view: read a cluster, confirm it (support moves to the
//! representative), split members off, choose the representative, and answer every member at
//! once (each through the review workflow, so every receipt and follower hears of it).

use shared::api::clusters::{
    likely_campaign, ClusterAnswer, ClusterAnswered, ClusterRepresentative, ClusterSplit, ClusterView,
    CLUSTER_MEMBERS_SHOWN,
};
use shared::api::review::SubmissionUpdate;
use shared::api::{ApiError, ErrorCode, FieldMessage};
use shared::receipt::TrackingNumber;
use shared::text::{FieldError, Problem};
use shared::workflow::Role;
use worker::{Context, D1Database, Env, Request, Response};

use super::store::{self, ClusterRow, Member};
use crate::auth::{require, Reviewer};
use crate::error::AppError;
use crate::http::{json, read_json, require_same_origin};
use crate::sql::time;
use crate::{audit, notify, review};

fn not_found() -> AppError {
    AppError::client(ErrorCode::NotFound, "There is no cluster with that number.")
}

fn parse_id(raw: &str) -> Result<i64, AppError> {
    crate::http::positive_id(raw).ok_or_else(not_found)
}

async fn cluster(db: &D1Database, id: i64) -> Result<ClusterRow, AppError> {
    store::cluster_row(db, id).await?.ok_or_else(not_found)
}

async fn view(db: &D1Database, id: i64) -> Result<ClusterView, AppError> {
    let c = cluster(db, id).await?;
    let rep_id = c.representative_id as i64;
    let representative = store::representative(db, rep_id).await?;
    let members = store::members(db, id, rep_id, CLUSTER_MEMBERS_SHOWN).await?;
    let entity_types = store::entity_type_counts(db, id).await?;
    Ok(ClusterView {
        id: c.id as i64,
        size: c.size as u64,
        first_at: time(c.first_at),
        last_at: time(c.last_at),
        likely_campaign: likely_campaign(c.size as u64, c.first_at as i64, c.last_at as i64),
        confirmed: c.confirmed != 0.0,
        representative,
        members,
        entity_types,
    })
}

/// `GET /api/v1/review/clusters/{id}`.
pub async fn get(raw: &str, req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Reviewer).await?;
    json(200, &view(&env.d1("DB")?, parse_id(raw)?).await?)
}

/// `POST …/{id}/confirm`: one campaign. Support given to any member moves to the
/// representative (one per browser still), so the count on the board is honest.
pub async fn confirm(raw: &str, mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Reviewer).await?;
    let _: serde_json::Value = read_json(&mut req).await?;
    let db = env.d1("DB")?;
    let id = parse_id(raw)?;
    let c = cluster(&db, id).await?;
    let mut batch = store::confirm_statements(&db, id, c.representative_id as i64)?;
    batch.push(audit::entry(
        &db,
        &me.actor(),
        "confirm_cluster",
        Some(&id.to_string()),
        Some(&format!("{} members", c.size)),
    )?);
    db.batch(batch).await?;
    json(200, &view(&db, id).await?)
}

/// A number that does not parse cannot be a member: the same answer as one from elsewhere.
async fn member_of(db: &D1Database, cluster: i64, raw: &str) -> Result<Option<Member>, AppError> {
    let Ok(tn) = TrackingNumber::parse(raw) else { return Ok(None) };
    store::member(db, cluster, tn.as_str()).await
}

/// `POST …/{id}/split`: the members named leave, each its own cluster again.
pub async fn split(raw: &str, mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Reviewer).await?;
    let body: ClusterSplit = read_json(&mut req).await?;
    let db = env.d1("DB")?;
    let id = parse_id(raw)?;
    let c = cluster(&db, id).await?;
    let mut members = Vec::new();
    for tn in &body.tracking_numbers {
        match member_of(&db, id, tn).await? {
            Some(m) if m.id as i64 != c.representative_id as i64 => members.push(m),
            _ => {
                return Err(ApiError::validation(&[FieldError::new("tracking_numbers", Problem::NotAllowedNow)]).into())
            }
        }
    }
    if members.is_empty() {
        return Err(ApiError::validation(&[FieldError::new("tracking_numbers", Problem::Required)]).into());
    }
    let mut batch = store::split_statements(&db, id, &members)?;
    batch.push(audit::entry(
        &db,
        &me.actor(),
        "split_cluster",
        Some(&id.to_string()),
        Some(&format!("{} members", members.len())),
    )?);
    db.batch(batch).await?;
    json(200, &view(&db, id).await?)
}

/// `POST …/{id}/representative`.
pub async fn representative(raw: &str, mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Reviewer).await?;
    let body: ClusterRepresentative = read_json(&mut req).await?;
    let db = env.d1("DB")?;
    let id = parse_id(raw)?;
    cluster(&db, id).await?;
    let m = member_of(&db, id, &body.tracking_number).await?.ok_or_else(|| {
        AppError::from(ApiError::validation(&[FieldError::new("tracking_number", Problem::NotFound)]))
    })?;
    db.batch(vec![
        store::set_representative(&db, id, m.id as i64)?,
        audit::entry(&db, &me.actor(), "cluster_representative", Some(&id.to_string()), Some(&body.tracking_number))?,
    ])
    .await?;
    json(200, &view(&db, id).await?)
}

/// `POST …/{id}/answer`: the same status and public response for every member, each through the
/// workflow (so a move it does not allow skips that member) with its notifications.
pub async fn answer(raw: &str, mut req: Request, env: &Env, ctx: &Context) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me: Reviewer = require(&req, env, Role::Reviewer).await?;
    let body: ClusterAnswer = read_json(&mut req).await?;
    if body.status.is_none() && body.public_response.is_none() {
        return Err(ApiError::validation(&[FieldError::new("status", Problem::Required)]).into());
    }
    let db = env.d1("DB")?;
    let id = parse_id(raw)?;
    cluster(&db, id).await?;
    let members = store::tracking_numbers(&db, id).await?;
    let origin = notify::origin(&req)?;
    let change = SubmissionUpdate {
        status: body.status,
        public_response: body.public_response.clone(),
        ..SubmissionUpdate::default()
    };
    let m = shared::language::Lang::En.messages();
    let known = review::api::Known::look_up(&db, &change).await?;
    let mut result = ClusterAnswered { updated: 0, skipped: Vec::new() };
    for tracking_number in members {
        let row = review::api::load(&db, &tracking_number).await?;
        match known.plan(&row.current()?, &change) {
            Ok(plan) => {
                let statements = review::api::statements(&db, &me, &row, &plan, &origin)?;
                if !statements.is_empty() {
                    db.batch(statements).await?;
                }
                result.updated += 1;
            }
            Err(errors) => {
                let e = &errors[0];
                // A response the rule refuses is refused for every member alike: say so once.
                if e.field == "public_response" {
                    return Err(ApiError::validation(&errors).into());
                }
                result.skipped.push(FieldMessage {
                    field: tracking_number,
                    code: e.problem.code().into(),
                    message: m.problem_message(&e.field, e.problem),
                    problem: Some(e.problem),
                });
            }
        }
    }
    audit::record(
        &db,
        &me.actor(),
        "answer_cluster",
        Some(&id.to_string()),
        Some(&format!("{} updated, {} skipped", result.updated, result.skipped.len())),
    )
    .await?;
    notify::deliver_later(ctx, env);
    json(200, &result)
}

//! HTTP handlers of the cluster view: read a cluster, confirm it (support moves to the
//! representative), split members off, choose the representative, and answer every member at
//! once (each through the review workflow, so every receipt and follower hears of it).

use serde::Deserialize;
use shared::api::clusters::{
    likely_campaign, ClusterAnswer, ClusterAnswered, ClusterMember, ClusterRepresentative, ClusterSplit, ClusterView,
    CLUSTER_MEMBERS_SHOWN,
};
use shared::api::public::EntityCount;
use shared::api::review::SubmissionUpdate;
use shared::api::{ApiError, ErrorCode, FieldMessage};
use shared::receipt::TrackingNumber;
use shared::status::Status;
use shared::taxonomy::EntityType;
use shared::text::{FieldError, Problem};
use shared::workflow::Role;
use worker::{Context, D1Database, Env, Request, Response};

use crate::auth::{require, Reviewer};
use crate::error::AppError;
use crate::http::{json, read_json, require_same_origin};
use crate::sql::{code, num, text, time};
use crate::{audit, notify, review};

fn not_found() -> AppError {
    AppError::client(ErrorCode::NotFound, "There is no cluster with that number.")
}

fn parse_id(raw: &str) -> Result<i64, AppError> {
    crate::http::positive_id(raw).ok_or_else(not_found)
}

#[derive(Deserialize)]
struct ClusterRow {
    id: f64,
    representative_id: f64,
    size: f64,
    first_at: f64,
    last_at: f64,
    confirmed: f64,
}

async fn cluster(db: &D1Database, id: i64) -> Result<ClusterRow, AppError> {
    db.prepare("SELECT id, representative_id, size, first_at, last_at, confirmed FROM clusters WHERE id = ?1")
        .bind(&[num(id)])?
        .first::<ClusterRow>(None)
        .await?
        .ok_or_else(not_found)
}

#[derive(Deserialize)]
struct MemberRow {
    tracking_number: String,
    received_at: f64,
    entity_type: String,
    status: String,
    title: String,
    body: String,
    recommendation: Option<String>,
}

impl MemberRow {
    fn member(self) -> Result<ClusterMember, AppError> {
        Ok(ClusterMember {
            tracking_number: self.tracking_number,
            received_at: time(self.received_at),
            entity_type: code("entity_type", &self.entity_type, EntityType::from_code)?,
            status: code("status", &self.status, Status::from_code)?,
            title: self.title,
            feedback: self.body,
            recommendation: self.recommendation,
        })
    }
}

const MEMBER: &str =
    "SELECT tracking_number, received_at, entity_type, status, title, body, recommendation FROM submissions";

async fn view(db: &D1Database, id: i64) -> Result<ClusterView, AppError> {
    let c = cluster(db, id).await?;
    let rep_id = c.representative_id as i64;
    let representative = db
        .prepare(format!("{MEMBER} WHERE id = ?1"))
        .bind(&[num(rep_id)])?
        .first::<MemberRow>(None)
        .await?
        .ok_or_else(|| AppError::internal("cluster without its representative"))?
        .member()?;
    let members = db
        .prepare(format!("{MEMBER} WHERE cluster_id = ?1 AND id <> ?2 ORDER BY received_at, id LIMIT ?3"))
        .bind(&[num(id), num(rep_id), num(CLUSTER_MEMBERS_SHOWN as i64)])?
        .all()
        .await?
        .results::<MemberRow>()?
        .into_iter()
        .map(MemberRow::member)
        .collect::<Result<Vec<_>, _>>()?;
    #[derive(Deserialize)]
    struct Count {
        entity_type: String,
        n: f64,
    }
    let entity_types = db
        .prepare(
            "SELECT entity_type, COUNT(*) AS n FROM submissions WHERE cluster_id = ?1 GROUP BY entity_type ORDER BY n DESC, entity_type",
        )
        .bind(&[num(id)])?
        .all()
        .await?
        .results::<Count>()?
        .into_iter()
        .map(|r| Ok(EntityCount { entity_type: code("entity_type", &r.entity_type, EntityType::from_code)?, count: r.n as u32 }))
        .collect::<Result<Vec<_>, AppError>>()?;
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
    let rep = num(c.representative_id as i64);
    db.batch(vec![
        db.prepare("UPDATE clusters SET confirmed = 1 WHERE id = ?1").bind(&[num(id)])?,
        db.prepare(
            "UPDATE OR IGNORE supports SET submission_id = ?2 \
             WHERE submission_id IN (SELECT id FROM submissions WHERE cluster_id = ?1 AND id <> ?2)",
        )
        .bind(&[num(id), rep.clone()])?,
        db.prepare("DELETE FROM supports WHERE submission_id IN (SELECT id FROM submissions WHERE cluster_id = ?1 AND id <> ?2)")
            .bind(&[num(id), rep])?,
        db.prepare(
            "UPDATE submissions SET support_count = (SELECT COUNT(*) FROM supports p WHERE p.submission_id = submissions.id) \
             WHERE cluster_id = ?1",
        )
        .bind(&[num(id)])?,
        audit::entry(&db, &me.actor(), "confirm_cluster", Some(&id.to_string()), Some(&format!("{} members", c.size)))?,
    ])
    .await?;
    json(200, &view(&db, id).await?)
}

#[derive(Deserialize)]
struct Member {
    id: f64,
    received_at: f64,
}

async fn member_of(db: &D1Database, cluster: i64, raw: &str) -> Result<Option<Member>, AppError> {
    let Ok(tn) = TrackingNumber::parse(raw) else { return Ok(None) };
    Ok(db
        .prepare("SELECT id, received_at FROM submissions WHERE tracking_number = ?1 AND cluster_id = ?2")
        .bind(&[text(tn.as_str()), num(cluster)])?
        .first::<Member>(None)
        .await?)
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
    let mut batch = Vec::new();
    for m in &members {
        let mid = num(m.id as i64);
        batch
            .push(db.prepare("UPDATE submissions SET cluster_id = id WHERE id = ?1").bind(std::slice::from_ref(&mid))?);
        batch.push(
            db.prepare(
                "INSERT OR REPLACE INTO clusters (id, representative_id, size, first_at, last_at, confirmed) VALUES (?1, ?1, 1, ?2, ?2, 0)",
            )
            .bind(&[mid, num(m.received_at as i64)])?,
        );
    }
    batch.push(
        db.prepare(
            "UPDATE clusters SET size = (SELECT COUNT(*) FROM submissions WHERE cluster_id = ?1), \
             first_at = (SELECT MIN(received_at) FROM submissions WHERE cluster_id = ?1), \
             last_at = (SELECT MAX(received_at) FROM submissions WHERE cluster_id = ?1) WHERE id = ?1",
        )
        .bind(&[num(id)])?,
    );
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
        db.prepare("UPDATE clusters SET representative_id = ?2 WHERE id = ?1").bind(&[num(id), num(m.id as i64)])?,
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
    #[derive(Deserialize)]
    struct Tn {
        tracking_number: String,
    }
    let members = db
        .prepare("SELECT tracking_number FROM submissions WHERE cluster_id = ?1 ORDER BY received_at, id")
        .bind(&[num(id)])?
        .all()
        .await?
        .results::<Tn>()?;
    let origin = notify::origin(&req)?;
    let change = SubmissionUpdate {
        status: body.status,
        public_response: body.public_response.clone(),
        ..SubmissionUpdate::default()
    };
    let m = shared::i18n::Lang::En.messages();
    let mut result = ClusterAnswered { updated: 0, skipped: Vec::new() };
    for member in members {
        let row = review::api::load(&db, &member.tracking_number).await?;
        match review::api::plan(&db, &me, &row, &change, &origin).await? {
            Ok(statements) => {
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
                    field: member.tracking_number,
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

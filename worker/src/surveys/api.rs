//! HTTP handlers of the benefit survey: rounds (public list, admin create and edit), answering
//! a round (idempotent like feedback, rate-limited, honeypot) and reading a survey receipt.

use shared::api::analytics::{SurveyReceipt, SurveyRoundForm};
use shared::api::{ApiError, ErrorCode};
use shared::consultation::Acceptance;
use shared::feedback::{Feedback, Proposer};
use shared::receipt::TrackingNumber;
use shared::survey::{Round, Survey, SurveyForm};
use shared::taxonomy::Topic;
use shared::text::{FieldError, Problem};
use shared::workflow::Role;
use worker::{Context, D1Database, D1PreparedStatement, Env, Request, Response};

use super::store::{self, NewResponse, ResponseRow};
use crate::analysis::{self, Job};
use crate::auth::require;
use crate::error::AppError;
use crate::http::{client_ip, json, rate_limit, read_json, require_same_origin};
use crate::submissions::store::{NewSubmission, Store};
use crate::{audit, clock, random};

fn not_found() -> AppError {
    AppError::client(ErrorCode::NotFound, "There is no survey round with that number.")
}

fn parse_id(raw: &str) -> Result<i64, AppError> {
    crate::http::positive_id(raw).ok_or_else(not_found)
}

/// `GET /api/v1/surveys`: every round, newest first.
pub async fn rounds(env: &Env) -> Result<Response, AppError> {
    let now = clock::now();
    let rows = store::rounds(&env.d1("DB")?).await?;
    json(200, &rows.iter().map(|r| r.view(now)).collect::<Vec<_>>())
}

async fn round_form(req: &mut Request) -> Result<Round, AppError> {
    let form: SurveyRoundForm = read_json(req).await?;
    Round::parse(&form).map_err(|e| ApiError::validation(&e).into())
}

/// `POST /api/v1/admin/surveys`.
pub async fn create_round(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Admin).await?;
    let round = round_form(&mut req).await?;
    let db = env.d1("DB")?;
    let id = store::insert_round(&db, &round, clock::now().0).await?;
    audit::record(&db, &me.actor(), "create_survey_round", Some(&id.to_string()), Some(&round.title)).await?;
    let row = store::round(&db, id).await?.ok_or_else(not_found)?;
    json(201, &row.view(clock::now()))
}

/// `PUT /api/v1/admin/surveys/{id}`.
pub async fn update_round(raw: &str, mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Admin).await?;
    let id = parse_id(raw)?;
    let round = round_form(&mut req).await?;
    let db = env.d1("DB")?;
    if !store::update_round(&db, id, &round, clock::now().0).await? {
        return Err(not_found());
    }
    audit::record(&db, &me.actor(), "update_survey_round", Some(&id.to_string()), Some(&round.title)).await?;
    let row = store::round(&db, id).await?.ok_or_else(not_found)?;
    json(200, &row.view(clock::now()))
}

async fn receipt_of(db: &D1Database, row: &ResponseRow) -> Result<SurveyReceipt, AppError> {
    let round =
        store::round(db, row.round_id as i64).await?.ok_or_else(|| AppError::internal("response without round"))?;
    Ok(SurveyReceipt {
        tracking_number: row.tracking_number.clone(),
        received_at: crate::sql::time(row.received_at),
        round: round.view(clock::now()),
        answered: row.answered as u32,
        proposal_tracking_number: row.proposal_tracking_number.clone(),
    })
}

async fn replay(db: &D1Database, row: &ResponseRow, hash: &str) -> Result<Response, AppError> {
    if row.request_hash != hash {
        return Err(AppError::client(
            ErrorCode::IdempotencyKeyReused,
            "This Idempotency-Key was already used for a different survey response. Use a new key.",
        ));
    }
    let mut response = json(201, &receipt_of(db, row).await?)?;
    response.headers_mut().set("Idempotent-Replayed", "true")?;
    Ok(response)
}

/// The proposal for a new benefit, as feedback on benefits from the same respondent.
fn proposal_feedback(s: &Survey, title: &str, text: &str) -> Result<Feedback, AppError> {
    let from = Proposer {
        name: s.name.as_deref(),
        organization: s.organization.as_deref(),
        email: s.email.as_ref(),
        entity_type: s.entity_type,
        ctpat_status: s.ctpat_status,
    };
    Feedback::proposal(&from, Topic::Benefits, title, text).map_err(|e| {
        let fields: Vec<FieldError> = e
            .into_iter()
            .map(|f| FieldError::new(if f.field == "title" { "proposal_title" } else { "proposal" }, f.problem))
            .collect();
        ApiError::validation(&fields).into()
    })
}

/// `POST /api/v1/surveys/{id}/responses`. Stores the response (and its proposal, as feedback)
/// in one batch, enqueues the proposal's analysis and answers from what was written.
pub async fn respond(raw: &str, mut req: Request, env: &Env, ctx: &Context) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let key = crate::http::idempotency_key(&req)?;
    let form: SurveyForm = read_json(&mut req).await?;
    let db = env.d1("DB")?;
    let hash = crate::http::fingerprint(&form);
    let written = store_new(raw, &req, env, ctx, &form, key.as_deref(), &hash).await;
    // As for feedback: a refusal is read back only to answer a retry of a stored response.
    crate::http::or_replayed(written, key, |k| async move {
        match store::by_idempotency_key(&db, &k).await? {
            Some(row) => replay(&db, &row, &hash).await.map(Some),
            None => Ok(None),
        }
    })
    .await
}

async fn store_new(
    raw: &str,
    req: &Request,
    env: &Env,
    ctx: &Context,
    form: &SurveyForm,
    key: Option<&str>,
    hash: &str,
) -> Result<Response, AppError> {
    rate_limit(env, "SUBMIT_LIMITER", &format!("survey:{}", client_ip(req))).await?;
    let db = &env.d1("DB")?;
    crate::http::refuse_automated(form.looks_automated())?;
    let round = store::round(db, parse_id(raw)?).await?.ok_or_else(not_found)?;
    let survey = Survey::parse(form).map_err(|e| AppError::from(ApiError::validation(&e)))?;
    let now = clock::now();
    if let Acceptance::Refused(_) = round.window().accepts(now) {
        return Err(ApiError::validation(&[FieldError::new("round", Problem::NotAllowedNow)]).into());
    }
    let proposal = survey.proposal.as_ref().map(|(t, p)| proposal_feedback(&survey, t, p)).transpose()?;
    let submissions = Store::new(env.d1("DB")?);
    for _ in 0..3 {
        let tracking_number = TrackingNumber::from_random(random::bytes::<8>()?);
        let proposal_number = TrackingNumber::from_random(random::bytes::<8>()?);
        let mut batch: Vec<D1PreparedStatement> = Vec::new();
        if let Some(f) = &proposal {
            let hash = format!("survey-proposal:{hash}");
            batch.push(submissions.insert(&NewSubmission {
                tracking_number: &proposal_number,
                received_at: now,
                feedback: f,
                late: false,
                // The page's language until the analysis tells the proposal's own.
                language: crate::http::lang(req),
                idempotency_key: None,
                request_hash: &hash,
            })?);
        }
        let response = NewResponse {
            round: round.id as i64,
            tracking_number: tracking_number.as_str(),
            received_at: now.0,
            survey: &survey,
            proposal_tracking_number: proposal.as_ref().map(|_| proposal_number.as_str()),
            idempotency_key: key,
            request_hash: hash,
        };
        batch.extend(store::insert_response(db, &response)?);
        match db.batch(batch).await {
            Ok(_) => {
                if proposal.is_some() {
                    analysis::enqueue_soon(env, ctx, vec![Job::new(proposal_number.as_str(), false)]);
                }
                // Committed: answer from what was written, without reading it back.
                let receipt = SurveyReceipt {
                    tracking_number: tracking_number.to_string(),
                    received_at: now.to_rfc3339(),
                    round: round.view(now),
                    answered: survey.answers.len() as u32,
                    proposal_tracking_number: proposal.as_ref().map(|_| proposal_number.to_string()),
                };
                let mut response = json(201, &receipt)?;
                response.headers_mut().set(
                    "Location",
                    &format!("{}/{}", shared::api::analytics::SURVEY_RECEIPTS_PATH, tracking_number),
                )?;
                return Ok(response);
            }
            Err(e) if e.to_string().contains("UNIQUE constraint failed") => {
                if let Some(k) = key {
                    if let Some(row) = store::by_idempotency_key(db, k).await? {
                        return replay(db, &row, hash).await;
                    }
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
    Err(AppError::internal("could not draw an unused tracking number in 3 tries"))
}

/// `GET /api/v1/survey-receipts/{tracking number}`.
pub async fn receipt(raw: &str, env: &Env) -> Result<Response, AppError> {
    let missing = || AppError::client(ErrorCode::NotFound, "There is no survey response with that tracking number.");
    let tn = TrackingNumber::parse(raw).map_err(|_| missing())?;
    let db = env.d1("DB")?;
    let row = store::by_tracking_number(&db, tn.as_str()).await?.ok_or_else(missing)?;
    json(200, &receipt_of(&db, &row).await?)
}

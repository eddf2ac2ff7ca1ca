//! `POST /api/v1/reports`: "this was filed in my name" (ACUS 2021-1). Anyone may report a
//! submission by its tracking number or its board item number; the report reaches reviewers as
//! a flag on the submission with the reporter's details.

use shared::api::public::{ReportForm, ReportReceipt, REPORT_EXPLANATION_MAX};
use shared::api::ApiError;
use shared::receipt::TrackingNumber;
use shared::text::{Email, FieldError, Problem, TextRule};
use worker::{Env, Request, Response};

use crate::audit::{self, Actor};
use crate::clock;
use crate::error::AppError;
use crate::http::{client_ip, json, rate_limit, read_json, require_same_origin};
use crate::sql::{num, text};

const NAME_RULE: TextRule = TextRule { required: true, max_chars: shared::feedback::NAME_MAX, single_line: true };
const EXPLANATION_RULE: TextRule = TextRule { required: true, max_chars: REPORT_EXPLANATION_MAX, single_line: false };

#[derive(serde::Deserialize)]
struct Found {
    id: f64,
    tracking_number: String,
}

pub async fn create(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let form: ReportForm = read_json(&mut req).await?;
    let mut errors = Vec::new();
    let reference = form.reference.trim();
    if reference.is_empty() {
        errors.push(FieldError::new("reference", Problem::Required));
    }
    let name = NAME_RULE.parse(&form.name).map_err(|p| errors.push(FieldError::new("name", p))).ok().flatten();
    let email = Email::parse(&form.email).map_err(|p| errors.push(FieldError::new("email", p))).ok();
    let explanation = EXPLANATION_RULE
        .parse(&form.explanation)
        .map_err(|p| errors.push(FieldError::new("explanation", p)))
        .ok()
        .flatten();
    let (Some(name), Some(email), Some(explanation), true) = (name, email, explanation, errors.is_empty()) else {
        return Err(ApiError::validation(&errors).into());
    };
    rate_limit(env, "SUPPORT_LIMITER", &format!("report:{}", client_ip(&req))).await?;
    let db = env.d1("DB")?;
    // A board item number finds only published items; a tracking number finds any submission.
    let found = if let Ok(item) = reference.trim_start_matches('#').parse::<i64>() {
        db.prepare("SELECT id, tracking_number FROM submissions WHERE id = ?1 AND published_at IS NOT NULL")
            .bind(&[num(item)])?
            .first::<Found>(None)
            .await?
    } else if let Ok(tn) = TrackingNumber::parse(reference) {
        db.prepare("SELECT id, tracking_number FROM submissions WHERE tracking_number = ?1")
            .bind(&[text(tn.as_str())])?
            .first::<Found>(None)
            .await?
    } else {
        None
    };
    let found = found
        .ok_or_else(|| AppError::from(ApiError::validation(&[FieldError::new("reference", Problem::NotFound)])))?;
    let now = clock::now();
    let ip = client_ip(&req);
    db.batch(vec![
        db.prepare(
            "INSERT INTO reports (submission_id, name, email, explanation, created_at, ip) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )
        .bind(&[num(found.id as i64), text(&name), text(email.as_str()), text(&explanation), num(now.0), text(&ip)])?,
        audit::entry(
            &db,
            &Actor { id: None, email: Some(email.as_str()), ip: &ip },
            "report_submission",
            Some(&found.tracking_number),
            None,
        )?,
    ])
    .await?;
    json(201, &ReportReceipt { received_at: now.to_rfc3339() })
}

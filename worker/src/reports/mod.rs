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

mod store;

const NAME_RULE: TextRule = TextRule { required: true, max_chars: shared::feedback::NAME_MAX, single_line: true };
const EXPLANATION_RULE: TextRule = TextRule { required: true, max_chars: REPORT_EXPLANATION_MAX, single_line: false };

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
        store::published_item(&db, item).await?
    } else if let Ok(tn) = TrackingNumber::parse(reference) {
        store::submission(&db, &tn).await?
    } else {
        None
    };
    let found = found
        .ok_or_else(|| AppError::from(ApiError::validation(&[FieldError::new("reference", Problem::NotFound)])))?;
    let now = clock::now();
    let ip = client_ip(&req);
    let report = store::Report { name: &name, email: email.as_str(), explanation: &explanation, ip: &ip };
    db.batch(vec![
        store::insert(&db, &found, &report, now.0)?,
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

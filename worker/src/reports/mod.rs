//! `POST /api/v1/reports`: "this was filed in my name" (ACUS 2021-1). Anyone may report a
//! submission by its tracking number or its board item number; the report reaches reviewers as
//! a flag on the submission with the reporter's details.

use shared::api::public::{ReportForm, ReportReceipt};
use shared::api::ApiError;
use shared::report::{Reference, Report};
use shared::text::{FieldError, Problem};
use worker::{Env, Request, Response};

use crate::audit::{self, Actor};
use crate::clock;
use crate::error::AppError;
use crate::http::{client_ip, json, rate_limit, read_json, require_same_origin};

mod store;

pub async fn create(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let form: ReportForm = read_json(&mut req).await?;
    let report = Report::parse(&form).map_err(|errors| ApiError::validation(&errors))?;
    rate_limit(env, "SUPPORT_LIMITER", &format!("report:{}", client_ip(&req))).await?;
    let db = env.d1("DB")?;
    let found = match &report.reference {
        Reference::BoardItem(item) => store::published_item(&db, *item).await?,
        Reference::Tracking(tn) => store::submission(&db, tn).await?,
        Reference::Neither => None,
    };
    let found = found
        .ok_or_else(|| AppError::from(ApiError::validation(&[FieldError::new("reference", Problem::NotFound)])))?;
    let now = clock::now();
    let ip = client_ip(&req);
    db.batch(vec![
        store::insert(&db, &found, &report, &ip, now.0)?,
        audit::entry(
            &db,
            &Actor { id: None, email: Some(report.email.as_str()), ip: &ip },
            "report_submission",
            Some(&found.tracking_number),
            None,
        )?,
    ])
    .await?;
    json(201, &ReportReceipt { received_at: now.to_rfc3339() })
}

//! HTTP handlers of validation experience reports.

use shared::api::validation::{FieldOfficeChange, FieldOfficeForm, ValidationGroup, ValidationReceipt};
use shared::api::{ApiError, ErrorCode};
use shared::feedback::{Feedback, Proposer};
use shared::receipt::TrackingNumber;
use shared::stats::Summary;
use shared::taxonomy::Topic;
use shared::text::{FieldError, Problem};
use shared::url::decode_query;
use shared::validation::{dashboard, suppress, Report, ReportForm, ValidationQuery, OFFICE_RULE};
use shared::workflow::Role;
use worker::{Context, D1Database, D1PreparedStatement, Env, Request, Response};

use super::store::{self, NewReport, ReceiptRow};
use crate::analysis::{self, Job};
use crate::auth::require;
use crate::error::AppError;
use crate::http::{client_ip, json, rate_limit, read_json, require_same_origin};
use crate::submissions::store::{NewSubmission, Store};
use crate::{audit, clock, random};

fn invalid(field: &str, p: Problem) -> AppError {
    ApiError::validation(&[FieldError::new(field, p)]).into()
}

/// `GET /api/v1/field-offices`: the active offices, for the form.
pub async fn offices(env: &Env) -> Result<Response, AppError> {
    json(200, &store::offices(&env.d1("DB")?, true).await?)
}

/// `GET /api/v1/admin/field-offices`: every office, retired ones too.
pub async fn all_offices(req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Admin).await?;
    json(200, &store::offices(&env.d1("DB")?, false).await?)
}

/// `POST /api/v1/admin/field-offices`.
pub async fn add_office(mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Admin).await?;
    let form: FieldOfficeForm = read_json(&mut req).await?;
    let name = OFFICE_RULE.parse(&form.name).map_err(|p| invalid("name", p))?.unwrap_or_default();
    let db = env.d1("DB")?;
    let id = store::insert_office(&db, &name, clock::now().0)
        .await?
        .ok_or_else(|| invalid("name", Problem::NotAllowedNow))?;
    audit::record(&db, &me.actor(), "add_field_office", Some(&id.to_string()), Some(&name)).await?;
    json(201, &store::office(&db, id).await?.ok_or_else(|| AppError::internal("office missing after insert"))?)
}

/// `PATCH /api/v1/admin/field-offices/{id}`: rename, retire or restore.
pub async fn change_office(raw: &str, mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Admin).await?;
    let not_found = || AppError::client(ErrorCode::NotFound, "There is no field office with that number.");
    let id = crate::http::positive_id(raw).ok_or_else(not_found)?;
    let change: FieldOfficeChange = read_json(&mut req).await?;
    let name = match &change.name {
        Some(n) => Some(OFFICE_RULE.parse(n).map_err(|p| invalid("name", p))?.unwrap_or_default()),
        None => None,
    };
    let db = env.d1("DB")?;
    store::office(&db, id).await?.ok_or_else(not_found)?;
    if !store::change_office(&db, id, name.as_deref(), change.active).await? {
        return Err(invalid("name", Problem::NotAllowedNow));
    }
    audit::record(&db, &me.actor(), "change_field_office", Some(&id.to_string()), Some(&format!("{change:?}"))).await?;
    json(200, &store::office(&db, id).await?.ok_or_else(not_found)?)
}

fn receipt(row: &ReceiptRow) -> ValidationReceipt {
    ValidationReceipt {
        tracking_number: row.tracking_number.clone(),
        received_at: crate::sql::time(row.received_at),
        proposal_tracking_number: row.proposal_tracking_number.clone(),
    }
}

fn replay(row: &ReceiptRow, hash: &str) -> Result<Response, AppError> {
    if row.request_hash != hash {
        return Err(AppError::client(
            ErrorCode::IdempotencyKeyReused,
            "This Idempotency-Key was already used for a different report. Use a new key.",
        ));
    }
    let mut response = json(201, &receipt(row))?;
    response.headers_mut().set("Idempotent-Replayed", "true")?;
    Ok(response)
}

/// What should be standardized, as feedback on validations from the same person (titled by its
/// first line).
fn proposal(r: &Report, text: &str) -> Result<Feedback, AppError> {
    let from = Proposer {
        name: r.name.as_deref(),
        organization: r.organization.as_deref(),
        email: r.email.as_ref(),
        entity_type: r.entity_type,
        ctpat_status: r.ctpat_status,
    };
    let title: String = text.lines().next().unwrap_or(text).chars().take(120).collect();
    Feedback::proposal(&from, Topic::Validations, &title, text).map_err(|e| {
        let fields: Vec<FieldError> = e.into_iter().map(|f| FieldError::new("standardize", f.problem)).collect();
        ApiError::validation(&fields).into()
    })
}

/// `POST /api/v1/validation-reports`. Stores the report (and its proposal, as feedback) in one
/// batch, enqueues the proposal's analysis and answers from what was written.
pub async fn create(mut req: Request, env: &Env, ctx: &Context) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let key = crate::http::idempotency_key(&req)?;
    let form: ReportForm = read_json(&mut req).await?;
    let db = env.d1("DB")?;
    let hash = crate::http::fingerprint(&form);
    let written = store_new(&req, env, ctx, &db, &form, key.as_deref(), &hash).await;
    // As for feedback: a refusal is read back only to answer a retry of a stored report.
    crate::http::or_replayed(written, key, |k| async move {
        store::receipt_by(&db, "idempotency_key", &k).await?.map(|row| replay(&row, &hash)).transpose()
    })
    .await
}

async fn store_new(
    req: &Request,
    env: &Env,
    ctx: &Context,
    db: &D1Database,
    form: &ReportForm,
    key: Option<&str>,
    hash: &str,
) -> Result<Response, AppError> {
    rate_limit(env, "SUBMIT_LIMITER", &format!("validation:{}", client_ip(req))).await?;
    crate::http::refuse_automated(form.looks_automated())?;
    let now = clock::now();
    let c = now.civil();
    let report =
        Report::parse(form, (c.year as i32, c.month as u8)).map_err(|e| AppError::from(ApiError::validation(&e)))?;
    match store::office(db, report.field_office).await? {
        Some(o) if o.active => {}
        _ => return Err(invalid("field_office", Problem::NotFound)),
    }
    let page_lang = crate::http::lang(req);
    let written_in = report.standardize.as_deref().map(|t| shared::language::detect(t, page_lang)).unwrap_or(page_lang);
    let feedback = report.standardize.as_deref().map(|t| proposal(&report, t)).transpose()?;
    let submissions = Store::new(env.d1("DB")?);
    for _ in 0..3 {
        let tracking_number = TrackingNumber::from_random(random::bytes::<8>()?);
        let proposal_number = TrackingNumber::from_random(random::bytes::<8>()?);
        let mut batch: Vec<D1PreparedStatement> = Vec::new();
        let proposal_hash = format!("validation-proposal:{hash}");
        if let Some(f) = &feedback {
            batch.push(submissions.insert(&NewSubmission {
                tracking_number: &proposal_number,
                received_at: now,
                feedback: f,
                late: false,
                language: written_in,
                idempotency_key: None,
                request_hash: &proposal_hash,
            })?);
        }
        batch.push(store::insert_report(
            db,
            &NewReport {
                tracking_number: tracking_number.as_str(),
                received_at: now.0,
                report: &report,
                proposal_tracking_number: feedback.as_ref().map(|_| proposal_number.as_str()),
                language: written_in.tag(),
                idempotency_key: key,
                request_hash: hash,
            },
        )?);
        match db.batch(batch).await {
            Ok(_) => {
                if feedback.is_some() {
                    analysis::enqueue_soon(env, ctx, vec![Job::new(proposal_number.as_str(), false)]);
                }
                // Committed: answer from what was written, without reading it back.
                return json(
                    201,
                    &ValidationReceipt {
                        tracking_number: tracking_number.to_string(),
                        received_at: now.to_rfc3339(),
                        proposal_tracking_number: feedback.as_ref().map(|_| proposal_number.to_string()),
                    },
                );
            }
            Err(e) if e.to_string().contains("UNIQUE constraint failed") => {
                if let Some(k) = key {
                    if let Some(row) = store::receipt_by(db, "idempotency_key", k).await? {
                        return replay(&row, hash);
                    }
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
    Err(AppError::internal("could not draw an unused tracking number in 3 tries"))
}

/// `GET /api/v1/validation-reports/{tracking number}`.
pub async fn receipt_of(raw: &str, env: &Env) -> Result<Response, AppError> {
    let missing = || AppError::client(ErrorCode::NotFound, "There is no validation report with that tracking number.");
    let tn = TrackingNumber::parse(raw).map_err(|_| missing())?;
    let row = store::receipt_by(&env.d1("DB")?, "tracking_number", tn.as_str()).await?.ok_or_else(missing)?;
    json(200, &receipt(&row))
}

async fn figures(
    req: &Request,
    env: &Env,
) -> Result<(ValidationQuery, shared::api::validation::ValidationDashboard), AppError> {
    let url = req.url()?;
    let q = ValidationQuery::parse(&decode_query(url.query().unwrap_or("")))
        .map_err(|e| AppError::from(ApiError::validation(&e)))?;
    let db = env.d1("DB")?;
    let offices = store::offices(&db, false).await?;
    let rows = store::rows(&db).await?;
    let d = dashboard(&q, offices, &rows);
    Ok((q, d))
}

/// `GET /api/v1/review/analytics/validations`.
pub async fn analytics(req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Reviewer).await?;
    json(200, &figures(&req, env).await?.1)
}

fn cells(s: &Option<Summary>) -> Vec<String> {
    match s {
        Some(s) => vec![
            s.n.to_string(),
            format!("{:.4}", s.mean),
            s.ci_low.map(|x| format!("{x:.4}")).unwrap_or_default(),
            s.ci_high.map(|x| format!("{x:.4}")).unwrap_or_default(),
            format!("{:.4}", s.q1),
            format!("{:.4}", s.median),
            format!("{:.4}", s.q3),
        ],
        None => vec![String::new(); 7],
    }
}

/// `GET /api/v1/review/analytics/validations.csv`: the figures, each group with fewer than five
/// reports withheld — a file leaves the reviewer area.
pub async fn analytics_csv(req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Reviewer).await?;
    let (q, d) = figures(&req, env).await?;
    let filter = q.to_pairs().iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
    let office_name =
        |id: &str| d.offices.iter().find(|o| o.id.to_string() == id).map(|o| o.name.clone()).unwrap_or_default();
    let mut rows = vec![[
        "filter",
        "dimension",
        "group",
        "group_name",
        "reports",
        "figure",
        "n",
        "mean",
        "ci95_low",
        "ci95_high",
        "q1",
        "median",
        "q3",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect::<Vec<_>>()];
    let groups: Vec<&ValidationGroup> = std::iter::once(&d.overall)
        .chain(&d.by_field_office)
        .chain(&d.by_mode)
        .chain(&d.by_entity_type)
        .chain(&d.by_year)
        .collect();
    for g in groups {
        let shown = suppress(g);
        let name = if g.dimension == shared::api::validation::Dimension::FieldOffice {
            office_name(&g.group)
        } else {
            String::new()
        };
        let reports =
            if shown.reports == 0 && g.reports > 0 { "fewer than 5".to_owned() } else { g.reports.to_string() };
        let figures =
            shown.measures.iter().map(|(m, s)| (m.code(), s)).chain(shown.ratings.iter().map(|(r, s)| (r.code(), s)));
        for (figure, s) in figures {
            let mut row = vec![
                filter.clone(),
                g.dimension.code().to_owned(),
                g.group.clone(),
                name.clone(),
                reports.clone(),
                figure.to_owned(),
            ];
            row.extend(cells(s));
            rows.push(row);
        }
    }
    crate::http::csv_download("ctpat-validation-figures", &rows)
}

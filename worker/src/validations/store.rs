//! Every SQL statement about field offices and validation reports. Parameters are always bound.

use serde::Deserialize;
use shared::api::validation::FieldOffice;
use shared::taxonomy::EntityType;
use shared::validation::{Measure, Mode, Rating, Report, ReportRow};
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

use crate::error::AppError;
use crate::sql::{code, num, opt, text, Run};

#[derive(Deserialize)]
struct OfficeRow {
    id: f64,
    name: String,
    active: f64,
}

impl OfficeRow {
    fn office(self) -> FieldOffice {
        FieldOffice { id: self.id as i64, name: self.name, active: self.active != 0.0 }
    }
}

pub async fn offices(db: &D1Database, active_only: bool) -> Result<Vec<FieldOffice>, AppError> {
    let sql = if active_only {
        "SELECT id, name, active FROM field_offices WHERE active = 1 ORDER BY name"
    } else {
        "SELECT id, name, active FROM field_offices ORDER BY name"
    };
    Ok(db.prepare(sql).rows::<OfficeRow>().await?.into_iter().map(OfficeRow::office).collect())
}

pub async fn office(db: &D1Database, id: i64) -> Result<Option<FieldOffice>, AppError> {
    Ok(db
        .prepare("SELECT id, name, active FROM field_offices WHERE id = ?1")
        .bind(&[num(id)])?
        .row::<OfficeRow>()
        .await?
        .map(OfficeRow::office))
}

/// Inserts; `None` when the name is taken.
pub async fn insert_office(db: &D1Database, name: &str, now: i64) -> Result<Option<i64>, AppError> {
    db.prepare("INSERT INTO field_offices (name, created_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING RETURNING id")
        .bind(&[text(name), num(now)])?
        .returned_id()
        .await
}

/// Renames and/or retires; `Ok(false)` when the new name belongs to another office.
pub async fn change_office(
    db: &D1Database,
    id: i64,
    name: Option<&str>,
    active: Option<bool>,
) -> Result<bool, AppError> {
    let result = db
        .prepare("UPDATE field_offices SET name = COALESCE(?2, name), active = COALESCE(?3, active) WHERE id = ?1")
        .bind(&[num(id), opt(name), active.map(|a| num(a as i64)).unwrap_or(JsValue::NULL)])?
        .run()
        .await;
    match result {
        Ok(_) => Ok(true),
        Err(e) if e.to_string().contains("UNIQUE constraint failed") => Ok(false),
        Err(e) => Err(e.into()),
    }
}

pub struct NewReport<'a> {
    pub tracking_number: &'a str,
    pub received_at: i64,
    pub report: &'a Report,
    pub proposal_tracking_number: Option<&'a str>,
    pub language: &'a str,
    pub idempotency_key: Option<&'a str>,
    pub request_hash: &'a str,
}

fn measure(r: &Report, m: Measure) -> JsValue {
    r.measures.iter().find(|(x, _)| *x == m).map(|(_, v)| num(i64::from(*v))).unwrap_or(JsValue::NULL)
}

fn rating(r: &Report, k: Rating) -> JsValue {
    r.ratings.iter().find(|(x, _)| *x == k).map(|(_, v)| num(i64::from(*v))).unwrap_or(JsValue::NULL)
}

pub fn insert_report(db: &D1Database, n: &NewReport<'_>) -> Result<D1PreparedStatement, AppError> {
    let r = n.report;
    Ok(db
        .prepare(
            "INSERT INTO validation_reports (tracking_number, received_at, year, month, kind, entity_type, ctpat_status, mode, \
             field_office_id, days_notice_to_visit, days_on_site, weeks_to_report, recommendations, required_actions, clarity, \
             consistency_with_criteria, consistency_with_earlier, usefulness, standardize, name, organization, email, \
             proposal_tracking_number, language, idempotency_key, request_hash) VALUES \
             (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)",
        )
        .bind(&[
            text(n.tracking_number),
            num(n.received_at),
            num(i64::from(r.year)),
            num(i64::from(r.month)),
            text(r.kind.code()),
            text(r.entity_type.code()),
            text(r.ctpat_status.code()),
            text(r.mode.code()),
            num(r.field_office),
            measure(r, Measure::DaysNoticeToVisit),
            measure(r, Measure::DaysOnSite),
            measure(r, Measure::WeeksToReport),
            measure(r, Measure::Recommendations),
            measure(r, Measure::RequiredActions),
            rating(r, Rating::Clarity),
            rating(r, Rating::ConsistencyWithCriteria),
            rating(r, Rating::ConsistencyWithEarlier),
            rating(r, Rating::Usefulness),
            opt(r.standardize.as_deref()),
            opt(r.name.as_deref()),
            opt(r.organization.as_deref()),
            opt(r.email.as_ref().map(|e| e.as_str())),
            opt(n.proposal_tracking_number),
            text(n.language),
            opt(n.idempotency_key),
            text(n.request_hash),
        ])?)
}

#[derive(Deserialize)]
pub struct ReceiptRow {
    pub tracking_number: String,
    pub received_at: f64,
    pub proposal_tracking_number: Option<String>,
    pub request_hash: String,
}

pub async fn receipt_by(db: &D1Database, column: &'static str, value: &str) -> Result<Option<ReceiptRow>, AppError> {
    // `column` is `tracking_number` or `idempotency_key`, fixed by the caller.
    let sql = format!(
        "SELECT tracking_number, received_at, proposal_tracking_number, request_hash FROM validation_reports WHERE {column} = ?1"
    );
    db.prepare(sql).bind(&[text(value)])?.row::<ReceiptRow>().await
}

#[derive(Deserialize)]
struct Stored {
    field_office_id: f64,
    mode: String,
    entity_type: String,
    year: f64,
    days_notice_to_visit: f64,
    days_on_site: f64,
    weeks_to_report: f64,
    recommendations: f64,
    required_actions: f64,
    clarity: f64,
    consistency_with_criteria: f64,
    consistency_with_earlier: Option<f64>,
    usefulness: f64,
}

/// Every report's figures (reports number in the thousands a year: read whole, summarised in
/// `shared::validation::dashboard`).
pub async fn rows(db: &D1Database) -> Result<Vec<ReportRow>, AppError> {
    let stored = db
        .prepare(
            "SELECT field_office_id, mode, entity_type, year, days_notice_to_visit, days_on_site, weeks_to_report, \
             recommendations, required_actions, clarity, consistency_with_criteria, consistency_with_earlier, usefulness \
             FROM validation_reports",
        )
        .rows::<Stored>()
        .await?;
    stored
        .into_iter()
        .map(|s| {
            let mut ratings = vec![
                (Rating::Clarity, s.clarity as u8),
                (Rating::ConsistencyWithCriteria, s.consistency_with_criteria as u8),
                (Rating::Usefulness, s.usefulness as u8),
            ];
            if let Some(e) = s.consistency_with_earlier {
                ratings.push((Rating::ConsistencyWithEarlier, e as u8));
            }
            Ok(ReportRow {
                field_office: s.field_office_id as i64,
                mode: code("mode", &s.mode, Mode::from_code)?,
                entity_type: code("entity_type", &s.entity_type, EntityType::from_code)?,
                year: s.year as i32,
                measures: vec![
                    (Measure::DaysNoticeToVisit, s.days_notice_to_visit as u32),
                    (Measure::DaysOnSite, s.days_on_site as u32),
                    (Measure::WeeksToReport, s.weeks_to_report as u32),
                    (Measure::Recommendations, s.recommendations as u32),
                    (Measure::RequiredActions, s.required_actions as u32),
                ],
                ratings,
            })
        })
        .collect()
}

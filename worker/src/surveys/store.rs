//! Every SQL statement about survey rounds and responses. Parameters are always bound.

use serde::Deserialize;
use shared::api::analytics::SurveyRound;
use shared::consultation::Window;
use shared::survey::{Metric, Round, Survey};
use shared::time::Timestamp;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

use crate::error::AppError;
use crate::sql::{num, opt, text, Run};

#[derive(Deserialize)]
pub struct RoundRow {
    pub id: f64,
    pub title: String,
    opens_at: f64,
    closes_at: f64,
}

impl RoundRow {
    pub fn window(&self) -> Window {
        Window {
            opens_at: Timestamp(self.opens_at as i64),
            closes_at: Timestamp(self.closes_at as i64),
            late_allowed: false,
        }
    }

    pub fn view(&self, now: Timestamp) -> SurveyRound {
        let w = self.window();
        SurveyRound {
            id: self.id as i64,
            title: self.title.clone(),
            opens_on: w.opens_on(),
            closes_on: w.closes_on(),
            phase: w.phase(now),
        }
    }
}

pub async fn rounds(db: &D1Database) -> Result<Vec<RoundRow>, AppError> {
    db.prepare("SELECT id, title, opens_at, closes_at FROM survey_rounds ORDER BY opens_at DESC, id DESC")
        .rows::<RoundRow>()
        .await
}

pub async fn round(db: &D1Database, id: i64) -> Result<Option<RoundRow>, AppError> {
    db.prepare("SELECT id, title, opens_at, closes_at FROM survey_rounds WHERE id = ?1")
        .bind(&[num(id)])?
        .row::<RoundRow>()
        .await
}

pub async fn insert_round(db: &D1Database, r: &Round, now: i64) -> Result<i64, AppError> {
    db
        .prepare(
            "INSERT INTO survey_rounds (title, opens_at, closes_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4) RETURNING id",
        )
        .bind(&[text(&r.title), num(r.window.opens_at.0), num(r.window.closes_at.0), num(now)])?
        .returned_id()
        .await?
        .ok_or_else(|| AppError::internal("insert returned no id"))
}

pub async fn update_round(db: &D1Database, id: i64, r: &Round, now: i64) -> Result<bool, AppError> {
    db.prepare("UPDATE survey_rounds SET title = ?1, opens_at = ?2, closes_at = ?3, updated_at = ?4 WHERE id = ?5")
        .bind(&[text(&r.title), num(r.window.opens_at.0), num(r.window.closes_at.0), num(now), num(id)])?
        .changed()
        .await
}

pub struct NewResponse<'a> {
    pub round: i64,
    pub tracking_number: &'a str,
    pub received_at: i64,
    pub survey: &'a Survey,
    pub proposal_tracking_number: Option<&'a str>,
    pub idempotency_key: Option<&'a str>,
    pub request_hash: &'a str,
}

/// The response row and one row per answer, for one batch (the answers find the response by
/// its tracking number; triggers keep the dashboards' counts).
pub fn insert_response(db: &D1Database, r: &NewResponse<'_>) -> Result<Vec<D1PreparedStatement>, AppError> {
    let s = r.survey;
    let mut out = vec![db
        .prepare(
            "INSERT INTO survey_responses (round_id, tracking_number, received_at, entity_type, ctpat_status, trade_compliance, \
             name, organization, email, proposal_tracking_number, idempotency_key, request_hash) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )
        .bind(&[
            num(r.round),
            text(r.tracking_number),
            num(r.received_at),
            text(s.entity_type.code()),
            text(s.ctpat_status.code()),
            num(s.trade_compliance as i64),
            opt(s.name.as_deref()),
            opt(s.organization.as_deref()),
            opt(s.email.as_ref().map(|e| e.as_str())),
            opt(r.proposal_tracking_number),
            opt(r.idempotency_key),
            text(r.request_hash),
        ])?];
    for a in &s.answers {
        let metric = |m: Metric| {
            a.metrics.iter().find(|(x, _)| *x == m).map(|(_, v)| JsValue::from_f64(*v)).unwrap_or(JsValue::NULL)
        };
        out.push(
            db.prepare(
                "INSERT INTO survey_answers (response_id, benefit, used, value, exam_rate_change, hours_saved, cost_saved, \
                 wait_saved, comment) SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 FROM survey_responses WHERE tracking_number = ?1",
            )
            .bind(&[
                text(r.tracking_number),
                text(a.benefit.code()),
                text(a.used.code()),
                a.value.map(|v| num(v.into())).unwrap_or(JsValue::NULL),
                metric(Metric::ExamRateChange),
                metric(Metric::HoursSavedPerMonth),
                metric(Metric::CostSavedPerYear),
                metric(Metric::WaitSavedPerCrossing),
                opt(a.comment.as_deref()),
            ])?,
        );
    }
    Ok(out)
}

#[derive(Deserialize)]
pub struct ResponseRow {
    pub tracking_number: String,
    pub received_at: f64,
    pub round_id: f64,
    pub proposal_tracking_number: Option<String>,
    pub request_hash: String,
    pub answered: f64,
}

const RESPONSE: &str =
    "SELECT r.tracking_number, r.received_at, r.round_id, r.proposal_tracking_number, r.request_hash, \
     (SELECT COUNT(*) FROM survey_answers a WHERE a.response_id = r.id) AS answered FROM survey_responses r";

pub async fn by_tracking_number(db: &D1Database, tn: &str) -> Result<Option<ResponseRow>, AppError> {
    db.prepare(format!("{RESPONSE} WHERE r.tracking_number = ?1")).bind(&[text(tn)])?.row::<ResponseRow>().await
}

pub async fn by_idempotency_key(db: &D1Database, key: &str) -> Result<Option<ResponseRow>, AppError> {
    db.prepare(format!("{RESPONSE} WHERE r.idempotency_key = ?1")).bind(&[text(key)])?.row::<ResponseRow>().await
}

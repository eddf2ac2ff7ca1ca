//! The SQL of reports of abuse: finding what is reported, and storing the report.

use serde::Deserialize;
use shared::receipt::TrackingNumber;
use shared::report::Report;
use worker::{D1Database, D1PreparedStatement};

use crate::error::AppError;
use crate::sql::{num, text, Run};

/// The submission a report is about.
#[derive(Deserialize)]
pub struct Found {
    id: f64,
    pub tracking_number: String,
}

/// A board item by its number: only published items have one.
pub async fn published_item(db: &D1Database, item: i64) -> Result<Option<Found>, AppError> {
    db.prepare("SELECT id, tracking_number FROM submissions WHERE id = ?1 AND published_at IS NOT NULL")
        .bind(&[num(item)])?
        .row::<Found>()
        .await
}

/// Any submission by its tracking number.
pub async fn submission(db: &D1Database, tn: &TrackingNumber) -> Result<Option<Found>, AppError> {
    db.prepare("SELECT id, tracking_number FROM submissions WHERE tracking_number = ?1")
        .bind(&[text(tn.as_str())])?
        .row::<Found>()
        .await
}

pub fn insert(db: &D1Database, about: &Found, r: &Report, ip: &str, now: i64) -> Result<D1PreparedStatement, AppError> {
    Ok(db
        .prepare("INSERT INTO reports (submission_id, name, email, explanation, created_at, ip) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(&[num(about.id as i64), text(&r.name), text(r.email.as_str()), text(&r.explanation), num(now), text(ip)])?)
}

//! The append-only audit log: every reviewer and admin action, sign-ins included. The table's
//! triggers refuse updates and deletes; this module only ever inserts.

use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

use crate::clock;
use crate::error::AppError;

/// Who did something, as the log records them.
pub struct Actor<'a> {
    pub id: Option<i64>,
    pub email: Option<&'a str>,
    pub ip: &'a str,
}

/// The insert for one entry, to run alone or inside a batch with the change it records.
pub fn entry(
    db: &D1Database,
    actor: &Actor<'_>,
    action: &str,
    target: Option<&str>,
    detail: Option<&str>,
) -> Result<D1PreparedStatement, AppError> {
    let opt = |s: Option<&str>| s.map(JsValue::from_str).unwrap_or(JsValue::NULL);
    Ok(db
        .prepare("INSERT INTO audit_log (at, actor_id, actor_email, action, target, detail, ip) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(&[
            JsValue::from_f64(clock::now().0 as f64),
            actor.id.map(|i| JsValue::from_f64(i as f64)).unwrap_or(JsValue::NULL),
            opt(actor.email),
            JsValue::from_str(action),
            opt(target),
            opt(detail),
            JsValue::from_str(actor.ip),
        ])?)
}

pub async fn record(
    db: &D1Database,
    actor: &Actor<'_>,
    action: &str,
    target: Option<&str>,
    detail: Option<&str>,
) -> Result<(), AppError> {
    entry(db, actor, action, target, detail)?.run().await?;
    Ok(())
}

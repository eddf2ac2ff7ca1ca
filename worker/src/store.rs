//! The SQL of records that belong to no one area: the audit log's insert and the health probe.

use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

use crate::audit::Actor;
use crate::clock;
use crate::error::AppError;
use crate::sql::{opt, Run};

/// The insert of one audit entry; the table's triggers refuse updates and deletes.
pub fn audit_entry(
    db: &D1Database,
    actor: &Actor<'_>,
    action: &str,
    target: Option<&str>,
    detail: Option<&str>,
) -> Result<D1PreparedStatement, AppError> {
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

/// D1 answers a query.
pub async fn ping(db: &D1Database) -> Result<(), AppError> {
    db.prepare("SELECT 1 AS ok").row::<serde_json::Value>().await?;
    Ok(())
}

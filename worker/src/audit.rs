//! The append-only audit log: every reviewer and admin action, sign-ins included. The table's
//! triggers refuse updates and deletes; this module only ever inserts.

use worker::D1Database;

use crate::error::AppError;

/// Who did something, as the log records them.
pub struct Actor<'a> {
    pub id: Option<i64>,
    pub email: Option<&'a str>,
    pub ip: &'a str,
}

/// The insert for one entry, to run alone or inside a batch with the change it records.
pub use crate::store::audit_entry as entry;

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

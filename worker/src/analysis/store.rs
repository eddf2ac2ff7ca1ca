//! The SQL of analysis: the rows still waiting for it, and marking them done.

use serde::Deserialize;
use shared::language::Lang;
use worker::D1Database;

use crate::error::AppError;
use crate::sql::{num, text, Run};

/// A stored submission not yet analysed: what the analysis reads of it.
#[derive(Deserialize)]
pub struct Pending {
    pub id: f64,
    pub received_at: f64,
    title: String,
    body: String,
    recommendation: Option<String>,
    /// The page's language until the analysis tells the text's own.
    language: String,
}

impl Pending {
    /// What is compared and whose language is detected: what was written, not who wrote it.
    pub fn text(&self) -> String {
        format!("{} {} {}", self.title, self.body, self.recommendation.as_deref().unwrap_or(""))
    }

    pub fn page_language(&self) -> Lang {
        Lang::from_tag(&self.language).unwrap_or(Lang::En)
    }
}

/// The rows of these tracking numbers that still wait, in arrival order (ids grow with it).
pub async fn pending(db: &D1Database, tracking_numbers: &[String]) -> Result<Vec<Pending>, AppError> {
    let list = serde_json::to_string(tracking_numbers).map_err(|e| AppError::internal(e.to_string()))?;
    db.prepare(
        "SELECT id, received_at, title, body, recommendation, language FROM submissions \
         WHERE tracking_number IN (SELECT value FROM json_each(?1)) AND analysed_at IS NULL ORDER BY id",
    )
    .bind(&[text(&list)])?
    .rows::<Pending>()
    .await
}

#[derive(Deserialize)]
struct Waiting {
    tracking_number: String,
}

/// Submissions received before `before` and still not analysed, oldest first.
pub async fn waiting(db: &D1Database, before: i64, limit: usize) -> Result<Vec<String>, AppError> {
    let rows = db
        .prepare(
            "SELECT tracking_number FROM submissions WHERE analysed_at IS NULL AND received_at < ?1 \
             ORDER BY received_at LIMIT ?2",
        )
        .bind(&[num(before), num(limit as i64)])?
        .rows::<Waiting>()
        .await?;
    Ok(rows.into_iter().map(|r| r.tracking_number).collect())
}

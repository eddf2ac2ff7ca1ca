//! Every SQL statement about consultations. Parameters are always bound.

use serde::Deserialize;
use shared::api::public::{ConsultationView, EntityCount};
use shared::api::review::{StatusCount, TopicCount};
use shared::consultation::{Consultation, Window};
use shared::status::Status;
use shared::taxonomy::{EntityType, MscCategory, Topic};
use shared::time::Timestamp;
use worker::D1Database;

use crate::error::AppError;
use crate::sql::{code, num, opt, text, Run};

const COLUMNS: &str = "id, title, question, background, topic, msc_category, opens_at, closes_at, late_allowed";

#[derive(Deserialize)]
pub struct Row {
    id: f64,
    title: String,
    question: String,
    background: Option<String>,
    topic: Option<String>,
    msc_category: Option<String>,
    opens_at: f64,
    closes_at: f64,
    late_allowed: f64,
}

impl Row {
    pub fn window(&self) -> Window {
        Window {
            opens_at: Timestamp(self.opens_at as i64),
            closes_at: Timestamp(self.closes_at as i64),
            late_allowed: self.late_allowed != 0.0,
        }
    }

    pub fn view(&self, now: Timestamp) -> Result<ConsultationView, AppError> {
        let w = self.window();
        Ok(ConsultationView {
            id: self.id as i64,
            title: self.title.clone(),
            question: self.question.clone(),
            background: self.background.clone(),
            topic: self.topic.as_deref().map(|t| code("topic", t, Topic::from_code)).transpose()?,
            msc_category: self.msc_category.as_deref().map(|c| code("msc", c, MscCategory::from_code)).transpose()?,
            opens_on: w.opens_on(),
            closes_on: w.closes_on(),
            late_allowed: w.late_allowed,
            phase: w.phase(now),
        })
    }
}

pub async fn all(db: &D1Database) -> Result<Vec<Row>, AppError> {
    let sql = format!("SELECT {COLUMNS} FROM consultations ORDER BY opens_at DESC, id DESC");
    db.prepare(sql).rows::<Row>().await
}

pub async fn get(db: &D1Database, id: i64) -> Result<Option<Row>, AppError> {
    let sql = format!("SELECT {COLUMNS} FROM consultations WHERE id = ?1");
    db.prepare(sql).bind(&[num(id)])?.row::<Row>().await
}

fn values(c: &Consultation) -> Vec<wasm_bindgen::JsValue> {
    vec![
        text(&c.title),
        text(&c.question),
        opt(c.background.as_deref()),
        opt(c.topic.map(|t| t.code())),
        opt(c.msc_category.map(|m| m.code())),
        num(c.window.opens_at.0),
        num(c.window.closes_at.0),
        num(c.window.late_allowed as i64),
    ]
}

/// Inserts and returns the new id.
pub async fn insert(db: &D1Database, c: &Consultation, now: i64) -> Result<i64, AppError> {
    let mut params = values(c);
    params.push(num(now));
    db
        .prepare(
            "INSERT INTO consultations (title, question, background, topic, msc_category, opens_at, closes_at, late_allowed, \
             created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9) RETURNING id",
        )
        .bind(&params)?
        .returned_id()
        .await?
        .ok_or_else(|| AppError::internal("insert returned no id"))
}

/// Updates; false when there is no such consultation.
pub async fn update(db: &D1Database, id: i64, c: &Consultation, now: i64) -> Result<bool, AppError> {
    let mut params = values(c);
    params.push(num(now));
    params.push(num(id));
    db.prepare(
        "UPDATE consultations SET title = ?1, question = ?2, background = ?3, topic = ?4, msc_category = ?5, \
         opens_at = ?6, closes_at = ?7, late_allowed = ?8, updated_at = ?9 WHERE id = ?10",
    )
    .bind(&params)?
    .changed()
    .await
}

#[derive(Deserialize)]
struct Count {
    k: String,
    n: f64,
}

async fn counts_by(db: &D1Database, id: i64, column: &'static str) -> Result<Vec<(String, u32)>, AppError> {
    // `column` is one of three fixed names below, never input.
    let sql = format!("SELECT {column} AS k, COUNT(*) AS n FROM submissions WHERE consultation_id = ?1 GROUP BY {column} ORDER BY n DESC, k");
    let rows = db.prepare(sql).bind(&[num(id)])?.rows::<Count>().await?;
    Ok(rows.into_iter().map(|r| (r.k, r.n as u32)).collect())
}

pub struct Summary {
    pub total: u32,
    pub late: u32,
    pub by_status: Vec<StatusCount>,
    pub by_topic: Vec<TopicCount>,
    pub by_entity_type: Vec<EntityCount>,
}

pub async fn summary(db: &D1Database, id: i64) -> Result<Summary, AppError> {
    let statuses = counts_by(db, id, "status").await?;
    let topics = counts_by(db, id, "topic").await?;
    let entities = counts_by(db, id, "entity_type").await?;
    let late = db
        .prepare("SELECT COUNT(*) AS n FROM submissions WHERE consultation_id = ?1 AND late = 1")
        .bind(&[num(id)])?
        .count()
        .await? as u32;
    Ok(Summary {
        total: statuses.iter().map(|(_, n)| n).sum(),
        late,
        by_status: Status::ALL
            .iter()
            .map(|s| StatusCount {
                status: *s,
                count: statuses.iter().find(|(k, _)| k == s.code()).map_or(0, |(_, n)| *n),
            })
            .collect(),
        by_topic: topics
            .iter()
            .map(|(k, n)| Ok(TopicCount { topic: code("topic", k, Topic::from_code)?, count: *n }))
            .collect::<Result<_, AppError>>()?,
        by_entity_type: entities
            .iter()
            .map(|(k, n)| Ok(EntityCount { entity_type: code("entity_type", k, EntityType::from_code)?, count: *n }))
            .collect::<Result<_, AppError>>()?,
    })
}

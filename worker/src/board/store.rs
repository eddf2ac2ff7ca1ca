//! Every SQL statement of the public board. Parameters are always bound; only the public
//! columns of published rows are selected.

use serde::Deserialize;
use shared::api::public::{PublicItem, SupportCounts};
use shared::api::PublicResponse;
use shared::board::{BoardCursor, BoardQuery, BoardSort};
use shared::status::Status;
use shared::taxonomy::{EntityType, MscCategory, Topic};
use worker::D1Database;

use crate::error::AppError;
use crate::sql::{
    code, counts_by_entity_type, entity_counts, keyset, num, opt, text, time, Conditions, EntityTypeCount, Run,
};

/// The public columns, and nothing else: no name, organization, email or original text.
const PUBLIC_COLUMNS: &str = "s.id, s.public_title, s.public_body, s.public_recommendation, s.topic, s.msc_category, \
    s.entity_type, s.status, s.consultation_id, c.title AS consultation_title, s.received_at, s.published_at, s.redacted, \
    s.public_response, s.public_response_at, s.support_count, COALESCE(cl.size, 1) AS cluster_size";
/// The joins every board read needs (the consultation's title, the near-duplicate count).
const JOINS: &str =
    "LEFT JOIN consultations c ON c.id = s.consultation_id LEFT JOIN clusters cl ON cl.id = s.cluster_id";

#[derive(Deserialize)]
pub struct ItemRow {
    id: f64,
    public_title: String,
    public_body: String,
    public_recommendation: Option<String>,
    topic: String,
    msc_category: Option<String>,
    entity_type: String,
    status: String,
    consultation_id: Option<f64>,
    consultation_title: Option<String>,
    received_at: f64,
    published_at: f64,
    redacted: f64,
    public_response: Option<String>,
    public_response_at: Option<f64>,
    support_count: f64,
    cluster_size: f64,
}

impl ItemRow {
    pub fn id(&self) -> i64 {
        self.id as i64
    }

    pub fn title(&self) -> &str {
        &self.public_title
    }

    pub fn cursor(&self, sort: BoardSort) -> BoardCursor {
        let key = if sort == BoardSort::Support { self.support_count as i64 } else { 0 };
        BoardCursor { key, published_at: self.published_at as i64, id: self.id as i64 }
    }

    pub fn item(
        self,
        support: SupportCounts,
        attachments: Vec<shared::api::public::PublicAttachment>,
    ) -> Result<PublicItem, AppError> {
        Ok(PublicItem {
            id: self.id as i64,
            title: self.public_title,
            feedback: self.public_body,
            recommendation: self.public_recommendation,
            topic: code("topic", &self.topic, Topic::from_code)?,
            msc_category: self.msc_category.as_deref().map(|c| code("msc", c, MscCategory::from_code)).transpose()?,
            entity_type: code("entity_type", &self.entity_type, EntityType::from_code)?,
            status: code("status", &self.status, Status::from_code)?,
            consultation: match (self.consultation_id, self.consultation_title) {
                (Some(id), Some(title)) => Some(shared::api::public::ConsultationRef { id: id as i64, title }),
                _ => None,
            },
            received_at: time(self.received_at),
            published_at: time(self.published_at),
            redacted: self.redacted != 0.0,
            public_response: match (self.public_response, self.public_response_at) {
                (Some(text), Some(at)) => Some(PublicResponse { text, responded_at: time(at) }),
                _ => None,
            },
            support,
            attachments,
            similar: (self.cluster_size as u64).saturating_sub(1),
        })
    }
}

/// One page of the board, `limit + 1` rows so the caller knows whether more follow.
pub async fn page(db: &D1Database, q: &BoardQuery) -> Result<Vec<ItemRow>, AppError> {
    let mut c = Conditions::default();
    c.add("s.published_at IS NOT NULL");
    c.bind_some("s.id IN (SELECT rowid FROM board_fts WHERE board_fts MATCH ?)", q.fts_query().as_deref().map(text));
    c.bind_some("s.topic = ?", q.topic.map(|t| text(t.code())));
    c.bind_some("s.msc_category = ?", q.msc_category.map(|m| text(m.code())));
    c.bind_some("s.entity_type = ?", q.entity_type.map(|e| text(e.code())));
    c.bind_some("s.consultation_id = ?", q.consultation.map(num));
    c.bind_some("s.status = ?", q.status.map(|s| text(s.code())));
    let order = match q.sort {
        BoardSort::Newest => {
            if let Some(after) = q.after {
                c.bind(
                    "(s.published_at < ? OR (s.published_at = ? AND s.id < ?))",
                    keyset(&[after.published_at], after.id),
                );
            }
            "s.published_at DESC, s.id DESC"
        }
        BoardSort::Support => {
            if let Some(after) = q.after {
                c.bind(
                    "(s.support_count < ? OR (s.support_count = ? AND (s.published_at < ? OR (s.published_at = ? AND s.id < ?))))",
                    keyset(&[after.key, after.published_at], after.id),
                );
            }
            "s.support_count DESC, s.published_at DESC, s.id DESC"
        }
    };
    let (conditions, mut params) = c.finish();
    params.push(num(i64::from(q.limit) + 1));
    let sql = format!("SELECT {PUBLIC_COLUMNS} FROM submissions s {JOINS} WHERE {conditions} ORDER BY {order} LIMIT ?");
    db.prepare(sql).bind(&params)?.rows().await
}

pub async fn item(db: &D1Database, id: i64) -> Result<Option<ItemRow>, AppError> {
    let sql =
        format!("SELECT {PUBLIC_COLUMNS} FROM submissions s {JOINS} WHERE s.id = ?1 AND s.published_at IS NOT NULL");
    db.prepare(sql).bind(&[num(id)])?.row().await
}

/// An item's support by entity type; nothing for an item that is not on the board.
const SUPPORT_COUNTS: &str = "SELECT entity_type, COUNT(*) AS n FROM supports WHERE submission_id = ?1 \
     AND EXISTS (SELECT 1 FROM submissions WHERE id = ?1 AND published_at IS NOT NULL) \
     GROUP BY entity_type ORDER BY n DESC, entity_type";

pub async fn support_counts(db: &D1Database, id: i64) -> Result<SupportCounts, AppError> {
    let supports = db.prepare(SUPPORT_COUNTS).bind(&[num(id)])?;
    let by_entity_type = counts_by_entity_type(&supports).await?;
    Ok(SupportCounts { total: by_entity_type.iter().map(|c| c.count).sum(), by_entity_type })
}

/// Records support and reads the counts it leaves, in one round trip: `(counted, counts)`,
/// where `counted` is false when this browser already supported the item. `None` when the item is
/// not on the board: the insert refused it (it checks publication itself) and nobody supports it.
pub async fn support(
    db: &D1Database,
    id: i64,
    supporter: &str,
    entity_type: EntityType,
    organization: Option<&str>,
    now: i64,
) -> Result<Option<(bool, SupportCounts)>, AppError> {
    let insert = db
        .prepare(
            "INSERT INTO supports (submission_id, supporter, entity_type, organization, created_at) \
             SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM submissions WHERE id = ?1 AND published_at IS NOT NULL) \
             ON CONFLICT DO NOTHING",
        )
        .bind(&[num(id), text(supporter), text(entity_type.code()), opt(organization), num(now)])?;
    let counts = db.prepare(SUPPORT_COUNTS).bind(&[num(id)])?;
    let results = db.batch(vec![insert, counts]).await?;
    let counted = results.first().and_then(|r| r.meta().ok().flatten()).and_then(|m| m.changes).unwrap_or(0) > 0;
    let rows = match results.get(1) {
        Some(r) => r.results::<EntityTypeCount>()?,
        None => return Err(AppError::internal("the support batch answered without its counts")),
    };
    let by_entity_type = entity_counts(rows)?;
    let total: u32 = by_entity_type.iter().map(|c| c.count).sum();
    if !counted && total == 0 {
        return Ok(None);
    }
    Ok(Some((counted, SupportCounts { total, by_entity_type })))
}

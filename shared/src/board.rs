//! The public board's query: search words, filters, order and a keyset cursor, parsed from the
//! query string (the same pairs are in the page's address, so a view can be shared).

use crate::code_enum;
use crate::query::{Pairs, Reader};
use crate::status::Status;
use crate::taxonomy::{EntityType, MscCategory, Topic};
use crate::text::{FieldError, Problem};

pub const MAX_LIMIT: u32 = 50;

code_enum! {
    pub enum BoardSort {
        /// Most recently published first.
        Newest = "newest",
        /// Most supported first.
        Support = "support",
    }
}

/// Where a page ended: the sort key of its last item (`key` is the support count when sorting
/// by support, otherwise 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoardCursor {
    pub key: i64,
    pub published_at: i64,
    pub id: i64,
}

impl BoardCursor {
    pub fn encode(&self) -> String {
        format!("{}.{}.{}", self.key, self.published_at, self.id)
    }

    pub fn decode(s: &str) -> Option<BoardCursor> {
        let mut parts = s.split('.');
        let c = BoardCursor {
            key: parts.next()?.parse().ok()?,
            published_at: parts.next()?.parse().ok()?,
            id: parts.next()?.parse().ok()?,
        };
        (parts.next().is_none() && c.key >= 0 && c.published_at >= 0 && c.id > 0).then_some(c)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardQuery {
    pub search: Option<String>,
    pub topic: Option<Topic>,
    pub msc_category: Option<MscCategory>,
    pub entity_type: Option<EntityType>,
    pub consultation: Option<i64>,
    pub status: Option<Status>,
    pub sort: BoardSort,
    pub after: Option<BoardCursor>,
    pub limit: u32,
}

impl Default for BoardQuery {
    fn default() -> Self {
        BoardQuery {
            search: None,
            topic: None,
            msc_category: None,
            entity_type: None,
            consultation: None,
            status: None,
            sort: BoardSort::Newest,
            after: None,
            limit: crate::api::public::BOARD_PAGE,
        }
    }
}

impl BoardQuery {
    /// Parses query-string pairs; empty values mean "no filter", unknown keys are refused.
    pub fn parse(pairs: &[(String, String)]) -> Result<BoardQuery, Vec<FieldError>> {
        let mut q = BoardQuery::default();
        let mut r = Reader::new();
        for (key, value) in pairs {
            let v = value.trim();
            match key.as_str() {
                "q" => q.search = r.search(key, v),
                "topic" => q.topic = r.choice(key, v, Topic::from_code),
                "msc_category" => q.msc_category = r.choice(key, v, MscCategory::from_code),
                "entity_type" => q.entity_type = r.choice(key, v, EntityType::from_code),
                "status" => q.status = r.choice(key, v, Status::from_code),
                "consultation" => q.consultation = r.id(key, v),
                "sort" => q.sort = r.choice(key, v, BoardSort::from_code).unwrap_or(BoardSort::Newest),
                "after" => q.after = r.choice(key, v, BoardCursor::decode),
                "limit" => match v.parse::<u32>() {
                    Ok(n) if (1..=MAX_LIMIT).contains(&n) => q.limit = n,
                    _ => r.refuse(key, Problem::UnknownChoice),
                },
                other => r.unknown(other),
            }
        }
        r.finish(q)
    }

    /// The filters as query-string pairs (no cursor, no defaults), for the page's address.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        Pairs::new()
            .set("q", self.search.clone())
            .set("topic", self.topic.map(|t| t.code()))
            .set("msc_category", self.msc_category.map(|c| c.code()))
            .set("entity_type", self.entity_type.map(|e| e.code()))
            .set("consultation", self.consultation.map(|c| c.to_string()))
            .set("status", self.status.map(|s| s.code()))
            .set("sort", (self.sort != BoardSort::Newest).then(|| self.sort.code()))
            .done()
    }

    /// The FTS5 query for the search words (each a quoted prefix term), if any.
    pub fn fts_query(&self) -> Option<String> {
        crate::queue::fts_of(self.search.as_deref()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn parses_and_round_trips() {
        let q = BoardQuery::parse(&pairs(&[
            ("q", "seal checks"),
            ("topic", "minimum_security_criteria"),
            ("msc_category", "6"),
            ("entity_type", "sea_carrier"),
            ("consultation", "3"),
            ("status", "planned"),
            ("sort", "support"),
        ]))
        .unwrap();
        assert_eq!(q.consultation, Some(3));
        assert_eq!(q.sort, BoardSort::Support);
        let back: Vec<(String, String)> = q.to_pairs().into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        assert_eq!(BoardQuery::parse(&back).unwrap(), q);
        assert!(q.fts_query().unwrap().contains("\"seal\""));
    }

    #[test]
    fn refuses_bad_values_by_key() {
        let e = BoardQuery::parse(&pairs(&[("topic", "x"), ("consultation", "-1"), ("after", "1.2"), ("email", "a")]))
            .unwrap_err();
        let keys: Vec<&str> = e.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(keys, ["topic", "consultation", "after", "email"]);
    }

    #[test]
    fn cursors_round_trip() {
        let c = BoardCursor { key: 12, published_at: 1_700_000_000_000, id: 42 };
        assert_eq!(BoardCursor::decode(&c.encode()), Some(c));
        assert_eq!(BoardCursor::decode("1.2"), None);
        assert_eq!(BoardCursor::decode("-1.2.3"), None);
    }
}

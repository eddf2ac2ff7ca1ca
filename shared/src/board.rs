//! The public board's query: search words, filters, order and a keyset cursor, parsed from the
//! query string (the same pairs are in the page's address, so a view can be shared).

use crate::code_enum;
use crate::queue::SEARCH_MAX;
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
        let mut errors = Vec::new();
        fn choice<T>(key: &str, v: &str, parse: fn(&str) -> Option<T>, errors: &mut Vec<FieldError>) -> Option<T> {
            if v.is_empty() {
                return None;
            }
            let r = parse(v);
            if r.is_none() {
                errors.push(FieldError::new(key, Problem::UnknownChoice));
            }
            r
        }
        for (key, value) in pairs {
            let v = value.trim();
            match key.as_str() {
                "q" => {
                    let n = v.chars().count();
                    if n > SEARCH_MAX {
                        errors.push(FieldError::new(key, Problem::TooLong { max: SEARCH_MAX, actual: n }));
                    } else if !v.is_empty() {
                        q.search = Some(v.to_owned());
                    }
                }
                "topic" => q.topic = choice(key, v, Topic::from_code, &mut errors),
                "msc_category" => q.msc_category = choice(key, v, MscCategory::from_code, &mut errors),
                "entity_type" => q.entity_type = choice(key, v, EntityType::from_code, &mut errors),
                "status" => q.status = choice(key, v, Status::from_code, &mut errors),
                "consultation" => {
                    q.consultation = choice(key, v, |s| s.parse::<i64>().ok().filter(|n| *n > 0), &mut errors)
                }
                "sort" => q.sort = choice(key, v, BoardSort::from_code, &mut errors).unwrap_or(BoardSort::Newest),
                "after" => q.after = choice(key, v, BoardCursor::decode, &mut errors),
                "limit" => match v.parse::<u32>() {
                    Ok(n) if (1..=MAX_LIMIT).contains(&n) => q.limit = n,
                    _ => errors.push(FieldError::new(key, Problem::UnknownChoice)),
                },
                other => errors.push(FieldError::new(other, Problem::UnknownField)),
            }
        }
        if errors.is_empty() {
            Ok(q)
        } else {
            Err(errors)
        }
    }

    /// The filters as query-string pairs (no cursor, no defaults), for the page's address.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut p = Vec::new();
        if let Some(s) = &self.search {
            p.push(("q", s.clone()));
        }
        if let Some(t) = self.topic {
            p.push(("topic", t.code().to_owned()));
        }
        if let Some(c) = self.msc_category {
            p.push(("msc_category", c.code().to_owned()));
        }
        if let Some(e) = self.entity_type {
            p.push(("entity_type", e.code().to_owned()));
        }
        if let Some(c) = self.consultation {
            p.push(("consultation", c.to_string()));
        }
        if let Some(s) = self.status {
            p.push(("status", s.code().to_owned()));
        }
        if self.sort != BoardSort::Newest {
            p.push(("sort", self.sort.code().to_owned()));
        }
        p
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

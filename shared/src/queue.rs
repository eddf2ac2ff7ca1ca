//! The reviewers' queue query: filters, sort order and keyset cursor, parsed from a URL's query
//! string. The same pairs go in the browser's address bar (so a view can be bookmarked) and in
//! the API call behind it.

use crate::code_enum;
use crate::query::{Pairs, Reader};
use crate::status::Status;
use crate::taxonomy::{CtpatStatus, EntityType, MscCategory, Topic};
use crate::text::{FieldError, Problem};
use crate::time::Timestamp;
use crate::workflow::Tag;

pub const DEFAULT_LIMIT: u32 = 50;
pub const MAX_LIMIT: u32 = 200;
pub use crate::query::SEARCH_MAX;

code_enum! {
    pub enum Sort {
        Newest = "newest",
        Oldest = "oldest",
        Priority = "priority",
        /// Most supported on the public board first.
        Support = "support",
    }
}

// `code_enum!` fixes the derives, so `#[derive(Default)]` is not available here.
#[allow(clippy::derivable_impls)]
impl Default for Sort {
    fn default() -> Self {
        Sort::Newest
    }
}

code_enum! {
    pub enum Identity {
        Identified = "identified",
        Anonymous = "anonymous",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Assignee {
    Unassigned,
    Mine,
    User(i64),
}

impl Assignee {
    pub fn code(&self) -> String {
        match self {
            Assignee::Unassigned => "unassigned".into(),
            Assignee::Mine => "mine".into(),
            Assignee::User(id) => id.to_string(),
        }
    }
}

/// Where the last page ended: the sort key of its last row. `key` is the priority rank or the
/// support count when the queue is sorted by one of them, else 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    pub key: i64,
    pub received_at: i64,
    pub id: i64,
}

impl Cursor {
    pub fn encode(&self) -> String {
        format!("{}.{}.{}", self.key, self.received_at, self.id)
    }

    pub fn decode(s: &str) -> Option<Cursor> {
        let mut parts = s.split('.');
        let c = Cursor {
            key: parts.next()?.parse().ok()?,
            received_at: parts.next()?.parse().ok()?,
            id: parts.next()?.parse().ok()?,
        };
        (parts.next().is_none() && c.key >= 0 && c.received_at >= 0 && c.id > 0).then_some(c)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueueQuery {
    pub status: Option<Status>,
    pub topic: Option<Topic>,
    pub msc_category: Option<MscCategory>,
    pub entity_type: Option<EntityType>,
    pub ctpat_status: Option<CtpatStatus>,
    /// Received on or after the start of this day (UTC).
    pub from: Option<Timestamp>,
    /// Received before the end of this day (UTC).
    pub to: Option<Timestamp>,
    pub assignee: Option<Assignee>,
    pub tag: Option<Tag>,
    pub identity: Option<Identity>,
    pub consultation: Option<i64>,
    /// The language the feedback is written in.
    pub language: Option<crate::language::Lang>,
    /// Only submissions someone reported as filed in their name.
    pub flagged: bool,
    pub search: Option<String>,
    pub sort: Sort,
    pub after: Option<Cursor>,
    pub limit: u32,
}

impl QueueQuery {
    /// Parses query-string pairs. Empty values mean "no filter"; unknown keys are refused.
    pub fn parse(pairs: &[(String, String)]) -> Result<QueueQuery, Vec<FieldError>> {
        let mut q = QueueQuery { limit: DEFAULT_LIMIT, ..QueueQuery::default() };
        let mut r = Reader::new();
        for (key, value) in pairs {
            let v = value.trim();
            match key.as_str() {
                "status" => q.status = r.choice(key, v, Status::from_code),
                "topic" => q.topic = r.choice(key, v, Topic::from_code),
                "msc_category" => q.msc_category = r.choice(key, v, MscCategory::from_code),
                "entity_type" => q.entity_type = r.choice(key, v, EntityType::from_code),
                "ctpat_status" => q.ctpat_status = r.choice(key, v, CtpatStatus::from_code),
                "identity" => q.identity = r.choice(key, v, Identity::from_code),
                "sort" => q.sort = r.choice(key, v, Sort::from_code).unwrap_or_default(),
                "from" => q.from = r.choice(key, v, Timestamp::parse_date),
                "to" => q.to = r.choice(key, v, Timestamp::parse_date),
                "assignee" => {
                    q.assignee = r.choice(key, v, |v| match v {
                        "unassigned" => Some(Assignee::Unassigned),
                        "mine" => Some(Assignee::Mine),
                        id => id.parse::<i64>().ok().filter(|n| *n > 0).map(Assignee::User),
                    })
                }
                "tag" if !v.is_empty() => match Tag::parse(v) {
                    Ok(t) => q.tag = Some(t),
                    Err(p) => r.refuse(key, p),
                },
                "tag" => {}
                "consultation" => q.consultation = r.id(key, v),
                "language" => q.language = r.choice(key, v, crate::language::Lang::from_tag),
                "flagged" => match v {
                    "" | "no" => q.flagged = false,
                    "yes" => q.flagged = true,
                    _ => r.refuse(key, Problem::UnknownChoice),
                },
                "q" => q.search = r.search(key, v),
                "after" if !v.is_empty() => match Cursor::decode(v) {
                    Some(c) => q.after = Some(c),
                    None => r.refuse(key, Problem::WrongType),
                },
                "after" => {}
                "limit" => match v.parse::<u32>() {
                    Ok(n) if (1..=MAX_LIMIT).contains(&n) => q.limit = n,
                    _ => r.refuse(key, Problem::TooLong { max: MAX_LIMIT as usize, actual: 0 }),
                },
                other => r.unknown(other),
            }
        }
        if let (Some(from), Some(to)) = (q.from, q.to) {
            if to < from {
                r.refuse("to", Problem::InvalidDate);
            }
        }
        r.finish(q)
    }

    /// The filters as query-string pairs (no cursor, no default values), for URLs.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        Pairs::new()
            .set("status", self.status.map(|s| s.code()))
            .set("topic", self.topic.map(|s| s.code()))
            .set("msc_category", self.msc_category.map(|s| s.code()))
            .set("entity_type", self.entity_type.map(|s| s.code()))
            .set("ctpat_status", self.ctpat_status.map(|s| s.code()))
            .set("from", self.from.map(|t| t.date_string()))
            .set("to", self.to.map(|t| t.date_string()))
            .set("assignee", self.assignee.as_ref().map(Assignee::code))
            .set("tag", self.tag.as_ref().map(|t| t.as_str().to_owned()))
            .set("identity", self.identity.map(|s| s.code()))
            .set("consultation", self.consultation.map(|c| c.to_string()))
            .set("language", self.language.map(|l| l.tag()))
            .set("flagged", self.flagged.then_some("yes"))
            .set("q", self.search.clone())
            .set("sort", (self.sort != Sort::Newest).then(|| self.sort.code()))
            .set("limit", (self.limit != DEFAULT_LIMIT).then(|| self.limit.to_string()))
            .done()
    }

    /// An SQLite FTS5 query matching every word typed (each a quoted prefix term), or `None` when
    /// nothing searchable was typed. Quoting makes FTS5 operators in the input plain words.
    pub fn fts_query(&self) -> Option<String> {
        fts_of(self.search.as_deref()?)
    }
}

/// Search words as an FTS5 query: every word must match, each as a quoted prefix term, so FTS5
/// operators typed in become plain words. `None` when nothing searchable was typed.
pub fn fts_of(search: &str) -> Option<String> {
    let words: Vec<String> = search
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
        .map(|w| format!("\"{}\"*", w.to_lowercase()))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::{decode_query, encode_query};

    fn pairs(q: &str) -> Vec<(String, String)> {
        decode_query(q)
    }

    #[test]
    fn parses_every_filter_and_round_trips_to_the_url() {
        let url = "status=under_review&topic=minimum_security_criteria&msc_category=6&entity_type=sea_carrier&ctpat_status=tier_2\
                   &from=2026-01-01&to=2026-03-31&assignee=mine&tag=seal%20security&identity=anonymous&consultation=4&language=es&flagged=yes&q=seal+checks&sort=priority&limit=20";
        let q = QueueQuery::parse(&pairs(url)).unwrap();
        assert_eq!(q.status, Some(Status::UnderReview));
        assert_eq!(q.msc_category, Some(MscCategory::SealSecurity));
        assert_eq!(q.assignee, Some(Assignee::Mine));
        assert_eq!(q.tag.as_ref().map(Tag::as_str), Some("seal security"));
        assert_eq!(q.search.as_deref(), Some("seal checks"));
        assert_eq!(q.limit, 20);
        let again = QueueQuery::parse(&pairs(&encode_query(&q.to_pairs()))).unwrap();
        assert_eq!(again, q);
    }

    #[test]
    fn bad_values_name_their_parameter() {
        let e = QueueQuery::parse(&pairs("status=lost&limit=0&from=2026-02-30&after=zz&colour=red")).unwrap_err();
        let keys: Vec<&str> = e.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(keys, ["status", "limit", "from", "after", "colour"]);
        let e = QueueQuery::parse(&pairs("from=2026-03-01&to=2026-02-01")).unwrap_err();
        assert_eq!(e[0].field, "to");
    }

    #[test]
    fn empty_values_mean_no_filter() {
        let q = QueueQuery::parse(&pairs("status=&topic=&q=&tag=&after=&assignee=")).unwrap();
        assert_eq!(q, QueueQuery { limit: DEFAULT_LIMIT, ..QueueQuery::default() });
    }

    #[test]
    fn search_text_becomes_a_safe_fts_query() {
        let q = |s: &str| QueueQuery { search: Some(s.into()), ..QueueQuery::default() }.fts_query();
        assert_eq!(q("Seal checks"), Some("\"seal\"* \"checks\"*".into()));
        assert_eq!(q("\"a\" OR b* NEAR(c)"), Some("\"a\"* \"or\"* \"b\"* \"near\"* \"c\"*".into()));
        assert_eq!(q("validación"), Some("\"validación\"*".into()));
        assert_eq!(q("  ;; "), None);
    }

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        let c = Cursor { key: 2, received_at: 1_795_840_603_000, id: 42 };
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
        for bad in ["", "1.2", "-9.1.1", "1.-5.3", "1.2.0", "a.b.c", "1.2.3.4"] {
            assert_eq!(Cursor::decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn query_strings_decode_percent_and_plus() {
        assert_eq!(
            decode_query("?q=a+b%20c&x=%E2%9C%93&y=%zz"),
            vec![
                ("q".to_owned(), "a b c".to_owned()),
                ("x".to_owned(), "✓".to_owned()),
                ("y".to_owned(), "%zz".to_owned()),
            ]
        );
    }
}

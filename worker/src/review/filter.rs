//! A `QueueQuery` as a SQL `WHERE` clause. The clause is assembled only from the fixed
//! fragments below; every value the user chose is a bound parameter.

use shared::queue::{Assignee, Identity, QueueQuery, Sort};
use wasm_bindgen::JsValue;

pub struct Where {
    pub sql: String,
    pub params: Vec<JsValue>,
}

fn text(s: &str) -> JsValue {
    JsValue::from_str(s)
}

fn num(n: i64) -> JsValue {
    JsValue::from_f64(n as f64)
}

/// Conditions for every filter; with `with_status` false the status filter is left out (used
/// for the per-status counts, which show what each status tab would hold).
pub fn conditions(q: &QueueQuery, me: i64, with_status: bool) -> Where {
    let mut sql: Vec<&str> = vec!["1 = 1"];
    let mut params = Vec::new();
    if let (Some(s), true) = (q.status, with_status) {
        sql.push("s.status = ?");
        params.push(text(s.code()));
    }
    if let Some(t) = q.topic {
        sql.push("s.topic = ?");
        params.push(text(t.code()));
    }
    if let Some(c) = q.msc_category {
        sql.push("s.msc_category = ?");
        params.push(text(c.code()));
    }
    if let Some(e) = q.entity_type {
        sql.push("s.entity_type = ?");
        params.push(text(e.code()));
    }
    if let Some(c) = q.ctpat_status {
        sql.push("s.ctpat_status = ?");
        params.push(text(c.code()));
    }
    if let Some(from) = q.from {
        sql.push("s.received_at >= ?");
        params.push(num(from.0));
    }
    if let Some(to) = q.to {
        sql.push("s.received_at < ?");
        params.push(num(to.plus_days(1).0));
    }
    match &q.assignee {
        Some(Assignee::Unassigned) => sql.push("s.assignee_id IS NULL"),
        Some(Assignee::Mine) => {
            sql.push("s.assignee_id = ?");
            params.push(num(me));
        }
        Some(Assignee::User(id)) => {
            sql.push("s.assignee_id = ?");
            params.push(num(*id));
        }
        None => {}
    }
    if let Some(tag) = &q.tag {
        sql.push("s.id IN (SELECT submission_id FROM submission_tags WHERE tag = ?)");
        params.push(text(tag.as_str()));
    }
    match q.identity {
        Some(Identity::Anonymous) => sql.push("s.submitter_kind = 'anonymous'"),
        Some(Identity::Identified) => sql.push("s.submitter_kind <> 'anonymous'"),
        None => {}
    }
    if let Some(fts) = q.fts_query() {
        sql.push("s.id IN (SELECT rowid FROM submissions_fts WHERE submissions_fts MATCH ?)");
        params.push(text(&fts));
    }
    Where { sql: sql.join(" AND "), params }
}

/// The keyset condition after the cursor, and the matching `ORDER BY`.
pub fn page(q: &QueueQuery, w: &mut Where) -> &'static str {
    let order = match q.sort {
        Sort::Newest => "s.received_at DESC, s.id DESC",
        Sort::Oldest => "s.received_at ASC, s.id ASC",
        Sort::Priority => "s.priority DESC, s.received_at DESC, s.id DESC",
    };
    if let Some(c) = q.after {
        let (t, id, p) = (num(c.received_at), num(c.id), num(c.priority.into()));
        match q.sort {
            Sort::Newest => {
                w.sql.push_str(" AND (s.received_at < ? OR (s.received_at = ? AND s.id < ?))");
                w.params.extend([t.clone(), t, id]);
            }
            Sort::Oldest => {
                w.sql.push_str(" AND (s.received_at > ? OR (s.received_at = ? AND s.id > ?))");
                w.params.extend([t.clone(), t, id]);
            }
            Sort::Priority => {
                w.sql.push_str(
                    " AND (s.priority < ? OR (s.priority = ? AND (s.received_at < ? OR (s.received_at = ? AND s.id < ?))))",
                );
                w.params.extend([p.clone(), p, t.clone(), t, id]);
            }
        }
    }
    order
}

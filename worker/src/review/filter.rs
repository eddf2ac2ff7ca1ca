//! A `QueueQuery` as a SQL `WHERE` clause. The clause is assembled only from the fixed
//! fragments below; every value the user chose is a bound parameter.

use shared::queue::{Assignee, Identity, QueueQuery, Sort};
use wasm_bindgen::JsValue;

use crate::sql::{num, text};

/// How a search joins in: as a driving FTS5 table (`f`) that pages and limits stream from, or
/// as an `IN (…)` set (for exports, which read every match anyway).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Search {
    Join,
    InSet,
}

pub struct Where {
    /// `FROM …`: `submissions s`, or the FTS table joined to it when searching with `Search::Join`.
    pub from: &'static str,
    pub sql: String,
    pub params: Vec<JsValue>,
    /// True when `f` (the FTS table) drives the query.
    pub fts_join: bool,
}

/// Conditions for every filter; with `with_status` false the status filter is left out (used
/// for the per-status counts, which show what each status tab would hold).
pub fn conditions(q: &QueueQuery, me: i64, with_status: bool, search: Search) -> Where {
    let mut sql: Vec<&str> = vec!["1 = 1"];
    let mut params = Vec::new();
    let fts = q.fts_query();
    let fts_join = fts.is_some() && search == Search::Join;
    if let (Some(fts), true) = (&fts, fts_join) {
        // First, so that its parameter is the first `?`.
        sql[0] = "submissions_fts MATCH ?";
        params.push(text(fts));
    }
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
    if let Some(c) = q.consultation {
        sql.push("s.consultation_id = ?");
        params.push(num(c));
    }
    if let Some(l) = q.language {
        sql.push("s.language = ?");
        params.push(text(l.tag()));
    }
    if q.flagged {
        sql.push("s.reports > 0");
    }
    if let (Some(fts), false) = (&fts, fts_join) {
        sql.push("s.id IN (SELECT rowid FROM submissions_fts WHERE submissions_fts MATCH ?)");
        params.push(text(fts));
    }
    let from = if fts_join { "submissions_fts f JOIN submissions s ON s.id = f.rowid" } else { "submissions s" };
    Where { from, sql: sql.join(" AND "), params, fts_join }
}

/// The keyset condition after the cursor, and the matching `ORDER BY`.
///
/// A search pages in arrival order (the FTS rowid is the submission id, which grows with
/// `received_at`), so FTS5 streams matches in order and stops at the page's end instead of
/// sorting every match; the other sorts page on `(received_at, id)`.
pub fn page(q: &QueueQuery, w: &mut Where) -> &'static str {
    if w.fts_join && matches!(q.sort, Sort::Newest | Sort::Oldest) {
        let (order, op) = if q.sort == Sort::Newest {
            ("f.rowid DESC", " AND f.rowid < ?")
        } else {
            ("f.rowid ASC", " AND f.rowid > ?")
        };
        if let Some(c) = q.after {
            w.sql.push_str(op);
            w.params.push(num(c.id));
        }
        return order;
    }
    let order = match q.sort {
        Sort::Newest => "s.received_at DESC, s.id DESC",
        Sort::Oldest => "s.received_at ASC, s.id ASC",
        Sort::Priority => "s.priority DESC, s.received_at DESC, s.id DESC",
        Sort::Support => "s.support_count DESC, s.received_at DESC, s.id DESC",
    };
    if let Some(c) = q.after {
        let (t, id, p) = (num(c.received_at), num(c.id), num(c.key));
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
            Sort::Support => {
                w.sql.push_str(
                    " AND (s.support_count < ? OR (s.support_count = ? AND (s.received_at < ? OR (s.received_at = ? AND s.id < ?))))",
                );
                w.params.extend([p.clone(), p, t.clone(), t, id]);
            }
        }
    }
    order
}

//! A `QueueQuery` as a SQL `WHERE` clause. The clause is assembled only from the fixed
//! fragments below; every value the user chose is a bound parameter.

use shared::queue::{Assignee, Identity, QueueQuery, Sort};
use wasm_bindgen::JsValue;

use crate::sql::{keyset, num, text, Conditions};

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
    let mut c = Conditions::default();
    let fts = q.fts_query();
    let fts_join = fts.is_some() && search == Search::Join;
    match (&fts, fts_join) {
        // First, so that its parameter is the first `?`.
        (Some(fts), true) => c.bind("submissions_fts MATCH ?", [text(fts)]),
        _ => c.add("1 = 1"),
    }
    c.bind_some("s.status = ?", q.status.filter(|_| with_status).map(|s| text(s.code())));
    c.bind_some("s.topic = ?", q.topic.map(|t| text(t.code())));
    c.bind_some("s.msc_category = ?", q.msc_category.map(|m| text(m.code())));
    c.bind_some("s.entity_type = ?", q.entity_type.map(|e| text(e.code())));
    c.bind_some("s.ctpat_status = ?", q.ctpat_status.map(|s| text(s.code())));
    c.bind_some("s.received_at >= ?", q.from.map(|from| num(from.0)));
    c.bind_some("s.received_at < ?", q.to.map(|to| num(to.plus_days(1).0)));
    match &q.assignee {
        Some(Assignee::Unassigned) => c.add("s.assignee_id IS NULL"),
        Some(Assignee::Mine) => c.bind("s.assignee_id = ?", [num(me)]),
        Some(Assignee::User(id)) => c.bind("s.assignee_id = ?", [num(*id)]),
        None => {}
    }
    c.bind_some(
        "s.id IN (SELECT submission_id FROM submission_tags WHERE tag = ?)",
        q.tag.as_ref().map(|t| text(t.as_str())),
    );
    match q.identity {
        Some(Identity::Anonymous) => c.add("s.submitter_kind = 'anonymous'"),
        Some(Identity::Identified) => c.add("s.submitter_kind <> 'anonymous'"),
        None => {}
    }
    c.bind_some("s.consultation_id = ?", q.consultation.map(num));
    c.bind_some("s.language = ?", q.language.map(|l| text(l.tag())));
    if q.flagged {
        c.add("s.reports > 0");
    }
    if let (Some(fts), false) = (&fts, fts_join) {
        c.bind("s.id IN (SELECT rowid FROM submissions_fts WHERE submissions_fts MATCH ?)", [text(fts)]);
    }
    let from = if fts_join { "submissions_fts f JOIN submissions s ON s.id = f.rowid" } else { "submissions s" };
    let (sql, params) = c.finish();
    Where { from, sql, params, fts_join }
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
    // The sort's order and the condition after a cursor on the same columns.
    let (order, after) = match q.sort {
        Sort::Newest => {
            ("s.received_at DESC, s.id DESC", " AND (s.received_at < ? OR (s.received_at = ? AND s.id < ?))")
        }
        Sort::Oldest => {
            ("s.received_at ASC, s.id ASC", " AND (s.received_at > ? OR (s.received_at = ? AND s.id > ?))")
        }
        Sort::Priority => (
            "s.priority DESC, s.received_at DESC, s.id DESC",
            " AND (s.priority < ? OR (s.priority = ? AND (s.received_at < ? OR (s.received_at = ? AND s.id < ?))))",
        ),
        Sort::Support => (
            "s.support_count DESC, s.received_at DESC, s.id DESC",
            " AND (s.support_count < ? OR (s.support_count = ? AND (s.received_at < ? OR (s.received_at = ? AND s.id < ?))))",
        ),
    };
    if let Some(c) = q.after {
        w.sql.push_str(after);
        // The priority or support count (`key`) sorts before the arrival time.
        let keys: &[i64] = match q.sort {
            Sort::Newest | Sort::Oldest => &[c.received_at],
            Sort::Priority | Sort::Support => &[c.key, c.received_at],
        };
        w.params.extend(keyset(keys, c.id));
    }
    order
}

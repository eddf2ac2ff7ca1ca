//! HTTP handlers of the reviewer workspace. Each one starts with `auth::require`, so no handler
//! runs without a valid session and the right role.

use shared::api::public::ConsultationRef;
use shared::api::review::PublicationView;
use shared::api::review::{
    BulkResult, BulkUpdate, NewNote, QueuePage, SubmissionDetail, SubmissionUpdate, BULK_MAX, EXPORT_MAX_ROWS,
    NOTE_MAX, RESPONSE_MAX,
};
use shared::api::{ApiError, ErrorCode, FieldMessage};
use shared::queue::{decode_query, QueueQuery};
use shared::receipt::TrackingNumber;
use shared::status::Status;
use shared::text::{FieldError, Problem, TextRule};
use shared::workflow::{Role, Tag};
use worker::{Context, D1Database, D1PreparedStatement, Env, Request, Response};

use super::store::{self, DetailRow};
use crate::auth::{require, Reviewer};
use crate::error::AppError;
use crate::http::{json, read_json, require_same_origin};
use crate::sql::{num, text};
use crate::{attachments, audit, board, clock, notify};

const NOTE_RULE: TextRule = TextRule { required: true, max_chars: NOTE_MAX, single_line: false };
const RESPONSE_RULE: TextRule = TextRule { required: false, max_chars: RESPONSE_MAX, single_line: false };

fn query(req: &Request) -> Result<QueueQuery, AppError> {
    let url = req.url()?;
    QueueQuery::parse(&decode_query(url.query().unwrap_or(""))).map_err(|e| ApiError::validation(&e).into())
}

fn not_found() -> AppError {
    AppError::client(ErrorCode::NotFound, "There is no submission with that tracking number.")
}

pub async fn load(db: &D1Database, raw: &str) -> Result<DetailRow, AppError> {
    let tn = TrackingNumber::parse(raw).map_err(|_| not_found())?;
    store::detail(db, tn.as_str()).await?.ok_or_else(not_found)
}

/// `GET /api/v1/review/submissions`.
pub async fn queue(req: Request, env: &Env) -> Result<Response, AppError> {
    let me = require(&req, env, Role::Reviewer).await?;
    let q = query(&req)?;
    let db = env.d1("DB")?;
    let (mut rows, read_rows) = store::queue(&db, &q, me.id).await?;
    let next = (rows.len() > q.limit as usize).then(|| {
        rows.truncate(q.limit as usize);
        rows.last().map(|r| r.cursor(q.sort).encode())
    });
    let (counts, read_counts, counts_capped) = store::counts(&db, &q, me.id).await?;
    let total = match q.status {
        Some(s) => counts.iter().find(|c| c.status == s).map_or(0, |c| c.count),
        None => counts.iter().map(|c| c.count).sum(),
    };
    let items = rows.into_iter().map(|r| r.item()).collect::<Result<Vec<_>, _>>()?;
    let mut response = json(200, &QueuePage { items, next: next.flatten(), counts, total, counts_capped })?;
    // What the page cost in D1 rows read, for `cargo xtask bench` (reviewers only; not sensitive).
    response.headers_mut().set("X-D1-Rows-Read", &(read_rows + read_counts).to_string())?;
    Ok(response)
}

pub async fn detail_of(db: &D1Database, row: &DetailRow) -> Result<SubmissionDetail, AppError> {
    let id = row.id as i64;
    let status = row.status()?;
    let (received_at, updated_at) = row.times();
    Ok(SubmissionDetail {
        tracking_number: row.tracking_number.clone(),
        received_at,
        updated_at,
        status,
        allowed_next: status.next().to_vec(),
        priority: shared::workflow::Priority::from_rank(row.priority as i64)
            .ok_or_else(|| AppError::internal("bad priority"))?,
        assignee: row.assignee(),
        tags: store::tags_of(db, id).await?,
        duplicate_of: row.duplicate_of.clone(),
        summary: row.summary()?,
        public_response: row.public_response(),
        notes: store::notes(db, id).await?,
        history: store::history(db, id).await?,
        consultation: match (row.consultation_id, &row.consultation_title) {
            (Some(cid), Some(title)) => Some(ConsultationRef { id: cid as i64, title: title.clone() }),
            _ => None,
        },
        late: row.late != 0.0,
        language: row.language.clone(),
        cluster: row.cluster_id as i64,
        cluster_size: row.cluster_size as u64,
        attachments: attachments::store::of_submission(db, id)
            .await?
            .iter()
            .map(|a| a.info())
            .collect::<Result<Vec<_>, _>>()?,
        publication: row.published_at.map(|at| PublicationView {
            board_item: id,
            published_at: crate::sql::time(at),
            title: row.public_title.clone().unwrap_or_default(),
            feedback: row.public_body.clone().unwrap_or_default(),
            recommendation: row.public_recommendation.clone(),
            redacted: row.redacted != 0.0,
        }),
        support: board::store::support_counts(db, id).await?,
        reports: store::reports(db, id).await?,
    })
}

/// `GET /api/v1/review/submissions/{tn}`: contact details included, so the read is audited.
pub async fn detail(raw: &str, req: Request, env: &Env) -> Result<Response, AppError> {
    let me = require(&req, env, Role::Reviewer).await?;
    let db = env.d1("DB")?;
    let row = load(&db, raw).await?;
    audit::record(&db, &me.actor(), "view_submission", Some(&row.tracking_number), None).await?;
    json(200, &detail_of(&db, &row).await?)
}

/// Checks a change against the workflow and returns the statements that make it (the row, its
/// history, its tags and the audit entry), to run as one batch.
/// The outer error is an outage; the inner one the change's own problems.
pub async fn plan(
    db: &D1Database,
    me: &Reviewer,
    row: &DetailRow,
    change: &SubmissionUpdate,
    origin: &str,
) -> Result<Result<Vec<D1PreparedStatement>, Vec<FieldError>>, AppError> {
    let mut errors = Vec::new();
    let mut sets: Vec<(&str, wasm_bindgen::JsValue)> = Vec::new();
    let mut history: Vec<(&str, Option<String>, Option<String>)> = Vec::new();
    let current = row.status()?;
    if let Some(next) = change.status {
        if !current.can_move_to(next) {
            errors.push(FieldError::new("status", Problem::NotAllowedNow));
        } else {
            sets.push(("status", text(next.code())));
            history.push(("status", Some(current.code().into()), Some(next.code().into())));
            if next == Status::Duplicate {
                match change.duplicate_of.as_deref().map(TrackingNumber::parse) {
                    None => errors.push(FieldError::new("duplicate_of", Problem::Required)),
                    Some(Err(_)) => errors.push(FieldError::new("duplicate_of", Problem::NotFound)),
                    Some(Ok(original)) => {
                        let exists = store::exists(db, original.as_str()).await?;
                        if !exists || original.as_str() == row.tracking_number {
                            errors.push(FieldError::new("duplicate_of", Problem::NotFound));
                        } else {
                            sets.push(("duplicate_of", text(original.as_str())));
                            history.push(("duplicate_of", row.duplicate_of.clone(), Some(original.to_string())));
                        }
                    }
                }
            } else if row.duplicate_of.is_some() {
                sets.push(("duplicate_of", wasm_bindgen::JsValue::NULL));
                history.push(("duplicate_of", row.duplicate_of.clone(), None));
            }
        }
    }
    if let Some(p) = change.priority {
        if i64::from(p.rank()) != row.priority as i64 {
            let from = shared::workflow::Priority::from_rank(row.priority as i64).map(|p| p.code().to_owned());
            sets.push(("priority", num(p.rank().into())));
            history.push(("priority", from, Some(p.code().into())));
        }
    }
    if let Some(assignee) = change.assignee {
        let users = store::active_users(db).await?;
        match assignee {
            Some(id) => match users.iter().find(|u| u.id == id) {
                Some(u) => {
                    sets.push(("assignee_id", num(id)));
                    history.push(("assignee", row.assignee().map(|a| a.email), Some(u.email.clone())));
                }
                None => errors.push(FieldError::new("assignee", Problem::NotFound)),
            },
            None => {
                sets.push(("assignee_id", wasm_bindgen::JsValue::NULL));
                history.push(("assignee", row.assignee().map(|a| a.email), None));
            }
        }
    }
    if let Some(response) = &change.public_response {
        match RESPONSE_RULE.parse(response) {
            Ok(text_or_none) => {
                if text_or_none != row.public_response {
                    let at = text_or_none.as_ref().map(|_| num(clock::now().0)).unwrap_or(wasm_bindgen::JsValue::NULL);
                    sets.push((
                        "public_response",
                        text_or_none.as_deref().map(text).unwrap_or(wasm_bindgen::JsValue::NULL),
                    ));
                    sets.push(("public_response_at", at));
                    history.push(("public_response", row.public_response.clone(), text_or_none));
                }
            }
            Err(p) => errors.push(FieldError::new("public_response", p)),
        }
    }
    let mut add = Vec::new();
    for t in &change.add_tags {
        match Tag::parse(t) {
            Ok(tag) => add.push(tag),
            Err(p) => errors.push(FieldError::new("add_tags", p)),
        }
    }
    let mut remove = Vec::new();
    for t in &change.remove_tags {
        match Tag::parse(t) {
            Ok(tag) => remove.push(tag),
            Err(p) => errors.push(FieldError::new("remove_tags", p)),
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let news = shared::notify::Change {
        status: change.status.filter(|_| history.iter().any(|(f, _, _)| *f == "status")),
        response: history.iter().find(|(f, _, _)| *f == "public_response").and_then(|(_, _, to)| to.as_deref()),
        withdrawn: false,
    };
    let mut statements = build(db, me, row, sets, history.clone(), add, remove)?;
    if news.status.is_some() || news.response.is_some() {
        statements.extend(notifications(db, row, news, origin)?);
    }
    Ok(Ok(statements))
}

/// The emails a change sends: to the submitter (and anyone who followed with the receipt) and,
/// while the item is on the board, to its public followers. Queued in the change's own batch.
pub fn notifications(
    db: &D1Database,
    row: &DetailRow,
    news: shared::notify::Change,
    origin: &str,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    use shared::notify::{update, Audience};
    let id = row.id as i64;
    let now = clock::now().0;
    let owner = Audience::Owner { tracking_number: &row.tracking_number };
    let mut out =
        notify::to_followers(db, id, notify::Audience::Owner, |l| update(l, origin, owner, row.title(), news), now)?;
    if row.published_at.is_some() {
        let title = row.public_title.as_deref().unwrap_or(row.title());
        let public = Audience::Follower { item: id };
        out.extend(notify::to_followers(
            db,
            id,
            notify::Audience::Public,
            |l| update(l, origin, public, title, news),
            now,
        )?);
    }
    Ok(out)
}

fn build(
    db: &D1Database,
    me: &Reviewer,
    row: &DetailRow,
    sets: Vec<(&str, wasm_bindgen::JsValue)>,
    history: Vec<(&str, Option<String>, Option<String>)>,
    add: Vec<Tag>,
    remove: Vec<Tag>,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    let id = row.id as i64;
    let now = clock::now().0;
    let mut statements = Vec::new();
    let mut described = Vec::new();
    if !sets.is_empty() {
        statements.push(store::update_columns(db, id, now, sets)?);
    } else if !add.is_empty() || !remove.is_empty() {
        statements.push(store::touch(db, id, now)?);
    }
    for (field, from, to) in &history {
        statements.push(store::history_entry(db, id, Some(me.id), now, field, from.as_deref(), to.as_deref())?);
        described.push(format!("{field}: {} -> {}", from.as_deref().unwrap_or("-"), to.as_deref().unwrap_or("-")));
    }
    for tag in add {
        statements.push(store::add_tag(db, id, &tag)?);
        statements.push(store::history_entry(db, id, Some(me.id), now, "tag", None, Some(tag.as_str()))?);
        described.push(format!("tag + {}", tag.as_str()));
    }
    for tag in remove {
        statements.push(store::remove_tag(db, id, &tag)?);
        statements.push(store::history_entry(db, id, Some(me.id), now, "tag", Some(tag.as_str()), None)?);
        described.push(format!("tag - {}", tag.as_str()));
    }
    if !described.is_empty() {
        statements.push(audit::entry(
            db,
            &me.actor(),
            "update_submission",
            Some(&row.tracking_number),
            Some(&described.join("; ")),
        )?);
    }
    Ok(statements)
}

/// `PATCH /api/v1/review/submissions/{tn}`.
pub async fn update(raw: &str, mut req: Request, env: &Env, ctx: &Context) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Reviewer).await?;
    let change: SubmissionUpdate = read_json(&mut req).await?;
    let db = env.d1("DB")?;
    let row = load(&db, raw).await?;
    let origin = notify::origin(&req)?;
    let statements =
        plan(&db, &me, &row, &change, &origin).await?.map_err(|e| AppError::from(ApiError::validation(&e)))?;
    if !statements.is_empty() {
        db.batch(statements).await?;
        notify::deliver_later(ctx, env);
    }
    let row = load(&db, raw).await?;
    json(200, &detail_of(&db, &row).await?)
}

/// `POST /api/v1/review/submissions/{tn}/notes`.
pub async fn add_note(raw: &str, mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Reviewer).await?;
    let note: NewNote = read_json(&mut req).await?;
    let body = NOTE_RULE
        .parse(&note.text)
        .map_err(|p| AppError::from(ApiError::validation(&[FieldError::new("text", p)])))?
        .unwrap_or_default();
    let db = env.d1("DB")?;
    let row = load(&db, raw).await?;
    let id = row.id as i64;
    let now = clock::now().0;
    db.batch(vec![
        store::insert_note(&db, id, me.id, now, &body)?,
        store::history_entry(&db, id, Some(me.id), now, "internal_note", None, Some("added"))?,
        audit::entry(&db, &me.actor(), "add_note", Some(&row.tracking_number), None)?,
    ])
    .await?;
    let note = store::last_note(&db, id).await?.ok_or_else(|| AppError::internal("note not found after insert"))?;
    json(201, &note)
}

/// `POST /api/v1/review/bulk`: the same change to many submissions, each checked on its own.
pub async fn bulk(mut req: Request, env: &Env, ctx: &Context) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let me = require(&req, env, Role::Reviewer).await?;
    let body: BulkUpdate = read_json(&mut req).await?;
    if body.tracking_numbers.is_empty() || body.tracking_numbers.len() > BULK_MAX {
        let p = if body.tracking_numbers.is_empty() {
            Problem::Required
        } else {
            Problem::TooLong { max: BULK_MAX, actual: body.tracking_numbers.len() }
        };
        return Err(ApiError::validation(&[FieldError::new("tracking_numbers", p)]).into());
    }
    let db = env.d1("DB")?;
    let origin = notify::origin(&req)?;
    let mut result = BulkResult { updated: Vec::new(), skipped: Vec::new() };
    let m = shared::i18n::Lang::En.messages();
    for raw in &body.tracking_numbers {
        let row = match load(&db, raw).await {
            Ok(row) => row,
            Err(_) => {
                result.skipped.push(FieldMessage {
                    field: raw.clone(),
                    code: "not_found".into(),
                    message: "No such submission.".into(),
                    problem: None,
                });
                continue;
            }
        };
        match plan(&db, &me, &row, &body.change, &origin).await? {
            Ok(statements) => {
                if !statements.is_empty() {
                    db.batch(statements).await?;
                }
                result.updated.push(row.tracking_number);
            }
            Err(errors) => {
                let e = &errors[0];
                result.skipped.push(FieldMessage {
                    field: row.tracking_number,
                    code: e.problem.code().into(),
                    message: m.problem_message(&e.field, e.problem),
                    problem: None,
                });
            }
        }
    }
    audit::record(
        &db,
        &me.actor(),
        "bulk_update",
        None,
        Some(&format!("{} updated, {} skipped", result.updated.len(), result.skipped.len())),
    )
    .await?;
    notify::deliver_later(ctx, env);
    json(200, &result)
}

/// `GET /api/v1/review/reviewers`: active accounts, for assignment.
pub async fn reviewers(req: Request, env: &Env) -> Result<Response, AppError> {
    require(&req, env, Role::Reviewer).await?;
    json(200, &store::active_users(&env.d1("DB")?).await?)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Json,
}

/// `GET /api/v1/review/export.csv|json?…`: the current filter, capped at `EXPORT_MAX_ROWS`.
pub async fn export(req: Request, env: &Env, format: ExportFormat) -> Result<Response, AppError> {
    let me = require(&req, env, Role::Reviewer).await?;
    let q = query(&req)?;
    let db = env.d1("DB")?;
    // A var so the test suite can prove the cap without loading thousands of rows.
    let max = env.var("EXPORT_MAX_ROWS").ok().and_then(|v| v.to_string().parse().ok()).unwrap_or(EXPORT_MAX_ROWS);
    let rows = store::export(&db, &q, me.id, max).await?;
    if rows.len() > max {
        return Err(AppError::client(
            ErrorCode::ExportTooLarge,
            format!("This filter matches more than {max} submissions. Narrow it (by dates, status or topic) and export again."),
        ));
    }
    let t = |ms: f64| shared::time::Timestamp(ms as i64).to_rfc3339();
    let header = [
        "tracking_number",
        "received_at",
        "status",
        "priority",
        "topic",
        "msc_category",
        "entity_type",
        "ctpat_status",
        "submitter_kind",
        "name",
        "organization",
        "email",
        "title",
        "feedback",
        "recommendation",
        "may_publish",
        "assignee",
        "tags",
        "public_response",
    ];
    let records: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.tracking_number.clone(),
                t(r.received_at),
                r.status.clone(),
                shared::workflow::Priority::from_rank(r.priority as i64).map_or("", |p| p.code()).to_owned(),
                r.topic.clone(),
                r.msc_category.clone().unwrap_or_default(),
                r.entity_type.clone(),
                r.ctpat_status.clone(),
                r.submitter_kind.clone(),
                r.name.clone().unwrap_or_default(),
                r.organization.clone().unwrap_or_default(),
                r.email.clone().unwrap_or_default(),
                r.title.clone(),
                r.body.clone(),
                r.recommendation.clone().unwrap_or_default(),
                if r.may_publish != 0.0 { "yes" } else { "no" }.to_owned(),
                r.assignee_email.clone().unwrap_or_default(),
                r.tags.clone().unwrap_or_default().replace('|', "; "),
                r.public_response.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let date = clock::now().date_string();
    let (body, content_type, ext) = match format {
        ExportFormat::Csv => {
            let mut out = String::from("\u{feff}");
            out.push_str(&shared::csv::row(&header));
            for r in &records {
                out.push_str(&shared::csv::row(r));
            }
            (out, "text/csv; charset=utf-8", "csv")
        }
        ExportFormat::Json => {
            let objects: Vec<serde_json::Map<String, serde_json::Value>> = records
                .iter()
                .map(|r| {
                    header.iter().zip(r).map(|(k, v)| (k.to_string(), serde_json::Value::String(v.clone()))).collect()
                })
                .collect();
            (
                serde_json::to_string(&objects).map_err(|e| AppError::internal(e.to_string()))?,
                "application/json",
                "json",
            )
        }
    };
    audit::record(
        &db,
        &me.actor(),
        "export",
        None,
        Some(&format!("{ext}, {} rows, filter {:?}", records.len(), q.to_pairs())),
    )
    .await?;
    let mut response = Response::ok(body)?;
    let h = response.headers_mut();
    h.set("Content-Type", content_type)?;
    h.set("Content-Disposition", &format!("attachment; filename=\"ctpat-feedback-{date}.{ext}\""))?;
    Ok(response)
}

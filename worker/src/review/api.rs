//! HTTP handlers of the reviewer workspace. Each one starts with `auth::require`, so no handler
//! runs without a valid session and the right role.

use shared::api::public::ConsultationRef;
use shared::api::review::PublicationView;
use shared::api::review::{
    BulkResult, BulkUpdate, NewNote, QueuePage, SubmissionDetail, SubmissionUpdate, UserRef, BULK_MAX, EXPORT_MAX_ROWS,
};
use shared::api::{ApiError, ErrorCode, FieldMessage};
use shared::queue::QueueQuery;
use shared::receipt::TrackingNumber;
use shared::text::{FieldError, Problem};
use shared::triage::{self, Current, Facts, Plan};
use shared::url::decode_query;
use shared::workflow::Role;
use worker::{Context, D1Database, D1PreparedStatement, Env, Request, Response};

use super::store::{self, DetailRow};
use crate::auth::{require, Reviewer};
use crate::error::AppError;
use crate::http::{json, read_json, require_same_origin};
use crate::{attachments, audit, board, clock, notify};

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
        analysed: row.analysed != 0.0,
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

/// What the workflow's rules need to know from the store about a change (`shared::triage`),
/// looked up once for a change however many submissions it is applied to.
pub struct Known {
    original_exists: bool,
    assignable: Vec<UserRef>,
}

impl Known {
    pub async fn look_up(db: &D1Database, change: &SubmissionUpdate) -> Result<Known, AppError> {
        let original_exists = match triage::original_to_look_up(change) {
            Some(original) => store::exists(db, original.as_str()).await?,
            None => false,
        };
        let assignable = if change.assignee.is_some() { store::active_users(db).await? } else { Vec::new() };
        Ok(Known { original_exists, assignable })
    }

    /// The change planned for one submission (`row.current()`), or its problems.
    pub fn plan(&self, current: &Current, change: &SubmissionUpdate) -> Result<Plan, Vec<FieldError>> {
        let facts = Facts { original_exists: self.original_exists, assignable: &self.assignable };
        triage::plan(current, change, &facts, clock::now().0)
    }
}

/// The statements that make a planned change (the row, its history, its tags, the audit entry
/// and the emails it sends), to run as one batch.
pub fn statements(
    db: &D1Database,
    me: &Reviewer,
    row: &DetailRow,
    plan: &Plan,
    origin: &str,
) -> Result<Vec<D1PreparedStatement>, AppError> {
    let news = plan.news();
    let mut statements = build(db, me, row, plan)?;
    if news.status.is_some() || news.response.is_some() {
        statements.extend(notifications(db, row, news, origin)?);
    }
    Ok(statements)
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

fn build(db: &D1Database, me: &Reviewer, row: &DetailRow, plan: &Plan) -> Result<Vec<D1PreparedStatement>, AppError> {
    let id = row.id as i64;
    let now = clock::now().0;
    let mut statements = Vec::new();
    let mut described = Vec::new();
    if !plan.sets.is_empty() {
        statements.push(store::update_columns(db, id, now, &plan.sets)?);
    } else if !plan.add.is_empty() || !plan.remove.is_empty() {
        statements.push(store::touch(db, id, now)?);
    }
    for e in &plan.history {
        statements.push(store::history_entry(db, id, Some(me.id), now, e.field, e.from.as_deref(), e.to.as_deref())?);
        described.push(format!(
            "{}: {} -> {}",
            e.field,
            e.from.as_deref().unwrap_or("-"),
            e.to.as_deref().unwrap_or("-")
        ));
    }
    for tag in &plan.add {
        statements.push(store::add_tag(db, id, tag)?);
        statements.push(store::history_entry(db, id, Some(me.id), now, "tag", None, Some(tag.as_str()))?);
        described.push(format!("tag + {}", tag.as_str()));
    }
    for tag in &plan.remove {
        statements.push(store::remove_tag(db, id, tag)?);
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
    let plan =
        Known::look_up(&db, &change).await?.plan(&row.current()?, &change).map_err(|e| ApiError::validation(&e))?;
    let statements = statements(&db, &me, &row, &plan, &origin)?;
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
    let body = triage::NOTE_RULE
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
    let known = Known::look_up(&db, &body.change).await?;
    let mut result = BulkResult { updated: Vec::new(), skipped: Vec::new() };
    let m = shared::language::Lang::En.messages();
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
        match known.plan(&row.current()?, &body.change) {
            Ok(plan) => {
                let statements = statements(&db, &me, &row, &plan, &origin)?;
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

//! HTTP handlers for submitting feedback and reading a receipt.

use shared::api::public::{FollowForm, Following, WithdrawForm};
use shared::api::{ApiError, ErrorCode, SubmissionReceipt, SubmissionSummary, RECEIPTS_PATH};
use shared::consultation::Acceptance;
use shared::feedback::field::{ATTACHMENTS, CONSULTATION};
use shared::feedback::{Feedback, FeedbackForm};
use shared::receipt::TrackingNumber;
use shared::status::Status;
use shared::text::{Email, FieldError, Problem};
use worker::{Context, Env, Request, Response};

use super::store::{NewSubmission, Row, Store};
use crate::analysis::{self, Job};
use crate::audit::{self, Actor};
use crate::error::AppError;
use crate::http::{client_ip, json, read_json, require_same_origin, RATE_LIMIT_PERIOD_SECONDS};
use crate::notify::{self, Audience, Target};
use crate::{attachments, clock, consultations, random, review};

/// `POST /api/v1/submissions`. The request does what a receipt promises and no more: it
/// validates, stores the row (with its files, its follow and its receipt email) in one batch and
/// answers; its analysis is enqueued as the answer leaves (`analysis::enqueue_soon`). The
/// language, the near-duplicate cluster and the email delivery follow within seconds.
pub async fn create(mut req: Request, env: &Env, ctx: &Context) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let key = crate::http::idempotency_key(&req)?;
    let form: FeedbackForm = read_json(&mut req).await?;
    let store = Store::new(env.d1("DB")?);
    let hash = crate::http::fingerprint(&form);
    let written = store_new(&req, env, ctx, &store, &form, key.as_deref(), &hash).await;
    crate::http::or_replayed(written, key, |k| async move {
        store.by_idempotency_key(&k).await?.map(|row| replay(&row, &hash)).transpose()
    })
    .await
}

async fn store_new(
    req: &Request,
    env: &Env,
    ctx: &Context,
    store: &Store,
    form: &FeedbackForm,
    key: Option<&str>,
    hash: &str,
) -> Result<Response, AppError> {
    let limiter = env.rate_limiter("SUBMIT_LIMITER")?;
    if !limiter.limit(format!("submit:{}", client_ip(req))).await?.success {
        return Err(AppError::client(
            ErrorCode::RateLimited,
            (shared::language::Lang::En.messages().rate_limited)(Some(RATE_LIMIT_PERIOD_SECONDS)),
        )
        .with_header("Retry-After", RATE_LIMIT_PERIOD_SECONDS.to_string()));
    }

    crate::http::refuse_automated(form.looks_automated())?;
    let feedback = Feedback::parse(form).map_err(|errors| AppError::from(ApiError::validation(&errors)))?;
    let now = clock::now();
    let late = match feedback.consultation {
        None => false,
        Some(id) => {
            let row = consultations::store::get(store.db(), id)
                .await?
                .ok_or_else(|| field_error(CONSULTATION, Problem::NotFound))?;
            match row.window().accepts(now) {
                Acceptance::OnTime => false,
                Acceptance::Late => true,
                Acceptance::Refused(_) => return Err(field_error(CONSULTATION, Problem::NotAllowedNow)),
            }
        }
    };
    if !feedback.attachments.is_empty()
        && attachments::store::count_unclaimed(store.db(), &feedback.attachments).await? != feedback.attachments.len()
    {
        return Err(field_error(ATTACHMENTS, Problem::NotFound));
    }
    let origin = notify::origin(req)?;
    // The page's language: for the email, and for the text until the analysis tells its own.
    let page_lang = crate::http::lang(req);

    // 60 random bits make a collision vanishingly rare; if one happens, draw again.
    for _ in 0..3 {
        let tracking_number = TrackingNumber::from_random(random::bytes::<8>()?);
        let submission = NewSubmission {
            tracking_number: &tracking_number,
            received_at: now,
            feedback: &feedback,
            late,
            language: page_lang,
            idempotency_key: key,
            request_hash: hash,
        };
        // One batch: the row, its files, the submitter's subscription and their receipt email.
        // All of it commits or none of it does.
        let target = Target::tracking_number(tracking_number.as_str());
        let mut batch = vec![store.insert(&submission)?];
        if !feedback.attachments.is_empty() {
            batch.push(attachments::store::claim(store.db(), &target, &feedback.attachments)?);
        }
        let email = feedback.submitter.email();
        if let Some(email) = email {
            let token = notify::new_token()?;
            let message = shared::notify::received(page_lang, &origin, tracking_number.as_str(), &feedback.title);
            batch.push(notify::follow(store.db(), &target, email.as_str(), Audience::Owner, &token, page_lang, now.0)?);
            batch.push(notify::to_one(store.db(), &target, email.as_str(), &message, &token, now.0)?);
        }
        if store.commit(batch).await? {
            analysis::enqueue_soon(env, ctx, vec![Job::new(tracking_number.as_str(), email.is_some())]);
            // Committed: answer from what was written, without reading it back.
            let receipt = SubmissionReceipt {
                tracking_number: tracking_number.to_string(),
                received_at: submission.received_at.to_rfc3339(),
                status: Status::Received,
                summary: SubmissionSummary::from(&feedback),
            };
            return created(&receipt);
        }
        // Either the tracking number was taken or a retry with the same key was stored first.
        if let Some(row) = match key {
            Some(k) => store.by_idempotency_key(k).await?,
            None => None,
        } {
            return replay(&row, hash);
        }
    }
    Err(AppError::internal("could not draw an unused tracking number in 3 tries"))
}

fn field_error(field: &str, problem: Problem) -> AppError {
    ApiError::validation(&[FieldError::new(field, problem)]).into()
}

fn created(receipt: &SubmissionReceipt) -> Result<Response, AppError> {
    let mut response = json(201, receipt)?;
    response.headers_mut().set("Location", &format!("{RECEIPTS_PATH}/{}", receipt.tracking_number))?;
    Ok(response)
}

fn replay(row: &Row, hash: &str) -> Result<Response, AppError> {
    if row.request_hash.as_deref() != Some(hash) {
        return Err(AppError::client(
            ErrorCode::IdempotencyKeyReused,
            "This Idempotency-Key was already used for a different submission. Use a new key for new feedback.",
        ));
    }
    let mut response = created(&row.receipt()?)?;
    response.headers_mut().set("Idempotent-Replayed", "true")?;
    Ok(response)
}

/// `GET /api/v1/receipts/{tracking_number}`.
pub async fn receipt(raw: &str, env: &Env) -> Result<Response, AppError> {
    let store = Store::new(env.d1("DB")?);
    json(200, &receipt_status(&store, raw).await?.1)
}

fn not_found() -> AppError {
    AppError::client(ErrorCode::NotFound, shared::language::Lang::En.messages().check_not_found)
}

async fn find(store: &Store, raw: &str) -> Result<Row, AppError> {
    let tracking_number = TrackingNumber::parse(raw).map_err(|_| not_found())?;
    store.by_tracking_number(&tracking_number).await?.ok_or_else(not_found)
}

/// One read: the row, its public history and its files.
async fn receipt_status(store: &Store, raw: &str) -> Result<(Row, shared::api::ReceiptStatus), AppError> {
    let tracking_number = TrackingNumber::parse(raw).map_err(|_| not_found())?;
    store.receipt_status(&tracking_number).await?.ok_or_else(not_found)
}

/// `POST /api/v1/receipts/{tn}/follow`: the submitter asks for email updates with their receipt.
pub async fn follow(raw: &str, mut req: Request, env: &Env, ctx: &Context) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let form: FollowForm = read_json(&mut req).await?;
    let email = Email::parse(&form.email).map_err(|p| field_error("email", p))?;
    crate::http::rate_limit(env, "SUPPORT_LIMITER", &format!("follow:{}", client_ip(&req))).await?;
    let store = Store::new(env.d1("DB")?);
    let row = find(&store, raw).await?;
    let now = clock::now().0;
    let token = notify::new_token()?;
    let target = Target::id(row.id as i64);
    let audience = shared::notify::Audience::Owner { tracking_number: &row.tracking_number };
    let lang = crate::http::lang(&req);
    let message = shared::notify::following(lang, &notify::origin(&req)?, audience, row.title());
    let db = store.db();
    // The confirmation goes out only if the follow is new.
    let result = notify::follow(db, &target, email.as_str(), Audience::Owner, &token, lang, now)?.run().await?;
    if result.meta()?.and_then(|m| m.changes).unwrap_or(0) > 0 {
        notify::to_one(db, &target, email.as_str(), &message, &token, now)?.run().await?;
        notify::deliver_later(ctx, env);
    }
    json(201, &Following { email: email.as_str().to_owned() })
}

/// `POST /api/v1/receipts/{tn}/withdraw`: the submitter takes their feedback back. Final; the
/// public version (if any) comes off the board at once; followers are told.
pub async fn withdraw(raw: &str, mut req: Request, env: &Env, ctx: &Context) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let _: WithdrawForm = read_json(&mut req).await?;
    let store = Store::new(env.d1("DB")?);
    let row = find(&store, raw).await?;
    if row.current_status()? != Status::Withdrawn {
        let db = store.db();
        let id = row.id as i64;
        let now = clock::now().0;
        let origin = notify::origin(&req)?;
        let change = shared::notify::Change { status: Some(Status::Withdrawn), response: None, withdrawn: true };
        let owner = shared::notify::Audience::Owner { tracking_number: &row.tracking_number };
        let mut batch = vec![
            super::store::withdraw(db, id, now)?,
            review::store::history_entry(db, id, None, now, "status", Some(&row.status_code()), Some("withdrawn"))?,
            audit::entry(
                db,
                &Actor { id: None, email: None, ip: &client_ip(&req) },
                "withdraw_submission",
                Some(&row.tracking_number),
                None,
            )?,
        ];
        batch.extend(notify::to_followers(
            db,
            id,
            Audience::Owner,
            |l| shared::notify::update(l, &origin, owner, row.title(), change),
            now,
        )?);
        if row.published_at.is_some() {
            let title = row.public_title.as_deref().unwrap_or(row.title());
            let public = shared::notify::Audience::Follower { item: id };
            batch.push(review::store::history_entry(db, id, None, now, "publication", Some("published"), None)?);
            batch.extend(notify::to_followers(
                db,
                id,
                Audience::Public,
                |l| shared::notify::update(l, &origin, public, title, change),
                now,
            )?);
        }
        db.batch(batch).await?;
        notify::deliver_later(ctx, env);
    }
    json(200, &receipt_status(&store, raw).await?.1)
}

//! HTTP handlers of the public board. Anonymous, read-mostly; support and follow are
//! rate-limited per client address.

use sha2::{Digest, Sha256};
use shared::api::public::{BoardPage, FollowForm, Following, SupportForm, SupportResult, SUPPORT_ORGANIZATION_MAX};
use shared::api::{ApiError, ErrorCode};
use shared::board::BoardQuery;
use shared::taxonomy::EntityType;
use shared::text::{Email, FieldError, Problem, TextRule};
use shared::url::decode_query;
use worker::{Context, D1Database, Env, Request, Response};

use super::store::{self, ItemRow};
use crate::error::AppError;
use crate::http::{client_ip, json, rate_limit, read_json, require_same_origin};
use crate::notify::{self, Audience, Target};
use crate::{attachments, clock};

const ORGANIZATION_RULE: TextRule =
    TextRule { required: false, max_chars: SUPPORT_ORGANIZATION_MAX, single_line: true };

fn not_found() -> AppError {
    AppError::client(ErrorCode::NotFound, "There is no published item with that number.")
}

fn parse_id(raw: &str) -> Result<i64, AppError> {
    crate::http::positive_id(raw).ok_or_else(not_found)
}

async fn published(db: &D1Database, raw: &str) -> Result<ItemRow, AppError> {
    store::item(db, parse_id(raw)?).await?.ok_or_else(not_found)
}

async fn full(db: &D1Database, row: ItemRow) -> Result<shared::api::public::PublicItem, AppError> {
    let id = row.id();
    let support = store::support_counts(db, id).await?;
    let files = attachments::store::of_submission(db, id)
        .await?
        .iter()
        .filter(|a| a.info().map(|i| i.published).unwrap_or(false))
        .map(|a| a.public())
        .collect::<Result<Vec<_>, _>>()?;
    row.item(support, files)
}

/// `GET /api/v1/board?…`.
pub async fn list(req: Request, env: &Env) -> Result<Response, AppError> {
    let url = req.url()?;
    let q = BoardQuery::parse(&decode_query(url.query().unwrap_or("")))
        .map_err(|e| AppError::from(ApiError::validation(&e)))?;
    let db = env.d1("DB")?;
    let mut rows = store::page(&db, &q).await?;
    let next = (rows.len() > q.limit as usize).then(|| {
        rows.truncate(q.limit as usize);
        rows.last().map(|r| r.cursor(q.sort).encode())
    });
    let mut items = Vec::with_capacity(rows.len());
    for row in rows {
        items.push(full(&db, row).await?);
    }
    json(200, &BoardPage { items, next: next.flatten() })
}

/// `GET /api/v1/board/{id}`.
pub async fn item(raw: &str, env: &Env) -> Result<Response, AppError> {
    let db = env.d1("DB")?;
    let row = published(&db, raw).await?;
    json(200, &full(&db, row).await?)
}

/// `GET /api/v1/board/{id}/attachments/{file}`: only a published file of a published item.
pub async fn attachment(raw: &str, file: &str, env: &Env) -> Result<Response, AppError> {
    let db = env.d1("DB")?;
    let id = parse_id(raw)?;
    let file = attachments::api::parse_id(file)?;
    let row = attachments::store::find(&db, id, &file, true).await?.ok_or_else(attachments::api::not_found)?;
    attachments::api::download(env, &row).await
}

/// `POST /api/v1/board/{id}/support`: counted once per browser token, rate-limited per address.
pub async fn support(raw: &str, mut req: Request, env: &Env) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let form: SupportForm = read_json(&mut req).await?;
    let mut errors = Vec::new();
    let entity_type = match form.entity_type.trim() {
        "" => {
            errors.push(FieldError::new("entity_type", Problem::Required));
            None
        }
        code => EntityType::from_code(code).or_else(|| {
            errors.push(FieldError::new("entity_type", Problem::UnknownChoice));
            None
        }),
    };
    let organization =
        ORGANIZATION_RULE.parse(&form.organization).map_err(|p| errors.push(FieldError::new("organization", p))).ok();
    // The browser's token: 32 hex digits it made itself. Only its hash is stored.
    let token_ok = form.supporter.len() == 32 && form.supporter.bytes().all(|b| b.is_ascii_hexdigit());
    if !token_ok {
        errors.push(FieldError::new("supporter", Problem::WrongType));
    }
    let (Some(entity_type), Some(organization), true) = (entity_type, organization, errors.is_empty()) else {
        return Err(ApiError::validation(&errors).into());
    };
    rate_limit(env, "SUPPORT_LIMITER", &format!("support:{}", client_ip(&req))).await?;
    let db = env.d1("DB")?;
    let supporter: String =
        Sha256::digest(form.supporter.to_ascii_lowercase().as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
    // One round trip: the insert checks the item is on the board, the counts come back with it.
    let (counted, support) =
        store::support(&db, parse_id(raw)?, &supporter, entity_type, organization.as_deref(), clock::now().0)
            .await?
            .ok_or_else(not_found)?;
    json(200, &SupportResult { counted, support })
}

/// `POST /api/v1/board/{id}/follow`: email updates about a published item.
pub async fn follow(raw: &str, mut req: Request, env: &Env, ctx: &Context) -> Result<Response, AppError> {
    require_same_origin(&req)?;
    let form: FollowForm = read_json(&mut req).await?;
    let email =
        Email::parse(&form.email).map_err(|p| AppError::from(ApiError::validation(&[FieldError::new("email", p)])))?;
    rate_limit(env, "SUPPORT_LIMITER", &format!("follow:{}", client_ip(&req))).await?;
    let db = env.d1("DB")?;
    let row = published(&db, raw).await?;
    let now = clock::now().0;
    let token = notify::new_token()?;
    let target = Target::id(row.id());
    let lang = crate::http::lang(&req);
    let message = shared::notify::following(
        lang,
        &notify::origin(&req)?,
        shared::notify::Audience::Follower { item: row.id() },
        row.title(),
    );
    let result = notify::follow(&db, &target, email.as_str(), Audience::Public, &token, lang, now)?.run().await?;
    if result.meta()?.and_then(|m| m.changes).unwrap_or(0) > 0 {
        notify::to_one(&db, &target, email.as_str(), &message, &token, now)?.run().await?;
        notify::deliver_later(ctx, env);
    }
    json(201, &Following { email: email.as_str().to_owned() })
}

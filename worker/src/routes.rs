//! The API's routing table: method and path to handler. Kept as one `match` so every route the
//! worker answers is visible in one screen.

use shared::api::analytics::{
    ADMIN_SURVEY_ROUNDS_PATH, BENEFIT_ANALYTICS_CSV_PATH, BENEFIT_ANALYTICS_PATH, FEEDBACK_ANALYTICS_CSV_PATH,
    FEEDBACK_ANALYTICS_PATH, PUBLIC_BENEFITS_PATH, SURVEY_RECEIPTS_PATH, SURVEY_ROUNDS_PATH,
};
use shared::api::clusters::CLUSTERS_PATH;
use shared::api::mfa::{RECOVERY_CODES_PATH, SECOND_FACTOR_PATH, SECURITY_POLICY_PATH, TOTP_PATH};
use shared::api::public::{
    ADMIN_CONSULTATIONS_PATH, ATTACHMENTS_PATH, BOARD_PATH, CONSULTATIONS_PATH, FOLLOWS_PATH, OPENAPI_PATH,
    REPORTS_PATH,
};
use shared::api::review::{
    ATTACHMENTS_SUFFIX, AUDIT_PATH, BULK_PATH, EXPORT_CSV_PATH, EXPORT_JSON_PATH, OUTBOX_PATH, PUBLICATION_SUFFIX,
    QUEUE_PATH, REVIEWERS_PATH, REVIEW_CONSULTATIONS_PATH, SESSION_PATH, USERS_PATH,
};
use shared::api::validation::{
    ADMIN_FIELD_OFFICES_PATH, FIELD_OFFICES_PATH, VALIDATION_ANALYTICS_CSV_PATH, VALIDATION_ANALYTICS_PATH,
    VALIDATION_REPORTS_PATH,
};
use shared::api::{ErrorCode, HEALTH_PATH, RECEIPTS_PATH, SUBMISSIONS_PATH};
use worker::{Context, Env, Method, Request, Response};

use crate::error::AppError;
use crate::review::api::ExportFormat;
use crate::{
    admin, analytics, attachments, auth, board, clusters, consultations, follows, health, openapi, reports, review,
    submissions, surveys, validations,
};

/// The part of `path` after `prefix/`, if it is one non-empty segment followed by `suffix`.
fn segment<'a>(path: &'a str, prefix: &str, suffix: &str) -> Option<&'a str> {
    let rest = path.strip_prefix(prefix)?.strip_prefix('/')?.strip_suffix(suffix)?;
    (!rest.is_empty() && !rest.contains('/')).then_some(rest)
}

/// `prefix/{a}{middle}/{b}`: two segments around a fixed middle part.
fn two<'a>(path: &'a str, prefix: &str, middle: &str) -> Option<(&'a str, &'a str)> {
    let rest = path.strip_prefix(prefix)?.strip_prefix('/')?;
    let (a, b) = rest.split_once(&format!("{middle}/"))?;
    (!a.is_empty() && !a.contains('/') && !b.is_empty() && !b.contains('/')).then_some((a, b))
}

pub async fn handle(req: Request, env: &Env, ctx: &Context) -> Result<Response, AppError> {
    let path = req.path();
    let method = req.method();
    let p = path.as_str();

    if p == HEALTH_PATH {
        allow(&method, &[Method::Get])?;
        return health::get(env).await;
    }
    if p == OPENAPI_PATH {
        allow(&method, &[Method::Get])?;
        return openapi::get();
    }
    if p == SUBMISSIONS_PATH {
        allow(&method, &[Method::Post])?;
        return submissions::api::create(req, env, ctx).await;
    }
    if let Some(tn) = segment(p, RECEIPTS_PATH, "") {
        allow(&method, &[Method::Get])?;
        return submissions::api::receipt(tn, env).await;
    }
    if let Some(tn) = segment(p, RECEIPTS_PATH, "/follow") {
        allow(&method, &[Method::Post])?;
        return submissions::api::follow(tn, req, env, ctx).await;
    }
    if let Some(tn) = segment(p, RECEIPTS_PATH, "/withdraw") {
        allow(&method, &[Method::Post])?;
        return submissions::api::withdraw(tn, req, env, ctx).await;
    }
    if p == ATTACHMENTS_PATH {
        allow(&method, &[Method::Post])?;
        return attachments::api::upload(req, env).await;
    }
    if p == CONSULTATIONS_PATH {
        allow(&method, &[Method::Get])?;
        return consultations::api::list(env).await;
    }
    if let Some(id) = segment(p, CONSULTATIONS_PATH, "") {
        allow(&method, &[Method::Get])?;
        return consultations::api::get(id, env).await;
    }
    if p == BOARD_PATH {
        allow(&method, &[Method::Get])?;
        return board::api::list(req, env).await;
    }
    if let Some(id) = segment(p, BOARD_PATH, "") {
        allow(&method, &[Method::Get])?;
        return board::api::item(id, env).await;
    }
    if let Some(id) = segment(p, BOARD_PATH, "/support") {
        allow(&method, &[Method::Post])?;
        return board::api::support(id, req, env).await;
    }
    if let Some(id) = segment(p, BOARD_PATH, "/follow") {
        allow(&method, &[Method::Post])?;
        return board::api::follow(id, req, env, ctx).await;
    }
    if let Some((id, file)) = two(p, BOARD_PATH, ATTACHMENTS_SUFFIX) {
        allow(&method, &[Method::Get])?;
        return board::api::attachment(id, file, env).await;
    }
    if let Some(token) = segment(p, FOLLOWS_PATH, "") {
        allow(&method, &[Method::Delete])?;
        return follows::unfollow(token, req, env).await;
    }
    if p == SURVEY_ROUNDS_PATH {
        allow(&method, &[Method::Get])?;
        return surveys::api::rounds(env).await;
    }
    if let Some(id) = segment(p, SURVEY_ROUNDS_PATH, "/responses") {
        allow(&method, &[Method::Post])?;
        return surveys::api::respond(id, req, env).await;
    }
    if let Some(tn) = segment(p, SURVEY_RECEIPTS_PATH, "") {
        allow(&method, &[Method::Get])?;
        return surveys::api::receipt(tn, env).await;
    }
    if p == PUBLIC_BENEFITS_PATH {
        allow(&method, &[Method::Get])?;
        return analytics::api::public(req, env).await;
    }
    if p == ADMIN_SURVEY_ROUNDS_PATH {
        allow(&method, &[Method::Post])?;
        return surveys::api::create_round(req, env).await;
    }
    if let Some(id) = segment(p, ADMIN_SURVEY_ROUNDS_PATH, "") {
        allow(&method, &[Method::Put])?;
        return surveys::api::update_round(id, req, env).await;
    }
    if p == BENEFIT_ANALYTICS_PATH || p == BENEFIT_ANALYTICS_CSV_PATH {
        allow(&method, &[Method::Get])?;
        return if p == BENEFIT_ANALYTICS_PATH {
            analytics::api::benefit_figures(req, env).await
        } else {
            analytics::api::benefit_csv(req, env).await
        };
    }
    if p == FEEDBACK_ANALYTICS_PATH || p == FEEDBACK_ANALYTICS_CSV_PATH {
        allow(&method, &[Method::Get])?;
        return if p == FEEDBACK_ANALYTICS_PATH {
            analytics::api::feedback_figures(req, env).await
        } else {
            analytics::api::feedback_csv(req, env).await
        };
    }
    if p == FIELD_OFFICES_PATH {
        allow(&method, &[Method::Get])?;
        return validations::api::offices(env).await;
    }
    if p == VALIDATION_REPORTS_PATH {
        allow(&method, &[Method::Post])?;
        return validations::api::create(req, env).await;
    }
    if let Some(tn) = segment(p, VALIDATION_REPORTS_PATH, "") {
        allow(&method, &[Method::Get])?;
        return validations::api::receipt_of(tn, env).await;
    }
    if p == ADMIN_FIELD_OFFICES_PATH {
        allow(&method, &[Method::Get, Method::Post])?;
        return match method {
            Method::Post => validations::api::add_office(req, env).await,
            _ => validations::api::all_offices(req, env).await,
        };
    }
    if let Some(id) = segment(p, ADMIN_FIELD_OFFICES_PATH, "") {
        allow(&method, &[Method::Patch])?;
        return validations::api::change_office(id, req, env).await;
    }
    if p == VALIDATION_ANALYTICS_PATH || p == VALIDATION_ANALYTICS_CSV_PATH {
        allow(&method, &[Method::Get])?;
        return if p == VALIDATION_ANALYTICS_PATH {
            validations::api::analytics(req, env).await
        } else {
            validations::api::analytics_csv(req, env).await
        };
    }
    if p == REPORTS_PATH {
        allow(&method, &[Method::Post])?;
        return reports::create(req, env).await;
    }
    if p == SESSION_PATH {
        allow(&method, &[Method::Get, Method::Post, Method::Delete])?;
        return match method {
            Method::Post => auth::api::sign_in(req, env).await,
            Method::Delete => auth::api::sign_out(req, env).await,
            _ => auth::api::current(req, env).await,
        };
    }
    if p == SECOND_FACTOR_PATH {
        allow(&method, &[Method::Post])?;
        return auth::two_step::second_factor(req, env).await;
    }
    if p == TOTP_PATH {
        allow(&method, &[Method::Post, Method::Put])?;
        return match method {
            Method::Put => auth::two_step::confirm(req, env).await,
            _ => auth::two_step::start(req, env).await,
        };
    }
    if p == RECOVERY_CODES_PATH {
        allow(&method, &[Method::Post])?;
        return auth::two_step::new_recovery_codes(req, env).await;
    }
    if p == SECURITY_POLICY_PATH {
        allow(&method, &[Method::Get, Method::Put])?;
        return match method {
            Method::Put => auth::two_step::set_policy(req, env).await,
            _ => auth::two_step::policy(req, env).await,
        };
    }
    if p == QUEUE_PATH {
        allow(&method, &[Method::Get])?;
        return review::api::queue(req, env).await;
    }
    if let Some(tn) = segment(p, QUEUE_PATH, "/notes") {
        allow(&method, &[Method::Post])?;
        return review::api::add_note(tn, req, env).await;
    }
    if let Some(tn) = segment(p, QUEUE_PATH, PUBLICATION_SUFFIX) {
        allow(&method, &[Method::Put, Method::Delete])?;
        return match method {
            Method::Put => review::publication::publish(tn, req, env).await,
            _ => review::publication::unpublish(tn, req, env).await,
        };
    }
    if let Some((tn, file)) = two(p, QUEUE_PATH, ATTACHMENTS_SUFFIX) {
        allow(&method, &[Method::Get])?;
        return review::publication::download(tn, file, req, env).await;
    }
    if let Some(tn) = segment(p, QUEUE_PATH, "") {
        allow(&method, &[Method::Get, Method::Patch])?;
        return match method {
            Method::Patch => review::api::update(tn, req, env, ctx).await,
            _ => review::api::detail(tn, req, env).await,
        };
    }
    if p == BULK_PATH {
        allow(&method, &[Method::Post])?;
        return review::api::bulk(req, env, ctx).await;
    }
    if let Some(id) = segment(p, CLUSTERS_PATH, "") {
        allow(&method, &[Method::Get])?;
        return clusters::api::get(id, req, env).await;
    }
    if let Some((id, action)) =
        p.strip_prefix(CLUSTERS_PATH).and_then(|r| r.strip_prefix('/')).and_then(|r| r.split_once('/'))
    {
        if !id.contains('/') && matches!(action, "confirm" | "split" | "representative" | "answer") {
            allow(&method, &[Method::Post])?;
            return match action {
                "confirm" => clusters::api::confirm(id, req, env).await,
                "split" => clusters::api::split(id, req, env).await,
                "representative" => clusters::api::representative(id, req, env).await,
                _ => clusters::api::answer(id, req, env, ctx).await,
            };
        }
    }
    if let Some(id) = segment(p, REVIEW_CONSULTATIONS_PATH, "") {
        allow(&method, &[Method::Get])?;
        return consultations::api::summary(id, req, env).await;
    }
    if p == ADMIN_CONSULTATIONS_PATH {
        allow(&method, &[Method::Post])?;
        return consultations::api::create(req, env).await;
    }
    if let Some(id) = segment(p, ADMIN_CONSULTATIONS_PATH, "") {
        allow(&method, &[Method::Put])?;
        return consultations::api::update(id, req, env).await;
    }
    if p == OUTBOX_PATH {
        allow(&method, &[Method::Get])?;
        return admin::api::outbox(req, env).await;
    }
    if p == EXPORT_CSV_PATH || p == EXPORT_JSON_PATH {
        allow(&method, &[Method::Get])?;
        let format = if p == EXPORT_CSV_PATH { ExportFormat::Csv } else { ExportFormat::Json };
        return review::api::export(req, env, format).await;
    }
    if p == REVIEWERS_PATH {
        allow(&method, &[Method::Get])?;
        return review::api::reviewers(req, env).await;
    }
    if p == USERS_PATH {
        allow(&method, &[Method::Get, Method::Post])?;
        return match method {
            Method::Post => admin::api::create(req, env).await,
            _ => admin::api::list(req, env).await,
        };
    }
    if let Some(id) = segment(p, USERS_PATH, "") {
        allow(&method, &[Method::Patch])?;
        return admin::api::change(id, req, env).await;
    }
    if p == AUDIT_PATH {
        allow(&method, &[Method::Get])?;
        return admin::api::audit_log(req, env).await;
    }
    Err(AppError::client(ErrorCode::NotFound, "There is no API route at this address."))
}

fn allow(method: &Method, allowed: &[Method]) -> Result<(), AppError> {
    if allowed.contains(method) || (*method == Method::Head && allowed.contains(&Method::Get)) {
        return Ok(());
    }
    let list = allowed.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(", ");
    Err(AppError::client(ErrorCode::MethodNotAllowed, format!("This route accepts {list} only."))
        .with_header("Allow", list))
}

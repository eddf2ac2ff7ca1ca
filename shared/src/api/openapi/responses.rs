//! The answers many routes share. The error answers (`components/responses`) have an `ApiError`
//! body whose `code` decides the status (`ErrorCode::http_status`); `document` adds them to each
//! operation by its kind of route (see `add_route_facts`), so a route names by hand only the
//! ones that are facts of that route alone (429). [`Download`] is written inline where a route
//! serves a stored file.

use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Response, ResponseBuilder};
use utoipa::PartialSchema;

use super::FileBytes;
use crate::attachment::FileKind;

fn api_error(description: &str) -> ResponseBuilder {
    ResponseBuilder::new()
        .description(description)
        .content("application/json", ContentBuilder::new().schema(Some(Ref::from_schema_name("ApiError"))).build())
}

fn with_header(response: ResponseBuilder, name: &str, description: &str) -> ResponseBuilder {
    response.header(
        name,
        HeaderBuilder::new()
            .schema(ObjectBuilder::new().schema_type(Type::String))
            .description(Some(description))
            .build(),
    )
}

macro_rules! responses {
    ($( $(#[$doc:meta])* $name:ident => $response:expr; )+) => {$(
        $(#[$doc])*
        pub struct $name;

        impl<'s> utoipa::ToResponse<'s> for $name {
            fn response() -> (&'s str, RefOr<Response>) {
                (stringify!($name), $response.build().into())
            }
        }
    )+};
}

/// A stored file, served as one of the kinds the portal accepts (`FileKind::media_type`, without
/// its parameters).
fn download() -> ResponseBuilder {
    let response = FileKind::ALL.iter().fold(
        ResponseBuilder::new().description(
            "The file, with its checked media type, `Content-Disposition: attachment` and a sandboxing CSP.",
        ),
        |response, kind| {
            let essence = kind.media_type().split(';').next().expect("a media type");
            response.content(essence, ContentBuilder::new().schema(Some(FileBytes::schema())).build())
        },
    );
    with_header(response, "Content-Disposition", "`attachment; filename=\"…\"; filename*=UTF-8''…`")
}

responses! {
    /// 400 on a JSON write.
    BadBody => api_error(
        "`malformed_json`: the body is not a JSON object (or not JSON); or `validation_failed`: a field is \
         unknown, of the wrong type, or its value is refused. `fields` names each field by its JSON key, \
         in form order, with its `problem` when there is one.",
    );
    /// 400 on a read with query parameters.
    BadQuery => api_error(
        "`validation_failed`: a query parameter is unknown or its value is refused; `fields` names it.",
    );
    /// 401 on routes that need a session.
    Unauthorized => api_error("`unauthorized`: no valid session (none, ended, idle too long or too old). Sign in.");
    /// 403 on public writes and session routes.
    CrossSite => api_error(
        "`cross_site_request`: a browser sent this write from another site (`Origin` or `Sec-Fetch-Site`).",
    );
    /// 403 on reviewer reads.
    ReviewerForbidden => api_error(
        "`two_step_required`: an admin requires two-step verification and this account has not set it up; \
         until it does, it may only use the session routes.",
    );
    /// 403 on reviewer writes.
    ReviewerWriteForbidden => api_error(
        "`cross_site_request`: a browser sent this write from another site; or `two_step_required`: an admin \
         requires two-step verification and this account has not set it up.",
    );
    /// 403 on admin reads.
    AdminForbidden => api_error(
        "`forbidden`: the account is not an admin; or `two_step_required`: an admin requires two-step \
         verification and this account has not set it up.",
    );
    /// 403 on admin writes.
    AdminWriteForbidden => api_error(
        "`cross_site_request`: a browser sent this write from another site; `forbidden`: the account is not \
         an admin; or `two_step_required`: two-step verification is required and not set up.",
    );
    /// 405 on every route (added by `document`).
    MethodNotAllowed => with_header(
        api_error("`method_not_allowed`: this path does not take this method."),
        "Allow",
        "The methods the path takes, e.g. `GET, POST`.",
    );
    /// 413 on JSON writes.
    PayloadTooLarge => api_error("`payload_too_large`: the body is larger than 64 KiB.");
    /// 415 on JSON writes.
    UnsupportedMediaType => api_error(
        "`unsupported_media_type`: the body must be sent with `Content-Type: application/json`.",
    );
    /// 422 on writes that take an `Idempotency-Key` (added by `document`).
    IdempotencyKeyReused => api_error(
        "`idempotency_key_reused`: this `Idempotency-Key` was already used for a different body.",
    );
    /// 429 on rate-limited routes.
    RateLimited => with_header(
        api_error("`rate_limited`: too many requests from this network (or for this account) in a short time."),
        "Retry-After",
        "Seconds to wait before trying again.",
    );
    /// 500 on every route (added by `document`).
    InternalError => api_error(
        "`internal_error`: something failed on the server. Nothing was changed; the details are in the log only.",
    );
    /// 200 of a file download (inline: `response = inline(Download)`).
    Download => download();
}

//! The OpenAPI 3.1 document of the whole JSON API, generated from the code with utoipa.
//!
//! Every DTO that crosses the wire derives `utoipa::ToSchema` (behind the `openapi` feature),
//! every vocabulary is described by its wire codes (`code_enum!`), and every operation of the
//! route table (`api::routes`, which the worker dispatches from) is described here once, by
//! `operations!` (an empty function annotated with `#[utoipa::path]`, its path and id taken from
//! the table): `public.rs`, `session.rs`, `review.rs` and `admin.rs`, with the query parameters
//! in `params.rs` and the shared answers in `responses.rs`. A test holds the document's
//! operations equal to the table.
//!
//! [`document`] is what `cargo xtask openapi` writes to `worker/openapi.json`, which the worker
//! serves at `OPENAPI_PATH`; a test in xtask fails when the committed file is stale.
//!
//! utoipa cannot say everything the API does, so [`document`] finishes the job on the JSON:
//! it fixes the keys of links (utoipa 5 writes `operation_id`), takes each operation's tag,
//! security scheme and standard error answers (400/401/403/405/413/415/422/500 by the kind of
//! route) from the table, requires every property of what the worker sends (it always writes
//! every field, `null` when absent, except the few `skip_serializing_if` ones in
//! [`OMITTED_WHEN_EMPTY`]) and closes those objects to other properties.

use std::collections::BTreeSet;

use serde_json::{json, Value};
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::RefOr;
use utoipa::OpenApi;

use super::mfa::SECOND_FACTOR_COOKIE;
use super::review::SESSION_COOKIE;
use super::routes::{Access, ROUTES};
use super::IDEMPOTENCY_KEY_HEADER;

/// Declares a file's operations and `Paths`, the part of the document they make:
/// `method Operation(parameters) { request_body(…), not_found = "…", responses(…) }`.
///
/// Each is an empty function named after its [`Operation`](super::routes::Operation), annotated
/// `#[utoipa::path]` with its method, the path template and id from the route table, its
/// parameters (`params`), `request_body`, its 404 (`not_found`: what it says after
/// "`not_found`: ") and `responses`: those that are its own, since `document` adds the standard
/// ones by kind of route.
macro_rules! operations {
    ($(
        $(#[$doc:meta])*
        $method:ident $op:ident $(($($params:tt)*))? {
            $(request_body($($body:tt)*),)?
            $(not_found = $not_found:literal,)?
            responses($($responses:tt)*) $(,)?
        }
    )+) => {
        $(
            $(#[$doc])*
            #[allow(non_snake_case)]
            #[utoipa::path(
                $method,
                path = $crate::api::routes::Operation::$op.route().template(),
                operation_id = $crate::api::routes::Operation::$op.id(),
                $(params($($params)*),)?
                $(request_body($($body)*),)?
                responses(
                    $((status = 404, description = concat!("`not_found`: ", $not_found), body = $crate::api::ApiError),)?
                    $($responses)*
                ),
            )]
            pub fn $op() {}
        )+

        #[derive(utoipa::OpenApi)]
        #[openapi(paths($($op),+))]
        pub(super) struct Paths;
    };
}

mod admin;
mod examples;
mod params;
mod public;
mod responses;
mod review;
mod session;

/// The raw bytes of a file (an upload's body, a download).
pub(crate) struct FileBytes;

impl utoipa::PartialSchema for FileBytes {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(utoipa::openapi::KnownFormat::Binary)))
            .into()
    }
}

impl utoipa::ToSchema for FileBytes {}

/// Any JSON object (a body whose content the route ignores).
pub(crate) struct AnyObject;

impl utoipa::PartialSchema for AnyObject {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new().schema_type(Type::Object).into()
    }
}

impl utoipa::ToSchema for AnyObject {}

/// One row of `GET /api/v1/review/export.json`: the CSV export's columns, every value text.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(crate) struct ExportRecord {
    tracking_number: String,
    received_at: String,
    status: String,
    priority: String,
    topic: String,
    msc_category: String,
    entity_type: String,
    ctpat_status: String,
    submitter_kind: String,
    name: String,
    organization: String,
    email: String,
    title: String,
    feedback: String,
    recommendation: String,
    /// `yes` or `no`.
    may_publish: String,
    /// The assignee's email address.
    assignee: String,
    /// Tags separated by `; `.
    tags: String,
    public_response: String,
}

#[derive(OpenApi)]
#[openapi(
    servers((url = "/")),
    tags(
        (name = "public", description = "Anyone: feedback, receipts, consultations, the public board, surveys, validation reports."),
        (name = "session", description = "Reviewers and admins signing in and out, and two-step verification."),
        (name = "review", description = "Reviewers (session cookie): the queue, one submission, publication, clusters, dashboards, exports."),
        (name = "admin", description = "Admins (session cookie, admin role): accounts, audit log, outbox, consultations, survey rounds, field offices, security policy."),
    ),
    components(
        schemas(super::ApiError, super::ErrorCode),
        responses(
            responses::BadBody,
            responses::BadQuery,
            responses::Unauthorized,
            responses::CrossSite,
            responses::ReviewerForbidden,
            responses::ReviewerWriteForbidden,
            responses::AdminForbidden,
            responses::AdminWriteForbidden,
            responses::MethodNotAllowed,
            responses::PayloadTooLarge,
            responses::UnsupportedMediaType,
            responses::IdempotencyKeyReused,
            responses::RateLimited,
            responses::InternalError,
        )
    )
)]
struct ApiDoc;

/// Properties the worker leaves out when they are empty (`skip_serializing_if`): every other
/// property of a schema the worker sends is always present.
pub const OMITTED_WHEN_EMPTY: &[(&str, &str)] = &[("ApiError", "fields"), ("FieldMessage", "problem")];

/// The document, as `worker/openapi.json` holds it: pretty JSON, keys in sorted order (stable
/// from one run to the next), a final newline.
pub fn document() -> String {
    let mut text = serde_json::to_string_pretty(&value()).expect("the document is JSON");
    text.push('\n');
    text
}

/// The document as a JSON value.
pub fn value() -> Value {
    let mut api = ApiDoc::openapi();
    for part in [public::Paths::openapi(), session::Paths::openapi(), review::Paths::openapi(), admin::Paths::openapi()]
    {
        api.merge(part);
    }
    let mut doc = serde_json::to_value(api).expect("the document is JSON");
    doc["info"] = json!({
        "title": "CTPAT Feedback Portal API",
        "version": "1",
        "description": "The JSON API of the CTPAT Feedback Portal: the public side (feedback, receipts, consultations, the public board, benefit surveys, validation reports) and the reviewers' and admins' side (session cookie).\n\nEvery error is an `ApiError`; its `code` says what went wrong and decides the HTTP status. Writes take `application/json` bodies of at most 64 KiB with no unknown fields, and refuse requests a browser sends from another site. Every route answers 405 (with `Allow`) to other methods and 500 (`internal_error`) when something fails on the server.",
        "license": { "name": "CC0-1.0", "identifier": "CC0-1.0" }
    });
    doc["components"]["securitySchemes"] = json!({
        "cookieAuth": {
            "type": "apiKey",
            "in": "cookie",
            "name": SESSION_COOKIE,
            "description": "The session cookie `POST /api/v1/session` (or its second step) sets: HttpOnly, Secure, SameSite=Strict. Sessions end after 30 minutes idle and 12 hours after sign-in."
        },
        "secondFactorCookie": {
            "type": "apiKey",
            "in": "cookie",
            "name": SECOND_FACTOR_COOKIE,
            "description": "The pending sign-in that `POST /api/v1/session` sets (202) when the account has two-step verification: valid 5 minutes and 5 wrong codes."
        }
    });
    fix_links(&mut doc);
    add_route_facts(&mut doc);
    close_outputs(&mut doc);
    doc
}

/// utoipa 5 writes a link's `operationId` and `requestBody` in snake case.
fn fix_links(doc: &mut Value) {
    for operation in operations_mut(doc) {
        let Some(responses) = operation.get_mut("responses").and_then(Value::as_object_mut) else { continue };
        for response in responses.values_mut() {
            let Some(links) = response.get_mut("links").and_then(Value::as_object_mut) else { continue };
            for link in links.values_mut() {
                let link = link.as_object_mut().expect("a link is an object");
                for (from, to) in [("operation_id", "operationId"), ("request_body", "requestBody")] {
                    if let Some(v) = link.remove(from) {
                        link.insert(to.to_owned(), v);
                    }
                }
            }
        }
    }
}

/// What the route table says of each operation: its tag, its security scheme, and the error
/// answers every operation of its kind gives (by access and method, and by what it takes: a
/// JSON body, a query, an `Idempotency-Key`), so that no route repeats them by hand. A route
/// names only its own answers (a 404, a 429, a 400 with its own rules); these fill the rest.
fn add_route_facts(doc: &mut Value) {
    for operation in operations_mut(doc) {
        let id = operation["operationId"].as_str().expect("an operation has an id").to_owned();
        let route = ROUTES
            .iter()
            .find(|r| r.operation.id() == id)
            .unwrap_or_else(|| panic!("{id} is documented but not in the route table"));
        operation["tags"] = json!([route.group.tag()]);
        match route.access {
            Access::Anyone => {}
            Access::SecondFactor => operation["security"] = json!([{ "secondFactorCookie": [] }]),
            Access::Session | Access::Reviewer | Access::Admin => operation["security"] = json!([{ "cookieAuth": [] }]),
        }
        let takes_json = operation["requestBody"]["content"].get("application/json").is_some();
        let parameters = operation["parameters"].as_array().map(Vec::as_slice).unwrap_or_default();
        let takes_query = parameters.iter().any(|p| p["in"] == "query");
        let idempotent = parameters.iter().any(|p| p["in"] == "header" && p["name"] == IDEMPOTENCY_KEY_HEADER);
        let write = route.method.is_write();
        let mut standard = Vec::new();
        if takes_json {
            standard.extend([("400", "BadBody"), ("413", "PayloadTooLarge"), ("415", "UnsupportedMediaType")]);
        }
        if takes_query {
            standard.push(("400", "BadQuery"));
        }
        if idempotent {
            standard.push(("422", "IdempotencyKeyReused"));
        }
        match (route.access, write) {
            (Access::Anyone | Access::SecondFactor, true) => standard.push(("403", "CrossSite")),
            (Access::Anyone | Access::SecondFactor, false) => {}
            (Access::Session, w) => {
                standard.extend([("401", "Unauthorized")].into_iter().chain(w.then_some(("403", "CrossSite"))))
            }
            (Access::Reviewer, false) => standard.extend([("401", "Unauthorized"), ("403", "ReviewerForbidden")]),
            (Access::Reviewer, true) => standard.extend([("401", "Unauthorized"), ("403", "ReviewerWriteForbidden")]),
            (Access::Admin, false) => standard.extend([("401", "Unauthorized"), ("403", "AdminForbidden")]),
            (Access::Admin, true) => standard.extend([("401", "Unauthorized"), ("403", "AdminWriteForbidden")]),
        }
        // Every route answers 405 to the methods it does not take and 500 when the server fails.
        standard.extend([("405", "MethodNotAllowed"), ("500", "InternalError")]);
        let responses = operation["responses"].as_object_mut().expect("an operation has responses");
        for (status, name) in standard {
            responses.entry(status).or_insert_with(|| json!({ "$ref": format!("#/components/responses/{name}") }));
        }
    }
}

fn operations_mut(doc: &mut Value) -> impl Iterator<Item = &mut Value> {
    doc["paths"]
        .as_object_mut()
        .expect("the document has paths")
        .values_mut()
        .flat_map(|item| item.as_object_mut().expect("a path item is an object").values_mut())
}

/// The names of the component schemas `node` refers to, directly or through other components.
fn referenced(doc: &Value, node: &Value, into: &mut BTreeSet<String>) {
    match node {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                if let Some(name) = r.strip_prefix("#/components/schemas/") {
                    if into.insert(name.to_owned()) {
                        referenced(doc, &doc["components"]["schemas"][name], into);
                    }
                } else if let Some(name) = r.strip_prefix("#/components/responses/") {
                    referenced(doc, &doc["components"]["responses"][name], into);
                }
            }
            for v in map.values() {
                referenced(doc, v, into);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| referenced(doc, v, into)),
        _ => {}
    }
}

/// Schemas the worker only ever sends: every property is required (an absent value is `null`)
/// unless listed in [`OMITTED_WHEN_EMPTY`], and no other property appears. Schemas that are
/// also read from requests keep what serde accepts.
fn close_outputs(doc: &mut Value) {
    let (mut sent, mut received) = (BTreeSet::new(), BTreeSet::new());
    for item in doc["paths"].as_object().expect("paths").values() {
        for operation in item.as_object().expect("path item").values() {
            referenced(doc, &operation["responses"], &mut sent);
            referenced(doc, &operation["requestBody"], &mut received);
            referenced(doc, &operation["parameters"], &mut received);
        }
    }
    let schemas = doc["components"]["schemas"].as_object_mut().expect("schemas");
    for name in sent.difference(&received) {
        let omitted: Vec<&str> = OMITTED_WHEN_EMPTY.iter().filter(|(s, _)| s == name).map(|(_, p)| *p).collect();
        close(schemas.get_mut(name).expect("a referenced schema exists"), &omitted);
    }
}

fn close(schema: &mut Value, omitted: &[&str]) {
    let Value::Object(map) = schema else { return };
    if let Some(Value::Object(properties)) = map.get("properties") {
        let required: Vec<Value> =
            properties.keys().filter(|k| !omitted.contains(&k.as_str())).map(|k| json!(k)).collect();
        map.insert("required".into(), Value::Array(required));
        map.insert("additionalProperties".into(), json!(false));
    }
    for key in ["properties"] {
        if let Some(Value::Object(properties)) = map.get_mut(key) {
            properties.values_mut().for_each(|v| close(v, &[]));
        }
    }
    for key in ["items", "prefixItems", "oneOf", "anyOf", "allOf"] {
        match map.get_mut(key) {
            Some(Value::Array(items)) => items.iter_mut().for_each(|v| close(v, &[])),
            Some(v @ Value::Object(_)) => close(v, &[]),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests;

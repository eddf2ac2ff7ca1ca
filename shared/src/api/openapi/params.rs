//! Path, header and query parameters, as the worker parses them.
//!
//! Query strings are read by `QueueQuery::parse`, `BoardQuery::parse`, `AnalyticsQuery::parse`,
//! `ValidationQuery::parse` and the audit log handler: an unknown parameter is refused (400) and
//! an empty value means "no filter", so every filter's schema also admits `""`.

use serde_json::json;
use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{AnyOfBuilder, ObjectBuilder, Schema, Type};
use utoipa::openapi::{RefOr, Required};
use utoipa::{IntoParams, PartialSchema};

use crate::api::public::BOARD_PAGE;
use crate::api::IDEMPOTENCY_KEY_MAX;
use crate::board::BoardSort;
use crate::queue::{Identity, Sort, DEFAULT_LIMIT, SEARCH_MAX};
use crate::status::Status;
use crate::taxonomy::{CtpatStatus, EntityType, MscCategory, Topic};
use crate::validation::Mode;
use crate::workflow::TAG_MAX;

fn param(
    name: &str,
    at: ParameterIn,
    required: bool,
    description: &str,
    schema: impl Into<RefOr<Schema>>,
) -> Parameter {
    ParameterBuilder::new()
        .name(name)
        .parameter_in(at)
        .required(if required { Required::True } else { Required::False })
        .description(Some(description))
        .schema(Some(schema))
        .build()
}

fn query(name: &str, description: &str, schema: impl Into<RefOr<Schema>>) -> Parameter {
    param(name, ParameterIn::Query, false, description, schema)
}

fn string() -> ObjectBuilder {
    ObjectBuilder::new().schema_type(Type::String)
}

/// One of a vocabulary's codes, or `""` (no filter).
fn choice<T: PartialSchema>() -> Schema {
    let RefOr::T(Schema::Object(mut schema)) = T::schema() else {
        unreachable!("code_enum! schemas are inline objects")
    };
    schema.enum_values.get_or_insert_with(Vec::new).insert(0, json!(""));
    Schema::Object(schema)
}

/// Fixed words, or `""`.
fn words(values: &[&str]) -> Schema {
    string().enum_values(Some(std::iter::once("").chain(values.iter().copied()))).into()
}

fn int64() -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(utoipa::openapi::KnownFormat::Int64)))
}

/// An integer in `min..=max`, or `""`.
fn integer_or_empty(min: Option<i64>, max: Option<i64>) -> Schema {
    let n = int64().minimum(min.map(|m| m as f64)).maximum(max.map(|m| m as f64));
    AnyOfBuilder::new().item(n).item(string().enum_values(Some([""]))).into()
}

fn limit(max: u32, default: u32) -> Schema {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(1.0))
        .maximum(Some(f64::from(max)))
        .default(Some(json!(default)))
        .into()
}

/// A keyset cursor: the `next` of the previous page (`key.time.id`), or `""`.
fn cursor() -> Schema {
    string().pattern(Some(r"^([0-9]{1,18}\.[0-9]{1,18}\.0*[1-9][0-9]{0,17})?$")).into()
}

fn search() -> Schema {
    string().max_length(Some(SEARCH_MAX)).into()
}

macro_rules! params {
    ($( $(#[$doc:meta])* $name:ident => $params:expr; )+) => {$(
        $(#[$doc])*
        pub struct $name;

        impl IntoParams for $name {
            fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
                $params
            }
        }
    )+};
}

params! {
    TrackingNumberPath => vec![param(
        "tracking_number",
        ParameterIn::Path,
        true,
        "The tracking number (`CTPAT-XXXX-XXXX-XXXX`; case, spaces and dashes are forgiven). An unknown one is 404.",
        string().pattern(Some(crate::api::schema::TRACKING_NUMBER_PATTERN)),
    )];
    IdPath => vec![param(
        "id",
        ParameterIn::Path,
        true,
        "Its number. Anything else, or a number that names nothing, is 404.",
        int64().minimum(Some(1.0)),
    )];
    FilePath => vec![param(
        "file",
        ParameterIn::Path,
        true,
        "The attachment's id (32 lower-case hex digits), from the item or submission.",
        string().pattern(Some("^[0-9a-f]{32}$")),
    )];
    TokenPath => vec![param(
        "token",
        ParameterIn::Path,
        true,
        "The unfollow token from a notification email (32 hex digits).",
        string().pattern(Some("^[0-9a-fA-F]{32}$")),
    )];
    IdempotencyKey => vec![param(
        crate::api::IDEMPOTENCY_KEY_HEADER,
        ParameterIn::Header,
        false,
        "Makes the request safe to retry: the same key with the same body answers the same receipt (`Idempotent-Replayed: true`) before any rate limit; with a different body it is 422.",
        string().pattern(Some(format!("^[!-~]{{1,{IDEMPOTENCY_KEY_MAX}}}$"))),
    )];
    UploadName => vec![param(
        "name",
        ParameterIn::Query,
        true,
        "The file's name; its extension must match its content (pdf, png, jpg/jpeg, docx, xlsx, txt).",
        string().examples([json!("photo.png")]),
    )];
    BoardParams => vec![
        query("q", "Words that must all appear in the published text (prefix match).", search()),
        query("topic", "Only this topic.", choice::<Topic>()),
        query("msc_category", "Only this minimum security criteria category.", choice::<MscCategory>()),
        query("entity_type", "Only feedback from this kind of entity.", choice::<EntityType>()),
        query("consultation", "Only answers to this consultation.", integer_or_empty(Some(1), None)),
        query("status", "Only this review status.", choice::<Status>()),
        query("sort", "Order: newest published first (default), or most supported first.", choice::<BoardSort>()),
        query("after", "The `next` of the previous page.", cursor()),
        query("limit", "Items per page.", limit(crate::board::MAX_LIMIT, BOARD_PAGE)),
    ];
    QueueParams => vec![
        query("status", "Only this status.", choice::<Status>()),
        query("topic", "Only this topic.", choice::<Topic>()),
        query("msc_category", "Only this MSC category.", choice::<MscCategory>()),
        query("entity_type", "Only this entity type.", choice::<EntityType>()),
        query("ctpat_status", "Only this CTPAT status.", choice::<CtpatStatus>()),
        query("from", "Received on or after this day (UTC), `YYYY-MM-DD`.", date_or_empty()),
        query("to", "Received on or before this day (UTC), `YYYY-MM-DD`; not before `from`.", date_or_empty()),
        query(
            "assignee",
            "`unassigned`, `mine`, or a user id.",
            string().pattern(Some("^(unassigned|mine|0*[1-9][0-9]{0,17})?$")),
        ),
        query(
            "tag",
            "Only submissions with this tag (letters, digits, spaces and dashes).",
            string().max_length(Some(TAG_MAX)).pattern(Some("^[0-9A-Za-z -]*$")),
        ),
        query("identity", "Identified or anonymous submitters only.", choice::<Identity>()),
        query("consultation", "Only answers to this consultation.", integer_or_empty(Some(1), None)),
        query("language", "Only feedback written in this language.", words(&["en", "es", "fr"])),
        query("flagged", "`yes`: only submissions reported as filed in someone's name.", words(&["no", "yes"])),
        query("q", "Words that must all appear (prefix match).", search()),
        query("sort", "Order (newest first by default).", choice::<Sort>()),
        query("after", "The `next` of the previous page.", cursor()),
        query("limit", "Rows per page.", limit(crate::queue::MAX_LIMIT, DEFAULT_LIMIT)),
    ];
    BenefitParams => vec![
        query("round", "One survey round; every round when absent.", integer_or_empty(Some(1), None)),
        query("entity_type", "Only respondents of this entity type.", choice::<EntityType>()),
        query("tier", "Only respondents of this CTPAT status.", choice::<CtpatStatus>()),
    ];
    PublicBenefitParams => vec![query("round", "One survey round; every round when absent.", integer_or_empty(Some(1), None))];
    ValidationParams => vec![
        query("year", "Only validations of this year.", integer_or_empty(Some(2005), Some(9999))),
        query("mode", "Only this mode of transport.", choice::<Mode>()),
        query("entity_type", "Only this entity type.", choice::<EntityType>()),
        query("field_office", "Only this field office (its id).", integer_or_empty(Some(1), None)),
    ];
    AuditParams => vec![
        query("actor", "Only entries by this email address (any case).", string()),
        query("action", "Only this action (`sign_in`, `update_submission`, `export`, …).", string()),
        query("after", "The `next` of the previous page: entries older than this id.", integer_or_empty(None, None)),
    ];
}

/// `YYYY-MM-DD`, or `""`.
fn date_or_empty() -> Schema {
    AnyOfBuilder::new()
        .item(string().format(Some(utoipa::openapi::SchemaFormat::KnownFormat(utoipa::openapi::KnownFormat::Date))))
        .item(string().enum_values(Some([""])))
        .into()
}

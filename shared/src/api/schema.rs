//! The OpenAPI schemas that the wire types name in their `schema_with` attributes: kept apart
//! from the document (`openapi`), which names the wire types, so neither module needs the other.

use serde_json::json;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};

/// `CTPAT-XXXX-XXXX-XXXX` in Crockford's base 32, as the worker writes tracking numbers.
pub const TRACKING_NUMBER_PATTERN: &str = "^CTPAT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$";

/// The schema of a tracking number the worker writes (`schema_with` on DTO fields).
pub fn tracking_number() -> Schema {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some(TRACKING_NUMBER_PATTERN))
        .examples([json!("CTPAT-7K3M-9QXD-2R4T")])
        .into()
}

/// A tracking number or `null`.
pub fn tracking_number_or_null() -> Schema {
    ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::SchemaType::from_iter([Type::String, Type::Null]))
        .pattern(Some(TRACKING_NUMBER_PATTERN))
        .into()
}

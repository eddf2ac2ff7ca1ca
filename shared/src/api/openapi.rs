//! The OpenAPI 3.1 document of the public read-only API (the board, consultations and receipt
//! status), built from the same path constants and vocabularies the code uses, so a renamed
//! path or a new code shows up here without anyone editing JSON by hand.

use serde_json::{json, Value};

use super::public::{BOARD_PATH, CONSULTATIONS_PATH};
use super::RECEIPTS_PATH;
use crate::attachment::FileKind;
use crate::board::BoardSort;
use crate::consultation::Phase;
use crate::status::Status;
use crate::taxonomy::{EntityType, MscCategory, Topic};

fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Value {
    json!({ "type": "string", "enum": all.iter().map(|v| code(*v)).collect::<Vec<_>>() })
}

fn nullable(schema: Value) -> Value {
    json!({ "oneOf": [schema, { "type": "null" }] })
}

fn error_responses() -> Value {
    json!({
        "400": { "description": "A parameter is invalid; `fields` names it.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ApiError" } } } },
        "404": { "description": "Not found (or not published).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ApiError" } } } }
    })
}

fn query(name: &str, schema: Value, description: &str) -> Value {
    json!({ "name": name, "in": "query", "required": false, "schema": schema, "description": description })
}

/// The document served at `OPENAPI_PATH`.
pub fn document() -> Value {
    let topic = codes(Topic::ALL, Topic::code);
    let msc = codes(MscCategory::ALL, MscCategory::code);
    let entity = codes(EntityType::ALL, EntityType::code);
    let status = codes(Status::ALL, Status::code);
    let phase = codes(Phase::ALL, Phase::code);
    let kind = codes(FileKind::ALL, FileKind::code);
    let sort = codes(BoardSort::ALL, BoardSort::code);
    let mut paths = serde_json::Map::new();
    paths.insert(
        BOARD_PATH.into(),
        json!({ "get": {
            "operationId": "listBoard",
            "summary": "Published feedback with CBP's responses, newest or most supported first.",
            "parameters": [
                query("q", json!({ "type": "string", "maxLength": 200 }), "Words that must all appear (prefix match, accents ignored)."),
                query("topic", topic.clone(), "Topic."),
                query("msc_category", msc.clone(), "Minimum security criteria category."),
                query("entity_type", entity.clone(), "Entity type of the submitter."),
                query("consultation", json!({ "type": "integer", "minimum": 1 }), "Consultation id."),
                query("status", status.clone(), "Review status."),
                query("sort", sort, "Order."),
                query("after", json!({ "type": "string" }), "The `next` value of the previous page."),
                query("limit", json!({ "type": "integer", "minimum": 1, "maximum": crate::board::MAX_LIMIT }), "Items per page.")
            ],
            "responses": {
                "200": { "description": "One page.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/BoardPage" } } },
                         "links": { "item": { "operationId": "getBoardItem", "parameters": { "id": "$response.body#/items/0/id" } } } },
                "400": error_responses()["400"].clone()
            }
        }}),
    );
    paths.insert(
        format!("{BOARD_PATH}/{{id}}"),
        json!({ "get": {
            "operationId": "getBoardItem",
            "summary": "One published item.",
            "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "minimum": 1 } }],
            "responses": {
                "200": { "description": "The item.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/PublicItem" } } } },
                "404": error_responses()["404"].clone()
            }
        }}),
    );
    paths.insert(
        CONSULTATIONS_PATH.into(),
        json!({ "get": {
            "operationId": "listConsultations",
            "summary": "Every consultation: open, upcoming and closed.",
            "responses": {
                "200": { "description": "The list.", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Consultation" } } } },
                         "links": { "consultation": { "operationId": "getConsultation", "parameters": { "id": "$response.body#/0/id" } } } }
            }
        }}),
    );
    paths.insert(
        format!("{CONSULTATIONS_PATH}/{{id}}"),
        json!({ "get": {
            "operationId": "getConsultation",
            "summary": "One consultation.",
            "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "minimum": 1 } }],
            "responses": {
                "200": { "description": "The consultation.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Consultation" } } } },
                "404": error_responses()["404"].clone()
            }
        }}),
    );
    paths.insert(
        format!("{RECEIPTS_PATH}/{{tracking_number}}"),
        json!({ "get": {
            "operationId": "getReceiptStatus",
            "summary": "The status of one submission by its tracking number: no contact details, no text.",
            "parameters": [{ "name": "tracking_number", "in": "path", "required": true, "schema": { "type": "string" } }],
            "responses": {
                "200": { "description": "The status and timeline.", "content": { "application/json": { "schema": { "type": "object" } } } },
                "404": error_responses()["404"].clone()
            }
        }}),
    );
    paths.insert(
        super::analytics::SURVEY_ROUNDS_PATH.into(),
        json!({ "get": {
            "operationId": "listSurveyRounds",
            "summary": "Benefit survey rounds: open, upcoming and closed.",
            "responses": { "200": { "description": "The rounds.", "content": { "application/json": { "schema": { "type": "array", "items": { "type": "object" } } } } } }
        }}),
    );
    paths.insert(
        super::analytics::PUBLIC_BENEFITS_PATH.into(),
        json!({ "get": {
            "operationId": "getBenefitSummary",
            "summary": "How partners value CTPAT benefits: every figure resting on fewer than 5 responses is withheld.",
            "parameters": [query("round", json!({ "type": "integer", "minimum": 1 }), "One survey round; all rounds when absent.")],
            "responses": {
                "200": { "description": "The summary.", "content": { "application/json": { "schema": { "type": "object" } } } },
                "400": error_responses()["400"].clone()
            }
        }}),
    );
    let response = json!({ "type": "object", "required": ["text", "responded_at"], "properties": {
        "text": { "type": "string" }, "responded_at": { "type": "string", "format": "date-time" } } });
    let reference = json!({ "type": "object", "required": ["id", "title"], "properties": {
        "id": { "type": "integer" }, "title": { "type": "string" } } });
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "CTPAT Feedback Portal public API",
            "version": "1",
            "description": "Read-only access to published feedback, CBP's public responses and consultations. Nothing unpublished and no contact detail is ever returned."
        },
        "paths": Value::Object(paths),
        "components": { "schemas": {
            "ApiError": { "type": "object", "required": ["code", "message"], "properties": {
                "code": { "type": "string" }, "message": { "type": "string" },
                "fields": { "type": "array", "items": { "type": "object", "required": ["field", "code", "message"], "properties": {
                    "field": { "type": "string" }, "code": { "type": "string" }, "message": { "type": "string" } } } } } },
            "Consultation": { "type": "object",
                "required": ["id", "title", "question", "background", "topic", "msc_category", "opens_on", "closes_on", "late_allowed", "phase"],
                "properties": {
                    "id": { "type": "integer" }, "title": { "type": "string" }, "question": { "type": "string" },
                    "background": nullable(json!({ "type": "string" })), "topic": nullable(topic.clone()), "msc_category": nullable(msc.clone()),
                    "opens_on": { "type": "string", "format": "date" }, "closes_on": { "type": "string", "format": "date" },
                    "late_allowed": { "type": "boolean" }, "phase": phase } },
            "PublicItem": { "type": "object",
                "required": ["id", "title", "feedback", "recommendation", "topic", "msc_category", "entity_type", "status", "consultation",
                             "received_at", "published_at", "redacted", "public_response", "support", "attachments", "similar"],
                "properties": {
                    "id": { "type": "integer" }, "title": { "type": "string" }, "feedback": { "type": "string" },
                    "recommendation": nullable(json!({ "type": "string" })), "topic": topic, "msc_category": nullable(msc),
                    "entity_type": entity.clone(), "status": status, "consultation": nullable(reference),
                    "received_at": { "type": "string", "format": "date-time" }, "published_at": { "type": "string", "format": "date-time" },
                    "redacted": { "type": "boolean" }, "public_response": nullable(response),
                    "support": { "type": "object", "required": ["total", "by_entity_type"], "properties": {
                        "total": { "type": "integer" },
                        "by_entity_type": { "type": "array", "items": { "type": "object", "required": ["entity_type", "count"], "properties": {
                            "entity_type": entity, "count": { "type": "integer" } } } } } },
                    "attachments": { "type": "array", "items": { "type": "object", "required": ["id", "file_name", "kind", "size"], "properties": {
                        "id": { "type": "string" }, "file_name": { "type": "string" }, "kind": kind, "size": { "type": "integer" } } } },
                    "similar": { "type": "integer", "description": "Near-identical submissions received besides this one." } } },
            "BoardPage": { "type": "object", "required": ["items", "next"], "properties": {
                "items": { "type": "array", "items": { "$ref": "#/components/schemas/PublicItem" } },
                "next": nullable(json!({ "type": "string" })) } }
        } }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::public::{ConsultationView, PublicItem, SupportCounts};

    #[test]
    fn every_public_read_path_is_described() {
        let doc = document();
        for p in ["/api/v1/board", "/api/v1/board/{id}", "/api/v1/consultations", "/api/v1/consultations/{id}"] {
            assert!(doc["paths"][p]["get"]["operationId"].is_string(), "{p}");
        }
    }

    /// The schemas list exactly the fields the DTOs serialise, so the document cannot drift.
    #[test]
    fn schemas_match_the_wire_types() {
        let doc = document();
        let keys = |v: Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        let item = PublicItem {
            id: 1,
            title: String::new(),
            feedback: String::new(),
            recommendation: None,
            topic: Topic::Other,
            msc_category: None,
            entity_type: EntityType::Other,
            status: Status::Received,
            consultation: None,
            received_at: String::new(),
            published_at: String::new(),
            redacted: false,
            public_response: None,
            support: SupportCounts::default(),
            attachments: vec![],
            similar: 0,
        };
        let mut want = keys(serde_json::to_value(&item).unwrap());
        let mut have = keys(doc["components"]["schemas"]["PublicItem"]["properties"].clone());
        want.sort();
        have.sort();
        assert_eq!(want, have);
        let c = ConsultationView {
            id: 1,
            title: String::new(),
            question: String::new(),
            background: None,
            topic: None,
            msc_category: None,
            opens_on: String::new(),
            closes_on: String::new(),
            late_allowed: false,
            phase: Phase::Open,
        };
        let mut want = keys(serde_json::to_value(&c).unwrap());
        let mut have = keys(doc["components"]["schemas"]["Consultation"]["properties"].clone());
        want.sort();
        have.sort();
        assert_eq!(want, have);
    }
}

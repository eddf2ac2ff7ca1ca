use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::*;
use crate::api::public::{ConsultationView, PublicItem, SupportCounts};
use crate::api::schema::TRACKING_NUMBER_PATTERN;
use crate::api::{ApiError, ErrorCode, FieldMessage};
use crate::attachment::FileKind;
use crate::board::BoardSort;
use crate::consultation::Phase;
use crate::status::Status;
use crate::taxonomy::{EntityType, MscCategory, Topic};

fn operations(doc: &Value) -> Vec<(String, String, &Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            out.push((path.clone(), method.clone(), op));
        }
    }
    out
}

/// The router dispatches from the route table: the document describes exactly its operations,
/// each with the table's method, template and id.
#[test]
fn the_documents_operations_are_the_route_table() {
    let doc = value();
    let documented: BTreeSet<(String, String, String)> = operations(&doc)
        .into_iter()
        .map(|(path, method, op)| (method.to_uppercase(), path, op["operationId"].as_str().unwrap().to_owned()))
        .collect();
    let table: BTreeSet<(String, String, String)> = crate::api::routes::ROUTES
        .iter()
        .map(|r| (r.method.as_str().to_owned(), r.template(), r.operation.id()))
        .collect();
    assert_eq!(documented, table);
    assert_eq!(table.len(), crate::api::routes::ROUTES.len());
}

#[test]
fn the_document_is_openapi_3_1_with_the_portals_info() {
    let doc = value();
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["info"]["title"], "CTPAT Feedback Portal API");
    assert_eq!(doc["info"]["version"], "1");
    assert_eq!(doc["servers"], json!([{ "url": "/" }]));
    assert!(document().ends_with("}\n"));
    assert_eq!(document(), document(), "generation is deterministic");
}

/// The routing table of worker/src/routes.rs, route by route: a new route must be declared here.
#[test]
fn every_route_of_the_worker_is_an_operation() {
    let doc = value();
    let have: BTreeSet<(String, String)> =
        operations(&doc).into_iter().map(|(p, m, _)| (m.to_uppercase(), p)).collect();
    let want: BTreeSet<(String, String)> = [
        "GET /api/health",
        "GET /api/v1/openapi.json",
        "POST /api/v1/submissions",
        "GET /api/v1/receipts/{tracking_number}",
        "POST /api/v1/receipts/{tracking_number}/follow",
        "POST /api/v1/receipts/{tracking_number}/withdraw",
        "POST /api/v1/attachments",
        "GET /api/v1/consultations",
        "GET /api/v1/consultations/{id}",
        "GET /api/v1/board",
        "GET /api/v1/board/{id}",
        "POST /api/v1/board/{id}/support",
        "POST /api/v1/board/{id}/follow",
        "GET /api/v1/board/{id}/attachments/{file}",
        "DELETE /api/v1/follows/{token}",
        "GET /api/v1/surveys",
        "POST /api/v1/surveys/{id}/responses",
        "GET /api/v1/survey-receipts/{tracking_number}",
        "GET /api/v1/benefits",
        "POST /api/v1/admin/surveys",
        "PUT /api/v1/admin/surveys/{id}",
        "GET /api/v1/review/analytics/benefits",
        "GET /api/v1/review/analytics/benefits.csv",
        "GET /api/v1/review/analytics/feedback",
        "GET /api/v1/review/analytics/feedback.csv",
        "GET /api/v1/field-offices",
        "POST /api/v1/validation-reports",
        "GET /api/v1/validation-reports/{tracking_number}",
        "GET /api/v1/admin/field-offices",
        "POST /api/v1/admin/field-offices",
        "PATCH /api/v1/admin/field-offices/{id}",
        "GET /api/v1/review/analytics/validations",
        "GET /api/v1/review/analytics/validations.csv",
        "POST /api/v1/reports",
        "GET /api/v1/session",
        "POST /api/v1/session",
        "DELETE /api/v1/session",
        "POST /api/v1/session/second-factor",
        "POST /api/v1/session/totp",
        "PUT /api/v1/session/totp",
        "POST /api/v1/session/totp/recovery-codes",
        "GET /api/v1/admin/security",
        "PUT /api/v1/admin/security",
        "GET /api/v1/review/submissions",
        "POST /api/v1/review/submissions/{tracking_number}/notes",
        "PUT /api/v1/review/submissions/{tracking_number}/publication",
        "DELETE /api/v1/review/submissions/{tracking_number}/publication",
        "GET /api/v1/review/submissions/{tracking_number}/attachments/{file}",
        "GET /api/v1/review/submissions/{tracking_number}",
        "PATCH /api/v1/review/submissions/{tracking_number}",
        "POST /api/v1/review/bulk",
        "GET /api/v1/review/clusters/{id}",
        "POST /api/v1/review/clusters/{id}/confirm",
        "POST /api/v1/review/clusters/{id}/split",
        "POST /api/v1/review/clusters/{id}/representative",
        "POST /api/v1/review/clusters/{id}/answer",
        "GET /api/v1/review/consultations/{id}",
        "POST /api/v1/admin/consultations",
        "PUT /api/v1/admin/consultations/{id}",
        "GET /api/v1/admin/outbox",
        "GET /api/v1/review/export.csv",
        "GET /api/v1/review/export.json",
        "GET /api/v1/review/reviewers",
        "GET /api/v1/admin/users",
        "POST /api/v1/admin/users",
        "PATCH /api/v1/admin/users/{id}",
        "GET /api/v1/admin/audit",
    ]
    .iter()
    .map(|r| {
        let (m, p) = r.split_once(' ').unwrap();
        (m.to_owned(), p.to_owned())
    })
    .collect();
    assert_eq!(have, want);
}

#[test]
fn operation_ids_are_unique_camel_case_and_tagged() {
    let doc = value();
    let mut seen = BTreeSet::new();
    for (path, method, op) in operations(&doc) {
        let id = op["operationId"].as_str().unwrap_or_else(|| panic!("{method} {path} has no operationId"));
        assert!(
            id.chars().next().unwrap().is_ascii_lowercase() && id.chars().all(|c| c.is_ascii_alphanumeric()),
            "{id}"
        );
        assert!(seen.insert(id.to_owned()), "{id} twice");
        let tags = op["tags"].as_array().unwrap();
        assert_eq!(tags.len(), 1, "{id}");
        assert!(["public", "session", "review", "admin"].contains(&tags[0].as_str().unwrap()), "{id}");
        let security = op.get("security").is_some();
        let tag = tags[0].as_str().unwrap();
        assert_eq!(security, tag == "review" || tag == "admin" || (tag == "session" && id != "signIn"), "{id}");
        for status in ["405", "500"] {
            assert!(op["responses"][status].is_object(), "{id} {status}");
        }
    }
}

#[test]
fn every_path_parameter_is_declared_and_every_reference_resolves() {
    let doc = value();
    for (path, method, op) in operations(&doc) {
        let declared: BTreeSet<&str> = op["parameters"]
            .as_array()
            .map(|ps| ps.iter().filter(|p| p["in"] == "path").map(|p| p["name"].as_str().unwrap()).collect())
            .unwrap_or_default();
        let in_path: BTreeSet<&str> = path.split('/').filter_map(|s| s.strip_prefix('{')?.strip_suffix('}')).collect();
        assert_eq!(declared, in_path, "{method} {path}");
    }
    fn refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref") {
                    out.push(r);
                }
                m.values().for_each(|v| refs(v, out));
            }
            Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    refs(&doc, &mut all);
    for r in all {
        let pointer = r.strip_prefix('#').unwrap();
        assert!(doc.pointer(pointer).is_some(), "{r} does not resolve");
    }
}

#[test]
fn links_name_existing_operations_and_parameters() {
    let doc = value();
    let ops: Vec<_> = operations(&doc);
    let by_id = |id: &str| ops.iter().find(|(_, _, op)| op["operationId"] == id).map(|(_, _, op)| *op);
    let mut count = 0;
    for (_, _, op) in &ops {
        for response in op["responses"].as_object().unwrap().values() {
            for (name, link) in response["links"].as_object().into_iter().flatten() {
                count += 1;
                assert!(link.get("operation_id").is_none(), "{name}: utoipa's snake case left");
                let target = by_id(link["operationId"].as_str().unwrap()).unwrap_or_else(|| panic!("{name}"));
                for p in link["parameters"].as_object().into_iter().flatten().map(|(k, _)| k) {
                    assert!(
                        target["parameters"].as_array().unwrap().iter().any(|tp| tp["name"] == json!(p)),
                        "{name}: {p}"
                    );
                }
            }
        }
    }
    assert!(count >= 20, "{count} links");
    let receipt = &doc["paths"]["/api/v1/submissions"]["post"]["responses"]["201"]["links"]["getReceipt"];
    assert_eq!(receipt["operationId"], "getReceipt");
    assert_eq!(receipt["parameters"]["tracking_number"], "$response.body#/tracking_number");
}

#[test]
fn the_session_cookie_is_the_security_scheme() {
    let doc = value();
    let scheme = &doc["components"]["securitySchemes"]["cookieAuth"];
    assert_eq!(scheme["type"], "apiKey");
    assert_eq!(scheme["in"], "cookie");
    assert_eq!(scheme["name"], SESSION_COOKIE);
    assert_eq!(doc["components"]["securitySchemes"]["secondFactorCookie"]["name"], SECOND_FACTOR_COOKIE);
}

fn enum_of(doc: &Value, name: &str) -> Vec<String> {
    doc["components"]["schemas"][name]["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("{name} has no enum"))
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// Vocabularies are described by their wire codes, from the same `code_enum!` declarations.
#[test]
fn enums_are_the_vocabularies_codes() {
    let doc = value();
    let codes = |all: Vec<&str>| all.into_iter().map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(enum_of(&doc, "Topic"), codes(Topic::ALL.iter().map(|v| v.code()).collect()));
    assert_eq!(enum_of(&doc, "MscCategory"), codes(MscCategory::ALL.iter().map(|v| v.code()).collect()));
    assert_eq!(enum_of(&doc, "EntityType"), codes(EntityType::ALL.iter().map(|v| v.code()).collect()));
    assert_eq!(enum_of(&doc, "Status"), codes(Status::ALL.iter().map(|v| v.code()).collect()));
    assert_eq!(enum_of(&doc, "Phase"), codes(Phase::ALL.iter().map(|v| v.code()).collect()));
    assert_eq!(enum_of(&doc, "FileKind"), codes(FileKind::ALL.iter().map(|v| v.code()).collect()));
    assert_eq!(enum_of(&doc, "ErrorCode"), codes(ErrorCode::ALL.iter().map(|v| v.code()).collect()));
    let sort = doc["paths"]["/api/v1/board"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "sort")
        .unwrap()["schema"]["enum"]
        .clone();
    let mut want = vec![json!("")];
    want.extend(BoardSort::ALL.iter().map(|s| json!(s.code())));
    assert_eq!(sort, Value::Array(want));
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

fn required(doc: &Value, name: &str) -> BTreeSet<String> {
    doc["components"]["schemas"][name]["required"]
        .as_array()
        .unwrap_or_else(|| panic!("{name} has no required"))
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// What the worker sends has every field, `null` when absent: the schemas require exactly the
/// keys serde writes, and no others.
#[test]
fn sent_schemas_require_exactly_the_serialised_keys() {
    let doc = value();
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
    let item = serde_json::to_value(&item).unwrap();
    assert_eq!(required(&doc, "PublicItem"), keys(&item));
    assert_eq!(keys(&doc["components"]["schemas"]["PublicItem"]["properties"]), keys(&item));
    assert_eq!(doc["components"]["schemas"]["PublicItem"]["additionalProperties"], json!(false));
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
    assert_eq!(required(&doc, "ConsultationView"), keys(&serde_json::to_value(&c).unwrap()));
}

/// The `skip_serializing_if` fields: absent when empty, so not required.
#[test]
fn omitted_when_empty_matches_serde() {
    let doc = value();
    let bare = serde_json::to_value(ApiError::new(ErrorCode::NotFound, "x")).unwrap();
    assert_eq!(required(&doc, "ApiError"), keys(&bare));
    let message = FieldMessage { field: "f".into(), code: "c".into(), message: "m".into(), problem: None };
    assert_eq!(required(&doc, "FieldMessage"), keys(&serde_json::to_value(&message).unwrap()));
    let full = ApiError::validation(&[crate::text::FieldError::new("title", crate::text::Problem::Required)]);
    let full = serde_json::to_value(&full).unwrap();
    assert_eq!(keys(&doc["components"]["schemas"]["ApiError"]["properties"]), keys(&full));
    assert_eq!(keys(&doc["components"]["schemas"]["FieldMessage"]["properties"]), keys(&full["fields"][0]));
    assert_eq!(OMITTED_WHEN_EMPTY.len(), 2);
}

/// Request bodies keep serde's rules: unknown fields refused, missing ones defaulted.
#[test]
fn request_schemas_follow_serde() {
    let doc = value();
    let form = &doc["components"]["schemas"]["FeedbackForm"];
    assert_eq!(form["additionalProperties"], json!(false));
    assert!(form.get("required").is_none(), "every field of the form has a default");
    assert_eq!(required(&doc, "SignIn"), ["email", "password"].iter().map(|s| s.to_string()).collect());
    assert_eq!(doc["components"]["schemas"]["SignIn"]["additionalProperties"], json!(false));
    // `assignee`: absent leaves it, `null` unassigns, a number assigns.
    let assignee = &doc["components"]["schemas"]["SubmissionUpdate"]["properties"]["assignee"];
    assert_eq!(assignee["type"], json!(["integer", "null"]));
    assert!(doc["components"]["schemas"]["ValidationReportForm"].is_object());
    assert!(doc["components"]["schemas"]["ReportForm"]["properties"]["reference"].is_object());
}

/// The examples in the document are bodies the worker's rules accept.
#[test]
fn request_examples_pass_the_rules() {
    use super::examples;
    crate::feedback::Feedback::parse(&examples::feedback_form()).expect("feedback example");
    crate::consultation::Consultation::parse(&examples::consultation_form()).expect("consultation example");
    crate::survey::Round::parse(&examples::survey_round_form()).expect("survey round example");
    crate::publication::Publication::parse(&examples::publication_form()).expect("publication example");
    crate::account::Password::parse(examples::new_user()["password"].as_str().unwrap()).expect("password example");
    let doc = value();
    let example = &doc["paths"]["/api/v1/submissions"]["post"]["requestBody"]["content"]["application/json"]["example"];
    assert_eq!(example, &examples::feedback());
}

#[test]
fn tracking_numbers_match_their_pattern() {
    // No regex engine here: check the pattern's shape against real numbers by hand.
    for seed in [0u64, 1, u64::MAX, 0x0123_4567_89ab_cdef] {
        let tn = crate::receipt::TrackingNumber::from_random(seed.to_le_bytes());
        let s = tn.as_str();
        let groups: Vec<&str> = s.split('-').collect();
        assert_eq!(groups[0], "CTPAT");
        assert_eq!(groups.len(), 4);
        for g in &groups[1..] {
            assert_eq!(g.len(), 4);
            assert!(g.chars().all(|c| c.is_ascii_digit() || (c.is_ascii_uppercase() && !"ILOU".contains(c))), "{s}");
        }
    }
    assert_eq!(TRACKING_NUMBER_PATTERN, "^CTPAT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$");
}

//! The admins' routes: a session cookie of an account with the admin role.
#![allow(dead_code)] // Declarations only: utoipa reads the attributes, nothing calls the functions.

use super::params::{AuditParams, IdPath};
use super::responses::{
    AdminForbidden, AdminWriteForbidden, BadBody, BadQuery, PayloadTooLarge, Unauthorized, UnsupportedMediaType,
};
use crate::api::analytics::{SurveyRound, SurveyRoundForm, ADMIN_SURVEY_ROUNDS_PATH};
use crate::api::mfa::{SecurityPolicy, SECURITY_POLICY_PATH};
use crate::api::public::{ConsultationView, ADMIN_CONSULTATIONS_PATH};
use crate::api::review::{
    AuditPage, NewUser, OutboxEntry, UserAccount, UserChange, AUDIT_PATH, OUTBOX_PATH, USERS_PATH,
};
use crate::api::validation::{FieldOffice, FieldOfficeChange, FieldOfficeForm, ADMIN_FIELD_OFFICES_PATH};
use crate::api::ApiError;
use crate::consultation::ConsultationForm;

/// Every reviewer and admin account, disabled ones last.
#[utoipa::path(
    get,
    path = USERS_PATH,
    operation_id = "listUsers",
    tag = "admin",
    security(("cookieAuth" = [])),
    responses(
        (status = 200, description = "The accounts.", body = [UserAccount],
         links(("changeUser" = (operation_id = "changeUser", parameters(("id" = "$response.body#/0/id")))))),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminForbidden),
    ),
)]
pub fn list_users() {}

/// A new reviewer or admin with a temporary password.
#[utoipa::path(
    post,
    path = USERS_PATH,
    operation_id = "createUser",
    tag = "admin",
    security(("cookieAuth" = [])),
    request_body(
        content = NewUser,
        description = "`role` is `reviewer` or `admin`; the password must meet the password policy (12 to 128 characters, not a common one).",
        example = super::examples::new_user,
    ),
    responses(
        (status = 201, description = "The account.", body = UserAccount,
         links(("changeUser" = (operation_id = "changeUser", parameters(("id" = "$response.body#/id")))))),
        (status = 400, description = "`malformed_json`, or `validation_failed` (`email` `not_applicable` when an account already has that address).", body = ApiError),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminWriteForbidden),
        (status = 413, response = PayloadTooLarge),
        (status = 415, response = UnsupportedMediaType),
    ),
)]
pub fn create_user() {}

/// Change an account's role, disable or enable it, or reset its two-step verification (a lost
/// phone). Disabling and resetting end its sessions.
#[utoipa::path(
    patch,
    path = format!("{USERS_PATH}/{{id}}"),
    operation_id = "changeUser",
    tag = "admin",
    security(("cookieAuth" = [])),
    params(IdPath),
    request_body(content = UserChange, description = "Absent fields stay as they are.", example = super::examples::user_change),
    responses(
        (status = 200, description = "The account after the change.", body = UserAccount),
        (status = 400, description = "`malformed_json`, or `validation_failed` (`disabled` or `role` `not_allowed_now`: an admin cannot disable or demote themselves).", body = ApiError),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminWriteForbidden),
        (status = 404, description = "`not_found`: no account has this id.", body = ApiError),
        (status = 413, response = PayloadTooLarge),
        (status = 415, response = UnsupportedMediaType),
    ),
)]
pub fn change_user() {}

/// The append-only audit log, newest first, 100 entries a page.
#[utoipa::path(
    get,
    path = AUDIT_PATH,
    operation_id = "listAuditLog",
    tag = "admin",
    security(("cookieAuth" = [])),
    params(AuditParams),
    responses(
        (status = 200, description = "One page; `next` (an entry id) is `null` on the last.", body = AuditPage),
        (status = 400, response = BadQuery),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminForbidden),
    ),
)]
pub fn list_audit_log() {}

/// The newest 200 notification emails, sent or not.
#[utoipa::path(
    get,
    path = OUTBOX_PATH,
    operation_id = "listOutbox",
    tag = "admin",
    security(("cookieAuth" = [])),
    responses(
        (status = 200, description = "The emails, newest first.", body = [OutboxEntry]),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminForbidden),
    ),
)]
pub fn list_outbox() {}

/// A new consultation.
#[utoipa::path(
    post,
    path = ADMIN_CONSULTATIONS_PATH,
    operation_id = "createConsultation",
    tag = "admin",
    security(("cookieAuth" = [])),
    request_body(content = ConsultationForm, description = "Dates are `YYYY-MM-DD` (UTC), first and last day.", example = super::examples::consultation),
    responses(
        (status = 201, description = "The consultation.", body = ConsultationView,
         links(
            ("getConsultation" = (operation_id = "getConsultation", parameters(("id" = "$response.body#/id")))),
            ("updateConsultation" = (operation_id = "updateConsultation", parameters(("id" = "$response.body#/id")))),
            ("getConsultationSummary" = (operation_id = "getConsultationSummary", parameters(("id" = "$response.body#/id")))),
         )),
        (status = 400, response = BadBody),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminWriteForbidden),
        (status = 413, response = PayloadTooLarge),
        (status = 415, response = UnsupportedMediaType),
    ),
)]
pub fn create_consultation() {}

/// Edit a consultation.
#[utoipa::path(
    put,
    path = format!("{ADMIN_CONSULTATIONS_PATH}/{{id}}"),
    operation_id = "updateConsultation",
    tag = "admin",
    security(("cookieAuth" = [])),
    params(IdPath),
    request_body(content = ConsultationForm, description = "The whole form, as for a new one.", example = super::examples::consultation),
    responses(
        (status = 200, description = "The consultation after the change.", body = ConsultationView),
        (status = 400, response = BadBody),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminWriteForbidden),
        (status = 404, description = "`not_found`: no consultation has this number.", body = ApiError),
        (status = 413, response = PayloadTooLarge),
        (status = 415, response = UnsupportedMediaType),
    ),
)]
pub fn update_consultation() {}

/// A new benefit survey round.
#[utoipa::path(
    post,
    path = ADMIN_SURVEY_ROUNDS_PATH,
    operation_id = "createSurveyRound",
    tag = "admin",
    security(("cookieAuth" = [])),
    request_body(content = SurveyRoundForm, description = "Dates are `YYYY-MM-DD` (UTC), first and last day.", example = super::examples::survey_round),
    responses(
        (status = 201, description = "The round.", body = SurveyRound,
         links(
            ("answerSurvey" = (operation_id = "answerSurvey", parameters(("id" = "$response.body#/id")))),
            ("updateSurveyRound" = (operation_id = "updateSurveyRound", parameters(("id" = "$response.body#/id")))),
         )),
        (status = 400, response = BadBody),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminWriteForbidden),
        (status = 413, response = PayloadTooLarge),
        (status = 415, response = UnsupportedMediaType),
    ),
)]
pub fn create_survey_round() {}

/// Edit a survey round.
#[utoipa::path(
    put,
    path = format!("{ADMIN_SURVEY_ROUNDS_PATH}/{{id}}"),
    operation_id = "updateSurveyRound",
    tag = "admin",
    security(("cookieAuth" = [])),
    params(IdPath),
    request_body(content = SurveyRoundForm, example = super::examples::survey_round),
    responses(
        (status = 200, description = "The round after the change.", body = SurveyRound),
        (status = 400, response = BadBody),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminWriteForbidden),
        (status = 404, description = "`not_found`: no survey round has this number.", body = ApiError),
        (status = 413, response = PayloadTooLarge),
        (status = 415, response = UnsupportedMediaType),
    ),
)]
pub fn update_survey_round() {}

/// Every field office, retired ones too.
#[utoipa::path(
    get,
    path = ADMIN_FIELD_OFFICES_PATH,
    operation_id = "listAllFieldOffices",
    tag = "admin",
    security(("cookieAuth" = [])),
    responses(
        (status = 200, description = "The offices.", body = [FieldOffice],
         links(("updateFieldOffice" = (operation_id = "updateFieldOffice", parameters(("id" = "$response.body#/0/id")))))),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminForbidden),
    ),
)]
pub fn list_all_field_offices() {}

/// A new field office.
#[utoipa::path(
    post,
    path = ADMIN_FIELD_OFFICES_PATH,
    operation_id = "createFieldOffice",
    tag = "admin",
    security(("cookieAuth" = [])),
    request_body(content = FieldOfficeForm, example = super::examples::field_office),
    responses(
        (status = 201, description = "The office.", body = FieldOffice,
         links(("updateFieldOffice" = (operation_id = "updateFieldOffice", parameters(("id" = "$response.body#/id")))))),
        (status = 400, description = "`malformed_json`, or `validation_failed` on `name` (`not_allowed_now` when an office already has that name).", body = ApiError),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminWriteForbidden),
        (status = 413, response = PayloadTooLarge),
        (status = 415, response = UnsupportedMediaType),
    ),
)]
pub fn create_field_office() {}

/// Rename, retire or restore a field office.
#[utoipa::path(
    patch,
    path = format!("{ADMIN_FIELD_OFFICES_PATH}/{{id}}"),
    operation_id = "updateFieldOffice",
    tag = "admin",
    security(("cookieAuth" = [])),
    params(IdPath),
    request_body(content = FieldOfficeChange, description = "Absent fields stay as they are.", example = super::examples::field_office_change),
    responses(
        (status = 200, description = "The office after the change.", body = FieldOffice),
        (status = 400, description = "`malformed_json`, or `validation_failed` on `name` (`not_allowed_now` when another office has that name).", body = ApiError),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminWriteForbidden),
        (status = 404, description = "`not_found`: no field office has this number.", body = ApiError),
        (status = 413, response = PayloadTooLarge),
        (status = 415, response = UnsupportedMediaType),
    ),
)]
pub fn update_field_office() {}

/// The sign-in policy.
#[utoipa::path(
    get,
    path = SECURITY_POLICY_PATH,
    operation_id = "getSecurityPolicy",
    tag = "admin",
    security(("cookieAuth" = [])),
    responses(
        (status = 200, description = "The policy.", body = SecurityPolicy),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminForbidden),
    ),
)]
pub fn get_security_policy() {}

/// Change the sign-in policy. Requiring two-step verification holds every session without it to
/// setting it up, from its next request.
#[utoipa::path(
    put,
    path = SECURITY_POLICY_PATH,
    operation_id = "setSecurityPolicy",
    tag = "admin",
    security(("cookieAuth" = [])),
    request_body(content = SecurityPolicy, example = super::examples::security_policy),
    responses(
        (status = 200, description = "The policy now.", body = SecurityPolicy),
        (status = 400, response = BadBody),
        (status = 401, response = Unauthorized),
        (status = 403, response = AdminWriteForbidden),
        (status = 413, response = PayloadTooLarge),
        (status = 415, response = UnsupportedMediaType),
    ),
)]
pub fn set_security_policy() {}

//! The admins' routes: a session cookie of an account with the admin role.
#![allow(dead_code)] // Declarations only: utoipa reads the attributes, nothing calls the functions.

use super::params::{AuditParams, IdPath};
use crate::api::analytics::{SurveyRound, SurveyRoundForm};
use crate::api::mfa::SecurityPolicy;
use crate::api::public::ConsultationView;
use crate::api::review::{AuditPage, NewUser, OutboxEntry, UserAccount, UserChange};
use crate::api::routes::Operation as O;
use crate::api::validation::{FieldOffice, FieldOfficeChange, FieldOfficeForm};
use crate::api::ApiError;
use crate::consultation::ConsultationForm;

/// Every reviewer and admin account, disabled ones last.
#[utoipa::path(
    get,
    path = O::ListUsers.route().template(),
    operation_id = "listUsers",
    responses(
        (status = 200, description = "The accounts.", body = [UserAccount],
         links(("changeUser" = (operation_id = "changeUser", parameters(("id" = "$response.body#/0/id")))))),
    ),
)]
pub fn list_users() {}

/// A new reviewer or admin with a temporary password.
#[utoipa::path(
    post,
    path = O::CreateUser.route().template(),
    operation_id = "createUser",
    request_body(
        content = NewUser,
        description = "`role` is `reviewer` or `admin`; the password must meet the password policy (12 to 128 characters, not a common one).",
        example = super::examples::new_user,
    ),
    responses(
        (status = 201, description = "The account.", body = UserAccount,
         links(("changeUser" = (operation_id = "changeUser", parameters(("id" = "$response.body#/id")))))),
        (status = 400, description = "`malformed_json`, or `validation_failed` (`email` `not_applicable` when an account already has that address).", body = ApiError),
    ),
)]
pub fn create_user() {}

/// Change an account's role, disable or enable it, or reset its two-step verification (a lost
/// phone). Disabling and resetting end its sessions.
#[utoipa::path(
    patch,
    path = O::ChangeUser.route().template(),
    operation_id = "changeUser",
    params(IdPath),
    request_body(content = UserChange, description = "Absent fields stay as they are.", example = super::examples::user_change),
    responses(
        (status = 200, description = "The account after the change.", body = UserAccount),
        (status = 400, description = "`malformed_json`, or `validation_failed` (`disabled` or `role` `not_allowed_now`: an admin cannot disable or demote themselves).", body = ApiError),
        (status = 404, description = "`not_found`: no account has this id.", body = ApiError),
    ),
)]
pub fn change_user() {}

/// The append-only audit log, newest first, 100 entries a page.
#[utoipa::path(
    get,
    path = O::ListAuditLog.route().template(),
    operation_id = "listAuditLog",
    params(AuditParams),
    responses(
        (status = 200, description = "One page; `next` (an entry id) is `null` on the last.", body = AuditPage),
    ),
)]
pub fn list_audit_log() {}

/// The newest 200 notification emails, sent or not.
#[utoipa::path(
    get,
    path = O::ListOutbox.route().template(),
    operation_id = "listOutbox",
    responses(
        (status = 200, description = "The emails, newest first.", body = [OutboxEntry]),
    ),
)]
pub fn list_outbox() {}

/// A new consultation.
#[utoipa::path(
    post,
    path = O::CreateConsultation.route().template(),
    operation_id = "createConsultation",
    request_body(content = ConsultationForm, description = "Dates are `YYYY-MM-DD` (UTC), first and last day.", example = super::examples::consultation),
    responses(
        (status = 201, description = "The consultation.", body = ConsultationView,
         links(
            ("getConsultation" = (operation_id = "getConsultation", parameters(("id" = "$response.body#/id")))),
            ("updateConsultation" = (operation_id = "updateConsultation", parameters(("id" = "$response.body#/id")))),
            ("getConsultationSummary" = (operation_id = "getConsultationSummary", parameters(("id" = "$response.body#/id")))),
         )),
    ),
)]
pub fn create_consultation() {}

/// Edit a consultation.
#[utoipa::path(
    put,
    path = O::UpdateConsultation.route().template(),
    operation_id = "updateConsultation",
    params(IdPath),
    request_body(content = ConsultationForm, description = "The whole form, as for a new one.", example = super::examples::consultation),
    responses(
        (status = 200, description = "The consultation after the change.", body = ConsultationView),
        (status = 404, description = "`not_found`: no consultation has this number.", body = ApiError),
    ),
)]
pub fn update_consultation() {}

/// A new benefit survey round.
#[utoipa::path(
    post,
    path = O::CreateSurveyRound.route().template(),
    operation_id = "createSurveyRound",
    request_body(content = SurveyRoundForm, description = "Dates are `YYYY-MM-DD` (UTC), first and last day.", example = super::examples::survey_round),
    responses(
        (status = 201, description = "The round.", body = SurveyRound,
         links(
            ("answerSurvey" = (operation_id = "answerSurvey", parameters(("id" = "$response.body#/id")))),
            ("updateSurveyRound" = (operation_id = "updateSurveyRound", parameters(("id" = "$response.body#/id")))),
         )),
    ),
)]
pub fn create_survey_round() {}

/// Edit a survey round.
#[utoipa::path(
    put,
    path = O::UpdateSurveyRound.route().template(),
    operation_id = "updateSurveyRound",
    params(IdPath),
    request_body(content = SurveyRoundForm, example = super::examples::survey_round),
    responses(
        (status = 200, description = "The round after the change.", body = SurveyRound),
        (status = 404, description = "`not_found`: no survey round has this number.", body = ApiError),
    ),
)]
pub fn update_survey_round() {}

/// Every field office, retired ones too.
#[utoipa::path(
    get,
    path = O::ListAllFieldOffices.route().template(),
    operation_id = "listAllFieldOffices",
    responses(
        (status = 200, description = "The offices.", body = [FieldOffice],
         links(("updateFieldOffice" = (operation_id = "updateFieldOffice", parameters(("id" = "$response.body#/0/id")))))),
    ),
)]
pub fn list_all_field_offices() {}

/// A new field office.
#[utoipa::path(
    post,
    path = O::CreateFieldOffice.route().template(),
    operation_id = "createFieldOffice",
    request_body(content = FieldOfficeForm, example = super::examples::field_office),
    responses(
        (status = 201, description = "The office.", body = FieldOffice,
         links(("updateFieldOffice" = (operation_id = "updateFieldOffice", parameters(("id" = "$response.body#/id")))))),
        (status = 400, description = "`malformed_json`, or `validation_failed` on `name` (`not_allowed_now` when an office already has that name).", body = ApiError),
    ),
)]
pub fn create_field_office() {}

/// Rename, retire or restore a field office.
#[utoipa::path(
    patch,
    path = O::UpdateFieldOffice.route().template(),
    operation_id = "updateFieldOffice",
    params(IdPath),
    request_body(content = FieldOfficeChange, description = "Absent fields stay as they are.", example = super::examples::field_office_change),
    responses(
        (status = 200, description = "The office after the change.", body = FieldOffice),
        (status = 400, description = "`malformed_json`, or `validation_failed` on `name` (`not_allowed_now` when another office has that name).", body = ApiError),
        (status = 404, description = "`not_found`: no field office has this number.", body = ApiError),
    ),
)]
pub fn update_field_office() {}

/// The sign-in policy.
#[utoipa::path(
    get,
    path = O::GetSecurityPolicy.route().template(),
    operation_id = "getSecurityPolicy",
    responses(
        (status = 200, description = "The policy.", body = SecurityPolicy),
    ),
)]
pub fn get_security_policy() {}

/// Change the sign-in policy. Requiring two-step verification holds every session without it to
/// setting it up, from its next request.
#[utoipa::path(
    put,
    path = O::SetSecurityPolicy.route().template(),
    operation_id = "setSecurityPolicy",
    request_body(content = SecurityPolicy, example = super::examples::security_policy),
    responses(
        (status = 200, description = "The policy now.", body = SecurityPolicy),
    ),
)]
pub fn set_security_policy() {}

//! The admins' routes: a session cookie of an account with the admin role.
#![allow(dead_code)] // Declarations only: utoipa reads the attributes, nothing calls the functions.

use super::params::{AuditParams, IdPath};
use crate::api::analytics::{SurveyRound, SurveyRoundForm};
use crate::api::mfa::SecurityPolicy;
use crate::api::public::ConsultationView;
use crate::api::review::{AuditPage, NewUser, OutboxEntry, UserAccount, UserChange};
use crate::api::validation::{FieldOffice, FieldOfficeChange, FieldOfficeForm};
use crate::api::ApiError;
use crate::consultation::ConsultationForm;

operations! {
    /// Every reviewer and admin account, disabled ones last.
    get ListUsers {
        responses(
            (status = 200, description = "The accounts.", body = [UserAccount],
             links(("changeUser" = (operation_id = "changeUser", parameters(("id" = "$response.body#/0/id")))))),
        ),
    }

    /// A new reviewer or admin with a temporary password.
    post CreateUser {
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
    }

    /// Change an account's role, disable or enable it, or reset its two-step verification (a lost
    /// phone). Disabling and resetting end its sessions.
    patch ChangeUser(IdPath) {
        request_body(content = UserChange, description = "Absent fields stay as they are.", example = super::examples::user_change),
        not_found = "no account has this id.",
        responses(
            (status = 200, description = "The account after the change.", body = UserAccount),
            (status = 400, description = "`malformed_json`, or `validation_failed` (`disabled` or `role` `not_allowed_now`: an admin cannot disable or demote themselves).", body = ApiError),
        ),
    }

    /// The append-only audit log, newest first, 100 entries a page.
    get ListAuditLog(AuditParams) {
        responses(
            (status = 200, description = "One page; `next` (an entry id) is `null` on the last.", body = AuditPage),
        ),
    }

    /// The newest 200 notification emails, sent or not.
    get ListOutbox {
        responses((status = 200, description = "The emails, newest first.", body = [OutboxEntry])),
    }

    /// A new consultation.
    post CreateConsultation {
        request_body(content = ConsultationForm, description = "Dates are `YYYY-MM-DD` (UTC), first and last day.", example = super::examples::consultation),
        responses(
            (status = 201, description = "The consultation.", body = ConsultationView,
             links(
                ("getConsultation" = (operation_id = "getConsultation", parameters(("id" = "$response.body#/id")))),
                ("updateConsultation" = (operation_id = "updateConsultation", parameters(("id" = "$response.body#/id")))),
                ("getConsultationSummary" = (operation_id = "getConsultationSummary", parameters(("id" = "$response.body#/id")))),
             )),
        ),
    }

    /// Edit a consultation.
    put UpdateConsultation(IdPath) {
        request_body(content = ConsultationForm, description = "The whole form, as for a new one.", example = super::examples::consultation),
        not_found = "no consultation has this number.",
        responses((status = 200, description = "The consultation after the change.", body = ConsultationView)),
    }

    /// A new benefit survey round.
    post CreateSurveyRound {
        request_body(content = SurveyRoundForm, description = "Dates are `YYYY-MM-DD` (UTC), first and last day.", example = super::examples::survey_round),
        responses(
            (status = 201, description = "The round.", body = SurveyRound,
             links(
                ("answerSurvey" = (operation_id = "answerSurvey", parameters(("id" = "$response.body#/id")))),
                ("updateSurveyRound" = (operation_id = "updateSurveyRound", parameters(("id" = "$response.body#/id")))),
             )),
        ),
    }

    /// Edit a survey round.
    put UpdateSurveyRound(IdPath) {
        request_body(content = SurveyRoundForm, example = super::examples::survey_round),
        not_found = "no survey round has this number.",
        responses((status = 200, description = "The round after the change.", body = SurveyRound)),
    }

    /// Every field office, retired ones too.
    get ListAllFieldOffices {
        responses(
            (status = 200, description = "The offices.", body = [FieldOffice],
             links(("updateFieldOffice" = (operation_id = "updateFieldOffice", parameters(("id" = "$response.body#/0/id")))))),
        ),
    }

    /// A new field office.
    post CreateFieldOffice {
        request_body(content = FieldOfficeForm, example = super::examples::field_office),
        responses(
            (status = 201, description = "The office.", body = FieldOffice,
             links(("updateFieldOffice" = (operation_id = "updateFieldOffice", parameters(("id" = "$response.body#/id")))))),
            (status = 400, description = "`malformed_json`, or `validation_failed` on `name` (`not_allowed_now` when an office already has that name).", body = ApiError),
        ),
    }

    /// Rename, retire or restore a field office.
    patch UpdateFieldOffice(IdPath) {
        request_body(content = FieldOfficeChange, description = "Absent fields stay as they are.", example = super::examples::field_office_change),
        not_found = "no field office has this number.",
        responses(
            (status = 200, description = "The office after the change.", body = FieldOffice),
            (status = 400, description = "`malformed_json`, or `validation_failed` on `name` (`not_allowed_now` when another office has that name).", body = ApiError),
        ),
    }

    /// The sign-in policy.
    get GetSecurityPolicy {
        responses((status = 200, description = "The policy.", body = SecurityPolicy)),
    }

    /// Change the sign-in policy. Requiring two-step verification holds every session without it to
    /// setting it up, from its next request.
    put SetSecurityPolicy {
        request_body(content = SecurityPolicy, example = super::examples::security_policy),
        responses((status = 200, description = "The policy now.", body = SecurityPolicy)),
    }
}

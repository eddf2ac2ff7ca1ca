//! The public routes: anyone may call them. Writes are same-origin JSON; submissions, uploads,
//! support, follows, reports and survey answers are rate-limited per client address.
#![allow(dead_code)] // Declarations only: utoipa reads the attributes, nothing calls the functions.

use super::params::{
    BoardParams, FilePath, IdPath, IdempotencyKey, PublicBenefitParams, TokenPath, TrackingNumberPath, UploadName,
};
use super::responses::{Download, RateLimited};
use super::{AnyObject, FileBytes};
use crate::api::analytics::{PublicBenefitSummary, SurveyReceipt, SurveyRound};
use crate::api::public::{
    BoardPage, ConsultationView, FollowForm, Following, PublicItem, ReportForm, ReportReceipt, SupportForm,
    SupportResult, UploadedFile, WithdrawForm,
};
use crate::api::validation::{FieldOffice, ValidationReceipt};
use crate::api::{ApiError, Health, ReceiptStatus, SubmissionReceipt};
use crate::feedback::FeedbackForm;
use crate::survey::SurveyForm;
use crate::validation::ReportForm as ValidationReportForm;

operations! {
    /// The worker runs and D1 answers.
    get GetHealth {
        responses((status = 200, description = "Up.", body = Health)),
    }

    /// This document.
    get GetOpenApiDocument {
        responses(
            (status = 200, description = "The OpenAPI 3.1 document (`Access-Control-Allow-Origin: *`).",
             content_type = "application/json", body = inline(AnyObject)),
        ),
    }

    /// Submit feedback.
    ///
    /// A `201` means it is stored. The receipt echoes what was sent, contact details included (this
    /// answer goes only to the person who typed them). A filled-in `website` (the honeypot) is 400
    /// `rejected_as_automated`; attachments are ids from `POST /api/v1/attachments`.
    post CreateSubmission(IdempotencyKey) {
        request_body(
            content = FeedbackForm,
            description = "The form as typed: every choice as its code, every text as typed. Missing keys are empty.",
            example = super::examples::feedback,
        ),
        responses(
            (status = 201, description = "Stored. `Idempotent-Replayed: true` when this is the receipt of an earlier request with the same `Idempotency-Key`.",
             body = SubmissionReceipt,
             headers(("Location" = String, description = "The receipt's status: `/api/v1/receipts/{tracking_number}`.")),
             links(
                ("getReceipt" = (operation_id = "getReceipt", parameters(("tracking_number" = "$response.body#/tracking_number")))),
                ("followReceipt" = (operation_id = "followReceipt", parameters(("tracking_number" = "$response.body#/tracking_number")))),
                ("withdrawSubmission" = (operation_id = "withdrawSubmission", parameters(("tracking_number" = "$response.body#/tracking_number")))),
                ("reportSubmission" = (operation_id = "reportSubmission", request_body = json!({ "reference": "$response.body#/tracking_number" }))),
                ("getSubmission" = (operation_id = "getSubmission", parameters(("tracking_number" = "$response.body#/tracking_number")))),
                ("updateSubmission" = (operation_id = "updateSubmission", parameters(("tracking_number" = "$response.body#/tracking_number")))),
                ("addNote" = (operation_id = "addNote", parameters(("tracking_number" = "$response.body#/tracking_number")))),
                ("publishSubmission" = (operation_id = "publishSubmission", parameters(("tracking_number" = "$response.body#/tracking_number")))),
             )),
            (status = 400, description = "`malformed_json` or `validation_failed` (fields in form order; `Idempotency-Key` when the header is not 1 to 128 printable ASCII characters; `consultation` when it is unknown or closed; `attachments` when an id is unknown or already used), or `rejected_as_automated`.", body = ApiError),
            (status = 429, response = RateLimited),
        ),
    }

    /// The status of one submission by its tracking number: no contact details, no text.
    get GetReceipt(TrackingNumberPath) {
        not_found = "no submission has this tracking number.",
        responses((status = 200, description = "Status, public response and public history.", body = ReceiptStatus)),
    }

    /// Email updates about one's own submission.
    post FollowReceipt(TrackingNumberPath) {
        request_body(content = FollowForm, example = super::examples::follow),
        not_found = "no submission has this tracking number.",
        responses(
            (status = 201, description = "Following (a confirmation email is sent the first time).", body = Following),
            (status = 429, response = RateLimited),
        ),
    }

    /// The submitter takes their feedback back: final; a public version leaves the board.
    post WithdrawSubmission(TrackingNumberPath) {
        request_body(content = WithdrawForm, description = "Empty: `{}`.", example = super::examples::withdraw),
        not_found = "no submission has this tracking number.",
        responses((status = 200, description = "Withdrawn (also when it already was).", body = ReceiptStatus)),
    }

    /// Upload one file, before submitting the feedback that refers to it.
    ///
    /// The body is the file's bytes (any `Content-Type`; the kind is recognised from the content and
    /// must match the name's extension), at most 10 MB. Unclaimed uploads are removed after a day.
    post UploadAttachment(UploadName) {
        request_body(content = inline(FileBytes), content_type = "application/octet-stream", description = "The file's bytes."),
        responses(
            (status = 201, description = "Stored: refer to it by `id` in the feedback's `attachments`.", body = UploadedFile,
             links(("createSubmission" = (operation_id = "createSubmission", request_body = json!({ "attachments": ["$response.body#/id"] }))))),
            (status = 400, description = "`validation_failed` on `attachments`: no name, an empty file, or a kind not accepted or not matching the name.", body = ApiError),
            (status = 413, description = "`payload_too_large`: the file is larger than 10 MB.", body = ApiError),
            (status = 429, response = RateLimited),
        ),
    }

    /// Every consultation: open, upcoming and closed, newest opening first.
    get ListConsultations {
        responses(
            (status = 200, description = "The consultations.", body = [ConsultationView],
             links(
                ("getConsultation" = (operation_id = "getConsultation", parameters(("id" = "$response.body#/0/id")))),
                ("getConsultationSummary" = (operation_id = "getConsultationSummary", parameters(("id" = "$response.body#/0/id")))),
                ("updateConsultation" = (operation_id = "updateConsultation", parameters(("id" = "$response.body#/0/id")))),
             )),
        ),
    }

    /// One consultation.
    get GetConsultation(IdPath) {
        not_found = "no consultation has this number.",
        responses((status = 200, description = "The consultation.", body = ConsultationView)),
    }

    /// Published feedback with CBP's responses, a page at a time.
    get ListBoard(BoardParams) {
        responses(
            (status = 200, description = "One page; `next` is `null` on the last.", body = BoardPage,
             links(
                ("getBoardItem" = (operation_id = "getBoardItem", parameters(("id" = "$response.body#/items/0/id")))),
                ("supportBoardItem" = (operation_id = "supportBoardItem", parameters(("id" = "$response.body#/items/0/id")))),
                ("followBoardItem" = (operation_id = "followBoardItem", parameters(("id" = "$response.body#/items/0/id")))),
             )),
        ),
    }

    /// One published item.
    get GetBoardItem(IdPath) {
        not_found = "no published item has this number.",
        responses(
            (status = 200, description = "The item.", body = PublicItem,
             links(
                ("downloadBoardAttachment" = (operation_id = "downloadBoardAttachment", parameters(("id" = "$response.body#/id"), ("file" = "$response.body#/attachments/0/id")))),
                ("supportBoardItem" = (operation_id = "supportBoardItem", parameters(("id" = "$response.body#/id")))),
                ("followBoardItem" = (operation_id = "followBoardItem", parameters(("id" = "$response.body#/id")))),
             )),
        ),
    }

    /// "This matters to us too": counted once per browser token.
    post SupportBoardItem(IdPath) {
        request_body(
            content = SupportForm,
            description = "`entity_type` a code (required), `organization` at most 200 characters, `supporter` 32 hex digits the browser chose.",
            example = super::examples::support,
        ),
        not_found = "no published item has this number.",
        responses(
            (status = 200, description = "The support counts; `counted` is false when this browser had already supported it.", body = SupportResult),
            (status = 429, response = RateLimited),
        ),
    }

    /// Email updates about a published item.
    post FollowBoardItem(IdPath) {
        request_body(content = FollowForm, example = super::examples::follow),
        not_found = "no published item has this number.",
        responses(
            (status = 201, description = "Following (a confirmation email is sent the first time).", body = Following),
            (status = 429, response = RateLimited),
        ),
    }

    /// A file published with an item, as a download.
    get DownloadBoardAttachment(IdPath, FilePath) {
        not_found = "no published item has this number, or no published file this id.",
        responses(
            (status = 200, response = inline(Download)),
        ),
    }

    /// Stop the emails a follow sends (the link in every notification).
    delete Unfollow(TokenPath) {
        not_found = "the token is not valid, or these emails were already stopped.",
        responses((status = 204, description = "No more emails.")),
    }

    /// Benefit survey rounds: open, upcoming and closed, newest first.
    get ListSurveyRounds {
        responses(
            (status = 200, description = "The rounds.", body = [SurveyRound],
             links(
                ("answerSurvey" = (operation_id = "answerSurvey", parameters(("id" = "$response.body#/0/id")))),
                ("updateSurveyRound" = (operation_id = "updateSurveyRound", parameters(("id" = "$response.body#/0/id")))),
             )),
        ),
    }

    /// Answer a benefit survey round (idempotent like feedback; a new-benefit proposal is filed as
    /// feedback on benefits in the same write).
    post AnswerSurvey(IdPath, IdempotencyKey) {
        request_body(content = SurveyForm, description = "The survey as typed: choices as codes, numbers as text."),
        not_found = "no survey round has this number.",
        responses(
            (status = 201, description = "Stored.", body = SurveyReceipt,
             headers(("Location" = String, description = "`/api/v1/survey-receipts/{tracking_number}` (absent on an idempotent replay).")),
             links(("getSurveyReceipt" = (operation_id = "getSurveyReceipt", parameters(("tracking_number" = "$response.body#/tracking_number")))))),
            (status = 400, description = "`malformed_json`, `validation_failed` (`round` when the round is not open), or `rejected_as_automated`.", body = ApiError),
            (status = 429, response = RateLimited),
        ),
    }

    /// A survey receipt.
    get GetSurveyReceipt(TrackingNumberPath) {
        not_found = "no survey response has this tracking number.",
        responses((status = 200, description = "The receipt.", body = SurveyReceipt)),
    }

    /// How partners value CTPAT benefits: every figure resting on fewer than 5 responses is withheld.
    get GetBenefitSummary(PublicBenefitParams) {
        responses((status = 200, description = "The public summary.", body = PublicBenefitSummary)),
    }

    /// The active CBP field offices, for the validation report form.
    get ListFieldOffices {
        responses((status = 200, description = "The active offices.", body = [FieldOffice])),
    }

    /// Report a validation experience (idempotent like feedback; what should be standardized is
    /// filed as feedback on validations in the same write).
    post CreateValidationReport(IdempotencyKey) {
        request_body(content = ValidationReportForm, description = "The report as typed: choices as codes, numbers and ratings as text."),
        responses(
            (status = 201, description = "Stored.", body = ValidationReceipt,
             links(("getValidationReceipt" = (operation_id = "getValidationReceipt", parameters(("tracking_number" = "$response.body#/tracking_number")))))),
            (status = 400, description = "`malformed_json`, `validation_failed` (`field_office` when it is unknown or retired), or `rejected_as_automated`.", body = ApiError),
            (status = 429, response = RateLimited),
        ),
    }

    /// A validation report's receipt.
    get GetValidationReceipt(TrackingNumberPath) {
        not_found = "no validation report has this tracking number.",
        responses((status = 200, description = "The receipt.", body = ValidationReceipt)),
    }

    /// "This was filed in my name": reaches reviewers as a flag on the submission.
    post ReportSubmission {
        request_body(
            content = ReportForm,
            description = "`reference` a tracking number or a board item number (`#12` or `12`); `name`, `email` and `explanation` required.",
            example = super::examples::report,
        ),
        responses(
            (status = 201, description = "Received.", body = ReportReceipt),
            (status = 400, description = "`malformed_json` or `validation_failed` (`reference` `not_found` when it names no submission or no published item).", body = ApiError),
            (status = 429, response = RateLimited),
        ),
    }
}

//! The public routes: anyone may call them. Writes are same-origin JSON; submissions, uploads,
//! support, follows, reports and survey answers are rate-limited per client address.
#![allow(dead_code)] // Declarations only: utoipa reads the attributes, nothing calls the functions.

use super::params::{
    BoardParams, FilePath, IdPath, IdempotencyKey, PublicBenefitParams, TokenPath, TrackingNumberPath, UploadName,
};
use super::responses::{IdempotencyKeyReused, RateLimited};
use super::{AnyObject, FileBytes};
use crate::api::analytics::{PublicBenefitSummary, SurveyReceipt, SurveyRound};
use crate::api::public::{
    BoardPage, ConsultationView, FollowForm, Following, PublicItem, ReportForm, ReportReceipt, SupportForm,
    SupportResult, UploadedFile, WithdrawForm,
};
use crate::api::routes::Operation as O;
use crate::api::validation::{FieldOffice, ValidationReceipt};
use crate::api::{ApiError, Health, ReceiptStatus, SubmissionReceipt};
use crate::feedback::FeedbackForm;
use crate::survey::SurveyForm;
use crate::validation::ReportForm as ValidationReportForm;

/// The worker runs and D1 answers.
#[utoipa::path(
    get,
    path = O::GetHealth.route().template(),
    operation_id = "getHealth",
    responses((status = 200, description = "Up.", body = Health)),
)]
pub fn health() {}

/// This document.
#[utoipa::path(
    get,
    path = O::GetOpenApiDocument.route().template(),
    operation_id = "getOpenApiDocument",
    responses(
        (status = 200, description = "The OpenAPI 3.1 document (`Access-Control-Allow-Origin: *`).",
         content_type = "application/json", body = inline(AnyObject)),
    ),
)]
pub fn openapi_document() {}

/// Submit feedback.
///
/// A `201` means it is stored. The receipt echoes what was sent, contact details included (this
/// answer goes only to the person who typed them). A filled-in `website` (the honeypot) is 400
/// `rejected_as_automated`; attachments are ids from `POST /api/v1/attachments`.
#[utoipa::path(
    post,
    path = O::CreateSubmission.route().template(),
    operation_id = "createSubmission",
    params(IdempotencyKey),
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
        (status = 422, response = IdempotencyKeyReused),
        (status = 429, response = RateLimited),
    ),
)]
pub fn create_submission() {}

/// The status of one submission by its tracking number: no contact details, no text.
#[utoipa::path(
    get,
    path = O::GetReceipt.route().template(),
    operation_id = "getReceipt",
    params(TrackingNumberPath),
    responses(
        (status = 200, description = "Status, public response and public history.", body = ReceiptStatus),
        (status = 404, description = "`not_found`: no submission has this tracking number.", body = ApiError),
    ),
)]
pub fn get_receipt() {}

/// Email updates about one's own submission.
#[utoipa::path(
    post,
    path = O::FollowReceipt.route().template(),
    operation_id = "followReceipt",
    params(TrackingNumberPath),
    request_body(content = FollowForm, example = super::examples::follow),
    responses(
        (status = 201, description = "Following (a confirmation email is sent the first time).", body = Following),
        (status = 404, description = "`not_found`: no submission has this tracking number.", body = ApiError),
        (status = 429, response = RateLimited),
    ),
)]
pub fn follow_receipt() {}

/// The submitter takes their feedback back: final; a public version leaves the board.
#[utoipa::path(
    post,
    path = O::WithdrawSubmission.route().template(),
    operation_id = "withdrawSubmission",
    params(TrackingNumberPath),
    request_body(content = WithdrawForm, description = "Empty: `{}`.", example = super::examples::withdraw),
    responses(
        (status = 200, description = "Withdrawn (also when it already was).", body = ReceiptStatus),
        (status = 404, description = "`not_found`: no submission has this tracking number.", body = ApiError),
    ),
)]
pub fn withdraw_submission() {}

/// Upload one file, before submitting the feedback that refers to it.
///
/// The body is the file's bytes (any `Content-Type`; the kind is recognised from the content and
/// must match the name's extension), at most 10 MB. Unclaimed uploads are removed after a day.
#[utoipa::path(
    post,
    path = O::UploadAttachment.route().template(),
    operation_id = "uploadAttachment",
    params(UploadName),
    request_body(content = inline(FileBytes), content_type = "application/octet-stream", description = "The file's bytes."),
    responses(
        (status = 201, description = "Stored: refer to it by `id` in the feedback's `attachments`.", body = UploadedFile,
         links(("createSubmission" = (operation_id = "createSubmission", request_body = json!({ "attachments": ["$response.body#/id"] }))))),
        (status = 400, description = "`validation_failed` on `attachments`: no name, an empty file, or a kind not accepted or not matching the name.", body = ApiError),
        (status = 413, description = "`payload_too_large`: the file is larger than 10 MB.", body = ApiError),
        (status = 429, response = RateLimited),
    ),
)]
pub fn upload_attachment() {}

/// Every consultation: open, upcoming and closed, newest opening first.
#[utoipa::path(
    get,
    path = O::ListConsultations.route().template(),
    operation_id = "listConsultations",
    responses(
        (status = 200, description = "The consultations.", body = [ConsultationView],
         links(
            ("getConsultation" = (operation_id = "getConsultation", parameters(("id" = "$response.body#/0/id")))),
            ("getConsultationSummary" = (operation_id = "getConsultationSummary", parameters(("id" = "$response.body#/0/id")))),
            ("updateConsultation" = (operation_id = "updateConsultation", parameters(("id" = "$response.body#/0/id")))),
         )),
    ),
)]
pub fn list_consultations() {}

/// One consultation.
#[utoipa::path(
    get,
    path = O::GetConsultation.route().template(),
    operation_id = "getConsultation",
    params(IdPath),
    responses(
        (status = 200, description = "The consultation.", body = ConsultationView),
        (status = 404, description = "`not_found`: no consultation has this number.", body = ApiError),
    ),
)]
pub fn get_consultation() {}

/// Published feedback with CBP's responses, a page at a time.
#[utoipa::path(
    get,
    path = O::ListBoard.route().template(),
    operation_id = "listBoard",
    params(BoardParams),
    responses(
        (status = 200, description = "One page; `next` is `null` on the last.", body = BoardPage,
         links(
            ("getBoardItem" = (operation_id = "getBoardItem", parameters(("id" = "$response.body#/items/0/id")))),
            ("supportBoardItem" = (operation_id = "supportBoardItem", parameters(("id" = "$response.body#/items/0/id")))),
            ("followBoardItem" = (operation_id = "followBoardItem", parameters(("id" = "$response.body#/items/0/id")))),
         )),
    ),
)]
pub fn list_board() {}

/// One published item.
#[utoipa::path(
    get,
    path = O::GetBoardItem.route().template(),
    operation_id = "getBoardItem",
    params(IdPath),
    responses(
        (status = 200, description = "The item.", body = PublicItem,
         links(
            ("downloadBoardAttachment" = (operation_id = "downloadBoardAttachment", parameters(("id" = "$response.body#/id"), ("file" = "$response.body#/attachments/0/id")))),
            ("supportBoardItem" = (operation_id = "supportBoardItem", parameters(("id" = "$response.body#/id")))),
            ("followBoardItem" = (operation_id = "followBoardItem", parameters(("id" = "$response.body#/id")))),
         )),
        (status = 404, description = "`not_found`: no published item has this number.", body = ApiError),
    ),
)]
pub fn get_board_item() {}

/// "This matters to us too": counted once per browser token.
#[utoipa::path(
    post,
    path = O::SupportBoardItem.route().template(),
    operation_id = "supportBoardItem",
    params(IdPath),
    request_body(
        content = SupportForm,
        description = "`entity_type` a code (required), `organization` at most 200 characters, `supporter` 32 hex digits the browser chose.",
        example = super::examples::support,
    ),
    responses(
        (status = 200, description = "The support counts; `counted` is false when this browser had already supported it.", body = SupportResult),
        (status = 404, description = "`not_found`: no published item has this number.", body = ApiError),
        (status = 429, response = RateLimited),
    ),
)]
pub fn support_board_item() {}

/// Email updates about a published item.
#[utoipa::path(
    post,
    path = O::FollowBoardItem.route().template(),
    operation_id = "followBoardItem",
    params(IdPath),
    request_body(content = FollowForm, example = super::examples::follow),
    responses(
        (status = 201, description = "Following (a confirmation email is sent the first time).", body = Following),
        (status = 404, description = "`not_found`: no published item has this number.", body = ApiError),
        (status = 429, response = RateLimited),
    ),
)]
pub fn follow_board_item() {}

/// A file published with an item, as a download.
#[utoipa::path(
    get,
    path = O::DownloadBoardAttachment.route().template(),
    operation_id = "downloadBoardAttachment",
    params(IdPath, FilePath),
    responses(
        (status = 200, description = "The file, with its checked media type, `Content-Disposition: attachment` and a sandboxing CSP.",
         content(
            (inline(FileBytes) = "application/pdf"),
            (inline(FileBytes) = "image/png"),
            (inline(FileBytes) = "image/jpeg"),
            (inline(FileBytes) = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            (inline(FileBytes) = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (inline(FileBytes) = "text/plain"),
         ),
         headers(("Content-Disposition" = String, description = "`attachment; filename=\"…\"; filename*=UTF-8''…`"))),
        (status = 404, description = "`not_found`: no published item has this number, or no published file this id.", body = ApiError),
    ),
)]
pub fn download_board_attachment() {}

/// Stop the emails a follow sends (the link in every notification).
#[utoipa::path(
    delete,
    path = O::Unfollow.route().template(),
    operation_id = "unfollow",
    params(TokenPath),
    responses(
        (status = 204, description = "No more emails."),
        (status = 404, description = "`not_found`: the token is not valid, or these emails were already stopped.", body = ApiError),
    ),
)]
pub fn unfollow() {}

/// Benefit survey rounds: open, upcoming and closed, newest first.
#[utoipa::path(
    get,
    path = O::ListSurveyRounds.route().template(),
    operation_id = "listSurveyRounds",
    responses(
        (status = 200, description = "The rounds.", body = [SurveyRound],
         links(
            ("answerSurvey" = (operation_id = "answerSurvey", parameters(("id" = "$response.body#/0/id")))),
            ("updateSurveyRound" = (operation_id = "updateSurveyRound", parameters(("id" = "$response.body#/0/id")))),
         )),
    ),
)]
pub fn list_survey_rounds() {}

/// Answer a benefit survey round (idempotent like feedback; a new-benefit proposal is filed as
/// feedback on benefits in the same write).
#[utoipa::path(
    post,
    path = O::AnswerSurvey.route().template(),
    operation_id = "answerSurvey",
    params(IdPath, IdempotencyKey),
    request_body(content = SurveyForm, description = "The survey as typed: choices as codes, numbers as text."),
    responses(
        (status = 201, description = "Stored.", body = SurveyReceipt,
         headers(("Location" = String, description = "`/api/v1/survey-receipts/{tracking_number}` (absent on an idempotent replay).")),
         links(("getSurveyReceipt" = (operation_id = "getSurveyReceipt", parameters(("tracking_number" = "$response.body#/tracking_number")))))),
        (status = 400, description = "`malformed_json`, `validation_failed` (`round` when the round is not open), or `rejected_as_automated`.", body = ApiError),
        (status = 404, description = "`not_found`: no survey round has this number.", body = ApiError),
        (status = 422, response = IdempotencyKeyReused),
        (status = 429, response = RateLimited),
    ),
)]
pub fn answer_survey() {}

/// A survey receipt.
#[utoipa::path(
    get,
    path = O::GetSurveyReceipt.route().template(),
    operation_id = "getSurveyReceipt",
    params(TrackingNumberPath),
    responses(
        (status = 200, description = "The receipt.", body = SurveyReceipt),
        (status = 404, description = "`not_found`: no survey response has this tracking number.", body = ApiError),
    ),
)]
pub fn get_survey_receipt() {}

/// How partners value CTPAT benefits: every figure resting on fewer than 5 responses is withheld.
#[utoipa::path(
    get,
    path = O::GetBenefitSummary.route().template(),
    operation_id = "getBenefitSummary",
    params(PublicBenefitParams),
    responses(
        (status = 200, description = "The public summary.", body = PublicBenefitSummary),
    ),
)]
pub fn get_benefit_summary() {}

/// The active CBP field offices, for the validation report form.
#[utoipa::path(
    get,
    path = O::ListFieldOffices.route().template(),
    operation_id = "listFieldOffices",
    responses((status = 200, description = "The active offices.", body = [FieldOffice])),
)]
pub fn list_field_offices() {}

/// Report a validation experience (idempotent like feedback; what should be standardized is
/// filed as feedback on validations in the same write).
#[utoipa::path(
    post,
    path = O::CreateValidationReport.route().template(),
    operation_id = "createValidationReport",
    params(IdempotencyKey),
    request_body(content = ValidationReportForm, description = "The report as typed: choices as codes, numbers and ratings as text."),
    responses(
        (status = 201, description = "Stored.", body = ValidationReceipt,
         links(("getValidationReceipt" = (operation_id = "getValidationReceipt", parameters(("tracking_number" = "$response.body#/tracking_number")))))),
        (status = 400, description = "`malformed_json`, `validation_failed` (`field_office` when it is unknown or retired), or `rejected_as_automated`.", body = ApiError),
        (status = 422, response = IdempotencyKeyReused),
        (status = 429, response = RateLimited),
    ),
)]
pub fn create_validation_report() {}

/// A validation report's receipt.
#[utoipa::path(
    get,
    path = O::GetValidationReceipt.route().template(),
    operation_id = "getValidationReceipt",
    params(TrackingNumberPath),
    responses(
        (status = 200, description = "The receipt.", body = ValidationReceipt),
        (status = 404, description = "`not_found`: no validation report has this tracking number.", body = ApiError),
    ),
)]
pub fn get_validation_receipt() {}

/// "This was filed in my name": reaches reviewers as a flag on the submission.
#[utoipa::path(
    post,
    path = O::ReportSubmission.route().template(),
    operation_id = "reportSubmission",
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
)]
pub fn report_submission() {}

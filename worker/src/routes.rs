//! Dispatch: the route table (`shared::api::routes`) finds the operation and decodes its path
//! segments; this file maps each operation to its handler, in one `match` the compiler checks
//! is total.

use shared::api::routes::{self, Found, Method, Miss, Operation};
use shared::api::ErrorCode;
use worker::{Context, Env, Request, Response};

use crate::error::AppError;
use crate::review::api::ExportFormat;
use crate::{
    admin, analytics, attachments, auth, board, clusters, consultations, follows, health, openapi, reports, review,
    submissions, surveys, validations,
};

pub async fn handle(req: Request, env: &Env, ctx: &Context) -> Result<Response, AppError> {
    let Found { operation, segments } = routes::find(method(&req.method()), &req.path()).map_err(refusal)?;
    // The table's template decides how many segments an operation has.
    let s = |i: usize| segments[i].as_str();
    use Operation as O;
    match operation {
        O::GetHealth => health::get(env).await,
        O::GetOpenApiDocument => openapi::get(),
        O::CreateSubmission => submissions::api::create(req, env, ctx).await,
        O::GetReceipt => submissions::api::receipt(s(0), env).await,
        O::FollowReceipt => submissions::api::follow(s(0), req, env, ctx).await,
        O::WithdrawSubmission => submissions::api::withdraw(s(0), req, env, ctx).await,
        O::UploadAttachment => attachments::api::upload(req, env).await,
        O::ListConsultations => consultations::api::list(env).await,
        O::GetConsultation => consultations::api::get(s(0), env).await,
        O::ListBoard => board::api::list(req, env).await,
        O::GetBoardItem => board::api::item(s(0), env).await,
        O::SupportBoardItem => board::api::support(s(0), req, env).await,
        O::FollowBoardItem => board::api::follow(s(0), req, env, ctx).await,
        O::DownloadBoardAttachment => board::api::attachment(s(0), s(1), env).await,
        O::Unfollow => follows::unfollow(s(0), req, env).await,
        O::ListSurveyRounds => surveys::api::rounds(env).await,
        O::AnswerSurvey => surveys::api::respond(s(0), req, env, ctx).await,
        O::GetSurveyReceipt => surveys::api::receipt(s(0), env).await,
        O::GetBenefitSummary => analytics::api::public(req, env).await,
        O::ListFieldOffices => validations::api::offices(env).await,
        O::CreateValidationReport => validations::api::create(req, env, ctx).await,
        O::GetValidationReceipt => validations::api::receipt_of(s(0), env).await,
        O::ReportSubmission => reports::create(req, env).await,

        O::GetSession => auth::api::current(req, env).await,
        O::SignIn => auth::api::sign_in(req, env).await,
        O::SignOut => auth::api::sign_out(req, env).await,
        O::CompleteSignIn => auth::two_step::second_factor(req, env).await,
        O::StartTotpSetup => auth::two_step::start(req, env).await,
        O::ConfirmTotpSetup => auth::two_step::confirm(req, env).await,
        O::RenewRecoveryCodes => auth::two_step::new_recovery_codes(req, env).await,

        O::ListQueue => review::api::queue(req, env).await,
        O::AddNote => review::api::add_note(s(0), req, env).await,
        O::PublishSubmission => review::publication::publish(s(0), req, env).await,
        O::UnpublishSubmission => review::publication::unpublish(s(0), req, env).await,
        O::DownloadAttachment => review::publication::download(s(0), s(1), req, env).await,
        O::GetSubmission => review::api::detail(s(0), req, env).await,
        O::UpdateSubmission => review::api::update(s(0), req, env, ctx).await,
        O::BulkUpdate => review::api::bulk(req, env, ctx).await,
        O::ExportCsv => review::api::export(req, env, ExportFormat::Csv).await,
        O::ExportJson => review::api::export(req, env, ExportFormat::Json).await,
        O::ListReviewers => review::api::reviewers(req, env).await,
        O::GetConsultationSummary => consultations::api::summary(s(0), req, env).await,
        O::GetCluster => clusters::api::get(s(0), req, env).await,
        O::ConfirmCluster => clusters::api::confirm(s(0), req, env).await,
        O::SplitCluster => clusters::api::split(s(0), req, env).await,
        O::SetClusterRepresentative => clusters::api::representative(s(0), req, env).await,
        O::AnswerCluster => clusters::api::answer(s(0), req, env, ctx).await,
        O::GetBenefitDashboard => analytics::api::benefit_figures(req, env).await,
        O::ExportBenefitFigures => analytics::api::benefit_csv(req, env).await,
        O::GetFeedbackDashboard => analytics::api::feedback_figures(req, env).await,
        O::ExportFeedbackFigures => analytics::api::feedback_csv(req, env).await,
        O::GetValidationDashboard => validations::api::analytics(req, env).await,
        O::ExportValidationFigures => validations::api::analytics_csv(req, env).await,

        O::ListUsers => admin::api::list(req, env).await,
        O::CreateUser => admin::api::create(req, env).await,
        O::ChangeUser => admin::api::change(s(0), req, env).await,
        O::ListAuditLog => admin::api::audit_log(req, env).await,
        O::ListOutbox => admin::api::outbox(req, env).await,
        O::CreateConsultation => consultations::api::create(req, env).await,
        O::UpdateConsultation => consultations::api::update(s(0), req, env).await,
        O::CreateSurveyRound => surveys::api::create_round(req, env).await,
        O::UpdateSurveyRound => surveys::api::update_round(s(0), req, env).await,
        O::ListAllFieldOffices => validations::api::all_offices(req, env).await,
        O::CreateFieldOffice => validations::api::add_office(req, env).await,
        O::UpdateFieldOffice => validations::api::change_office(s(0), req, env).await,
        O::GetSecurityPolicy => auth::two_step::policy(req, env).await,
        O::SetSecurityPolicy => auth::two_step::set_policy(req, env).await,
    }
}

/// The table's method for a request's; HEAD is answered as GET (workerd drops the body).
fn method(m: &worker::Method) -> Option<Method> {
    match m {
        worker::Method::Get | worker::Method::Head => Some(Method::Get),
        worker::Method::Post => Some(Method::Post),
        worker::Method::Put => Some(Method::Put),
        worker::Method::Patch => Some(Method::Patch),
        worker::Method::Delete => Some(Method::Delete),
        _ => None,
    }
}

fn refusal(miss: Miss) -> AppError {
    match miss {
        Miss::NotFound => AppError::client(ErrorCode::NotFound, "There is no API route at this address."),
        Miss::MethodNotAllowed(allowed) => {
            let list = allowed.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(", ");
            AppError::client(ErrorCode::MethodNotAllowed, format!("This route accepts {list} only."))
                .with_header("Allow", list)
        }
    }
}

//! The app's shell and routes.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::components::frame::{Banner, Footer, Header, SkipLink};
use crate::pages::benefits::BenefitsPage;
use crate::pages::review::analytics::BenefitAnalytics;
use crate::pages::review::analytics_feedback::FeedbackAnalytics;
use crate::pages::review::analytics_validations::ValidationAnalytics;
use crate::pages::review::field_offices::FieldOffices;
use crate::pages::review::{
    audit::Audit, cluster::Cluster, consultation_summary::ConsultationSummaryPage, consultations::Consultations,
    outbox::Outbox, queue::Queue, sign_in::ReviewerSignIn, submission::Submission, survey_rounds::SurveyRounds,
    two_step::TwoStep, users::Users, workspace::ReviewArea,
};
use crate::pages::validation_receipt::ValidationReceiptPage;
use crate::pages::validation_report::ValidationReportPage;
use crate::pages::{
    board::Board, board_item::BoardItem, check::CheckReceipt, consultation::ConsultationPage, feedback::GiveFeedback,
    home::Home, not_found::NotFound, receipt::Receipt, report::Report, survey::SurveyPage,
    survey_receipt::SurveyReceiptPage, unfollow::Unfollow,
};

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <SkipLink />
            <Banner />
            <Header />
            <main id="main-content" tabindex="-1" class="grid-container portal-main">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/feedback") view=GiveFeedback />
                    <Route path=path!("/receipt/:number") view=Receipt />
                    <Route path=path!("/check") view=CheckReceipt />
                    <Route path=path!("/consultations/:id") view=ConsultationPage />
                    <Route path=path!("/board") view=Board />
                    <Route path=path!("/board/:id") view=BoardItem />
                    <Route path=path!("/report") view=Report />
                    <Route path=path!("/unfollow/:token") view=Unfollow />
                    <Route path=path!("/benefits") view=BenefitsPage />
                    <Route path=path!("/survey") view=SurveyPage />
                    <Route path=path!("/survey/receipt/:number") view=SurveyReceiptPage />
                    <Route path=path!("/validation-report") view=ValidationReportPage />
                    <Route path=path!("/validation-report/receipt/:number") view=ValidationReceiptPage />
                    // Signing in needs no session; every other reviewer page goes through ReviewArea.
                    <Route path=path!("/review/sign-in") view=ReviewerSignIn />
                    <ParentRoute path=path!("/review") view=ReviewArea>
                        <Route path=path!("") view=Queue />
                        <Route path=path!("submissions/:number") view=Submission />
                        <Route path=path!("clusters/:id") view=Cluster />
                        <Route path=path!("users") view=Users />
                        <Route path=path!("audit") view=Audit />
                        <Route path=path!("consultations") view=Consultations />
                        <Route path=path!("consultations/:id") view=ConsultationSummaryPage />
                        <Route path=path!("outbox") view=Outbox />
                        <Route path=path!("analytics") view=BenefitAnalytics />
                        <Route path=path!("analytics/feedback") view=FeedbackAnalytics />
                        <Route path=path!("analytics/validations") view=ValidationAnalytics />
                        <Route path=path!("surveys") view=SurveyRounds />
                        <Route path=path!("field-offices") view=FieldOffices />
                        <Route path=path!("two-step") view=TwoStep />
                    </ParentRoute>
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}

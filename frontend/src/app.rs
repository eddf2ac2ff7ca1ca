//! The app's shell and routes.
//!
//! Only the frame (banner, header, footer, language switch), the home page and "page not found"
//! are in the first wasm file a visitor downloads. Every other page is a lazy route: `cargo
//! xtask build` splits its code (and the data only it uses) into a file of its own, fetched when
//! the route is first visited, so a public page never downloads the reviewer workspace.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{lazy_route, path, Lazy, LazyRoute};

use crate::components::frame::{Banner, Footer, Header, SkipLink};
use crate::pages::{home::Home, not_found::NotFound};

/// A page as a lazy route: its view is split off into its own wasm file. The page itself is
/// unchanged; only its place in the bundle is.
macro_rules! lazy_pages {
    ($($route:ident => $page:path,)*) => {$(
        struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(this: Self) -> AnyView {
                let $route = this;
                $page().into_any()
            }
        }
    )*};
}

lazy_pages! {
    FeedbackRoute => crate::pages::feedback::GiveFeedback,
    ReceiptRoute => crate::pages::receipt::Receipt,
    CheckRoute => crate::pages::check::CheckReceipt,
    ConsultationRoute => crate::pages::consultation::ConsultationPage,
    BoardRoute => crate::pages::board::Board,
    BoardItemRoute => crate::pages::board_item::BoardItem,
    ReportRoute => crate::pages::report::Report,
    UnfollowRoute => crate::pages::unfollow::Unfollow,
    BenefitsRoute => crate::pages::benefits::BenefitsPage,
    SurveyRoute => crate::pages::survey::SurveyPage,
    SurveyReceiptRoute => crate::pages::survey_receipt::SurveyReceiptPage,
    ValidationReportRoute => crate::pages::validation_report::ValidationReportPage,
    ValidationReceiptRoute => crate::pages::validation_receipt::ValidationReceiptPage,
    SignInRoute => crate::pages::review::sign_in::ReviewerSignIn,
    ReviewAreaRoute => crate::pages::review::workspace::ReviewArea,
    QueueRoute => crate::pages::review::queue::Queue,
    SubmissionRoute => crate::pages::review::submission::Submission,
    ClusterRoute => crate::pages::review::cluster::Cluster,
    UsersRoute => crate::pages::review::users::Users,
    AuditRoute => crate::pages::review::audit::Audit,
    ConsultationsRoute => crate::pages::review::consultations::Consultations,
    ConsultationSummaryRoute => crate::pages::review::consultation_summary::ConsultationSummaryPage,
    OutboxRoute => crate::pages::review::outbox::Outbox,
    BenefitAnalyticsRoute => crate::pages::review::analytics::BenefitAnalytics,
    FeedbackAnalyticsRoute => crate::pages::review::analytics_feedback::FeedbackAnalytics,
    ValidationAnalyticsRoute => crate::pages::review::analytics_validations::ValidationAnalytics,
    SurveyRoundsRoute => crate::pages::review::survey_rounds::SurveyRounds,
    FieldOfficesRoute => crate::pages::review::field_offices::FieldOffices,
    TwoStepRoute => crate::pages::review::two_step::TwoStep,
}

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
                    <Route path=path!("/feedback") view={Lazy::<FeedbackRoute>::new()} />
                    <Route path=path!("/receipt/:number") view={Lazy::<ReceiptRoute>::new()} />
                    <Route path=path!("/check") view={Lazy::<CheckRoute>::new()} />
                    <Route path=path!("/consultations/:id") view={Lazy::<ConsultationRoute>::new()} />
                    <Route path=path!("/board") view={Lazy::<BoardRoute>::new()} />
                    <Route path=path!("/board/:id") view={Lazy::<BoardItemRoute>::new()} />
                    <Route path=path!("/report") view={Lazy::<ReportRoute>::new()} />
                    <Route path=path!("/unfollow/:token") view={Lazy::<UnfollowRoute>::new()} />
                    <Route path=path!("/benefits") view={Lazy::<BenefitsRoute>::new()} />
                    <Route path=path!("/survey") view={Lazy::<SurveyRoute>::new()} />
                    <Route path=path!("/survey/receipt/:number") view={Lazy::<SurveyReceiptRoute>::new()} />
                    <Route path=path!("/validation-report") view={Lazy::<ValidationReportRoute>::new()} />
                    <Route
                        path=path!("/validation-report/receipt/:number")
                        view={Lazy::<ValidationReceiptRoute>::new()}
                    />
                    // Signing in needs no session; every other reviewer page goes through ReviewArea.
                    <Route path=path!("/review/sign-in") view={Lazy::<SignInRoute>::new()} />
                    <ParentRoute path=path!("/review") view={Lazy::<ReviewAreaRoute>::new()}>
                        <Route path=path!("") view={Lazy::<QueueRoute>::new()} />
                        <Route path=path!("submissions/:number") view={Lazy::<SubmissionRoute>::new()} />
                        <Route path=path!("clusters/:id") view={Lazy::<ClusterRoute>::new()} />
                        <Route path=path!("users") view={Lazy::<UsersRoute>::new()} />
                        <Route path=path!("audit") view={Lazy::<AuditRoute>::new()} />
                        <Route path=path!("consultations") view={Lazy::<ConsultationsRoute>::new()} />
                        <Route path=path!("consultations/:id") view={Lazy::<ConsultationSummaryRoute>::new()} />
                        <Route path=path!("outbox") view={Lazy::<OutboxRoute>::new()} />
                        <Route path=path!("analytics") view={Lazy::<BenefitAnalyticsRoute>::new()} />
                        <Route path=path!("analytics/feedback") view={Lazy::<FeedbackAnalyticsRoute>::new()} />
                        <Route path=path!("analytics/validations") view={Lazy::<ValidationAnalyticsRoute>::new()} />
                        <Route path=path!("surveys") view={Lazy::<SurveyRoundsRoute>::new()} />
                        <Route path=path!("field-offices") view={Lazy::<FieldOfficesRoute>::new()} />
                        <Route path=path!("two-step") view={Lazy::<TwoStepRoute>::new()} />
                    </ParentRoute>
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}

//! The app's shell and routes.
//!
//! Only the frame (banner, header, footer, language switch), the home page and "page not found"
//! are in the first wasm file a visitor downloads. The other public pages are three lazy groups
//! and the reviewer workspace a fourth: `cargo xtask build` splits each group's code (and the
//! data only it uses) into files of its own, fetched when a page of the group is first visited,
//! so a public page never downloads the reviewer workspace. Groups, not one split per page:
//! every split point multiplies the files that code shared between pages is cut into, and a
//! page that needs a hundred small files waits on a hundred requests (measured: 157–207 files a
//! public page with a split per route, and Lighthouse Performance 51–58; see BENCHMARKS.md).

use leptos::lazy;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{path, Lazy, LazyRoute};

use crate::components::frame::{Banner, Footer, Header, SkipLink};
use crate::pages::{home::Home, not_found::NotFound};

/// A group of pages behind one split point: `$loader` is the lazily loaded function that draws
/// any page of the group, and each `$route` is a lazy route that asks it for its page.
macro_rules! lazy_group {
    ($loader:ident, $group:ident { $($route:ident: $variant:ident => $page:path,)* }) => {
        #[derive(Clone, Copy)]
        enum $group {
            $($variant,)*
        }

        #[lazy]
        fn $loader(page: $group) -> AnyView {
            match page {
                $($group::$variant => $page().into_any(),)*
            }
        }

        $(
            struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_this: Self) -> AnyView {
                    $loader($group::$variant).await
                }
            }
        )*
    };
}

// The public pages in three groups of pages that share most of their code: the forms, the
// board, and receipts (checked, followed, withdrawn). A visitor to a receipt page does not
// download the forms' code.
lazy_group!(form_page, FormPage {
    FeedbackRoute: Feedback => crate::pages::feedback::GiveFeedback,
    ReportRoute: Report => crate::pages::report::Report,
    SurveyRoute: Survey => crate::pages::survey::SurveyPage,
    ValidationReportRoute: ValidationReport => crate::pages::validation_report::ValidationReportPage,
});

lazy_group!(board_page, BoardPage {
    BoardRoute: Board => crate::pages::board::Board,
    BoardItemRoute: BoardItem => crate::pages::board_item::BoardItem,
    ConsultationRoute: Consultation => crate::pages::consultation::ConsultationPage,
    BenefitsRoute: Benefits => crate::pages::benefits::BenefitsPage,
});

lazy_group!(receipt_page, ReceiptPage {
    ReceiptRoute: Receipt => crate::pages::receipt::Receipt,
    CheckRoute: Check => crate::pages::check::CheckReceipt,
    UnfollowRoute: Unfollow => crate::pages::unfollow::Unfollow,
    SurveyReceiptRoute: SurveyReceipt => crate::pages::survey_receipt::SurveyReceiptPage,
    ValidationReceiptRoute: ValidationReceipt => crate::pages::validation_receipt::ValidationReceiptPage,
});

lazy_group!(reviewer_page, ReviewerPage {
    SignInRoute: SignIn => crate::pages::review::sign_in::ReviewerSignIn,
    ReviewAreaRoute: ReviewArea => crate::pages::review::workspace::ReviewArea,
    QueueRoute: Queue => crate::pages::review::queue::Queue,
    SubmissionRoute: Submission => crate::pages::review::submission::Submission,
    ClusterRoute: Cluster => crate::pages::review::cluster::Cluster,
    UsersRoute: Users => crate::pages::review::users::Users,
    AuditRoute: Audit => crate::pages::review::audit::Audit,
    ConsultationsRoute: Consultations => crate::pages::review::consultations::Consultations,
    ConsultationSummaryRoute: ConsultationSummary => crate::pages::review::consultation_summary::ConsultationSummaryPage,
    OutboxRoute: Outbox => crate::pages::review::outbox::Outbox,
    BenefitAnalyticsRoute: BenefitAnalytics => crate::pages::review::analytics::BenefitAnalytics,
    FeedbackAnalyticsRoute: FeedbackAnalytics => crate::pages::review::analytics_feedback::FeedbackAnalytics,
    ValidationAnalyticsRoute: ValidationAnalytics => crate::pages::review::analytics_validations::ValidationAnalytics,
    SurveyRoundsRoute: SurveyRounds => crate::pages::review::survey_rounds::SurveyRounds,
    FieldOfficesRoute: FieldOffices => crate::pages::review::field_offices::FieldOffices,
    TwoStepRoute: TwoStep => crate::pages::review::two_step::TwoStep,
});

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

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

use crate::components::frame::{Banner, Footer, Header, SkipLink};
use crate::pages::{home::Home, not_found::NotFound};
use crate::router::{resolve, use_location, OutletView, ParamsMap, Router};

/// A group of pages behind one split point: an enum naming them and `$loader`, the lazily
/// loaded function that draws any page of the group.
macro_rules! lazy_group {
    ($loader:ident, $group:ident { $($variant:ident => $page:path,)* }) => {
        #[derive(Clone, Copy, Debug, PartialEq)]
        enum $group {
            $($variant,)*
        }

        #[lazy]
        fn $loader(page: $group) -> AnyView {
            match page {
                $($group::$variant => $page().into_any(),)*
            }
        }
    };
}
// The public pages in three groups of pages that share most of their code: the forms, the
// board, and receipts (checked, followed, withdrawn). A visitor to a receipt page does not
// download the forms' code.
lazy_group!(form_page, FormPage {
    Feedback => crate::pages::feedback::GiveFeedback,
    Report => crate::pages::report::Report,
    Survey => crate::pages::survey::SurveyPage,
    ValidationReport => crate::pages::validation_report::ValidationReportPage,
});

lazy_group!(board_page, BoardPage {
    Board => crate::pages::board::Board,
    BoardItem => crate::pages::board_item::BoardItem,
    Consultation => crate::pages::consultation::ConsultationPage,
    Benefits => crate::pages::benefits::BenefitsPage,
});

lazy_group!(receipt_page, ReceiptPage {
    Receipt => crate::pages::receipt::Receipt,
    Check => crate::pages::check::CheckReceipt,
    Unfollow => crate::pages::unfollow::Unfollow,
    SurveyReceipt => crate::pages::survey_receipt::SurveyReceiptPage,
    ValidationReceipt => crate::pages::validation_receipt::ValidationReceiptPage,
});

lazy_group!(reviewer_page, ReviewerPage {
    SignIn => crate::pages::review::sign_in::ReviewerSignIn,
    ReviewArea => crate::pages::review::workspace::ReviewArea,
    Queue => crate::pages::review::queue::Queue,
    Submission => crate::pages::review::submission::Submission,
    Cluster => crate::pages::review::cluster::Cluster,
    Users => crate::pages::review::users::Users,
    Audit => crate::pages::review::audit::Audit,
    Consultations => crate::pages::review::consultations::Consultations,
    ConsultationSummary => crate::pages::review::consultations::summary::ConsultationSummaryPage,
    Outbox => crate::pages::review::outbox::Outbox,
    BenefitAnalytics => crate::pages::review::analytics::BenefitAnalytics,
    FeedbackAnalytics => crate::pages::review::analytics::feedback::FeedbackAnalytics,
    ValidationAnalytics => crate::pages::review::analytics::validations::ValidationAnalytics,
    SurveyRounds => crate::pages::review::survey_rounds::SurveyRounds,
    FieldOffices => crate::pages::review::field_offices::FieldOffices,
    TwoStep => crate::pages::review::two_step::TwoStep,
});

/// Which page an address shows. The reviewer workspace's pages are drawn inside its frame.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Page {
    Home,
    Form(FormPage),
    Board(BoardPage),
    Receipt(ReceiptPage),
    SignIn,
    Workspace(ReviewerPage),
    NotFound,
}

/// The route table: the first pattern an address matches picks its page.
const ROUTES: &[(&str, Page)] = &[
    ("/", Page::Home),
    ("/feedback", Page::Form(FormPage::Feedback)),
    ("/report", Page::Form(FormPage::Report)),
    ("/survey", Page::Form(FormPage::Survey)),
    ("/validation-report", Page::Form(FormPage::ValidationReport)),
    ("/board", Page::Board(BoardPage::Board)),
    ("/board/:id", Page::Board(BoardPage::BoardItem)),
    ("/consultations/:id", Page::Board(BoardPage::Consultation)),
    ("/benefits", Page::Board(BoardPage::Benefits)),
    ("/receipt/:number", Page::Receipt(ReceiptPage::Receipt)),
    ("/check", Page::Receipt(ReceiptPage::Check)),
    ("/unfollow/:token", Page::Receipt(ReceiptPage::Unfollow)),
    ("/survey/receipt/:number", Page::Receipt(ReceiptPage::SurveyReceipt)),
    ("/validation-report/receipt/:number", Page::Receipt(ReceiptPage::ValidationReceipt)),
    // Signing in needs no session; every other reviewer page is drawn inside the workspace.
    ("/review/sign-in", Page::SignIn),
    ("/review", Page::Workspace(ReviewerPage::Queue)),
    ("/review/submissions/:number", Page::Workspace(ReviewerPage::Submission)),
    ("/review/clusters/:id", Page::Workspace(ReviewerPage::Cluster)),
    ("/review/users", Page::Workspace(ReviewerPage::Users)),
    ("/review/audit", Page::Workspace(ReviewerPage::Audit)),
    ("/review/consultations", Page::Workspace(ReviewerPage::Consultations)),
    ("/review/consultations/:id", Page::Workspace(ReviewerPage::ConsultationSummary)),
    ("/review/outbox", Page::Workspace(ReviewerPage::Outbox)),
    ("/review/analytics", Page::Workspace(ReviewerPage::BenefitAnalytics)),
    ("/review/analytics/feedback", Page::Workspace(ReviewerPage::FeedbackAnalytics)),
    ("/review/analytics/validations", Page::Workspace(ReviewerPage::ValidationAnalytics)),
    ("/review/surveys", Page::Workspace(ReviewerPage::SurveyRounds)),
    ("/review/field-offices", Page::Workspace(ReviewerPage::FieldOffices)),
    ("/review/two-step", Page::Workspace(ReviewerPage::TwoStep)),
];

fn page_at(path: &str) -> Page {
    resolve(ROUTES, path).map_or(Page::NotFound, |(page, _)| page)
}

fn params_at(path: &str) -> ParamsMap {
    resolve(ROUTES, path).map(|(_, params)| params).unwrap_or_default()
}

/// The page the address shows, for the workspace's outlet.
#[derive(Clone, Copy)]
struct CurrentPage(Memo<Page>);

/// The workspace page the address shows, drawn in the workspace's frame.
fn workspace_page() -> AnyView {
    let page = expect_context::<CurrentPage>().0;
    let inner = Memo::new(move |_| match page.get() {
        Page::Workspace(inner) => Some(inner),
        _ => None,
    });
    (move || inner.get().map(|inner| Suspend::new(reviewer_page(inner)))).into_any()
}

/// The page for the address. A page of a lazy group is drawn once its group's file has loaded; a
/// change of the query, or of a named segment, keeps the page and lets it follow the address, and
/// moving between workspace pages keeps the workspace's frame.
#[component]
fn Pages() -> impl IntoView {
    let here = use_location();
    let page = Memo::new(move |_| here.pathname.with(|p| page_at(p)));
    provide_context(CurrentPage(page));
    provide_context(OutletView(workspace_page));
    let outer = Memo::new(move |_| match page.get() {
        Page::Workspace(_) => Page::Workspace(ReviewerPage::ReviewArea),
        other => other,
    });
    move || match outer.get() {
        Page::Home => view! { <Home /> }.into_any(),
        Page::NotFound => view! { <NotFound /> }.into_any(),
        Page::Form(p) => Suspend::new(form_page(p)).into_any(),
        Page::Board(p) => Suspend::new(board_page(p)).into_any(),
        Page::Receipt(p) => Suspend::new(receipt_page(p)).into_any(),
        Page::SignIn => Suspend::new(reviewer_page(ReviewerPage::SignIn)).into_any(),
        Page::Workspace(p) => Suspend::new(reviewer_page(p)).into_any(),
    }
}

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router params=params_at>
            <SkipLink />
            <Banner />
            <Header />
            <main id="main-content" tabindex="-1" class="grid-container portal-main">
                <Pages />
            </main>
            <Footer />
        </Router>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_address_finds_its_page() {
        assert_eq!(page_at("/"), Page::Home);
        assert_eq!(page_at("/board/12"), Page::Board(BoardPage::BoardItem));
        assert_eq!(page_at("/survey/receipt/CTPAT-S-1"), Page::Receipt(ReceiptPage::SurveyReceipt));
        assert_eq!(page_at("/review/"), Page::Workspace(ReviewerPage::Queue));
        assert_eq!(page_at("/review/consultations/4"), Page::Workspace(ReviewerPage::ConsultationSummary));
        assert_eq!(page_at("/review/nowhere"), Page::NotFound);
        assert_eq!(params_at("/review/submissions/CTPAT-26-000001").get("number").as_deref(), Some("CTPAT-26-000001"));
    }
}

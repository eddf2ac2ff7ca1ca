//! The app's shell and routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::frame::{Banner, Footer, Header, SkipLink};
use crate::pages::{check::CheckReceipt, feedback::GiveFeedback, home::Home, not_found::NotFound, receipt::Receipt};

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
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}

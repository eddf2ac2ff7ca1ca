//! What the analytics pages share: the links between them, and for the two dashboards whose
//! filters live in the address (benefits, validations) the load that follows the address, the
//! problems for the error summary and the CSV link carrying the same query, so the file holds
//! the figures on the page.

use std::future::Future;

use leptos::prelude::*;
use shared::text::FieldError;
use shared::url::decode_query;

use crate::api::analytics::with_query;
use crate::api::review::Reviewer;
use crate::api::Failure;
use crate::components::error_summary::Problem;
use crate::components::filter_form::FilterAddress;
use crate::pages::review::{failed_load, filter_failure_problems, loading, page_links, use_reviewer};
use crate::paths::{ANALYTICS_PAGE, FEEDBACK_ANALYTICS_PAGE, VALIDATION_ANALYTICS_PAGE};
use crate::router::use_location;

/// The links between the dashboards, under the page heading.
#[component]
pub fn AnalyticsNav() -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let links = [
        (ANALYTICS_PAGE, a.nav_benefits),
        (FEEDBACK_ANALYTICS_PAGE, a.nav_feedback),
        (VALIDATION_ANALYTICS_PAGE, a.nav_validations),
    ];
    view! {
        <nav aria-label=a.subnav_label>
            <ul class="usa-list usa-list--unstyled portal-inline-list">
                {page_links(links.to_vec(), false)}
            </ul>
        </nav>
    }
}

/// A dashboard as the address asks for it: the canonical query (or what is wrong with the
/// address), its figures once loaded, and every problem for the error summary.
pub struct Dashboard<D: 'static> {
    pub query: Memo<Result<String, Vec<FieldError>>>,
    pub figures: LocalResource<Result<Option<D>, Failure>>,
    pub problems: Memo<Vec<Problem>>,
}

impl<D: 'static> Clone for Dashboard<D> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<D: 'static> Copy for Dashboard<D> {}

impl<D: Clone + 'static> Dashboard<D> {
    /// Follows the address: each view of the filters is parsed by `filters` and, when it parses,
    /// fetched with its canonical query.
    pub fn follow<F, Fut>(filters: FilterAddress, fetch: F) -> Self
    where
        F: Fn(Reviewer, String) -> Fut + 'static,
        Fut: Future<Output = Result<D, Failure>> + 'static,
    {
        let reviewer = use_reviewer();
        let location = use_location();
        let query = Memo::new(move |_| location.search.with(|s| (filters.parse)(&decode_query(s))));
        let figures = LocalResource::new(move || {
            let fetching = query.get().ok().map(|canonical| fetch(reviewer.clone(), canonical));
            async move {
                match fetching {
                    Some(fetching) => fetching.await.map(Some),
                    // The address is wrong: the summary says how; there is nothing to ask.
                    None => Ok(None),
                }
            }
        });
        let problems = Memo::new(move |_| {
            let mut list = match query.get() {
                Err(errors) => filters.problems(&errors),
                Ok(_) => Vec::new(),
            };
            if let Some(Err(failure)) = figures.get() {
                list.extend(filter_failure_problems(&failure, &filters));
            }
            list
        });
        Dashboard { query, figures, problems }
    }

    pub fn loaded(self) -> Option<D> {
        self.figures.get().and_then(Result::ok).flatten()
    }

    /// Choices that come with the figures (rounds, offices), kept from the last ones while the
    /// next view loads.
    pub fn choices(self, of: fn(&D) -> Vec<(String, String)>) -> Signal<Vec<(String, String)>> {
        let kept = RwSignal::new(Vec::new());
        Effect::new(move |_| {
            if let Some(d) = self.loaded() {
                kept.set(of(&d));
            }
        });
        kept.into()
    }

    /// The figures drawn by `draw` (with the canonical query), "Loading" before them; a 401
    /// signs in again, and other failures are in the error summary.
    pub fn view<V: IntoView + 'static>(self, draw: impl Fn(D, String) -> V + Send + 'static) -> impl IntoView {
        move || match self.figures.get() {
            None => loading(),
            Some(Err(Failure::Unauthorized)) => failed_load(Failure::Unauthorized),
            Some(Ok(Some(d))) => draw(d, self.query.get().unwrap_or_default()).into_any(),
            _ => ().into_any(),
        }
    }
}

/// The dashboard's figures as a CSV file, for the same filters.
#[component]
pub fn CsvLink(path: &'static str, query: String, hint: &'static str) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    view! {
        <p>
            <a class="usa-link" href=with_query(path, &query) download="">
                {a.download_csv}
            </a>
            <span class="display-block usa-hint">{hint}</span>
        </p>
    }
}

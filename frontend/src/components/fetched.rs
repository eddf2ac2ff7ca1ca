//! A public page that shows one thing read from the API (a board item, a consultation, a receipt
//! opened later): "Loading…", then the thing, or a page that says it was not found or why it
//! could not be read.

use std::future::Future;

use leptos::prelude::*;

use crate::api::Failure;
use crate::components::notice::{alert, failed_load, loading};
use crate::router::use_params_map;

/// What the `:id` of the address names, read with `fetch`. An id that is not a positive number
/// names nothing, and is not asked for.
pub fn read_by_id<T, Fut>(fetch: fn(i64) -> Fut) -> LocalResource<Result<Option<T>, Failure>>
where
    T: 'static,
    Fut: Future<Output = Result<Option<T>, Failure>> + 'static,
{
    let params = use_params_map();
    let id =
        Memo::new(move |_| params.with(|ps| ps.get("id")).and_then(|id| id.parse::<i64>().ok()).filter(|n| *n > 0));
    LocalResource::new(move || {
        let id = id.get();
        async move {
            match id {
                Some(id) => fetch(id).await,
                None => Ok(None),
            }
        }
    })
}

/// `found` as a page: `show` draws the thing; without one the page is headed `title` and says
/// `not_found` (or why the read failed), followed by a link `back` (`(href, text)`) where given.
#[component]
pub fn FetchedPage<T>(
    found: LocalResource<Result<Option<T>, Failure>>,
    show: fn(T) -> AnyView,
    title: &'static str,
    not_found: &'static str,
    #[prop(optional)] back: Option<(&'static str, &'static str)>,
) -> impl IntoView
where
    T: Clone + 'static,
{
    move || match found.get() {
        None => view! { <div class="usa-section">{loading()}</div> }.into_any(),
        Some(Ok(Some(thing))) => show(thing),
        Some(result) => view! {
            <div class="usa-section">
                <h1>{title}</h1>
                {match result {
                    Err(failure) => failed_load(&failure),
                    _ => alert("usa-alert--warning", not_found.to_owned()),
                }}
                {back.map(|(href, text)| view! {
                    <p>
                        <a class="usa-link" href=href>{text}</a>
                    </p>
                })}
            </div>
        }
        .into_any(),
    }
}

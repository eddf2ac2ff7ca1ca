//! The filter forms whose filters live in the address bar (the public board, the reviewers'
//! queue, the two survey dashboards, the audit log), so that a view can be bookmarked and shared.
//! One mechanism for all of them: the form starts from the address and follows it ("Clear
//! filters", a link from elsewhere, the back button), and "Apply filters" writes it — canonical
//! when the page's query parser accepts the filters, as typed when it does not, so that the page
//! can say what is wrong with them.

use std::collections::BTreeMap;

use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use shared::text::FieldError;
use shared::url::{decode_query, encode_query};

use crate::components::error_summary::{focus_summary, Problem};
use crate::components::fields::ChoiceSelect;
use crate::components::notice::field_error;
use crate::i18n::t;
use crate::router::{use_location, use_navigate};

/// A query's pairs as the address has them, in its order.
pub type QueryPairs = [(String, String)];

/// What a filter form writes into the address, and how.
#[derive(Clone, Copy)]
pub struct FilterAddress {
    /// The page the filters are for; "Clear filters" links to it bare.
    pub page: &'static str,
    /// The query keys the form edits, in address order. Each is also the `id` of its control,
    /// so a problem the parser reports links to it.
    pub keys: &'static [&'static str],
    /// Keys with no control, kept as the address had them (the queue's `limit`).
    pub kept: &'static [&'static str],
    /// The visible label of a query key, for problem messages.
    pub label: fn(&str) -> Option<&'static str>,
    /// The filters' canonical query string when the page's rules accept them, else what is wrong
    /// with them (the same parser the worker uses).
    pub parse: fn(&QueryPairs) -> Result<String, Vec<FieldError>>,
}

impl FilterAddress {
    /// Whether a query key has a control to link a problem to.
    pub fn has_control(&self, key: &str) -> bool {
        self.keys.contains(&key)
    }

    /// The page's address with these query pairs.
    pub fn href(&self, pairs: &[(&str, String)]) -> String {
        self.with_query(&encode_query(pairs))
    }

    fn with_query(&self, query: &str) -> String {
        if query.is_empty() {
            self.page.to_owned()
        } else {
            format!("{}?{query}", self.page)
        }
    }

    fn all_keys(&self) -> impl Iterator<Item = &'static str> {
        self.keys.iter().chain(self.kept).copied()
    }

    /// The form's values as the address has them.
    fn read(&self, search: &str) -> BTreeMap<&'static str, String> {
        decode_query(search)
            .into_iter()
            .filter_map(|(k, v)| self.all_keys().find(|key| *key == k).map(|key| (key, v)))
            .collect()
    }

    /// The address for these values: canonical when they parse, as typed when they do not; and
    /// whether they parse.
    fn write(&self, values: &BTreeMap<&'static str, String>) -> (String, bool) {
        let pairs: Vec<(&str, String)> = self
            .all_keys()
            .filter_map(|k| values.get(k).map(|v| (k, v.trim().to_owned())))
            .filter(|(_, v)| !v.is_empty())
            .collect();
        let owned: Vec<(String, String)> = pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
        match (self.parse)(&owned) {
            Ok(query) => (self.with_query(&query), true),
            Err(_) => (self.href(&pairs), false),
        }
    }

    /// A problem the parser found in the address, linked to its control and worded with its
    /// label.
    pub fn problem(&self, e: &FieldError) -> Problem {
        Problem {
            field: self.control_of(&e.field),
            // No field key: the catalog's field-specific wording is for the feedback form.
            message: (t().problem)("", (self.label)(&e.field).unwrap_or(&e.field), e.problem),
        }
    }

    pub fn problems(&self, errors: &[FieldError]) -> Vec<Problem> {
        errors.iter().map(|e| self.problem(e)).collect()
    }

    /// The control a problem with query key `key` links to: none for a key without one.
    pub fn control_of(&self, key: &str) -> String {
        if self.has_control(key) {
            key.to_owned()
        } else {
            String::new()
        }
    }
}

/// Filters with no rules of their own (the audit log's words): the query as typed.
pub fn as_typed(pairs: &QueryPairs) -> Result<String, Vec<FieldError>> {
    let pairs: Vec<(&str, String)> = pairs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    Ok(encode_query(&pairs))
}

/// A filter form's values while the person edits them, taken from the address.
#[derive(Clone, Copy)]
pub struct Filters {
    address: FilterAddress,
    values: RwSignal<BTreeMap<&'static str, String>>,
    problems: Signal<Vec<Problem>>,
}

impl Filters {
    /// The values in the address now, and again whenever the address changes. `problems` are
    /// the page's, which the controls show next to themselves.
    pub fn from_address(address: FilterAddress, problems: Signal<Vec<Problem>>) -> Self {
        let location = use_location();
        let values = RwSignal::new(address.read(&location.search.get_untracked()));
        Effect::new(move |_| {
            let fresh = location.search.with(|s| address.read(s));
            values.set(fresh);
        });
        Filters { address, values, problems }
    }

    pub fn value(self, key: &'static str) -> Signal<String> {
        Signal::derive(move || self.values.with(|v| v.get(key).cloned().unwrap_or_default()))
    }

    pub fn set(self, key: &'static str) -> Callback<String> {
        Callback::new(move |v: String| self.values.update(|vs| drop(vs.insert(key, v))))
    }

    pub fn error(self, key: &'static str) -> Signal<Option<String>> {
        field_error(self.problems, key)
    }
}

/// The form around the filters' controls (`children`), with "Apply filters" and "Clear filters".
#[component]
pub fn FilterForm(
    filters: Filters,
    /// The `id` of the form's heading, which names its section.
    heading_id: &'static str,
    heading: &'static str,
    apply: &'static str,
    clear: &'static str,
    /// The page's error summary, which takes the focus when the filters applied do not parse.
    #[prop(optional)]
    summary: Option<NodeRef<Div>>,
    children: Children,
) -> impl IntoView {
    let navigate = use_navigate();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (href, valid) = filters.values.with_untracked(|v| filters.address.write(v));
        navigate(&href, Default::default());
        if let (false, Some(summary)) = (valid, summary) {
            focus_summary(summary);
        }
    };
    view! {
        <section aria-labelledby=heading_id>
            <h2 id=heading_id>{heading}</h2>
            <form novalidate on:submit=on_submit>
                <div class="portal-filters">{children()}</div>
                <div class="portal-actions">
                    <button type="submit" class="usa-button">
                        {apply}
                    </button>
                    <a class="usa-button usa-button--unstyled" href=filters.address.page>
                        {clear}
                    </a>
                </div>
            </form>
        </section>
    }
}

/// A filter chosen from a list, off while its empty choice (`any`: "Any", "All rounds") is
/// selected; `options` are `(code, label)`.
#[component]
pub fn FilterSelect(
    filters: Filters,
    id: &'static str,
    label: &'static str,
    any: &'static str,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    view! {
        <ChoiceSelect id label any options value=filters.value(id) set=filters.set(id) error=filters.error(id) />
    }
}

//! "This matters to us too": support for a published item, counted once per browser (the browser
//! sends the random token it keeps), and the counts per entity type it adds to.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use shared::api::public::{SupportCounts, SupportForm, SUPPORT_ORGANIZATION_MAX};
use shared::taxonomy::EntityType;
use shared::text::{Problem as Rule, TextRule};

use crate::api;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::fields::{Select, TextInput};
use crate::components::notice::alert;
use crate::components::short_form::{SendButton, ShortForm};
use crate::i18n::t;
use crate::storage;

/// Control ids: prefixed, because the page's other form and the filters use the plain keys.
const ENTITY_TYPE: &str = "support_entity_type";
const ORGANIZATION: &str = "support_organization";
const ORGANIZATION_RULE: TextRule =
    TextRule { required: false, max_chars: SUPPORT_ORGANIZATION_MAX, single_line: true };

fn client_problems(form: &SupportForm) -> Vec<Problem> {
    let m = t();
    let p = m.public;
    let mut list = Vec::new();
    if EntityType::from_code(&form.entity_type).is_none() {
        list.push(Problem {
            field: ENTITY_TYPE.into(),
            message: (m.problem)("", p.support_entity_type, Rule::Required),
        });
    }
    if let Err(rule) = ORGANIZATION_RULE.parse(&form.organization) {
        list.push(Problem { field: ORGANIZATION.into(), message: (m.problem)("", p.support_organization, rule) });
    }
    list
}

/// The supporters per entity type, with the total.
#[component]
pub fn SupportTable(counts: Signal<SupportCounts>) -> impl IntoView {
    let m = t();
    let p = m.public;
    move || {
        let counts = counts.get();
        if counts.total == 0 {
            return view! { <p>{p.item_support_none}</p> }.into_any();
        }
        view! {
            <table class="usa-table usa-table--borderless portal-support">
                <caption>{p.item_support_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{p.board_entity_type}</th>
                        <th scope="col" class="portal-number">{p.item_support_count}</th>
                    </tr>
                </thead>
                <tbody>
                    {counts
                        .by_entity_type
                        .iter()
                        .map(|c| {
                            view! {
                                <tr>
                                    <th scope="row">{(m.entity_type)(c.entity_type)}</th>
                                    <td class="portal-number">{(p.thousands)(u64::from(c.count))}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{p.item_support_total}</th>
                        <td class="portal-number">{(p.thousands)(u64::from(counts.total))}</td>
                    </tr>
                </tfoot>
            </table>
        }
        .into_any()
    }
}

#[component]
pub fn SupportItem(item: i64, counts: RwSignal<SupportCounts>) -> impl IntoView {
    let m = t();
    let p = m.public;
    let form = RwSignal::new(SupportForm::default());
    let outcome = RwSignal::new(None::<bool>);
    let sending = ShortForm::new(&[("entity_type", ENTITY_TYPE), ("organization", ORGANIZATION)]);

    let on_submit = move |ev: SubmitEvent| {
        let typed = form.get_untracked();
        sending.submit(
            ev,
            client_problems(&typed),
            || {
                let sent = SupportForm {
                    entity_type: typed.entity_type,
                    organization: typed.organization.trim().to_owned(),
                    supporter: storage::supporter_token(),
                };
                async move { api::public::support(item, &sent).await }
            },
            move |r| {
                counts.set(r.support);
                outcome.set(Some(r.counted));
            },
        );
    };
    let entity_types = EntityType::ALL.iter().map(|e| (e.code(), (m.entity_type)(*e))).collect::<Vec<_>>();

    view! {
        <section class="portal-support-form" aria-labelledby="support-heading">
            <h2 id="support-heading">{p.support_heading}</h2>
            {move || match outcome.get() {
                Some(true) => alert("usa-alert--success", p.support_thanks.to_owned()),
                Some(false) => alert("usa-alert--info", p.support_already.to_owned()),
                None => {
                    view! {
                        <p>{p.support_lead}</p>
                        <ErrorSummary problems=sending.problems.into() node_ref=sending.summary id="support-errors" />
                        <form class="usa-form" novalidate on:submit=on_submit>
                            <Select
                                id=ENTITY_TYPE
                                label=p.support_entity_type
                                required=true
                                options=entity_types.clone()
                                value=Signal::derive(move || form.with(|f| f.entity_type.clone()))
                                set=Callback::new(move |v| form.update(|f| f.entity_type = v))
                                error=sending.error(ENTITY_TYPE)
                            />
                            <TextInput
                                id=ORGANIZATION
                                label=p.support_organization
                                hint=p.support_organization_hint
                                autocomplete="organization"
                                max_chars=SUPPORT_ORGANIZATION_MAX
                                value=Signal::derive(move || form.with(|f| f.organization.clone()))
                                set=Callback::new(move |v| form.update(|f| f.organization = v))
                                error=sending.error(ORGANIZATION)
                            />
                            <SendButton form=sending label=p.support_submit />
                        </form>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

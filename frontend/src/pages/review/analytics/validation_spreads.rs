//! "Where field offices differ": the lowest and highest office on each figure, the large
//! differences tagged in the table and summed up in an alert at the top of the page. The rows
//! are drawn here rather than with `DataTable`, whose cells hold text only: a large row carries
//! a tag in words as well as a class, so it never stands out by colour alone.

use leptos::prelude::*;
use shared::api::validation::{FieldOffice, Spread};

use super::validation_labels::{figure, measure_value, office_name, rating_value};
use crate::components::error_summary::focus_field;
use crate::components::list_table::ListTable;

/// The table's heading, where the alert's link moves focus.
const HEADING_ID: &str = "spreads-heading";

/// A spread in words and figures. A rating is compared by its mean, a measure by its median;
/// an unknown figure code is shown as it is.
struct Row {
    figure: String,
    rating: bool,
    lowest_office: String,
    lowest: String,
    highest_office: String,
    highest: String,
    large: bool,
}

fn row(s: &Spread, offices: &[FieldOffice]) -> Row {
    let (name, rating) = figure(&s.figure).map_or((s.figure.clone(), false), |(n, r)| (n.to_owned(), r));
    let value = if rating { rating_value } else { measure_value };
    Row {
        figure: name,
        rating,
        lowest_office: office_name(offices, s.lowest_office),
        lowest: value(s.lowest),
        highest_office: office_name(offices, s.highest_office),
        highest: value(s.highest),
        large: s.large,
    }
}

/// The large differences, one sentence each, above the filters. Nothing when there are none:
/// the table below says what was compared.
#[component]
pub fn SpreadAlert(spreads: Vec<Spread>, offices: Vec<FieldOffice>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let large: Vec<Row> = spreads.iter().filter(|s| s.large).map(|s| row(s, &offices)).collect();
    (!large.is_empty()).then(|| {
        let items = large
            .into_iter()
            .map(|r| {
                let sentence = (a.spread_sentence)(
                    &r.figure,
                    r.rating,
                    &r.lowest,
                    &r.lowest_office,
                    &r.highest,
                    &r.highest_office,
                );
                view! { <li>{sentence}</li> }
            })
            .collect_view();
        view! {
            <div class="usa-alert usa-alert--warning portal-spread-alert">
                <div class="usa-alert__body">
                    <h2 class="usa-alert__heading">{a.spreads_alert_heading}</h2>
                    <ul class="usa-list">{items}</ul>
                    <p class="usa-alert__text">
                        // The router would only scroll: move focus to the table's heading too.
                        <a
                            class="usa-link"
                            href=format!("#{HEADING_ID}")
                            on:click=|ev| {
                                ev.prevent_default();
                                focus_field(HEADING_ID);
                            }
                        >
                            {a.spreads_alert_link}
                        </a>
                    </p>
                </div>
            </div>
        }
    })
}

#[component]
pub fn SpreadTable(spreads: Vec<Spread>, offices: Vec<FieldOffice>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let rows: Vec<Row> = spreads.iter().map(|s| row(s, &offices)).collect();
    let body = if rows.is_empty() {
        view! { <p>{a.spreads_none}</p> }.into_any()
    } else {
        let head =
            vec![a.col_figure, a.col_compared, a.col_lowest_office, a.col_lowest, a.col_highest_office, a.col_highest];
        view! {
            <ListTable caption_id="spreads-caption" caption=a.spreads_caption head>
                {rows.into_iter().map(spread_row).collect_view()}
            </ListTable>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby=HEADING_ID>
            <h2 id=HEADING_ID tabindex="-1">{a.spreads_heading}</h2>
            <p>{a.spreads_lead}</p>
            {body}
        </section>
    }
}

fn spread_row(r: Row) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let compared = if r.rating { a.compared_mean } else { a.compared_median };
    view! {
        <tr class=r.large.then_some("portal-spread--large")>
            <th scope="row">
                {r.figure}
                {r.large.then(|| view! { " " <span class="usa-tag portal-tag--large">{a.large_difference}</span> })}
            </th>
            <td>{compared}</td>
            <td>{r.lowest_office}</td>
            <td class="portal-number">{r.lowest}</td>
            <td>{r.highest_office}</td>
            <td class="portal-number">{r.highest}</td>
        </tr>
    }
}

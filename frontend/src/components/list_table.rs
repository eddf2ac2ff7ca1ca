//! The portal's tables (the reviewers' lists, the dashboards' figures): a USWDS table in a
//! scrollable region that its caption names, so a wide table scrolls on a phone and keyboard
//! users can reach it, and column headers. The rows are the page's.

use leptos::prelude::*;

/// How a table's rows are spaced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Rows {
    /// Lines of text and figures: USWDS's compact rows.
    #[default]
    Compact,
    /// Rows that hold buttons and fields: the full row height, so controls do not touch.
    WithControls,
}

#[component]
pub fn ListTable<H: IntoView + 'static>(
    /// The caption's `id`, unique on the page: it names the scrollable region.
    #[prop(into)]
    caption_id: String,
    #[prop(into)] caption: String,
    head: Vec<H>,
    /// A first column header that is not text (the queue's "select all" checkbox).
    #[prop(optional)]
    lead: Option<AnyView>,
    #[prop(optional)] rows: Rows,
    /// Classes of the portal's own for this kind of table (`portal-count-table`).
    #[prop(optional)]
    class: Option<&'static str>,
    /// The `<tr>`s of the body.
    children: Children,
) -> impl IntoView {
    let density = match rows {
        Rows::Compact => " usa-table--compact",
        Rows::WithControls => "",
    };
    let class = format!("usa-table{density} portal-table{}", class.map(|c| format!(" {c}")).unwrap_or_default());
    let labelled_by = caption_id.clone();
    view! {
        <div class="usa-table-container--scrollable" tabindex="0" role="region" aria-labelledby=labelled_by>
            <table class=class>
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        {lead.map(|lead| view! { <th scope="col">{lead}</th> })}
                        {head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}

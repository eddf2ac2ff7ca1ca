//! The table that goes with every chart (and the pages' other tables): a caption, column
//! headers, and rows whose first cell heads the row.

use leptos::prelude::*;

use crate::components::list_table::ListTable;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// Unique on the page: the caption's `id`, which names the scrollable region.
    pub id: String,
    pub caption: String,
    pub head: Vec<String>,
    /// Each row's first cell is its header (`<th scope="row">`); the others are figures. A row
    /// shorter than `head` ends with a cell spanning the columns left (a withheld row says so
    /// once, not in every column).
    pub rows: Vec<Vec<String>>,
    /// How many cells after the row header hold words rather than figures (left-aligned).
    pub text_columns: usize,
}

#[component]
pub fn DataTable(table: Table) -> impl IntoView {
    let text_columns = table.text_columns;
    let columns = table.head.len();
    view! {
        <ListTable
            caption_id=format!("{}-caption", table.id)
            caption=table.caption
            head=table.head
            class="portal-chart__table"
        >
            {table
                .rows
                .into_iter()
                .map(|row| {
                    let span = columns.saturating_sub(row.len()) + 1;
                    let last = row.len().saturating_sub(2);
                    let mut cells = row.into_iter();
                    let head = cells.next().unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row">{head}</th>
                            {cells
                                .enumerate()
                                .map(|(i, c)| {
                                    let colspan = (i == last && span > 1).then(|| span.to_string());
                                    // A spanning cell holds words ("Fewer than 5 responses").
                                    let class = (i >= text_columns && colspan.is_none()).then_some("portal-number");
                                    view! { <td class=class colspan=colspan>{c}</td> }
                                })
                                .collect_view()}
                        </tr>
                    }
                })
                .collect_view()}
        </ListTable>
    }
}

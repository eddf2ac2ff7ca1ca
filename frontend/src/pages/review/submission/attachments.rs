//! The files sent with a submission: what each is, how big, whether the public board shows it,
//! and a link to download it. Downloads are plain links: the browser sends the session cookie
//! and the worker answers with `Content-Disposition: attachment`, so nothing opens in the page.

use leptos::prelude::*;
use shared::api::review::SubmissionDetail;
use shared::attachment::human_size;

use crate::api::review::attachment_href;
use crate::components::list_table::ListTable;

#[component]
pub fn Attachments(detail: RwSignal<SubmissionDetail>) -> impl IntoView {
    let r = crate::i18n::reviewer();
    view! {
        <section aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">{r.attachments_heading}</h2>
            {move || {
                let (number, files) = detail.with(|d| (d.tracking_number.clone(), d.attachments.clone()));
                if files.is_empty() {
                    return view! { <p>{r.no_attachments}</p> }.into_any();
                }
                view! {
                    <ListTable
                        caption_id="attachments-caption"
                        caption=r.attachments_caption
                        head=vec![r.col_file, r.col_kind, r.col_size, r.col_published, r.col_download]
                    >
                        {files
                            .into_iter()
                            .map(|file| {
                                view! {
                                    <tr>
                                        <th scope="row" class="portal-file-name">{file.file_name.clone()}</th>
                                        <td>{(r.file_kind)(file.kind)}</td>
                                        <td>{human_size(file.size)}</td>
                                        <td>{if file.published { r.yes } else { r.no }}</td>
                                        <td>
                                            // The visible word is the start of the accessible name, which
                                            // also says which file: every row has a "Download" link.
                                            <a
                                                class="usa-link"
                                                href=attachment_href(&number, &file.id)
                                                download=file.file_name.clone()
                                                aria-label=(r.download_file)(&file.file_name)
                                            >
                                                {r.download}
                                            </a>
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </ListTable>
                }
                    .into_any()
            }}
        </section>
    }
}

//! The feedback form's attachments: each chosen file is uploaded at once, with its progress shown,
//! and listed with a Remove button when it is stored. The form then sends only the upload ids.
//! Problems with one file are shown at the field, naming the file; the others still go up.

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::public::UploadedFile;
use shared::api::ErrorCode;
use shared::attachment::{FileKind, MAX_BYTES, MAX_FILES};
use shared::feedback::field::ATTACHMENTS;
use shared::text::Problem as Rule;
use wasm_bindgen::JsCast;

use crate::api::{self, Failure};
use crate::i18n::t;
use crate::storage::Draft;

/// A file on its way up.
#[derive(Clone, Debug)]
struct Upload {
    key: u64,
    name: String,
    percent: RwSignal<u32>,
}

/// What went wrong with one file, as a sentence that names it.
fn upload_problem(name: &str, failure: &Failure) -> String {
    let m = t();
    let p = m.public;
    let rule = |rule| (m.problem)(ATTACHMENTS, name, rule);
    match failure {
        Failure::Rejected(error) if error.code == ErrorCode::PayloadTooLarge => {
            rule(Rule::FileTooLarge { max_bytes: MAX_BYTES })
        }
        Failure::Rejected(error) => match error.fields.first().map(|f| f.code.as_str()) {
            Some("empty_file") => rule(Rule::EmptyFile),
            Some("file_too_large") => rule(Rule::FileTooLarge { max_bytes: MAX_BYTES }),
            Some("unsupported_file_type") => rule(Rule::UnsupportedFileType),
            Some(_) => (p.attachment_failed)(name, &error.fields[0].message),
            None => (p.attachment_failed)(name, &error.message),
        },
        Failure::Network => (p.attachment_failed)(name, p.attachment_network),
        Failure::RateLimited(_) => (p.attachment_failed)(name, p.attachment_rate_limited),
        Failure::Server | Failure::Unauthorized | Failure::Forbidden => {
            (p.attachment_failed)(name, p.attachment_server)
        }
    }
}

fn stored(draft: RwSignal<Draft>, file: UploadedFile) {
    draft.update(|d| {
        if !d.form.attachments.contains(&file.id) {
            d.form.attachments.push(file.id.clone());
        }
        d.uploads.push(file);
    });
}

fn remove(draft: RwSignal<Draft>, id: &str) {
    draft.update(|d| {
        d.uploads.retain(|u| u.id != id);
        d.form.attachments.retain(|a| a != id);
    });
}

/// `uploading` counts the files still on their way, so the form can wait for them.
#[component]
pub fn AttachmentsField(
    draft: RwSignal<Draft>,
    uploading: RwSignal<usize>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let m = t();
    let p = m.public;
    let in_flight = RwSignal::new(Vec::<Upload>::new());
    let failed = RwSignal::new(Vec::<String>::new());
    let next_key = StoredValue::new(0u64);
    Effect::new(move |_| uploading.set(in_flight.with(Vec::len)));

    let start = move |file: web_sys::File| {
        let name = file.name();
        let taken = draft.with_untracked(|d| d.form.attachments.len()) + in_flight.with_untracked(Vec::len);
        // Checked here as well as on the server, so a file that cannot be stored is not sent.
        let refused = if taken >= MAX_FILES {
            Some((p.attachment_failed)(&name, &(p.attachment_too_many)(MAX_FILES)))
        } else if file.size() > MAX_BYTES as f64 {
            Some((m.problem)(ATTACHMENTS, &name, Rule::FileTooLarge { max_bytes: MAX_BYTES }))
        } else if file.size() == 0.0 {
            Some((m.problem)(ATTACHMENTS, &name, Rule::EmptyFile))
        } else {
            None
        };
        if let Some(message) = refused {
            failed.update(|f| f.push(message));
            return;
        }
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        let percent = RwSignal::new(0);
        in_flight.update(|v| v.push(Upload { key, name: name.clone(), percent }));
        spawn_local(async move {
            let result = api::public::upload_attachment(&file, move |n| percent.set(n)).await;
            in_flight.update(|v| v.retain(|u| u.key != key));
            match result {
                Ok(uploaded) => stored(draft, uploaded),
                Err(failure) => failed.update(|f| f.push(upload_problem(&name, &failure))),
            }
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let chosen: Vec<web_sys::File> =
            input.files().map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default();
        // Emptied so that choosing the same file again (after a failure) fires `change` again.
        input.set_value("");
        failed.set(Vec::new());
        chosen.into_iter().for_each(start);
    };

    let has_error = move || error.with(Option::is_some) || failed.with(|f| !f.is_empty());
    view! {
        <div class=move || if has_error() { "usa-form-group usa-form-group--error" } else { "usa-form-group" }>
            <label class="usa-label" for=ATTACHMENTS>
                {m.form_attachments}
            </label>
            <div class="usa-hint" id="attachments-hint">
                {m.form_attachments_hint}
            </div>
            <div aria-live="polite">
                <Show when=has_error>
                    <span class="usa-error-message" id="attachments-error">
                        {move || error.get().map(|e| view! { <span class="display-block">{e}</span> })}
                        {move || failed.get().into_iter().map(|f| view! { <span class="display-block">{f}</span> }).collect_view()}
                    </span>
                </Show>
            </div>
            <input
                class="portal-file-input"
                class:usa-input--error=has_error
                id=ATTACHMENTS
                name=ATTACHMENTS
                type="file"
                multiple
                accept=FileKind::accept_attribute()
                aria-describedby=move || if has_error() { "attachments-hint attachments-error" } else { "attachments-hint" }
                aria-invalid=move || has_error().then_some("true")
                on:change=on_change
            />
            <Show when=move || in_flight.with(|v| !v.is_empty())>
                <ul class="usa-list usa-list--unstyled portal-uploads">
                    <For each=move || in_flight.get() key=|u| u.key let:upload>
                        <li class="portal-upload">
                            <label class="portal-upload__name" for=format!("upload-{}", upload.key)>
                                {(p.attachment_uploading)(&upload.name)}
                            </label>
                            <progress
                                class="portal-progress"
                                id=format!("upload-{}", upload.key)
                                max="100"
                                value=move || upload.percent.get().to_string()
                            ></progress>
                            <span class="portal-upload__percent" aria-hidden="true">
                                {move || (p.percent)(upload.percent.get())}
                            </span>
                        </li>
                    </For>
                </ul>
            </Show>
            <Show when=move || draft.with(|d| !d.uploads.is_empty())>
                <p class="portal-uploads__heading" id="attachments-list">
                    {p.attachments_uploaded}
                </p>
                <ul class="usa-list usa-list--unstyled portal-uploads" aria-labelledby="attachments-list">
                    <For each=move || draft.with(|d| d.uploads.clone()) key=|u| u.id.clone() let:file>
                        {
                            let name_id = format!("attachment-{}", file.id);
                            let id = file.id.clone();
                            view! {
                                <li class="portal-upload">
                                    <span id=name_id.clone()>{(p.attachment_entry)(&file.file_name, &(p.file_size)(file.size))}</span>
                                    " "
                                    <button
                                        type="button"
                                        class="usa-button usa-button--unstyled"
                                        aria-describedby=name_id
                                        on:click=move |_| remove(draft, &id)
                                    >
                                        {p.attachment_remove}
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </div>
    }
}

//! "Users" (admins only): every reviewer account with its role, whether it may sign in and whether
//! it has two-step verification (with a reset, `two_step`), the sign-in policy, and a form
//! to add a reviewer with a temporary password.

mod page;
mod two_step;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::account::NewAccount;
use shared::api::review::{NewUser, UserAccount, UserChange};
use shared::workflow::Role;

use super::admin_page::AdminPage;
use super::page_notices::PageNotices;
use super::{at, choices, failed_load, field_error, loading, rule_message, Control};
use crate::api::review::Admin;
use crate::api::Failure;
use crate::components::error_summary::Problem;
use crate::components::fields::{ChoiceSelect, TextInput};
use crate::components::list_table::{ListTable, Rows};
use crate::pages::review::buttons::SubmitButton;
use page::Page;
use two_step::{ResetTwoStep, SignInPolicy};

#[component]
pub fn Users() -> impl IntoView {
    let r = crate::i18n::reviewer();
    view! { <AdminPage title=r.users_title body=|admin| view! { <ManageUsers admin /> }.into_any() /> }
}

#[component]
fn ManageUsers(admin: Admin) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let page = Page { admin: StoredValue::new(admin), notices: PageNotices::new() };
    let accounts = RwSignal::new(None::<Result<Vec<UserAccount>, Failure>>);
    let load = move || {
        let admin = page.admin.get_value();
        spawn_local(async move { accounts.set(Some(admin.users().await)) });
    };
    load();
    let forbidden = move || accounts.with(|a| matches!(a, Some(Err(Failure::Forbidden))));

    view! {
        <p class="usa-intro">{r.users_lead}</p>
        {page.notices.view()}
        {move || match accounts.get() {
            None => loading(),
            Some(Ok(list)) => view! { <Accounts list page /> }.into_any(),
            Some(Err(failure)) => failed_load(failure),
        }}
        <Show when=move || !forbidden()>
            <SignInPolicy page />
            <AddReviewer page on_added=Callback::new(move |()| load()) />
        </Show>
    }
}

#[component]
fn Accounts(list: Vec<UserAccount>, page: Page) -> impl IntoView {
    let r = crate::i18n::reviewer();
    view! {
        <ListTable
            caption_id="users-caption"
            caption=r.users_caption
            head=vec![r.col_name, r.col_email, r.col_role, r.col_account_status, r.two_step.col_two_step, r.col_actions]
            rows=Rows::WithControls
        >
            {list.into_iter().map(|account| view! { <AccountRow account page /> }).collect_view()}
        </ListTable>
    }
}

/// One account. The row keeps its own copy, so a change redraws its text in place and the button
/// just pressed keeps the focus.
#[component]
fn AccountRow(account: UserAccount, page: Page) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let w = crate::i18n::reviewer().two_step;
    let id = account.id;
    let name_id = format!("user-{id}-name");
    let toggle_id = format!("user-{id}-toggle");
    let select_id = format!("role-{id}");
    let role_label = (r.role_for)(&account.name);
    let role = RwSignal::new(account.role.code().to_owned());
    let account = RwSignal::new(account);

    let send = move |change: UserChange, done: fn(&str) -> String| {
        page.notices.start();
        let admin = page.admin.get_value();
        spawn_local(async move {
            match admin.change_user(id, &change).await {
                Ok(saved) => {
                    page.notices.notice.set(Some(done(&saved.name)));
                    role.set(saved.role.code().to_owned());
                    account.set(saved);
                }
                Err(failure) => page.notices.failed(failure, &[]),
            }
        });
    };
    let save_role = move |_| {
        if let Some(new_role) = Role::from_code(&role.get_untracked()) {
            send(UserChange { role: Some(new_role), ..Default::default() }, r.role_saved);
        }
    };
    let toggle = move |_| {
        let disable = !account.with_untracked(|a| a.disabled);
        let done = if disable { r.user_disabled } else { r.user_enabled };
        send(UserChange { disabled: Some(disable), ..Default::default() }, done);
    };
    let disabled = move || account.with(|a| a.disabled);

    view! {
        <tr>
            <th scope="row" id=name_id.clone()>
                {move || account.with(|a| a.name.clone())}
            </th>
            <td>{move || account.with(|a| a.email.clone())}</td>
            <td>
                <label class="usa-sr-only" for=select_id.clone()>
                    {role_label}
                </label>
                <div class="portal-inline-form">
                    <select class="usa-select portal-select-inline" id=select_id on:change=move |ev| role.set(event_target_value(&ev))>
                        {Role::ALL
                            .iter()
                            .map(|option| {
                                let code = option.code();
                                view! { <option value=code prop:selected=move || role.with(|v| v == code)>{(r.role)(*option)}</option> }
                            })
                            .collect_view()}
                    </select>
                    <button type="button" class="usa-button usa-button--outline" aria-describedby=name_id.clone() on:click=save_role>
                        {r.save_role}
                    </button>
                </div>
            </td>
            <td>{move || if disabled() { r.disabled } else { r.active }}</td>
            <td>{move || if account.with(|a| a.two_step) { w.on } else { w.off }}</td>
            <td>
                <div class="portal-inline-form">
                    <button
                        type="button"
                        class="usa-button usa-button--outline"
                        id=toggle_id.clone()
                        aria-describedby=name_id.clone()
                        on:click=toggle
                    >
                        {move || if disabled() { r.enable } else { r.disable }}
                    </button>
                    <ResetTwoStep account name_id after=toggle_id page />
                </div>
            </td>
        </tr>
    }
}

/// Problems found before sending, by the rules the server applies (`NewAccount::parse`).
fn check_new_user(user: &NewUser) -> Vec<Problem> {
    let r = crate::i18n::reviewer();
    let label = |field: &str| match field {
        "name" => r.user_name,
        "email" => r.user_email,
        "role" => r.user_role,
        _ => r.user_password,
    };
    let errors = NewAccount::parse(user).err().unwrap_or_default();
    errors.into_iter().map(|e| at(&e.field, rule_message(label(&e.field), e.problem))).collect()
}

#[component]
fn AddReviewer(page: Page, on_added: Callback<()>) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Reviewer.code().to_owned());
    let password = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let problems: Signal<Vec<Problem>> = page.notices.problems.into();
    let controls: [Control; 4] = [
        ("name", "name", r.user_name),
        ("email", "email", r.user_email),
        ("role", "role", r.user_role),
        ("password", "password", r.user_password),
    ];

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        page.notices.start();
        let user = NewUser {
            name: name.get_untracked().trim().to_owned(),
            email: email.get_untracked().trim().to_owned(),
            role: role.get_untracked(),
            password: password.get_untracked(),
        };
        let found = check_new_user(&user);
        if !found.is_empty() {
            page.notices.fail(found);
            return;
        }
        busy.set(true);
        let admin = page.admin.get_value();
        spawn_local(async move {
            let result = admin.add_user(&user).await;
            busy.set(false);
            match result {
                Ok(added) => {
                    page.notices.notice.set(Some((r.user_added)(&added.name)));
                    name.set(String::new());
                    email.set(String::new());
                    password.set(String::new());
                    role.set(Role::Reviewer.code().to_owned());
                    on_added.run(());
                }
                Err(failure) => page.notices.failed(failure, &controls),
            }
        });
    };

    view! {
        <section aria-labelledby="add-user-heading">
            <h2 id="add-user-heading">{r.add_user_heading}</h2>
            <form class="usa-form usa-form--large" novalidate on:submit=on_submit>
                <TextInput
                    id="name"
                    label=r.user_name
                    autocomplete="off"
                    value=name.into()
                    set=Callback::new(move |v| name.set(v))
                    error=field_error(problems, "name")
                />
                <TextInput
                    id="email"
                    label=r.user_email
                    input_type="email"
                    autocomplete="off"
                    value=email.into()
                    set=Callback::new(move |v| email.set(v))
                    error=field_error(problems, "email")
                />
                <ChoiceSelect
                    id="role"
                    label=r.user_role
                    options=choices(Role::ALL, Role::code, r.role)
                    value=role.into()
                    set=Callback::new(move |v| role.set(v))
                    error=field_error(problems, "role")
                />
                <TextInput
                    id="password"
                    label=r.user_password
                    hint=r.user_password_hint
                    input_type="password"
                    autocomplete="new-password"
                    value=password.into()
                    set=Callback::new(move |v| password.set(v))
                    error=field_error(problems, "password")
                />
                <SubmitButton busy=busy.into() label=r.add_user />
            </form>
        </section>
    }
}

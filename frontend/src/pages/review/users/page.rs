//! What the users page's parts share: the admin's client and what the page tells the person.

use leptos::prelude::*;

use crate::api::review::Admin;
use crate::pages::review::page_notices::PageNotices;

#[derive(Clone, Copy)]
pub(super) struct Page {
    pub admin: StoredValue<Admin>,
    pub notices: PageNotices,
}

//! The app's router: the address as a signal, same-site links followed without a reload, the back
//! button followed, and the route table matched by one function.
//!
//! Not `leptos_router`: it was 59 KB of the 87 KB gzip a two-page Leptos app weighs (measured,
//! BENCHMARKS.md), and it sits in the first file every visitor downloads. The portal needs only
//! what is here: fixed path patterns with `:name` segments, one nested area (the reviewer
//! workspace, drawn through [`Outlet`]), the address's query as pairs, and `navigate`.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use shared::url::{decode_component, decode_query};

/// Named values from the address: a route's `:name` segments or the query's pairs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParamsMap(Vec<(String, String)>);

impl ParamsMap {
    pub fn get(&self, key: &str) -> Option<String> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }
}

impl<K: Into<String>, V: Into<String>> FromIterator<(K, V)> for ParamsMap {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        ParamsMap(iter.into_iter().map(|(k, v)| (k.into(), v.into())).collect())
    }
}

/// Where the page is: the path, the query without its `?`, and the fragment with its `#`.
#[derive(Clone, Debug, PartialEq)]
struct Address {
    path: String,
    search: String,
    hash: String,
}

impl Address {
    fn current() -> Self {
        let l = window().location();
        Address {
            path: l.pathname().unwrap_or_else(|_| "/".into()),
            search: l.search().unwrap_or_default().trim_start_matches('?').to_owned(),
            hash: l.hash().unwrap_or_default(),
        }
    }

    /// `to` read as a link in the current page would be: absolute, or relative to the address.
    fn resolve(to: &str) -> Option<(web_sys::Url, Self)> {
        let url = web_sys::Url::new_with_base(to, &window().location().href().ok()?).ok()?;
        let address =
            Address { path: url.pathname(), search: url.search().trim_start_matches('?').to_owned(), hash: url.hash() };
        Some((url, address))
    }

    fn href(&self) -> String {
        let query = if self.search.is_empty() { String::new() } else { format!("?{}", self.search) };
        format!("{}{query}{}", self.path, self.hash)
    }
}

#[derive(Clone, Copy)]
struct Current(RwSignal<Address>);

fn current() -> RwSignal<Address> {
    expect_context::<Current>().0
}

/// The address's parts, as `leptos_router`'s `use_location` gave them.
#[derive(Clone, Copy)]
pub struct Location {
    pub pathname: Memo<String>,
    /// The query string without its `?`.
    pub search: Memo<String>,
}

pub fn use_location() -> Location {
    let here = current();
    Location {
        pathname: Memo::new(move |_| here.with(|a| a.path.clone())),
        search: Memo::new(move |_| here.with(|a| a.search.clone())),
    }
}

/// The query's pairs, decoded.
pub fn use_query_map() -> Memo<ParamsMap> {
    let here = current();
    Memo::new(move |_| here.with(|a| decode_query(&a.search).into_iter().collect()))
}

#[derive(Clone, Copy)]
struct RouteParams(Memo<ParamsMap>);

/// The `:name` segments of the route the address matched.
pub fn use_params_map() -> Memo<ParamsMap> {
    expect_context::<RouteParams>().0
}

#[derive(Clone, Debug)]
pub struct NavigateOptions {
    /// Replace the current history entry instead of adding one.
    pub replace: bool,
    /// Scroll to the fragment's element, or to the top.
    pub scroll: bool,
}

impl Default for NavigateOptions {
    fn default() -> Self {
        NavigateOptions { replace: false, scroll: true }
    }
}

/// Goes to `to` (a path, or a query or fragment relative to the address) without a reload.
pub fn use_navigate() -> impl Fn(&str, NavigateOptions) + Clone + 'static {
    let here = current();
    move |to: &str, options: NavigateOptions| go(here, to, options)
}

fn go(here: RwSignal<Address>, to: &str, options: NavigateOptions) {
    let Some((_, next)) = Address::resolve(to) else { return };
    if let Ok(history) = window().history() {
        let href = next.href();
        if options.replace {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&href));
        } else if here.with_untracked(|a| *a != next) {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&href));
        }
    }
    let hash = next.hash.clone();
    here.set(next);
    if options.scroll {
        // After the new page has drawn, so that the fragment's element exists.
        request_animation_frame(move || scroll_to(&hash));
    }
}

fn scroll_to(hash: &str) {
    let target = hash
        .strip_prefix('#')
        .filter(|id| !id.is_empty())
        .and_then(|id| document().get_element_by_id(&decode_component(id)));
    match target {
        Some(el) => el.scroll_into_view(),
        None => window().scroll_to_with_x_and_y(0.0, 0.0),
    }
}

/// Matches `path` against `pattern` (`/board/:id`): the named segments if it matches. A trailing
/// slash is ignored; segments are percent-decoded.
pub fn match_path(pattern: &str, path: &str) -> Option<ParamsMap> {
    let trim = |p: &str| p.trim_end_matches('/').to_owned();
    let (pattern, path) = (trim(pattern), trim(path));
    let mut wanted = pattern.split('/');
    let mut given = path.split('/');
    let mut params = Vec::new();
    loop {
        match (wanted.next(), given.next()) {
            (None, None) => return Some(ParamsMap(params)),
            (Some(w), Some(g)) => match w.strip_prefix(':') {
                Some(name) if !g.is_empty() => {
                    params.push((name.to_owned(), decode_component(g)));
                }
                None if w == g => {}
                _ => return None,
            },
            _ => return None,
        }
    }
}

/// The first route of `routes` that `path` matches, with its named segments.
pub fn resolve<P: Copy>(routes: &[(&str, P)], path: &str) -> Option<(P, ParamsMap)> {
    routes.iter().find_map(|(pattern, page)| match_path(pattern, path).map(|params| (*page, params)))
}

/// Sets up the address signal and the listeners that keep it current, for `children`.
/// `params` gives the named segments of the route the address matches.
#[component]
pub fn Router(params: fn(&str) -> ParamsMap, children: Children) -> impl IntoView {
    let here = RwSignal::new(Address::current());
    provide_context(Current(here));
    provide_context(RouteParams(Memo::new(move |_| here.with(|a| params(&a.path)))));
    listen(here);
    children()
}

/// The back and forward buttons, and clicks on links to pages of the portal. The listeners live as
/// long as the page: the app is never unmounted.
fn listen(here: RwSignal<Address>) {
    let on_popstate = Closure::<dyn Fn()>::new(move || here.set(Address::current()));
    let _ = window().add_event_listener_with_callback("popstate", on_popstate.as_ref().unchecked_ref());
    on_popstate.forget();

    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| follow_link(here, &ev));
    let _ = document().add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
}

/// Follows a click on a link in the app, unless the browser should: another site, a new tab or
/// window, a download, an API file, or a fragment of this same page (the browser moves focus to it,
/// which the skip link relies on).
fn follow_link(here: RwSignal<Address>, ev: &web_sys::MouseEvent) {
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.alt_key() || ev.ctrl_key() || ev.shift_key() {
        return;
    }
    let Some(a) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    let external = a.get_attribute("rel").is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r == "external"));
    if !a.target().is_empty() || a.has_attribute("download") || external {
        return;
    }
    let Some((url, next)) = Address::resolve(&a.href()) else { return };
    let same_page = here.with_untracked(|a| a.path == next.path && a.search == next.search);
    if url.origin() != window().location().origin().unwrap_or_default()
        || next.path.starts_with("/api/")
        || (same_page && !next.hash.is_empty())
    {
        return;
    }
    ev.prevent_default();
    go(here, &next.href(), NavigateOptions::default());
}

/// Navigates once drawn: for a page that sends the person elsewhere.
#[component]
pub fn Redirect(#[prop(into)] path: String, #[prop(optional)] options: NavigateOptions) -> impl IntoView {
    let here = current();
    request_animation_frame(move || go(here, &path, options));
}

/// What a nested area draws in its [`Outlet`]: the page of the area the address is on.
#[derive(Clone, Copy)]
pub struct OutletView(pub fn() -> AnyView);

/// Where a nested area (the reviewer workspace) draws its current page.
#[component]
pub fn Outlet() -> impl IntoView {
    use_context::<OutletView>().map(|outlet| (outlet.0)())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_match_their_patterns_and_decode_segments() {
        assert_eq!(match_path("/", "/"), Some(ParamsMap::default()));
        assert_eq!(match_path("/board", "/board/"), Some(ParamsMap::default()));
        assert_eq!(match_path("/board", "/board/7"), None);
        assert_eq!(match_path("/board/:id", "/board"), None);
        let params = match_path("/receipt/:number", "/receipt/CTPAT%2D1+2").unwrap();
        assert_eq!(params.get("number").as_deref(), Some("CTPAT-1+2"));
        assert_eq!(match_path("/review/clusters/:id", "/review/clusters/3").unwrap().get("id").as_deref(), Some("3"));
    }
}

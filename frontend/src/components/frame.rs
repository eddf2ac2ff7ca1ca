//! The frame of every page: the official-website banner, the header with navigation, and the
//! identifier footer with its required links (USWDS markup; behaviours written here, not in
//! USWDS's JavaScript, which expects server-rendered pages).

use leptos::prelude::*;

use crate::components::language_switch::LanguageSwitch;

use crate::i18n::t;
use crate::paths::VALIDATION_REPORT_PAGE;

/// Moves focus to the page's main content. The router handles every link click itself and would
/// only scroll, so in-page links to `#main-content` do this explicitly.
fn to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    crate::components::error_summary::focus_field("main-content");
}

#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="usa-skipnav" href="#main-content" on:click=to_main>
            {t().skip_to_main}
        </a>
    }
}

#[component]
pub fn Banner() -> impl IntoView {
    let m = t();
    let expanded = RwSignal::new(false);
    // Why to trust the site: the domain, then the connection.
    let guidance = [
        ("/uswds/img/icon-dot-gov.svg", m.banner_dotgov_title, m.banner_dotgov_body),
        ("/uswds/img/icon-https.svg", m.banner_https_title, m.banner_https_body),
    ];
    view! {
        <section class="usa-banner" aria-label=m.banner_official>
            <div class="usa-accordion">
                <header class="usa-banner__header" class:usa-banner__header--expanded=move || expanded.get()>
                    <div class="usa-banner__inner">
                        <div class="grid-col-auto">
                            <img aria-hidden="true" class="usa-banner__header-flag" src="/uswds/img/us_flag_small.png" alt="" />
                        </div>
                        <div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true">
                            <p class="usa-banner__header-text">{m.banner_official}</p>
                            <p class="usa-banner__header-action">{m.banner_how_you_know}</p>
                        </div>
                        <button
                            type="button"
                            class="usa-accordion__button usa-banner__button"
                            aria-expanded=move || expanded.get().to_string()
                            aria-controls="gov-banner"
                            on:click=move |_| expanded.update(|e| *e = !*e)
                        >
                            <span class="usa-banner__button-text">{m.banner_how_you_know}</span>
                        </button>
                    </div>
                </header>
                <div class="usa-banner__content usa-accordion__content" id="gov-banner" hidden=move || !expanded.get()>
                    <div class="grid-row grid-gap-lg">
                        {guidance
                            .into_iter()
                            .map(|(icon, title, body)| {
                                view! {
                                    <div class="usa-banner__guidance tablet:grid-col-6">
                                        <img loading="lazy" class="usa-banner__icon usa-media-block__img" src=icon alt="" aria-hidden="true" />
                                        <div class="usa-media-block__body">
                                            <p>
                                                <strong>{title}</strong>
                                                <br />
                                                {body}
                                            </p>
                                        </div>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                </div>
            </div>
        </section>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let m = t();
    let open = RwSignal::new(false);
    let close = move |_| open.set(false);
    let links = [
        ("/", m.nav_home),
        ("/feedback", m.nav_give_feedback),
        ("/check", m.nav_check_receipt),
        ("/board", m.public.nav_board),
        ("/survey", m.survey.nav_survey),
        (VALIDATION_REPORT_PAGE, m.validation.nav),
    ];
    let location = crate::router::use_location();
    view! {
        <div class="usa-overlay" class:is-visible=move || open.get() on:click=close></div>
        <header class="usa-header usa-header--basic">
            <div class="grid-container portal-language-bar">
                <LanguageSwitch />
            </div>
            <div class="usa-nav-container">
                <div class="usa-navbar">
                    <div class="usa-logo">
                        <em class="usa-logo__text">
                            <a href="/" title=m.site_name>
                                {m.site_name}
                            </a>
                        </em>
                        <span class="portal-agency">{m.agency_name}</span>
                    </div>
                    <button type="button" class="usa-menu-btn" aria-controls="primary-nav" on:click=move |_| open.set(true)>
                        {m.menu}
                    </button>
                </div>
                <nav aria-label=m.nav_label class="usa-nav" class:is-visible=move || open.get() id="primary-nav">
                    <button type="button" class="usa-nav__close" on:click=close>
                        <img loading="lazy" src="/uswds/img/usa-icons/close.svg" alt=m.close_menu />
                    </button>
                    <ul class="usa-nav__primary usa-accordion">
                        {links
                            .into_iter()
                            .map(|(href, text)| {
                                let current = move || {
                                    let path = location.pathname.get();
                                    if href == "/" { path == "/" } else { path.starts_with(href) }
                                };
                                view! {
                                    <li class="usa-nav__primary-item">
                                        <a
                                            href=href
                                            class="usa-nav-link"
                                            class:usa-current=current
                                            aria-current=move || current().then_some("page")
                                            on:click=close
                                        >
                                            <span>{text}</span>
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let m = t();
    view! {
        <footer class="usa-footer usa-footer--slim">
            <div class="grid-container usa-footer__return-to-top">
                <a href="#main-content" on:click=to_main>
                    {m.footer_return_to_top}
                </a>
            </div>
        </footer>
        <div class="usa-identifier">
            <section class="usa-identifier__section usa-identifier__section--masthead" aria-label=m.agency_name>
                <div class="usa-identifier__container">
                    <section class="usa-identifier__identity" aria-label=m.agency_name>
                        <p class="usa-identifier__identity-domain">"cbp.gov"</p>
                        <p class="usa-identifier__identity-disclaimer">
                            {m.footer_official_site_of} " "
                            <a href="https://www.dhs.gov/">{m.footer_parent_agency}</a>
                            " · " {m.agency_name}
                        </p>
                    </section>
                </div>
            </section>
            <nav class="usa-identifier__section usa-identifier__section--required-links" aria-label=m.footer_important_links>
                <div class="usa-identifier__container">
                    <ul class="usa-identifier__required-links-list">
                        {m
                            .footer_required_links
                            .iter()
                            .map(|(text, href)| {
                                view! {
                                    <li class="usa-identifier__required-links-item">
                                        <a href=*href class="usa-identifier__required-link usa-link">
                                            {*text}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            </nav>
            <section class="usa-identifier__section usa-identifier__section--usagov" aria-label=m.footer_usa_gov_prompt>
                <div class="usa-identifier__container">
                    <div class="usa-identifier__usagov-description">{m.footer_usa_gov_prompt} " "</div>
                    <a href="https://www.usa.gov/" class="usa-link">
                        {m.footer_usa_gov_link}
                    </a>
                </div>
            </section>
        </div>
    }
}

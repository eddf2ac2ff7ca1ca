//! A QR code drawn as inline SVG: the `qrcode` crate gives the module matrix (no image or SVG
//! renderer compiled in), and each horizontal run of dark modules becomes one `<rect>`, black
//! on a white square with the standard quiet zone of 4 modules. No script, no inline style.

use leptos::prelude::*;
use qrcode::{Color, QrCode};

/// Light modules around the code: the QR specification asks for 4.
const QUIET_ZONE: usize = 4;
/// Drawn size in CSS pixels: 4 to 6 pixels a module for the key URIs authenticator apps read.
const SIZE_PX: &str = "280";

/// Every horizontal run of dark modules as `(x, y, length)`, in modules, counted from the outer
/// corner of the quiet zone.
pub fn dark_runs(code: &QrCode) -> Vec<(usize, usize, usize)> {
    let width = code.width();
    let colors = code.to_colors();
    let mut runs = Vec::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                runs.push((start + QUIET_ZONE, y + QUIET_ZONE, x - start));
            } else {
                x += 1;
            }
        }
    }
    runs
}

/// `data` as a QR code named `label` for assistive technology (`role="img"`). Nothing when the
/// data is too long for any QR code (the page also gives it as text).
#[component]
pub fn QrCodeSvg(data: String, label: &'static str) -> impl IntoView {
    let Ok(code) = QrCode::new(data.as_bytes()) else {
        return ().into_any();
    };
    let side = (code.width() + 2 * QUIET_ZONE).to_string();
    let view_box = format!("0 0 {side} {side}");
    let rects = dark_runs(&code)
        .into_iter()
        .map(|(x, y, length)| {
            view! { <rect x=x.to_string() y=y.to_string() width=length.to_string() height="1" /> }
        })
        .collect_view();
    view! {
        <svg
            class="portal-qr"
            role="img"
            aria-label=label
            viewBox=view_box
            width=SIZE_PX
            height=SIZE_PX
            shape-rendering="crispEdges"
        >
            <rect x="0" y="0" width=side.clone() height=side.clone() fill="#ffffff" />
            <g fill="#000000">{rects}</g>
        </svg>
    }
    .into_any()
}

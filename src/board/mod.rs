//! The order board: a browser page (login, live board, counter, extra tabs) compiled into the
//! binary, so a restaurant needs nothing but this server and a browser. The files live in
//! `src/board/assets/` as plain HTML, CSS and JavaScript: no build step, no CDN, no fonts
//! fetched from anywhere. `api/board.rs` serves them; this module only knows which bytes are
//! which file.

/// One embedded file.
pub struct Asset {
    pub content_type: &'static str,
    pub body: &'static [u8],
}

/// The page itself (served at `/board/`).
pub const INDEX: Asset = Asset {
    content_type: "text/html; charset=utf-8",
    body: include_bytes!("assets/index.html"),
};

/// Every file the page loads, by its name under `/board/`. `report.js` is the hook for the
/// reports tab (it registers tabs through `window.AdakingsBoard.registerTab`).
const FILES: &[(&str, Asset)] = &[
    (
        "board.css",
        Asset {
            content_type: "text/css; charset=utf-8",
            body: include_bytes!("assets/board.css"),
        },
    ),
    (
        "board.js",
        Asset {
            content_type: "text/javascript; charset=utf-8",
            body: include_bytes!("assets/board.js"),
        },
    ),
    (
        "report.js",
        Asset {
            content_type: "text/javascript; charset=utf-8",
            body: include_bytes!("assets/report.js"),
        },
    ),
];

/// The embedded file called `name` (no directories: the page has none).
pub fn asset(name: &str) -> Option<&'static Asset> {
    FILES.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
}

/// Bytes a browser downloads to show the page: the HTML and every file it loads.
#[cfg(test)]
fn page_bytes() -> usize {
    INDEX.body.len() + FILES.iter().map(|(_, a)| a.body.len()).sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_loads_only_embedded_files() {
        let html = std::str::from_utf8(INDEX.body).expect("utf-8 page");
        for (name, _) in FILES {
            assert!(html.contains(&format!("/board/{name}")), "{name} unused");
        }
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(asset("../secret_key").is_none());
    }

    #[test]
    fn the_page_stays_small() {
        assert!(page_bytes() < 100 * 1024, "{} bytes", page_bytes());
    }
}

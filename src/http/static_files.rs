//! The built single-page app of `FRONTEND_DIR`, served at `/` by the same process as the API.
//!
//! - Every GET/HEAD outside the server's own prefixes (`/api/`, `/ws/`, `/metrics`,
//!   `/board/`) is looked up in the folder; a path that names no file and does not look like
//!   a file (client-side routes such as `/dashboard`) gets `index.html`.
//! - Caching: content-hashed names (`static/js/main.3f2a1b9c.js`) are immutable for a year;
//!   everything else, `index.html` first, is `no-cache` so a new build shows at once. Each
//!   answer carries an `ETag` and `Last-Modified`; `If-None-Match` / `If-Modified-Since` get 304.
//! - Compression: with `Accept-Encoding: gzip`, a `.gz` sibling is sent when there is one;
//!   otherwise text files of 1 KiB or more are compressed once and kept in memory.
//! - Containment: the path is percent-decoded first, so `%2e%2e` and `%2f` count as `..` and
//!   `/`; any `..` segment, NUL, malformed escape or target not starting with `/` is refused
//!   (400); the file found is canonicalized and must still lie inside the (canonical) folder,
//!   so a symlink pointing out is refused (404).

use std::collections::HashMap;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use super::gzip;
use super::request::Request;
use super::response::{ApiError, Response};
use crate::domain::clock;

/// Files larger than this are not served (a SPA build has nothing near it).
const MAX_FILE: u64 = 64 << 20;
/// Smaller files are not worth compressing.
const MIN_GZIP: u64 = 1024;
/// Compressed copies kept in memory at most (bytes of compressed data).
const GZIP_CACHE_BYTES: usize = 64 << 20;

/// Prefixes that belong to the server, never to the app.
const RESERVED: [&str; 4] = ["/api", "/ws", "/metrics", "/board"];

/// An opened `FRONTEND_DIR`.
pub struct StaticSite {
    root: PathBuf,
    /// Compressed copies by file, valid for the (length, mtime) they were made from.
    gz: Mutex<HashMap<PathBuf, GzEntry>>,
}

struct GzEntry {
    len: u64,
    mtime: SystemTime,
    data: Arc<Vec<u8>>,
}

impl StaticSite {
    /// Checks that `dir` is a readable folder holding a readable `index.html`.
    pub fn open(dir: &Path) -> Result<StaticSite, String> {
        let root = dir
            .canonicalize()
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        if !root.is_dir() {
            return Err(format!("{} is not a folder", dir.display()));
        }
        std::fs::read_dir(&root).map_err(|e| format!("{} cannot be read: {e}", dir.display()))?;
        std::fs::File::open(root.join("index.html")).map_err(|e| {
            format!(
                "{} has no readable index.html ({e}); point it at the app's build folder",
                dir.display()
            )
        })?;
        Ok(StaticSite {
            root,
            gz: Mutex::new(HashMap::new()),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}

/// Whether `path` belongs to the server (API, WebSocket, metrics, board) rather than the app.
pub fn is_reserved(path: &str) -> bool {
    RESERVED.iter().any(|p| {
        path.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// The app's answer to `req`, or `None` when the request is not for the app (other methods,
/// reserved prefixes): the API router handles it then.
pub fn serve(site: &StaticSite, req: &Request) -> Option<Response> {
    if !(req.method == "GET" || req.method == "HEAD") || is_reserved(&req.path) {
        return None;
    }
    Some(answer(site, req).unwrap_or_else(Response::from))
}

fn answer(site: &StaticSite, req: &Request) -> Result<Response, ApiError> {
    let rel = relative_path(&req.path)?;
    let wants_html = req
        .header("accept")
        .is_some_and(|a| a.contains("text/html"));
    let file = match locate(site, &rel)? {
        Some(f) => f,
        None if looks_like_file(&rel) && !wants_html => return Err(ApiError::not_found()),
        None => locate(site, Path::new("index.html"))?.ok_or_else(ApiError::not_found)?,
    };
    send(site, req, &file)
}

/// The request path as a relative path of normal components. Refuses (400) anything that
/// could name a place outside the folder: `..` (also percent-encoded), NUL, bad escapes, a
/// target not starting with `/`.
pub fn relative_path(raw: &str) -> Result<PathBuf, ApiError> {
    let bad = || ApiError::detail(400, "Invalid path.");
    if !raw.starts_with('/') {
        return Err(bad());
    }
    let bytes = decode_path(raw).ok_or_else(bad)?;
    if bytes.contains(&0) {
        return Err(bad());
    }
    let mut rel = PathBuf::new();
    for seg in bytes.split(|&b| b == b'/') {
        match seg {
            b"" | b"." => {}
            b".." => return Err(bad()),
            s => {
                let part = Path::new(OsStr::from_bytes(s));
                // Belt and braces: one normal component, nothing absolute or parent.
                let mut comps = part.components();
                match (comps.next(), comps.next()) {
                    (Some(Component::Normal(_)), None) => rel.push(part),
                    _ => return Err(bad()),
                }
            }
        }
    }
    if rel.as_os_str().is_empty() {
        rel.push("index.html");
    }
    Ok(rel)
}

/// Percent-decodes a URL path (`+` stays a plus); `None` on a malformed escape.
fn decode_path(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = b.get(i + 1..i + 3)?;
            let v = u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
            out.push(v);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Some(out)
}

/// A file (not a folder) at `rel` whose real location is inside the root; `None` when there
/// is none. Dot-files are never served. A symlink out of the folder is refused with 404.
fn locate(site: &StaticSite, rel: &Path) -> Result<Option<PathBuf>, ApiError> {
    let hidden = rel
        .components()
        .any(|c| c.as_os_str().as_bytes().first() == Some(&b'.'));
    if hidden {
        return Err(ApiError::not_found());
    }
    let Ok(real) = site.root.join(rel).canonicalize() else {
        return Ok(None);
    };
    if !real.starts_with(&site.root) {
        log::warn!("FRONTEND_DIR: {} leads outside the folder", rel.display());
        return Err(ApiError::not_found());
    }
    Ok(real.is_file().then_some(real))
}

/// A missing path whose last segment has an extension is a missing file, not an app route.
fn looks_like_file(rel: &Path) -> bool {
    rel.extension()
        .and_then(OsStr::to_str)
        .is_some_and(|e| (1..=5).contains(&e.len()) && e.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn send(site: &StaticSite, req: &Request, file: &Path) -> Result<Response, ApiError> {
    let meta = std::fs::metadata(file).map_err(|e| ApiError::internal(format!("{e}")))?;
    if meta.len() > MAX_FILE {
        return Err(ApiError::not_found());
    }
    let mtime = meta.modified().unwrap_or(UNIX_EPOCH);
    let content_type = content_type(file);
    let compressible = is_text(content_type);
    let gz_sibling = sibling_gz(site, file);
    let accepts_gzip = accepts_gzip(req);
    let use_gz = accepts_gzip && (gz_sibling.is_some() || (compressible && meta.len() >= MIN_GZIP));
    let modified = mtime
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let etag = format!(
        "\"{:x}-{:x}{}\"",
        meta.len(),
        modified,
        if use_gz { "-gz" } else { "" }
    );
    let last_modified = http_date(mtime);
    let mut resp = if not_modified(req, &etag, mtime) {
        Response::empty(304)
    } else {
        let body = if use_gz {
            match &gz_sibling {
                Some(gz) => std::fs::read(gz).map_err(ApiError::internal)?,
                None => compressed(site, file, meta.len(), mtime)?.as_ref().clone(),
            }
        } else {
            std::fs::read(file).map_err(ApiError::internal)?
        };
        let mut r = Response::raw_json(200, body);
        r.content_type = content_type;
        if use_gz {
            r = r.with_header("Content-Encoding", "gzip");
        }
        r
    };
    let rel = file.strip_prefix(&site.root).unwrap_or(file);
    let cache = if is_hashed(rel) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    resp = resp
        .with_header("ETag", etag)
        .with_header("Last-Modified", last_modified)
        .with_header("Cache-Control", cache)
        .with_header("X-Content-Type-Options", "nosniff");
    if gz_sibling.is_some() || compressible {
        resp = resp.with_header("Vary", "Accept-Encoding");
    }
    Ok(resp)
}

/// `If-None-Match` wins over `If-Modified-Since` (RFC 9110 §13.2.2).
fn not_modified(req: &Request, etag: &str, mtime: SystemTime) -> bool {
    if let Some(inm) = req.header("if-none-match") {
        return super::request::etag_matches(inm, etag);
    }
    let secs = mtime
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    req.header("if-modified-since")
        .and_then(parse_http_date)
        .is_some_and(|since| secs <= since)
}

/// Whether the client accepts `gzip` (and has not refused it with `q=0`).
pub fn accepts_gzip(req: &Request) -> bool {
    req.headers
        .iter()
        .filter(|(k, _)| k == "accept-encoding")
        .flat_map(|(_, v)| v.split(','))
        .any(|t| {
            let mut parts = t.split(';');
            let name = parts.next().unwrap_or("").trim();
            let q_zero = parts.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q == 0.0)
            });
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !q_zero
        })
}

/// `file.gz` when it is a regular file inside the root.
fn sibling_gz(site: &StaticSite, file: &Path) -> Option<PathBuf> {
    let mut name = file.file_name()?.to_os_string();
    name.push(".gz");
    let gz = file.with_file_name(name).canonicalize().ok()?;
    (gz.starts_with(&site.root) && gz.is_file()).then_some(gz)
}

/// The gzip of `file`, made once per (length, mtime) and kept.
fn compressed(
    site: &StaticSite,
    file: &Path,
    len: u64,
    mtime: SystemTime,
) -> Result<Arc<Vec<u8>>, ApiError> {
    if let Ok(m) = site.gz.lock() {
        if let Some(e) = m.get(file).filter(|e| e.len == len && e.mtime == mtime) {
            return Ok(e.data.clone());
        }
    }
    let raw = std::fs::read(file).map_err(ApiError::internal)?;
    let data = Arc::new(gzip::gzip(&raw));
    if let Ok(mut m) = site.gz.lock() {
        let held: usize = m.values().map(|e| e.data.len()).sum();
        if held + data.len() > GZIP_CACHE_BYTES {
            m.clear();
        }
        m.insert(
            file.to_path_buf(),
            GzEntry {
                len,
                mtime,
                data: data.clone(),
            },
        );
    }
    Ok(data)
}

/// A content hash in the file name (`main.3f2a1b9c.js`, `453.d0a1d2b4.chunk.js`,
/// `logo.6ce24c58023cc2f8fd88fe9d219db6c6.svg`): 8+ hex digits between dots.
pub fn is_hashed(rel: &Path) -> bool {
    let Some(name) = rel.file_name().and_then(OsStr::to_str) else {
        return false;
    };
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() >= 3
        && parts[1..parts.len() - 1]
            .iter()
            .any(|p| p.len() >= 8 && p.bytes().all(|b| b.is_ascii_hexdigit()))
}

pub fn content_type(file: &Path) -> &'static str {
    let ext = file
        .extension()
        .and_then(OsStr::to_str)
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "eot" => "application/vnd.ms-fontobject",
        "wasm" => "application/wasm",
        "xml" => "application/xml",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

fn is_text(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || content_type.starts_with("application/json")
        || content_type.starts_with("application/manifest")
        || content_type.starts_with("application/xml")
        || content_type.starts_with("image/svg")
        || content_type == "image/x-icon"
        || content_type == "application/wasm"
        || content_type == "font/ttf"
        || content_type == "font/otf"
        || content_type == "application/vnd.ms-fontobject"
}

const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// IMF-fixdate, e.g. `Sun, 06 Nov 1994 08:49:37 GMT`.
pub fn http_date(t: SystemTime) -> String {
    let secs = t
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = clock::civil_from_days(days);
    format!(
        "{}, {d:02} {} {y:04} {:02}:{:02}:{:02} GMT",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(m as usize).saturating_sub(1).min(11)],
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Seconds since the epoch of an IMF-fixdate; `None` for other forms (then no 304).
pub fn parse_http_date(s: &str) -> Option<i64> {
    let p: Vec<&str> = s.split_whitespace().collect();
    if p.len() != 6 || p[5] != "GMT" {
        return None;
    }
    let d: u32 = p[1].parse().ok()?;
    let m = MONTHS.iter().position(|&x| x == p[2])? as u32 + 1;
    let y: i64 = p[3].parse().ok()?;
    let hms: Vec<i64> = p[4].split(':').filter_map(|x| x.parse().ok()).collect();
    if hms.len() != 3 || d == 0 || d > 31 {
        return None;
    }
    let days = clock::days_from_civil(y, m, d);
    Some(days * 86_400 + hms[0] * 3600 + hms[1] * 60 + hms[2])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names() {
        assert!(is_hashed(Path::new("static/js/main.3f2a1b9c.js")));
        assert!(is_hashed(Path::new("static/js/453.d0a1d2b4.chunk.js")));
        assert!(is_hashed(Path::new(
            "static/media/logo.6ce24c58023cc2f8fd88fe9d219db6c6.svg"
        )));
        assert!(!is_hashed(Path::new("index.html")));
        assert!(!is_hashed(Path::new("manifest.json")));
        assert!(!is_hashed(Path::new("static/js/main.js")));
    }

    #[test]
    fn traversal_is_refused() {
        for p in [
            "/../etc/passwd",
            "/static/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/a/%2e%2e%2f%2e%2e/etc",
            "/a%00.js",
            "/%zz",
            "etc/passwd",
        ] {
            assert!(relative_path(p).is_err(), "{p}");
        }
        assert_eq!(
            relative_path("//etc/passwd").ok(),
            Some(PathBuf::from("etc/passwd"))
        );
        assert_eq!(relative_path("/").ok(), Some(PathBuf::from("index.html")));
    }

    #[test]
    fn http_dates_round_trip() {
        let t = UNIX_EPOCH + std::time::Duration::from_secs(784_111_777);
        assert_eq!(http_date(t), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(parse_http_date(&http_date(t)), Some(784_111_777));
        assert!(is_reserved("/api/orders/") && is_reserved("/metrics") && is_reserved("/board"));
        assert!(!is_reserved("/apis") && !is_reserved("/dashboard") && !is_reserved("/"));
    }
}

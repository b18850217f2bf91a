//! A fake built single-page app for the FRONTEND_DIR tests: the file layout of a
//! create-react-app build (hashed assets under static/, index.html, manifest), a precomputed
//! `.gz` sibling, and a secret file beside (outside) the folder that must never be served.
#![allow(dead_code)]

use std::path::PathBuf;

use crate::common::TempDir;

pub const INDEX: &str = "<!doctype html><html><body><div id=\"root\"></div></body></html>";
pub const SECRET: &str = "TOP-SECRET-OUTSIDE-THE-APP";

/// The app folder (`dir/build`) and its parent holding `secret.txt`.
pub struct App {
    pub parent: TempDir,
    pub root: PathBuf,
    /// The JavaScript bundle's text (large and repetitive: worth compressing).
    pub js: String,
}

impl App {
    pub fn new() -> App {
        let parent = TempDir::new("spa");
        let root = parent.0.join("build");
        let js = "function App(){return React.createElement('div',null,'orders')}\n".repeat(400);
        for (path, body) in [
            ("index.html", INDEX.as_bytes().to_vec()),
            ("manifest.json", br#"{"short_name":"Adakings"}"#.to_vec()),
            ("favicon.ico", vec![0u8, 0, 1, 0, 1, 0]),
            ("static/js/main.3f2a1b9c.js", js.as_bytes().to_vec()),
            ("static/css/main.0123abcd.css", b"body{margin:0}".to_vec()),
            (
                "static/media/logo.6ce24c58023cc2f8fd88fe9d219db6c6.svg",
                b"<svg/>".to_vec(),
            ),
            ("static/js/vendor.aaaabbbb.js", b"plain copy".to_vec()),
            // Not a real gzip: proves the sibling is what gets sent.
            ("static/js/vendor.aaaabbbb.js.gz", b"PRECOMPRESSED".to_vec()),
            (".env", b"SECRET=1".to_vec()),
        ] {
            let p = root.join(path);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(&p, body).expect("write app file");
        }
        std::fs::write(parent.0.join("secret.txt"), SECRET).expect("write secret");
        std::os::unix::fs::symlink(parent.0.join("secret.txt"), root.join("leak.txt"))
            .expect("symlink file");
        std::os::unix::fs::symlink(&parent.0, root.join("up")).expect("symlink dir");
        App { parent, root, js }
    }

    pub fn dir(&self) -> String {
        self.root.display().to_string()
    }
}

/// Decompresses with the system's `gzip -dc` (an independent decoder).
pub fn gunzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("gzip")
        .arg("-dc")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run gzip");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = data.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().expect("gzip output");
    writer.join().expect("writer").expect("write to gzip");
    assert!(out.status.success(), "gzip -dc failed");
    out.stdout
}

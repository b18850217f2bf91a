//! The test suite keeps the shape that makes a failure useful: every test file (and every
//! helper under tests/common/) opens with a `//!` doc saying what it proves or provides; no
//! integration test is longer than `MAX_TEST_LINES` lines (one behaviour per test, so that one
//! failure does not hide the rest: split a longer one and move shared setup into
//! tests/common/); and no test is `#[ignore]`d (a test that never runs cannot fail: size it
//! down, or put the measurement behind an environment variable as reports_perf.rs does).

use std::path::{Path, PathBuf};

/// From the `#[test]` line to the closing brace.
const MAX_TEST_LINES: usize = 150;

/// The Rust files of `dir` (not recursive), sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    v.sort();
    v
}

/// Every test file and helper of the workspace.
fn suite() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        "tests",
        "tests/common",
        "loadgen/tests",
        "loadgen/tests/common",
    ]
    .iter()
    .map(|d| root.join(d))
    .filter(|d| d.is_dir())
    .flat_map(|d| rust_files(&d))
    .collect()
}

/// The source with comments, strings and character literals blanked (newlines kept), so that
/// braces can be counted.
fn code_only(src: &str) -> Vec<char> {
    let s: Vec<char> = src.chars().collect();
    let mut out = s.clone();
    let blank = |out: &mut Vec<char>, from: usize, to: usize| {
        for c in out.iter_mut().take(to.min(s.len())).skip(from) {
            if *c != '\n' {
                *c = ' ';
            }
        }
    };
    let mut i = 0;
    while i < s.len() {
        let at = |k: usize| s.get(i + k).copied().unwrap_or('\0');
        if at(0) == '/' && at(1) == '/' {
            let end = (i..s.len()).find(|&k| s[k] == '\n').unwrap_or(s.len());
            blank(&mut out, i, end);
            i = end;
        } else if at(0) == '/' && at(1) == '*' {
            let (mut k, mut depth) = (i + 2, 1);
            while k < s.len() && depth > 0 {
                if s[k] == '/' && s.get(k + 1) == Some(&'*') {
                    depth += 1;
                    k += 1;
                } else if s[k] == '*' && s.get(k + 1) == Some(&'/') {
                    depth -= 1;
                    k += 1;
                }
                k += 1;
            }
            blank(&mut out, i, k);
            i = k;
        } else if at(0) == 'r' && (at(1) == '"' || at(1) == '#') && !ident_before(&s, i) {
            let hashes = (i + 1..s.len()).take_while(|&k| s[k] == '#').count();
            if s.get(i + 1 + hashes) != Some(&'"') {
                i += 1;
                continue;
            }
            let close: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let start = i + 2 + hashes;
            let end = (start..s.len())
                .find(|&k| s[k..].starts_with(&close))
                .map(|k| k + close.len())
                .unwrap_or(s.len());
            blank(&mut out, i, end);
            i = end;
        } else if at(0) == '"' {
            let mut k = i + 1;
            while k < s.len() && s[k] != '"' {
                k += if s[k] == '\\' { 2 } else { 1 };
            }
            blank(&mut out, i, k + 1);
            i = k + 1;
        } else if at(0) == '\'' && at(1) == '\\' {
            let end = (i + 2..s.len()).find(|&k| s[k] == '\'').unwrap_or(s.len());
            blank(&mut out, i, end + 1);
            i = end + 1;
        } else if at(0) == '\'' && at(2) == '\'' {
            blank(&mut out, i, i + 3);
            i += 3;
        } else {
            i += 1;
        }
    }
    out
}

fn ident_before(s: &[char], i: usize) -> bool {
    i > 0 && (s[i - 1].is_alphanumeric() || s[i - 1] == '_')
}

/// Each `#[test]` of the file: (name, first line, lines, ignored).
fn tests_in(src: &str) -> Vec<(String, usize, usize, bool)> {
    let code: String = code_only(src).into_iter().collect();
    let lines: Vec<&str> = code.lines().collect();
    let mut found = Vec::new();
    for (idx, line) in lines.iter().enumerate() {
        if line.trim() != "#[test]" {
            continue;
        }
        let Some(fn_line) = (idx..lines.len()).find(|&k| lines[k].contains("fn ")) else {
            continue;
        };
        let ignored = lines[idx..fn_line].iter().any(|l| l.contains("#[ignore"));
        let name = lines[fn_line]
            .split("fn ")
            .nth(1)
            .and_then(|r| r.split(|c: char| !(c.is_alphanumeric() || c == '_')).next())
            .unwrap_or("?")
            .to_string();
        let (mut depth, mut started, mut end) = (0i64, false, lines.len() - 1);
        'walk: for (k, l) in lines.iter().enumerate().skip(fn_line) {
            for c in l.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        started = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
                if started && depth == 0 {
                    end = k;
                    break 'walk;
                }
            }
        }
        found.push((name, idx + 1, end - idx + 1, ignored));
    }
    found
}

#[test]
fn the_line_counter_sees_through_strings_comments_and_chars() {
    let src = "#[test]\nfn a() {\n    let s = \"}}}\";\n    // }\n    let c = '}';\n    let r = r#\"{\"#;\n    /* { */\n}\n\n#[test]\n#[ignore]\nfn b<'x>() {}\n";
    assert_eq!(
        tests_in(src),
        vec![
            ("a".to_string(), 1, 8, false),
            ("b".to_string(), 10, 3, true)
        ]
    );
}

#[test]
fn every_test_file_and_helper_opens_with_a_doc_comment() {
    let files = suite();
    assert!(files.len() > 40, "{files:?}");
    let missing: Vec<String> = files
        .iter()
        .filter(|p| {
            let src = std::fs::read_to_string(p).unwrap_or_default();
            !src.trim_start().starts_with("//!")
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(missing.is_empty(), "no //! doc at the top of: {missing:#?}");
}

#[test]
fn no_test_is_longer_than_the_limit_or_ignored() {
    let mut long = Vec::new();
    let mut ignored = Vec::new();
    let mut total = 0;
    for p in suite() {
        let src = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        for (name, line, len, ign) in tests_in(&src) {
            total += 1;
            let at = format!("{}:{line} {name}", p.display());
            if len > MAX_TEST_LINES {
                long.push(format!("{at}: {len} lines"));
            }
            if ign {
                ignored.push(at);
            }
        }
    }
    assert!(
        total > 200,
        "only {total} tests found: is the counter broken?"
    );
    assert!(
        long.is_empty(),
        "tests over {MAX_TEST_LINES} lines (split them; shared setup goes to tests/common/): {long:#?}"
    );
    assert!(ignored.is_empty(), "ignored tests never run: {ignored:#?}");
}

//! The module graph of `src/` has no import loops, and the layers import only downwards.
//!
//! A module is a file. Every `src/**/*.rs` (the binary's `main.rs` aside: it is the crate's
//! user, not part of it) is read; comments, string literals and `#[cfg(test)] mod` blocks are
//! dropped; its `use` trees and its `crate::`/`super::`/`self::` paths (and paths through a
//! child module or an imported module alias) are resolved to the file that defines the
//! longest matching module. A path to a module alone (`use crate::db;`) adds no edge; the
//! items used through it do. This is a reader, not a compiler: it errs on the side of an edge.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read src dir")
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// `src/db/orders.rs` is `db::orders`; `src/db/mod.rs` is `db`; `src/lib.rs` is the root.
fn module_of(src: &Path, file: &Path) -> Module {
    let rel = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = rel
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|l| l == "mod" || l == "lib") {
        parts.pop();
    }
    parts
}

/// The source without comments, string and char literals (replaced by spaces), so paths inside
/// them are not read as imports.
fn strip(src: &str) -> String {
    let b: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&b, i) {
            // Raw string: r"..." or r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == '"' && (0..hashes).all(|k| b.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            i = j;
            out.push_str("\"\"");
        } else if c == '"' {
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a).
            if next == Some('\\') {
                i += 2;
                while i < b.len() && b[i] != '\'' {
                    i += 1;
                }
                i += 1;
                out.push_str("' '");
            } else if b.get(i + 2) == Some(&'\'') {
                i += 3;
                out.push_str("' '");
            } else {
                out.push(c);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(b: &[char], i: usize) -> bool {
    i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_')
}

/// Removes `#[cfg(test)] mod name { ... }` blocks (unit tests may import anything).
fn drop_test_modules(s: &str) -> String {
    let mut out = s.to_string();
    while let Some(at) = out.find("#[cfg(test)]") {
        let rest = &out[at + "#[cfg(test)]".len()..];
        let trimmed = rest.trim_start();
        let is_mod = trimmed.starts_with("mod ") || trimmed.starts_with("pub mod ");
        let open = rest.find('{');
        let semi = rest.find(';');
        let end = match (is_mod, open, semi) {
            (true, Some(o), s) if s.is_none_or(|s| o < s) => {
                let bytes = rest.as_bytes();
                let mut depth = 0;
                let mut end = rest.len();
                for (k, &ch) in bytes.iter().enumerate().skip(o) {
                    if ch == b'{' {
                        depth += 1;
                    } else if ch == b'}' {
                        depth -= 1;
                        if depth == 0 {
                            end = k + 1;
                            break;
                        }
                    }
                }
                at + "#[cfg(test)]".len() + end
            }
            // Any other test-only item: drop just the attribute.
            _ => at + "#[cfg(test)]".len(),
        };
        out.replace_range(at..end, " ");
    }
    out
}

/// Expands a `use` tree (`a::{b, c::{d as e, self}}`) into (path, alias) pairs.
fn expand(tree: &str, prefix: &[String], out: &mut Vec<(Vec<String>, Option<String>)>) {
    let tree = tree.trim();
    if tree.is_empty() {
        return;
    }
    if let Some(open) = tree.find('{') {
        let head = tree[..open].trim().trim_end_matches("::");
        let mut p = prefix.to_vec();
        p.extend(segments(head));
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        for part in split_top(inner) {
            expand(&part, &p, out);
        }
        return;
    }
    let (path, alias) = match tree.split_once(" as ") {
        Some((p, a)) => (p.trim(), Some(a.trim().to_string())),
        None => (tree, None),
    };
    let mut p = prefix.to_vec();
    for s in segments(path) {
        if s != "self" || p.is_empty() {
            p.push(s);
        }
    }
    out.push((p, alias));
}

fn segments(path: &str) -> Vec<String> {
    path.split("::")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Splits on commas not inside braces.
fn split_top(s: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for ch in s.chars() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(ch);
    }
    parts.push(cur);
    parts
}

struct Graph {
    modules: BTreeMap<Module, String>,
    edges: BTreeMap<String, BTreeSet<String>>,
}

impl Graph {
    /// The file holding the longest module prefix of `path` (absolute), if any is ours.
    fn file_of(&self, path: &[String]) -> Option<(&String, usize)> {
        (1..=path.len())
            .rev()
            .find_map(|n| self.modules.get(&path[..n]).map(|f| (f, n)))
    }

    /// `path` as seen from module `from`, made absolute; None for std and other crates.
    fn absolute(
        &self,
        from: &Module,
        path: &[String],
        aliases: &BTreeMap<String, Module>,
    ) -> Option<Module> {
        let first = path.first()?;
        let mut base: Module;
        let mut rest = path;
        match first.as_str() {
            "crate" => {
                base = Vec::new();
                rest = &path[1..];
            }
            "self" => {
                base = from.clone();
                rest = &path[1..];
            }
            "super" => {
                base = from.clone();
                while rest.first().is_some_and(|s| s == "super") {
                    base.pop();
                    rest = &rest[1..];
                }
            }
            name if aliases.contains_key(name) => {
                base = aliases[name].clone();
                rest = &path[1..];
            }
            name => {
                let mut child = from.clone();
                child.push(name.to_string());
                if !self.modules.contains_key(&child) {
                    return None;
                }
                base = from.clone();
            }
        }
        base.extend(rest.iter().cloned());
        Some(base)
    }
}

fn build() -> Graph {
    // `IMPORT_GRAPH_SRC` points the check at another tree (e.g. to see an old loop).
    let src = std::env::var_os("IMPORT_GRAPH_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    files.retain(|f| f != &src.join("main.rs"));
    let mut g = Graph {
        modules: BTreeMap::new(),
        edges: BTreeMap::new(),
    };
    for f in &files {
        let name = f
            .strip_prefix(&src)
            .expect("under src")
            .display()
            .to_string();
        g.modules.insert(module_of(&src, f), name);
    }
    for f in &files {
        let from = module_of(&src, f);
        let me = g.modules[&from].clone();
        let text = drop_test_modules(&strip(&std::fs::read_to_string(f).expect("read source")));
        // `use` statements first (and cut out of the text), then the paths left in the code.
        let mut code = String::with_capacity(text.len());
        let mut uses = Vec::new();
        let mut rest = text.as_str();
        while let Some(at) = find_word(rest, "use") {
            code.push_str(&rest[..at]);
            let after = &rest[at + 3..];
            let end = after.find(';').unwrap_or(after.len());
            expand(&after[..end].replace(['\n', '\r'], " "), &[], &mut uses);
            rest = &after[(end + 1).min(after.len())..];
        }
        code.push_str(rest);
        let mut aliases: BTreeMap<String, Module> = BTreeMap::new();
        let mut targets: Vec<Module> = Vec::new();
        for (path, alias) in &uses {
            if path.last().is_some_and(|l| l == "*") {
                if let Some(abs) = g.absolute(&from, &path[..path.len() - 1], &aliases) {
                    targets.push(abs);
                }
                continue;
            }
            let Some(abs) = g.absolute(&from, path, &aliases) else {
                continue;
            };
            if g.modules.contains_key(&abs) {
                let name = alias.clone().or_else(|| abs.last().cloned());
                if let Some(n) = name {
                    aliases.insert(n, abs);
                }
            } else {
                targets.push(abs);
            }
        }
        for path in code_paths(&code) {
            if let Some(abs) = g.absolute(&from, &path, &aliases) {
                targets.push(abs);
            }
        }
        let mut to: BTreeSet<String> = BTreeSet::new();
        for t in targets {
            if let Some((file, _)) = g.file_of(&t) {
                if *file != me {
                    to.insert(file.clone());
                }
            }
        }
        g.edges.insert(me, to);
    }
    g
}

/// The position of `word` as a whole word in `s`.
fn find_word(s: &str, word: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(i) = s[from..].find(word) {
        let at = from + i;
        let before_ok = at == 0 || !(b[at - 1].is_ascii_alphanumeric() || b[at - 1] == b'_');
        let end = at + word.len();
        let after_ok = end < b.len() && b[end].is_ascii_whitespace();
        if before_ok && after_ok {
            return Some(at);
        }
        from = end;
    }
    None
}

/// Every `a::b::c` path in code that starts a path (not preceded by `::`).
fn code_paths(code: &str) -> Vec<Vec<String>> {
    let b = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let is_id = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    while i < b.len() {
        if is_id(b[i]) && (i == 0 || !is_id(b[i - 1])) {
            let preceded = i >= 2 && &b[i - 2..i] == b"::";
            let start = i;
            let mut segs = Vec::new();
            loop {
                let s = i;
                while i < b.len() && is_id(b[i]) {
                    i += 1;
                }
                segs.push(code[s..i].to_string());
                if i + 2 < b.len() && &b[i..i + 2] == b"::" && is_id(b[i + 2]) {
                    i += 2;
                } else {
                    break;
                }
            }
            if segs.len() > 1 && !preceded && !b[start].is_ascii_digit() {
                out.push(segs);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Strongly connected components with more than one file (Tarjan), each sorted.
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct T<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        next: usize,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(t: &mut T<'a>, v: &'a str) {
        t.index.insert(v, t.next);
        t.low.insert(v, t.next);
        t.next += 1;
        t.stack.push(v);
        t.on.insert(v);
        let edges = t.edges;
        for w in edges.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !t.index.contains_key(w) {
                visit(t, w);
                let lw = t.low[w];
                let lv = t.low.get_mut(v).expect("visited");
                *lv = (*lv).min(lw);
            } else if t.on.contains(w) {
                let iw = t.index[w];
                let lv = t.low.get_mut(v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if t.low[v] == t.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on.remove(w);
                comp.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                t.out.push(comp);
            }
        }
    }
    let mut t = T {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in edges.keys() {
        if !t.index.contains_key(v.as_str()) {
            visit(&mut t, v);
        }
    }
    t.out
}

/// The edges inside one loop, for the failure message.
fn describe(g: &Graph, comp: &[String]) -> String {
    let set: BTreeSet<&String> = comp.iter().collect();
    let mut lines = Vec::new();
    for a in comp {
        for b in g.edges[a].iter().filter(|b| set.contains(b)) {
            lines.push(format!("    {a} -> {b}"));
        }
    }
    lines.join("\n")
}

#[test]
fn the_module_graph_has_no_import_loops() {
    let g = build();
    assert!(
        g.edges.len() > 50,
        "the reader found only {} files",
        g.edges.len()
    );
    // The reader sees the edges it must: a `use crate::..` item, a `super::` path, a child.
    let has = |a: &str, b: &str| g.edges.get(a).is_some_and(|e| e.contains(b));
    assert!(
        has("api/orders.rs", "db/orders.rs"),
        "{:?}",
        g.edges["api/orders.rs"]
    );
    assert!(
        has("db/orders.rs", "db/error.rs"),
        "{:?}",
        g.edges["db/orders.rs"]
    );
    let found = cycles(&g.edges);
    let report: Vec<String> = found
        .iter()
        .map(|c| format!("  {}:\n{}", c.join(", "), describe(&g, c)))
        .collect();
    assert!(
        found.is_empty(),
        "import loops (files that import each other, directly or around a ring):\n{}",
        report.join("\n")
    );
}

#[test]
fn lower_layers_never_import_upper_ones() {
    let g = build();
    // (layer, what it may import besides itself). `domain/` is pure rules; `db/` is storage
    // and knows no HTTP, no wire and no sockets.
    let rules: [(&str, &[&str]); 2] = [
        ("domain/", &[]),
        ("db/", &["domain/", "config.rs", "files.rs"]),
    ];
    let mut bad = Vec::new();
    for (from, tos) in &g.edges {
        for to in tos {
            for (layer, allowed) in &rules {
                let inside = from.starts_with(layer);
                let ok = to.starts_with(layer) || allowed.iter().any(|a| to.starts_with(a));
                if inside && !ok {
                    bad.push(format!("  {from} -> {to}"));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "domain/ imports only domain/; db/ only db/, domain/, config.rs and files.rs \
         (so neither imports http/ or api/):\n{}",
        bad.join("\n")
    );
}

//! Checks of the code map's invariants (ARCHITECTURE.md) that a reader could not keep by eye.
//! They run with the native unit tests (`cargo test --workspace`, part of `cargo xtask test`).

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, sorted.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    crate::build::files_under(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| dir.join(p))
        .collect()
}

/// The files under `worker/src` outside a store (a `store.rs`, or a file of a `store/` folder)
/// that prepare SQL statements.
pub fn sql_outside_stores(root: &Path) -> Vec<String> {
    let in_store =
        |p: &Path| p.file_name().is_some_and(|n| n == "store.rs") || p.components().any(|c| c.as_os_str() == "store");
    rust_files(&root.join("worker/src"))
        .into_iter()
        .filter(|p| !in_store(p))
        .filter(|p| std::fs::read_to_string(p).is_ok_and(|s| s.contains("prepare(")))
        .map(|p| p.strip_prefix(root).unwrap_or(&p).display().to_string())
        .collect()
}

/// The longest a source file may be before its unit tests: past that, a reader wants it cut
/// into modules that each say what they hold.
pub const MAX_LINES: usize = 500;

/// Source files of the crates (not the black-box test crate) longer than [`MAX_LINES`] before
/// their `#[cfg(test)]` module, with that length.
pub fn long_files(root: &Path) -> Vec<(String, usize)> {
    ["shared/src", "worker/src", "frontend/src", "xtask/src"]
        .iter()
        .flat_map(|dir| rust_files(&root.join(dir)))
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let lines = text.lines().take_while(|l| !l.starts_with("#[cfg(test)]")).count();
            (lines > MAX_LINES).then(|| (p.strip_prefix(root).unwrap_or(&p).display().to_string(), lines))
        })
        .collect()
}

/// A crate's files as the module each is (`["pages", "review", "queue"]` for
/// `src/pages/review/queue.rs` and for `src/pages/review/queue/mod.rs`).
fn modules(src: &Path) -> Vec<(Vec<String>, PathBuf)> {
    rust_files(src)
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(src).unwrap_or(&p).with_extension("");
            let mut parts: Vec<String> = rel.iter().map(|c| c.to_string_lossy().into_owned()).collect();
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
                parts.pop();
            }
            (parts, p)
        })
        .collect()
}

/// The paths a file's code names: each `use` (groups expanded) and each `crate::…`/`super::…`
/// path written inline, up to its unit tests. `pub use` is left out: a re-export is the module's
/// face to the outside, not something its own code depends on.
fn named_paths(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .take_while(|l| !l.starts_with("#[cfg(test)]"))
        .filter(|l| !l.trim_start().starts_with("pub use ") && !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("use ") {
        let before = &rest[..at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let prefix = before[line_start..].trim();
        let end = rest[at..].find(';').map_or(rest.len(), |e| at + e);
        if prefix.is_empty() {
            expand(rest[at + 4..end].trim(), "", &mut out);
        }
        rest = &rest[end.min(rest.len())..];
        if rest.is_empty() {
            break;
        }
        rest = &rest[1..];
    }
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(i) = code[from..].find(start) {
            let at = from + i;
            let path: String =
                code[at..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            let word_start = at == 0 || !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':');
            if word_start {
                out.push(path.trim_end_matches(':').to_owned());
            }
            from = at + start.len();
        }
    }
    out
}

/// `a::{b, c::{d}}` into `a::b`, `a::c::d`.
fn expand(tree: &str, base: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    let join = |p: &str| if base.is_empty() { p.to_owned() } else { format!("{base}::{p}") };
    match tree.find('{') {
        None => {
            let path = tree.split(" as ").next().unwrap_or(tree).trim();
            if !path.is_empty() {
                out.push(join(path.trim_end_matches("::*")));
            }
        }
        Some(open) => {
            let head = join(tree[..open].trim().trim_end_matches("::"));
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let (mut depth, mut start) = (0, 0);
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&inner[start..i], &head, out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            expand(&inner[start..], &head, out);
        }
    }
}

/// Cycles of imports between the files of one crate (`src`): groups of two or more files that
/// each reach the others through what their code names.
pub fn import_cycles(src: &Path) -> Vec<Vec<String>> {
    let mods = modules(src);
    let index_of = |m: &[String]| mods.iter().position(|(p, _)| p.as_slice() == m);
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); mods.len()];
    for (from, (here, file)) in mods.iter().enumerate() {
        let is_dir_module = file.file_stem().is_some_and(|s| s == "mod" || s == "lib" || s == "main");
        let text = std::fs::read_to_string(file).unwrap_or_default();
        for path in named_paths(&text) {
            let mut parts: Vec<&str> = path.split("::").collect();
            // Where the path starts: the crate root, or this module's parent for each `super`.
            let mut at: Vec<String> = match parts.first() {
                Some(&"crate") => {
                    parts.remove(0);
                    Vec::new()
                }
                Some(&"self") => {
                    parts.remove(0);
                    here.clone()
                }
                Some(&"super") => {
                    let mut m = here.clone();
                    while parts.first() == Some(&"super") {
                        m.pop();
                        parts.remove(0);
                    }
                    m
                }
                // A sibling module named without `self::` (`use queue::…` inside a `mod.rs`).
                Some(first)
                    if is_dir_module && index_of(&[here.clone(), vec![first.to_string()]].concat()).is_some() =>
                {
                    here.clone()
                }
                _ => continue,
            };
            // The longest prefix that is a module of this crate is the file depended on.
            let mut target = index_of(&at);
            for p in parts {
                at.push(p.to_owned());
                match index_of(&at) {
                    Some(i) => target = Some(i),
                    None => break,
                }
            }
            if let Some(to) = target.filter(|to| *to != from) {
                edges[from].push(to);
            }
        }
    }
    if std::env::var_os("PORTAL_SHOW_IMPORTS").is_some() {
        for (from, to) in edges.iter().enumerate() {
            for t in to {
                eprintln!("{} -> {}", mods[from].1.display(), mods[*t].1.display());
            }
        }
    }
    strongly_connected(&edges)
        .into_iter()
        .filter(|c| c.len() > 1)
        .map(|c| {
            let mut names: Vec<String> =
                c.iter().map(|i| mods[*i].1.strip_prefix(src).unwrap_or(&mods[*i].1).display().to_string()).collect();
            names.sort();
            names
        })
        .collect()
}

/// Tarjan's strongly connected components.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    struct State<'a> {
        edges: &'a [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(s: &mut State, v: usize) {
        s.index[v] = Some(s.next);
        s.low[v] = s.next;
        s.next += 1;
        s.stack.push(v);
        s.on_stack[v] = true;
        for &w in &s.edges[v] {
            match s.index[w] {
                None => {
                    visit(s, w);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(i) if s.on_stack[w] => s.low[v] = s.low[v].min(i),
                Some(_) => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack[w] = false;
                component.push(w);
                if w == v {
                    break;
                }
            }
            s.out.push(component);
        }
    }
    let n = edges.len();
    let mut s = State {
        edges,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(&mut s, v);
        }
    }
    s.out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace").to_path_buf()
    }

    #[test]
    fn sql_lives_only_in_store_modules() {
        let root = root();
        assert!(rust_files(&root.join("worker/src")).len() > 20, "the worker's sources are found");
        assert_eq!(sql_outside_stores(&root), Vec::<String>::new(), "move these statements into a store.rs");
    }

    #[test]
    fn no_source_file_is_longer_than_a_reader_can_hold() {
        assert_eq!(long_files(&root()), Vec::<(String, usize)>::new(), "cut these into modules");
    }

    #[test]
    fn no_two_files_import_each_other() {
        // The checker sees the modules and what they name (a cycle it could not see would pass).
        let src = root().join("frontend/src");
        assert!(modules(&src).iter().any(|(m, _)| m == &["pages", "review", "queue"]));
        assert!(
            named_paths("use super::{a, b::{c, d}};\nfn f() { crate::x::y(); }").contains(&"super::b::d".to_owned())
        );
        for krate in ["shared", "worker", "frontend", "xtask"] {
            let cycles = import_cycles(&root().join(krate).join("src"));
            assert_eq!(cycles, Vec::<Vec<String>>::new(), "{krate}: files that import each other");
        }
    }
}

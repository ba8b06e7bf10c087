//! The layer rule, checked: every `crate::` path in `src/` (and every `super::`
//! path that climbs to the crate root) is read, and a module may only name
//! modules of its own layer or of the layers below it. The faces (`cli`, `tui`)
//! never name each other, and no two top-level modules name each other through
//! any chain (no cycles). A failure names the file, the line and the path.
//!
//! `main.rs` is the top layer: it is a crate of its own and names the library as
//! `leadbooth::`, so nothing here constrains it.
//!
//! The same rule holds inside the TUI (`src/tui/`, paths from `crate::tui::`):
//! the vocabulary every screen speaks (actions, modes, messages, viewports,
//! keys, strings, theme) is below the screens, the screens are below what holds
//! a screen or a dialog, and only the app names them all; no screen names the
//! app, and no two TUI modules name each other through any chain.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first: (name, its top-level modules, whether those modules
/// may name each other).
const LAYERS: &[(&str, &[&str], bool)] = &[
    (
        "domain and utilities",
        &[
            "attendee",
            "badge",
            "config",
            "consent",
            "country",
            "erasure",
            "fsutil",
            "i18n",
            "json_out",
            "lead",
            "limits",
            "logging",
            "media",
            "paths",
            "person",
            "pin",
            "policy",
            "qr",
            "recapture",
            "recipients",
            "stats",
            "text",
            "timestamp",
        ],
        true,
    ),
    ("storage", &["store", "central"], true),
    ("use cases", &["batch", "import", "report", "rights"], true),
    ("session", &["session"], true),
    ("faces", &["cli", "tui"], false),
];

/// The TUI's layers, lowest first, as [`LAYERS`] for the modules under `src/tui/`.
const TUI_LAYERS: &[(&str, &[&str], bool)] = &[
    (
        "TUI vocabulary",
        &[
            "action",
            "dialog",
            "keys",
            "markdown",
            "message",
            "mode",
            "notice",
            "qr_widget",
            "scan",
            "strings",
            "theme",
            "viewport",
            "when",
            "wrap",
        ],
        true,
    ),
    (
        "screens",
        &[
            "attract",
            "confirm",
            "draft",
            "duplicate",
            "edit",
            "export",
            "form",
            "kiosk",
            "lead_detail",
            "leads",
            "pin",
            "policy",
            "receipt",
            "scanner_check",
            "staff",
            "stats",
        ],
        true,
    ),
    ("screen and dialog holders", &["modal", "screen"], true),
    ("the app", &["app"], true),
];

/// A tree of modules whose layers are checked.
struct Tree {
    /// Its folder, as shown in a failure (`src`, `src/tui`).
    dir: &'static str,
    /// Paths from the tree's root start with this.
    root: &'static str,
    /// Its layers, lowest first: (name, its modules, whether those modules may
    /// name each other).
    layers: &'static [(&'static str, &'static [&'static str], bool)],
    /// The name of that table, for the message about a module in no layer.
    table: &'static str,
    /// Modules outside the rule.
    exempt: &'static [&'static str],
}

/// The crate: its top-level modules (this test itself is outside the rule).
const CRATE: Tree = Tree {
    dir: "src",
    root: "crate::",
    layers: LAYERS,
    table: "LAYERS",
    exempt: &["layers"],
};

/// The TUI's own modules.
const TUI: Tree = Tree {
    dir: "src/tui",
    root: "crate::tui::",
    layers: TUI_LAYERS,
    table: "TUI_LAYERS",
    exempt: &[],
};

impl Tree {
    /// The layer index of one of the tree's modules, if it is in its layers.
    fn layer_of(&self, module: &str) -> Option<usize> {
        self.layers
            .iter()
            .position(|(_, ms, _)| ms.contains(&module))
    }
}

/// One reference from a file to a top-level module.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reference {
    line: usize,
    from: String,
    to: String,
    path: String,
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&d)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The module path of a file: `src/store/leads.rs` is `[store, leads]`,
/// `src/store.rs` and `src/store/mod.rs` are `[store]`; `lib.rs` and `main.rs`
/// are the root (empty).
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    if parts == ["lib"] || parts == ["main"] {
        parts.clear();
    }
    parts
}

/// `text` with plain comments and the insides of string literals replaced by
/// spaces (newlines kept, so offsets keep their line): a remark or a message
/// that mentions a module is not an import. Doc comments (`///`, `//!`) are
/// kept: a `crate::x` path in one is a link rustdoc resolves and a reader
/// follows, so a lower layer's docs naming a higher module is the same upward
/// dependency as code naming it. Character literals are skipped whole, so a
/// quote in one does not start a string.
fn strip_comments(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let word_start = i == 0 || !is_ident(b[i - 1]);
        if rest.starts_with(b"//") {
            let end = rest
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |n| i + n);
            let doc = (rest.starts_with(b"///") && !rest.starts_with(b"////"))
                || rest.starts_with(b"//!");
            if doc {
                // Only the comment marker goes; the text is read for paths.
                blank(&mut out, i, i + 3);
            } else {
                blank(&mut out, i, end);
            }
            i = end;
        } else if rest.starts_with(b"/*") {
            let end = text[i + 2..].find("*/").map_or(b.len(), |n| i + 2 + n + 2);
            blank(&mut out, i, end);
            i = end;
        } else if word_start && (rest.starts_with(b"r\"") || rest.starts_with(b"r#")) {
            // A raw string: r"…", r#"…"#, r##"…"##.
            let hashes = rest[1..].iter().take_while(|&&c| c == b'#').count();
            if rest.get(1 + hashes) != Some(&b'"') {
                i += 1;
                continue;
            }
            let close: Vec<u8> = std::iter::once(b'"')
                .chain(std::iter::repeat_n(b'#', hashes))
                .collect();
            let body = i + 2 + hashes;
            let end = b[body..]
                .windows(close.len())
                .position(|w| w == close.as_slice())
                .map_or(b.len(), |n| body + n);
            blank(&mut out, body, end);
            i = (end + close.len()).min(b.len());
        } else if rest[0] == b'"' {
            let body = i + 1;
            i = body;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i = i.min(b.len());
            if !names_a_path_for_serde(&text[..body - 1], &text[body..i]) {
                blank(&mut out, body, i);
            }
            i += 1;
        } else if rest[0] == b'\'' && rest.get(1) == Some(&b'\\') {
            // An escaped character literal: '\'', '\"', '\n', '\u{…}'.
            i += 2 + rest[2..]
                .iter()
                .skip(1)
                .position(|&c| c == b'\'')
                .map_or(0, |n| n + 2);
        } else if rest[0] == b'\'' && rest.get(2) == Some(&b'\'') {
            i += 3;
        } else {
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether a string literal `body`, after `before`, is a path serde's derive
/// calls (`#[serde(with = "crate::timestamp")]`, `deserialize_with`, `default`,
/// `into`, `from`, `try_from`): the generated code names that module, so it is
/// as much a dependency as a `use`. Any other string (a message that mentions
/// a module) is not.
fn names_a_path_for_serde(before: &str, body: &str) -> bool {
    const KEYS: &[&str] = &[
        "with",
        "serialize_with",
        "deserialize_with",
        "default",
        "into",
        "from",
        "try_from",
    ];
    let Some(before) = before.trim_end().strip_suffix('=') else {
        return false;
    };
    let key = before.trim_end();
    let key = &key[key
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |n| n + 1)..];
    KEYS.contains(&key)
        && body.starts_with("crate::")
        && body.bytes().all(|c| is_ident(c) || c == b':')
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The bytes of `b` from `from` on while `keep` holds, as text.
fn run(b: &[u8], from: usize, keep: impl Fn(u8) -> bool) -> String {
    b[from..]
        .iter()
        .take_while(|&&c| keep(c))
        .map(|&c| char::from(c))
        .collect()
}

/// The first path segment of each item of a `{a::b, c, d::{e, f}}` group that
/// starts at `text[open]` (`{`), with the group's full text.
fn group_heads(text: &str, open: usize) -> (Vec<String>, &str) {
    let b = text.as_bytes();
    let (mut depth, mut i) = (0usize, open);
    let mut heads = Vec::new();
    let mut item_start = open + 1;
    while i < b.len() {
        match b[i] {
            b'{' => depth += 1,
            b'}' | b',' if depth == 1 => {
                let head: String = text[item_start..i]
                    .trim()
                    .bytes()
                    .take_while(|&c| is_ident(c))
                    .map(char::from)
                    .collect();
                if !head.is_empty() {
                    heads.push(head);
                }
                item_start = i + 1;
                if b[i] == b'}' {
                    return (heads, &text[open..=i]);
                }
            }
            b'}' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    (heads, &text[open..])
}

/// Every reference in one file of `tree` (rooted at `src`) to one of its
/// top-level modules: `crate::x…`, `crate::{x…, y…}` (after the tree's root
/// path), and `super::…` chains that climb to the tree's root.
fn references(tree: &Tree, src: &Path, file: &Path) -> Vec<Reference> {
    let module = module_path(src, file);
    let Some(from) = module.first().cloned() else {
        return Vec::new();
    };
    let text = strip_comments(&std::fs::read_to_string(file).unwrap());
    let b = text.as_bytes();
    let line_of = |at: usize| text[..at].bytes().filter(|&c| c == b'\n').count() + 1;
    let mut out = Vec::new();
    let mut push = |at: usize, to: String, path: &str| {
        out.push(Reference {
            line: line_of(at),
            from: from.clone(),
            to,
            path: path.split_whitespace().collect::<Vec<_>>().join(" "),
        });
    };
    let mut i = 0;
    while i < b.len() {
        let word_start = i == 0 || !is_ident(b[i - 1]);
        // Where a path from the tree's root goes on: after `crate::` (or
        // `crate::tui::`), or after a `super::super::…` chain that climbs out of
        // every module of the tree, and no further.
        let (root, next) = if word_start && b[i..].starts_with(tree.root.as_bytes()) {
            let after = i + tree.root.len();
            (Some(after), after)
        } else if word_start && b[i..].starts_with(b"super::") {
            let (mut j, mut ups) = (i, 0);
            while b[j..].starts_with(b"super::") {
                ups += 1;
                j += "super::".len();
            }
            ((ups == module.len()).then_some(j), j)
        } else {
            (None, i + 1)
        };
        if let Some(at) = root {
            if b.get(at) == Some(&b'{') {
                let (heads, group) = group_heads(&text, at);
                for h in heads {
                    push(i, h, &format!("{}{group}", &text[i..at]));
                }
            } else {
                let head = run(b, at, is_ident);
                if !head.is_empty() {
                    push(i, head, &run(b, i, |c| is_ident(c) || c == b':'));
                }
            }
        }
        i = next;
    }
    // Root items (`crate::VERSION`) and a module's own paths are no dependency.
    out.retain(|r| r.to != r.from && r.to.starts_with(|c: char| c.is_ascii_lowercase()));
    out
}

/// What is wrong with one reference, if anything.
fn violation(tree: &Tree, r: &Reference) -> Option<String> {
    let (Some(from), Some(to)) = (tree.layer_of(&r.from), tree.layer_of(&r.to)) else {
        return None;
    };
    let (from_name, _, peers) = tree.layers[from];
    let (to_name, _, _) = tree.layers[to];
    if to > from {
        Some(format!(
            "{} ({from_name}) imports {} ({to_name}), a higher layer",
            r.from, r.to
        ))
    } else if to == from && !peers {
        Some(format!(
            "{} imports {}: the {from_name} never import each other",
            r.from, r.to
        ))
    } else {
        None
    }
}

/// The cycles among top-level modules (strongly connected components of more
/// than one module), each sorted.
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Kosaraju: finish order on the graph, then components on its reverse.
    fn visit(
        v: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        seen: &mut BTreeSet<String>,
        order: &mut Vec<String>,
    ) {
        if !seen.insert(v.to_owned()) {
            return;
        }
        for w in edges.get(v).into_iter().flatten() {
            visit(w, edges, seen, order);
        }
        order.push(v.to_owned());
    }
    let nodes: BTreeSet<String> = edges
        .iter()
        .flat_map(|(k, vs)| std::iter::once(k.clone()).chain(vs.iter().cloned()))
        .collect();
    let mut reverse: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (k, vs) in edges {
        for v in vs {
            reverse.entry(v.clone()).or_default().insert(k.clone());
        }
    }
    let (mut seen, mut order) = (BTreeSet::new(), Vec::new());
    for v in &nodes {
        visit(v, edges, &mut seen, &mut order);
    }
    let mut assigned = BTreeSet::new();
    let mut out = Vec::new();
    for v in order.iter().rev() {
        let mut component = Vec::new();
        visit(v, &reverse, &mut assigned, &mut component);
        if component.len() > 1 {
            component.sort();
            out.push(component);
        }
    }
    out
}

/// Every problem with the module graph of `tree`, rooted at `src`, one line each.
fn problems(tree: &Tree, src: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut unplaced = BTreeSet::new();
    for file in rust_files(src) {
        let module = module_path(src, &file);
        let Some(top) = module.first() else {
            continue;
        };
        if tree.exempt.contains(&top.as_str()) {
            continue;
        }
        let shown = Path::new(tree.dir).join(file.strip_prefix(src).unwrap_or(&file));
        if tree.layer_of(top).is_none() && unplaced.insert(top.clone()) {
            problems.push(format!(
                "{}: module {top} is in no layer: add it to {} in src/layers.rs",
                shown.display(),
                tree.table
            ));
        }
        for r in references(tree, src, &file) {
            edges
                .entry(r.from.clone())
                .or_default()
                .insert(r.to.clone());
            if let Some(why) = violation(tree, &r) {
                problems.push(format!(
                    "{}:{}: {why}: `{}`",
                    shown.display(),
                    r.line,
                    r.path
                ));
            }
        }
    }
    for c in cycles(&edges) {
        problems.push(format!("module cycle: {}", c.join(" <-> ")));
    }
    problems
}

#[test]
fn every_module_imports_only_its_own_layer_and_those_below() {
    for tree in [CRATE, TUI] {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(tree.dir);
        let problems = problems(&tree, &src);
        assert!(
            problems.is_empty(),
            "{} layer problem(s) in {}:\n{}",
            problems.len(),
            tree.dir,
            problems.join("\n")
        );
    }
}

#[test]
fn the_reader_finds_every_kind_of_reference() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    std::fs::create_dir_all(src.join("store")).unwrap();
    std::fs::write(
        src.join("store/leads.rs"),
        "// Mentions crate::tui in a plain comment, which is no import.\n\
         use crate::lead::Lead;\n\
         use crate::{\n    batch::{self, export},\n    text,\n};\n\
         fn f() { super::super::session::os_user(); let _ = (\"crate::cli\", '\"', r#\"crate::tui\"#); }\n\
         const V: &str = crate::VERSION;\n\
         use super::super::{qr, pin::PIN_SETTING};\n\
         use super::audit;\n\
         /// Follows the rules of [`crate::policy`], a link rustdoc resolves.\n\
         #[serde(with = \"crate::timestamp\", default = \"crate::limits::none\")]\n\
         const M: &str = \"see crate::config\"; const N: &str = \"crate::attendee\";\n",
    )
    .unwrap();
    let found: Vec<(usize, String)> = references(&CRATE, src, &src.join("store/leads.rs"))
        .into_iter()
        .map(|r| (r.line, r.to))
        .collect();
    assert_eq!(
        found,
        [
            (2, "lead".to_owned()),
            (3, "batch".to_owned()),
            (3, "text".to_owned()),
            (7, "session".to_owned()),
            (9, "qr".to_owned()),
            (9, "pin".to_owned()),
            (11, "policy".to_owned()),
            (12, "timestamp".to_owned()),
            (12, "limits".to_owned()),
        ]
    );
}

#[test]
fn a_lower_layer_naming_a_higher_one_or_a_face_naming_the_other_fails() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    std::fs::write(src.join("store.rs"), "use crate::batch::ErasureRecord;\n").unwrap();
    std::fs::write(src.join("batch.rs"), "use crate::store::Store;\n").unwrap();
    std::fs::write(src.join("tui.rs"), "\n\nfn f() { crate::cli::run(); }\n").unwrap();
    std::fs::write(
        src.join("config.rs"),
        "use crate::lead::normalise_country;\n",
    )
    .unwrap();
    std::fs::write(src.join("lead.rs"), "use crate::config::Event;\n").unwrap();
    std::fs::write(src.join("gadget.rs"), "").unwrap();
    let problems = problems(&CRATE, src);
    let expected = [
        "src/store.rs:1: store (storage) imports batch (use cases), a higher layer: `crate::batch::ErasureRecord`".to_owned(),
        "src/tui.rs:3: tui imports cli: the faces never import each other: `crate::cli::run`".to_owned(),
        "src/gadget.rs: module gadget is in no layer: add it to LAYERS in src/layers.rs".to_owned(),
        "module cycle: batch <-> store".to_owned(),
        "module cycle: config <-> lead".to_owned(),
    ];
    for e in &expected {
        assert!(problems.contains(e), "missing {e:?} in {problems:#?}");
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
}

#[test]
fn inside_the_tui_a_screen_naming_the_app_or_a_cycle_fails() {
    let dir = tempfile::tempdir().unwrap();
    let tui = dir.path();
    std::fs::create_dir_all(tui.join("form")).unwrap();
    std::fs::create_dir_all(tui.join("app")).unwrap();
    std::fs::write(
        tui.join("leads.rs"),
        "use super::action::Action;\nuse super::app::MIN_WIDTH;\nuse crate::store::Store;\n",
    )
    .unwrap();
    std::fs::write(
        tui.join("form/view.rs"),
        "use super::FormState;\nuse super::super::viewport::Viewport;\n\
         fn f() { crate::tui::{screen::Screen, strings}; super::super::super::cli::run(); }\n",
    )
    .unwrap();
    std::fs::write(tui.join("strings.rs"), "use super::pin::Guarded;\n").unwrap();
    std::fs::write(tui.join("pin.rs"), "use super::strings;\n").unwrap();
    std::fs::write(
        tui.join("app/drawing.rs"),
        "use crate::tui::form::view::FormView;\n",
    )
    .unwrap();
    std::fs::write(tui.join("gadget.rs"), "").unwrap();
    let found: Vec<(usize, String)> = references(&TUI, tui, &tui.join("form/view.rs"))
        .into_iter()
        .map(|r| (r.line, r.to))
        .collect();
    assert_eq!(
        found,
        [
            (2, "viewport".to_owned()),
            (3, "screen".to_owned()),
            (3, "strings".to_owned()),
        ],
        "own module, the crate's other modules and the crate root are not the TUI's"
    );
    let problems = problems(&TUI, tui);
    let expected = [
        "src/tui/leads.rs:2: leads (screens) imports app (the app), a higher layer: `super::app::MIN_WIDTH`".to_owned(),
        "src/tui/form/view.rs:3: form (screens) imports screen (screen and dialog holders), a higher layer: `crate::tui::{screen::Screen, strings}`".to_owned(),
        "src/tui/strings.rs:1: strings (TUI vocabulary) imports pin (screens), a higher layer: `super::pin::Guarded`".to_owned(),
        "src/tui/gadget.rs: module gadget is in no layer: add it to TUI_LAYERS in src/layers.rs".to_owned(),
        "module cycle: pin <-> strings".to_owned(),
    ];
    for e in &expected {
        assert!(problems.contains(e), "missing {e:?} in {problems:#?}");
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
}

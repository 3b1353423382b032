//! The documentation stays in step with the code: every key the config parser accepts
//! (asked of the parser itself, not a list kept here) is in the shipped config and in the
//! README's configuration reference; every command and flag is in the README; the
//! README's links point at files the repository holds; the shipped watchlist is the one
//! the scorer uses by default.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

/// `(table, key)` for each accepted key (`""` for the top level).
fn accepted() -> Vec<(String, String)> {
    let keys = newshound::manual::accepted_keys();
    assert!(keys.len() > 40, "the probe found too few keys: {keys:?}");
    keys.into_iter()
        .map(|k| match k.split_once('.') {
            Some((t, k)) => (t.to_string(), k.to_string()),
            None => (String::new(), k),
        })
        .collect()
}

/// `(table, key)` for every key line of a TOML file, commented or not; a table header
/// `[a.b]` counts as key `b` of table `a`.
fn keys_in_toml(text: &str) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    let mut table = String::new();
    for line in text.lines() {
        let t = line.trim_start_matches(['#', ' ']).trim_end();
        if t.starts_with('[') && t.ends_with(']') {
            let name = t.trim_matches(['[', ']']);
            let mut parts = name.splitn(2, '.');
            table = parts.next().unwrap_or("").to_string();
            if let Some(sub) = parts.next() {
                out.insert((table.clone(), sub.to_string()));
            }
            continue;
        }
        if let Some((k, _)) = t.split_once('=') {
            let k = k.trim();
            if !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                out.insert((table.clone(), k.to_string()));
            }
        }
    }
    out
}

#[test]
fn the_shipped_config_shows_every_key() {
    let text = std::fs::read_to_string(repo("config/newshound.toml")).unwrap();
    let present = keys_in_toml(&text);
    let missing: Vec<_> = accepted()
        .into_iter()
        .filter(|k| !present.contains(k))
        .collect();
    assert!(
        missing.is_empty(),
        "config/newshound.toml lacks {missing:?} (add each, commented with its default)"
    );
    // and it is valid as shipped
    newshound::config::Config::load(&repo("config/newshound.toml")).unwrap();
}

/// The README text of one table's section of the configuration reference.
fn readme_section<'a>(readme: &'a str, table: &str) -> &'a str {
    let heading = if table.is_empty() {
        "### Top level".to_string()
    } else if ["feed", "watchlist", "development"].contains(&table) {
        format!("### `[[{table}]]`")
    } else {
        format!("### `[{table}]`")
    };
    let start = readme
        .find(&heading)
        .unwrap_or_else(|| panic!("README has no section {heading}"));
    let rest = &readme[start + heading.len()..];
    let end = rest.find("\n#").unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn the_readme_documents_every_key_command_and_flag() {
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let mut missing = Vec::new();
    for (table, key) in accepted() {
        let section = readme_section(&readme, &table);
        if !section.contains(&format!("`{key}`")) && !section.contains(&format!(".{key}]`")) {
            missing.push(format!("{table}.{key}"));
        }
    }
    use clap::CommandFactory;
    let cmd = newshound::cli::Cli::command();
    let mut flags: Vec<String> = cmd
        .get_arguments()
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
        .collect();
    let mut stack: Vec<&clap::Command> = cmd.get_subcommands().collect();
    while let Some(sc) = stack.pop() {
        if sc.is_hide_set() {
            continue;
        }
        if !readme.contains(&format!("`{}", sc.get_name()))
            && !readme.contains(&format!(" {} ", sc.get_name()))
        {
            missing.push(format!("command {}", sc.get_name()));
        }
        flags.extend(
            sc.get_arguments()
                .filter_map(|a| a.get_long().map(|l| format!("--{l}"))),
        );
        stack.extend(sc.get_subcommands());
    }
    for f in flags {
        if !readme.contains(&f) {
            missing.push(f);
        }
    }
    for (code, _) in newshound::exit::TABLE {
        if !readme.contains(&format!("| {code} |")) {
            missing.push(format!("exit code {code}"));
        }
    }
    assert!(
        missing.is_empty(),
        "README.md does not document {missing:?}"
    );
}

#[test]
fn readme_links_point_at_files_in_the_repository() {
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let mut bad = Vec::new();
    for part in readme.split("](").skip(1) {
        let target = part.split(')').next().unwrap_or("");
        if target.contains("://") || target.starts_with('#') || target.starts_with("../") {
            continue;
        }
        let path = target.split('#').next().unwrap_or(target);
        if !repo(path).exists() {
            bad.push(format!("{target} (missing)"));
            continue;
        }
        // a file git ignores exists here but not in a clone
        let ignored = std::process::Command::new("git")
            .args(["check-ignore", "-q", "--no-index"])
            .arg(path)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        if ignored {
            bad.push(format!("{target} (ignored by .gitignore)"));
        }
    }
    assert!(bad.is_empty(), "README links {bad:?}");
}

/// The scorer's default watchlist (`GAZA` in the shared scorer, `corpus-eval.py`), as a
/// snapshot in `tests/data/scorer-watchlist.json`; `.ci/run` checks the snapshot against
/// the live scorer when the shared folder is beside the checkout.
fn scorer_watchlist() -> serde_json::Value {
    let text = std::fs::read_to_string(repo("tests/data/scorer-watchlist.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_shipped_watchlist_is_the_scorers() {
    let gaza = scorer_watchlist();
    let cfg = newshound::config::Config::load(&repo("config/newshound.toml")).unwrap();
    assert_eq!(cfg.watchlists.len(), 1);
    let w = &cfg.watchlists[0];
    let list = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect())
            .unwrap_or_default()
    };
    assert_eq!(w.name, gaza["name"].as_str().unwrap());
    assert_eq!(w.keywords, list(&gaza["keywords"]));
    assert_eq!(w.context, list(&gaza["context"]));
    assert_eq!(w.exclude, list(&gaza["exclude"]));
    let ours: std::collections::BTreeMap<String, Vec<String>> = w
        .actors
        .iter()
        .map(|a| (a.name.clone(), a.aliases[1..].to_vec()))
        .collect();
    let theirs: std::collections::BTreeMap<String, Vec<String>> = gaza["actors"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), list(v)))
        .collect();
    assert_eq!(ours, theirs);
}

//! Labelled sentences: positives for every kind and traps for every modality.

use super::*;
use crate::config::{ActorConfig, WatchlistConfig};

fn gaza() -> Watchlist {
    let actor = |n: &str, a: &[&str]| ActorConfig {
        name: n.into(),
        aliases: std::iter::once(n).chain(a.iter().copied()).map(String::from).collect(),
    };
    Watchlist::new(&WatchlistConfig {
        name: "gaza".into(),
        recipients: vec![],
        keywords: vec!["talks".into()],
        context: vec![],
        exclude: vec![],
        developments: rules::BUILTIN_KINDS.iter().map(|k| k.0.to_string()).collect(),
        actors: vec![
            actor("United States", &["US", "U.S.", "Washington", "Witkoff", "State Department", "White House", "Trump administration"]),
            actor("Israel", &["Israeli", "Netanyahu", "Mossad", "Israel's"]),
            actor("Hamas", &["Hamas's"]),
            actor("Qatar", &["Qatari"]),
            actor("Egypt", &["Egyptian"]),
        ],
    })
}

/// Runs the detector on (title, text) and renders findings as "kind/Actor+Actor".
pub(crate) fn run(title: &str, text: &str) -> Vec<String> {
    let w = gaza();
    let idx = RuleIndex::new(&[]);
    let d = Detector::new(&w, &idx).detect(title, text);
    let mut v: Vec<String> = d.findings.iter().map(|f| format!("{}/{}", f.kind, f.actors.join("+"))).collect();
    v.sort();
    v
}

#[test]
fn seed_article_yields_exactly_three() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seed-article.txt")).unwrap();
    let (title, body) = text.split_once("\n\n").unwrap();
    let got = run(title, body);
    let mut kinds: Vec<String> = got.iter().map(|g| g.split('+').next().unwrap_or("").to_string()).collect();
    kinds.sort();
    // the two withdrawals and Hamas's demands, nothing else
    assert!(got.iter().any(|g| g.starts_with("delegation_withdrawal/") && g.contains("United States")), "{got:?}");
    assert!(got.iter().any(|g| g.starts_with("delegation_withdrawal/") && g.contains("Israel")), "{got:?}");
    assert!(got.contains(&"new_demands/Hamas".to_string()), "{got:?}");
    let others: Vec<&String> = got.iter().filter(|g| !g.starts_with("delegation_withdrawal/") && *g != "new_demands/Hamas").collect();
    assert!(others.is_empty(), "{got:?}");
}

#[test]
#[ignore = "debug helper: prints detections for the dev corpus"]
fn dump_dev_corpus() {
    let p = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev.json");
    let Ok(text) = std::fs::read_to_string(p) else { return };
    let c: serde_json::Value = serde_json::from_str(&text).unwrap();
    let w = gaza();
    let idx = RuleIndex::new(&[]);
    for it in c["items"].as_array().unwrap() {
        if !it["relevant"].as_bool().unwrap() {
            continue;
        }
        let d = Detector::new(&w, &idx).detect(it["title"].as_str().unwrap(), it["summary"].as_str().unwrap());
        let got: Vec<String> = d.findings.iter().map(|f| format!("{}/{}", f.kind, f.actors.join("+"))).collect();
        println!("{} {} want {:?} got {:?} | {}", it["at_hours"], it["story"], it["events"], got, it["title"]);
        for r in &d.ruled_out {
            println!("      ruled out {} {}: {} | {}", r.kind, r.rule, r.reason, r.sentence);
        }
    }
}

#[test]
#[ignore = "debug helper"]
fn dbg_one() {
    let w = gaza();
    let idx = RuleIndex::new(&[]);
    let t = std::env::var("T").unwrap_or_default();
    let b = std::env::var("B").unwrap_or_default();
    println!("{:#?}", Detector::new(&w, &idx).detect(&t, &b));
}

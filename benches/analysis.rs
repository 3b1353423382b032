//! Benchmark: analysis (topic decision, detection, clustering, novelty, outbox) of one
//! new item against a store of N items, as the daemon runs it (one transaction per item).
//!
//! `cargo bench --bench analysis -- 100000` (default 10000). Prints the build rate and
//! the median / p90 / p99 latency of analysing one new item.

use chrono::{Duration, Utc};
use newshound::analyse::Analyser;
use newshound::config::Config;
use newshound::normalise::Item;
use newshound::store::{open_db, queries};
use std::time::Instant;

const CONFIG: &str = r#"
[alerts]
max_age = "3650d"
[[feed]]
url = "http://127.0.0.1:1/bench.xml"
[[watchlist]]
name = "bench"
recipients = ["desk@example.org"]
keywords = ["ceasefire", "truce", "talks", "negotiat*", "delegation", "proposal"]
context = ["Gaza", "Hamas"]
[watchlist.actors]
"United States" = ["US", "Washington"]
"Israel" = ["Israeli", "Netanyahu"]
"Hamas" = []
"Qatar" = ["Qatari", "Doha"]
"Egypt" = ["Egyptian", "Cairo"]
"#;

const VERBS: &[&str] = &[
    "recalls its team from",
    "rejects the proposal of",
    "accepts the plan from",
    "sends a delegation to",
    "adds new conditions for",
    "says talks continue with",
    "is studying the text from",
    "could withdraw from talks with",
];
const ACTORS: &[&str] = &["Israel", "Hamas", "Qatar", "Egypt", "Washington"];
const TOPICS: &[&str] = &[
    "Gaza ceasefire talks",
    "hostage truce negotiations",
    "Gaza truce proposal",
    "Hamas delegation visit",
    "Sudan peace talks",
    "trade talks",
    "Gaza aid convoy",
];

fn words(rng: &mut fastrand::Rng, n: usize) -> String {
    (0..n)
        .map(|_| format!("w{}", rng.u32(0..20000)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn item(rng: &mut fastrand::Rng, i: usize, ago_hours: i64) -> Item {
    let a = ACTORS[rng.usize(0..ACTORS.len())];
    let b = ACTORS[rng.usize(0..ACTORS.len())];
    let v = VERBS[rng.usize(0..VERBS.len())];
    let t = TOPICS[rng.usize(0..TOPICS.len())];
    let title = format!("{a} {v} {b} in {t} {}", words(rng, 3));
    let text = format!(
        "{a} {v} {b}, officials said on day {i}. {} {t}. {}.",
        words(rng, 12),
        words(rng, 10)
    );
    Item {
        identity: format!("guid:{i}"),
        guid: Some(format!("{i}")),
        link: Some(format!("https://bench.example/{i}")),
        canonical_link: Some(format!("https://bench.example/{i}")),
        title,
        text,
        published: Some(Utc::now() - Duration::hours(ago_hours)),
        content_hash: format!("{i}"),
    }
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = Config::parse(CONFIG, std::path::Path::new("bench.toml")).expect("config");
    let mut conn = open_db(&dir.path().join("bench.sqlite")).expect("db");
    queries::sync_feeds(&mut conn, &cfg.feeds).expect("feeds");
    let analyser = Analyser::new(&cfg);
    let mut rng = fastrand::Rng::with_seed(7);
    let now = Utc::now();
    // N items spread over 365 days (about one per 5 minutes at 100k), in batches
    let t0 = Instant::now();
    let batch = 500;
    let mut i = 0;
    while i < n {
        let items: Vec<Item> = (i..(i + batch).min(n))
            .map(|k| item(&mut rng, k, ((n - k) as i64 * 365 * 24) / n as i64 + 1))
            .collect();
        queries::record_success(&mut conn, 1, &items, None, None, 200, now, now).expect("store");
        analyser.run(&mut conn, now).expect("analyse");
        i += batch;
    }
    let build = t0.elapsed();
    println!(
        "stored and analysed {n} items in {:.1} s ({:.0} items/s)",
        build.as_secs_f64(),
        n as f64 / build.as_secs_f64()
    );
    // now one new item at a time
    let mut lat = Vec::new();
    for k in 0..300 {
        let it = item(&mut rng, n + k, 0);
        queries::record_success(&mut conn, 1, &[it], None, None, 200, now, now).expect("store");
        let t = Instant::now();
        analyser.run(&mut conn, now).expect("analyse");
        lat.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    lat.sort_by(|a, b| a.total_cmp(b));
    let q = |p: f64| lat[((lat.len() as f64 - 1.0) * p) as usize];
    println!(
        "analysis of one new item with {n} stored: median {:.3} ms, p90 {:.3} ms, p99 {:.3} ms",
        q(0.5),
        q(0.9),
        q(0.99)
    );
}

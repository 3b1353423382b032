//! Synthetic news for the benchmarks: headlines and leads mixing watchlist actors,
//! development verbs and random vocabulary, so topic decisions, detection and story
//! clustering all do real work.
#![allow(dead_code)]

use chrono::{Duration, Utc};
use newshound::analyse::Analyser;
use newshound::config::Config;
use newshound::normalise::Item;
use newshound::store::{feeds, items, open_db};
use rusqlite::Connection;

/// Config: one feed, one watchlist with five actors.
pub const CONFIG: &str = r#"
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

/// `n` random words from a 20,000-word vocabulary.
pub fn words(rng: &mut fastrand::Rng, n: usize) -> String {
    (0..n)
        .map(|_| format!("w{}", rng.u32(0..20000)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Synthetic item number `i`, published `ago_hours` ago.
pub fn item(rng: &mut fastrand::Rng, i: usize, ago_hours: i64) -> Item {
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

/// The benchmark config, parsed.
pub fn config() -> Config {
    Config::parse(CONFIG, std::path::Path::new("bench.toml")).expect("bench config")
}

/// A store under `dir` holding `n` analysed items spread over 365 days (about one per
/// five minutes at 100k), built as the daemon builds it: stored in batches of 500, each
/// batch analysed. Returns the connection and the build rate (items/s).
pub fn build_store(
    dir: &std::path::Path,
    n: usize,
    analyser: &Analyser,
    cfg: &Config,
    rng: &mut fastrand::Rng,
) -> (Connection, f64) {
    let mut conn = open_db(&dir.join("bench.sqlite")).expect("db");
    feeds::sync_feeds(&mut conn, &cfg.feeds).expect("feeds");
    let now = Utc::now();
    let t0 = std::time::Instant::now();
    let batch = 500;
    let mut i = 0;
    while i < n {
        let items: Vec<Item> = (i..(i + batch).min(n))
            .map(|k| item(rng, k, ((n - k) as i64 * 365 * 24) / n as i64 + 1))
            .collect();
        items::record_success(&mut conn, 1, &items, None, None, 200, now, now).expect("store");
        analyser.run(&mut conn, now).expect("analyse");
        i += batch;
    }
    (conn, n as f64 / t0.elapsed().as_secs_f64().max(1e-9))
}

/// Stores one new item (pending analysis).
pub fn store_one(conn: &mut Connection, it: Item) {
    let now = Utc::now();
    items::record_success(conn, 1, &[it], None, None, 200, now, now).expect("store");
}

/// Analyses what is pending and returns how long that took: the per-item analysis
/// latency (topic, detection, clustering, novelty, outbox rows, commit).
pub fn analyse_pending(conn: &mut Connection, analyser: &Analyser) -> std::time::Duration {
    let t = std::time::Instant::now();
    analyser.run(conn, Utc::now()).expect("analyse");
    t.elapsed()
}

/// An RSS 2.0 document of `items` synthetic items.
pub fn rss(rng: &mut fastrand::Rng, items: usize) -> Vec<u8> {
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>bench</title><link>http://b.example/</link><description>d</description>");
    for i in 0..items {
        let it = item(rng, i, (i % 48) as i64);
        x.push_str(&format!(
            "<item><guid>g{i}</guid><title>{}</title><link>https://b.example/a/{i}?utm_source=rss</link><pubDate>{}</pubDate><description>&lt;p&gt;{}&lt;/p&gt;</description></item>",
            it.title,
            it.published.unwrap_or_else(Utc::now).to_rfc2822(),
            it.text
        ));
    }
    x.push_str("</channel></rss>");
    x.into_bytes()
}

/// Serves `bodies[i]` at `/f{i}.xml` on the listener, HTTP/1.1 keep-alive, with an ETag
/// per body and 304 for a matching If-None-Match.
pub async fn serve(listener: tokio::net::TcpListener, bodies: std::sync::Arc<Vec<Vec<u8>>>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    loop {
        let Ok((mut sock, _)) = listener.accept().await else {
            continue;
        };
        let _ = sock.set_nodelay(true);
        let bodies = bodies.clone();
        tokio::spawn(async move {
            let mut buf = Vec::with_capacity(4096);
            let mut tmp = [0u8; 4096];
            loop {
                while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                    match sock.read(&mut tmp).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&tmp[..n]),
                    }
                }
                let end = buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or(0) + 4;
                let req = String::from_utf8_lossy(&buf[..end]).to_string();
                buf.drain(..end);
                let path = req.split_whitespace().nth(1).unwrap_or("/");
                let idx: usize = path
                    .trim_start_matches("/f")
                    .trim_end_matches(".xml")
                    .parse()
                    .unwrap_or(usize::MAX);
                let Some(body) = bodies.get(idx) else { return };
                let etag = format!("\"b{idx}-{}\"", body.len());
                let inm = req
                    .lines()
                    .find(|l| l.to_ascii_lowercase().starts_with("if-none-match:"))
                    .map(|l| l[14..].trim().to_string());
                let ok = if inm.as_deref() == Some(etag.as_str()) {
                    sock.write_all(format!("HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nContent-Length: 0\r\n\r\n").as_bytes()).await
                } else {
                    // head and body in one write: two small writes would meet Nagle's
                    // algorithm and the client's delayed ACK (40 ms per response)
                    let mut resp = format!("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: {etag}\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
                    resp.extend_from_slice(body);
                    sock.write_all(&resp).await
                };
                if ok.is_err() {
                    return;
                }
            }
        });
    }
}

/// A field of `/proc/<pid>/status` (`VmRSS:`, `VmHWM:`), e.g. "23456 kB".
pub fn proc_status(pid: &str, key: &str) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(key))
        .map(|l| l.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

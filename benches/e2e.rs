//! End-to-end benchmark: N feeds × M items served by an in-process HTTP server on
//! 127.0.0.1 (ETag / If-None-Match, keep-alive), newshound's real pipeline (`once`:
//! fetch → parse → normalise → store → analyse → outbox → file mail).
//!
//! `cargo bench --bench e2e -- [feeds] [items] [idle_feeds]` (default 1000 50 10000).
//! Reports first-ingest items/s (and its phases), the time of a cycle in which every feed
//! answers 304, and peak RSS. With `RSS2EMAIL=/path/to/r2e` it also runs rss2email on the
//! same served feeds (`r2e run --no-send`, twice) and prints the ratios.

mod common;
use common::serve;
use std::sync::Arc;
use std::time::Instant;

fn feed_body(f: usize, items: usize) -> Vec<u8> {
    let now = chrono::Utc::now();
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>bench</title><link>http://b.example/</link><description>d</description>");
    for i in 0..items {
        let (title, desc) = if (f + i) % 5 == 0 {
            ("Israel recalls its negotiating team from the Gaza ceasefire talks".to_string(), format!("Israel has withdrawn its delegation from the talks in Doha, feed {f} item {i} reports."))
        } else {
            (format!("Council {f} approves budget item {i}"), format!("Local news number {i} from town {f}, with the usual details about roads and schools."))
        };
        let date = (now - chrono::Duration::minutes((i * 7 + f) as i64)).to_rfc2822();
        x.push_str(&format!("<item><guid>f{f}-i{i}</guid><title>{title}</title><link>https://b.example/{f}/{i}</link><pubDate>{date}</pubDate><description>{desc}</description></item>"));
    }
    x.push_str("</channel></rss>");
    x.into_bytes()
}

/// Runs rss2email (`r2e`, from PyPI) on the same served feeds, fetching and recording
/// without sending: returns (first run, second run) in seconds.
async fn rss2email(r2e: &str, port: u16, feeds: usize) -> Option<(f64, f64)> {
    let dir = tempfile::tempdir().ok()?;
    let mut cfg = String::from("[DEFAULT]\nto = desk@example.org\nfrom = bench@example.org\nemail-protocol = sendmail\nsendmail = /bin/true\n");
    let mut data = Vec::new();
    for f in 0..feeds {
        cfg.push_str(&format!(
            "[feed.f{f}]\nurl = http://127.0.0.1:{port}/f{f}.xml\n"
        ));
        data.push(serde_json::json!({"name": format!("f{f}"), "etag": null, "modified": null, "seen": {}}));
    }
    std::fs::write(dir.path().join("cfg"), cfg).ok()?;
    std::fs::write(
        dir.path().join("data.json"),
        serde_json::json!({"version": 2, "feeds": data}).to_string(),
    )
    .ok()?;
    let mut times = Vec::new();
    for _ in 0..2 {
        let t = Instant::now();
        let out = tokio::process::Command::new(r2e)
            .arg("-c")
            .arg(dir.path().join("cfg"))
            .arg("-d")
            .arg(dir.path().join("data.json"))
            .args(["run", "--no-send"])
            .output()
            .await
            .ok()?;
        times.push(t.elapsed().as_secs_f64());
        if !out.status.success() {
            eprintln!("rss2email failed: {}", String::from_utf8_lossy(&out.stderr));
            return None;
        }
    }
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("data.json")).ok()?).ok()?;
    let seen: usize = data["feeds"]
        .as_array()
        .map(|fs| {
            fs.iter()
                .map(|f| f["seen"].as_object().map(|o| o.len()).unwrap_or(0))
                .sum()
        })
        .unwrap_or(0);
    println!("  rss2email recorded {seen} seen entries");
    Some((times[0], times[1]))
}

async fn scenario(feeds: usize, items: usize) -> (f64, usize, f64) {
    let bodies: Arc<Vec<Vec<u8>>> = Arc::new((0..feeds).map(|f| feed_body(f, items)).collect());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    tokio::spawn(serve(listener, bodies));
    let dir = tempfile::tempdir().expect("tempdir");
    let mut toml = format!(
        "[daemon]\nstate_dir = \"{}\"\nmax_concurrency = 64\nper_host_concurrency = 64\n[alerts]\nmax_age = \"30d\"\n[email]\ntransport = \"file\"\ndir = \"{}\"\n",
        dir.path().join("state").display(),
        dir.path().join("mail").display()
    );
    for f in 0..feeds {
        toml.push_str(&format!(
            "[[feed]]\nurl = \"http://127.0.0.1:{port}/f{f}.xml\"\n"
        ));
    }
    toml.push_str("[[watchlist]]\nname = \"bench\"\nrecipients = [\"desk@example.org\"]\nkeywords = [\"ceasefire\", \"talks\", \"delegation\"]\ncontext = [\"Gaza\", \"Hamas\"]\n[watchlist.actors]\n\"Israel\" = [\"Israeli\"]\n\"Hamas\" = []\n");
    let cfg = newshound::config::Config::parse(&toml, std::path::Path::new("bench.toml"))
        .expect("config");
    let worker = newshound::daemon::Worker::new(cfg).expect("worker");
    // the first cycle: `once`, as the binary runs it (analysis overlaps the fetching of
    // a large ingest); with NEWSHOUND_BENCH_PHASES=1 phase by phase instead, serially
    let t = Instant::now();
    let r = if std::env::var_os("NEWSHOUND_BENCH_PHASES").is_some() {
        let r = worker.poll_all().await.expect("poll");
        let polled = t.elapsed().as_secs_f64();
        let a = worker.analyse().await.expect("analyse");
        let analysed = t.elapsed().as_secs_f64() - polled;
        let s = worker.send(true).await.expect("send");
        println!(
            "  phases, serially: fetch+parse+store {polled:.2} s, analysis {analysed:.2} s ({} items, {} developments), delivery {:.2} s ({} emails)",
            a.items,
            a.developments,
            t.elapsed().as_secs_f64() - polled - analysed,
            s.sent
        );
        r
    } else {
        worker.once().await.expect("once")
    };
    let first = t.elapsed().as_secs_f64();
    let stored: usize = r.iter().filter_map(|p| p.counts).map(|c| c.new).sum();
    let t = Instant::now();
    let r = worker.once().await.expect("once");
    let idle = t.elapsed().as_secs_f64();
    let nm = r.iter().filter(|p| p.not_modified).count();
    assert_eq!(
        nm, feeds,
        "every feed should answer 304 on the second cycle"
    );
    if let Ok(r2e) = std::env::var("RSS2EMAIL") {
        match rss2email(&r2e, port, feeds).await {
            Some((f, i)) => println!(
                "  rss2email 3 on the same {feeds} feeds: first run {f:.2} s ({:.0} items/s), all 304 {i:.2} s; newshound is {:.1}x faster on the first run, {:.1}x on the 304 run",
                stored as f64 / f,
                f / first,
                i / idle
            ),
            None => println!("  rss2email could not run ({r2e})"),
        }
    }
    (first, stored, idle)
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    // `cargo test --all-targets` runs bench targets without `--bench`: a smoke run
    let smoke = !std::env::args().any(|a| a == "--bench");
    let feeds = args
        .first()
        .copied()
        .unwrap_or(if smoke { 20 } else { 1000 });
    let items = args.get(1).copied().unwrap_or(if smoke { 5 } else { 50 });
    let idle_feeds = args
        .get(2)
        .copied()
        .unwrap_or(if smoke { 0 } else { 10_000 });
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let (first, stored, idle) = scenario(feeds, items).await;
        println!("first ingest: {feeds} feeds x {items} items = {stored} items in {first:.2} s ({:.0} items/s end to end); next cycle, all 304: {idle:.3} s", stored as f64 / first);
        if idle_feeds > 0 {
            let (first, stored, idle) = scenario(idle_feeds, 1).await;
            println!("{idle_feeds} feeds: first cycle {first:.2} s ({stored} items); every feed 304: {idle:.3} s");
        }
    });
    println!(
        "peak RSS {}; RSS now {}",
        common::proc_status("self", "VmHWM:"),
        common::proc_status("self", "VmRSS:")
    );
}

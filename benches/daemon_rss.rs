//! Benchmark: resident memory of the real daemon (`newshound run`, the release binary)
//! once it is idle, watching FEEDS served feeds with STORED items already in its store.
//!
//! `cargo bench --bench daemon_rss -- [feeds] [stored]` (default 10 0; the issue's
//! targets: `-- 10 0` idle < 30 MB, `-- 10000 1000000` < 150 MB). The store is built
//! first through the library (stored and analysed as the daemon would), then the daemon
//! starts, polls every feed (the first cycle: 200 with one item each), and is measured
//! when its CPU time has not moved for 3 s.

mod common;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn cpu_ticks(pid: u32) -> u64 {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // fields after the command name (which may contain spaces)
    let rest = s.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    f.get(11).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0)
        + f.get(12).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0)
}

fn main() {
    let smoke = !std::env::args().any(|a| a == "--bench");
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let feeds = args.first().copied().unwrap_or(if smoke { 3 } else { 10 });
    let stored = args.get(1).copied().unwrap_or(0);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let now = chrono::Utc::now().to_rfc2822();
    let bodies: Arc<Vec<Vec<u8>>> = Arc::new(
        (0..feeds)
            .map(|f| {
                format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>f{f}</title><item><guid>f{f}</guid><title>Council {f} approves budget</title><pubDate>{now}</pubDate><description>Local news.</description></item></channel></rss>").into_bytes()
            })
            .collect(),
    );
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    rt.spawn(common::serve(listener, bodies));

    let dir = tempfile::tempdir().expect("tempdir");
    let state = dir.path().join("state");
    std::fs::create_dir_all(&state).expect("state dir");
    let mut toml = format!(
        "[daemon]\nstate_dir = \"{}\"\npoll_interval = \"1h\"\nmax_concurrency = 64\nper_host_concurrency = 64\n[email]\ntransport = \"file\"\ndir = \"{}\"\n",
        state.display(),
        dir.path().join("mail").display()
    );
    for f in 0..feeds {
        toml.push_str(&format!(
            "[[feed]]\nurl = \"http://127.0.0.1:{port}/f{f}.xml\"\n"
        ));
    }
    // the benchmark watchlist and its actors (the store below is built with them)
    let wl = common::CONFIG;
    toml.push_str(&wl[wl.find("[[watchlist]]").unwrap_or(0)..]);
    let cfg_path = dir.path().join("newshound.toml");
    std::fs::write(&cfg_path, &toml).expect("config");

    if stored > 0 {
        let cfg = common::config();
        let analyser = newshound::analyse::Analyser::new(&cfg);
        let mut rng = fastrand::Rng::with_seed(11);
        let t = Instant::now();
        let (conn, rate) = common::build_store(&state, stored, &analyser, &cfg, &mut rng);
        drop(conn);
        // the store was built under the bench feed's name; the daemon syncs its own feeds
        std::fs::rename(state.join("bench.sqlite"), state.join("newshound.sqlite"))
            .expect("rename");
        println!(
            "built a store of {stored} items in {:.0} s ({rate:.0} items/s)",
            t.elapsed().as_secs_f64()
        );
    }

    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_newshound"))
        .arg("--config")
        .arg(&cfg_path)
        .arg("run")
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("start the daemon");
    let pid = child.id();
    let started = Instant::now();
    let (mut last, mut still_since) = (u64::MAX, Instant::now());
    loop {
        std::thread::sleep(Duration::from_millis(250));
        let t = cpu_ticks(pid);
        if t != last {
            (last, still_since) = (t, Instant::now());
        } else if still_since.elapsed() > Duration::from_secs(if smoke { 1 } else { 3 })
            && started.elapsed() > Duration::from_secs(2)
        {
            break;
        }
        if started.elapsed() > Duration::from_secs(1800) {
            break;
        }
    }
    let rss = common::proc_status(&pid.to_string(), "VmRSS:");
    let hwm = common::proc_status(&pid.to_string(), "VmHWM:");
    let db = newshound::store::open_db(&state.join("newshound.sqlite")).expect("db");
    let (items, polled): (i64, i64) = db
        .query_row(
            "SELECT (SELECT COUNT(*) FROM items), (SELECT COUNT(*) FROM feeds WHERE last_success IS NOT NULL)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("count");
    let _ = child.kill();
    let _ = child.wait();
    println!(
        "idle daemon, {feeds} feeds ({polled} polled), {items} items stored: RSS {rss} (peak {hwm}), idle after {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

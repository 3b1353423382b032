//! Running as a service: sd_notify (READY, WATCHDOG, RELOADING, STOPPING), SIGHUP reload
//! that keeps the old config when the new one is invalid, and the unit file's checks.

mod common;
use common::*;
use std::os::unix::net::UnixDatagram;
use std::time::{Duration, Instant};

fn recv_until(sock: &UnixDatagram, want: &str, secs: u64) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    while Instant::now() < deadline {
        if let Ok(n) = sock.recv(&mut buf) {
            let m = String::from_utf8_lossy(&buf[..n]).to_string();
            let done = m.contains(want);
            got.push(m);
            if done {
                return got;
            }
        }
    }
    panic!("no {want:?} within {secs}s; got {got:?}");
}

#[test]
fn notify_watchdog_reload_and_stop() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[QUIET]), "application/rss+xml");
    srv.set("/b.xml", &rss(&[RECALL]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );
    let sock_path = dir.path().join("notify.sock");
    let sock = UnixDatagram::bind(&sock_path).unwrap();
    sock.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let mut child = std::process::Command::new(bin())
        .arg("--config")
        .arg(&cfg)
        .arg("run")
        .env("NOTIFY_SOCKET", &sock_path)
        .env("WATCHDOG_USEC", "1000000")
        .env("RUST_LOG", "info")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let got = recv_until(&sock, "READY=1", 15);
    assert!(got.iter().any(|m| m.contains("STATUS=")), "{got:?}");
    recv_until(&sock, "WATCHDOG=1", 5);

    // an invalid config on SIGHUP keeps the old one running
    let good = std::fs::read_to_string(&cfg).unwrap();
    std::fs::write(&cfg, "[daemon]\nbogus = 1\n").unwrap();
    signal(child.id(), "HUP");
    recv_until(&sock, "RELOADING=1", 5);
    recv_until(&sock, "WATCHDOG=1", 5);
    assert!(
        child.try_wait().unwrap().is_none(),
        "daemon died on a bad reload"
    );

    // a valid config with a new feed takes effect without a restart
    std::fs::write(
        &cfg,
        good.replace(
            &format!("url = \"{}\"", srv.url("/a.xml")),
            &format!(
                "url = \"{}\"\n\n[[feed]]\nurl = \"{}\"",
                srv.url("/a.xml"),
                srv.url("/b.xml")
            ),
        ),
    )
    .unwrap();
    signal(child.id(), "HUP");
    recv_until(&sock, "READY=1", 5);
    let deadline = Instant::now() + Duration::from_secs(20);
    while mails(dir.path()).is_empty() {
        assert!(Instant::now() < deadline, "the added feed was not polled");
        std::thread::sleep(Duration::from_millis(200));
    }

    signal(child.id(), "TERM");
    recv_until(&sock, "STOPPING=1", 10);
    let status = child.wait().unwrap();
    assert!(status.success());
    let mut err = String::new();
    use std::io::Read;
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(
        err.contains("reload failed, keeping the old configuration") && err.contains("bogus"),
        "{err}"
    );
}

#[test]
fn unit_file_verifies_and_is_hardened() {
    let unit = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("systemd/newshound.service");
    let text = std::fs::read_to_string(&unit).unwrap();
    for key in [
        "Type=notify",
        "WatchdogSec=",
        "ExecReload=",
        "Restart=on-failure",
        "DynamicUser=yes",
        "StateDirectory=newshound",
        "ProtectSystem=strict",
        "NoNewPrivileges=yes",
        "CapabilityBoundingSet=",
        "SystemCallFilter=@system-service",
        "MemoryDenyWriteExecute=yes",
    ] {
        assert!(text.contains(key), "unit lacks {key}");
    }
    if std::process::Command::new("systemd-analyze")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("systemd-analyze not installed: only the static checks ran");
        return;
    }
    // verify needs the ExecStart binary to exist: point it at the test build
    let dir = tempfile::tempdir().unwrap();
    let local = dir.path().join("newshound.service");
    std::fs::write(
        &local,
        text.replace("/usr/bin/newshound", bin().to_str().unwrap()),
    )
    .unwrap();
    let out = std::process::Command::new("systemd-analyze")
        .arg("verify")
        .arg(&local)
        .output()
        .unwrap();
    let msg =
        String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && !msg.contains("newshound.service:"),
        "systemd-analyze verify: {msg}"
    );
    let out = std::process::Command::new("systemd-analyze")
        .args(["security", "--offline=true"])
        .arg(&local)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let level: f64 = text
        .lines()
        .find(|l| l.contains("Overall exposure level"))
        .and_then(|l| l.split(':').nth(1))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no exposure level in: {text}"));
    assert!(level <= 2.0, "exposure {level}: {text}");
}

#[test]
fn metrics_endpoint_serves_prometheus_text() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/b.xml", &rss(&[RECALL]), "application/rss+xml");
    let port = free_port();
    let cfg = config(
        dir.path(),
        &[srv.url("/b.xml")],
        &file_email(dir.path()),
        &format!("metrics_listen = \"127.0.0.1:{port}\""),
    );
    let mut child = spawn(&cfg, &["run"]);
    let get = |path: &str| -> Option<String> {
        use std::io::{Read, Write};
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
        s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes())
            .ok()?;
        let mut out = String::new();
        s.read_to_string(&mut out).ok()?;
        Some(out)
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    let body = loop {
        if let Some(b) = get("/metrics") {
            if b.contains("newshound_alert_deliveries_total{result=\"sent\"} 1") {
                break b;
            }
        }
        assert!(
            Instant::now() < deadline,
            "metrics never showed the delivered alert: {:?}",
            get("/metrics")
        );
        std::thread::sleep(Duration::from_millis(300));
    };
    for want in [
        "newshound_fetches_total{outcome=\"ok\"} 1",
        "newshound_items_total{change=\"new\"} 1",
        "newshound_developments{kind=\"delegation_withdrawal\"} 1",
        "newshound_alerts{state=\"sent\"} 1",
        "newshound_fetch_duration_seconds_count 1",
        "newshound_analysis_queue 0",
        "# TYPE newshound_fetch_duration_seconds histogram",
    ] {
        assert!(body.contains(want), "missing {want} in\n{body}");
    }
    assert!(get("/nope").unwrap().starts_with("HTTP/1.1 404"));
    signal(child.id(), "TERM");
    assert!(child.wait().unwrap().success());
}

#[test]
fn opml_feeds_are_polled_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[QUIET]), "application/rss+xml");
    srv.set("/b.xml", &rss(&[RECALL]), "application/rss+xml");
    std::fs::write(
        dir.path().join("subs.opml"),
        format!("<opml version=\"2.0\"><body><outline text=\"Wire &amp; Co\" xmlUrl=\"{}\"/><outline text=\"dup\" xmlUrl=\"{}\"/></body></opml>", srv.url("/b.xml"), srv.url("/a.xml")),
    )
    .unwrap();
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );
    let text = std::fs::read_to_string(&cfg).unwrap();
    std::fs::write(&cfg, format!("feeds_opml = \"subs.opml\"\n{text}")).unwrap();
    let out = newshound(&cfg, &["check-config"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("2 feed(s)"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(newshound(&cfg, &["once"]).status.success());
    assert_eq!(mails(dir.path()).len(), 1, "the OPML feed was not polled");
    let out = newshound(&cfg, &["export-opml"]);
    let doc = String::from_utf8_lossy(&out.stdout);
    assert!(
        doc.contains(&srv.url("/a.xml"))
            && doc.contains(&srv.url("/b.xml"))
            && doc.contains("Wire &amp; Co"),
        "{doc}"
    );

    std::fs::write(&cfg, format!("feeds_opml = \"missing.opml\"\n{text}")).unwrap();
    let out = newshound(&cfg, &["check-config"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("feeds_opml") && err.contains(":1:"), "{err}");
}

#[test]
fn failing_feed_gets_one_operations_email_and_one_on_recovery() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    let cfg = config(
        dir.path(),
        &[srv.url("/flaky.xml")],
        &file_email(dir.path()),
        "",
    );
    let text = std::fs::read_to_string(&cfg).unwrap().replace(
        "[alerts]\n",
        "[alerts]\nadmin = \"ops@example.org\"\nfeed_failure_after = \"5s\"\n",
    );
    std::fs::write(&cfg, text).unwrap();
    // (5 s, not 1 s: a debug `once` on a loaded CI machine can take over a second between
    // recording the failure and the health check, which made this test flaky)
    assert!(newshound(&cfg, &["once"]).status.success());
    assert!(mails(dir.path()).is_empty(), "too early for a notice");
    std::thread::sleep(Duration::from_millis(5200));
    assert!(newshound(&cfg, &["once"]).status.success());
    assert!(newshound(&cfg, &["once"]).status.success());
    let m = mails(dir.path());
    assert_eq!(m.len(), 1, "one notice, not a stream");
    assert!(
        header(&m[0], "Subject").unwrap().contains("feed failing") && m[0].contains("404"),
        "{}",
        m[0]
    );
    assert!(header(&m[0], "To").unwrap().contains("ops@example.org"));
    srv.set("/flaky.xml", &rss(&[QUIET]), "application/rss+xml");
    assert!(newshound(&cfg, &["once"]).status.success());
    assert!(newshound(&cfg, &["once"]).status.success());
    let m = mails(dir.path());
    assert_eq!(m.len(), 2);
    assert!(m
        .iter()
        .any(|x| header(x, "Subject").unwrap().contains("feed recovered")));
}

#[test]
fn retention_prunes_old_text_but_keeps_items_and_developments() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set(
        "/a.xml",
        &rss(&[
            ("old", "Israel recalls its negotiating team from Doha talks", "Israel has withdrawn its delegation from the Gaza ceasefire talks, officials said.", 72),
            ("new", "Hamas issues new demands in Gaza truce talks", "Hamas demanded the release of more prisoners, officials said.", 1),
        ]),
        "application/rss+xml",
    );
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "keep_items = \"24h\"",
    );
    assert!(newshound(&cfg, &["once"]).status.success());
    let db = rusqlite::Connection::open(dir.path().join("state/newshound.sqlite")).unwrap();
    let texts: Vec<(String, String)> = db
        .prepare("SELECT guid, text FROM items ORDER BY guid")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(texts[0].0, "new");
    assert!(!texts[0].1.is_empty());
    assert_eq!(
        texts[1],
        ("old".to_string(), String::new()),
        "old text not pruned"
    );
    assert_eq!(
        jsonl(&newshound(&cfg, &["developments", "--json"])).len(),
        2,
        "developments must survive retention"
    );
    let auto_vacuum: i64 = db
        .query_row("PRAGMA auto_vacuum", [], |r| r.get(0))
        .unwrap();
    assert_eq!(auto_vacuum, 2, "incremental vacuum enabled");
    // the pruned item seen again is not new and raises nothing
    assert!(newshound(&cfg, &["once"]).status.success());
    assert_eq!(
        jsonl(&newshound(&cfg, &["developments", "--json"])).len(),
        2
    );
    assert_eq!(mails(dir.path()).len(), 2);
}

#[test]
fn ttl_is_a_lower_bound_for_the_next_poll() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    let doc = rss(&[QUIET]).replace("<channel>", "<channel><ttl>120</ttl>");
    srv.set("/ttl.xml", &doc, "application/rss+xml");
    srv.set(
        "/plain.xml",
        &rss(&[("x2", "Other news", "Nothing.", 1)]),
        "application/rss+xml",
    );
    let cfg = config(
        dir.path(),
        &[srv.url("/ttl.xml"), srv.url("/plain.xml")],
        &file_email(dir.path()),
        "",
    );
    let text = std::fs::read_to_string(&cfg)
        .unwrap()
        .replace("poll_interval = \"1h\"", "poll_interval = \"10s\"");
    std::fs::write(&cfg, text).unwrap();
    assert!(newshound(&cfg, &["once"]).status.success());
    let feeds = jsonl(&newshound(&cfg, &["feeds", "--json"]));
    let next = |suffix: &str| -> i64 {
        let f = feeds
            .iter()
            .find(|f| f["url"].as_str().unwrap().ends_with(suffix))
            .unwrap();
        let t = chrono::DateTime::parse_from_rfc3339(f["next_poll"].as_str().unwrap()).unwrap();
        (t.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_seconds()
    };
    assert!(
        next("/ttl.xml") > 100 * 60,
        "ttl ignored: {}",
        next("/ttl.xml")
    );
    assert!(
        next("/plain.xml") < 60,
        "interval not used: {}",
        next("/plain.xml")
    );
}

#[test]
fn sigterm_during_a_poll_exits_within_ten_seconds_and_keeps_what_was_stored() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/b.xml", &rss(&[RECALL]), "application/rss+xml");
    // a server that accepts and never answers: its poll is in flight at SIGTERM
    let hang = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let hang_port = hang.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in hang.incoming().flatten() {
            held.push(s);
        }
    });
    let cfg = config(
        dir.path(),
        &[
            srv.url("/b.xml"),
            format!("http://127.0.0.1:{hang_port}/slow.xml"),
        ],
        &file_email(dir.path()),
        "timeout = \"120s\"",
    );
    let mut child = spawn(&cfg, &["run"]);
    let deadline = Instant::now() + Duration::from_secs(20);
    while mails(dir.path()).is_empty() {
        assert!(Instant::now() < deadline, "the good feed was not processed");
        std::thread::sleep(Duration::from_millis(200));
    }
    let t0 = Instant::now();
    signal(child.id(), "TERM");
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert!(
        t0.elapsed() < Duration::from_secs(13),
        "took {:?}",
        t0.elapsed()
    );
    let db = rusqlite::Connection::open(dir.path().join("state/newshound.sqlite")).unwrap();
    let ok: String = db
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    assert_eq!(
        jsonl(&newshound(&cfg, &["developments", "--json"])).len(),
        1
    );
    assert_eq!(
        jsonl(&newshound(&cfg, &["alerts", "--json"]))[0]["state"],
        "sent"
    );
}

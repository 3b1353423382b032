//! kill -9 of `run` at random moments during ingest and delivery, 20 rounds, against
//! served feeds and a real SMTP server: the database stays intact, every served item is
//! stored, every development is alerted, and an email is delivered twice only when the
//! crash fell between the server's acceptance and our commit — then with the same
//! Message-ID, on a row whose attempt counter shows the re-send.

mod common;
use common::*;
use std::collections::HashMap;
use std::time::Duration;

/// Acts no fold joins to another act of the same actor (a recall and a suspension in one
/// story are one development, and which survives depends on the order of arrival), so the
/// crash loop and a calm run must find the same developments.
const KINDS: &[&str] = &[
    "{A} recalls its negotiating team from the Gaza ceasefire talks",
    "{A} sends a delegation to Cairo for the Gaza truce talks",
    "{A} issues new demands in the Gaza ceasefire talks",
    "{A} rejects the Egyptian ceasefire proposal for Gaza",
];
const ACTORS: &[&str] = &["Israel", "Hamas", "Qatar", "Washington"];

#[test]
fn kill_9_in_a_loop_loses_nothing_and_duplicates_only_in_the_commit_window() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    let port = free_port();
    let smtp = SmtpServer::start(port, &dir.path().join("maildir"));
    // 16 development items and 240 filler items over 3 feeds, revealed a slice per round;
    // each actor's acts eight hours after the previous actor's (within six hours in one
    // story, another side's rejection is the first one's development, its actors grown)
    let mut all: Vec<(String, String, String, i64)> = Vec::new();
    for (k, kind) in KINDS.iter().enumerate() {
        for (a, actor) in ACTORS.iter().enumerate() {
            let title = kind.replace("{A}", actor);
            all.push((
                format!("dev-{k}-{a}"),
                title.clone(),
                format!("{title}, officials said on Monday."),
                1 + 8 * a as i64,
            ));
        }
    }
    for i in 0..240 {
        all.push((
            format!("fill-{i}"),
            format!("Local council approves budget number {i}"),
            "The council met again.".into(),
            1,
        ));
    }
    fastrand::seed(42);
    fastrand::shuffle(&mut all);
    let serve = |n: usize| {
        for f in 0..3 {
            let items: Vec<(&str, &str, &str, i64)> = all
                .iter()
                .take(n)
                .enumerate()
                .filter(|(i, _)| i % 3 == f)
                .map(|(_, (g, t, d, ago))| (g.as_str(), t.as_str(), d.as_str(), *ago))
                .collect();
            srv.set(&format!("/f{f}.xml"), &rss(&items), "application/rss+xml");
        }
    };
    serve(0);
    let email = format!("[email]\nfrom = \"newshound <n@localhost>\"\ntransport = \"smtp\"\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"none\"\ntimeout = \"5s\"\n");
    let cfg = config(
        dir.path(),
        &[srv.url("/f0.xml"), srv.url("/f1.xml"), srv.url("/f2.xml")],
        &email,
        "",
    );
    let text = std::fs::read_to_string(&cfg)
        .unwrap()
        .replace("poll_interval = \"1h\"", "poll_interval = \"1s\"");
    std::fs::write(&cfg, text).unwrap();
    let db_path = dir.path().join("state/newshound.sqlite");
    for round in 0..20 {
        serve(((round + 1) * all.len() / 14).min(all.len()));
        let mut child = spawn(&cfg, &["run"]);
        std::thread::sleep(Duration::from_millis(300 + fastrand::u64(0..1200)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        if db_path.exists() {
            let db = rusqlite::Connection::open(&db_path).unwrap();
            let ok: String = db
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap();
            assert_eq!(ok, "ok", "round {round}");
        }
    }
    serve(all.len());
    for _ in 0..2 {
        assert!(newshound(&cfg, &["once"]).status.success());
    }
    let db = rusqlite::Connection::open(&db_path).unwrap();
    let items: i64 = db
        .query_row("SELECT COUNT(*) FROM items", [], |r| r.get(0))
        .unwrap();
    assert_eq!(items as usize, all.len(), "every served item stored");
    let devs = jsonl(&newshound(&cfg, &["developments", "--json"]));
    // the same feeds read once without interruption are the reference: the crash loop
    // must find as many developments, by the same actors, as an uninterrupted run.
    let calm = tempfile::tempdir().unwrap();
    let calm_cfg = config(
        calm.path(),
        &[srv.url("/f0.xml"), srv.url("/f1.xml"), srv.url("/f2.xml")],
        &file_email(calm.path()),
        "",
    );
    assert!(newshound(&calm_cfg, &["once"]).status.success());
    let reference = jsonl(&newshound(&calm_cfg, &["developments", "--json"]));
    let signature = |ds: &[serde_json::Value]| {
        let mut v: Vec<String> = ds.iter().map(|d| d["actors"].to_string()).collect();
        v.sort();
        v
    };
    assert_eq!(
        reference.len(),
        KINDS.len() * ACTORS.len(),
        "the reference run should find every act: {:?}",
        signature(&reference)
    );
    assert_eq!(signature(&devs), signature(&reference));
    assert!(devs.iter().all(|d| d["alerted"] == true));
    let alerts = jsonl(&newshound(&cfg, &["alerts", "--json"]));
    assert!(alerts.iter().all(|a| a["state"] == "sent"), "{alerts:?}");
    // every development in at least one email; duplicates only as same-Message-ID re-sends
    let mut by_dev: HashMap<String, Vec<String>> = HashMap::new();
    for m in smtp.messages() {
        let dev = header(&m, "X-Newshound-Development").unwrap().to_string();
        by_dev
            .entry(dev)
            .or_default()
            .push(header(&m, "Message-ID").unwrap().to_string());
    }
    assert_eq!(by_dev.len(), devs.len(), "a development was never emailed");
    let mut duplicates = 0;
    for (dev, ids) in &by_dev {
        if ids.len() > 1 {
            duplicates += ids.len() - 1;
            assert!(
                ids.iter().all(|i| i == &ids[0]),
                "development {dev} re-sent with a different Message-ID: {ids:?}"
            );
            let row = alerts
                .iter()
                .find(|a| a["development"].as_i64() == dev.parse::<i64>().ok())
                .unwrap();
            assert!(
                row["attempts"].as_i64().unwrap() >= 2,
                "a duplicate without a recorded re-send: {row}"
            );
        }
    }
    println!("kill -9 rounds: 20; developments: {}; emails: {}; duplicates (crash between acceptance and commit): {duplicates}", devs.len(), smtp.messages().len());
}

#[test]
fn a_full_disk_is_a_clear_error_and_recovers_without_corruption() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    let many: Vec<(String, String, String)> = (0..400)
        .map(|i| {
            (
                format!("g{i}"),
                format!("Israel and Hamas talks item {i} about the Gaza ceasefire"),
                "x".repeat(2000),
            )
        })
        .collect();
    let items: Vec<(&str, &str, &str, i64)> = many
        .iter()
        .map(|(g, t, d)| (g.as_str(), t.as_str(), d.as_str(), 1))
        .collect();
    srv.set("/a.xml", &rss(&items[..20]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );
    assert!(newshound(&cfg, &["once"]).status.success());
    // now the feed grows past what the file-size limit allows (ulimit -f, 512-byte blocks)
    srv.set("/a.xml", &rss(&items), "application/rss+xml");
    let size = std::fs::metadata(dir.path().join("state/newshound.sqlite"))
        .unwrap()
        .len();
    let blocks = size / 512 + 40;
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -f {blocks}; exec \"$0\" --config \"$1\" once",
        ))
        .arg(bin())
        .arg(&cfg)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    println!("with the disk full: exit {:?}\n{err}", out.status.code());
    assert!(
        out.status.code().is_some(),
        "killed by a signal: {:?}\n{err}",
        out.status
    );
    assert!(
        err.contains("full or failing: free space"),
        "no clear error: {err}"
    );
    let db = rusqlite::Connection::open(dir.path().join("state/newshound.sqlite")).unwrap();
    let ok: String = db
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    // space returns: everything is stored
    assert!(newshound(&cfg, &["once"]).status.success());
    let n: i64 = db
        .query_row("SELECT COUNT(*) FROM items", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 400);
    let ok: String = db
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

/// A feed with one item, polled once into a store under `dir`.
fn one_item_stored(dir: &std::path::Path) -> (FeedServer, std::path::PathBuf) {
    let srv = FeedServer::start();
    srv.set(
        "/a.xml",
        &rss(&[(
            "g1",
            "Israel recalls its team from Gaza ceasefire talks",
            "Israel withdrew its delegation.",
            1,
        )]),
        "application/rss+xml",
    );
    let cfg = config(dir, &[srv.url("/a.xml")], &file_email(dir), "");
    assert!(newshound(&cfg, &["once"]).status.success());
    (srv, cfg)
}

/// The feed's next item, for the run under test to store.
fn second_item(srv: &FeedServer) {
    srv.set(
        "/a.xml",
        &rss(&[(
            "g2",
            "Hamas issues new demands in Gaza truce talks",
            "Hamas demanded more.",
            1,
        )]),
        "application/rss+xml",
    );
}

#[test]
fn a_locked_database_is_a_clear_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let (srv, cfg) = one_item_stored(dir.path());
    let db = rusqlite::Connection::open(dir.path().join("state/newshound.sqlite")).unwrap();
    db.execute_batch("BEGIN IMMEDIATE; UPDATE feeds SET name = name;")
        .unwrap();
    second_item(&srv);
    let out = newshound(&cfg, &["once"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.code().is_some(), "killed: {err}");
    assert!(err.contains("is a second newshound running"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    db.execute_batch("ROLLBACK;").unwrap();
    assert!(newshound(&cfg, &["once"]).status.success());
    let n: i64 = db
        .query_row("SELECT COUNT(*) FROM items", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 2);
}

#[test]
fn a_read_only_database_is_a_clear_error_not_a_panic() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &std::path::Path, m: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap()
    };
    mode(dir.path(), 0o755);
    let (srv, cfg) = one_item_stored(dir.path());
    mode(&cfg, 0o644);
    second_item(&srv);
    // read-only for whoever runs it next: root ignores file modes, so as root the
    // binary runs as nobody (a copy of it, where nobody can reach it)
    let state = dir.path().join("state");
    let db_path = state.join("newshound.sqlite");
    mode(&state, 0o555);
    mode(&db_path, 0o444);
    let exe = dir.path().join("newshound");
    std::fs::copy(bin(), &exe).unwrap();
    mode(&exe, 0o755);
    let mut cmd = std::process::Command::new(&exe);
    cmd.arg("--config")
        .arg(&cfg)
        .arg("once")
        .env("RUST_LOG", "warn");
    if unsafe { libc::geteuid() } == 0 {
        cmd.uid(65534).gid(65534);
    }
    let out = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.code().is_some(), "killed: {err}");
    eprintln!("read-only run said: {err}");
    assert!(
        !out.status.success(),
        "a read-only store cannot succeed: {err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains("not writable") && err.contains("state_dir"),
        "the error says what to do: {err}"
    );
    // write access back: the next run stores the new item, nothing was lost
    mode(&state, 0o700);
    mode(&db_path, 0o600);
    assert!(newshound(&cfg, &["once"]).status.success());
    let db = rusqlite::Connection::open(&db_path).unwrap();
    let n: i64 = db
        .query_row("SELECT COUNT(*) FROM items", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 2);
    let ok: String = db
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

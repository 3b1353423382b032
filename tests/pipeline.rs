//! End-to-end behaviour through the real binary: real HTTP on 127.0.0.1, real SQLite,
//! file and SMTP transports.

mod common;
use common::*;

const WITHDRAWAL: (&str, &str, &str, i64) = (
    "g1",
    "Israel recalls its negotiating team from Doha talks",
    "Israel has withdrawn its delegation from the Gaza ceasefire talks in Qatar, the prime minister's office said.",
    2,
);
const DEMANDS: (&str, &str, &str, i64) = (
    "g2",
    "Hamas issues new demands in Gaza truce talks",
    "Hamas demanded the release of more prisoners and a full withdrawal, officials said.",
    1,
);
const DISTRACTOR: (&str, &str, &str, i64) = (
    "g3",
    "Dutch coalition talks drag on",
    "Parties met again in The Hague.",
    1,
);

#[test]
fn polled_twice_stores_once_alerts_once_and_uses_conditional_get() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set(
        "/a.xml",
        &rss(&[WITHDRAWAL, DEMANDS, DISTRACTOR]),
        "application/rss+xml",
    );
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );

    let out = newshound(&cfg, &["once"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let devs = jsonl(&newshound(&cfg, &["developments", "--json"]));
    let kinds: Vec<(String, String)> = devs
        .iter()
        .map(|d| {
            (
                d["kind"].as_str().unwrap().to_string(),
                d["actors"][0].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        kinds.contains(&("delegation_withdrawal".into(), "Israel".into())),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("new_demands".into(), "Hamas".into())),
        "{kinds:?}"
    );
    assert_eq!(devs.len(), 2, "{devs:?}");
    for d in &devs {
        for key in [
            "id",
            "watchlist",
            "story",
            "kind",
            "actors",
            "items",
            "evidence",
            "first_seen",
            "alerted",
        ] {
            assert!(d.get(key).is_some(), "missing {key} in {d}");
        }
        assert_eq!(d["alerted"], true);
    }
    let stories = jsonl(&newshound(&cfg, &["stories", "--json"]));
    let links: Vec<&str> = stories
        .iter()
        .flat_map(|s| {
            s["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l.as_str().unwrap())
        })
        .collect();
    assert!(links.contains(&"https://news.example/g1"));
    assert!(
        !links.contains(&"https://news.example/g3"),
        "distractor taken: {links:?}"
    );
    let m1 = mails(dir.path());
    assert_eq!(m1.len(), 2);
    assert!(m1.iter().all(|m| m.contains("X-Newshound-Development: ")));

    // second cycle: 304, nothing new, no mail
    let before_ok = srv.ok.load(std::sync::atomic::Ordering::SeqCst);
    let out = newshound(&cfg, &["once"]);
    assert!(out.status.success());
    assert_eq!(
        srv.ok.load(std::sync::atomic::Ordering::SeqCst),
        before_ok,
        "unchanged feed fetched in full"
    );
    assert!(srv.not_modified.load(std::sync::atomic::Ordering::SeqCst) >= 1);
    assert_eq!(mails(dir.path()).len(), 2);
    assert_eq!(
        jsonl(&newshound(&cfg, &["developments", "--json"])).len(),
        2
    );

    // the feed changes (new ETag) but holds the same items: still nothing new
    srv.set(
        "/a.xml",
        &rss(&[DISTRACTOR, WITHDRAWAL, DEMANDS]),
        "application/rss+xml",
    );
    assert!(newshound(&cfg, &["once"]).status.success());
    assert_eq!(mails(dir.path()).len(), 2);
    let alerts = jsonl(&newshound(&cfg, &["alerts", "--json"]));
    assert_eq!(alerts.len(), 2);
    assert!(
        alerts
            .iter()
            .all(|a| a["state"] == "sent" && a["attempts"] == 1),
        "{alerts:?}"
    );
}

#[test]
fn edited_item_updates_in_place_and_repost_does_not_realert() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[WITHDRAWAL]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );
    assert!(newshound(&cfg, &["once"]).status.success());
    let edited = (
        "g1",
        "UPDATE 1-Israel recalls negotiators from Doha, blames Hamas",
        WITHDRAWAL.2,
        2,
    );
    srv.set("/a.xml", &rss(&[edited]), "application/rss+xml");
    assert!(newshound(&cfg, &["once"]).status.success());
    let stories = jsonl(&newshound(&cfg, &["stories", "--json"]));
    assert_eq!(stories.len(), 1);
    assert_eq!(
        stories[0]["items"].as_array().unwrap().len(),
        1,
        "edited item duplicated: {stories:?}"
    );
    let ex = newshound(&cfg, &["explain", "https://news.example/g1"]);
    assert!(ex.status.success());
    let text = String::from_utf8_lossy(&ex.stdout);
    assert!(
        text.contains("UPDATE 1-Israel recalls negotiators"),
        "{text}"
    );
    assert!(text.contains("delegation_withdrawal"), "{text}");
    assert_eq!(mails(dir.path()).len(), 1, "edit re-alerted");
    assert_eq!(
        newshound(&cfg, &["explain", "https://news.example/nope"])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn broken_feed_is_reported_and_others_still_stored() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/good.xml", &rss(&[WITHDRAWAL]), "application/rss+xml");
    srv.set(
        "/html.xml",
        "<!DOCTYPE html><html><body>nope</body></html>",
        "text/html",
    );
    let cfg = config(
        dir.path(),
        &[
            srv.url("/good.xml"),
            srv.url("/html.xml"),
            srv.url("/missing.xml"),
        ],
        &file_email(dir.path()),
        "",
    );
    let out = newshound(&cfg, &["once"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/html.xml") && err.contains("HTML page"),
        "{err}"
    );
    assert!(err.contains("/missing.xml") && err.contains("404"), "{err}");
    assert_eq!(
        jsonl(&newshound(&cfg, &["developments", "--json"])).len(),
        1
    );
    let feeds = jsonl(&newshound(&cfg, &["feeds", "--json"]));
    let bad = feeds
        .iter()
        .find(|f| f["url"].as_str().unwrap().ends_with("/missing.xml"))
        .unwrap();
    assert_eq!(bad["consecutive_errors"], 1);
    assert!(bad["last_error"].as_str().unwrap().contains("404"));
}

#[test]
fn check_config_accepts_shipped_and_names_misspelt_key() {
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/newshound.toml");
    let out = newshound(&shipped, &["check-config"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("13 feed(s)"));

    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.toml");
    std::fs::write(&p, "[daemon]\nstate_dir = \"x\"\npoll_intervall = \"5m\"\n").unwrap();
    let out = newshound(&p, &["check-config"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("poll_intervall") && err.contains("bad.toml:3:"),
        "{err}"
    );
}

#[test]
fn smtp_outage_then_recovery_delivers_each_alert_once() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set(
        "/a.xml",
        &rss(&[WITHDRAWAL, DEMANDS]),
        "application/rss+xml",
    );
    let port = free_port();
    let email = format!("[email]\nfrom = \"newshound <n@localhost>\"\ntransport = \"smtp\"\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"none\"\ntimeout = \"5s\"\n");
    let cfg = config(dir.path(), &[srv.url("/a.xml")], &email, "");

    // server down: alerts stay pending with an error
    assert!(newshound(&cfg, &["once"]).status.success());
    let alerts = jsonl(&newshound(&cfg, &["alerts", "--json"]));
    assert_eq!(alerts.len(), 2);
    assert!(
        alerts
            .iter()
            .all(|a| a["state"] == "pending" && a["last_error"].is_string()),
        "{alerts:?}"
    );

    // server up: each delivered once, and again nothing on the next cycle
    let smtp = SmtpServer::start(port, &dir.path().join("maildir"));
    assert!(newshound(&cfg, &["once"]).status.success());
    assert!(newshound(&cfg, &["once"]).status.success());
    let msgs = smtp.messages();
    assert_eq!(msgs.len(), 2, "{msgs:?}");
    let mut ids: Vec<String> = msgs
        .iter()
        .map(|m| {
            m.lines()
                .find(|l| l.starts_with("X-Newshound-Development:"))
                .unwrap()
                .to_string()
        })
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 2);
    assert!(msgs.iter().all(|m| m.contains("Subject: [gaza] ")));
    let alerts = jsonl(&newshound(&cfg, &["alerts", "--json"]));
    assert!(alerts.iter().all(|a| a["state"] == "sent"), "{alerts:?}");

    // test-email reports the server's answer
    let out = newshound(&cfg, &["test-email", "--to", "me@example.org"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("250"));
    assert_eq!(smtp.messages().len(), 3);
}

#[test]
fn run_picks_up_changes_uses_304_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[DISTRACTOR]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );
    let text = std::fs::read_to_string(&cfg)
        .unwrap()
        .replace("poll_interval = \"1h\"", "poll_interval = \"2s\"");
    std::fs::write(&cfg, text).unwrap();
    let mut child = spawn(&cfg, &["run"]);
    let wait_for = |pred: &dyn Fn() -> bool, secs: u64| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
        while std::time::Instant::now() < deadline {
            if pred() {
                return true;
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
        false
    };
    assert!(
        wait_for(
            &|| srv.not_modified.load(std::sync::atomic::Ordering::SeqCst) >= 1,
            15
        ),
        "no conditional re-poll"
    );
    srv.set(
        "/a.xml",
        &rss(&[DISTRACTOR, WITHDRAWAL]),
        "application/rss+xml",
    );
    assert!(
        wait_for(&|| mails(dir.path()).len() == 1, 20),
        "change not picked up"
    );
    let t0 = std::time::Instant::now();
    signal(child.id(), "TERM");
    let status = child.wait().unwrap();
    assert!(status.success(), "exit {status:?}");
    assert!(t0.elapsed() < std::time::Duration::from_secs(15));
    let devs = jsonl(&newshound(&cfg, &["developments", "--json"]));
    assert_eq!(devs.len(), 1);
}

#[test]
fn state_files_are_private_and_secrets_never_printed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[WITHDRAWAL]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );
    assert!(newshound(&cfg, &["once"]).status.success());
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir.path().join("state")), 0o700);
    assert_eq!(mode(&dir.path().join("state/newshound.sqlite")), 0o600);
    assert_eq!(mode(&dir.path().join("mail")), 0o700);
    let eml = std::fs::read_dir(dir.path().join("mail"))
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path();
    assert_eq!(mode(&eml), 0o600);

    // a password file's content appears in no output, even when delivery fails
    let pw = dir.path().join("pw");
    std::fs::write(&pw, "hunter2-secret\n").unwrap();
    let email = format!(
        "[email]\nfrom = \"newshound <n@localhost>\"\ntransport = \"smtp\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nusername = \"u\"\npassword_file = \"{}\"\ntimeout = \"2s\"\n",
        free_port(),
        pw.display()
    );
    let dir2 = tempfile::tempdir().unwrap();
    let cfg2 = config(dir2.path(), &[srv.url("/a.xml")], &email, "");
    for args in [
        &["check-config"][..],
        &["once"],
        &["alerts"],
        &["test-email", "--to", "x@example.org"],
    ] {
        let out = newshound(&cfg2, args);
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            !all.contains("hunter2"),
            "{args:?} printed the password: {all}"
        );
    }
}

//! What the binary says and how it ends: failed feeds reported once, short and by name;
//! colour only on a terminal and never with NO_COLOR; one exit code per cause; each
//! operations notice its own message (issue 13, defects 1, 5, 6 and 8).

mod common;

use common::*;
use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// A URL on loopback where nothing listens (connection refused).
fn closed_url(path: &str) -> String {
    format!("http://127.0.0.1:{}{path}", free_port())
}

fn named_feeds(cfg: &Path, feeds: &[(&str, String)]) {
    let mut text = std::fs::read_to_string(cfg).unwrap();
    for (name, url) in feeds {
        text = text.replace(
            &format!("url = \"{url}\"\n"),
            &format!("url = \"{url}\"\nname = \"{name}\"\n"),
        );
    }
    std::fs::write(cfg, text).unwrap();
}

#[test]
fn a_failed_feed_is_reported_once_by_name_and_briefly() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/ok.xml", &rss(&[QUIET]), "application/rss+xml");
    let dead = closed_url("/dead.xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/ok.xml"), dead.clone()],
        &file_email(dir.path()),
        "",
    );
    named_feeds(&cfg, &[("Dead Wire", dead.clone())]);
    for level in ["warn", "info"] {
        let out = Command::new(bin())
            .arg("--config")
            .arg(&cfg)
            .arg("once")
            .env("RUST_LOG", level)
            .output()
            .unwrap();
        assert!(out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = err.lines().filter(|l| l.contains("dead.xml")).collect();
        assert_eq!(lines.len(), 1, "reported {} times:\n{err}", lines.len());
        let line = lines[0];
        assert!(line.contains("Dead Wire"), "no feed name: {line}");
        assert_eq!(line.matches("dead.xml").count(), 1, "URL repeated: {line}");
        assert!(
            !line.contains("error sending request") && !line.contains("client error"),
            "long reqwest chain: {line}"
        );
        assert!(
            line.contains("cannot connect") && line.contains("refused"),
            "{line}"
        );
        assert!(line.len() < 200, "{line}");
        assert!(err.contains("1 failed"), "{err}");
    }
}

/// Runs `once` with stderr on a new pseudo-terminal and returns what it printed there.
fn stderr_on_a_terminal(cfg: &Path, no_color: Option<&str>) -> String {
    // SAFETY: plain libc calls on descriptors this function owns.
    let (master, slave) = unsafe {
        let m = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY);
        assert!(m >= 0, "posix_openpt");
        assert_eq!(libc::grantpt(m), 0);
        assert_eq!(libc::unlockpt(m), 0);
        let mut name = [0 as libc::c_char; 128];
        assert_eq!(libc::ptsname_r(m, name.as_mut_ptr(), name.len()), 0);
        let s = libc::open(name.as_ptr(), libc::O_RDWR | libc::O_NOCTTY);
        assert!(s >= 0, "open pty slave");
        (OwnedFd::from_raw_fd(m), OwnedFd::from_raw_fd(s))
    };
    let mut c = Command::new(bin());
    c.arg("--config")
        .arg(cfg)
        .arg("once")
        .env("RUST_LOG", "info")
        .env_remove("NO_COLOR")
        .env_remove("JOURNAL_STREAM")
        .stdout(Stdio::null())
        .stderr(Stdio::from(slave));
    if let Some(v) = no_color {
        c.env("NO_COLOR", v);
    }
    let mut child = c.spawn().unwrap();
    drop(c); // closes our copy of the slave, so reads end when the child exits
    let reader = std::thread::spawn(move || {
        let mut f = std::fs::File::from(master);
        let mut buf = Vec::new();
        let mut chunk = [0u8; 4096];
        // EIO once the child has closed the terminal
        while let Ok(n) = f.read(&mut chunk) {
            if n == 0 {
                break;
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        buf
    });
    assert!(child.wait().unwrap().success());
    String::from_utf8_lossy(&reader.join().unwrap()).to_string()
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[QUIET]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );
    // `once 2> log`
    let log = dir.path().join("log");
    let st = Command::new(bin())
        .arg("--config")
        .arg(&cfg)
        .arg("once")
        .env("RUST_LOG", "info")
        .env_remove("NO_COLOR")
        .stderr(std::fs::File::create(&log).unwrap())
        .status()
        .unwrap();
    assert!(st.success());
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("INFO"), "{text}");
    assert!(!text.contains('\x1b'), "ANSI codes in a file: {text:?}");

    let tty = stderr_on_a_terminal(&cfg, None);
    assert!(
        tty.contains("INFO") && tty.contains('\x1b'),
        "no colour on a terminal: {tty:?}"
    );
    let tty = stderr_on_a_terminal(&cfg, Some("1"));
    assert!(
        tty.contains("INFO") && !tty.contains('\x1b'),
        "colour despite NO_COLOR: {tty:?}"
    );
}

#[test]
fn each_cause_has_its_own_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[QUIET]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );
    let code = |cfg: &Path, args: &[&str]| newshound(cfg, args).status.code();

    // 0, and 1 for an unknown item
    assert_eq!(code(&cfg, &["once"]), Some(0));
    assert_eq!(
        code(&cfg, &["explain", "https://nowhere.example/x"]),
        Some(1)
    );
    // 2: invalid config
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[daemon]\npoll_intervall = \"5m\"\n").unwrap();
    assert_eq!(code(&bad, &["once"]), Some(2));
    // 3: the store is unusable (state_dir is a file)
    let blocked = dir.path().join("blocked.toml");
    std::fs::write(dir.path().join("not-a-dir"), "x").unwrap();
    std::fs::write(
        &blocked,
        std::fs::read_to_string(&cfg).unwrap().replace(
            &format!("state_dir = \"{}\"", dir.path().join("state").display()),
            &format!("state_dir = \"{}\"", dir.path().join("not-a-dir").display()),
        ),
    )
    .unwrap();
    for args in [&["once"][..], &["stories"]] {
        let out = newshound(&blocked, args);
        assert_eq!(
            out.status.code(),
            Some(3),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // 4: mail cannot be sent
    let smtp = dir.path().join("smtp.toml");
    std::fs::write(
        &smtp,
        std::fs::read_to_string(&cfg).unwrap().replace(
            &file_email(dir.path()),
            &format!(
                "[email]\ntransport = \"smtp\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\ntimeout = \"5s\"\n",
                free_port()
            ),
        ),
    )
    .unwrap();
    let out = newshound(&smtp, &["test-email"]);
    assert_eq!(
        out.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // 5: anything else (an output file that cannot be written)
    let out = newshound(
        &cfg,
        &["export-opml", "--output", "/nonexistent-dir/feeds.opml"],
    );
    assert_eq!(
        out.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn two_failing_feeds_get_two_operations_notices() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, c) = (
        closed_url("/a.xml"),
        closed_url("/b.xml"),
        closed_url("/c.xml"),
    );
    let cfg = config(
        dir.path(),
        &[a.clone(), b.clone(), c.clone()],
        &file_email(dir.path()),
        "",
    );
    named_feeds(&cfg, &[("Feed A", a), ("Feed B", b), ("Feed C", c)]);
    let text = std::fs::read_to_string(&cfg).unwrap().replace(
        "[alerts]\n",
        "[alerts]\nadmin = \"ops@example.org\"\nfeed_failure_after = \"1s\"\n",
    );
    std::fs::write(&cfg, text).unwrap();
    assert!(newshound(&cfg, &["once"]).status.success());
    std::thread::sleep(Duration::from_millis(1200));
    assert!(newshound(&cfg, &["once"]).status.success());
    let m = mails(dir.path());
    assert_eq!(m.len(), 3, "one notice per failing feed: {m:#?}");
    for name in ["Feed A", "Feed B", "Feed C"] {
        assert!(
            m.iter()
                .any(|x| header(x, "Subject").unwrap_or("").contains(name)),
            "no notice for {name}"
        );
    }
    let ids: std::collections::HashSet<_> =
        m.iter().map(|x| header(x, "Message-ID").unwrap()).collect();
    assert_eq!(ids.len(), 3);
}

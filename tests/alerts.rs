//! Alert delivery through the real binary: digests, hourly caps, threading, SMTP with
//! STARTTLS/implicit TLS and AUTH against aiosmtpd, failure and re-queue.

mod common;
use common::*;

const A: (&str, &str, &str, i64) = (
    "a1",
    "Hamas accepts Egyptian ceasefire proposal for Gaza",
    "Hamas said it accepted the Egyptian ceasefire proposal for Gaza on Monday, officials in Cairo said.",
    3,
);
const B: (&str, &str, &str, i64) = (
    "a2",
    "Israel sends delegation to Cairo after Hamas accepts Gaza ceasefire proposal",
    "Israel sent a delegation to Cairo to discuss the Egyptian ceasefire proposal for Gaza that Hamas accepted, officials said.",
    2,
);

fn with_watchlist_extra(cfg: &std::path::Path, extra: &str) {
    let text = std::fs::read_to_string(cfg)
        .unwrap()
        .replace("keywords = [", &format!("{extra}\nkeywords = ["));
    std::fs::write(cfg, text).unwrap();
}

#[test]
fn digest_mode_sends_one_email_with_every_development() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[A, B]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );
    with_watchlist_extra(&cfg, "mode = \"digest\"\ndigest_every = \"3s\"");
    assert!(newshound(&cfg, &["check-config"]).status.success());
    assert!(newshound(&cfg, &["once"]).status.success());
    let devs = jsonl(&newshound(&cfg, &["developments", "--json"]));
    assert_eq!(devs.len(), 2, "{devs:?}");
    std::thread::sleep(std::time::Duration::from_millis(3500));
    assert!(newshound(&cfg, &["once"]).status.success());
    assert!(newshound(&cfg, &["once"]).status.success());
    let m = mails(dir.path());
    assert_eq!(m.len(), 1, "a digest, not one mail per development");
    let ids = header(&m[0], "X-Newshound-Development").unwrap();
    let mut got: Vec<String> = ids.split(',').map(|s| s.trim().to_string()).collect();
    got.sort();
    let mut want: Vec<String> = devs.iter().map(|d| d["id"].to_string()).collect();
    want.sort();
    assert_eq!(got, want);
    assert!(header(&m[0], "Subject")
        .unwrap()
        .contains("Digest: 2 development(s)"));
    let alerts = jsonl(&newshound(&cfg, &["alerts", "--json"]));
    assert!(alerts.iter().all(|a| a["state"] == "sent"), "{alerts:?}");
}

#[test]
fn hourly_cap_folds_the_excess_into_a_digest_never_drops_it() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[A, B]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );
    with_watchlist_extra(&cfg, "max_per_hour = 1");
    assert!(newshound(&cfg, &["once"]).status.success());
    assert!(newshound(&cfg, &["once"]).status.success());
    assert_eq!(mails(dir.path()).len(), 1);
    let alerts = jsonl(&newshound(&cfg, &["alerts", "--json"]));
    assert_eq!(alerts.len(), 2);
    assert_eq!(alerts.iter().filter(|a| a["state"] == "sent").count(), 1);
    let folded: Vec<_> = alerts.iter().filter(|a| a["state"] == "pending").collect();
    assert_eq!(folded.len(), 1, "{alerts:?}");
    assert!(folded[0]["message_id"]
        .as_str()
        .unwrap()
        .contains("newshound.dev"));
}

#[test]
fn alerts_of_one_story_form_a_thread() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[A, B]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );
    assert!(newshound(&cfg, &["once"]).status.success());
    let devs = jsonl(&newshound(&cfg, &["developments", "--json"]));
    assert_eq!(devs.len(), 2);
    assert_eq!(
        devs[0]["story"], devs[1]["story"],
        "the two reports should be one story: {devs:?}"
    );
    let m = mails(dir.path());
    assert_eq!(m.len(), 2);
    let first = m
        .iter()
        .find(|x| header(x, "In-Reply-To").is_none())
        .expect("a thread start");
    let reply = m
        .iter()
        .find(|x| header(x, "In-Reply-To").is_some())
        .expect("a reply");
    assert_eq!(header(reply, "In-Reply-To"), header(first, "Message-ID"));
    assert!(
        reply.contains("Content-Type: text/html"),
        "multipart with HTML"
    );
    assert!(reply.contains("Content-Type: text/plain"));
}

fn smtp_email(port: u16, tls: &str, ca: &std::path::Path, extra: &str) -> String {
    format!(
        "[email]\nfrom = \"newshound <n@localhost>\"\ntransport = \"smtp\"\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"{tls}\"\nusername = \"alerts\"\npassword_env = \"NEWSHOUND_TEST_SMTP_PASSWORD\"\nca_file = \"{}\"\ntimeout = \"5s\"\n{extra}",
        ca.display()
    )
}

fn newshound_pw(cfg: &std::path::Path, pw: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(bin())
        .arg("--config")
        .arg(cfg)
        .args(args)
        .env("NEWSHOUND_TEST_SMTP_PASSWORD", pw)
        .output()
        .unwrap()
}

#[test]
fn starttls_with_auth_and_custom_ca_delivers_and_bad_password_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let smtp = TlsSmtpServer::start(dir.path(), "starttls");
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[A]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &smtp_email(smtp.port, "starttls", &smtp.ca, ""),
        "",
    );

    let out = newshound_pw(&cfg, "wrong", &["once"]);
    assert!(out.status.success());
    let alerts = jsonl(&newshound(&cfg, &["alerts", "--json"]));
    assert_eq!(alerts[0]["state"], "pending");
    // aiosmtpd answers a bad password with 535 or stalls the session; either way the
    // alert stays pending with the error recorded
    assert!(alerts[0]["last_error"].is_string(), "{alerts:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("wrong"), "password leaked to logs: {err}");
    assert!(smtp.messages().is_empty());

    assert!(newshound_pw(&cfg, "s3cret", &["once"]).status.success());
    let msgs = smtp.messages();
    assert_eq!(msgs.len(), 1);
    assert!(header(&msgs[0], "X-Newshound-Development").is_some());
    let out = newshound_pw(&cfg, "s3cret", &["test-email", "--to", "me@example.org"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("250"));
}

#[test]
fn implicit_tls_with_auth_delivers() {
    let dir = tempfile::tempdir().unwrap();
    let smtp = TlsSmtpServer::start(dir.path(), "tls");
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[A]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &smtp_email(smtp.port, "tls", &smtp.ca, ""),
        "",
    );
    assert!(newshound_pw(&cfg, "s3cret", &["once"]).status.success());
    assert_eq!(smtp.messages().len(), 1);
}

#[test]
fn failed_after_max_attempts_then_requeued_and_delivered_once() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[A]), "application/rss+xml");
    let port = free_port();
    let email = format!("[email]\nfrom = \"newshound <n@localhost>\"\ntransport = \"smtp\"\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"none\"\ntimeout = \"3s\"\n");
    let cfg = config(dir.path(), &[srv.url("/a.xml")], &email, "");
    let text = std::fs::read_to_string(&cfg).unwrap().replace(
        "retry_base = \"1s\"",
        "retry_base = \"1s\"\nmax_attempts = 2",
    );
    std::fs::write(&cfg, text).unwrap();
    assert!(newshound(&cfg, &["once"]).status.success());
    let out = newshound(&cfg, &["once"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("failed for good"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let alerts = jsonl(&newshound(&cfg, &["alerts", "--json"]));
    assert_eq!(alerts[0]["state"], "failed", "{alerts:?}");
    assert_eq!(alerts[0]["attempts"], 2);
    // a third cycle does not try a failed alert
    assert!(newshound(&cfg, &["once"]).status.success());
    assert_eq!(
        jsonl(&newshound(&cfg, &["alerts", "--json"]))[0]["attempts"],
        2
    );

    let smtp = SmtpServer::start(port, &dir.path().join("maildir"));
    let id = alerts[0]["id"].to_string();
    assert!(newshound(&cfg, &["alerts", "retry", &id]).status.success());
    assert_eq!(
        newshound(&cfg, &["alerts", "retry", "999"]).status.code(),
        Some(1)
    );
    assert!(newshound(&cfg, &["once"]).status.success());
    assert!(newshound(&cfg, &["once"]).status.success());
    assert_eq!(smtp.messages().len(), 1);
    assert_eq!(
        jsonl(&newshound(&cfg, &["alerts", "--json"]))[0]["state"],
        "sent"
    );
    assert_eq!(
        newshound(&cfg, &["alerts", "retry", &id]).status.code(),
        Some(1),
        "a sent alert cannot be re-queued"
    );
}

#[test]
fn sendmail_transport_pipes_the_message_to_the_command() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("fake-sendmail");
    let out_dir = dir.path().join("spool");
    std::fs::create_dir_all(&out_dir).unwrap();
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"$@\" > \"{0}/args.$$\"\ncat > \"{0}/msg.$$\"\n",
            out_dir.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[A]), "application/rss+xml");
    let email = format!("[email]\nfrom = \"newshound <n@localhost>\"\ntransport = \"sendmail\"\nsendmail_command = \"{}\"\n", script.display());
    let cfg = config(dir.path(), &[srv.url("/a.xml")], &email, "");
    assert!(newshound(&cfg, &["once"]).status.success());
    let files: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    let msg = files
        .iter()
        .find(|f| f.contains("X-Newshound-Development:"))
        .expect("message piped to sendmail");
    assert!(msg.contains("Subject: [gaza] Hamas"), "{msg}");
    assert!(
        files
            .iter()
            .any(|f| f.contains("desk@example.org") && !f.contains("Subject")),
        "recipient passed as argument: {files:?}"
    );
    assert_eq!(
        jsonl(&newshound(&cfg, &["alerts", "--json"]))[0]["state"],
        "sent"
    );
}

#[test]
fn a_malicious_feed_title_cannot_add_a_header() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    let evil = ("e1", "Israel recalls its negotiating team from Gaza ceasefire talks&#13;&#10;Bcc: victim@example.org&#13;&#10;X-Evil: 1", "Israel has withdrawn its delegation from the Gaza ceasefire talks, officials said.", 1);
    srv.set("/a.xml", &rss(&[evil]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );
    assert!(newshound(&cfg, &["once"]).status.success());
    let m = mails(dir.path());
    assert_eq!(m.len(), 1);
    let headers = m[0].split("\r\n\r\n").next().unwrap();
    assert!(
        !headers
            .lines()
            .any(|l| l.starts_with("Bcc:") || l.starts_with("X-Evil:")),
        "{headers}"
    );
    assert!(header(&m[0], "Subject").is_some());
}

/// A header's value with folded continuation lines joined.
fn full_header(msg: &str, name: &str) -> Option<String> {
    let lines: Vec<&str> = msg.lines().collect();
    let i = lines.iter().position(|l| {
        l.to_ascii_lowercase()
            .starts_with(&format!("{}:", name.to_ascii_lowercase()))
    })?;
    let mut v = lines[i][name.len() + 1..].trim().to_string();
    for l in &lines[i + 1..] {
        if !l.starts_with([' ', '\t']) {
            break;
        }
        v.push(' ');
        v.push_str(l.trim());
    }
    Some(v)
}

#[test]
fn subject_shows_the_headline_that_reports_the_development() {
    // A starts the story (its headline is the story's title); B joins it and is the
    // only report of Israel's delegation: its alert must not carry A's headline
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    srv.set("/a.xml", &rss(&[A, B]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/a.xml")],
        &file_email(dir.path()),
        "",
    );
    assert!(newshound(&cfg, &["once"]).status.success());
    let devs = jsonl(&newshound(&cfg, &["developments", "--json"]));
    let stories = jsonl(&newshound(&cfg, &["stories", "--json"]));
    assert_eq!(stories.len(), 1, "one story: {stories:?}");
    assert_eq!(stories[0]["title"], A.1);
    let sent = devs
        .iter()
        .find(|d| d["kind"] == "delegation_dispatched")
        .expect("Israel's delegation");
    let m = mails(dir.path());
    let mail = m
        .iter()
        .find(|x| header(x, "X-Newshound-Development") == Some(&sent["id"].to_string()))
        .expect("its alert");
    let subject = full_header(mail, "Subject").unwrap();
    assert_eq!(
        subject,
        format!("[gaza] Israel sends a delegation: {}", B.1)
    );
    assert!(!subject.contains(A.1), "{subject}");
}

#[test]
fn custom_kind_alerts_use_their_description() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    let item = (
        "s1",
        "United States imposes sanctions on Hamas leaders over stalled Gaza ceasefire talks",
        "The United States imposed sanctions on Hamas leaders over the stalled Gaza ceasefire talks, the Treasury said.",
        1,
    );
    srv.set("/s.xml", &rss(&[item]), "application/rss+xml");
    let cfg = config(
        dir.path(),
        &[srv.url("/s.xml")],
        &file_email(dir.path()),
        "",
    );
    let mut text = std::fs::read_to_string(&cfg).unwrap();
    text.push_str(
        "\n[[development]]\nname = \"sanctions_imposed\"\ndescription = \"imposes sanctions\"\ntriggers = [\"impose*\"]\nobjects = [\"sanctions\"]\n",
    );
    std::fs::write(&cfg, text).unwrap();
    assert!(newshound(&cfg, &["once"]).status.success());
    let devs = jsonl(&newshound(&cfg, &["developments", "--json"]));
    assert!(
        devs.iter().any(|d| d["kind"] == "sanctions_imposed"),
        "{devs:?}"
    );
    let m = mails(dir.path());
    let mail = m
        .iter()
        .find(|x| full_header(x, "Subject").is_some_and(|s| s.contains("sanction")))
        .unwrap_or_else(|| panic!("no sanctions alert in {m:?}"));
    let subject = full_header(mail, "Subject").unwrap();
    assert!(
        subject.starts_with("[gaza] United States imposes sanctions: "),
        "{subject}"
    );
    // the text part says it too (quoted-printable may wrap, so compare unwrapped)
    let body = mail.replace("=\r\n", "");
    assert!(
        body.contains("United States imposes sanctions\r\n"),
        "{body}"
    );
    assert!(!body.contains("United States sanctions imposed"), "{body}");
}

//! Hostile and broken feeds served from 127.0.0.1: each costs at most one timeout, is
//! reported naming the feed, leaks nothing into the store, and every other feed's items
//! are still stored.

mod common;
use common::*;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

fn gzip_bomb() -> Vec<u8> {
    use flate2::write::GzEncoder;
    let mut enc = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let zeros = vec![b' '; 1 << 20];
    enc.write_all(b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>")
        .unwrap();
    for _ in 0..64 {
        enc.write_all(&zeros).unwrap(); // 64 MiB of spaces, four times the body cap
    }
    enc.finish().unwrap()
}

fn item(guid: &str, title: &str, date: &str) -> String {
    format!("<item><guid>{guid}</guid><title>{title}</title><link>https://h.example/{guid}</link><pubDate>{date}</pubDate><description>d</description></item>")
}

fn chan(items: &str) -> String {
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title><link>http://h.example/</link><description>d</description>{items}</channel></rss>")
}

fn serve_hostile(mut s: TcpStream, bomb: std::sync::Arc<Vec<u8>>, port: u16) {
    let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
    let mut buf = [0u8; 4096];
    let n = s.read(&mut buf).unwrap_or(0);
    let req = String::from_utf8_lossy(&buf[..n]).to_string();
    let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
    let now = chrono::Utc::now().to_rfc2822();
    let ok = |s: &mut TcpStream, ct: &str, extra: &str, body: &[u8]| {
        let _ = s.write_all(format!("HTTP/1.1 200 OK\r\nContent-Type: {ct}\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n", body.len()).as_bytes());
        let _ = s.write_all(body);
    };
    match path.as_str() {
        "/good.xml" => ok(&mut s, "application/rss+xml", "", chan(&item("good1", "Israel recalls its negotiating team from Gaza ceasefire talks", &now)).as_bytes()),
        "/bomb.xml" => ok(&mut s, "application/rss+xml", "Content-Encoding: gzip\r\n", &bomb),
        "/endless.xml" => {
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n<rss version=\"2.0\"><channel><title>");
            let chunk = vec![b'a'; 64 * 1024];
            for _ in 0..2000 {
                if s.write_all(&chunk).is_err() {
                    break;
                }
            }
        }
        "/drip.xml" => {
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 1000\r\n\r\n");
            for _ in 0..10 {
                if s.write_all(b"<").is_err() {
                    break;
                }
                std::thread::sleep(Duration::from_secs(1));
            }
        }
        "/laughs.xml" => {
            let mut d = String::from("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">");
            d.push_str("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
            for i in 2..10 {
                d.push_str(&format!("<!ENTITY lol{i} \"{}\">", format!("&lol{};", i - 1).repeat(10)));
            }
            d.push_str("]><rss version=\"2.0\"><channel><title>&lol9;</title><item><guid>l1</guid><title>&lol9;</title></item></channel></rss>");
            ok(&mut s, "application/rss+xml", "", d.as_bytes())
        }
        "/xxe.xml" => ok(
            &mut s,
            "application/rss+xml",
            "",
            b"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>x</title><item><guid>x1</guid><title>Gaza talks &xxe;</title><description>&xxe;</description></item></channel></rss>",
        ),
        "/loop.xml" => {
            let _ = s.write_all(format!("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{port}/loop.xml\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes());
        }
        "/ftp.xml" => {
            let _ = s.write_all(b"HTTP/1.1 301 Moved\r\nLocation: ftp://127.0.0.1/feed.xml\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
        "/html.xml" => ok(&mut s, "text/html", "", b"<!DOCTYPE html><html><head><title>Home</title></head><body>Hi</body></html>"),
        "/busy.xml" => {
            let _ = s.write_all(b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 7200\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
        "/charset.xml" => {
            // declares UTF-8, sends Latin-1
            let mut b = chan(&item("cs1", "Caf_ talks", &now)).into_bytes();
            if let Some(p) = b.iter().position(|&c| c == b'_') {
                b[p] = 0xE9;
            }
            ok(&mut s, "application/rss+xml; charset=utf-8", "", &b)
        }
        "/bigitem.xml" => {
            let big = "word ".repeat(1 << 20); // 5 MiB
            ok(&mut s, "application/rss+xml", "", chan(&format!("<item><guid>big1</guid><title>Big</title><description>{big}</description></item>")).as_bytes())
        }
        "/many.xml" => {
            let items: String = (0..10_000).map(|i| item(&format!("m{i}"), &format!("Item {i}"), &now)).collect();
            ok(&mut s, "application/rss+xml", "", chan(&items).as_bytes())
        }
        "/dates.xml" => ok(&mut s, "application/rss+xml", "", chan(&(item("d1", "Bad date", "not a date") + &item("d2", "Future", "Fri, 01 Jan 2100 00:00:00 GMT"))).as_bytes()),
        "/dupguid.xml" => ok(
            &mut s,
            "application/rss+xml",
            "",
            chan("<item><guid>same</guid><title>One</title><link>https://h.example/one</link></item><item><guid>same</guid><title>Two</title><link>https://h.example/two</link></item>").as_bytes(),
        ),
        "/noid.xml" => ok(&mut s, "application/rss+xml", "", chan("<item><title>No id one</title></item><item><title>No id two</title></item>").as_bytes()),
        _ => {
            let _ = s.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
    }
}

/// Starts the hostile server; returns its port.
fn start() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let bomb = std::sync::Arc::new(gzip_bomb());
    std::thread::spawn(move || {
        for s in listener.incoming().flatten() {
            let b = bomb.clone();
            std::thread::spawn(move || serve_hostile(s, b, port));
        }
    });
    port
}

const PATHS: [&str; 17] = [
    "/good.xml",
    "/bomb.xml",
    "/endless.xml",
    "/drip.xml",
    "/laughs.xml",
    "/xxe.xml",
    "/loop.xml",
    "/ftp.xml",
    "/html.xml",
    "/missing.xml",
    "/busy.xml",
    "/charset.xml",
    "/bigitem.xml",
    "/many.xml",
    "/dates.xml",
    "/dupguid.xml",
    "/noid.xml",
];

#[test]
fn hostile_feeds_cost_one_timeout_and_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let port = start();
    let urls: Vec<String> = PATHS
        .iter()
        .map(|p| format!("http://127.0.0.1:{port}{p}"))
        .collect();
    let cfg = config(
        dir.path(),
        &urls,
        &file_email(dir.path()),
        "timeout = \"3s\"\nmax_concurrency = 17\nper_host_concurrency = 17",
    );
    let t0 = std::time::Instant::now();
    let out = newshound(&cfg, &["once"]);
    let took = t0.elapsed();
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{err}");
    assert!(took < Duration::from_secs(60), "took {took:?}");
    for (p, why) in [
        ("/bomb.xml", "exceeds"),
        ("/endless.xml", "exceeds"),
        ("/drip.xml", "timed out"),
        ("/loop.xml", "redirect"),
        ("/ftp.xml", "scheme"),
        ("/html.xml", "HTML"),
        ("/missing.xml", "404"),
        ("/busy.xml", "503"),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(&format!("{port}{p}")))
            .unwrap_or_else(|| panic!("{p} not reported:\n{err}"));
        assert!(line.contains(why), "{p}: {line}");
    }
    let db = rusqlite::Connection::open(dir.path().join("state/newshound.sqlite")).unwrap();
    let count = |feed: &str| -> i64 {
        db.query_row(
            "SELECT COUNT(*) FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url LIKE ?1",
            [format!("%{feed}")],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(count("/good.xml"), 1);
    assert_eq!(count("/many.xml"), 10_000);
    assert_eq!(count("/bigitem.xml"), 1);
    assert_eq!(count("/dates.xml"), 2);
    assert_eq!(
        count("/dupguid.xml"),
        2,
        "duplicate GUIDs inside one feed are two items"
    );
    assert_eq!(count("/noid.xml"), 2);
    assert_eq!(count("/charset.xml"), 1);
    let leaked: i64 = db
        .query_row(
            "SELECT COUNT(*) FROM items WHERE text LIKE '%root:%' OR title LIKE '%root:%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(leaked, 0, "external entity content reached the store");
    let far_future: i64 = db
        .query_row(
            "SELECT COUNT(*) FROM items WHERE published > '2099'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(far_future, 0, "a date in 2100 is clamped");
    assert_eq!(
        jsonl(&newshound(&cfg, &["developments", "--json"])).len(),
        1
    );
    let feeds = jsonl(&newshound(&cfg, &["feeds", "--json"]));
    let busy = feeds
        .iter()
        .find(|f| f["url"].as_str().unwrap().ends_with("/busy.xml"))
        .unwrap();
    let next = chrono::DateTime::parse_from_rfc3339(busy["next_poll"].as_str().unwrap()).unwrap();
    assert!(
        (next.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_seconds() > 7000,
        "Retry-After ignored: {busy}"
    );
}

/// Runs `newshound once` on a config and returns its peak resident set (KiB), read from
/// the kernel's accounting of the exited child (wait4), so nothing samples or races.
#[allow(clippy::zombie_processes)] // reaped by wait4 below
fn once_peak_rss_kib(cfg: &std::path::Path) -> (i64, String) {
    let errf = cfg.with_extension("stderr");
    let child = std::process::Command::new(bin())
        .arg("--config")
        .arg(cfg)
        .arg("once")
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&errf).unwrap())
        .spawn()
        .unwrap();
    let mut status = 0;
    // SAFETY: plain syscall on our own child's pid with valid out-pointers
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(r, child.id() as libc::pid_t, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "once failed: {}",
        std::fs::read_to_string(&errf).unwrap_or_default()
    );
    (
        usage.ru_maxrss,
        std::fs::read_to_string(&errf).unwrap_or_default(),
    )
}

#[test]
fn each_hostile_feed_costs_under_64_mib() {
    // one process per case, each alone with its own store: its peak RSS minus the peak
    // of the same run on the good feed is the memory that case cost
    let port = start();
    let root = tempfile::tempdir().unwrap();
    let cases: Vec<(&str, std::path::PathBuf)> = PATHS
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let d = root.path().join(format!("case{i}"));
            std::fs::create_dir_all(&d).unwrap();
            let cfg = config(
                &d,
                &[format!("http://127.0.0.1:{port}{p}")],
                &file_email(&d),
                "timeout = \"3s\"",
            );
            (*p, cfg)
        })
        .collect();
    let peaks: Vec<(&str, i64, String)> = std::thread::scope(|s| {
        let hs: Vec<_> = cases
            .iter()
            .map(|(p, cfg)| {
                s.spawn(move || {
                    let (kib, err) = once_peak_rss_kib(cfg);
                    (*p, kib, err)
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let base = peaks.iter().find(|c| c.0 == "/good.xml").unwrap().1;
    let mut report = String::new();
    for (p, kib, _) in &peaks {
        report.push_str(&format!("{p}: {} KiB (+{} KiB)\n", kib, kib - base));
    }
    eprintln!("peak RSS per case:\n{report}");
    for (p, kib, err) in &peaks {
        assert!(
            kib - base < 64 * 1024,
            "{p} cost {} KiB over the good feed's {base} KiB\n{report}\n{err}",
            kib - base
        );
    }
}

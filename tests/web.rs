//! The web view and the emails in a real browser: `newshound run` polls fixture feeds
//! from a local HTTP server and serves `[web] listen` on 127.0.0.1; headless Chromium
//! (Debian's package, installed on first use when missing) loads every page, and the
//! tests assert on its DOM and on a screenshot that is not blank. The alert and digest
//! HTML parts are rendered through Chromium too.
//!
//! `NEWSHOUND_UPDATE_DOCS=1 cargo test --test web` also writes the screenshots and the
//! sample emails under docs/.

mod common;
use common::*;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// (feed, guid, title, summary, hours ago): six stories of the Gaza talks, written for
/// these tests after the dev corpus's events, plus a hostile item.
const ITEMS: &[(&str, &str, &str, &str, i64)] = &[
    ("wire", "w1", "Qatar: Israel and Hamas agree four-day Gaza truce", "Israel and Hamas have agreed a four-day humanitarian pause in Gaza, Qatar's foreign ministry said, with 50 hostages to be freed.", 260),
    ("meridian", "m1", "Israel and Hamas reach Gaza truce deal, mediator Qatar says", "Israel and Hamas reached an agreement on a four-day truce in Gaza, mediator Qatar said on Wednesday.", 259),
    ("wire", "w2", "Israel pulls Mossad team out of Qatar talks as Gaza fighting resumes", "Israel has withdrawn its delegation from the Gaza ceasefire talks in Doha, officials said.", 200),
    ("harbor", "h2", "Mossad chief orders negotiators home from Doha after impasse", "Israel recalled its negotiating team from the Gaza truce talks in Qatar, the prime minister's office said.", 199),
    ("desert", "d3", "Mediators put Paris framework for Gaza truce to Hamas", "Qatar and Egypt presented a new proposal for a phased Gaza ceasefire to Hamas, officials said.", 150),
    ("meridian", "m4", "Netanyahu rejects Hamas ceasefire terms as delusional", "Israel rejected the Hamas proposal for a Gaza truce, Netanyahu said on Wednesday.", 100),
    ("wire", "w5", "Hamas accepts Egyptian ceasefire proposal for Gaza", "Hamas said it accepted the Egyptian ceasefire proposal for Gaza on Monday, officials in Cairo said.", 40),
    ("harbor", "h5", "Israel sends delegation to Cairo after Hamas accepts Gaza ceasefire proposal", "Israel sent a delegation to Cairo to discuss the Egyptian ceasefire proposal for Gaza that Hamas accepted, officials said.", 39),
    ("desert", "d6", "Qatar suspends Gaza mediation, citing lack of good faith", "Qatar has suspended its mediation between Israel and Hamas in the Gaza ceasefire talks, a diplomatic source said.", 5),
];

/// A feed string meant to break out of the page: tags, a `javascript:` link and
/// attribute breakers, double-escaped the way real feeds do, so the stored title holds
/// the literal characters.
const HOSTILE_TITLE: &str = "&lt;script&gt;alert(1)&lt;/script&gt; Hamas rejects Gaza truce proposal \"&gt;&lt;img src=x onerror=alert(2)&gt; 'onmouseover='alert(3) &lt;img src=x onerror=alert(5)";
const HOSTILE_LINK: &str = "javascript:alert(4)";

const FEEDS: &[(&str, &str)] = &[
    ("wire", "B Press Wire"),
    ("meridian", "Meridian News"),
    ("harbor", "Harbor Times"),
    ("desert", "Desert Dispatch"),
    ("hostile", "Hostile <b>Feed</b>"),
];

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn feed_doc(feed: &str) -> String {
    let now = chrono::Utc::now();
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>T</title><link>https://news.example/</link><description>d</description>");
    let mut item = |guid: &str, title: &str, link: &str, desc: &str, ago: i64| {
        x.push_str(&format!(
            "<item><guid isPermaLink=\"false\">{guid}</guid><title>{}</title><link>{}</link><pubDate>{}</pubDate><description>{}</description></item>",
            xml(title),
            xml(link),
            (now - chrono::Duration::hours(ago)).to_rfc2822(),
            xml(desc)
        ));
    };
    for (f, guid, title, desc, ago) in ITEMS {
        if *f == feed {
            item(
                guid,
                title,
                &format!("https://{f}.example/{guid}"),
                desc,
                *ago,
            );
        }
    }
    if feed == "hostile" {
        item(
            "x1",
            HOSTILE_TITLE,
            HOSTILE_LINK,
            "Hamas rejected the latest Gaza truce proposal, officials said.",
            3,
        );
    }
    x.push_str("</channel></rss>");
    x
}

const WATCHLIST: &str = r#"
[[watchlist]]
name = "gaza-ceasefire"
recipients = ["desk@example.org"]
keywords = ["ceasefire", "truce", "talks", "negotiat*", "delegation", "proposal", "mediation"]
context = ["Gaza", "Hamas"]

[watchlist.actors]
"United States" = ["US", "U.S.", "Washington"]
"Israel" = ["Israeli", "Netanyahu", "Mossad"]
"Hamas" = []
"Qatar" = ["Qatari", "Doha"]
"Egypt" = ["Egyptian", "Cairo"]
"#;

/// A config serving the fixture feeds (and the hostile one when asked), with `web` as
/// the `[web]` section.
fn web_config(dir: &Path, srv: &FeedServer, web: &str, hostile: bool) -> PathBuf {
    let mut c = format!(
        "[daemon]\nstate_dir = \"{}\"\npoll_interval = \"1h\"\n\n[alerts]\nmax_age = \"30d\"\nretry_base = \"1s\"\ntimezone = \"Europe/Berlin\"\n\n{}\n[web]\n{web}\n\n",
        dir.join("state").display(),
        file_email(dir)
    );
    for (id, name) in FEEDS.iter().filter(|f| hostile || f.0 != "hostile") {
        srv.set(&format!("/{id}.xml"), &feed_doc(id), "application/rss+xml");
        c.push_str(&format!(
            "[[feed]]\nurl = \"{}\"\nname = \"{}\"\n\n",
            srv.url(&format!("/{id}.xml")),
            name.replace('"', "\\\"")
        ));
    }
    c.push_str(WATCHLIST);
    let p = dir.join("newshound.toml");
    std::fs::write(&p, c).unwrap();
    p
}

/// Starts `newshound run` serving the web view on a free loopback port (`extra` is more
/// of `[web]`); tries another port if the chosen one was taken meanwhile.
fn start_web(
    dir: &Path,
    srv: &FeedServer,
    extra: &str,
    hostile: bool,
) -> (PathBuf, u16, std::process::Child) {
    for _ in 0..5 {
        let port = free_port();
        let cfg = web_config(
            dir,
            srv,
            &format!("listen = \"127.0.0.1:{port}\"\n{extra}"),
            hostile,
        );
        let mut child = spawn_logged(&cfg, dir);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if http_get(port, "/", "").is_some() {
                return (cfg, port, child);
            }
            if let Some(st) = child.try_wait().unwrap() {
                let err = std::fs::read_to_string(dir.join("daemon.log")).unwrap_or_default();
                assert!(
                    err.contains("cannot listen"),
                    "newshound run exited: {st}: {err}"
                );
                break;
            }
            assert!(Instant::now() < deadline, "the web view did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    panic!("no free port for the web view");
}

/// `newshound run` with its log in `dir/daemon.log` (a pipe nobody reads would fill up
/// and stall the daemon's logging).
fn spawn_logged(cfg: &Path, dir: &Path) -> std::process::Child {
    let log = std::fs::File::create(dir.join("daemon.log")).unwrap();
    Command::new(bin())
        .arg("--config")
        .arg(cfg)
        .arg("run")
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap()
}

/// `GET path` over a plain socket: (status line and headers, body).
fn http_get(port: u16, path: &str, extra: &str) -> Option<(String, String)> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    s.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{extra}\r\n")
            .as_bytes(),
    )
    .ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    let (head, body) = out.split_once("\r\n\r\n")?;
    Some((head.to_string(), body.to_string()))
}

fn request(port: u16, raw: &str) -> String {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(raw.as_bytes()).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

/// Chromium, installed from Debian's packages when missing (as root; the tests run as
/// root in CI).
fn chromium() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let find = || {
            ["chromium", "chromium-browser"].iter().find_map(|b| {
                Command::new("sh")
                    .args(["-c", &format!("command -v {b}")])
                    .output()
                    .ok()
                    .filter(|o| o.status.success())
                    .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
            })
        };
        if let Some(p) = find() {
            return p;
        }
        let st = Command::new("sh")
            .args([
                "-c",
                "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core",
            ])
            .status()
            .expect("apt-get");
        assert!(st.success(), "installing chromium with apt-get failed (run as root, or install the chromium package)");
        find().expect("chromium installed but not on PATH")
    })
    .clone()
}

/// Runs headless Chromium on `url` with `args` (fresh profile each time).
fn browse(url: &str, args: &[&str]) -> std::process::Output {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium");
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

/// The DOM after Chromium loaded and laid out the page.
fn dom(url: &str) -> String {
    let out = browse(url, &["--dump-dom"]);
    let d = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        d.contains("<body"),
        "chromium gave no DOM for {url}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    d
}

/// A screenshot at `width` px; returns the PNG bytes after checking it is not blank.
fn screenshot(url: &str, width: u32, height: u32, to: &Path) -> Vec<u8> {
    let out = browse(
        url,
        &[
            &format!("--screenshot={}", to.display()),
            &format!("--window-size={width},{height}"),
        ],
    );
    let png = std::fs::read(to).unwrap_or_else(|_| {
        panic!(
            "no screenshot of {url}: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let (w, h, px) = decode_png(&png);
    assert_eq!((w, h), (width, height), "{url}");
    let bg = px[0];
    let differing = px.iter().filter(|p| **p != bg).count();
    let colours: std::collections::HashSet<[u8; 3]> = px.iter().copied().collect();
    assert!(
        differing * 100 > px.len() && colours.len() > 8,
        "{url}: screenshot is blank ({differing} of {} pixels differ from the background, {} colours)",
        px.len(),
        colours.len()
    );
    png
}

/// Decodes an 8-bit RGB or RGBA PNG (what Chromium writes) into RGB pixels.
fn decode_png(png: &[u8]) -> (u32, u32, Vec<[u8; 3]>) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let (mut pos, mut idat) = (8, Vec::new());
    let (mut w, mut h, mut channels) = (0u32, 0u32, 0usize);
    while pos + 8 <= png.len() {
        let len = u32::from_be_bytes(png[pos..pos + 4].try_into().unwrap()) as usize;
        let kind = &png[pos + 4..pos + 8];
        let data = &png[pos + 8..pos + 8 + len];
        match kind {
            b"IHDR" => {
                w = u32::from_be_bytes(data[0..4].try_into().unwrap());
                h = u32::from_be_bytes(data[4..8].try_into().unwrap());
                assert_eq!(data[8], 8, "bit depth");
                channels = match data[9] {
                    2 => 3,
                    6 => 4,
                    c => panic!("colour type {c}"),
                };
            }
            b"IDAT" => idat.extend_from_slice(data),
            _ => {}
        }
        pos += 12 + len;
    }
    let mut raw = Vec::new();
    flate2::read::ZlibDecoder::new(&idat[..])
        .read_to_end(&mut raw)
        .unwrap();
    let stride = w as usize * channels;
    let mut prev = vec![0u8; stride];
    let mut px = Vec::with_capacity((w * h) as usize);
    for row in raw.chunks(stride + 1).take(h as usize) {
        let (filter, data) = (row[0], &row[1..]);
        let mut cur = vec![0u8; stride];
        for i in 0..stride {
            let a = if i >= channels { cur[i - channels] } else { 0 } as i16;
            let b = prev[i] as i16;
            let c = if i >= channels { prev[i - channels] } else { 0 } as i16;
            let pred = match filter {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) / 2,
                4 => {
                    let p = a + b - c;
                    let (pa, pb, pc) = ((p - a).abs(), (p - b).abs(), (p - c).abs());
                    if pa <= pb && pa <= pc {
                        a
                    } else if pb <= pc {
                        b
                    } else {
                        c
                    }
                }
                f => panic!("filter {f}"),
            };
            cur[i] = data[i].wrapping_add(pred as u8);
        }
        for p in cur.chunks(channels) {
            px.push([p[0], p[1], p[2]]);
        }
        prev = cur;
    }
    (w, h, px)
}

/// Every element of a serialised DOM with its attributes (names lower-case, values
/// unquoted). Text can hold no `<` (it is serialised as `&lt;`), attribute values can.
fn elements(dom: &str) -> Vec<(String, Vec<(String, String)>)> {
    let b: Vec<char> = dom.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != '<' || i + 1 >= b.len() || !b[i + 1].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        i += 1;
        let mut tag = String::new();
        while i < b.len() && !b[i].is_whitespace() && b[i] != '>' && b[i] != '/' {
            tag.push(b[i].to_ascii_lowercase());
            i += 1;
        }
        let mut attrs = Vec::new();
        while i < b.len() && b[i] != '>' {
            if b[i].is_whitespace() || b[i] == '/' {
                i += 1;
                continue;
            }
            let mut name = String::new();
            while i < b.len() && !b[i].is_whitespace() && b[i] != '=' && b[i] != '>' {
                name.push(b[i].to_ascii_lowercase());
                i += 1;
            }
            let mut value = String::new();
            if i < b.len() && b[i] == '=' {
                i += 1;
                if i < b.len() && b[i] == '"' {
                    i += 1;
                    while i < b.len() && b[i] != '"' {
                        value.push(b[i]);
                        i += 1;
                    }
                    i += 1;
                } else {
                    while i < b.len() && !b[i].is_whitespace() && b[i] != '>' {
                        value.push(b[i]);
                        i += 1;
                    }
                }
            }
            attrs.push((name, value));
        }
        out.push((tag, attrs));
    }
    out
}

/// Text of the DOM without tags (for "the page shows X").
fn text_of(dom: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in dom.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// Waits until the daemon has polled, analysed and delivered: every fixture item
/// stored and the alerts written.
fn wait_ready(port: u16, dir: &Path, child: &mut std::process::Child) {
    // watched through the web view and the mail dir only: a second process opening the
    // database while the daemon stores a poll can make that write fail (busy)
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let feeds = http_get(port, "/feeds", "")
            .map(|r| r.1)
            .unwrap_or_default();
        let polled = feeds.contains("</table>")
            && !feeds.contains("not polled yet")
            && !feeds.contains(">failing<");
        if polled && mails(dir).len() >= 5 {
            // the last alerts of the pass are being written: let it finish
            std::thread::sleep(Duration::from_millis(500));
            return;
        }
        if let Some(st) = child.try_wait().unwrap() {
            let err = std::fs::read_to_string(dir.join("daemon.log")).unwrap_or_default();
            panic!("newshound run exited early: {st}: {err}");
        }
        if Instant::now() > deadline {
            let err = std::fs::read_to_string(dir.join("daemon.log")).unwrap_or_default();
            panic!(
                "not ready: {} mails; feeds page:\n{}\nnewshound run said:\n{err}",
                mails(dir).len(),
                text_of(&feeds)
            );
        }
        std::thread::sleep(Duration::from_millis(300));
    }
}

fn docs_dir() -> Option<PathBuf> {
    std::env::var_os("NEWSHOUND_UPDATE_DOCS")
        .map(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs"))
}

#[test]
fn pages_in_chromium_show_stories_developments_items_and_feeds() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    let (cfg, port, mut child) = start_web(
        dir.path(),
        &srv,
        "public_url = \"https://newshound.example\"",
        false,
    );
    wait_ready(port, dir.path(), &mut child);
    let base = format!("http://127.0.0.1:{port}");
    let stories = jsonl(&newshound(&cfg, &["stories", "--json"]));
    let devs = jsonl(&newshound(&cfg, &["developments", "--json"]));

    // overview: at least 3 story titles and a development
    let d = dom(&format!("{base}/"));
    let t = text_of(&d);
    let shown = stories
        .iter()
        .filter(|s| t.contains(s["title"].as_str().unwrap()))
        .count();
    assert!(shown >= 3, "overview shows {shown} story titles:\n{t}");
    assert!(
        d.contains("href=\"/developments/"),
        "no development on the overview"
    );
    assert!(
        t.contains("Israel and Hamas reach an agreement"),
        "joint actors in the plural:\n{t}"
    );

    // the timeline: at least 5 story titles, developments marked by kind
    let d = dom(&format!("{base}/watchlists/gaza-ceasefire"));
    let t = text_of(&d);
    let shown = stories
        .iter()
        .filter(|s| t.contains(s["title"].as_str().unwrap()))
        .count();
    assert!(shown >= 5, "timeline shows {shown} story titles:\n{t}");
    for dv in &devs {
        assert!(
            d.contains(&format!("href=\"/developments/{}\"", dv["id"])),
            "development {} not marked",
            dv["id"]
        );
    }
    assert!(d.contains("class=\"mark k-agreement"), "{d}");
    assert!(
        t.contains("Meridian News (") && t.contains("B Press Wire ("),
        "items grouped by outlet:\n{t}"
    );

    // a story page: its title and every item title; developments with their evidence
    let story = stories
        .iter()
        .max_by_key(|s| s["items"].as_array().unwrap().len())
        .unwrap();
    let sid = story["id"].as_i64().unwrap();
    let d = dom(&format!("{base}/stories/{sid}"));
    let t = text_of(&d);
    assert!(t.contains(story["title"].as_str().unwrap()));
    for link in story["items"].as_array().unwrap() {
        let guid = link.as_str().unwrap().rsplit('/').next().unwrap();
        let title = ITEMS.iter().find(|i| i.1 == guid).unwrap().2;
        assert!(t.contains(title), "story {sid} lacks item {title}:\n{t}");
        assert!(d.contains(&format!("href=\"{}\"", link.as_str().unwrap())));
    }
    for dv in devs.iter().filter(|x| x["story"] == story["id"]) {
        assert!(
            t.contains(dv["evidence"].as_str().unwrap()),
            "evidence of {dv}"
        );
        assert!(t.contains(dv["rule"].as_str().unwrap()), "rule of {dv}");
    }
    assert!(
        t.contains("joined: score") || t.contains("started the story"),
        "merge evidence:\n{t}"
    );

    // a development page with its alert
    let dv = &devs[0];
    let d = dom(&format!("{base}/developments/{}", dv["id"]));
    let t = text_of(&d);
    assert!(t.contains(dv["evidence"].as_str().unwrap()));
    assert!(
        t.contains("desk@example.org") && t.contains("sent"),
        "alerts:\n{t}"
    );

    // feeds: every feed name
    let d = dom(&format!("{base}/feeds"));
    let t = text_of(&d);
    for (_, name) in FEEDS.iter().filter(|f| f.0 != "hostile") {
        assert!(t.contains(name), "feed {name} missing:\n{t}");
    }

    // screenshots at laptop and phone widths are not blank
    let shots = tempfile::tempdir().unwrap();
    let docs = docs_dir();
    for (path, name, w, h) in [
        (
            "/watchlists/gaza-ceasefire".to_string(),
            "web-timeline",
            960,
            900,
        ),
        (format!("/stories/{sid}"), "web-story", 960, 780),
        ("/".to_string(), "web-overview-phone", 390, 844),
        ("/feeds".to_string(), "web-feeds", 1000, 500),
    ] {
        let png = screenshot(
            &format!("{base}{path}"),
            w,
            h,
            &shots.path().join(format!("{name}.png")),
        );
        if let Some(docs) = &docs {
            std::fs::write(docs.join(format!("{name}.png")), png).unwrap();
        }
    }

    // SIGTERM with an idle browser-style connection open: exit 0 within 15 s
    let idle = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let t0 = Instant::now();
    signal(child.id(), "TERM");
    let st = child.wait().unwrap();
    assert!(st.success(), "exit {st}");
    assert!(
        t0.elapsed() < Duration::from_secs(15),
        "took {:?}",
        t0.elapsed()
    );
    drop(idle);
}

#[test]
fn hostile_feed_strings_are_escaped_and_the_headers_lock_the_page_down() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    let (cfg, port, mut child) = start_web(dir.path(), &srv, "", true);
    wait_ready(port, dir.path(), &mut child);
    let base = format!("http://127.0.0.1:{port}");
    // the stored title really holds hostile characters: complete tags are stripped on
    // the way in, but quotes and an unterminated tag survive as text and must be escaped
    let ex = newshound(&cfg, &["explain", HOSTILE_LINK, "--json"]);
    let ex: serde_json::Value = serde_json::from_slice(&ex.stdout).expect("hostile item stored");
    let stored = ex["title"].as_str().unwrap().to_string();
    assert!(
        stored.contains("<img src=x onerror=alert(5)")
            && stored.contains("\">")
            && stored.contains("'onmouseover='"),
        "{stored}"
    );
    let story = ex["watchlists"][0]["story"]["id"]
        .as_i64()
        .expect("hostile item in a story");

    for path in [
        "/".to_string(),
        format!("/stories/{story}"),
        "/watchlists/gaza-ceasefire".into(),
        "/feeds".into(),
    ] {
        let d = dom(&format!("{base}{path}"));
        // nothing from the feed became markup: only our elements and attributes
        for (tag, attrs) in elements(&d) {
            assert!(
                !["script", "img", "iframe", "object", "embed", "link"].contains(&tag.as_str()),
                "{path}: <{tag}>"
            );
            for (name, value) in attrs {
                assert!(!name.starts_with("on"), "{path}: <{tag} {name}=…>");
                assert!(
                    !value.to_ascii_lowercase().trim().starts_with("javascript:"),
                    "{path}: <{tag} {name}={value}>"
                );
                assert!(
                    [
                        "href",
                        "class",
                        "title",
                        "aria-label",
                        "lang",
                        "charset",
                        "name",
                        "content",
                        "open",
                        "rel"
                    ]
                    .contains(&name.as_str()),
                    "{path}: unexpected attribute <{tag} {name}>"
                );
            }
        }
        assert!(!d.contains("<b>Feed</b>"), "{path}: feed name as markup");
        if path != "/feeds" {
            assert!(
                text_of(&d).contains(&stored),
                "{path}: the title is shown as text"
            );
        }
    }
    let d = dom(&format!("{base}/stories/{story}"));
    assert!(text_of(&d).contains("link (not followed): javascript:alert(4)"));

    // headers: CSP without scripts or other hosts; read-only
    let (head, body) = http_get(port, "/", "").unwrap();
    let head_l = head.to_ascii_lowercase();
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let csp = head_l
        .lines()
        .find(|l| l.starts_with("content-security-policy:"))
        .expect("CSP header")
        .to_string();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("style-src 'sha256-"),
        "{csp}"
    );
    assert!(
        !csp.contains("script-src") && !csp.contains("http"),
        "{csp}"
    );
    assert!(head_l.contains("x-content-type-options: nosniff"));
    assert!(!body.contains("<script") && !body.contains("style=\""));
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let r = request(
            port,
            &format!(
                "{method} / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            ),
        );
        assert!(r.starts_with("HTTP/1.1 405"), "{method}: {r}");
        assert!(r.to_ascii_lowercase().contains("allow: get, head"));
    }
    // DNS rebinding: another host name pointing at 127.0.0.1 is not served
    let r = request(
        port,
        "GET / HTTP/1.1\r\nHost: evil.example:8080\r\nConnection: close\r\n\r\n",
    );
    assert!(r.starts_with("HTTP/1.1 421"), "{r}");
    let (head, _) = http_get(port, "/stories/999999", "").unwrap();
    assert!(head.starts_with("HTTP/1.1 404"), "{head}");
    let (head, _) = http_get(port, "/watchlists/%3Cscript%3E", "").unwrap();
    assert!(head.starts_with("HTTP/1.1 404"), "{head}");
    signal(child.id(), "TERM");
    assert!(child.wait().unwrap().success());
}

#[test]
fn non_loopback_needs_authentication_and_gets_it() {
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    // no authentication on a public address: check-config fails with exit 2
    let cfg = web_config(dir.path(), &srv, "listen = \"0.0.0.0:8080\"", false);
    let out = newshound(&cfg, &["check-config"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("web.listen") && err.contains("password_file"),
        "{err}"
    );
    let out = newshound(&cfg, &["run"]);
    assert_eq!(out.status.code(), Some(2));

    // basic auth from password_file (a trailing newline is not part of it), and a token
    std::fs::write(dir.path().join("pw"), "s3cret pass\n").unwrap();
    std::fs::write(dir.path().join("token"), "t0ken").unwrap();
    let auth = format!(
        "username = \"analyst\"\npassword_file = \"{}\"\ntoken_file = \"{}\"",
        dir.path().join("pw").display(),
        dir.path().join("token").display()
    );
    let cfg = web_config(
        dir.path(),
        &srv,
        &format!("listen = \"0.0.0.0:8080\"\n{auth}"),
        false,
    );
    assert!(newshound(&cfg, &["check-config"]).status.success());
    // served here on loopback (tests stay on loopback); configured auth applies there too
    let (_, port, mut child) = start_web(dir.path(), &srv, &auth, false);
    use base64::Engine;
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
    let status = |extra: &str, path: &str| http_get(port, path, extra).unwrap().0;
    let no = status("", "/");
    assert!(no.starts_with("HTTP/1.1 401"), "{no}");
    assert!(no.to_ascii_lowercase().contains("www-authenticate: basic"));
    for bad in [
        "analyst:wrong",
        "other:s3cret pass",
        "analyst:s3cret pass\n",
    ] {
        let r = status(&format!("Authorization: Basic {}\r\n", b64(bad)), "/feeds");
        assert!(r.starts_with("HTTP/1.1 401"), "{bad:?}: {r}");
    }
    let ok = status(
        &format!("Authorization: Basic {}\r\n", b64("analyst:s3cret pass")),
        "/feeds",
    );
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
    let ok = status("Authorization: Bearer t0ken\r\n", "/");
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
    let r = status("Authorization: Bearer t0ke\r\n", "/");
    assert!(r.starts_with("HTTP/1.1 401"), "{r}");
    // SIGHUP re-reads the secrets: the new token works, the old one no longer
    std::fs::write(dir.path().join("token"), "t0ken-2\n").unwrap();
    signal(child.id(), "HUP");
    let deadline = Instant::now() + Duration::from_secs(20);
    while !status("Authorization: Bearer t0ken-2\r\n", "/").starts_with("HTTP/1.1 200") {
        assert!(
            Instant::now() < deadline,
            "the new token was not taken on SIGHUP"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let r = status("Authorization: Bearer t0ken\r\n", "/");
    assert!(r.starts_with("HTTP/1.1 401"), "{r}");
    signal(child.id(), "TERM");
    assert!(child.wait().unwrap().success());
}

/// The HTML part of a raw message (quoted-printable or base64 decoded).
fn html_part(eml: &str) -> String {
    let i = eml.find("Content-Type: text/html").expect("an HTML part");
    let part = &eml[i..];
    let (head, body) = part.split_once("\r\n\r\n").expect("part header");
    let body = body.split("\r\n--").next().unwrap();
    if head.contains("Content-Transfer-Encoding: base64") {
        use base64::Engine;
        let joined: String = body.split_whitespace().collect();
        String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(joined)
                .unwrap(),
        )
        .unwrap()
    } else if head.contains("quoted-printable") {
        let s = body.replace("=\r\n", "");
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'=' && i + 2 < b.len() {
                if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                    out.push(v);
                    i += 3;
                    continue;
                }
            }
            out.push(b[i]);
            i += 1;
        }
        String::from_utf8(out).unwrap()
    } else {
        body.to_string()
    }
}

#[test]
fn alert_and_digest_emails_render_in_chromium() {
    // an immediate watchlist and a digest one over the same feeds
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    let cfg = web_config(
        dir.path(),
        &srv,
        "public_url = \"https://newshound.example\"",
        false,
    );
    assert!(newshound(&cfg, &["once"]).status.success());
    let all = mails(dir.path());
    let subjects: Vec<&str> = all.iter().filter_map(|m| header(m, "Subject")).collect();
    // joint actors take the plural verb in the subject
    assert!(
        subjects
            .iter()
            .any(|s| s.starts_with("[gaza-ceasefire] Israel and Hamas reach an agreement: ")),
        "{subjects:?}"
    );
    // the sample: an alert whose story already had a development
    let alert = all
        .iter()
        .find(|m| header(m, "Subject").is_some_and(|s| s.contains("Israel sends a delegation")))
        .unwrap_or_else(|| panic!("no delegation alert among {subjects:?}"));
    let alert_html = html_part(alert);

    let dir2 = tempfile::tempdir().unwrap();
    let cfg2 = web_config(
        dir2.path(),
        &srv,
        "public_url = \"https://newshound.example\"",
        false,
    );
    let text = std::fs::read_to_string(&cfg2).unwrap().replace(
        "keywords = [",
        "mode = \"digest\"\ndigest_every = \"2s\"\nkeywords = [",
    );
    std::fs::write(&cfg2, text).unwrap();
    assert!(newshound(&cfg2, &["once"]).status.success());
    std::thread::sleep(Duration::from_millis(2500));
    assert!(newshound(&cfg2, &["once"]).status.success());
    let digests = mails(dir2.path());
    assert_eq!(digests.len(), 1, "one digest");
    let digest_html = html_part(&digests[0]);

    let shots = tempfile::tempdir().unwrap();
    let docs = docs_dir();
    for (name, html, h) in [
        ("sample-alert", &alert_html, 640),
        ("sample-digest", &digest_html, 2000),
    ] {
        let file = shots.path().join(format!("{name}.html"));
        std::fs::write(&file, html).unwrap();
        let url = format!("file://{}", file.display());
        let d = dom(&url);
        let t = text_of(&d);
        assert!(!d.to_ascii_lowercase().contains("<script"), "{name}");
        assert!(
            d.contains("href=\"https://newshound.example/stories/"),
            "{name}: story link"
        );
        if name == "sample-alert" {
            // header, then the quote, then outlets, then the story so far
            let at = |s: &str| {
                t.find(s)
                    .unwrap_or_else(|| panic!("{name}: {s} missing in\n{t}"))
            };
            assert!(at("Israel sends a delegation") < at("“"));
            assert!(at("“") < at("Reported by"));
            assert!(at("Reported by") < at("The story so far"));
            assert!(at("The story so far") < at("Hamas accepts a proposal"));
            assert!(t.contains("Actors: Israel"), "{t}");
        } else {
            assert!(t.contains("development(s) in"), "{t}");
        }
        let png = screenshot(&url, 700, h, &shots.path().join(format!("{name}.png")));
        if let Some(docs) = &docs {
            std::fs::write(docs.join(format!("{name}.html")), html).unwrap();
            if name == "sample-alert" {
                std::fs::write(docs.join(format!("{name}.png")), png).unwrap();
            }
            let eml = if name == "sample-alert" {
                alert
            } else {
                &digests[0]
            };
            std::fs::write(docs.join(format!("{name}.eml.txt")), eml).unwrap();
        }
    }
}

#[test]
fn page_views_hold_up_neither_polling_nor_the_watchdog() {
    use std::os::unix::net::UnixDatagram;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::Arc;
    let dir = tempfile::tempdir().unwrap();
    let srv = FeedServer::start();
    let port = free_port();
    let cfg = web_config(
        dir.path(),
        &srv,
        &format!("listen = \"127.0.0.1:{port}\""),
        false,
    );
    // every feed polled every 2 s
    let text = std::fs::read_to_string(&cfg)
        .unwrap()
        .replace("poll_interval = \"1h\"", "poll_interval = \"2s\"");
    std::fs::write(&cfg, text).unwrap();
    let sock_path = dir.path().join("notify.sock");
    let sock = UnixDatagram::bind(&sock_path).unwrap();
    sock.set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    let log = std::fs::File::create(dir.path().join("daemon.log")).unwrap();
    let mut child = Command::new(bin())
        .arg("--config")
        .arg(&cfg)
        .arg("run")
        .env("NOTIFY_SOCKET", &sock_path)
        .env("WATCHDOG_USEC", "2000000")
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap();
    wait_ready(port, dir.path(), &mut child);
    let sid = jsonl(&newshound(&cfg, &["stories", "--json"]))[0]["id"].clone();

    // eight clients load pages as fast as they can for six seconds
    let stop = Arc::new(AtomicBool::new(false));
    let served = Arc::new(AtomicUsize::new(0));
    let clients: Vec<_> = (0..8)
        .map(|k| {
            let (stop, served) = (stop.clone(), served.clone());
            let paths = [
                "/".to_string(),
                "/watchlists/gaza-ceasefire".into(),
                format!("/stories/{sid}"),
                "/feeds".into(),
            ];
            std::thread::spawn(move || {
                let mut n = k;
                while !stop.load(Ordering::SeqCst) {
                    if let Some((head, _)) = http_get(port, &paths[n % paths.len()], "") {
                        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
                        served.fetch_add(1, Ordering::SeqCst);
                    }
                    n += 1;
                }
            })
        })
        .collect();
    let polls_before = srv.ok.load(Ordering::SeqCst) + srv.not_modified.load(Ordering::SeqCst);
    let mut last = Instant::now();
    let mut worst = Duration::ZERO;
    let t0 = Instant::now();
    let mut buf = [0u8; 4096];
    while t0.elapsed() < Duration::from_secs(6) {
        if let Ok(n) = sock.recv(&mut buf) {
            if String::from_utf8_lossy(&buf[..n]).contains("WATCHDOG=1") {
                worst = worst.max(last.elapsed());
                last = Instant::now();
            }
        }
    }
    worst = worst.max(last.elapsed());
    stop.store(true, Ordering::SeqCst);
    for c in clients {
        c.join().unwrap();
    }
    let polls =
        srv.ok.load(Ordering::SeqCst) + srv.not_modified.load(Ordering::SeqCst) - polls_before;
    let pages = served.load(Ordering::SeqCst);
    eprintln!("{pages} pages, {polls} polls, longest watchdog gap {worst:?}");
    assert!(pages > 50, "only {pages} pages served");
    // systemd restarts a service that is silent for WatchdogSec (here 2 s)
    assert!(
        worst < Duration::from_secs(2),
        "watchdog silent for {worst:?} while {pages} pages were served"
    );
    // 4 feeds every 2 s for 6 s: about 12 polls
    assert!(polls >= 6, "{polls} polls while {pages} pages were served");
    signal(child.id(), "TERM");
    assert!(child.wait().unwrap().success());
}

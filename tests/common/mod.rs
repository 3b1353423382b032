//! Test harness: a real HTTP server on 127.0.0.1 (ETag / If-None-Match aware), a real
//! SMTP server (aiosmtpd, installed from PyPI into target/ on first use), config files
//! in temporary directories, and helpers to run the real binary.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Served documents: path → (body, content type).
type Docs = Arc<Mutex<HashMap<String, (Vec<u8>, String)>>>;

/// A tiny static HTTP/1.1 server with conditional GET, on a background thread.
pub struct FeedServer {
    pub port: u16,
    docs: Docs,
    pub ok: Arc<AtomicUsize>,
    pub not_modified: Arc<AtomicUsize>,
}

fn etag_of(body: &[u8]) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    body.hash(&mut h);
    format!("\"{:x}\"", h.finish())
}

impl FeedServer {
    pub fn start() -> FeedServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let docs: Docs = Default::default();
        let ok = Arc::new(AtomicUsize::new(0));
        let nm = Arc::new(AtomicUsize::new(0));
        let (d, o, n) = (docs.clone(), ok.clone(), nm.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (d, o, n) = (d.clone(), o.clone(), n.clone());
                std::thread::spawn(move || serve(stream, d, o, n));
            }
        });
        FeedServer {
            port,
            docs,
            ok,
            not_modified: nm,
        }
    }

    pub fn set(&self, path: &str, body: &str, content_type: &str) {
        self.docs.lock().unwrap().insert(
            path.to_string(),
            (body.as_bytes().to_vec(), content_type.to_string()),
        );
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{}", self.port, path)
    }
}

fn serve(mut s: TcpStream, docs: Docs, ok: Arc<AtomicUsize>, nm: Arc<AtomicUsize>) {
    let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        match s.read(&mut chunk) {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
        if buf.windows(4).any(|w| w == b"\r\n\r\n") {
            break;
        }
    }
    let req = String::from_utf8_lossy(&buf).to_string();
    let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
    let inm = req
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("if-none-match:"))
        .map(|l| l[14..].trim().to_string());
    let doc = docs.lock().unwrap().get(&path).cloned();
    let resp = match doc {
        None => {
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec()
        }
        Some((body, ct)) => {
            let tag = etag_of(&body);
            if inm.as_deref() == Some(tag.as_str()) {
                nm.fetch_add(1, Ordering::SeqCst);
                format!("HTTP/1.1 304 Not Modified\r\nETag: {tag}\r\nConnection: close\r\n\r\n")
                    .into_bytes()
            } else {
                ok.fetch_add(1, Ordering::SeqCst);
                let mut r = format!("HTTP/1.1 200 OK\r\nContent-Type: {ct}\r\nETag: {tag}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).into_bytes();
                r.extend_from_slice(&body);
                r
            }
        }
    };
    let _ = s.write_all(&resp);
}

/// An RSS document with (guid, title, description, hours ago) items.
pub fn rss(items: &[(&str, &str, &str, i64)]) -> String {
    let now = chrono::Utc::now();
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>T</title><link>http://x.example/</link><description>d</description>");
    for (guid, title, desc, ago) in items {
        let pub_date = (now - chrono::Duration::hours(*ago)).to_rfc2822();
        x.push_str(&format!(
            "<item><guid>{guid}</guid><title>{title}</title><link>https://news.example/{guid}</link><pubDate>{pub_date}</pubDate><description>{desc}</description></item>"
        ));
    }
    x.push_str("</channel></rss>");
    x
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_newshound"))
}

pub fn newshound(config: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .arg("--config")
        .arg(config)
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

pub fn spawn(config: &Path, args: &[&str]) -> Child {
    Command::new(bin())
        .arg("--config")
        .arg(config)
        .args(args)
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

pub fn jsonl(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

pub const GAZA_WATCHLIST: &str = r#"
[[watchlist]]
name = "gaza"
recipients = ["desk@example.org"]
keywords = ["ceasefire", "truce", "talks", "negotiat*", "delegation", "proposal"]
context = ["Gaza", "Hamas"]

[watchlist.actors]
"United States" = ["US", "U.S.", "Washington"]
"Israel" = ["Israeli", "Netanyahu", "Mossad"]
"Hamas" = []
"Qatar" = ["Qatari"]
"#;

/// Writes a config with the given feeds and email section into `dir`.
pub fn config(dir: &Path, feeds: &[String], email: &str, extra_daemon: &str) -> PathBuf {
    let mut c = format!(
        "[daemon]\nstate_dir = \"{}\"\npoll_interval = \"1h\"\n{extra_daemon}\n[alerts]\nmax_age = \"30d\"\nretry_base = \"1s\"\n\n{email}\n",
        dir.join("state").display()
    );
    for f in feeds {
        c.push_str(&format!("[[feed]]\nurl = \"{f}\"\n\n"));
    }
    c.push_str(GAZA_WATCHLIST);
    let p = dir.join("newshound.toml");
    std::fs::write(&p, c).unwrap();
    p
}

pub fn file_email(dir: &Path) -> String {
    format!(
        "[email]\nfrom = \"newshound <n@localhost>\"\ntransport = \"file\"\ndir = \"{}\"\n",
        dir.join("mail").display()
    )
}

pub fn mails(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir.join("mail"))
        .map(|r| {
            r.flatten()
                .filter(|e| e.path().extension().map(|x| x == "eml").unwrap_or(false))
                .map(|e| std::fs::read_to_string(e.path()).unwrap())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Python with aiosmtpd importable: installs it from PyPI into target/pydeps once.
pub fn aiosmtpd_python() -> (String, PathBuf) {
    static ONCE: OnceLock<PathBuf> = OnceLock::new();
    let dir = ONCE
        .get_or_init(|| {
            let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("target")
                .join("pydeps");
            let ok = Command::new("python3")
                .args(["-c", "import aiosmtpd"])
                .env("PYTHONPATH", &dir)
                .status()
                .map(|s| s.success())
                .unwrap_or(false);
            if !ok {
                let st = Command::new("python3")
                    .args([
                        "-m",
                        "pip",
                        "install",
                        "--quiet",
                        "--disable-pip-version-check",
                        "--target",
                    ])
                    .arg(&dir)
                    .arg("aiosmtpd")
                    .status()
                    .expect("python3 -m pip");
                assert!(st.success(), "pip install aiosmtpd failed");
            }
            dir
        })
        .clone();
    ("python3".into(), dir)
}

/// A real SMTP server (aiosmtpd, Mailbox handler) on 127.0.0.1:port.
pub struct SmtpServer {
    child: Child,
    pub port: u16,
    pub maildir: PathBuf,
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl SmtpServer {
    pub fn start(port: u16, maildir: &Path) -> SmtpServer {
        let (py, path) = aiosmtpd_python();
        let child = Command::new(py)
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(maildir)
            .env("PYTHONPATH", path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "aiosmtpd did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        SmtpServer {
            child,
            port,
            maildir: maildir.to_path_buf(),
        }
    }

    /// Messages in the Maildir (new/).
    pub fn messages(&self) -> Vec<String> {
        maildir_messages(&self.maildir)
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// aiosmtpd behind STARTTLS (required) and AUTH (required), or implicit TLS, with a
/// test certificate made by openssl; messages land in a Maildir.
pub struct TlsSmtpServer {
    child: Child,
    pub port: u16,
    pub maildir: PathBuf,
    pub ca: PathBuf,
}

const TLS_SERVER_PY: &str = r#"
import mailbox, ssl, sys, time
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult, LoginPassword
port, maildir, cert, key, mode = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
ctx.load_cert_chain(cert, key)
def auth(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"alerts" and auth_data.password == b"s3cret"
    return AuthResult(success=ok)
if mode == "starttls":
    c = Controller(Mailbox(maildir), hostname="127.0.0.1", port=port, tls_context=ctx, require_starttls=True,
                   authenticator=auth, auth_required=True)
else:
    c = Controller(Mailbox(maildir), hostname="127.0.0.1", port=port, ssl_context=ctx,
                   authenticator=auth, auth_required=True, auth_require_tls=False)
c.start()
print("ready", flush=True)
while True:
    time.sleep(3600)
"#;

impl TlsSmtpServer {
    pub fn start(dir: &Path, mode: &str) -> TlsSmtpServer {
        let (py, path) = aiosmtpd_python();
        let cert = dir.join("cert.pem");
        let key = dir.join("key.pem");
        let st = Command::new("openssl")
            .args([
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
            ])
            .args([
                "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-addext",
                "basicConstraints=critical,CA:FALSE",
            ])
            .arg("-keyout")
            .arg(&key)
            .arg("-out")
            .arg(&cert)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("openssl");
        assert!(st.success(), "openssl could not make a test certificate");
        let script = dir.join("tls_smtp.py");
        std::fs::write(&script, TLS_SERVER_PY).unwrap();
        let port = free_port();
        let maildir = dir.join("tls-maildir");
        let child = Command::new(py)
            .arg(&script)
            .arg(port.to_string())
            .arg(&maildir)
            .arg(&cert)
            .arg(&key)
            .arg(mode)
            .env("PYTHONPATH", path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "TLS aiosmtpd did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        TlsSmtpServer {
            child,
            port,
            maildir,
            ca: cert,
        }
    }

    pub fn messages(&self) -> Vec<String> {
        maildir_messages(&self.maildir)
    }
}

impl Drop for TlsSmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The value of a header in a raw message.
pub fn header<'a>(msg: &'a str, name: &str) -> Option<&'a str> {
    msg.lines()
        .find(|l| {
            l.to_ascii_lowercase()
                .starts_with(&format!("{}:", name.to_ascii_lowercase()))
        })
        .map(|l| l[name.len() + 1..].trim())
}

/// Every message in a Maildir (new/ and cur/).
pub fn maildir_messages(maildir: &Path) -> Vec<String> {
    let mut v = Vec::new();
    for sub in ["new", "cur"] {
        if let Ok(rd) = std::fs::read_dir(maildir.join(sub)) {
            for e in rd.flatten() {
                v.push(std::fs::read_to_string(e.path()).unwrap_or_default());
            }
        }
    }
    v
}

/// A watchlist item that reports a development (Israel withdraws its team).
pub const RECALL: (&str, &str, &str, i64) = (
    "y1",
    "Israel recalls its negotiating team from Doha talks",
    "Israel has withdrawn its delegation from the Gaza ceasefire talks, officials said.",
    1,
);

/// An item no watchlist takes.
pub const QUIET: (&str, &str, &str, i64) =
    ("x1", "Dutch coalition talks drag on", "Parties met.", 1);

/// Sends a signal (`TERM`, `HUP`, …) to a process.
pub fn signal(pid: u32, sig: &str) {
    let st = Command::new("kill")
        .arg(format!("-{sig}"))
        .arg(pid.to_string())
        .status()
        .unwrap();
    assert!(st.success(), "kill -{sig} {pid}");
}

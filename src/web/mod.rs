//! The read-only web view (`[web] listen`): server-rendered HTML on hyper, served by
//! `run` beside polling.
//!
//! It never blocks the daemon: each connection is its own task, every database read is
//! a bounded query run on the store thread (`Store::call`), at most
//! [`STORE_CALLS`] of them at once, so a burst of page views cannot starve polling.
//! Only GET and HEAD exist; pages carry a strict Content-Security-Policy (no scripts,
//! the inline stylesheet allowed by its hash, nothing from other hosts).

mod pages;

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::header::{HeaderValue, AUTHORIZATION};
use hyper::{Method, Request, Response, StatusCode};
use sha2::{Digest, Sha256};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{watch, Semaphore};
use tracing::{info, warn};

use crate::config::{Config, DevelopmentConfig};
use crate::store::{views, Store, StoreError};
use crate::tz::TimeZone;

/// Store reads from the web view at once.
const STORE_CALLS: usize = 2;
/// Connections served at once; more wait in the kernel's backlog.
const CONNECTIONS: usize = 64;
/// Stories on a timeline, developments and stories on the overview.
const TIMELINE_STORIES: usize = 40;
const OVERVIEW_ROWS: usize = 15;
/// Latest items of a story on a timeline, and items per story page.
const TIMELINE_ITEMS: usize = 30;
const STORY_PAGE_ITEMS: usize = 200;
/// Developments of a story on a timeline; on its page: listed, and detailed with
/// their first reports. Reports on a development page.
const TIMELINE_DEVELOPMENTS: usize = 20;
const STORY_DEVELOPMENTS: views::DevLimits = views::DevLimits {
    listed: 200,
    detailed: 50,
    reports: 10,
};
const DEVELOPMENT_REPORTS: usize = 200;

/// Web view problems, with what to do about them.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// The address cannot be bound.
    #[error(
        "web view: cannot listen on {addr}: {source} (check [web] listen: is the port taken?)"
    )]
    Bind {
        /// Address.
        addr: SocketAddr,
        /// Cause.
        source: std::io::Error,
    },
    /// A secret file cannot be read or is empty.
    #[error("web view: {key} {path}: {message}")]
    Secret {
        /// Config key.
        key: &'static str,
        /// File.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// Who may read the view: nobody is asked when neither secret is configured (loopback).
#[derive(Clone, Default)]
struct Auth {
    /// SHA-256 of `user:password` for HTTP basic auth.
    basic: Option<[u8; 32]>,
    /// SHA-256 of the bearer token.
    token: Option<[u8; 32]>,
}

fn digest(b: &[u8]) -> [u8; 32] {
    Sha256::digest(b).into()
}

/// Compares two digests without an early exit, so timing tells nothing.
fn same(a: &[u8; 32], b: &[u8; 32]) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl Auth {
    fn allows(&self, header: Option<&HeaderValue>) -> bool {
        if self.basic.is_none() && self.token.is_none() {
            return true;
        }
        let Some(h) = header.and_then(|h| h.to_str().ok()) else {
            return false;
        };
        let (scheme, value) = h.trim().split_once(' ').unwrap_or((h, ""));
        let value = value.trim();
        if scheme.eq_ignore_ascii_case("basic") {
            use base64::Engine;
            let Ok(raw) = base64::engine::general_purpose::STANDARD.decode(value) else {
                return false;
            };
            let d = digest(&raw);
            // the token works as the password of any user too (browsers only speak basic)
            let token_ok = self.token.as_ref().is_some_and(|t| {
                raw.iter()
                    .position(|&b| b == b':')
                    .is_some_and(|i| same(t, &digest(&raw[i + 1..])))
            });
            return self.basic.as_ref().is_some_and(|b| same(b, &d)) || token_ok;
        }
        if scheme.eq_ignore_ascii_case("bearer") {
            return self
                .token
                .as_ref()
                .is_some_and(|t| same(t, &digest(value.as_bytes())));
        }
        false
    }
}

fn read_secret(key: &'static str, path: &Path) -> Result<Vec<u8>, WebError> {
    let err = |message: String| WebError::Secret {
        key,
        path: path.display().to_string(),
        message,
    };
    let s = std::fs::read_to_string(path).map_err(|e| err(format!("cannot read it: {e}")))?;
    let s = s.trim_end_matches(['\n', '\r']);
    if s.is_empty() {
        return Err(err("is empty: put the secret in it".into()));
    }
    Ok(s.as_bytes().to_vec())
}

/// Everything a request needs; replaced as a whole on SIGHUP.
pub struct WebContext {
    store: Store,
    store_calls: Semaphore,
    auth: Auth,
    pages: pages::Settings,
    watchlists: Vec<String>,
    /// Host of `[web] public_url`, also accepted in `Host:`.
    public_host: Option<String>,
}

/// Whether a `Host:` header names this server: an IP literal, `localhost`, or the host of
/// `public_url`. Without authentication this stops DNS rebinding (a web page elsewhere
/// whose name resolves to 127.0.0.1 reading the view through the analyst's browser).
fn host_allowed(host: Option<&HeaderValue>, public_host: Option<&str>) -> bool {
    let Some(h) = host.and_then(|h| h.to_str().ok()) else {
        return false;
    };
    let h = h.trim().to_ascii_lowercase();
    let name = if let Some(rest) = h.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        h.rsplit_once(':').map(|(n, _)| n).unwrap_or(&h)
    };
    name == "localhost"
        || name.parse::<std::net::IpAddr>().is_ok()
        || public_host.is_some_and(|p| p.eq_ignore_ascii_case(name))
}

impl WebContext {
    /// Builds the context from the config (reads the password or token file now).
    pub fn new(cfg: &Config, store: Store) -> Result<WebContext, WebError> {
        let w = &cfg.web;
        let mut auth = Auth::default();
        if let Some(p) = &w.password_file {
            let mut up = format!("{}:", w.username).into_bytes();
            up.extend(read_secret("password_file", p)?);
            auth.basic = Some(digest(&up));
        }
        if let Some(p) = &w.token_file {
            auth.token = Some(digest(&read_secret("token_file", p)?));
        }
        Ok(WebContext {
            store,
            store_calls: Semaphore::new(STORE_CALLS),
            auth,
            pages: pages::Settings {
                tz: cfg.alerts.timezone,
                user_kinds: cfg.developments.clone(),
                feeds: cfg.feeds.iter().map(|f| f.url.clone()).collect(),
            },
            watchlists: cfg.watchlists.iter().map(|w| w.name.clone()).collect(),
            public_host: w
                .public_url
                .as_deref()
                .and_then(|u| url::Url::parse(u).ok())
                .and_then(|u| u.host_str().map(str::to_string)),
        })
    }

    /// A context for benchmarks and tests: no authentication.
    pub fn open(
        store: Store,
        tz: TimeZone,
        user_kinds: Vec<DevelopmentConfig>,
        watchlists: Vec<String>,
    ) -> WebContext {
        WebContext {
            store,
            store_calls: Semaphore::new(STORE_CALLS),
            auth: Auth::default(),
            pages: pages::Settings {
                tz,
                user_kinds,
                feeds: Vec::new(),
            },
            watchlists,
            public_host: None,
        }
    }

    /// Runs a read on the store thread, at most [`STORE_CALLS`] at once.
    async fn read<F, R>(&self, f: F) -> Result<R, StoreError>
    where
        F: FnOnce(&mut rusqlite::Connection) -> Result<R, StoreError> + Send + 'static,
        R: Send + 'static,
    {
        let _permit = self
            .store_calls
            .acquire()
            .await
            .map_err(|_| StoreError::Closed)?;
        self.store.call(f).await
    }
}

/// The web view of a running daemon; replaced on SIGHUP.
pub struct WebServer {
    addr: SocketAddr,
    ctx: watch::Sender<Arc<WebContext>>,
    task: tokio::task::JoinHandle<()>,
}

impl WebServer {
    /// Starts serving when `[web] listen` is set (binds now, so a taken port fails `run`).
    pub async fn start(cfg: &Config, store: &Store) -> Result<Option<WebServer>, WebError> {
        let Some(addr) = cfg.web.listen else {
            return Ok(None);
        };
        let ctx = Arc::new(WebContext::new(cfg, store.clone())?);
        let listener = bind(addr).await?;
        let (tx, rx) = watch::channel(ctx);
        Ok(Some(WebServer {
            addr,
            ctx: tx,
            task: tokio::spawn(serve(listener, rx)),
        }))
    }

    /// After a reload: the same address keeps its socket and takes the new settings;
    /// another address (or none) replaces the server. Problems are logged, never fatal.
    pub async fn reload(old: Option<WebServer>, cfg: &Config, store: &Store) -> Option<WebServer> {
        match old {
            Some(s) if Some(s.addr) == cfg.web.listen => {
                match WebContext::new(cfg, store.clone()) {
                    Ok(c) => {
                        let _ = s.ctx.send(Arc::new(c));
                    }
                    Err(e) => tracing::error!("{e}; the web view keeps its old settings"),
                }
                Some(s)
            }
            old => {
                if let Some(s) = old {
                    s.stop();
                }
                WebServer::start(cfg, store).await.unwrap_or_else(|e| {
                    tracing::error!("{e}");
                    None
                })
            }
        }
    }

    /// Stops accepting (requests in progress end with the process).
    pub fn stop(self) {
        self.task.abort();
    }
}

/// Binds the configured address (done before READY, so a taken port fails `run`).
pub async fn bind(addr: SocketAddr) -> Result<tokio::net::TcpListener, WebError> {
    tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| WebError::Bind { addr, source })
}

/// Serves connections until the task is dropped; each takes the context current at
/// its start.
pub async fn serve(listener: tokio::net::TcpListener, ctx: watch::Receiver<Arc<WebContext>>) {
    if let Ok(a) = listener.local_addr() {
        info!("web view on http://{a}/");
    }
    let conns = Arc::new(Semaphore::new(CONNECTIONS));
    loop {
        let Ok(permit) = conns.clone().acquire_owned().await else {
            return;
        };
        let stream = match listener.accept().await {
            Ok((s, _)) => s,
            Err(e) => {
                warn!("web view: accept failed: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let ctx = ctx.borrow().clone();
        tokio::spawn(async move {
            let _permit = permit;
            let svc = hyper::service::service_fn(move |req| {
                let ctx = ctx.clone();
                async move { Ok::<_, Infallible>(handle(&ctx, req).await) }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(Duration::from_secs(10))
                .serve_connection(hyper_util::rt::TokioIo::new(stream), svc);
            // a slow or idle client gets a minute in all
            let _ = tokio::time::timeout(Duration::from_secs(60), conn).await;
        });
    }
}

type Resp = Response<Full<Bytes>>;

fn response(status: StatusCode, body: String, head: bool) -> Resp {
    let mut r = Response::new(Full::new(if head {
        Bytes::new()
    } else {
        Bytes::from(body)
    }));
    *r.status_mut() = status;
    let h = r.headers_mut();
    h.insert(
        "content-type",
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&pages::csp()) {
        h.insert("content-security-policy", v);
    }
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert("cache-control", HeaderValue::from_static("no-store"));
    r
}

/// One request: method and authentication checks, then the page.
pub async fn handle<B>(ctx: &WebContext, req: Request<B>) -> Resp {
    let head = req.method() == Method::HEAD;
    if req.method() != Method::GET && !head {
        let mut r = response(
            StatusCode::METHOD_NOT_ALLOWED,
            pages::message(&ctx.pages, "Read-only", "This view only reads: use GET.").into_string(),
            false,
        );
        r.headers_mut()
            .insert("allow", HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    let open = ctx.auth.basic.is_none() && ctx.auth.token.is_none();
    if open
        && !host_allowed(
            req.headers().get(hyper::header::HOST),
            ctx.public_host.as_deref(),
        )
    {
        return response(
            StatusCode::MISDIRECTED_REQUEST,
            pages::message(&ctx.pages, "Unknown host", "Reach this view by its IP address, as localhost, or by the host of [web] public_url.").into_string(),
            head,
        );
    }
    if !ctx.auth.allows(req.headers().get(AUTHORIZATION)) {
        let mut r = response(
            StatusCode::UNAUTHORIZED,
            pages::message(
                &ctx.pages,
                "Sign in",
                "This view needs the user name and password (or token) set in [web].",
            )
            .into_string(),
            head,
        );
        r.headers_mut().insert(
            "www-authenticate",
            HeaderValue::from_static("Basic realm=\"newshound\", charset=\"UTF-8\""),
        );
        return r;
    }
    let path = req.uri().path().to_string();
    let query = req.uri().query().unwrap_or("").to_string();
    match page(ctx, &path, &query).await {
        Ok(Some(html)) => response(StatusCode::OK, html, head),
        Ok(None) => response(
            StatusCode::NOT_FOUND,
            pages::message(
                &ctx.pages,
                "Not found",
                "Nothing here: start from the overview.",
            )
            .into_string(),
            head,
        ),
        Err(e) => {
            warn!("web view: {path}: {e}");
            response(
                StatusCode::SERVICE_UNAVAILABLE,
                pages::message(
                    &ctx.pages,
                    "Unavailable",
                    "The database could not be read just now; try again.",
                )
                .into_string(),
                head,
            )
        }
    }
}

/// Decodes `%XX` escapes of a path segment; None when it is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn query_usize(query: &str, key: &str) -> Option<usize> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == key)
        .and_then(|(_, v)| v.parse().ok())
}

/// Renders the page at `path`; None when there is none.
async fn page(ctx: &WebContext, path: &str, query: &str) -> Result<Option<String>, StoreError> {
    let p = &ctx.pages;
    let segs: Vec<&str> = path.trim_end_matches('/').split('/').skip(1).collect();
    let html = match segs.as_slice() {
        [] => {
            let wls = ctx.watchlists.clone();
            let o = ctx
                .read(move |c| views::overview(c, &wls, OVERVIEW_ROWS))
                .await?;
            pages::overview(p, &o)
        }
        ["watchlists", name] => {
            let Some(name) = percent_decode(name) else {
                return Ok(None);
            };
            let n = name.clone();
            let stories = ctx
                .read(move |c| {
                    views::timeline(
                        c,
                        &n,
                        TIMELINE_STORIES,
                        TIMELINE_ITEMS,
                        TIMELINE_DEVELOPMENTS,
                    )
                })
                .await?;
            if stories.is_empty() && !ctx.watchlists.contains(&name) {
                return Ok(None);
            }
            pages::timeline(p, &name, &stories)
        }
        ["stories", id] => {
            let Ok(id) = id.parse::<i64>() else {
                return Ok(None);
            };
            let page_no = query_usize(query, "page").unwrap_or(1).max(1);
            let offset = (page_no - 1).saturating_mul(STORY_PAGE_ITEMS);
            let s = ctx
                .read(move |c| {
                    views::story_page(c, id, offset, STORY_PAGE_ITEMS, STORY_DEVELOPMENTS)
                })
                .await?;
            match s {
                Some(s) => pages::story(p, &s, page_no, STORY_PAGE_ITEMS),
                None => return Ok(None),
            }
        }
        ["developments", id] => {
            let Ok(id) = id.parse::<i64>() else {
                return Ok(None);
            };
            match ctx
                .read(move |c| views::development_page(c, id, DEVELOPMENT_REPORTS))
                .await?
            {
                Some((d, alerts)) => pages::development(p, &d, &alerts),
                None => return Ok(None),
            }
        }
        ["feeds"] => {
            let rows = ctx
                .read(|c| views::feed_health(c, chrono::Utc::now()))
                .await?;
            pages::feeds(p, &rows)
        }
        _ => return Ok(None),
    };
    Ok(Some(html.into_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    fn basic(s: &str) -> HeaderValue {
        HeaderValue::from_str(&format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(s)
        ))
        .unwrap()
    }

    #[test]
    fn auth_accepts_the_right_secret_only() {
        let open = Auth::default();
        assert!(open.allows(None));
        let a = Auth {
            basic: Some(digest(b"ann:pw1")),
            token: Some(digest(b"tok")),
        };
        assert!(!a.allows(None));
        assert!(a.allows(Some(&basic("ann:pw1"))));
        assert!(!a.allows(Some(&basic("ann:pw2"))));
        assert!(!a.allows(Some(&basic("bob:pw1"))));
        assert!(a.allows(Some(&basic("anyone:tok"))));
        assert!(a.allows(Some(&HeaderValue::from_static("Bearer tok"))));
        assert!(!a.allows(Some(&HeaderValue::from_static("Bearer tok2"))));
        assert!(!a.allows(Some(&HeaderValue::from_static("Basic !!!"))));
        assert!(!a.allows(Some(&HeaderValue::from_static("Digest x"))));
    }

    #[test]
    fn only_our_host_names_are_served_without_auth() {
        let h = |s: &'static str| Some(HeaderValue::from_static(s));
        assert!(host_allowed(h("127.0.0.1:8080").as_ref(), None));
        assert!(host_allowed(h("[::1]:8080").as_ref(), None));
        assert!(host_allowed(h("localhost:8080").as_ref(), None));
        assert!(host_allowed(
            h("News.Example.org").as_ref(),
            Some("news.example.org")
        ));
        assert!(!host_allowed(
            h("evil.example:8080").as_ref(),
            Some("news.example.org")
        ));
        assert!(!host_allowed(None, None));
    }

    #[test]
    fn path_segments_decode() {
        assert_eq!(
            percent_decode("gaza%20talks").as_deref(),
            Some("gaza talks")
        );
        assert_eq!(percent_decode("a%2"), Some("a%2".into()));
        assert_eq!(percent_decode("%ff"), None);
        assert_eq!(query_usize("page=3&x=1", "page"), Some(3));
    }
}

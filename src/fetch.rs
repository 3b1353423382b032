//! HTTP fetching: conditional GET, bounded bodies, polite per-host concurrency.
//!
//! Built like lychee's client: one `reqwest::Client` with documented limits, a
//! semaphore per host on top of the global one, and errors that say whether a retry
//! makes sense and how long the server asked us to wait.

use futures_util::StreamExt;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;

use crate::config::DaemonConfig;

/// What a poll returned.
#[derive(Debug)]
pub enum FetchOutcome {
    /// 304: nothing changed; validators may be refreshed.
    NotModified {
        /// ETag the server sent again, if any.
        etag: Option<String>,
        /// Server's freshness hint (Cache-Control max-age / Expires).
        cache_hint: Option<Duration>,
    },
    /// 200 with a body.
    Body {
        /// Decompressed bytes (≤ max_body_bytes).
        body: Vec<u8>,
        /// Content-Type header, for the charset.
        content_type: Option<String>,
        /// New ETag.
        etag: Option<String>,
        /// New Last-Modified.
        last_modified: Option<String>,
        /// HTTP status.
        status: u16,
        /// Server's freshness hint (Cache-Control max-age / Expires).
        cache_hint: Option<Duration>,
    },
}

/// Why a poll failed.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Non-success HTTP status.
    #[error("HTTP {status}{}", retry_after.map(|d| format!(" (Retry-After {}s)", d.as_secs())).unwrap_or_default())]
    Status {
        /// Status code.
        status: u16,
        /// Server's Retry-After, for 429/503.
        retry_after: Option<Duration>,
    },
    /// Body over the configured cap (after decompression).
    #[error("response body exceeds {limit} bytes (raise [daemon] max_body_bytes if this feed is legitimate)")]
    TooLarge {
        /// The cap.
        limit: u64,
    },
    /// Timeout, DNS, TLS, connection reset, redirect policy, ...
    #[error("{0}")]
    Network(String),
}

impl FetchError {
    /// Server-requested delay before the next attempt.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            FetchError::Status { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

/// The feed fetcher.
#[derive(Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    max_body: u64,
    per_host: usize,
    hosts: Arc<Mutex<HashMap<String, Arc<Semaphore>>>>,
}

/// Installs the ring crypto provider for rustls once (reqwest and lettre share it).
pub fn install_crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

impl Fetcher {
    /// Builds the client from the daemon settings.
    pub fn new(cfg: &DaemonConfig) -> Result<Fetcher, FetchError> {
        install_crypto();
        let policy = reqwest::redirect::Policy::custom(|attempt| {
            if attempt.previous().len() >= 5 {
                attempt.error("more than 5 redirects")
            } else if !matches!(attempt.url().scheme(), "http" | "https") {
                let msg = format!(
                    "redirect to unsupported scheme {:?}",
                    attempt.url().scheme()
                );
                attempt.error(msg)
            } else {
                attempt.follow()
            }
        });
        let client = reqwest::Client::builder()
            .user_agent(cfg.user_agent.clone())
            .connect_timeout(cfg.connect_timeout)
            .timeout(cfg.timeout)
            .redirect(policy)
            .gzip(true)
            .deflate(true)
            .brotli(true)
            .build()
            .map_err(|e| FetchError::Network(format!("cannot build HTTP client: {e}")))?;
        Ok(Fetcher {
            client,
            max_body: cfg.max_body_bytes,
            per_host: cfg.per_host_concurrency,
            hosts: Default::default(),
        })
    }

    fn host_gate(&self, url: &str) -> Arc<Semaphore> {
        let host = url::Url::parse(url)
            .ok()
            .and_then(|u| u.host_str().map(String::from))
            .unwrap_or_default();
        let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
        hosts
            .entry(host)
            .or_insert_with(|| Arc::new(Semaphore::new(self.per_host)))
            .clone()
    }

    /// Fetches `url`, conditionally when validators are known.
    pub async fn fetch(
        &self,
        url: &str,
        etag: Option<&str>,
        last_modified: Option<&str>,
    ) -> Result<FetchOutcome, FetchError> {
        let gate = self.host_gate(url);
        let _permit = gate
            .acquire()
            .await
            .map_err(|_| FetchError::Network("shutting down".into()))?;
        let mut req = self.client.get(url).header(
            reqwest::header::ACCEPT,
            "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5",
        );
        if let Some(e) = etag {
            req = req.header(reqwest::header::IF_NONE_MATCH, e);
        }
        if let Some(lm) = last_modified {
            req = req.header(reqwest::header::IF_MODIFIED_SINCE, lm);
        }
        let resp = req
            .send()
            .await
            .map_err(|e| FetchError::Network(describe(&e)))?;
        let status = resp.status();
        let header = |name: reqwest::header::HeaderName| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(String::from)
        };
        let cache_hint = cache_hint(
            header(reqwest::header::CACHE_CONTROL).as_deref(),
            header(reqwest::header::EXPIRES).as_deref(),
        );
        if status == reqwest::StatusCode::NOT_MODIFIED {
            return Ok(FetchOutcome::NotModified {
                etag: header(reqwest::header::ETAG),
                cache_hint,
            });
        }
        if !status.is_success() {
            let retry_after =
                header(reqwest::header::RETRY_AFTER).and_then(|v| parse_retry_after(&v));
            return Err(FetchError::Status {
                status: status.as_u16(),
                retry_after,
            });
        }
        let content_type = header(reqwest::header::CONTENT_TYPE);
        let etag = header(reqwest::header::ETAG);
        let last_modified = header(reqwest::header::LAST_MODIFIED);
        let mut body = Vec::new();
        let mut stream = resp.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| FetchError::Network(describe(&e)))?;
            if body.len() as u64 + chunk.len() as u64 > self.max_body {
                return Err(FetchError::TooLarge {
                    limit: self.max_body,
                });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(FetchOutcome::Body {
            body,
            content_type,
            etag,
            last_modified,
            status: status.as_u16(),
            cache_hint,
        })
    }
}

/// How long the server says the document stays fresh: `Cache-Control: max-age` (unless
/// no-cache/no-store), else `Expires`.
pub fn cache_hint(cache_control: Option<&str>, expires: Option<&str>) -> Option<Duration> {
    if let Some(cc) = cache_control {
        let lower = cc.to_ascii_lowercase();
        if lower.contains("no-cache") || lower.contains("no-store") {
            return None;
        }
        for part in lower.split(',') {
            if let Some(v) = part.trim().strip_prefix("max-age=") {
                if let Ok(secs) = v.trim_matches('"').parse::<u64>() {
                    return Some(Duration::from_secs(secs));
                }
            }
        }
    }
    let t = chrono::DateTime::parse_from_rfc2822(expires?.trim()).ok()?;
    let secs = (t.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_seconds();
    (secs > 0).then(|| Duration::from_secs(secs as u64))
}

/// A reqwest error in a few words: what failed and its root cause. The URL is left out
/// (the caller names the feed and its URL once) and so are the layers in between
/// (reqwest's "error sending request for url (…)", hyper's "client error (Connect)",
/// "dns error: error resolving DNS"), which said the same thing three times.
fn describe(e: &reqwest::Error) -> String {
    use std::error::Error;
    if e.is_timeout() {
        return "timed out".to_string();
    }
    let mut dns = false;
    let mut root: Option<&(dyn Error + 'static)> = None;
    let mut src = e.source();
    while let Some(s) = src {
        dns |= s.to_string().starts_with("dns error");
        root = Some(s);
        src = s.source();
    }
    let what = if dns {
        "DNS lookup failed"
    } else if e.is_connect() {
        "cannot connect"
    } else if e.is_redirect() {
        "redirect refused"
    } else if e.is_body() || e.is_decode() {
        "cannot read the body"
    } else {
        "request failed"
    };
    match root {
        Some(r) => format!("{what}: {r}"),
        None => {
            let t = e.to_string();
            let t = match e.url() {
                Some(u) => t.replace(&format!(" for url ({u})"), ""),
                None => t,
            };
            format!("{what}: {t}")
        }
    }
}

/// Retry-After as seconds or an HTTP date.
pub fn parse_retry_after(v: &str) -> Option<Duration> {
    if let Ok(secs) = v.trim().parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let t = chrono::DateTime::parse_from_rfc2822(v.trim()).ok()?;
    let secs = (t.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_seconds();
    Some(Duration::from_secs(secs.max(0) as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_hints() {
        assert_eq!(
            cache_hint(Some("public, max-age=600"), None),
            Some(Duration::from_secs(600))
        );
        assert_eq!(cache_hint(Some("no-cache, max-age=600"), None), None);
        assert!(
            cache_hint(None, Some("Wed, 21 Oct 2099 07:28:00 GMT")).unwrap()
                > Duration::from_secs(3600)
        );
        assert_eq!(
            cache_hint(None, Some("Wed, 21 Oct 2015 07:28:00 GMT")),
            None
        );
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(parse_retry_after("120"), Some(Duration::from_secs(120)));
        assert!(
            parse_retry_after("Wed, 21 Oct 2099 07:28:00 GMT").unwrap() > Duration::from_secs(1000)
        );
        assert_eq!(parse_retry_after("soon"), None);
    }
}

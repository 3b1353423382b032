//! Operations: one email to `[alerts] admin` when a feed has failed for longer than
//! `feed_failure_after` or been silent longer than its `expect_update`, and one when it
//! recovers — never a stream. The state lives in the feeds table, so restarts do not
//! repeat a notice; a notice that cannot be sent is tried again on the next check.

use chrono::{DateTime, Duration, Utc};
use lettre::message::Mailbox;
use lettre::Message;
use tracing::{info, warn};

use crate::config::{Config, FeedConfig};
use crate::email::Mailer;
use crate::store::health::{self, OpsState};
use crate::store::{parse_ts, Store};

/// A notice to send and the state to record once it is sent.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Feed URL.
    pub url: String,
    /// Subject line.
    pub subject: String,
    /// Body.
    pub body: String,
    /// New `ops_alerted` value (None = recovered).
    pub state: Option<String>,
}

/// Works out which notices are due.
pub async fn due_notices(
    store: &Store,
    cfg: &Config,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<Notice>> {
    let feeds = cfg.feeds.clone();
    let fail_after =
        Duration::from_std(cfg.alerts.feed_failure_after).unwrap_or(Duration::hours(24));
    Ok(store
        .call(move |c| {
            let mut out = Vec::new();
            for f in &feeds {
                if let Some(st) = health::ops_state(c, &f.url)? {
                    out.extend(notice(f, &st, now, fail_after));
                }
            }
            Ok(out)
        })
        .await?)
}

/// The notice one feed is due, if any: failing or silent once, recovered once.
fn notice(
    f: &FeedConfig,
    st: &OpsState,
    now: DateTime<Utc>,
    fail_after: Duration,
) -> Option<Notice> {
    let name = &st.name;
    let failing_since = st.failing_since.as_deref().and_then(parse_ts);
    let is_failing = failing_since
        .map(|t| t <= now - fail_after)
        .unwrap_or(false);
    let silent_since = st.last_new_item.as_deref().and_then(parse_ts);
    let is_silent = match (f.expect_update, silent_since) {
        (Some(e), Some(t)) => t <= now - Duration::from_std(e).unwrap_or(Duration::days(1)),
        _ => false,
    };
    match st.ops_alerted.as_deref() {
        None if is_failing => Some(Notice {
            url: f.url.clone(),
            subject: format!("[newshound] feed failing: {name}"),
            body: format!(
                "The feed {name} <{}> has failed since {} (more than {}).\nLast error: {}\nLast success: {}\n\nnewshound keeps retrying with backoff; `newshound feeds` shows its health. You get one more email when it recovers.\n",
                f.url,
                st.failing_since.as_deref().unwrap_or("?"),
                humantime::format_duration(fail_after.to_std().unwrap_or_default()),
                st.last_error.as_deref().unwrap_or("?"),
                st.last_success.as_deref().unwrap_or("never")
            ),
            state: Some("failing".into()),
        }),
        None if is_silent => Some(Notice {
            url: f.url.clone(),
            subject: format!("[newshound] feed silent: {name}"),
            body: format!("The feed {name} <{}> has published nothing new since {} (expect_update is {}).\n", f.url, st.last_new_item.as_deref().unwrap_or("?"), humantime::format_duration(f.expect_update.unwrap_or_default())),
            state: Some("silent".into()),
        }),
        Some("failing") if failing_since.is_none() => Some(Notice {
            url: f.url.clone(),
            subject: format!("[newshound] feed recovered: {name}"),
            body: format!("The feed {name} <{}> works again (last success {}).\n", f.url, st.last_success.as_deref().unwrap_or("?")),
            state: None,
        }),
        Some("silent") if !is_silent => Some(Notice {
            url: f.url.clone(),
            subject: format!("[newshound] feed publishing again: {name}"),
            body: format!("The feed {name} <{}> has new items again.\n", f.url),
            state: None,
        }),
        _ => None,
    }
}

/// Sends due notices to the admin and records each one sent.
pub async fn check(
    store: &Store,
    cfg: &Config,
    mailer: &Mailer,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let Some(admin) = cfg.alerts.admin.clone() else {
        return Ok(0);
    };
    let mut sent = 0;
    for n in due_notices(store, cfg, now).await? {
        let id = message_id(&n, now);
        let msg = build(&cfg.email.from, &admin, &n, &id);
        let result = match msg {
            Ok(m) => mailer.send(m, &id).await.map_err(|e| e.to_string()),
            Err(e) => Err(e),
        };
        match result {
            Ok(_) => {
                let (url, state) = (n.url.clone(), n.state.clone());
                store
                    .call(move |c| health::set_ops_alerted(c, &url, state.as_deref()))
                    .await?;
                info!(feed = %n.url, "operations email sent: {}", n.subject);
                sent += 1;
            }
            Err(e) => warn!(feed = %n.url, "cannot send the operations email (will retry): {e}"),
        }
    }
    Ok(sent)
}

/// Each notice its own Message-ID: the file transport names files by it, and SMTP
/// servers drop a second message with a Message-ID they have seen, so notices sent by one
/// check (two feeds failing at once) must not share one. The check's time keeps a later
/// notice for the same feed (it recovered, then failed again) distinct too.
fn message_id(n: &Notice, now: DateTime<Utc>) -> String {
    use sha2::{Digest, Sha256};
    let h = Sha256::digest(format!("{}\n{}", n.url, n.subject).as_bytes());
    let tag: String = h[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "<newshound.ops.{}.{tag}@newshound.invalid>",
        now.timestamp_micros()
    )
}

fn build(from: &str, to: &str, n: &Notice, message_id: &str) -> Result<Message, String> {
    let from: Mailbox = from.parse().map_err(|e| format!("from: {e}"))?;
    let to: Mailbox = to.parse().map_err(|e| format!("admin: {e}"))?;
    Message::builder()
        .message_id(Some(message_id.to_string()))
        .from(from)
        .to(to)
        .subject(n.subject.clone())
        .body(n.body.clone())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_of_one_check_have_distinct_message_ids() {
        let now = Utc::now();
        let notice = |url: &str, subject: &str| Notice {
            url: url.into(),
            subject: subject.into(),
            body: String::new(),
            state: Some("failing".into()),
        };
        let a = message_id(&notice("http://a/", "[newshound] feed failing: a"), now);
        let b = message_id(&notice("http://b/", "[newshound] feed failing: b"), now);
        let a2 = message_id(&notice("http://a/", "[newshound] feed recovered: a"), now);
        assert_ne!(a, b);
        assert_ne!(a, a2);
        assert!(a.starts_with("<newshound.ops.") && a.ends_with("@newshound.invalid>"));
    }
}

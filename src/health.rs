//! Operations: one email to `[alerts] admin` when a feed has failed for longer than
//! `feed_failure_after` or been silent longer than its `expect_update`, and one when it
//! recovers — never a stream. The state lives in the feeds table, so restarts do not
//! repeat a notice; a notice that cannot be sent is tried again on the next check.

use chrono::{DateTime, Duration, Utc};
use lettre::message::Mailbox;
use lettre::Message;
use rusqlite::params;
use tracing::{info, warn};

use crate::config::Config;
use crate::email::Mailer;
use crate::store::queries::parse_ts;
use crate::store::Store;

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
            let mut q = c.prepare_cached("SELECT name, failing_since, last_error, last_new_item, ops_alerted, last_success FROM feeds WHERE url = ?1")?;
            for f in &feeds {
                #[allow(clippy::type_complexity)]
                let row: Option<(String, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>)> =
                    rusqlite::OptionalExtension::optional(q.query_row([&f.url], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))))?;
                let Some((name, failing, last_error, last_new, alerted, last_success)) = row else { continue };
                let failing_since = failing.as_deref().and_then(parse_ts);
                let is_failing = failing_since.map(|t| t <= now - fail_after).unwrap_or(false);
                let silent_since = last_new.as_deref().and_then(parse_ts);
                let is_silent = match (f.expect_update, silent_since) {
                    (Some(e), Some(t)) => t <= now - Duration::from_std(e).unwrap_or(Duration::days(1)),
                    _ => false,
                };
                match alerted.as_deref() {
                    None if is_failing => out.push(Notice {
                        url: f.url.clone(),
                        subject: format!("[newshound] feed failing: {name}"),
                        body: format!(
                            "The feed {name} <{}> has failed since {} (more than {}).\nLast error: {}\nLast success: {}\n\nnewshound keeps retrying with backoff; `newshound feeds` shows its health. You get one more email when it recovers.\n",
                            f.url,
                            failing.as_deref().unwrap_or("?"),
                            humantime::format_duration(fail_after.to_std().unwrap_or_default()),
                            last_error.as_deref().unwrap_or("?"),
                            last_success.as_deref().unwrap_or("never")
                        ),
                        state: Some("failing".into()),
                    }),
                    None if is_silent => out.push(Notice {
                        url: f.url.clone(),
                        subject: format!("[newshound] feed silent: {name}"),
                        body: format!("The feed {name} <{}> has published nothing new since {} (expect_update is {}).\n", f.url, last_new.as_deref().unwrap_or("?"), humantime::format_duration(f.expect_update.unwrap_or_default())),
                        state: Some("silent".into()),
                    }),
                    Some("failing") if failing_since.is_none() => out.push(Notice {
                        url: f.url.clone(),
                        subject: format!("[newshound] feed recovered: {name}"),
                        body: format!("The feed {name} <{}> works again (last success {}).\n", f.url, last_success.as_deref().unwrap_or("?")),
                        state: None,
                    }),
                    Some("silent") if !is_silent => out.push(Notice {
                        url: f.url.clone(),
                        subject: format!("[newshound] feed publishing again: {name}"),
                        body: format!("The feed {name} <{}> has new items again.\n", f.url),
                        state: None,
                    }),
                    _ => {}
                }
            }
            Ok(out)
        })
        .await?)
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
                    .call(move |c| {
                        Ok(c.execute(
                            "UPDATE feeds SET ops_alerted = ?2 WHERE url = ?1",
                            params![url, state],
                        )?)
                    })
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

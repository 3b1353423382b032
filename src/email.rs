//! Building and delivering alert email (lettre): the MIME message around `compose`'s
//! plain text and escaped HTML, threaded per story, with the `X-Newshound-Development`
//! header; transports file, SMTP (STARTTLS / implicit TLS / none, AUTH, custom CA) and
//! sendmail.

use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSendmailTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

use crate::compose::Digest;
use crate::config::{EmailConfig, SmtpConfig, TlsMode, Transport};
use crate::store::outbox::{AlertMessage, Due};

/// How emails are written, for the callers that build them through this module.
pub use crate::compose::Presentation;

/// Mail problems, with what to do about them.
#[derive(Debug, thiserror::Error)]
pub enum EmailError {
    /// The message could not be built (bad address).
    #[error("cannot build the message: {0}")]
    Build(String),
    /// The SMTP password could not be read.
    #[error("cannot read the SMTP password: {0}")]
    Password(String),
    /// The transport refused or failed.
    #[error("delivery failed: {0}")]
    Transport(String),
}

#[derive(Debug, Clone)]
struct XNewshoundDevelopment(String);

impl Header for XNewshoundDevelopment {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("X-Newshound-Development")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_string()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

impl AlertMessage {
    /// Builds the MIME message.
    pub fn build(&self, from: &str, p: &Presentation) -> Result<Message, EmailError> {
        let from: Mailbox = from
            .parse()
            .map_err(|e| EmailError::Build(format!("from {from:?}: {e}")))?;
        let to: Mailbox = self
            .recipient
            .parse()
            .map_err(|e| EmailError::Build(format!("to {:?}: {e}", self.recipient)))?;
        let mut mb = Message::builder()
            .from(from)
            .to(to)
            .subject(self.subject(p))
            .message_id(Some(self.message_id.clone()))
            .header(XNewshoundDevelopment(self.development_id.to_string()));
        if let Some(r) = &self.in_reply_to {
            mb = mb.in_reply_to(r.clone()).references(r.clone());
        }
        mb.multipart(MultiPart::alternative_plain_html(
            self.text(p),
            self.html(p),
        ))
        .map_err(|e| EmailError::Build(e.to_string()))
    }
}

impl Due {
    /// The email for this claim: one alert, or a digest of several.
    pub fn compose(&self, from: &str, p: &Presentation) -> Result<Message, EmailError> {
        match (&self.digest, self.messages.first()) {
            (Some(id), _) => build_digest(from, id, &self.messages, p),
            (None, Some(m)) => m.build(from, p),
            (None, None) => Err(EmailError::Build("an alert without a development".into())),
        }
    }
}

/// A ready transport.
pub enum Mailer {
    /// Files in a directory.
    File(PathBuf),
    /// SMTP relay.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// sendmail binary.
    Sendmail(AsyncSendmailTransport<Tokio1Executor>),
}

fn read_password(s: &SmtpConfig) -> Result<Option<String>, EmailError> {
    if let Some(p) = &s.password_file {
        let pw = std::fs::read_to_string(p).map_err(|e| {
            EmailError::Password(format!("{}: {e} (check email.password_file)", p.display()))
        })?;
        return Ok(Some(pw.trim_end_matches(['\n', '\r']).to_string()));
    }
    if let Some(var) = &s.password_env {
        let pw = std::env::var(var).map_err(|_| {
            EmailError::Password(format!(
                "environment variable {var} is not set (check email.password_env)"
            ))
        })?;
        return Ok(Some(pw));
    }
    Ok(None)
}

impl Mailer {
    /// Builds the configured transport (reads the password now, never logs it).
    pub fn new(cfg: &EmailConfig) -> Result<Mailer, EmailError> {
        crate::fetch::install_crypto();
        match &cfg.transport {
            Transport::File(dir) => Ok(Mailer::File(dir.clone())),
            Transport::Sendmail(cmd) => {
                Ok(Mailer::Sendmail(
                    AsyncSendmailTransport::<Tokio1Executor>::new_with_command(cmd.as_os_str()),
                ))
            }
            Transport::Smtp(s) => {
                let tls_params = || -> Result<TlsParameters, EmailError> {
                    let mut b = TlsParameters::builder(s.host.clone());
                    if let Some(ca) = &s.ca_file {
                        let pem = std::fs::read(ca).map_err(|e| {
                            EmailError::Transport(format!(
                                "cannot read email.ca_file {}: {e}",
                                ca.display()
                            ))
                        })?;
                        let cert = Certificate::from_pem(&pem).map_err(|e| {
                            EmailError::Transport(format!("email.ca_file {}: {e}", ca.display()))
                        })?;
                        b = b.add_root_certificate(cert);
                    }
                    b.build_rustls()
                        .map_err(|e| EmailError::Transport(e.to_string()))
                };
                let tls = match s.tls {
                    TlsMode::None => Tls::None,
                    TlsMode::Starttls => Tls::Required(tls_params()?),
                    TlsMode::Tls => Tls::Wrapper(tls_params()?),
                };
                let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(s.host.clone())
                    .port(s.port)
                    .tls(tls)
                    .timeout(Some(cfg.timeout));
                if let Some(user) = &s.username {
                    let pw = read_password(s)?.unwrap_or_default();
                    b = b.credentials(Credentials::new(user.clone(), pw));
                }
                Ok(Mailer::Smtp(b.build()))
            }
        }
    }

    /// Delivers one message; returns the server's (or transport's) answer.
    pub async fn send(&self, msg: Message, message_id: &str) -> Result<String, EmailError> {
        match self {
            Mailer::File(dir) => {
                let (dir, id) = (dir.clone(), message_id.to_string());
                let bytes = msg.formatted();
                tokio::task::spawn_blocking(move || write_eml(&dir, &id, &bytes))
                    .await
                    .map_err(|e| EmailError::Transport(e.to_string()))?
                    .map(|p| format!("written to {}", p.display()))
            }
            Mailer::Smtp(t) => {
                let r = t
                    .send(msg)
                    .await
                    .map_err(|e| EmailError::Transport(smtp_error(&e)))?;
                Ok(format!(
                    "{} {}",
                    r.code(),
                    r.message().collect::<Vec<_>>().join(" ")
                ))
            }
            Mailer::Sendmail(t) => {
                t.send(msg)
                    .await
                    .map_err(|e| EmailError::Transport(e.to_string()))?;
                Ok("accepted by sendmail".into())
            }
        }
    }
}

/// Writes one message as `DIR/<Message-ID>.eml`, atomically (a temporary file renamed
/// into place, after fsync), readable by its owner only: the file transport, and the
/// would-be emails of `replay --mail-dir`.
pub fn write_eml(
    dir: &std::path::Path,
    message_id: &str,
    bytes: &[u8],
) -> Result<PathBuf, EmailError> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    let name: String = message_id
        .trim_matches(|c| c == '<' || c == '>')
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '@' {
                c
            } else {
                '_'
            }
        })
        .collect();
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| {
            EmailError::Transport(format!("cannot create mail dir {}: {e}", dir.display()))
        })?;
    let path = dir.join(format!("{name}.eml"));
    let tmp = dir.join(format!(".{name}.tmp"));
    let write = || -> std::io::Result<()> {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()
    };
    write().map_err(|e| EmailError::Transport(format!("cannot write {}: {e}", tmp.display())))?;
    std::fs::rename(&tmp, &path)
        .map_err(|e| EmailError::Transport(format!("cannot write {}: {e}", path.display())))?;
    Ok(path)
}

fn smtp_error(e: &lettre::transport::smtp::Error) -> String {
    use std::error::Error;
    let mut msg = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        src = s.source();
    }
    msg
}

/// One digest email: the developments grouped by story, one header listing every id.
pub fn build_digest(
    from: &str,
    message_id: &str,
    msgs: &[AlertMessage],
    p: &Presentation,
) -> Result<Message, EmailError> {
    let first = msgs
        .first()
        .ok_or_else(|| EmailError::Build("empty digest".into()))?;
    let from: Mailbox = from
        .parse()
        .map_err(|e| EmailError::Build(format!("from {from:?}: {e}")))?;
    let to: Mailbox = first
        .recipient
        .parse()
        .map_err(|e| EmailError::Build(format!("to {:?}: {e}", first.recipient)))?;
    let digest = Digest::new(msgs);
    let ids: Vec<String> = msgs.iter().map(|m| m.development_id.to_string()).collect();
    Message::builder()
        .from(from)
        .to(to)
        .subject(digest.subject())
        .message_id(Some(message_id.to_string()))
        .header(XNewshoundDevelopment(ids.join(", ")))
        .multipart(MultiPart::alternative_plain_html(
            digest.text(p),
            digest.html(p),
        ))
        .map_err(|e| EmailError::Build(e.to_string()))
}

/// A test message proving the configuration end to end.
pub fn test_message(from: &str, to: &str) -> Result<Message, EmailError> {
    let from: Mailbox = from
        .parse()
        .map_err(|e| EmailError::Build(format!("from {from:?}: {e}")))?;
    let to: Mailbox = to
        .parse()
        .map_err(|e| EmailError::Build(format!("to {to:?}: {e}")))?;
    Message::builder()
        .from(from)
        .to(to)
        .subject("newshound test message")
        .header(XNewshoundDevelopment("test".into()))
        .body(
            "This is a test message from newshound. If you can read it, alerts will reach you.\n"
                .to_string(),
        )
        .map_err(|e| EmailError::Build(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::outbox::ReportingItem;

    pub(crate) fn presentation() -> Presentation {
        Presentation {
            tz: crate::tz::TimeZone::parse("UTC").unwrap(),
            user_kinds: vec![],
            public_url: None,
        }
    }

    pub(crate) fn msg() -> AlertMessage {
        AlertMessage {
            development_id: 7,
            watchlist: "gaza".into(),
            recipient: "desk@example.org".into(),
            message_id: "<a@b>".into(),
            kind: "delegation_withdrawal".into(),
            actors: vec!["Israel".into()],
            evidence: "Israel recalls its team.".into(),
            event_time: "2024-05-06T10:00:00Z".into(),
            story_id: 3,
            story_title: "Talks in Doha".into(),
            headline: "Evil\r\nBcc: victim@example.org".into(),
            items: vec![ReportingItem {
                outlet: "X".into(),
                title: "<script>t</script>".into(),
                link: Some("javascript:alert(1)".into()),
                published: "2024-05-06T10:00:00Z".into(),
            }],
            total_reports: 1,
            outlets: 1,
            earlier: vec![],
            in_reply_to: Some("<first@b>".into()),
        }
    }

    #[test]
    fn headers_cannot_be_injected_and_html_is_escaped() {
        let m = msg();
        let p = presentation();
        let raw = String::from_utf8(m.build("n <n@localhost>", &p).unwrap().formatted()).unwrap();
        assert!(!raw.contains("\r\nBcc:"), "{raw}");
        assert!(raw.contains("X-Newshound-Development: 7"));
        assert!(raw.contains("In-Reply-To: <first@b>"));
        assert!(!m.html(&p).contains("<script>"));
        assert!(!m.html(&p).contains("javascript:"));
        assert!(m
            .subject(&p)
            .starts_with("[gaza] Israel withdraws its delegation: Evil Bcc"));
    }

    #[test]
    fn long_report_lists_are_cut_and_counted() {
        let mut m = msg();
        let p = presentation();
        m.total_reports = 40;
        m.outlets = 12;
        assert!(
            m.text(&p).contains("… and 39 more report(s)"),
            "{}",
            m.text(&p)
        );
        assert!(m.html(&p).contains("… and 39 more report(s)"));
        assert!(m.text(&p).contains("Reported by 12 outlets"));
        assert!(m
            .confidence()
            .contains("confirmed by 12 independent outlets"));
    }
}

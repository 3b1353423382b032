//! The built-in development kinds and the words alerts use for them.
//!
//! Neutral ground below `config`, `detect`, `present` and `web`: the config validates
//! kind names against this list, the detector compiles its rules for it, and emails and
//! the web view describe kinds with it. It depends on nothing, so none of them has to
//! depend on another to know the kinds.

/// Built-in kinds with the words used in alerts.
pub const BUILTIN_KINDS: &[(&str, &str)] = &[
    ("delegation_withdrawal", "withdraws its delegation"),
    ("delegation_dispatched", "sends a delegation"),
    ("new_demands", "issues new demands"),
    ("proposal", "presents a proposal"),
    ("proposal_accepted", "accepts a proposal"),
    ("proposal_rejected", "rejects a proposal"),
    ("agreement", "reaches an agreement"),
    ("talks_suspended", "suspends talks"),
];

/// Whether `kind` is built in.
pub fn is_builtin(kind: &str) -> bool {
    BUILTIN_KINDS.iter().any(|(k, _)| *k == kind)
}

/// Words describing a kind ("withdraws its delegation"): a built-in kind's own words,
/// else the `description` of the user kind of that name (given as (name, description)
/// pairs), else the name with spaces for underscores.
pub fn describe_kind<'a>(kind: &str, user: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    if let Some((_, d)) = BUILTIN_KINDS.iter().find(|(k, _)| *k == kind) {
        return d.to_string();
    }
    user.into_iter()
        .find(|(name, _)| *name == kind)
        .map(|(_, description)| {
            if description.is_empty() {
                kind.replace('_', " ")
            } else {
                description.to_string()
            }
        })
        .unwrap_or_else(|| kind.replace('_', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_then_user_description_then_the_name() {
        assert_eq!(describe_kind("agreement", []), "reaches an agreement");
        let user = [
            ("sanctions_imposed", "imposes sanctions"),
            ("bare_kind", ""),
        ];
        assert_eq!(
            describe_kind("sanctions_imposed", user),
            "imposes sanctions"
        );
        assert_eq!(describe_kind("bare_kind", user), "bare kind");
        assert_eq!(describe_kind("unknown_kind", user), "unknown kind");
        assert!(is_builtin("proposal") && !is_builtin("sanctions_imposed"));
    }
}

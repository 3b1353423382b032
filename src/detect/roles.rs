//! Armed groups an item names by their role.
//!
//! Outlets name a party once and then call it by what it is: "Nigeria's main militant
//! group spurns amnesty offer … The Movement for the Emancipation of the Niger Delta
//! said", "Rebels set terms … The RCD says". A watchlist cannot list every such noun for
//! every party, so the item says who they are: a role noun written right next to exactly
//! one watched party ("LURD rebels") names that party in the item's other sentences; and
//! where the item ties it to nobody, a bare armed role names the one watched party the
//! item mentions that is neither a state, nor a go-between, nor an international body.
//! A role noun next to another name ("Houthi rebels") stays somebody else.

use crate::text::Token;
use crate::watchlist::{ActorMatcher, Mention};

/// Armed groups' role nouns, singular and plural one key ("rebel" leaders, the "rebels").
/// (Not "opposition", "junta" or "union": a junta is the state, an opposition has many
/// parties, "the Boeing union" is no part of Boeing.)
const ROLES: &[&str] = &[
    "rebel",
    "militant",
    "guerrilla",
    "insurgent",
    "separatist",
    "militia",
    "paramilitary",
    "paramilitaries",
];

/// Words that may stand between a role noun and the party's name: "rebel group LURD".
const GROUP_WORDS: &[&str] = &["group", "movement", "alliance", "faction"];

/// The role noun's key, if the word is one.
fn role_key(word: &str) -> Option<&'static str> {
    let w = word.trim_end_matches('\'');
    ROLES
        .iter()
        .find(|r| **r == w || w.strip_suffix('s') == Some(**r))
        .copied()
}

/// The role nouns of one item, each tied to the one party it names there.
#[derive(Debug, Default, Clone)]
pub(crate) struct Roles {
    /// Role key → the party, or `None` when the item ties it to two parties.
    tied: Vec<(&'static str, Option<usize>)>,
    /// The one armed party candidate the item names, if only one.
    only_party: Option<usize>,
}

/// Might this text call anybody by an armed role? (A cheap test before `Roles::learn`,
/// which finds every mention of every sentence: most items have no such word.)
pub(crate) fn mentions_a_role(text: &str) -> bool {
    let lower = text.to_lowercase();
    ROLES
        .iter()
        .any(|r| lower.contains(r.trim_end_matches("ies")))
}

impl Roles {
    /// Learns the ties from the item's sentences (headline included).
    pub(crate) fn learn(
        actors: &ActorMatcher,
        sentences: &[Vec<Token>],
        mediators: &[usize],
    ) -> Roles {
        let mut roles = Roles::default();
        let mut parties: Vec<usize> = Vec::new();
        for toks in sentences {
            for m in actors.mentions(toks) {
                if m.place || actors.is_state(m.actor) || mediators.contains(&m.actor) {
                    continue;
                }
                if actors.is_body(m.actor) {
                    continue;
                }
                if !parties.contains(&m.actor) {
                    parties.push(m.actor);
                }
                for key in paired_roles(toks, &m) {
                    roles.tie(key, m.actor);
                }
            }
        }
        if let [one] = parties.as_slice() {
            roles.only_party = Some(*one);
        }
        roles
    }

    fn tie(&mut self, key: &'static str, actor: usize) {
        match self.tied.iter_mut().find(|(k, _)| *k == key) {
            Some((_, a)) if *a != Some(actor) => *a = None,
            Some(_) => {}
            None => self.tied.push((key, Some(actor))),
        }
    }

    /// The party a role noun names in this item.
    fn party(&self, key: &str) -> Option<usize> {
        match self.tied.iter().find(|(k, _)| *k == key) {
            Some((_, tied)) => *tied,
            None => self.only_party,
        }
    }

    /// The sentence's mentions with its bare role nouns added as the parties they name.
    pub(crate) fn extend(&self, toks: &[Token], mentions: &mut Vec<Mention>) {
        if self.tied.is_empty() && self.only_party.is_none() {
            return;
        }
        let near = |i: usize, ms: &[Mention]| ms.iter().any(|m| m.start <= i + 1 && i <= m.end);
        let mut added = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            let Some(key) = role_key(&t.lower) else {
                continue;
            };
            let Some(actor) = self.party(key) else {
                continue;
            };
            if near(i, mentions) || !bare(toks, i) {
                continue;
            }
            added.push(Mention {
                actor,
                start: i,
                end: i + 1,
                place: false,
                in_compound: false,
                compound_of_actors: false,
            });
        }
        if !added.is_empty() {
            mentions.extend(added);
            mentions.sort_by_key(|m| (m.start, m.actor));
        }
    }
}

/// The role nouns written right next to a mention: "LURD rebels", "the rebel LURD",
/// "rebel group LURD"; the alias itself may end with one ("Maoist rebels").
fn paired_roles(toks: &[Token], m: &Mention) -> Vec<&'static str> {
    let word = |i: usize| toks.get(i).map(|t| t.lower.as_str()).unwrap_or("");
    let mut out = Vec::new();
    out.extend(role_key(word(m.end)));
    if m.end > m.start + 1 {
        out.extend(role_key(word(m.end - 1)));
    }
    if m.start >= 1 {
        out.extend(role_key(word(m.start - 1)));
    }
    if m.start >= 2 && GROUP_WORDS.contains(&word(m.start - 1)) {
        out.extend(role_key(word(m.start - 2)));
    }
    out
}

/// A role noun that names nobody else: not right after a capitalised word of another name
/// ("Houthi rebels", "Congolese rebels") nor a hyphenated one ("Tuareg-led rebels").
fn bare(toks: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| toks.get(p)) else {
        return true;
    };
    if prev.punct {
        return true;
    }
    let capitalised = prev.text.chars().next().is_some_and(char::is_uppercase);
    let article_first = i == 1 && matches!(prev.lower.as_str(), "the" | "a");
    // (a headline in title case capitalises the plain adjectives too: "Main Militant Group")
    article_first
        || PLAIN_MODIFIERS.contains(&prev.lower.as_str())
        || !(capitalised || prev.lower.contains('-'))
}

/// Adjectives of an armed group that name no other group: "the main militant group".
const PLAIN_MODIFIERS: &[&str] = &[
    "main",
    "largest",
    "biggest",
    "major",
    "leading",
    "key",
    "top",
    "armed",
    "hardline",
    "hard-line",
    "dissident",
    "breakaway",
    "splinter",
    "remaining",
    "holdout",
    "last",
    "former",
    "allied",
    "rival",
    "local",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{ActorConfig, WatchlistConfig};
    use crate::text::tokenize;
    use crate::watchlist::Watchlist;

    fn watchlist() -> Watchlist {
        let actor = |n: &str, a: &[&str]| ActorConfig {
            name: n.into(),
            aliases: std::iter::once(n)
                .chain(a.iter().copied())
                .map(String::from)
                .collect(),
        };
        Watchlist::new(&WatchlistConfig {
            name: "t".into(),
            delivery: crate::config::Delivery::Immediate { max_per_hour: None },
            recipients: vec![],
            keywords: vec!["talks".into()],
            context: vec![],
            exclude: vec![],
            developments: vec![],
            actors: vec![
                actor("Liberian government", &["Taylor"]),
                actor("LURD", &["Conneh"]),
                actor("MODEL", &[]),
                actor("ECOWAS", &["West African bloc"]),
            ],
        })
    }

    fn added(item: &[&str], sentence: &str) -> Vec<usize> {
        let w = watchlist();
        let sents: Vec<Vec<Token>> = item.iter().map(|s| tokenize(s)).collect();
        let roles = Roles::learn(&w.actors, &sents, &[]);
        let toks = tokenize(sentence);
        let mut ms = w.actors.mentions(&toks);
        roles.extend(&toks, &mut ms);
        ms.iter().map(|m| m.actor).collect()
    }

    #[test]
    fn a_role_noun_next_to_one_party_names_it_elsewhere() {
        let item = [
            "LURD rebels walk out of Accra talks",
            "MODEL said it would stay.",
        ];
        assert_eq!(
            added(&item, "The rebels demand the vice-presidency."),
            vec![1]
        );
        assert_eq!(
            added(&item, "Rebel leaders said they would stay away."),
            vec![1]
        );
    }

    #[test]
    fn a_bare_role_noun_names_the_one_armed_party_the_item_names() {
        let item = [
            "Rebels set terms",
            "LURD says it will leave the town, ECOWAS said.",
        ];
        assert_eq!(added(&item, "Rebels set terms"), vec![1]);
        let item = [
            "Main militant group spurns offer",
            "LURD said the pardon changes nothing.",
        ];
        assert_eq!(added(&item, "Main militant group spurns offer"), vec![1]);
    }

    #[test]
    fn a_role_noun_of_two_parties_of_a_body_or_of_another_name_names_nobody() {
        let two = ["Rebels set terms", "LURD and MODEL say they will leave."];
        assert!(added(&two, "Rebels set terms").is_empty());
        let tied_two = ["LURD rebels and MODEL rebels walk out"];
        assert!(added(&tied_two, "The rebels demand posts.").is_empty());
        let item = ["LURD rebels walk out of Accra talks"];
        assert!(added(&item, "Houthi rebels demand posts.").is_empty());
        let body = ["Rebel envoys arrive", "ECOWAS and Taylor's envoy met."];
        assert!(added(&body, "Rebel envoys arrive").is_empty());
    }
}

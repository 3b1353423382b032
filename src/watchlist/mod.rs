//! Watchlists: does an item belong to what the analyst follows, and which configured
//! actors does a stretch of text name?
//!
//! Topic rule: a keyword and (when configured) a context term must both be *prominent*:
//! in the headline or lead sentence, or repeated in the body. A passing mention in the
//! last sentence of a business story ("Qatar, which mediates between Israel and
//! Hamas, …") does not make it a negotiation story.

use crate::config::WatchlistConfig;
use crate::text::{match_words, sentences, Term, Token, WordPositions};

mod actors;
mod topic;

pub use actors::{in_mention, known_name, known_state_word, norm_token, ActorMatcher, Mention};
pub use topic::TopicDecision;
pub(crate) use topic::OTHER_BUSINESS;
use topic::*;

/// A compiled watchlist.
#[derive(Debug, Clone)]
pub struct Watchlist {
    /// Name from the config.
    pub name: String,
    /// Config it was compiled from.
    pub config: WatchlistConfig,
    keywords: Vec<Term>,
    /// Family members of the keywords (see `topic::FAMILIES`), not configured themselves.
    family: Vec<Term>,
    context: Vec<Term>,
    /// Words of the business the keywords show (`topic::own_domain_words`).
    domain: Vec<&'static str>,
    /// The surnames of the people among the context terms ("Stern" of "David Stern"):
    /// headlines call them by that alone, capitalised.
    surnames: Vec<String>,
    exclude: Vec<Term>,
    /// Actor matcher, aliases and built-in knowledge.
    pub actors: ActorMatcher,
}

/// The evidence for one item: where keywords and context occur.
struct Evidence {
    kw_lead: usize,
    kw_all: usize,
    ctx_lead: usize,
    ctx_all: usize,
    side_topic: bool,
    advocacy: bool,
    /// The headline is about another business and names no negotiation word itself
    /// (see `topic::business_headline`): only the headline's own keyword would count.
    business: bool,
    /// The headline's deal or talks are another business's ("sign strategic partnership
    /// agreement"): a deal its body reports is that business's too.
    other_deal: bool,
    actor_named: bool,
    /// The headline names a country, movement or leader of the knowledge table that the
    /// watchlist neither follows nor names as context ("Ukraine accepts US plan" on a
    /// Gaza watchlist).
    stranger_in_headline: bool,
    /// The headline negotiates with somebody else (see `topic::foreign_counterpart`).
    foreign: Option<String>,
}

impl Watchlist {
    /// Compiles the terms and actor aliases.
    pub fn new(cfg: &WatchlistConfig) -> Watchlist {
        let terms = |v: &[String]| -> Vec<Term> {
            v.iter()
                .filter(|t| !t.trim().is_empty())
                .map(|t| Term::new(t))
                .collect()
        };
        let keywords: Vec<Term> = cfg
            .keywords
            .iter()
            .filter(|t| !t.trim().is_empty())
            .map(|t| Term::keyword(t))
            .collect();
        Watchlist {
            name: cfg.name.clone(),
            family: family_of(&keywords),
            domain: topic::own_domain_words(&keywords),
            keywords,
            context: cfg
                .context
                .iter()
                .filter(|t| !t.trim().is_empty())
                .map(|t| Term::keyword(t))
                .collect(),
            surnames: topic::surnames(&cfg.context),
            exclude: terms(&cfg.exclude),
            actors: ActorMatcher::new(cfg),
            config: cfg.clone(),
        }
    }

    fn evidence(&self, title: &str, text: &str, all: &[String]) -> Evidence {
        let lead_sentence = sentences(text).into_iter().next().unwrap_or_default();
        // a newsletter's side topic is not its subject: only the first segment leads
        let segments = multi_topic_segments(title);
        let head_text = match &segments {
            Some(seg) => seg.first().cloned().unwrap_or_default(),
            None => format!("{title}\n{lead_sentence}"),
        };
        let lead = match_words(&head_text);
        let surname_in_title = crate::text::tokenize(title)
            .iter()
            .any(|t| self.surnames.contains(&t.text));
        let tokens = crate::text::tokenize(&format!("{title}. {lead_sentence}"));
        let head = match_words(title);
        let mentions = self.actors.mentions(&tokens);
        // (the words of the parties named: a lender or a bank the analyst follows is no
        // other business)
        let party_words: Vec<&str> = mentions
            .iter()
            .flat_map(|m| tokens[m.start..m.end].iter().map(|t| t.lower.as_str()))
            .collect();
        let own = |w: &str| self.own_word(w) || party_words.contains(&w);
        let other_deal = off_domain_occurrences(dossier_nouns(), &head, &own) > 0;
        let names_other_dossier = other_deal
            || off_domain_occurrences(&self.keywords, &head, &own)
                + off_domain_occurrences(&self.family, &head, &own)
                > 0;
        let topical = |words: &[String]| {
            let at = WordPositions::new(words);
            topical_occurrences_own(&self.keywords, &at, &own)
                + topical_occurrences_own(&self.family, &at, &own)
        };
        let business =
            (business_headline(&head, &own) || names_other_dossier) && topical(&head) == 0;
        Evidence {
            kw_lead: topical(&lead),
            kw_all: topical(all),
            ctx_lead: occurrences(&self.context, &lead) + usize::from(surname_in_title),
            ctx_all: occurrences(&self.context, all),
            side_topic: segments.is_some(),
            // (a crowd's call stays inside its clause: "Farmers' protest: Centre calls
            // unions for talks" is the government's call; the clauses are read again only
            // when the lead holds an appeal at all, as few items do)
            advocacy: advocacy(&lead)
                && head_text
                    .split([':', ';', '\n'])
                    .any(|part| advocacy(&match_words(part))),
            business,
            other_deal: other_deal && topical(&head) == 0,
            actor_named: mentions.iter().any(|m| !m.place),
            stranger_in_headline: self.stranger_in_headline(title),
            foreign: self.foreign(title, text),
        }
    }

    /// Does the headline name a country, movement or leader the watchlist does not follow
    /// (a capitalised word of the knowledge table outside the actors' names, the context
    /// and the keywords)?
    fn stranger_in_headline(&self, title: &str) -> bool {
        let toks = crate::text::tokenize(title);
        let mentions = self.actors.mentions(&toks);
        toks.iter().enumerate().any(|(i, t)| {
            t.text.chars().next().is_some_and(char::is_uppercase)
                && actors::known_word(&actors::norm_token(&t.lower))
                && !mentions.iter().any(|m| m.start <= i && i < m.end)
                && !self.is_context_word(&t.lower)
                && !self.keyword_word(&t.lower)
                && !self.actors.is_alias_end_word(&t.lower)
        })
    }

    /// A counterpart in the headline that the watchlist does not follow.
    fn foreign(&self, title: &str, text: &str) -> Option<String> {
        let toks = crate::text::tokenize(title);
        // (the text's names are needed only for a title-case headline: found on first use)
        let named_in_text = std::cell::OnceCell::new();
        let mentions = self.actors.mentions(&toks);
        let one = |terms: &[Term], w: &str| {
            let words = match_words(w);
            terms.iter().any(|t| t.occurs_in(&words))
        };
        let is_keyword = |w: &str| one(&self.keywords, w) || one(&self.family, w);
        // (a name inside the watchlist's own keywords is this negotiation's: "Djibouti
        // talks" on a watchlist that follows the "Djibouti accord")
        let is_context = |w: &str| {
            one(&self.context, w)
                || self.actors.is_alias_end_word(w)
                || match_words(w).iter().any(|x| self.keyword_word(x))
        };
        let is_name = |w: &str| {
            known_state_word(w)
                || named_in_text
                    .get_or_init(|| crate::text::capitalised_inside_sentences(text))
                    .contains(w)
        };
        foreign_counterpart(title, &toks, &mentions, &is_keyword, &is_context, &is_name)
            .or_else(|| self.foreign_truce(&toks, &mentions))
            .or_else(|| self.foreign_pair_deal(&toks))
    }

    /// "Wallonia veto stalls signing of EU-Canada trade pact", "US-China trade deal" on a
    /// watchlist that follows the EU and Japan: a pair of names joined by a hyphen before a
    /// deal or talks (a modifier or two between) names that pair's dossier; when one of
    /// them is a country the knowledge table knows and the watchlist does not follow, it
    /// is another negotiation.
    fn foreign_pair_deal(&self, toks: &[Token]) -> Option<String> {
        const HEADS: &[&str] = &[
            "deal",
            "deals",
            "pact",
            "agreement",
            "accord",
            "treaty",
            "fta",
            "talks",
            "negotiations",
            "truce",
            "ceasefire",
        ];
        // (a country whose government the watchlist follows counts as ours here, named in a
        // party's name or alias: "Myanmar" in "Myanmar-Kachin talks" when the watchlist
        // follows the "Myanmar government")
        let in_party_name = |w: &str| {
            let w = crate::text::fold_lower(w);
            self.config.actors.iter().any(|a| {
                std::iter::once(&a.name)
                    .chain(a.aliases.iter())
                    .any(|n| match_words(n).contains(&w))
            })
        };
        let ours = |w: &str| {
            self.is_context_word(w)
                || match_words(w).iter().any(|x| self.keyword_word(x))
                || !self.actors.mentions(&crate::text::tokenize(w)).is_empty()
                || in_party_name(w)
        };
        let plain = |t: &Token| !t.punct && t.text.chars().all(|c| c.is_lowercase());
        for (i, t) in toks.iter().enumerate() {
            let parts: Vec<&str> = t.text.split('-').collect();
            // (one country's hyphenated name is no pair: "Guinea-Bissau")
            let pair = parts.len() == 2
                && parts
                    .iter()
                    .all(|p| p.chars().next().is_some_and(char::is_uppercase))
                && !actors::known_name(&t.text)
                && parts.iter().any(|p| ours(p));
            if !pair {
                continue;
            }
            let head = (i + 1..(i + 4).min(toks.len()))
                .take_while(|&j| j == i + 1 || plain(&toks[j - 1]))
                .any(|j| HEADS.contains(&toks[j].lower.as_str()));
            if !head {
                continue;
            }
            if let Some(c) = parts.iter().find(|c| actors::known_name(c) && !ours(c)) {
                return Some(c.to_string());
            }
        }
        None
    }

    /// "initiative for Libya ceasefire", "Yemen peace talks collapse", "Iran-Israel
    /// ceasefire holds": a country the knowledge table knows, that is neither a party nor a
    /// context term here, names the truce or the talks — another conflict's (unless it is
    /// coordinated with one of ours: "Gaza and Lebanon truce talks").
    fn foreign_truce(&self, toks: &[Token], mentions: &[Mention]) -> Option<String> {
        const NOUNS: &[&str] = &[
            "ceasefire",
            "cease-fire",
            "truce",
            "peace",
            "talks",
            "negotiations",
        ];
        let named = |i: usize| actors::in_mention(mentions, i);
        // (a country named in the watchlist's own keywords is this negotiation's venue or
        // name: "Djibouti talks" on a watchlist that follows the "Djibouti accord")
        let ours = |w: &str| {
            self.is_context_word(w)
                || match_words(w).iter().any(|x| self.keyword_word(x))
                || self
                    .actors
                    .mentions(&crate::text::tokenize(w))
                    .iter()
                    .any(|m| !m.place)
        };
        // the headline's own clause only: "Hamas ready for talks as Israel-Hezbollah truce
        // holds" is Gaza news with another truce for background
        let own_clause = toks
            .iter()
            .position(|t| {
                matches!(
                    t.lower.as_str(),
                    "as" | "while" | "amid" | "after" | "despite" | "since" | ";" | "—"
                )
            })
            .unwrap_or(toks.len());
        for i in 0..own_clause {
            let next = match toks.get(i + 1).map(|t| t.lower.as_str()) {
                Some("'s") => i + 2,
                _ => i + 1,
            };
            if !toks
                .get(next)
                .is_some_and(|t| NOUNS.contains(&t.lower.as_str()))
                || named(i)
            {
                continue;
            }
            // "South Sudan": the compound before the word it ends in
            let pair = (i > 0 && !toks[i - 1].punct)
                .then(|| format!("{} {}", toks[i - 1].text, toks[i].text));
            // (and one country's hyphenated name is one name: "Guinea-Bissau")
            let candidates: Vec<String> = match pair.filter(|p| actors::known_name(p)) {
                Some(p) => vec![p],
                None if actors::known_name(&toks[i].text) => vec![toks[i].text.clone()],
                None => toks[i].text.split('-').map(str::to_string).collect(),
            };
            let coordinated = i > 0
                && matches!(toks[i - 1].lower.as_str(), "and" | "," | "&")
                && i > 1
                && ours(&toks[i - 2].text);
            // ("intra-Afghan talks", "inter-Korean summit": a people's talks among
            // themselves, named by its demonym after the prefix)
            let among = toks[i].lower.starts_with("intra-") || toks[i].lower.starts_with("inter-");
            if let Some(c) = candidates.iter().find(|c| {
                (actors::known_name(c) || (among && actors::known_state_word(c))) && !ours(c)
            }) {
                if !coordinated {
                    return Some(c.clone());
                }
            }
        }
        None
    }

    /// Decides whether an item (title + plain text) belongs to this watchlist.
    ///
    /// A keyword (or a family member of one) and, when configured, a context term must
    /// both be prominent: in the headline or lead sentence, or twice in the text. When the
    /// context is prominent and no keyword occurs, a development by a watchlist actor can
    /// stand for the keyword (`needs_development`). When only one of them is prominent and
    /// the other occurs (or an actor is named), the item is borderline: taken only if it
    /// continues a story. Terms a newsletter lists among other topics, and a protest
    /// "calling for" a ceasefire, are mentions, not the subject.
    pub fn decide(&self, title: &str, text: &str) -> TopicDecision {
        let all = match_words(&format!("{title}\n{text}"));
        if let Some(t) = self
            .exclude
            .iter()
            .find(|t| occurrences(std::slice::from_ref(*t), &all) > 0)
        {
            return TopicDecision::new(false, false, format!("excluded by {:?}", t.source));
        }
        // most items of a busy feed set name no term at all: decide them before the costly
        // evidence (sentences, tokens, actors), with the reason the full path would give
        let any = |terms: &[Term]| terms.iter().any(|t| t.occurs_in(&all));
        if !self.context.is_empty()
            && !any(&self.keywords)
            && !any(&self.family)
            && !any(&self.context)
        {
            return TopicDecision::new(false, false, "no keyword".into());
        }
        let e = self.evidence(title, text, &all);
        if e.advocacy {
            return TopicDecision::new(
                false,
                false,
                "a protest or an appeal calling for a ceasefire, not the talks".into(),
            );
        }
        let kw = !e.business && (e.kw_lead > 0 || (e.kw_all >= 2 && !e.side_topic));
        let ctx = self.context.is_empty() || e.ctx_lead > 0 || (e.ctx_all >= 2 && !e.side_topic);
        let ctx_any = self.context.is_empty() || e.ctx_all > 0;
        let found = |k: bool| self.terms_found(title, text, &all, k);
        if let (true, Some(name)) = (kw || ctx, &e.foreign) {
            return TopicDecision {
                foreign: true,
                ..TopicDecision::new(
                    true,
                    true,
                    format!(
                        "the headline negotiates with {name:?}, no party of this watchlist: only as a follow-up"
                    ),
                )
            };
        }
        match (kw, ctx) {
            (true, true) => TopicDecision::new(
                true,
                false,
                format!("keyword {}; context {}", found(true), found(false)),
            ),
            (true, false) if ctx_any || e.actor_named => TopicDecision {
                stranger: e.stranger_in_headline,
                ..TopicDecision::new(
                    true,
                    true,
                    format!(
                        "keyword {}; context only in passing or an actor named",
                        found(true)
                    ),
                )
            },
            (false, true) if e.kw_all > 0 && !e.business => TopicDecision {
                led_by_context: true,
                ..TopicDecision::new(
                    true,
                    true,
                    format!("context {}; keyword only in passing", found(false)),
                )
            },
            // (a headline about another business, "sign strategic partnership agreement",
            // is not made the watchlist's by the deal its body reports)
            (false, true) if !e.side_topic && !e.other_deal => TopicDecision {
                needs_development: true,
                ..TopicDecision::new(
                    false,
                    false,
                    format!("context {}; no keyword", found(false)),
                )
            },
            (true, false) => TopicDecision {
                keyword_only: true,
                ..TopicDecision::new(
                    true,
                    true,
                    format!(
                        "keyword {}, but no context term: only as a close follow-up",
                        found(true)
                    ),
                )
            },
            _ if e.side_topic && (e.kw_all > 0 || ctx_any) => TopicDecision::new(
                false,
                false,
                "a newsletter mentions it among other topics".into(),
            ),
            _ if e.kw_all > 0 => {
                TopicDecision::new(false, false, "keyword and context only in passing".into())
            }
            _ => TopicDecision::new(false, false, "no keyword".into()),
        }
    }

    /// Is this word (lowercase) part of a configured keyword ("grain" of "grain deal")?
    pub fn keyword_word(&self, word: &str) -> bool {
        self.keywords.iter().any(|t| t.has_word(word))
    }

    /// Is this word the watchlist's own business: part of a keyword, or a word of the
    /// domain its keywords show ("pay" on a watchlist of strikes and wages)?
    pub fn own_word(&self, word: &str) -> bool {
        self.keyword_word(word) || self.domain.contains(&word)
    }

    /// Is this word one of the context terms ("Gaza", "Tigray*")?
    pub fn is_context_word(&self, word: &str) -> bool {
        let words = match_words(word);
        self.context.iter().any(|t| t.occurs_in(&words))
    }

    /// The terms behind a decision, for `explain` ("\"ceasefire\" in the headline or lead").
    fn terms_found(&self, title: &str, text: &str, all: &[String], keywords: bool) -> String {
        let lead_sentence = sentences(text).into_iter().next().unwrap_or_default();
        let lead = match_words(&format!("{title}\n{lead_sentence}"));
        let terms: Vec<&Term> = if keywords {
            self.keywords.iter().chain(self.family.iter()).collect()
        } else {
            self.context.iter().collect()
        };
        if let Some(t) = terms
            .iter()
            .find(|t| occurrences(std::slice::from_ref(**t), &lead) > 0)
        {
            return format!("{:?} in the headline or lead", t.source);
        }
        let found: Vec<&str> = terms
            .iter()
            .filter(|t| occurrences(std::slice::from_ref(**t), all) > 0)
            .map(|t| t.source.as_str())
            .collect();
        match found.len() {
            0 if keywords => "none".into(),
            0 => "not required".into(),
            n => format!("{} in the body {n} time(s)", found.join("/")),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::config::ActorConfig;
    use crate::text::tokenize;

    pub(crate) fn gaza() -> WatchlistConfig {
        let actor = |n: &str, a: &[&str]| ActorConfig {
            name: n.into(),
            aliases: std::iter::once(n)
                .chain(a.iter().copied())
                .map(String::from)
                .collect(),
        };
        WatchlistConfig {
            name: "gaza".into(),
            recipients: vec![],
            keywords: [
                "ceasefire",
                "truce",
                "hostages",
                "negotiat*",
                "talks",
                "mediat*",
                "proposal",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            context: vec!["Gaza".into(), "Hamas".into()],
            exclude: vec![],
            developments: vec![],
            delivery: crate::config::Delivery::Immediate { max_per_hour: None },
            actors: vec![
                actor("United States", &["US", "U.S.", "Washington"]),
                actor("Israel", &["Israeli", "Netanyahu", "Mossad"]),
                actor("Hamas", &[]),
                actor("Qatar", &["Qatari"]),
                actor("Egypt", &["Egyptian"]),
            ],
        }
    }

    #[test]
    fn a_lender_the_watchlist_follows_is_its_own_business() {
        // the IMF reaching a deal is a loan, another dossier, on the ceasefire watchlist;
        // on a watchlist of a country's debt talks where the IMF is a party it is the news
        let mut cfg = gaza();
        cfg.keywords = ["deal*", "restructur*"].map(String::from).to_vec();
        cfg.context = vec!["Ghana".into()];
        let w = Watchlist::new(&cfg);
        let d = w.decide("IMF reaches deal with Ghana", "");
        assert!(!d.taken, "{}", d.reason);
        cfg.actors.push(ActorConfig {
            name: "IMF".into(),
            aliases: vec!["IMF".into(), "International Monetary Fund".into()],
        });
        let w = Watchlist::new(&cfg);
        let d = w.decide("IMF reaches deal with Ghana", "");
        assert!(d.taken, "{}", d.reason);
    }

    #[test]
    fn the_domain_the_keywords_show_is_no_other_business() {
        // on a watchlist of strikes and bargaining, "pay" is its own business; on the
        // ceasefire watchlist "talks over pay" are another dossier's
        let mut cfg = gaza();
        cfg.keywords = ["strike*", "bargaining"].map(String::from).to_vec();
        cfg.context = vec!["CTU".into()];
        let w = Watchlist::new(&cfg);
        let d = w.decide("Thousands of CTU teachers strike over pay", "");
        assert!(d.taken, "{}", d.reason);
        let mut cfg = gaza();
        cfg.keywords.push("talks".into());
        let w = Watchlist::new(&cfg);
        let d = w.decide("Gaza port workers hold talks over pay", "");
        assert!(!d.taken, "{}", d.reason);
    }

    #[test]
    fn a_crowds_appeal_is_no_news_of_the_talks_but_a_partys_call_is() {
        let w = Watchlist::new(&gaza());
        let d = w.decide(
            "Protesters in Tel Aviv call for a ceasefire deal with Hamas",
            "Thousands marched urging the government to bring the hostages home.",
        );
        assert!(!d.taken, "{}", d.reason);
        // the call is Hamas's own, the protest only its occasion
        let d = w.decide(
            "Gaza protests: Hamas calls mediators for new ceasefire talks",
            "The group said its delegation was ready to travel to Cairo.",
        );
        assert!(d.taken, "{}", d.reason);
        let d = w.decide(
            "Israel calls negotiators home from ceasefire talks as protests grow",
            "",
        );
        assert!(d.taken, "{}", d.reason);
    }

    #[test]
    fn a_keyword_after_a_modal_is_a_verb() {
        let mut cfg = gaza();
        cfg.keywords.push("deal".into());
        let w = Watchlist::new(&cfg);
        let d = w.decide(
            "Hamas says it would deal with the decision firmly",
            "The group said it will deal with the matter.",
        );
        assert!(!d.taken, "{}", d.reason);
        let d = w.decide("Hamas says a deal is close", "The group said so.");
        assert!(d.taken, "{}", d.reason);
    }

    /// The actors a watchlist finds in a text, in order.
    fn named_in(w: &Watchlist, text: &str) -> Vec<String> {
        w.actors
            .mentions(&tokenize(text))
            .iter()
            .map(|m| w.actors.names[m.actor].clone())
            .collect()
    }

    #[test]
    fn an_elliptical_coordination_names_both_parties() {
        let mut cfg = gaza();
        for (name, alias) in [
            ("Greek Cypriots", "Greek Cypriot leaders"),
            ("Turkish Cypriots", "Turkish Cypriot leaders"),
            ("Government", "Serbian leaders"),
            ("Albanian parties", "ethnic Albanian leaders"),
        ] {
            cfg.actors.push(ActorConfig {
                name: name.into(),
                aliases: vec![alias.into()],
            });
        }
        let w = Watchlist::new(&cfg);
        let named = |t: &str| named_in(&w, t);
        // "Greek [Cypriot leaders] and Turkish Cypriot leaders"
        assert_eq!(
            named("Greek and Turkish Cypriot leaders met"),
            ["Greek Cypriots", "Turkish Cypriots"]
        );
        // "Serbian [leaders] and ethnic Albanian leaders"
        assert_eq!(
            named("Serbian and ethnic Albanian leaders signed"),
            ["Government", "Albanian parties"]
        );
        // a lowercase word before "and" is no shared adjective
        assert_eq!(
            named("several and ethnic Albanian leaders"),
            ["Albanian parties"]
        );
    }

    #[test]
    fn a_demonym_government_is_also_its_country_s_government() {
        let mut cfg = gaza();
        cfg.actors.push(ActorConfig {
            name: "Egyptian Government".into(),
            aliases: vec!["Egyptian Government".into()],
        });
        cfg.actors.retain(|a| a.name != "Egypt");
        let w = Watchlist::new(&cfg);
        let named = |t: &str| named_in(&w, t);
        assert_eq!(
            named("Egypt's government sent envoys"),
            ["Egyptian Government"]
        );
        assert_eq!(
            named("the government of Egypt said"),
            ["Egyptian Government"]
        );
        // the bare country stays a place, not the government
        assert!(named("talks in Egypt resumed").is_empty());
    }

    /// In a title-case headline every word has a capital: the counterpart is a name when
    /// the item's text writes it with one inside a sentence too.
    #[test]
    fn a_title_case_headline_s_counterpart_is_a_name_the_text_confirms() {
        let w = Watchlist::new(&gaza());
        let d = w.decide(
            "Hamas Opens Talks With Fatah on Unity Government",
            "Hamas and Fatah officials met in Cairo on Sunday, the group said.",
        );
        assert!(d.foreign, "{}", d.reason);
        let d = w.decide(
            "Hamas Opens Talks With Mediators on Prisoner Release",
            "Hamas officials met the mediators in Cairo on Sunday.",
        );
        assert!(!d.foreign, "{}", d.reason);
    }

    #[test]
    fn another_country_s_truce_in_the_headline_is_another_negotiation() {
        let w = Watchlist::new(&gaza());
        let d = w.decide(
            "Yemen peace talks collapse in Kuwait, UN envoy says",
            "Hamas officials were not involved.",
        );
        assert!(d.foreign, "{}", d.reason);
        // in a clause of its own it is background to the watchlist's news
        let d = w.decide(
            "Hamas ready for Gaza ceasefire talks as Yemen truce holds",
            "The group said it would send a delegation.",
        );
        assert!(d.taken && !d.foreign, "{}", d.reason);
        // the knowledge table knows the states where wars are fought, not only the famous
        for title in [
            "UN envoy secures Croatia ceasefire accord in Sarajevo",
            "Liberia peace talks stall in Accra as Hamas official visits",
            "Myanmar truce collapses; Gaza talks also discussed",
            // and the regions wars are named after
            "Darfur peace talks resume in Abuja as Hamas envoy visits",
            // and a people's talks among themselves
            "Doha hosts opening of intra-Afghan peace talks; Hamas office nearby",
        ] {
            let d = w.decide(title, "Hamas and Israel were not part of it.");
            assert!(d.foreign, "{title}: {}", d.reason);
        }
    }

    #[test]
    fn a_pair_with_a_country_we_do_not_follow_names_another_deal() {
        let w = Watchlist::new(&gaza());
        // one of ours paired with a country the watchlist does not follow
        let d = w.decide(
            "Veto stalls signing of Israel-Canada trade pact",
            "Hamas and the Gaza ceasefire talks were not on the agenda.",
        );
        assert!(d.foreign, "{}", d.reason);
        // a pair of ours, or one country's hyphenated name, is not
        let d = w.decide(
            "Israel-Hamas ceasefire deal holds in Gaza",
            "The truce entered its second week.",
        );
        assert!(!d.foreign, "{}", d.reason);
        let d = w.decide(
            "Guinea-Bissau ceasefire talks end; Hamas envoy attends",
            "Gaza was discussed.",
        );
        assert!(!d.reason.contains("with \"Guinea\""), "{}", d.reason);
    }

    #[test]
    fn two_countries_we_do_not_follow_agreeing_are_another_negotiation() {
        let w = Watchlist::new(&gaza());
        for title in [
            "Pakistan and Afghanistan agree ceasefire after talks in Doha",
            "Lebanon, Israel to hold border talks under UN flag",
        ] {
            let d = w.decide(
                title,
                "Hamas officials and Gaza mediators were not involved.",
            );
            assert!(d.foreign, "{title}: {}", d.reason);
        }
        // a headline's first word has a capital anyway: a comma joins only a country
        let d = w.decide(
            "Campaigners, Hamas voice doubts about Gaza ceasefire talks",
            "Israel said the talks would go on.",
        );
        assert!(!d.foreign, "{}", d.reason);
        // countries of a multilateral round, with no deal or talks of their own
        let d = w.decide(
            "India, Nigeria lead outcry over Gaza ceasefire talks",
            "Hamas and Israel were not present.",
        );
        assert!(!d.reason.contains("with \"India\""), "{}", d.reason);
    }

    #[test]
    fn the_gaza_truce_is_another_conflicts_on_a_watchlist_that_does_not_follow_gaza() {
        let mut cfg = gaza();
        cfg.context = vec!["Lebanon".into(), "Hezbollah".into()];
        cfg.actors
            .retain(|a| a.name == "Israel" || a.name == "United States");
        cfg.actors.push(crate::config::ActorConfig {
            name: "Hezbollah".into(),
            aliases: vec!["Hezbollah".into()],
        });
        let w = Watchlist::new(&cfg);
        let d = w.decide(
            "Egypt brokers Gaza truce after five days of fighting",
            "Israel and Hezbollah were not part of it; Lebanon talks go on.",
        );
        assert!(d.foreign, "{}", d.reason);
        // on the Gaza watchlist it is the negotiation itself
        let d = Watchlist::new(&gaza()).decide(
            "Egypt brokers Gaza truce after five days of fighting",
            "Hamas and Israel agreed to the ceasefire.",
        );
        assert!(!d.foreign, "{}", d.reason);
    }

    #[test]
    fn a_headline_naming_another_dossier_lends_its_lead_no_keyword() {
        let w = Watchlist::new(&gaza());
        // the headline's deal is another business's: the lead's negotiators are its own
        let d = w.decide(
            "Egypt and Hamas end gas supply talks for Gaza power plant",
            "Negotiators agreed volumes for the next decade, officials in Cairo said.",
        );
        assert!(!d.taken, "{}", d.reason);
        // a deal of another business in the headline: the deal its body reports is not
        // a development that makes it the watchlist's
        let d = w.decide(
            "Egypt, Qatar sign strategic partnership agreement",
            "Hamas and Israel were not discussed; the two signed the agreement in Cairo.",
        );
        assert!(!d.taken && !d.needs_development, "{}", d.reason);
        // the same lead under a headline that names no other business is the watchlist's
        let d = w.decide(
            "Egypt and Hamas reach understanding in Gaza",
            "Negotiators agreed volumes for the next decade, officials in Cairo said.",
        );
        assert!(d.taken, "{}", d.reason);
        // commerce: an airline's aircraft deal, a smelter's tolling contract
        for title in [
            "Gaza farmers seek export quota talks with Egypt",
            "Gaza cement importers open purchase talks with Egyptian suppliers",
        ] {
            let d = w.decide(title, "");
            assert!(!d.taken, "{title}: {}", d.reason);
        }
        // a missile treaty or a constitutional accord is another dossier too
        for title in [
            "Hamas and Egypt agree in principle on missile treaty",
            "Hamas and Egypt reach constitutional accord in Cairo",
        ] {
            let d = w.decide(title, "");
            assert!(!d.taken && !d.needs_development, "{title}: {}", d.reason);
        }
    }

    #[test]
    fn a_borderline_item_led_by_the_watched_parties_is_marked_so() {
        // the parties in the headline, the negotiation's words only in passing: a reaction
        // about these parties (it may continue a story on less shared wording)
        let w = Watchlist::new(&gaza());
        let d = w.decide(
            "Hamas leaders regret the answer, say their door stays open",
            "The group spoke on Sunday. It was a day after the talks in Cairo.",
        );
        assert!(d.taken && d.borderline && d.led_by_context, "{}", d.reason);
        // the parties in the headline and no negotiation word at all: the same once
        // detection found no development
        let mut d = w.decide("Hamas leaders gather in Istanbul", "They met on Sunday.");
        assert!(d.needs_development, "{}", d.reason);
        d.settle(None);
        assert!(d.taken && d.borderline && d.led_by_context, "{}", d.reason);
    }

    #[test]
    fn a_keyword_led_headline_naming_a_state_not_followed_has_a_stranger() {
        // the negotiation's words in the headline, a watched party named, the context not:
        // keyword-led; another conflict's country in the headline marks it, the watched
        // parties alone do not
        let w = Watchlist::new(&gaza());
        let d = w.decide(
            "Ukraine accepts US plan for 30-day ceasefire at Jeddah talks",
            "Officials met the delegation on Tuesday.",
        );
        assert!(d.taken && d.borderline && d.stranger, "{}", d.reason);
        let d = w.decide(
            "Netanyahu rejects proposal on prisoners",
            "The prime minister's office turned down the plan on Thursday.",
        );
        assert!(d.taken && d.borderline && !d.stranger, "{}", d.reason);
    }

    #[test]
    fn a_headline_only_follow_up_naming_nobody_is_a_keyword_only_borderline_item() {
        // the negotiation's words prominent, no context term and no party anywhere: taken
        // only if it plainly continues a story (see `TopicDecision::keyword_only`)
        let w = Watchlist::new(&gaza());
        let d = w.decide("Ceasefire talks drag into the night", "");
        assert!(
            d.taken && d.borderline && d.keyword_only && !d.led_by_context,
            "{}",
            d.reason
        );
        // with a party named it is the ordinary borderline item
        let d = w.decide(
            "Ceasefire talks drag into the night",
            "Hamas officials waited.",
        );
        assert!(!d.keyword_only, "{}", d.reason);
    }

    #[test]
    fn a_country_in_the_watchlists_own_keywords_is_its_venue_not_another_negotiation() {
        let mut cfg = gaza();
        cfg.keywords = vec![
            "Djibouti talks".into(),
            "Djibouti accord".into(),
            "truce".into(),
        ];
        cfg.context = vec!["Somalia".into(), "Somali".into()];
        let w = Watchlist::new(&cfg);
        // (a country the built-in table knows, before "talks": ours when our keywords name it)
        let d = w.decide("Watch: Djibouti talks – two delegations, two hotels", "");
        assert!(!d.foreign, "{}", d.reason);
        // another country's talks stay another negotiation's
        let d = w.decide(
            "Yemen peace talks collapse in Kuwait",
            "Somali officials watched.",
        );
        assert!(d.foreign || !d.taken, "{}", d.reason);
    }

    #[test]
    fn passing_mentions_do_not_make_topic() {
        let w = Watchlist::new(&gaza());
        assert!(
            w.decide("Hamas says truce secured", "The group said so.")
                .taken
        );
        let d = w.decide(
            "QatarEnergy unveils new LNG expansion",
            "The firm will raise output. Qatar, which has been mediating between Israel and Hamas, exports gas.",
        );
        assert!(!d.taken, "{}", d.reason);
        let d = w.decide(
            "Israel and Hezbollah ceasefire takes effect",
            "A 60-day truce began in Lebanon. Biden said he would push for a Gaza ceasefire.",
        );
        assert!(d.borderline, "{}", d.reason);
        assert!(!d.led_by_context, "{}", d.reason);
        assert!(
            w.decide(
                "Update from Doha",
                "Israeli negotiators left after talks on the Gaza truce hit a dead end."
            )
            .taken
        );
    }

    #[test]
    fn another_negotiation_of_one_party_is_only_a_follow_up() {
        // a leader called by one of his names is no outsider ("Mustafa" of the alias
        // "Mohammad Mustafa")
        let mut cfg = gaza();
        cfg.actors.push(crate::config::ActorConfig {
            name: "Palestinian Authority".into(),
            aliases: vec!["Palestinian Authority".into(), "Mohammad Mustafa".into()],
        });
        let d = Watchlist::new(&cfg).decide("Netanyahu, Mustafa hold ceasefire talks", "");
        assert!(!d.reason.contains("negotiates with"), "{}", d.reason);
        let d = Watchlist::new(&gaza()).decide("Netanyahu, Mustafa hold ceasefire talks", "");
        assert!(d.reason.contains("negotiates with"), "{}", d.reason);
        let w = Watchlist::new(&gaza());
        for (title, foreign) in [
            (
                "Israel and Hezbollah agree ceasefire brokered by France",
                true,
            ),
            ("Israel, Lebanon reach ceasefire deal", true),
            ("Netanyahu, Erdogan among leaders at ceasefire summit", true),
            ("Netanyahu & Erdogan float new ceasefire plan", true),
            ("Qatar opens talks with Taliban in Doha", true),
            ("Israel & Syria sign truce", true),
            ("Japan and Israel hold secret ceasefire talks", true),
            ("Gaza and Israel: what the truce means", false),
            ("Israel and Hamas agree ceasefire", false),
            (
                "Israel sends team to Cairo for Gaza talks with mediators",
                false,
            ),
            ("Hamas's Hayya meets Egyptian mediators on ceasefire", false),
            (
                "Netanyahu-Erdogan summit ends without a ceasefire deal",
                true,
            ),
            ("Israel-Hamas ceasefire talks resume in Cairo", false),
            ("U.S.-Hamas talks on ceasefire resume", false),
            ("Sino-Israel trade talks resume", false),
        ] {
            let d = w.decide(title, "");
            assert_eq!(
                d.reason.contains("negotiates with"),
                foreign,
                "{title}: {}",
                d.reason
            );
        }
    }

    #[test]
    fn a_bare_government_after_another_name_is_that_name_s() {
        let mut cfg = gaza();
        cfg.actors.push(crate::config::ActorConfig {
            name: "Government of Nepal".into(),
            aliases: vec!["Government of Nepal".into(), "govt".into()],
        });
        let w = Watchlist::new(&cfg);
        let named = |text: &str| -> Vec<String> {
            let mut v: Vec<String> = w
                .actors
                .mentions(&tokenize(text))
                .iter()
                .map(|m| w.actors.names[m.actor].clone())
                .collect();
            v.dedup();
            v
        };
        assert!(named("Andhra govt, rebels begin talks").is_empty());
        assert_eq!(
            named("Govt, rebels begin talks"),
            vec!["Government of Nepal"]
        );
        assert_eq!(
            named("The govt and the rebels begin talks"),
            vec!["Government of Nepal"]
        );
        // and its offices: "Nepal PM"
        assert_eq!(named("Nepal PM meets rebels"), vec!["Government of Nepal"]);
    }

    #[test]
    fn a_context_person_s_surname_in_the_headline_places_the_item() {
        let mut cfg = gaza();
        cfg.context = vec!["David Stern".into(), "NBA".into()];
        cfg.keywords = vec!["lockout".into()];
        let w = Watchlist::new(&cfg);
        let d = w.decide("Stern on lockout: 'We saw no options'", "");
        assert!(d.taken && !d.borderline, "{}", d.reason);
        // a common word, lowercase, is no name
        let d = w.decide("A stern warning as the lockout drags on", "");
        assert!(!d.taken || d.borderline, "{}", d.reason);
    }

    #[test]
    fn a_bare_government_in_a_named_place_is_that_place_s() {
        let mut cfg = gaza();
        cfg.actors = vec![
            crate::config::ActorConfig {
                name: "United Kingdom".into(),
                aliases: vec!["British government".into(), "London".into()],
            },
            crate::config::ActorConfig {
                name: "Mauritius".into(),
                aliases: vec!["Mauritian government".into(), "Port Louis".into()],
            },
        ];
        let w = Watchlist::new(&cfg);
        let named = |text: &str| -> Vec<String> {
            let mut v: Vec<String> = w
                .actors
                .mentions(&tokenize(text))
                .iter()
                .map(|m| w.actors.names[m.actor].clone())
                .collect();
            v.sort();
            v.dedup();
            v
        };
        assert_eq!(
            named("The new government in Port Louis tabled amendments"),
            vec!["Mauritius"]
        );
        assert_eq!(
            named("The government tabled amendments"),
            vec!["United Kingdom"]
        );
    }

    #[test]
    fn mentions_resolve_aliases_knowledge_and_compounds() {
        let w = Watchlist::new(&gaza());
        let toks = tokenize("Doha says Israel-Hamas truce agreed; Hamas-backed plan; Biden and the U.S. and Israel's team in Cairo");
        let m = w.actors.mentions(&toks);
        let names: Vec<&str> = m.iter().map(|m| w.actors.names[m.actor].as_str()).collect();
        assert_eq!(
            names,
            vec![
                "Qatar",
                "Israel",
                "Hamas",
                "Hamas",
                "United States",
                "United States",
                "Israel",
                "Egypt"
            ]
        );
        assert!(
            m[0].place && m[1].compound_of_actors && m[3].in_compound && !m[3].compound_of_actors
        );
        // a country inside a compound place name is not that country
        let mut cfg = gaza();
        for (name, alias) in [("Sudan", "Khartoum"), ("Ireland", "Dublin")] {
            cfg.actors.push(crate::config::ActorConfig {
                name: name.into(),
                aliases: vec![name.into(), alias.into()],
            });
        }
        let names = |cfg: &WatchlistConfig, text: &str| -> Vec<String> {
            let w = Watchlist::new(cfg);
            let toks = tokenize(text);
            let found = w.actors.mentions(&toks);
            found
                .iter()
                .map(|m| w.actors.names[m.actor].clone())
                .collect()
        };
        assert_eq!(
            names(
                &cfg,
                "South Sudan's army and Northern Ireland's first minister; Sudan and Ireland"
            ),
            vec!["Sudan", "Ireland"]
        );
        // a "<demonym> Government" acts through its state offices
        cfg.actors.push(crate::config::ActorConfig {
            name: "Afghan Government".into(),
            aliases: vec!["Afghan Government".into()],
        });
        assert_eq!(
            names(
                &cfg,
                "Afghan president rejects release; Afghan officials disagree"
            ),
            vec!["Afghan Government"]
        );
    }
}

//! newshound: watches news feeds and emails an analyst when a negotiation moves.
//!
//! Data flow, one module per step:
//! config → schedule → fetch → parse → normalise → store → watchlist → cluster →
//! detect → analyse → outbox → email, driven by `daemon` and exposed by `cli`; `web`
//! serves a read-only view of the store, `compose` and `present` say it in words.

pub mod analyse;
pub mod cli;
pub mod cluster;
pub mod compose;
pub mod config;
pub mod daemon;
pub mod detect;
pub mod email;
pub mod exit;
pub mod fetch;
pub mod health;
pub mod kinds;
pub mod logging;
pub mod manual;
pub mod metrics;
pub mod normalise;
pub mod notify;
pub mod opml;
pub mod outbox;
pub mod parse;
pub mod paths;
pub mod present;
pub mod replay;
pub mod schedule;
pub mod store;
pub mod text;
pub mod tz;
pub mod watchlist;
pub mod web;

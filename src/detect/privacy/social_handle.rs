//! `privacy.social_handle`: handles on other apps given as a way to be contacted.
//!
//! Wakes at an app's name in the folded view (`src/data/social_handle.tsv`: "snapchat",
//! "snap", "insta", "ig", "telegram", "tg", "discord", "kik", "tiktok", "whatsapp",
//! "line id", "wechat", "телеграм", "انستا", ...), reads optional separators, id words and
//! link words after it ("snap: ", "my insta is ", "line id: ", "mi insta es ", "ig aku ")
//! and then the handle: `@name`, or a name of letters, digits, `_`, `.` and `-` (2 to 32
//! characters with a letter), or a Discord tag `name#1234`. The handle is reported, with
//! its `@`, kind the app (`snapchat`, `instagram`, `telegram`, `discord`, `whatsapp`,
//! `tiktok`, `twitter`, `line`, `wechat`, ...).
//!
//! How sure a name must be depends on how sure the app word is:
//! * a full app name ("instagram", "discord") takes any `@handle` or name with digits,
//!   `_` or `.`, and a plain word after a colon, an id word, or a link word when the word
//!   ends the clause ("my insta is jessica");
//! * a short name ("ig", "snap", "tg") takes the same, but a plain word only after a
//!   colon or an id word ("snap your fingers" is not a handle);
//! * a name that is also an ordinary word ("x", "line", "signal", "wa") takes an
//!   `@handle` after a colon or a link word, anything else only after an id word
//!   ("line id: ...", never "line 5").
//!
//! Common words ("discord is down", "my insta is private") and app names are never
//! handles. A name glued to `@domain` is an e-mail address (`privacy.email`), a name
//! followed by `/` is a link. `@everyone`, `@here` and @-mentions with no app word are
//! this chat's own mentions and are left alone.
//!
//! "add me on whatsapp", "me adiciona no insta", "напиши мне в телеграм": an invitation
//! phrase right before an app's name is reported whole, kind `invite`, when no handle
//! follows (with a handle, the handle is reported instead). An `@handle` right after an
//! invitation with no app named ("add me @cool_kid99", "hmu @x") is kind `handle`. Moving a conversation to
//! another app is also `teen.off_platform` (a later issue): the two rules may then mark
//! the same phrase.

use crate::detect::chars::FnvBuild;
use crate::detect::{Hit, Sink};
use crate::normalize::Normalized;
use crate::RuleId;
use std::collections::HashSet;
use std::ops::Range;

/// Longest handle read (bytes, without the `@`).
const MAX_HANDLE: usize = 32;

/// How sure an app word is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    App,
    Abbr,
    Amb,
    Invite,
}

/// A lexicon entry: its class and the app's kind name.
#[derive(Clone, Copy, Debug)]
struct Tag {
    class: Class,
    app: &'static str,
}

// The table, parsed by build.rs (see `phrase_rules/table.rs`): `ENTRY_WORDS` and
// `ENTRY_TAGS`, `IDS` and `LINKS` (longest first), `STOP`.
include!(concat!(env!("OUT_DIR"), "/social_handle_tables.rs"));

/// The social handle detector.
pub(crate) struct SocialHandle {
    entries: Vec<(&'static str, Tag)>,
    /// The app words on their own: a handle is never one ("insta e tiktok").
    apps: HashSet<&'static str, FnvBuild>,
    ids: Vec<&'static str>,
    links: Vec<&'static str>,
    stop: HashSet<&'static str, FnvBuild>,
}

/// A handle found after an app word.
struct Handle {
    start: usize,
    end: usize,
}

impl SocialHandle {
    pub(crate) fn new() -> SocialHandle {
        let entries: Vec<(&str, Tag)> = ENTRY_WORDS.split('\n').zip(ENTRY_TAGS).collect();
        SocialHandle {
            apps: entries
                .iter()
                .filter(|(_, t)| t.class != Class::Invite)
                .map(|(w, _)| *w)
                .collect(),
            entries,
            ids: IDS.split('\n').collect(),
            links: LINKS.split('\n').collect(),
            stop: STOP.split('\n').collect(),
        }
    }

    /// The first of `words` written at `p` as a whole word.
    fn word_at(words: &[&'static str], t: &str, p: usize) -> Option<&'static str> {
        let rest = &t[p..];
        words.iter().copied().find(|w| {
            rest.starts_with(w)
                && (!w.ends_with(|c: char| c.is_alphanumeric())
                    || !rest[w.len()..].starts_with(|c: char| c.is_alphanumeric()))
        })
    }

    /// The handle after an app word of `class` ending at `p`, if one is given.
    fn handle_after(&self, t: &str, p: usize, class: Class) -> Option<Handle> {
        let b = t.as_bytes();
        let (mut colon, mut marked, mut linked) = (false, false, false);
        let mut p = skip_spaces(b, p);
        for _ in 0..4 {
            let rest = &t[p..];
            if let Some(sep) = [":", "=", "->", "→"]
                .into_iter()
                .find(|s| rest.starts_with(*s))
            {
                colon = true;
                p += sep.len();
            } else if let Some(w) = Self::word_at(&self.ids, t, p)
                .filter(|w| t[p + w.len()..].starts_with([' ', '\t', ':', '=', '-']))
            {
                marked = true;
                p += w.len();
            } else if let Some(w) = Self::word_at(&self.links, t, p) {
                linked = true;
                p += w.len();
            } else {
                break;
            }
            p = skip_spaces(b, p);
        }
        let at = b.get(p) == Some(&b'@');
        let name_start = p + usize::from(at);
        let mut end = name_start;
        while end < b.len()
            && end - name_start <= MAX_HANDLE
            && (b[end].is_ascii_alphanumeric() || matches!(b[end], b'_' | b'.' | b'-'))
        {
            end += 1;
        }
        while end > name_start && matches!(b[end - 1], b'.' | b'-') {
            end -= 1; // sentence punctuation, not part of the name
        }
        // A Discord tag: name#1234.
        let tagged = b.get(end) == Some(&b'#')
            && b.get(end + 1..end + 5)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !b.get(end + 5).is_some_and(u8::is_ascii_alphanumeric);
        let name = &t[name_start..end];
        if tagged {
            end += 5;
        }
        if !(2..=MAX_HANDLE).contains(&name.len())
            || !name.bytes().any(|c| c.is_ascii_alphabetic())
            || t[end..].starts_with(|c: char| c == '@' || c == '/' || c.is_alphanumeric())
            || (at && matches!(name, "everyone" | "here" | "channel" | "all" | "online"))
            || self.stop.contains(name)
            || self.apps.contains(name)
        {
            return None;
        }
        let adjacent = !(at || colon || marked || linked);
        if adjacent && (!name.starts_with(|c: char| c.is_ascii_alphabetic()) || is_version(name)) {
            return None; // "fb 2fa", "ig v2.10.3"
        }
        let strong = tagged
            || name
                .bytes()
                .any(|c| c.is_ascii_digit() || c == b'_' || c == b'.');
        let ends_clause = {
            let after = t[end..].trim_start_matches([' ', '\t']);
            after.chars().next().is_none_or(|c| {
                matches!(c, '\n' | '\r' | '.' | '!' | '?' | ',' | ';' | ')')
                    || (!c.is_ascii() && !c.is_alphanumeric())
            })
        };
        let ok = match (class, at, strong) {
            (Class::App | Class::Abbr, true, _) | (Class::App | Class::Abbr, _, true) => true,
            (Class::App, false, false) => colon || marked || (linked && ends_clause),
            (Class::Abbr, false, false) => colon || marked,
            (Class::Amb, true, _) => colon || marked || linked,
            (Class::Amb, false, _) => marked,
            (Class::Invite, ..) => false,
        };
        ok.then_some(Handle { start: p, end })
    }
}

impl SocialHandle {
    /// An `@handle` right after an invitation ("add me @cool_kid99", "hmu: @x").
    fn bare_handle_after(&self, t: &str, p: usize) -> Option<Handle> {
        let rest = t[p..].trim_start_matches([' ', ':']);
        if !rest.starts_with('@') {
            return None;
        }
        // The same reading as after an app's name, which takes any @handle.
        self.handle_after(t, t.len() - rest.len(), Class::App)
            .filter(|h| t[h.start..].starts_with('@'))
    }
}

/// `v2.10.3`, `v12`: a version, not a name.
fn is_version(name: &str) -> bool {
    let rest = name.strip_prefix('v').unwrap_or(name);
    !rest.is_empty() && rest.bytes().all(|c| c.is_ascii_digit() || c == b'.')
}

/// Skips spaces and tabs from `p`, at most 8 bytes.
fn skip_spaces(b: &[u8], mut p: usize) -> usize {
    let start = p;
    while p < b.len() && p - start < 8 && matches!(b[p], b' ' | b'\t') {
        p += 1;
    }
    p
}

impl SocialHandle {
    /// The app words and invitations, folded, for the shared phrase pass; `hits` indexes
    /// this list.
    pub(crate) fn phrases(&self) -> Vec<&str> {
        self.entries.iter().map(|(w, _)| *w).collect()
    }

    /// Reports the handles and invitations after the app words at `hits` (the folded
    /// view's matches of [`SocialHandle::phrases`]).
    pub(crate) fn scan(
        &self,
        text: &Normalized<'_>,
        hits: &[(u32, Range<usize>)],
        out: &mut Sink<'_>,
    ) {
        let view = text.folded();
        let t = view.text();
        let mut hits = hits
            .iter()
            .map(|(i, r)| (self.entries[*i as usize].1, r.clone()))
            .peekable();
        let mut done = 0;
        while let Some((tag, range)) = hits.next() {
            if range.start < done {
                continue;
            }
            if tag.class != Class::Invite {
                if let Some(h) = self.handle_after(t, range.end, tag.class) {
                    out.report(
                        view,
                        h.start..h.end,
                        Hit::new(RuleId::PrivacySocialHandle, 0.8).kind(tag.app),
                    );
                    done = h.end;
                }
                continue;
            }
            // An invitation with an @handle and no app: "add me @cool_kid99".
            if let Some(h) = self.bare_handle_after(t, range.end) {
                out.report(
                    view,
                    h.start..h.end,
                    Hit::new(RuleId::PrivacySocialHandle, 0.7).kind("handle"),
                );
                done = h.end;
                continue;
            }
            // An invitation: the app's name must come right after it.
            let Some((app, app_range)) = hits.peek().cloned() else {
                continue;
            };
            let gap = &t[range.end..app_range.start];
            if app.class == Class::Invite || gap.len() > 3 || !gap.bytes().all(|c| c == b' ') {
                continue;
            }
            hits.next();
            if let Some(h) = self.handle_after(t, app_range.end, app.class) {
                out.report(
                    view,
                    h.start..h.end,
                    Hit::new(RuleId::PrivacySocialHandle, 0.8).kind(app.app),
                );
                done = h.end;
            } else if t[app_range.end..]
                .trim_start_matches([' ', ':', '@', '-'])
                .starts_with(crate::MASK)
            {
                // A handle that redaction has already hidden: nothing more to hide.
            } else if app.class != Class::Amb || {
                let after = t[app_range.end..].trim_start_matches([' ', '\t']);
                after.chars().next().is_none_or(|c| !c.is_alphanumeric())
            } {
                out.report(
                    view,
                    range.start..app_range.end,
                    Hit::new(RuleId::PrivacySocialHandle, 0.6).kind("invite"),
                );
                done = app_range.end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn handle(t: &str, class: Class) -> Option<&str> {
        let d = SocialHandle::new();
        d.handle_after(t, 0, class).map(|h| &t[h.start..h.end])
    }

    #[test]
    fn table_parses() {
        let d = SocialHandle::new();
        assert!(d.stop.contains("down"));
        assert!(d.ids.contains(&"username"));
        assert!(d.apps.contains("insta"));
    }

    #[test]
    fn handles_by_strength() {
        assert_eq!(handle(": cool_kid99", Class::Abbr), Some("cool_kid99"));
        assert_eq!(handle(" @ana.b", Class::Amb), None);
        assert_eq!(handle(": @ana.b", Class::Amb), Some("@ana.b"));
        assert_eq!(handle(" your fingers", Class::Abbr), None);
        assert_eq!(handle(" is jessica", Class::App), Some("jessica"));
        assert_eq!(handle(" is jessica lol", Class::App), None);
        assert_eq!(handle(" name#1234", Class::App), Some("name#1234"));
        assert_eq!(handle(" is down", Class::App), None);
        assert_eq!(handle(" 5", Class::Amb), None);
        assert_eq!(handle(" id: sakura_77", Class::Amb), Some("sakura_77"));
        assert_eq!(handle(" is ana@mail.com", Class::App), None);
        assert_eq!(handle(" @everyone", Class::Abbr), None);
    }
    /// The table is used as written: its words must be as the folded view writes them.
    #[test]
    fn words_are_written_folded() {
        for line in include_str!("../../data/social_handle.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
        {
            let word = line.rsplit('\t').next().unwrap_or_default();
            assert_eq!(word, Normalized::new(word).folded().text(), "{word:?}");
        }
    }
}

//! Lists of people (§12): matching entries to users, and the lists kept per admin.
//!
//! An entry is an email if it has an `@`, a user id if it is all digits, else a username. Emails
//! match without regard to case, usernames and ids exactly. An entry equal to an earlier one, or
//! naming a user an earlier entry matched, is a duplicate, so `matched` counts users.

use crate::data::{People, DELETED};
use contract::{
    lists::{ENTRY_MAX, LIST_RETENTION_DAYS},
    people::MAX_SAFE_INTEGER,
    ListId, PeopleList, Unmatched, UnmatchedReason,
};
use std::{
    collections::{HashMap, HashSet},
    sync::Arc,
};

/// How long the mock keeps a list: exactly the contract's least.
pub const RETENTION_SECS: i64 = LIST_RETENTION_DAYS as i64 * 86_400;

/// What an entry can name, as compared for duplicates.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    /// Lowercased.
    Email(String),
    Username(String),
    Id(u64),
}

/// `None`: it cannot be an email, username or id.
fn classify(entry: &str) -> Option<Key> {
    if entry.is_empty()
        || entry.chars().count() > ENTRY_MAX
        || entry.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return None;
    }
    if entry.contains('@') {
        return is_email(entry).then(|| Key::Email(entry.to_lowercase()));
    }
    if entry.bytes().all(|b| b.is_ascii_digit()) {
        return entry.parse().ok().filter(|id| *id <= MAX_SAFE_INTEGER).map(Key::Id);
    }
    Some(Key::Username(entry.to_owned()))
}

/// A plausible address: one `@`; a local part of 1 to 64 characters (letters, digits and
/// ``!#$%&'*+/=?^_`{|}~.-``, dots not first, last or doubled); a domain of two or more dot-separated
/// labels of 1 to 63 letters, digits or inner hyphens. Non-ASCII letters are letters (RFC 6531).
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    let local_ok = (1..=64).contains(&local.chars().count())
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let label_ok = |l: &str| {
        (1..=63).contains(&l.chars().count())
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    local_ok && domain.split('.').count() >= 2 && domain.split('.').all(label_ok)
}

/// Entries matched against the people.
#[derive(Debug, PartialEq, Eq)]
pub struct Matched {
    /// Each matched user once, in the order of the entries that named them.
    pub users: Vec<u32>,
    pub unmatched: Vec<Unmatched>,
}

/// Matches every entry. Emails and usernames are looked up in one pass over the people, and only
/// when some entry asks for them.
pub fn match_entries(people: &People, entries: &[String]) -> Matched {
    let keys: Vec<Option<Key>> = entries.iter().map(|e| classify(e.trim())).collect();
    let mut by_email: HashMap<&str, Vec<u32>> = HashMap::new();
    let mut by_username: HashMap<&str, Vec<u32>> = HashMap::new();
    for key in keys.iter().flatten() {
        match key {
            Key::Email(e) => by_email.entry(e).or_default(),
            Key::Username(u) => by_username.entry(u).or_default(),
            Key::Id(_) => continue,
        };
    }
    if !by_email.is_empty() || !by_username.is_empty() {
        let mut buf = String::new();
        for (idx, rec) in people.recs.iter().enumerate() {
            let idx = idx as u32;
            if rec.has(DELETED) {
                continue;
            }
            if !by_email.is_empty() {
                people.email_into(idx, &mut buf);
                if let Some(found) = by_email.get_mut(buf.as_str()) {
                    found.push(idx);
                }
            }
            if !by_username.is_empty() {
                people.username_into(idx, &mut buf);
                if let Some(found) = by_username.get_mut(buf.as_str()) {
                    found.push(idx);
                }
            }
        }
    }
    let mut seen = HashSet::new();
    let mut users = Vec::new();
    let mut taken = HashSet::new();
    let mut unmatched = Vec::new();
    for (entry, key) in entries.iter().zip(&keys) {
        let reason = match key {
            None => Some(UnmatchedReason::Invalid),
            Some(key) if !seen.insert(key) => Some(UnmatchedReason::Duplicate),
            Some(key) => {
                let found = match key {
                    Key::Email(e) => by_email.get(e.as_str()).cloned().unwrap_or_default(),
                    Key::Username(u) => by_username.get(u.as_str()).cloned().unwrap_or_default(),
                    Key::Id(id) => people.index_of(contract::UserId(*id)).into_iter().collect(),
                };
                match found[..] {
                    [] => Some(UnmatchedReason::NotFound),
                    [user] if taken.insert(user) => {
                        users.push(user);
                        None
                    }
                    [_] => Some(UnmatchedReason::Duplicate),
                    _ => Some(UnmatchedReason::Ambiguous),
                }
            }
        };
        if let Some(reason) = reason {
            unmatched.push(Unmatched { entry: entry.trim().to_owned(), reason });
        }
    }
    Matched { users, unmatched }
}

pub struct ListRecord {
    pub owner: &'static str,
    pub list: PeopleList,
    /// The matched users, sorted, for the filter's membership test.
    pub members: Arc<[u32]>,
    /// Unix seconds.
    pub expires: i64,
}

/// Every admin's lists, in memory.
pub struct ListStore {
    pub lists: HashMap<ListId, ListRecord>,
    next: u64,
    /// Start-up time: in every id, so that a restarted mock never gives an old link's id to
    /// another list.
    boot: i64,
}

impl ListStore {
    pub fn new(boot: i64) -> ListStore {
        ListStore { lists: HashMap::new(), next: 0, boot }
    }

    /// Keeps a new list of `owner`'s until `now` + [`RETENTION_SECS`].
    pub fn insert(
        &mut self,
        owner: &'static str,
        name: String,
        entries: usize,
        matched: Matched,
        now: i64,
    ) -> &ListRecord {
        self.next += 1;
        let id = ListId(format!("list-{:x}-{}", self.boot, self.next));
        let expires = now + RETENTION_SECS;
        let list = PeopleList {
            id: id.clone(),
            name,
            entries: entries as u64,
            matched: matched.users.len() as u64,
            unmatched: matched.unmatched,
            created_at: crate::clock::format_rfc3339(now),
            expires_at: crate::clock::format_rfc3339(expires),
        };
        let mut members = matched.users;
        members.sort_unstable();
        self.lists
            .entry(id)
            .insert_entry(ListRecord { owner, list, members: members.into(), expires })
            .into_mut()
    }

    /// A live list of `owner`'s. Another admin's list is `None`, as if it did not exist.
    pub fn own(&self, owner: &str, id: &ListId, now: i64) -> Option<&ListRecord> {
        self.lists.get(id).filter(|rec| rec.owner == owner && now < rec.expires)
    }

    /// Forgets expired lists.
    pub fn sweep(&mut self, now: i64) {
        self.lists.retain(|_, rec| now < rec.expires);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use UnmatchedReason::*;

    fn people() -> People {
        People::generate(3000, 1, 20_000, 20_000 * 86_400)
    }

    fn run(people: &People, entries: &[&str]) -> (Vec<u32>, Vec<(String, UnmatchedReason)>) {
        let entries: Vec<String> = entries.iter().map(|e| (*e).to_owned()).collect();
        let m = match_entries(people, &entries);
        (m.users, m.unmatched.into_iter().map(|u| (u.entry, u.reason)).collect())
    }

    #[test]
    fn emails_match_without_regard_to_case() {
        let people = people();
        let email = people.email(40);
        let (users, unmatched) = run(&people, &[&email.to_uppercase(), &format!("  {email} ")]);
        assert_eq!(users, [40]);
        assert_eq!(unmatched, [(email, Duplicate)]);
    }

    #[test]
    fn ids_usernames_and_emails_mix_and_a_user_counts_once() {
        let people = people();
        let mut buf = String::new();
        people.username_into(0, &mut buf);
        assert_eq!(buf, "morgan.avery");
        let (users, unmatched) = run(&people, &["morgan.avery", "12", &people.email(11), "0012", "1"]);
        let dupes: Vec<_> = unmatched.iter().map(|u| u.1).collect();
        assert_eq!((users, dupes), (vec![0, 11], vec![Duplicate, Duplicate, Duplicate]));
    }

    #[test]
    fn a_username_two_people_share_is_ambiguous() {
        let people = people();
        let mut by_name: HashMap<String, Vec<u32>> = HashMap::new();
        for idx in 0..3000u32 {
            if !people.recs[idx as usize].has(crate::data::SPECIAL) {
                by_name.entry(people.name(idx)).or_default().push(idx);
            }
        }
        let (a, b) = by_name
            .values()
            .find_map(|same| (same.len() == 2).then(|| (same[0], same[1])))
            .expect("two people with one name among 3,000");
        let email = people.email(a);
        let username = email.split('@').next().unwrap().trim_end_matches(|c: char| c.is_ascii_digit());
        let (users, unmatched) = run(&people, &[username, &people.email(b)]);
        assert_eq!((users, unmatched), (vec![b], vec![(username.to_owned(), Ambiguous)]));
    }

    #[test]
    fn malformed_emails_and_impossible_entries_are_invalid() {
        let people = people();
        for entry in [
            "ada@@example.com",
            "ada@example",
            "@example.com",
            "ada.@example.com",
            "ada@-example.com",
            "Ada Lovelace",
            "",
            "9007199254740992",
            &"a".repeat(255),
        ] {
            assert_eq!(run(&people, &[entry]).1, [(entry.trim().to_owned(), Invalid)], "{entry:?}");
        }
        for entry in ["nobody@example.com", "zoë@exämple.de", "no.such.user", "9007199254740991"] {
            assert_eq!(run(&people, &[entry]).1, [(entry.to_owned(), NotFound)], "{entry:?}");
        }
    }

    #[test]
    fn every_seeded_email_is_an_email_and_every_username_a_username() {
        let people = people();
        let mut buf = String::new();
        for idx in 0..people.len() as u32 {
            assert!(matches!(classify(&people.email(idx)), Some(Key::Email(_))), "{}", people.email(idx));
            people.username_into(idx, &mut buf);
            assert!(matches!(classify(&buf), Some(Key::Username(_))), "{buf:?} of {}", people.email(idx));
        }
    }

    #[test]
    fn a_list_is_its_owners_until_it_expires() {
        let mut store = ListStore::new(1_700_000_000);
        let matched = Matched { users: vec![9, 3], unmatched: vec![] };
        let id = store.insert("hr", "HR export.csv".into(), 2, matched, 1_000).list.id.clone();
        assert_eq!(store.own("hr", &id, 1_000).map(|r| &r.members[..]), Some(&[3, 9][..]));
        assert!(store.own("admin", &id, 1_000).is_none());
        assert!(store.own("hr", &id, 1_000 + RETENTION_SECS - 1).is_some());
        assert!(store.own("hr", &id, 1_000 + RETENTION_SECS).is_none());
        store.sweep(1_000 + RETENTION_SECS);
        assert!(store.lists.is_empty());
    }
}

//! The seeded people, stored compactly (about 32 bytes a user) so a million fit in a few dozen MB.
//! `Person` JSON values are only built for the page being returned.

pub mod gen;
pub mod matcher;
pub mod tables;

use crate::clock;
use contract::{Person, Role, Status, UserId};
use std::collections::HashSet;
use tables::*;

/// The fields batch actions change; a job's undo log stores them before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mutable {
    pub status: Status,
    pub role: Role,
    /// Index into `LANGUAGES`.
    pub language: u8,
    /// Bit i = member of `TEAMS[i]`.
    pub teams: u32,
    pub labels: u16,
    pub specialisms: u16,
}

pub const SSO: u8 = 1;
pub const DELETED: u8 = 2;
/// `first` indexes the special names (identities, then hostile names) instead of `FIRST_NAMES`.
pub const SPECIAL: u8 = 4;
/// The user's mailbox bounces: email-sending actions fail for them.
pub const BOUNCES: u8 = 8;

#[derive(Clone, Copy, Debug)]
pub struct Rec {
    pub m: Mutable,
    pub first: u16,
    pub last: u16,
    /// Two bits per `CONTENT` item: 0 not started, 1 in progress, 2 completed, 3 overdue.
    pub progress: u32,
    /// Minutes before start-up plus one; 0 = never signed in.
    pub last_active: u32,
    /// Days before `today`.
    pub hire_ago: u16,
    pub flags: u8,
    pub domain: u8,
}

impl Rec {
    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    pub fn progress_of(&self, content: usize) -> u32 {
        (self.progress >> (2 * content)) & 3
    }
}

/// Lower-cased and ASCII-folded name parts, computed once for search and emails.
struct Vocab {
    first_lower: Vec<String>,
    last_lower: Vec<String>,
    first_ascii: Vec<String>,
    last_ascii: Vec<String>,
}

pub struct People {
    pub recs: Vec<Rec>,
    /// Person indexes in ascending order of name, hire date and last activity (ties by id).
    pub by_name: Vec<u32>,
    pub by_hire: Vec<u32>,
    pub by_active: Vec<u32>,
    /// The server's calendar day (days since 1970) the data is relative to.
    pub today: i64,
    /// Unix seconds of start-up; `last_active` counts back from it.
    pub now: i64,
    /// Labels in the vocabulary (`--labels`); those past `LABELS` are carried by nobody.
    pub labels: usize,
    /// Tasks and certificates handed out by jobs: (person index, table index).
    pub tasks: HashSet<(u32, u8)>,
    pub certificates: HashSet<(u32, u8)>,
    seed: u64,
    vocab: Vocab,
}

/// Identities first, then hostile names.
pub fn special_name(i: u16) -> &'static str {
    let i = usize::from(i);
    IDENTITY_NAMES
        .get(i)
        .or_else(|| HOSTILE_NAMES.get(i - IDENTITY_NAMES.len().min(i)))
        .copied()
        .unwrap_or("?")
}

/// A special person's name: `first` indexes the special names, `last` is the round of a hostile
/// name (round 0 plain, then " (2)", " (3)", …) so that no two people share one.
pub fn special_full_name(first: u16, round: u16) -> String {
    match round {
        0 => special_name(first).to_owned(),
        r => format!("{} ({})", special_name(first), r + 1),
    }
}

/// How names sort, as people expect: case and accents do not count, nor punctuation, symbols or
/// invisible marks before the first letter or digit (`"><svg …` sorts under S).
pub fn name_sort_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        // Combining marks (accents written as separate characters, Zalgo text) do not count.
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        let c = base_letter(c);
        if key.is_empty() && !c.is_alphanumeric() {
            continue;
        }
        key.push(c);
    }
    key
}

/// The letter without its accent, for the letters the seed names use.
fn base_letter(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'å' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'ø' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ł' => 'l',
        'ś' | 'ş' => 's',
        'ğ' => 'g',
        c => c,
    }
}

pub fn fold_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = base_letter(c);
        if c.is_ascii_alphanumeric() || c == '-' {
            out.push(c);
        }
    }
    out
}

impl People {
    pub fn len(&self) -> usize {
        self.recs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.recs.is_empty()
    }

    /// The index of a live (not deleted) user.
    pub fn index_of(&self, id: UserId) -> Option<u32> {
        let idx = usize::try_from(id.0.checked_sub(1)?).ok()?;
        let rec = self.recs.get(idx)?;
        (!rec.has(DELETED)).then_some(idx as u32)
    }

    pub fn id_of(idx: u32) -> UserId {
        UserId(u64::from(idx) + 1)
    }

    pub fn name(&self, idx: u32) -> String {
        let rec = &self.recs[idx as usize];
        if rec.has(SPECIAL) {
            special_full_name(rec.first, rec.last)
        } else {
            format!("{} {}", FIRST_NAMES[usize::from(rec.first)], LAST_NAMES[usize::from(rec.last)])
        }
    }

    pub fn email(&self, idx: u32) -> String {
        let mut buf = String::new();
        self.email_into(idx, &mut buf);
        buf
    }

    /// The (already lower-case) email into `buf`, cleared first; no allocation in the search scan.
    pub fn email_into(&self, idx: u32, buf: &mut String) {
        use std::fmt::Write;
        buf.clear();
        let rec = &self.recs[idx as usize];
        let domain = DOMAINS[usize::from(rec.domain) % DOMAINS.len()];
        if rec.has(SPECIAL) {
            if usize::from(rec.first) < IDENTITY_NAMES.len() {
                let parts: Vec<String> = special_name(rec.first).split(' ').map(fold_ascii).collect();
                let _ = write!(buf, "{}@{domain}", parts.join("."));
            } else {
                let _ = write!(buf, "user{}@{domain}", idx + 1);
            }
            return;
        }
        let v = &self.vocab;
        let (f, l) = (&v.first_ascii[usize::from(rec.first)], &v.last_ascii[usize::from(rec.last)]);
        let _ = write!(buf, "{f}.{l}{}@{domain}", idx + 1);
    }

    /// The username into `buf`, cleared first: the email's local part without its number
    /// (`ada.lovelace` for `ada.lovelace12@…`), so people with the same name share one; people with
    /// hostile names are `user<id>`. Lowercase ASCII, like the emails.
    pub fn username_into(&self, idx: u32, buf: &mut String) {
        self.email_into(idx, buf);
        let local = buf.find('@').unwrap_or(buf.len());
        let rec = &self.recs[idx as usize];
        let hostile = rec.has(SPECIAL) && usize::from(rec.first) >= IDENTITY_NAMES.len();
        let keep =
            if hostile { local } else { buf[..local].trim_end_matches(|c: char| c.is_ascii_digit()).len() };
        buf.truncate(keep);
    }

    /// Lower-case name into `buf` (cleared first), for search.
    pub fn lower_name_into(&self, idx: u32, buf: &mut String) {
        buf.clear();
        let rec = &self.recs[idx as usize];
        if rec.has(SPECIAL) {
            buf.extend(special_full_name(rec.first, rec.last).chars().flat_map(char::to_lowercase));
        } else {
            buf.push_str(&self.vocab.first_lower[usize::from(rec.first)]);
            buf.push(' ');
            buf.push_str(&self.vocab.last_lower[usize::from(rec.last)]);
        }
    }

    pub fn hire_date(&self, idx: u32) -> String {
        clock::format_date(self.today - i64::from(self.recs[idx as usize].hire_ago))
    }

    pub fn person(&self, idx: u32) -> Person {
        let rec = &self.recs[idx as usize];
        let names = |mask: u32, table: &[(&str, &str)]| -> Vec<String> {
            table
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, t)| t.1.to_owned())
                .collect()
        };
        Person {
            id: Self::id_of(idx),
            name: self.name(idx),
            email: self.email(idx),
            status: rec.m.status,
            role: rec.m.role,
            teams: names(rec.m.teams, TEAMS),
            labels: names(u32::from(rec.m.labels), LABELS),
            language: LANGUAGES[usize::from(rec.m.language) % LANGUAGES.len()].0.to_owned(),
            hire_date: self.hire_date(idx),
            last_active: (rec.last_active > 0)
                .then(|| clock::format_rfc3339(self.now - i64::from(rec.last_active - 1) * 60)),
        }
    }

    /// Whether the user already holds a task (some are seeded, the rest come from jobs).
    pub fn has_task(&self, idx: u32, task: u8) -> bool {
        crate::rng::mix(self.seed ^ (u64::from(idx) << 8) ^ u64::from(task) ^ 0x7a5c).is_multiple_of(10)
            || self.tasks.contains(&(idx, task))
    }

    pub fn has_certificate(&self, idx: u32, cert: u8) -> bool {
        crate::rng::mix(self.seed ^ (u64::from(idx) << 8) ^ u64::from(cert) ^ 0xce57).is_multiple_of(20)
            || self.certificates.contains(&(idx, cert))
    }
}

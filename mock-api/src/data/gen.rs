//! Deterministic seed data: the same `--seed` and `--people` give the same people everywhere.

use super::{tables::*, Mutable, People, Rec, Vocab, BOUNCES, SPECIAL, SSO};
use crate::rng::Rng;
use contract::{Role, Status};
use std::collections::{HashMap, HashSet};

/// Roles of the demo identities, people 1..=7 (see `identity.rs`).
const IDENTITY_ROLES: [Role; 7] =
    [Role::Owner, Role::Admin, Role::Admin, Role::Hr, Role::Curator, Role::Curator, Role::Learner];

impl People {
    /// Generates `n` people relative to `today` (days since 1970) and `now` (Unix seconds).
    pub fn generate(n: usize, seed: u64, today: i64, now: i64) -> People {
        let mut rng = Rng::new(seed);
        let recs: Vec<Rec> = (0..n).map(|i| gen_rec(&mut rng, seed, i)).collect();
        let vocab = Vocab {
            first_lower: FIRST_NAMES.iter().map(|s| s.to_lowercase()).collect(),
            last_lower: LAST_NAMES.iter().map(|s| s.to_lowercase()).collect(),
            first_ascii: FIRST_NAMES.iter().map(|s| super::fold_ascii(s)).collect(),
            last_ascii: LAST_NAMES.iter().map(|s| super::fold_ascii(s)).collect(),
        };
        let mut people = People {
            recs,
            by_name: Vec::new(),
            by_hire: Vec::new(),
            by_active: Vec::new(),
            today,
            now,
            labels: LABELS.len(),
            tasks: HashSet::new(),
            certificates: HashSet::new(),
            seed,
            vocab,
        };
        people.build_orders();
        people
    }

    /// Names, hire dates and activity never change, so the sort orders are computed once.
    fn build_orders(&mut self) {
        // Rank every distinct name string once, then sort people by (rank, index).
        let mut keys: HashMap<u32, u32> = HashMap::new();
        for (idx, rec) in self.recs.iter().enumerate() {
            keys.entry(name_key(rec)).or_insert(idx as u32);
        }
        // Sorted as people expect (`name_sort_key`), ties by the name itself, so the order is total.
        let mut named: Vec<(String, String, u32)> = keys
            .into_iter()
            .map(|(key, idx)| {
                let name = self.name(idx);
                (super::name_sort_key(&name), name, key)
            })
            .collect();
        named.sort();
        let rank: HashMap<u32, u32> =
            named.iter().enumerate().map(|(r, (_, _, key))| (*key, r as u32)).collect();
        let sorted = |key: &dyn Fn(&Rec) -> u32| -> Vec<u32> {
            let mut v: Vec<u64> =
                self.recs.iter().enumerate().map(|(i, r)| (u64::from(key(r)) << 32) | i as u64).collect();
            v.sort_unstable();
            v.into_iter().map(|k| k as u32).collect()
        };
        self.by_name = sorted(&|r| rank.get(&name_key(r)).copied().unwrap_or(u32::MAX));
        // Oldest hire first; never-active users first, then least recently active.
        self.by_hire = sorted(&|r| u32::from(u16::MAX - r.hire_ago));
        self.by_active = sorted(&|r| if r.last_active == 0 { 0 } else { u32::MAX - r.last_active });
    }
}

fn name_key(rec: &Rec) -> u32 {
    if rec.has(SPECIAL) {
        0x8000_0000 | (u32::from(rec.last) << 8) | u32::from(rec.first)
    } else {
        (u32::from(rec.first) << 16) | u32::from(rec.last)
    }
}

fn pick_bits(rng: &mut Rng, count: usize, max_bits: u64) -> u32 {
    let mut mask = 0u32;
    for _ in 0..rng.below(max_bits + 1) {
        mask |= 1 << rng.below(count as u64);
    }
    mask
}

/// People per hostile name: each run of this many people holds one, at a place drawn from the
/// seed, the kinds in turn, so 5,000 people hold every kind once and no two hostile names repeat
/// (later rounds are numbered). Rare enough that the first page looks like a real organisation.
const HOSTILE_SPAN: usize = 5000 / HOSTILE_NAMES.len();

/// The (kind, round) of the hostile name person `i` gets, if any.
fn hostile_slot(seed: u64, i: usize) -> Option<(u16, u16)> {
    let span = i / HOSTILE_SPAN;
    // Never among the first people (the demo identities), never at a span's very end.
    let offset = 7 + crate::rng::mix(seed ^ 0x4057_11e0 ^ span as u64) as usize % (HOSTILE_SPAN - 20);
    (i % HOSTILE_SPAN == offset)
        .then(|| ((span % HOSTILE_NAMES.len()) as u16, (span / HOSTILE_NAMES.len()) as u16))
}

fn gen_rec(rng: &mut Rng, seed: u64, i: usize) -> Rec {
    let status = match rng.below(100) {
        0..=79 => Status::Active,
        80..=91 => Status::Invited,
        _ => Status::Inactive,
    };
    let role = match rng.below(1000) {
        0..=2 => Role::Owner,
        3..=17 => Role::Admin,
        18..=37 => Role::Hr,
        38..=67 => Role::Curator,
        _ => Role::Learner,
    };
    // English dominates, as in most LMS tenants.
    let language = if rng.chance(450) { 0 } else { rng.below(LANGUAGES.len() as u64) as u8 };
    let mut flags = 0;
    if rng.chance(20) {
        flags |= SSO;
    }
    if rng.chance(5) {
        flags |= BOUNCES;
    }
    let (mut first, mut last) =
        (rng.below(FIRST_NAMES.len() as u64) as u16, rng.below(LAST_NAMES.len() as u64) as u16);
    // The draw that once picked hostile names at random stays, so a seed keeps its other values.
    if rng.chance(4) {
        rng.below(HOSTILE_NAMES.len() as u64);
    }
    if let Some((kind, round)) = hostile_slot(seed, i) {
        flags |= SPECIAL;
        (first, last) = (IDENTITY_NAMES.len() as u16 + kind, round);
    }
    let mut progress = 0u32;
    for c in 0..CONTENT.len() {
        let state = if status == Status::Invited {
            0
        } else {
            match rng.below(100) {
                0..=29 => 0,
                30..=49 => 1,
                50..=89 => 2,
                _ => 3,
            }
        };
        progress |= state << (2 * c);
    }
    let last_active = match status {
        Status::Invited => 0,
        Status::Active if rng.chance(50) => 0,
        Status::Active => 1 + rng.below(180 * 24 * 60) as u32,
        Status::Inactive => 1 + (30 * 24 * 60 + rng.below(690 * 24 * 60)) as u32,
    };
    // Invited users were hired recently; everyone else within the last 15 years.
    let hire_ago = if status == Status::Invited { rng.below(60) } else { rng.below(15 * 365) } as u16;
    let mut rec = Rec {
        m: Mutable {
            status,
            role,
            language,
            teams: pick_bits(rng, TEAMS.len(), 3),
            labels: pick_bits(rng, LABELS.len(), 3) as u16,
            specialisms: pick_bits(rng, SPECIALISMS.len(), 2) as u16,
        },
        first,
        last,
        progress,
        last_active,
        hire_ago,
        flags,
        domain: rng.below(DOMAINS.len() as u64) as u8,
    };
    if let Some(role) = IDENTITY_ROLES.get(i) {
        // The demo identities are ordinary, active, non-SSO people.
        rec.m.role = *role;
        rec.m.status = Status::Active;
        rec.flags = SPECIAL;
        rec.first = i as u16;
        rec.last = 0;
        rec.last_active = 1;
        rec.domain = 0;
    }
    rec
}

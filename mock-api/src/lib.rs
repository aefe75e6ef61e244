//! The People Log mock API (§9): seeded people, demo identities, saved views, a background job
//! engine and chaos switches, plus the built widget served from `--dist`.

pub mod chaos;
pub mod cli;
pub mod clock;
pub mod csp;
pub mod data;
pub mod identity;
pub mod jobs;
pub mod lists;
pub mod openapi;
pub mod problem;
pub mod rng;
pub mod routes;
pub mod views;

use parking_lot::{Mutex, RwLock};
use std::sync::Arc;

pub struct AppState {
    pub config: cli::Config,
    /// The job engine's time (tests pin it).
    pub clock: clock::Clock,
    pub people: RwLock<data::People>,
    pub views: Mutex<views::ViewStore>,
    pub jobs: Mutex<jobs::JobStore>,
    pub lists: Mutex<lists::ListStore>,
    pub chaos_rng: Mutex<rng::Rng>,
}

pub type Shared = Arc<AppState>;

impl AppState {
    /// Generates the people; the slow part of start-up at 1M.
    pub fn new(config: cli::Config) -> Shared {
        let now = clock::unix_now();
        let today = config.today.unwrap_or(now.div_euclid(86_400));
        let mut people = data::People::generate(config.people, config.seed, today, now);
        people.labels = config.labels;
        let mut jobs = jobs::JobStore::default();
        jobs::history::seed(&mut jobs, &people, config.labels, config.seed, now);
        Arc::new(AppState {
            people: RwLock::new(people),
            views: Mutex::new(views::ViewStore::default()),
            jobs: Mutex::new(jobs),
            lists: Mutex::new(lists::ListStore::new(now)),
            chaos_rng: Mutex::new(rng::Rng::new(config.seed ^ 0xC4A0)),
            clock: clock::Clock::default(),
            config,
        })
    }

    /// How a filter's `list` reads for `who`: the members of their own live list, else `None`.
    /// Taken while the people are read-locked: the lists lock is always the later one.
    pub fn list_members(
        &self,
        who: &identity::Identity,
    ) -> impl Fn(&contract::ListId) -> Option<Arc<[u32]>> + '_ {
        let (owner, now) = (who.id, clock::unix_now());
        move |id| self.lists.lock().own(owner, id, now).map(|rec| rec.members.clone())
    }
}

pub use routes::app;

//! The People Log mock API (§9): seeded people, demo identities, saved views, a background job
//! engine and chaos switches, plus the built widget served from `--dist`.

pub mod chaos;
pub mod cli;
pub mod clock;
pub mod csp;
pub mod data;
pub mod identity;
pub mod jobs;
pub mod openapi;
pub mod problem;
pub mod rng;
pub mod routes;
pub mod views;

use parking_lot::{Mutex, RwLock};
use std::sync::Arc;

pub struct AppState {
    pub config: cli::Config,
    pub people: RwLock<data::People>,
    pub views: Mutex<views::ViewStore>,
    pub jobs: Mutex<jobs::JobStore>,
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
            chaos_rng: Mutex::new(rng::Rng::new(config.seed ^ 0xC4A0)),
            config,
        })
    }
}

pub use routes::app;

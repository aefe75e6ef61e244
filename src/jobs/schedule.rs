//! When to poll which job: one schedule for every tracked job, so the page arms one timer, not
//! one per job (§8). Plain Rust over a caller-supplied clock (milliseconds) and random numbers, so
//! the tests drive time and jitter by hand.

use contract::JobId;
use std::collections::BTreeMap;

/// Backoff after a failed poll: full jitter over `BASE_MS · 2^(failures-1)`, capped.
pub const BASE_MS: f64 = 1_000.0;
pub const CAP_MS: f64 = 30_000.0;
/// When the server gives no delay for a job that is still running.
pub const DEFAULT_POLL_MS: f64 = 1_000.0;

#[derive(Clone, Debug, PartialEq)]
struct Entry {
    /// Poll no earlier than this.
    due: f64,
    /// A request is out; the job is not due again until it answers.
    in_flight: bool,
    /// Failed polls in a row.
    failures: u32,
}

/// The poll plan for the jobs this page follows.
#[derive(Clone, Debug, Default)]
pub struct Schedule {
    jobs: BTreeMap<JobId, Entry>,
    hidden: bool,
}

impl Schedule {
    /// Follows a job; it is due after `delay_ms` (the server's `poll_after_ms`, or 0 for at once).
    /// A job already followed keeps its plan.
    pub fn track(&mut self, id: JobId, delay_ms: Option<u32>, now: f64) {
        let due = now + delay_ms.map_or(0.0, f64::from);
        self.jobs.entry(id).or_insert(Entry { due, in_flight: false, failures: 0 });
    }

    /// The admin moved a job on (ran a scheduled job now, resumed a pilot): its plan starts again
    /// from the server's answer, not from the slow one it had while it waited.
    pub fn replan(&mut self, id: JobId, delay_ms: Option<u32>, now: f64) {
        let due = now + delay_ms.map_or(0.0, f64::from);
        let in_flight = self.jobs.get(&id).is_some_and(|e| e.in_flight);
        self.jobs.insert(id, Entry { due, in_flight, failures: 0 });
    }

    pub fn forget(&mut self, id: &JobId) {
        self.jobs.remove(id);
    }

    pub fn is_tracked(&self, id: &JobId) -> bool {
        self.jobs.contains_key(id)
    }

    /// When the one timer should fire next: `None` while hidden, or when nothing is waiting.
    pub fn next_due(&self) -> Option<f64> {
        if self.hidden {
            return None;
        }
        self.jobs.values().filter(|e| !e.in_flight).map(|e| e.due).min_by(f64::total_cmp)
    }

    /// The jobs to poll now, marked in flight. Nothing while hidden.
    pub fn take_due(&mut self, now: f64) -> Vec<JobId> {
        if self.hidden {
            return Vec::new();
        }
        let mut due = Vec::new();
        for (id, entry) in &mut self.jobs {
            if !entry.in_flight && entry.due <= now {
                entry.in_flight = true;
                due.push(id.clone());
            }
        }
        due
    }

    /// A poll answered. A job that no longer moves on its own (ended, or a pilot waiting for the
    /// admin) is dropped; any other is due after the server's delay.
    pub fn answered(&mut self, id: &JobId, still: bool, poll_after_ms: Option<u32>, now: f64) {
        if still {
            self.jobs.remove(id);
        } else if let Some(entry) = self.jobs.get_mut(id) {
            let delay = poll_after_ms.map_or(DEFAULT_POLL_MS, f64::from);
            *entry = Entry { due: now + delay, in_flight: false, failures: 0 };
        }
    }

    /// A poll failed: back off with full jitter (`random` in 0..1), never sooner than the server's
    /// `Retry-After` when it sent one.
    pub fn failed(&mut self, id: &JobId, retry_after_ms: Option<u32>, random: f64, now: f64) {
        if let Some(entry) = self.jobs.get_mut(id) {
            entry.failures = entry.failures.saturating_add(1);
            let delay = backoff(entry.failures, random).max(retry_after_ms.map_or(0.0, f64::from));
            entry.due = now + delay;
            entry.in_flight = false;
        }
    }

    /// The last poll of this job failed and the next has not succeeded yet: "Reconnecting…".
    pub fn reconnecting(&self, id: &JobId) -> bool {
        self.jobs.get(id).is_some_and(|e| e.failures > 0)
    }

    /// Hidden: no polls. Visible again: every job waiting is due at once.
    pub fn set_hidden(&mut self, hidden: bool, now: f64) {
        if self.hidden && !hidden {
            for entry in self.jobs.values_mut() {
                entry.due = entry.due.min(now);
            }
        }
        self.hidden = hidden;
    }
}

/// Full jitter: uniformly 0..min(cap, base·2^(n-1)) for the n-th failure in a row.
pub fn backoff(failures: u32, random: f64) -> f64 {
    let exp = failures.saturating_sub(1).min(16) as i32;
    let ceiling = (BASE_MS * 2f64.powi(exp)).min(CAP_MS);
    random.clamp(0.0, 1.0) * ceiling
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> JobId {
        JobId(s.into())
    }

    #[test]
    fn a_new_job_waits_the_servers_delay_then_is_due_once() {
        let mut s = Schedule::default();
        s.track(id("a"), Some(1500), 0.0);
        assert_eq!(s.next_due(), Some(1500.0));
        assert!(s.take_due(1499.0).is_empty());
        assert_eq!(s.take_due(1500.0), vec![id("a")]);
        // In flight: not due again, and no timer for it, however late it is.
        assert!(s.take_due(10_000.0).is_empty());
        assert_eq!(s.next_due(), None);
    }

    #[test]
    fn a_job_the_admin_moved_on_is_due_from_the_new_answer() {
        let mut s = Schedule::default();
        // Scheduled for later: the server asked for the next poll in an hour.
        s.track(id("a"), Some(3_600_000), 0.0);
        s.track(id("a"), Some(500), 1000.0);
        assert_eq!(s.next_due(), Some(3_600_000.0), "tracking again keeps the plan");
        s.replan(id("a"), Some(500), 1000.0);
        assert_eq!(s.next_due(), Some(1500.0), "run now: polled as soon as the server says");
    }

    #[test]
    fn each_answer_sets_the_next_poll_from_the_servers_delay() {
        let mut s = Schedule::default();
        s.track(id("a"), None, 0.0);
        assert_eq!(s.take_due(0.0), vec![id("a")]);
        s.answered(&id("a"), false, Some(2500), 120.0);
        assert_eq!(s.next_due(), Some(2620.0));
        assert!(s.take_due(2619.0).is_empty());
        assert_eq!(s.take_due(2620.0), vec![id("a")]);
        s.answered(&id("a"), false, None, 3000.0);
        assert_eq!(s.next_due(), Some(3000.0 + DEFAULT_POLL_MS));
    }

    #[test]
    fn a_terminal_answer_stops_polling() {
        let mut s = Schedule::default();
        s.track(id("a"), None, 0.0);
        s.take_due(0.0);
        s.answered(&id("a"), true, None, 10.0);
        assert!(!s.is_tracked(&id("a")));
        assert_eq!(s.next_due(), None);
        assert!(s.take_due(1e9).is_empty());
    }

    #[test]
    fn backoff_is_full_jitter_doubling_up_to_the_cap() {
        assert_eq!(backoff(1, 0.0), 0.0);
        assert_eq!(backoff(1, 1.0), 1_000.0);
        assert_eq!(backoff(2, 1.0), 2_000.0);
        assert_eq!(backoff(3, 0.5), 2_000.0);
        assert_eq!(backoff(5, 1.0), 16_000.0);
        assert_eq!(backoff(6, 1.0), CAP_MS);
        assert_eq!(backoff(u32::MAX, 1.0), CAP_MS);
        for n in 1..40 {
            for r in [0.0, 0.1, 0.37, 0.999, 1.0] {
                let d = backoff(n, r);
                assert!((0.0..=CAP_MS).contains(&d), "failure {n}, random {r}: {d}");
            }
        }
    }

    #[test]
    fn failures_back_off_and_show_reconnecting_until_a_poll_succeeds() {
        let mut s = Schedule::default();
        s.track(id("a"), None, 0.0);
        s.take_due(0.0);
        s.failed(&id("a"), None, 1.0, 100.0);
        assert!(s.reconnecting(&id("a")));
        assert_eq!(s.next_due(), Some(1_100.0));
        s.take_due(1_100.0);
        s.failed(&id("a"), None, 1.0, 1_200.0);
        assert_eq!(s.next_due(), Some(3_200.0), "the second failure doubles the ceiling");
        s.take_due(3_200.0);
        s.answered(&id("a"), false, Some(1000), 3_300.0);
        assert!(!s.reconnecting(&id("a")));
        assert_eq!(s.next_due(), Some(4_300.0));
    }

    #[test]
    fn retry_after_is_a_floor_under_the_jitter() {
        let mut s = Schedule::default();
        s.track(id("a"), None, 0.0);
        s.take_due(0.0);
        s.failed(&id("a"), Some(1000), 0.0, 50.0);
        assert_eq!(s.next_due(), Some(1_050.0));
    }

    #[test]
    fn hidden_means_no_timer_and_no_poll_and_visible_polls_at_once() {
        let mut s = Schedule::default();
        s.track(id("a"), Some(1000), 0.0);
        s.set_hidden(true, 10.0);
        assert_eq!(s.next_due(), None);
        assert!(s.take_due(60_000.0).is_empty());
        s.set_hidden(false, 60_000.0);
        assert!(s.next_due().is_some_and(|t| t <= 60_000.0), "due at once");
        assert_eq!(s.take_due(60_000.0), vec![id("a")]);
    }

    #[test]
    fn becoming_visible_brings_a_later_poll_forward_to_now() {
        let mut s = Schedule::default();
        s.track(id("a"), Some(30_000), 0.0);
        s.set_hidden(true, 5.0);
        s.set_hidden(false, 200.0);
        assert_eq!(s.next_due(), Some(200.0));
    }

    #[test]
    fn several_jobs_share_one_timer_at_the_earliest_due_time() {
        let mut s = Schedule::default();
        s.track(id("a"), Some(1000), 0.0);
        s.track(id("b"), Some(400), 0.0);
        s.track(id("c"), Some(1000), 0.0);
        assert_eq!(s.next_due(), Some(400.0));
        assert_eq!(s.take_due(400.0), vec![id("b")]);
        assert_eq!(s.next_due(), Some(1000.0));
        // One firing polls every job that is due by then.
        assert_eq!(s.take_due(1000.0), vec![id("a"), id("c")]);
        assert_eq!(s.next_due(), None);
    }

    #[test]
    fn tracking_twice_keeps_the_plan() {
        let mut s = Schedule::default();
        s.track(id("a"), Some(1000), 0.0);
        s.track(id("a"), None, 500.0);
        assert_eq!(s.next_due(), Some(1000.0));
    }

    #[test]
    fn answers_for_forgotten_jobs_are_ignored() {
        let mut s = Schedule::default();
        s.answered(&id("x"), false, Some(1000), 0.0);
        s.failed(&id("x"), None, 0.5, 0.0);
        assert_eq!(s.next_due(), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// However answers and timer firings interleave, a job is never polled again before the
        /// delay the server gave in its last answer, and never twice at once.
        #[test]
        fn never_sooner_than_the_server_asked(
            steps in proptest::collection::vec((0u32..3000, 0usize..3, 200u32..5000, proptest::bool::ANY), 1..200)
        ) {
            let mut s = Schedule::default();
            let ids = [id("a"), id("b"), id("c")];
            for job in &ids {
                s.track(job.clone(), Some(1000), 0.0);
            }
            let mut now = 0.0;
            // Per job: when it may be polled next, and whether a poll is out.
            let mut earliest = [1000.0f64; 3];
            let mut out = [false; 3];
            for (dt, which, delay, answer) in steps {
                now += f64::from(dt);
                for polled in s.take_due(now) {
                    let i = ids.iter().position(|j| *j == polled).unwrap();
                    proptest::prop_assert!(!out[i], "two polls of one job at once");
                    proptest::prop_assert!(now >= earliest[i], "polled at {now}, server said {}", earliest[i]);
                    out[i] = true;
                }
                if answer && out[which] {
                    out[which] = false;
                    s.answered(&ids[which], false, Some(delay), now);
                    earliest[which] = now + f64::from(delay);
                }
            }
        }
    }
}

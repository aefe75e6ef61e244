//! Command-line flags, each with an environment fallback. Parsed by hand: a bad flag is a clear
//! message and a non-zero exit, never a silent default.

use std::path::PathBuf;

pub const MAX_PEOPLE: usize = 1_000_000;
pub const MAX_LABELS: usize = 10_000;
/// How long finished jobs are kept by default: the 90 days of history §14 asks for.
pub const RETENTION_SECS: u64 = 90 * 86_400;

pub const USAGE: &str = "\
mock-api: the People Log demo server (mock API + the built widget)

Usage: mock-api [OPTIONS]

  --host HOST                 address to bind (env HOST, default 127.0.0.1)
  --port PORT                 port to bind (env PORT, default 8080)
  --people N                  seeded people, 0..=1000000 (env PEOPLE, default 5000)
  --seed S                    data seed (env SEED, default 1)
  --labels N                  labels in the vocabulary, 16..=10000 (env LABELS, default 16); the
                              ones past 16 (label-0017, ...) are for pickers: listed and filterable,
                              carried by nobody
  --dist DIR                  static files to serve at / (env DIST, default dist)
  --rate USERS_PER_SEC        job processing rate; 0 = jobs only advance when driven by tests
                              (env RATE, default 500)
  --retention-secs S          keep finished jobs, the batch history, this long (env RETENTION_SECS,
                              default 7776000: 90 days)
  --today YYYY-MM-DD          pin the calendar the data is relative to (env TODAY, default: today, UTC)
  --chaos-latency-ms MS       add up to MS of latency to each API answer (env CHAOS_LATENCY_MS, default 0)
  --chaos-error-rate R        answer this share of API requests with 503, 0.0-1.0 (env CHAOS_ERROR_RATE)
  --chaos-drop-rate R         drop this share of API connections mid-answer, 0.0-1.0 (env CHAOS_DROP_RATE)
  --chaos-poll-ms MS          ask job pollers to wait this long (slow polls; env CHAOS_POLL_MS)
  --test-clock true|false     serve POST /api/test-clock, which moves the job engine's clock (browser
                              tests of scheduled jobs; env TEST_CLOCK, default false)
  -h, --help                  this text
";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Chaos {
    pub latency_ms: u64,
    pub error_rate: f64,
    pub drop_rate: f64,
    pub poll_ms: Option<u32>,
}

impl Chaos {
    pub fn is_on(&self) -> bool {
        self.latency_ms > 0 || self.error_rate > 0.0 || self.drop_rate > 0.0
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub host: String,
    pub port: u16,
    pub people: usize,
    pub seed: u64,
    /// Labels in the vocabulary: the 16 of `tables::LABELS`, then generated ones.
    pub labels: usize,
    pub dist: PathBuf,
    pub rate: u32,
    pub retention_secs: u64,
    /// Days since 1970; `None` = today.
    pub today: Option<i64>,
    pub chaos: Chaos,
    /// Serve `POST /api/test-clock` (browser tests only).
    pub test_clock: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            host: "127.0.0.1".into(),
            port: 8080,
            people: 5000,
            seed: 1,
            labels: crate::data::tables::LABELS.len(),
            dist: PathBuf::from("dist"),
            rate: 500,
            retention_secs: RETENTION_SECS,
            today: None,
            chaos: Chaos::default(),
            test_clock: false,
        }
    }
}

pub enum Parsed {
    Run(Config),
    Help,
}

fn num<T: std::str::FromStr>(flag: &str, value: &str) -> Result<T, String> {
    value.trim().parse().map_err(|_| format!("{flag}: `{value}` is not a valid number"))
}

fn rate(flag: &str, value: &str) -> Result<f64, String> {
    let r: f64 = num(flag, value)?;
    if (0.0..=1.0).contains(&r) {
        Ok(r)
    } else {
        Err(format!("{flag}: `{value}` must be between 0.0 and 1.0"))
    }
}

/// Applies one flag's value to the config.
fn apply(cfg: &mut Config, flag: &str, value: &str) -> Result<(), String> {
    match flag {
        "--host" => cfg.host = value.to_owned(),
        "--port" => cfg.port = num(flag, value)?,
        "--people" => {
            cfg.people = num(flag, value)?;
            if cfg.people > MAX_PEOPLE {
                return Err(format!("--people: {value} is more than the maximum of {MAX_PEOPLE}"));
            }
        }
        "--seed" => cfg.seed = num(flag, value)?,
        "--labels" => {
            cfg.labels = num(flag, value)?;
            let min = crate::data::tables::LABELS.len();
            if !(min..=MAX_LABELS).contains(&cfg.labels) {
                return Err(format!("--labels: {value} is not between {min} and {MAX_LABELS}"));
            }
        }
        "--dist" => cfg.dist = PathBuf::from(value),
        "--rate" => cfg.rate = num(flag, value)?,
        "--retention-secs" => cfg.retention_secs = num(flag, value)?,
        "--today" => {
            cfg.today = Some(
                crate::clock::parse_date(value)
                    .ok_or_else(|| format!("--today: `{value}` is not YYYY-MM-DD"))?,
            )
        }
        "--chaos-latency-ms" => cfg.chaos.latency_ms = num(flag, value)?,
        "--chaos-error-rate" => cfg.chaos.error_rate = rate(flag, value)?,
        "--chaos-drop-rate" => cfg.chaos.drop_rate = rate(flag, value)?,
        "--chaos-poll-ms" => cfg.chaos.poll_ms = Some(num(flag, value)?),
        "--test-clock" => {
            cfg.test_clock = match value {
                "true" | "1" => true,
                "false" | "0" => false,
                _ => return Err(format!("{flag}: `{value}` is not true or false")),
            }
        }
        _ => return Err(format!("unknown option `{flag}` (try --help)")),
    }
    Ok(())
}

const ENV: [(&str, &str); 14] = [
    ("HOST", "--host"),
    ("PORT", "--port"),
    ("PEOPLE", "--people"),
    ("SEED", "--seed"),
    ("LABELS", "--labels"),
    ("DIST", "--dist"),
    ("RATE", "--rate"),
    ("RETENTION_SECS", "--retention-secs"),
    ("TODAY", "--today"),
    ("CHAOS_LATENCY_MS", "--chaos-latency-ms"),
    ("CHAOS_ERROR_RATE", "--chaos-error-rate"),
    ("CHAOS_DROP_RATE", "--chaos-drop-rate"),
    ("CHAOS_POLL_MS", "--chaos-poll-ms"),
    ("TEST_CLOCK", "--test-clock"),
];

/// Environment first, then flags (flags win). `env` looks a variable up.
pub fn parse(args: &[String], env: impl Fn(&str) -> Option<String>) -> Result<Parsed, String> {
    let mut cfg = Config::default();
    for (var, flag) in ENV {
        if let Some(value) = env(var).filter(|v| !v.is_empty()) {
            apply(&mut cfg, flag, &value).map_err(|e| format!("{e} (from environment variable {var})"))?;
        }
    }
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "-h" || arg == "--help" {
            return Ok(Parsed::Help);
        }
        let (flag, value) = match arg.split_once('=') {
            Some((flag, value)) => (flag, value.to_owned()),
            None => {
                if !arg.starts_with("--") || !ENV.iter().any(|(_, f)| f == arg) {
                    return Err(format!("unknown option `{arg}` (try --help)"));
                }
                (arg.as_str(), args.next().ok_or_else(|| format!("{arg} needs a value"))?.clone())
            }
        };
        apply(&mut cfg, flag, &value)?;
    }
    Ok(Parsed::Run(cfg))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str], env: &[(&str, &str)]) -> Result<Config, String> {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let env: Vec<(String, String)> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        match parse(&args, |k| env.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))? {
            Parsed::Run(cfg) => Ok(cfg),
            Parsed::Help => Err("help".into()),
        }
    }

    #[test]
    fn defaults_flags_and_env() {
        assert_eq!(run(&[], &[]).unwrap(), Config::default());
        let cfg = run(
            &["--people", "20", "--port=9000", "--chaos-error-rate", "0.5"],
            &[("PORT", "1"), ("SEED", "7")],
        )
        .unwrap();
        assert_eq!((cfg.people, cfg.port, cfg.seed, cfg.chaos.error_rate), (20, 9000, 7, 0.5));
        assert!(!cfg.test_clock);
        assert!(run(&["--test-clock", "true"], &[]).unwrap().test_clock);
        assert!(run(&[], &[("TEST_CLOCK", "1")]).unwrap().test_clock);
    }

    #[test]
    fn bad_flags_are_errors() {
        for args in [
            &["--people", "1000001"][..],
            &["--port", "http"],
            &["--chaos-error-rate", "2"],
            &["--bogus"],
            &["--people"],
            &["--today", "2026-02-30"],
            &["--labels", "15"],
            &["--labels", "10001"],
            &["--test-clock", "yes"],
        ] {
            assert!(run(args, &[]).is_err(), "{args:?}");
        }
        assert!(run(&[], &[("PEOPLE", "lots")]).unwrap_err().contains("PEOPLE"));
    }
}

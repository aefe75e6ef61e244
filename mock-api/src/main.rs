//! `mock-api`: parse flags, seed the people, serve until Ctrl-C.

use mock_api::{cli, AppState};
use std::time::Instant;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = match cli::parse(&args, |k| std::env::var(k).ok()) {
        Ok(cli::Parsed::Run(config)) => config,
        Ok(cli::Parsed::Help) => {
            print!("{}", cli::USAGE);
            return;
        }
        Err(message) => {
            eprintln!("mock-api: {message}");
            std::process::exit(2);
        }
    };
    let addr = format!("{}:{}", config.host, config.port);
    let listener = match tokio::net::TcpListener::bind(&addr).await {
        Ok(listener) => listener,
        Err(err) => {
            eprintln!("mock-api: cannot listen on {addr}: {err}");
            std::process::exit(1);
        }
    };
    if !config.dist.join("index.html").is_file() {
        eprintln!(
            "mock-api: warning: {}/index.html not found; only the API is served",
            config.dist.display()
        );
    }
    let started = Instant::now();
    let (people, seed) = (config.people, config.seed);
    let state = AppState::new(config);
    mock_api::jobs::spawn_sweeper(state.clone());
    let shown = listener.local_addr().map_or(addr, |a| a.to_string());
    println!(
        "People Log demo: http://{shown}/ (seed {seed}, {people} people, ready in {} ms)",
        started.elapsed().as_millis()
    );
    let app = mock_api::app(state);
    if let Err(err) = axum::serve(listener, app).with_graceful_shutdown(shutdown()).await {
        eprintln!("mock-api: {err}");
        std::process::exit(1);
    }
}

/// Ctrl-C or SIGTERM (what `make` and CI send) stop the server cleanly.
async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

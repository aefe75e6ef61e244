//! Every page and file outside `/api` carries the strict Content-Security-Policy (§7, issue 11).

mod common;

use axum::http::StatusCode;
use common::{config, Api};
use std::path::PathBuf;

/// The policy as the issue states it, written out here rather than read from the code under test.
const STRICT: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/// A throwaway dist directory holding a page, the glue and the wasm.
fn dist(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plb-csp-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dist");
    std::fs::write(dir.join("index.html"), "<!DOCTYPE html><title>demo</title>").unwrap();
    std::fs::write(dir.join("people-log.js"), "export default function init() {}").unwrap();
    std::fs::write(dir.join("people-log_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    dir
}

fn api(name: &str) -> Api {
    Api::with(mock_api::cli::Config { dist: dist(name), ..config(20) })
}

fn policy(res: &common::Res) -> Option<&str> {
    res.headers.get("content-security-policy").map(|v| v.to_str().expect("ascii header"))
}

#[tokio::test]
async fn pages_and_files_carry_the_strict_policy() {
    let api = api("static");
    for path in ["/", "/index.html", "/people-log.js", "/people-log_bg.wasm", "/people?q=ann"] {
        let res = api.get(path).await;
        assert_eq!(res.status, StatusCode::OK, "{path}");
        assert_eq!(policy(&res), Some(STRICT), "{path}");
    }
}

#[tokio::test]
async fn api_json_needs_no_policy() {
    let api = api("json");
    let me = api.get("/api/me").await;
    assert_eq!(me.status, StatusCode::OK);
    assert_eq!(policy(&me), None);
    let missing = api.get("/api/nowhere").await;
    assert!(missing.is_problem());
    assert_eq!(policy(&missing), None);
}

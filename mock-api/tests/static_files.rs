//! The demo's files go out compressed to a browser that accepts it, from the copies the build wrote
//! beside them (scripts/precompress.mjs), and as they are to one that does not.

mod common;

use axum::http::{Method, StatusCode};
use common::{config, Api};

fn api() -> Api {
    let dir = std::env::temp_dir().join(format!("plb-static-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dist");
    std::fs::write(dir.join("index.html"), "<!DOCTYPE html><title>demo</title>").unwrap();
    std::fs::write(dir.join("people-log_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    std::fs::write(dir.join("people-log_bg.wasm.br"), b"brotli bytes").unwrap();
    std::fs::write(dir.join("people-log_bg.wasm.gz"), b"gzip bytes").unwrap();
    Api::with(mock_api::cli::Config { dist: dir, ..config(20) })
}

async fn wasm(api: &Api, accept: &str) -> (StatusCode, Option<String>, Option<String>) {
    let res =
        api.call(Method::GET, "/people-log_bg.wasm", "owner", &[("accept-encoding", accept)], None).await;
    let header = |name: &str| res.headers.get(name).map(|v| v.to_str().unwrap().to_owned());
    (res.status, header("content-encoding"), header("content-type"))
}

#[tokio::test]
async fn the_wasm_goes_out_as_brotli_or_gzip_when_accepted() {
    let api = api();
    let wasm_type = Some("application/wasm".to_owned());
    assert_eq!(wasm(&api, "gzip, deflate, br").await, (StatusCode::OK, Some("br".into()), wasm_type.clone()));
    assert_eq!(wasm(&api, "gzip").await, (StatusCode::OK, Some("gzip".into()), wasm_type.clone()));
    assert_eq!(wasm(&api, "identity").await, (StatusCode::OK, None, wasm_type));
}

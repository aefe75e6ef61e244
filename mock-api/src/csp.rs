//! The strict Content-Security-Policy every page and file outside `/api` is served with (§7): the
//! demo proves the widget runs where security teams allow no inline script or style.

use axum::{
    extract::Request,
    http::{header::CONTENT_SECURITY_POLICY, HeaderValue},
    middleware::Next,
    response::Response,
};

/// The policy, as docs/embedding.md asks of a host: `'wasm-unsafe-eval'` compiles the wasm; styles
/// come only from files or constructed stylesheets (`adoptedStyleSheets`), never from `<style>` or
/// `style="…"`.
pub const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/// Adds the policy to every response outside `/api` (JSON needs none) that does not set its own.
pub async fn middleware(req: Request, next: Next) -> Response {
    let api = req.uri().path() == "/api" || req.uri().path().starts_with("/api/");
    let mut res = next.run(req).await;
    if !api {
        res.headers_mut().entry(CONTENT_SECURITY_POLICY).or_insert(HeaderValue::from_static(POLICY));
    }
    res
}

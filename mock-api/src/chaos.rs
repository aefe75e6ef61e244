//! Chaos switches (§9): latency, 5xx answers and dropped connections on `/api`, off by default.

use crate::{problem::ApiError, Shared};
use axum::{
    body::{Body, Bytes, HttpBody},
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::{
    pin::Pin,
    task::{Context, Poll},
    time::Duration,
};

pub async fn middleware(State(state): State<Shared>, req: Request, next: Next) -> Response {
    let chaos = &state.config.chaos;
    // The identity picker and the schema stay reliable so a chaos run can still be set up.
    let exempt = matches!(req.uri().path(), "/identities" | "/openapi.json");
    if !chaos.is_on() || exempt {
        return next.run(req).await;
    }
    let (delay, error, drop) = {
        let mut rng = state.chaos_rng.lock();
        let delay =
            if chaos.latency_ms > 0 { chaos.latency_ms / 2 + rng.below(chaos.latency_ms / 2 + 1) } else { 0 };
        (delay, rng.unit() < chaos.error_rate, rng.unit() < chaos.drop_rate)
    };
    if delay > 0 {
        tokio::time::sleep(Duration::from_millis(delay)).await;
    }
    if error {
        let mut res = ApiError::new(503, "chaos", "Service unavailable")
            .detail("Chaos mode: this answer failed on purpose; retry")
            .into_response();
        res.headers_mut().insert("retry-after", axum::http::HeaderValue::from_static("1"));
        return res;
    }
    let res = next.run(req).await;
    if drop {
        // Headers go out, then the body fails: the client sees a broken connection.
        let (mut parts, _) = res.into_parts();
        parts.headers.remove(axum::http::header::CONTENT_LENGTH);
        return Response::from_parts(parts, Body::new(Dropped));
    }
    res
}

/// A body whose first read fails, so the server aborts the connection mid-answer.
struct Dropped;

impl HttpBody for Dropped {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
        Poll::Ready(Some(Err(std::io::Error::other("chaos: connection dropped"))))
    }
}

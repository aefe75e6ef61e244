//! Properties: for any filter, the `/people` total equals the count a job resolves for it, and
//! `POST /people/matching` picks out exactly the ids `/people` lists.

mod common;

use axum::http::StatusCode;
use common::Api;
use proptest::{prelude::*, sample::subsequence};
use std::sync::OnceLock;

fn api() -> &'static Api {
    static API: OnceLock<Api> = OnceLock::new();
    API.get_or_init(|| Api::new(800))
}

fn rt() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap())
}

prop_compose! {
    fn filter()(
        q in prop_oneof![Just(String::new()), Just("an".to_owned()), Just("ACME".to_owned()), Just("<".to_owned())],
        status in subsequence(vec!["active", "invited", "inactive"], 0..=2),
        role in subsequence(vec!["owner", "admin", "hr", "curator", "learner"], 0..=2),
        team in subsequence(vec!["sales-emea", "interns", "design", "finance"], 0..=2),
        label in subsequence(vec!["mentor", "remote", "rtl-label"], 0..=1),
        language in subsequence(vec!["en", "de", "ja"], 0..=2),
        content in proptest::option::of((
            prop_oneof![Just("compliance-2026"), Just("gdpr-basics")],
            prop_oneof![Just("completed"), Just("not_completed"), Just("overdue"), Just("not_started"), Just("in_progress")],
        )),
        specialism in subsequence(vec!["rust", "first-aid", "negotiation"], 0..=1),
        within in proptest::option::of(1u32..4000),
    ) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !q.is_empty() { pairs.push(("q", q)); }
        pairs.extend(status.into_iter().map(|v| ("status", v.to_owned())));
        pairs.extend(role.into_iter().map(|v| ("role", v.to_owned())));
        pairs.extend(team.into_iter().map(|v| ("team", v.to_owned())));
        pairs.extend(label.into_iter().map(|v| ("label", v.to_owned())));
        pairs.extend(language.into_iter().map(|v| ("language", v.to_owned())));
        pairs.extend(specialism.into_iter().map(|v| ("specialism", v.to_owned())));
        if let Some((c, p)) = content { pairs.push(("content", c.to_owned())); pairs.push(("progress", p.to_owned())); }
        if let Some(d) = within { pairs.push(("hired_within", d.to_string())); }
        pairs
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn people_total_equals_job_resolution(pairs in filter()) {
        let query = contract::query::encode_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        let filter = contract::ListQuery::parse(&query).unwrap().filter;
        let (total, preview, create) = rt().block_on(async {
            let api = api();
            let page = api.get(&format!("/api/people?{query}")).await;
            let total = page.body["total"].as_u64().unwrap();
            let selection = serde_json::json!({"type": "all_matching", "filter": filter, "expected_count": total});
            let body = serde_json::json!({"action": {"kind": "send_notification", "subject": "s", "message": "m"}, "selection": selection});
            let preview = api.post("owner", "/api/batch-jobs/preview", body).await;
            let key = format!("prop-{query}");
            let create = api.create("owner", &key, serde_json::json!({"kind": "send_notification", "subject": "s", "message": "m"}), selection).await;
            (total, preview, create)
        });
        if total == 0 {
            prop_assert_eq!(create.status, StatusCode::UNPROCESSABLE_ENTITY);
        } else {
            prop_assert_eq!(preview.body["total"].as_u64(), Some(total));
            prop_assert_eq!(create.status, StatusCode::ACCEPTED);
            prop_assert_eq!(create.body["total"].as_u64(), Some(total));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn matching_agrees_with_people(pairs in filter(), asked in subsequence((0u64..=820).collect::<Vec<_>>(), 0..=120)) {
        let query = contract::query::encode_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        let filter = contract::ListQuery::parse(&query).unwrap().filter;
        let (listed, answer) = rt().block_on(async {
            let api = api();
            let mut listed = std::collections::HashSet::new();
            for page in 1.. {
                let res = api.get(&format!("/api/people?{query}&per_page=500&page={page}")).await;
                let page: contract::PeoplePage = serde_json::from_value(res.body).unwrap();
                listed.extend(page.items.iter().map(|p| p.id.0));
                if page.page >= page.page_count() { break; }
            }
            let body = serde_json::json!({"filter": filter, "ids": asked});
            (listed, api.post("hr", "/api/people/matching", body).await)
        });
        prop_assert_eq!(answer.status, StatusCode::OK);
        let answer: contract::MatchResponse = serde_json::from_value(answer.body).unwrap();
        let expected: Vec<u64> = asked.iter().copied().filter(|id| listed.contains(id)).collect();
        prop_assert_eq!(answer.ids.iter().map(|id| id.0).collect::<Vec<_>>(), expected);
    }
}

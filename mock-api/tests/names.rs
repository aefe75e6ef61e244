//! The demo's first impression (issue 7, item 9): every kind of hostile name is seeded, each
//! distinct, and names sort as people expect, so the first page is real names.

mod common;

use common::Api;
use contract::PeoplePage;
use mock_api::data::tables::HOSTILE_NAMES;

/// Every name in `/people` order, read page by page as a client would.
async fn names_by(api: &Api, sort: &str) -> Vec<String> {
    let mut names = Vec::new();
    for page in 1.. {
        let res = api.get(&format!("/api/people?sort={sort}&per_page=500&page={page}")).await;
        let page: PeoplePage = serde_json::from_value(res.body).unwrap();
        names.extend(page.items.into_iter().map(|p| p.name));
        if names.len() as u64 >= page.total {
            return names;
        }
    }
    unreachable!()
}

fn hostile(names: &[String]) -> Vec<&String> {
    names.iter().filter(|n| HOSTILE_NAMES.iter().any(|h| n.starts_with(h))).collect()
}

#[tokio::test]
async fn every_kind_of_hostile_name_once_in_5000_and_never_a_repeat() {
    for people in [5000, 23_000] {
        let names = names_by(&Api::new(people), "name").await;
        let found = hostile(&names);
        for kind in HOSTILE_NAMES {
            assert!(found.iter().any(|n| n.starts_with(kind)), "{people}: no {kind:?}");
        }
        let mut distinct = found.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), found.len(), "{people}: repeated hostile names in {found:?}");
        if people == 5000 {
            assert_eq!(found.len(), HOSTILE_NAMES.len(), "one of each kind");
        }
    }
}

#[tokio::test]
async fn the_first_page_is_real_names() {
    let api = Api::new(5000);
    let page: PeoplePage = serde_json::from_value(api.get("/api/people?per_page=50").await.body).unwrap();
    for person in &page.items {
        let first = person.name.chars().next().unwrap();
        assert!(first.is_ascii_uppercase(), "{:?} on the first page", person.name);
    }
    assert!(page.items[0].name.starts_with('A'), "{:?}", page.items[0].name);
}

/// How a person would file a name, written out here rather than taken from the server: lower
/// case, accents dropped, anything before the first letter or digit ignored.
fn filed_as(name: &str) -> String {
    let plain: String = name
        .to_lowercase()
        .chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| match c {
            'á' | 'ã' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'í' | 'ı' => 'i',
            'ó' | 'ø' => 'o',
            'ü' => 'u',
            'ł' => 'l',
            'ś' | 'ş' => 's',
            c => c,
        })
        .collect();
    plain.trim_start_matches(|c: char| !c.is_alphanumeric()).to_owned()
}

#[tokio::test]
async fn names_sort_without_case_accents_or_leading_punctuation() {
    let names = names_by(&Api::new(5000), "name").await;
    for pair in names.windows(2) {
        assert!(filed_as(&pair[0]) <= filed_as(&pair[1]), "{:?} before {:?}", pair[0], pair[1]);
    }
    // The cases that matter, by hand: `"><svg` is filed under S, `<img` under I, the crab under F.
    let at = |name: &str| names.iter().position(|n| n == name).unwrap_or_else(|| panic!("{name} missing"));
    let initial = |i: usize| names[i].chars().next().unwrap();
    let svg = at("\"><svg onload=alert(document.cookie)>");
    let img = at("<img src=x onerror=alert(1)>");
    let crab = at("🦀 Ferris the Crab 🚀");
    for (i, letter) in [(svg, 'S'), (img, 'I'), (crab, 'F')] {
        let around = &names[i - 1..=i + 1];
        assert!(initial(i - 1) <= letter && letter <= initial(i + 1), "{letter}: {around:?}");
    }
}

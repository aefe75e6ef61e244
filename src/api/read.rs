//! The answers the first screen reads (a page of people, the filter options, a problem), taken
//! from the browser's `JSON.parse` result by hand. Through serde, its deserializer for JS values
//! and its error texts (with the float formatting they need) were in the first download; the
//! batch part's answers still go through serde (`read_json`), in the part. Errors name the member
//! and what it should hold, as serde's did: `items[3].status: expected one of active, invited,
//! inactive, not "away"`. Members the widget does not know are ignored, as serde ignores them.

use contract::{
    options::{ContentItem, ContentKind},
    people::MAX_SAFE_INTEGER,
    FieldError, FilterOptions, Named, PeoplePage, Person, Problem, Role, Status, UserId,
};
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

/// `GET /people`'s answer.
pub(super) fn people_page(value: &JsValue) -> Result<PeoplePage, String> {
    let page = Object::new(value, "the answer")?;
    Ok(PeoplePage {
        items: page.list("items", object(person))?,
        total: page.whole("total", MAX_SAFE_INTEGER)?,
        page: page.whole("page", u32::MAX.into())? as u32,
        per_page: page.whole("per_page", u32::MAX.into())? as u32,
    })
}

fn person(person: Object<'_>) -> Result<Person, String> {
    Ok(Person {
        id: UserId(person.whole("id", MAX_SAFE_INTEGER)?),
        name: person.text("name")?,
        email: person.text("email")?,
        status: person.one_of("status", &Status::ALL.map(|s| (s.as_str(), s)))?,
        role: person.one_of("role", &Role::ALL.map(|r| (r.as_str(), r)))?,
        teams: person.list("teams", |team| team.into_text())?,
        labels: person.list("labels", |label| label.into_text())?,
        language: person.text("language")?,
        hire_date: person.text("hire_date")?,
        last_active: person.optional("last_active", |at| at.into_text())?,
    })
}

/// `GET /filter-options`' answer.
pub(super) fn filter_options(value: &JsValue) -> Result<FilterOptions, String> {
    let options = Object::new(value, "the answer")?;
    Ok(FilterOptions {
        teams: options.list("teams", object(named))?,
        roles: options.list("roles", object(named))?,
        labels: options.list("labels", object(named))?,
        languages: options.list("languages", object(named))?,
        specialisms: options.list("specialisms", object(named))?,
        content: options.list("content", object(content_item))?,
        tasks: options.list("tasks", object(named))?,
        certificates: options.list("certificates", object(named))?,
        channels: options.list("channels", object(named))?,
        learnlists: options.list("learnlists", object(named))?,
    })
}

fn named(named: Object<'_>) -> Result<Named, String> {
    Ok(Named { id: named.text("id")?, name: named.text("name")? })
}

fn content_item(item: Object<'_>) -> Result<ContentItem, String> {
    const KINDS: [(&str, ContentKind); 4] = [
        ("course", ContentKind::Course),
        ("item", ContentKind::Item),
        ("channel", ContentKind::Channel),
        ("learnlist", ContentKind::Learnlist),
    ];
    Ok(ContentItem { id: item.text("id")?, name: item.text("name")?, kind: item.one_of("kind", &KINDS)? })
}

/// An error answer's problem details (RFC 9457), with this API's extension members.
pub(super) fn problem(value: &JsValue) -> Result<Problem, String> {
    let problem = Object::new(value, "the problem")?;
    Ok(Problem {
        kind: problem.optional("type", |kind| kind.into_text())?.unwrap_or_else(|| "about:blank".into()),
        title: problem.text("title")?,
        status: problem.whole("status", u16::MAX.into())? as u16,
        detail: problem.optional("detail", |detail| detail.into_text())?,
        instance: problem.optional("instance", |instance| instance.into_text())?,
        errors: problem
            .optional("errors", |errors| errors.into_list(object(field_error)))?
            .unwrap_or_default(),
        current_count: problem.optional("current_count", |count| count.into_whole(MAX_SAFE_INTEGER))?,
    })
}

fn field_error(error: Object<'_>) -> Result<FieldError, String> {
    Ok(FieldError { field: error.text("field")?, message: error.text("message")? })
}

/// Reads a list's items, each an object, with `read`.
fn object<T>(read: fn(Object<'_>) -> Result<T, String>) -> impl Fn(Member<'_>) -> Result<T, String> {
    move |member| read(member.into_object()?)
}

/// Where a value is in the answer (`items[3].status`), written out only for the error that names
/// it: a page of 500 people reads thousands of members, and none of them needs its path unless
/// it is wrong.
#[derive(Clone, Copy)]
enum At<'a> {
    /// The whole answer, as an error calls it ("the answer").
    Root(&'static str),
    Key(&'a At<'a>, &'static str),
    Index(&'a At<'a>, usize),
}

impl std::fmt::Display for At<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            At::Root(what) => f.write_str(what),
            At::Key(At::Root(_), key) => f.write_str(key),
            At::Key(parent, key) => write!(f, "{parent}.{key}"),
            At::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// A value and where it is in the answer.
struct Member<'a> {
    value: JsValue,
    at: At<'a>,
}

/// A JSON object and where it is.
struct Object<'a>(Member<'a>);

impl Object<'_> {
    fn new(value: &JsValue, what: &'static str) -> Result<Object<'static>, String> {
        Member { value: value.clone(), at: At::Root(what) }.into_object()
    }

    fn member(&self, key: &'static str) -> Member<'_> {
        Member {
            value: Reflect::get(&self.0.value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED),
            at: At::Key(&self.0.at, key),
        }
    }

    fn text(&self, key: &'static str) -> Result<String, String> {
        self.member(key).into_text()
    }

    fn whole(&self, key: &'static str, max: u64) -> Result<u64, String> {
        self.member(key).into_whole(max)
    }

    fn list<T>(
        &self,
        key: &'static str,
        item: impl Fn(Member<'_>) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        self.member(key).into_list(item)
    }

    /// A member that may be missing or `null`.
    fn optional<T>(
        &self,
        key: &'static str,
        read: impl FnOnce(Member<'_>) -> Result<T, String>,
    ) -> Result<Option<T>, String> {
        let member = self.member(key);
        if member.value.is_null() || member.value.is_undefined() {
            return Ok(None);
        }
        read(member).map(Some)
    }

    /// A string naming one of `choices` by its wire name.
    fn one_of<T: Copy>(&self, key: &'static str, choices: &[(&str, T)]) -> Result<T, String> {
        let member = self.member(key);
        let name = member.value.as_string();
        choices.iter().find(|(wire, _)| Some(*wire) == name.as_deref()).map(|(_, v)| *v).ok_or_else(|| {
            let names: Vec<&str> = choices.iter().map(|(wire, _)| *wire).collect();
            member.expected(&format!("one of {}", names.join(", ")))
        })
    }
}

impl<'a> Member<'a> {
    fn expected(&self, what: &str) -> String {
        let got = JSON::stringify(&self.value).ok().and_then(|s| s.as_string());
        format!("{}: expected {what}, not {}", self.at, got.as_deref().unwrap_or("undefined"))
    }

    fn into_object(self) -> Result<Object<'a>, String> {
        if self.value.is_object() && !Array::is_array(&self.value) {
            Ok(Object(self))
        } else {
            Err(self.expected("an object"))
        }
    }

    fn into_text(self) -> Result<String, String> {
        self.value.as_string().ok_or_else(|| self.expected("a string"))
    }

    /// A whole number from 0 to `max` (at most 2^53 − 1, so every one is exact in a JS number).
    fn into_whole(self, max: u64) -> Result<u64, String> {
        match self.value.as_f64() {
            Some(n) if n.fract() == 0.0 && n >= 0.0 && n <= max as f64 => Ok(n as u64),
            _ => Err(self.expected(&format!("a whole number from 0 to {max}"))),
        }
    }

    fn into_list<T>(self, item: impl Fn(Member<'_>) -> Result<T, String>) -> Result<Vec<T>, String> {
        let Some(list) = self.value.dyn_ref::<Array>() else { return Err(self.expected("an array")) };
        list.iter().enumerate().map(|(i, value)| item(Member { value, at: At::Index(&self.at, i) })).collect()
    }
}

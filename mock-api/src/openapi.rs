//! `GET /api/openapi.json`: the contract as OpenAPI 3.1. Operations come from the handlers'
//! `#[utoipa::path]` (collected by `routes::documented`, which also serves them), schemas from the
//! `contract` types. [`document`] then adds what holds for every operation (the demo identity) and
//! what only this server knows: its vocabularies as enums, and the bounds its parsers enforce.

use crate::{data::tables::*, identity::IDENTITIES};
use axum::Json;
use contract::*;
use serde_json::{json, Value};
use utoipa::OpenApi;

pub const PROBLEM: &str = "application/problem+json";

/// The largest integer the API takes or gives.
pub const MAX_INTEGER: u64 = contract::people::MAX_SAFE_INTEGER;

#[derive(OpenApi)]
#[openapi(
    info(title = "People Log batch-actions API", version = "1.0.0",
        description = "The backend contract the People Log widget polls. Errors are RFC 9457 problem details. See docs/api.md."),
    servers((url = "/api")),
    components(schemas(ActionKind, ActionGroup, BatchAction, Selection, Filter, HireDate, ContentFilter, Progress,
        JobStatus, Outcome, ReasonCode, ReasonCount, UserOutcome, Role, Status, Permissions, FieldError))
)]
pub struct ApiDoc;

/// The whole document, as served with the default vocabulary.
pub fn document() -> Value {
    document_with(crate::data::tables::LABELS.len())
}

/// The whole document, for a vocabulary of `labels` labels (`--labels`).
pub fn document_with(labels: usize) -> Value {
    let mut doc = serde_json::to_value(crate::routes::documented().into_openapi()).unwrap_or_default();
    demo_identity_everywhere(&mut doc);
    refine(&mut doc, labels);
    // An external tag (`{"last_days": 30}`) takes exactly one member; serde refuses any other.
    if let Some(variants) =
        doc.pointer_mut("/components/schemas/HireDate/oneOf").and_then(Value::as_array_mut)
    {
        for variant in variants {
            variant["additionalProperties"] = json!(false);
        }
    }
    doc
}

pub async fn serve(axum::extract::State(state): axum::extract::State<crate::Shared>) -> Json<Value> {
    Json(document_with(state.config.labels))
}

/// Every operation reads the demo identity (header, else cookie, else owner); any other value is a
/// 400, which every operation documents.
fn demo_identity_everywhere(doc: &mut Value) {
    let ids: Vec<&str> = IDENTITIES.iter().map(|i| i.id).collect();
    let header = json!({
        "name": "X-Demo-Identity", "in": "header", "required": false,
        "description": "Mock only: who the request acts as (else the plb_identity cookie, else owner)",
        "schema": {"type": "string", "enum": ids},
    });
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else { return };
    for op in paths.values_mut().filter_map(Value::as_object_mut).flat_map(|item| item.values_mut()) {
        match op.get_mut("parameters").and_then(Value::as_array_mut) {
            Some(params) => params.push(header.clone()),
            None => op["parameters"] = json!([header.clone()]),
        }
    }
}

fn ids(tables: &[&[(&str, &str)]]) -> Value {
    json!(tables.iter().flat_map(|t| t.iter().map(|(id, _)| *id)).collect::<Vec<_>>())
}

/// What a value named `name` must be, as this server checks it: (keyword, value) pairs to add to
/// its schema (or, for arrays, to their items).
fn constraints(name: &str, labels: usize) -> Vec<(&'static str, Value)> {
    let content: Vec<&str> = CONTENT.iter().map(|c| c.0).collect();
    let not_blank = ("pattern", json!("\\S"));
    match name {
        "team" | "team_id" => vec![("enum", ids(&[TEAMS]))],
        "label" => {
            let mut all: Vec<String> = LABELS.iter().map(|l| l.0.to_owned()).collect();
            all.extend((LABELS.len() + 1..=labels).map(|n| extra_label(n).0));
            vec![("enum", json!(all))]
        }
        "label_ids" => vec![("enum", ids(&[LABELS]))],
        "language" => vec![("enum", ids(&[LANGUAGES]))],
        "specialism" | "specialism_ids" => vec![("enum", ids(&[SPECIALISMS]))],
        "content" | "content_id" => vec![("enum", json!(content))],
        "content_ids" => {
            let mut all = content.clone();
            all.extend(CHANNELS.iter().chain(LEARNLISTS).map(|c| c.0));
            vec![("enum", json!(all))]
        }
        "task_id" => vec![("enum", ids(&[TASKS]))],
        "certificate_id" => vec![("enum", ids(&[CERTIFICATES]))],
        "mine" | "active" => vec![("enum", json!(["true", "1", "", "false", "0"]))],
        "scope" => vec![("enum", json!(["mine", "org"]))],
        "reason" => vec![("maxLength", json!(contract::reason::REASON_MAX))],
        "per_page" => vec![("enum", json!(contract::query::PAGE_SIZES))],
        "due_date" | "issue_date" | "from" | "to" | "hired_from" | "hired_to" => {
            vec![("format", json!("date"))]
        }
        "last_days" | "hired_within" => vec![("minimum", json!(1)), ("maximum", json!(36_500))],
        "subject" => vec![not_blank, ("maxLength", json!(batch::SUBJECT_MAX))],
        "message" => vec![not_blank, ("maxLength", json!(batch::MESSAGE_MAX))],
        "note" => vec![("maxLength", json!(batch::NOTE_MAX))],
        "name" => vec![not_blank, ("maxLength", json!(views::VIEW_NAME_MAX))],
        _ => vec![],
    }
}

/// The schemas of request bodies: the only ones whose members get [`constraints`] (a response's
/// `name` or `label` means something else).
const REQUEST_SCHEMAS: [&str; 10] = [
    "Filter",
    "ContentFilter",
    "HireDate",
    "BatchAction",
    "NewBatchJob",
    "FollowUpJob",
    "NewSavedView",
    "SavedViewPatch",
    "MatchRequest",
    "CreateList",
];

/// Parameters and request members get their [`constraints`]; every 64-bit integer anywhere gets
/// [`MAX_INTEGER`] as its maximum.
fn refine(doc: &mut Value, labels: usize) {
    cap_integers(doc);
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        let ops = paths.values_mut().filter_map(Value::as_object_mut).flat_map(|item| item.values_mut());
        for param in ops.filter_map(|op| op.get_mut("parameters")?.as_array_mut()).flatten() {
            let name = param.get("name").and_then(Value::as_str).map(str::to_owned);
            let Some(schema) = param.get_mut("schema") else { continue };
            match name.as_deref() {
                // The history's bounds: a day or an instant (a filter's `from`/`to` is a day).
                Some("from" | "to") => {
                    *schema =
                        json!({"type": "string", "anyOf": [{"format": "date"}, {"format": "date-time"}]})
                }
                name => apply(schema, name, labels),
            }
        }
    }
    for schema in REQUEST_SCHEMAS {
        if let Some(schema) = doc.pointer_mut(&format!("/components/schemas/{schema}")) {
            constrain_members(schema, labels);
        }
    }
}

/// Members of an object schema, and of each variant of a one-of.
fn constrain_members(schema: &mut Value, labels: usize) {
    if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        for (key, member) in props.iter_mut() {
            apply(member, Some(key), labels);
            constrain_members(member, labels);
        }
    }
    if let Some(variants) = schema.get_mut("oneOf").and_then(Value::as_array_mut) {
        variants.iter_mut().for_each(|v| constrain_members(v, labels));
    }
}

fn cap_integers(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let int64 = map.get("format").is_some_and(|f| f == "int64");
            if int64 && !map.contains_key("maximum") {
                map.insert("maximum".into(), json!(MAX_INTEGER));
            }
            map.values_mut().for_each(cap_integers);
        }
        Value::Array(items) => items.iter_mut().for_each(cap_integers),
        _ => {}
    }
}

fn apply(schema: &mut Value, name: Option<&str>, labels: usize) {
    let Some(name) = name else { return };
    let rules = constraints(name, labels);
    if rules.is_empty() {
        return;
    }
    let is_array = schema.get("type").is_some_and(|t| t == "array");
    if is_array && matches!(name, "label_ids" | "specialism_ids" | "content_ids") {
        schema["minItems"] = json!(1);
    }
    let target = if is_array { &mut schema["items"] } else { schema };
    // A referenced schema is left as generated; a nullable one gets no enum (it would refuse null).
    let Some(kind) = target.get("type").cloned() else { return };
    let plain = kind == "string" || kind == "integer";
    let nullable =
        kind.as_array().is_some_and(|k| k.contains(&json!("string")) || k.contains(&json!("integer")));
    for (key, rule) in rules {
        if plain || (nullable && key != "enum") {
            target[key] = rule;
        }
    }
}

/// Where `value` has a list in place of an object the request schema `name` (a component) asks
/// for, its path. serde reads a struct from a list of its members in order; the document does not
/// allow that, so the server refuses it too.
pub fn list_for_object(name: &str, value: &Value) -> Option<String> {
    static DOC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    let doc = DOC.get_or_init(document);
    let schema = doc.pointer(&format!("/components/schemas/{name}"))?;
    misplaced_list(doc, schema, value, "")
}

fn misplaced_list(doc: &'static Value, schema: &'static Value, value: &Value, path: &str) -> Option<String> {
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        let schema = doc.pointer(target.trim_start_matches('#'))?;
        return misplaced_list(doc, schema, value, path);
    }
    if let Some(variants) = schema.get("oneOf").and_then(Value::as_array) {
        // A tagged variant (`"kind": {"enum": ["delete"]}`) applies only to a value with that tag.
        let resolve = |v: &'static Value| -> &Value {
            v.get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| doc.pointer(r.trim_start_matches('#')))
                .unwrap_or(v)
        };
        let tagged = |v: &&Value| {
            // A variant applies unless it is only null and the value is not, or it is closed and
            // the value has a member it does not list, or the value carries another tag.
            let null_only = v.get("type").is_some_and(|t| t == "null");
            let closed = v.get("additionalProperties") == Some(&json!(false));
            let foreign =
                value.as_object().is_some_and(|m| m.keys().any(|k| v["properties"].get(k).is_none()));
            let excluded = (null_only && !value.is_null()) || (closed && foreign);
            !excluded
                && v.get("properties").and_then(Value::as_object).is_none_or(|props| {
                    props.iter().all(|(k, p)| match (p.get("enum").and_then(Value::as_array), value.get(k)) {
                        (Some(one), Some(given)) if one.len() == 1 => &one[0] == given,
                        _ => true,
                    })
                })
        };
        // Fine when any variant is; otherwise blame what the first variant finds.
        let found: Vec<_> = variants
            .iter()
            .map(resolve)
            .filter(tagged)
            .map(|v| misplaced_list(doc, v, value, path))
            .collect();
        return if found.iter().any(Option::is_none) { None } else { found.into_iter().next().flatten() };
    }
    let kind = schema.get("type");
    let is = |t: &str| kind.is_some_and(|k| k == t || k.as_array().is_some_and(|a| a.contains(&json!(t))));
    let at = |key: &str| if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") };
    match value {
        Value::Array(_) if is("object") && !is("array") => {
            Some(if path.is_empty() { "body".into() } else { path.into() })
        }
        Value::Array(items) => {
            let item = schema.get("items")?;
            items.iter().enumerate().find_map(|(i, v)| misplaced_list(doc, item, v, &format!("{path}[{i}]")))
        }
        Value::Object(map) => {
            let props = schema.get("properties")?;
            map.iter().find_map(|(k, v)| misplaced_list(doc, props.get(k)?, v, &at(k)))
        }
        _ => None,
    }
}

//! The JSON of a request the widget sends from its first download, written without serde: that
//! download then carries no serializer (the widget's docs/architecture.md, Size). Tests hold each
//! writer to what serde writes for the same value.

use crate::{
    filter::{Filter, HireDate},
    people::{MatchRequest, MAX_SAFE_INTEGER},
};

impl MatchRequest {
    /// This request as JSON, as serde writes it. An id above [`MAX_SAFE_INTEGER`], which no JSON
    /// reader is sure to read exactly, is an error naming it, not a rounded id.
    pub fn to_json(&self) -> Result<String, String> {
        let mut out = String::from("{\"filter\":");
        filter(&mut out, &self.filter);
        out.push_str(",\"ids\":[");
        for (index, id) in self.ids.iter().enumerate() {
            if id.0 > MAX_SAFE_INTEGER {
                return Err(format!("user id {} is larger than {MAX_SAFE_INTEGER}", id.0));
            }
            if index > 0 {
                out.push(',');
            }
            out.push_str(&id.0.to_string());
        }
        out.push_str("]}");
        Ok(out)
    }
}

fn filter(out: &mut String, f: &Filter) {
    out.push_str("{\"search\":");
    string(out, &f.search);
    list(out, "status", f.status.iter().map(|s| s.as_str()));
    list(out, "role", f.role.iter().map(|r| r.as_str()));
    list(out, "team", f.team.iter().map(String::as_str));
    list(out, "label", f.label.iter().map(String::as_str));
    list(out, "language", f.language.iter().map(String::as_str));
    list(out, "specialism", f.specialism.iter().map(String::as_str));
    out.push_str(",\"content\":");
    match &f.content {
        Some(content) => {
            out.push_str("{\"content_id\":");
            string(out, &content.content_id);
            out.push_str(",\"progress\":");
            string(out, content.progress.as_str());
            out.push('}');
        }
        None => out.push_str("null"),
    }
    out.push_str(",\"hire_date\":");
    match &f.hire_date {
        Some(HireDate::LastDays(days)) => {
            out.push_str("{\"last_days\":");
            out.push_str(&days.to_string());
            out.push('}');
        }
        Some(HireDate::Range { from, to }) => {
            out.push_str("{\"range\":{\"from\":");
            optional(out, from.as_deref());
            out.push_str(",\"to\":");
            optional(out, to.as_deref());
            out.push_str("}}");
        }
        None => out.push_str("null"),
    }
    out.push_str(",\"list\":");
    optional(out, f.list.as_ref().map(|l| l.0.as_str()));
    out.push('}');
}

/// `,"key":["a","b"]`.
fn list<'a>(out: &mut String, key: &str, items: impl Iterator<Item = &'a str>) {
    out.push_str(",\"");
    out.push_str(key);
    out.push_str("\":[");
    for (index, item) in items.enumerate() {
        if index > 0 {
            out.push(',');
        }
        string(out, item);
    }
    out.push(']');
}

fn optional(out: &mut String, value: Option<&str>) {
    match value {
        Some(value) => string(out, value),
        None => out.push_str("null"),
    }
}

/// A JSON string: quotes, backslashes and control characters escaped (RFC 8259, §7).
fn string(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                out.push_str("\\u00");
                out.push(char::from(HEX[(c as usize) >> 4]));
                out.push(char::from(HEX[(c as usize) & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use crate::{people::UserId, query::tests::filter, MatchRequest};
    use proptest::prelude::*;

    fn serde_reads(json: &str) -> serde_json::Value {
        serde_json::from_str(json).expect("valid JSON")
    }

    proptest! {
        /// Whatever the filter and ids, the hand-written body is the JSON serde writes.
        #[test]
        fn a_match_request_is_serdes_json(
            filter in filter(),
            ids in proptest::collection::vec(0..=crate::people::MAX_SAFE_INTEGER, 0..5),
        ) {
            let request = MatchRequest { filter, ids: ids.into_iter().map(UserId).collect() };
            let ours = serde_reads(&request.to_json().unwrap());
            prop_assert_eq!(ours, serde_json::to_value(&request).unwrap());
        }
    }

    #[test]
    fn control_characters_and_quotes_are_escaped() {
        let mut request = MatchRequest { filter: Default::default(), ids: vec![] };
        request.filter.search = "a\"b\\c\u{1}\u{1f}\n\t\u{7f}é".into();
        let json = request.to_json().unwrap();
        assert!(json.contains(r#""a\"b\\c\u0001\u001f\n\t"#), "{json}");
        assert_eq!(serde_reads(&json), serde_json::to_value(&request).unwrap());
    }

    #[test]
    fn an_id_json_cannot_carry_is_refused() {
        let request = MatchRequest { filter: Default::default(), ids: vec![UserId(1), UserId(1 << 53)] };
        assert_eq!(request.to_json(), Err("user id 9007199254740992 is larger than 9007199254740991".into()));
    }
}

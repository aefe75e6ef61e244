//! The "Download CSV" file of a job's skipped and failed users (RFC 4180, UTF-8).

use crate::i18n::Words;
use contract::UserOutcome;

/// A byte-order mark so spreadsheet programs read UTF-8 (accents, right-to-left names) correctly.
pub const BOM: &str = "\u{feff}";

/// One cell, safe for spreadsheets: a value a spreadsheet would run as a formula (leading `=`,
/// `+`, `-`, `@`, tab or CR) gets a leading `'`; a value with a quote, comma or line break is
/// quoted with its quotes doubled. Everything else, right-to-left text included, stays as is.
pub fn cell(value: &str) -> String {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let value = if formula { format!("'{value}") } else { value.to_owned() };
    if value.contains(['"', ',', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// The whole file: a header and one CRLF-terminated row per user, in the instance's words.
pub fn document(rows: &[UserOutcome], words: &Words) -> String {
    let mut out = String::from(BOM);
    let mut line = |cells: &[&str]| {
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    let header = [
        words.csv_user_id(),
        words.column_name(),
        words.column_email(),
        words.column_outcome(),
        words.column_reason(),
        words.csv_advice(),
    ];
    line(&header.each_ref().map(String::as_str));
    for r in rows {
        let id = r.user_id.0.to_string();
        let outcome = words.outcome_heading(r.outcome.as_str().into());
        let (reason, advice) =
            r.reason.map_or_else(Default::default, |code| (words.reason_text(code), words.advice(code)));
        line(&[&id, &r.name, &r.email, &outcome, &reason, &advice]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use contract::{Outcome, ReasonCode, UserId};

    #[test]
    fn plain_values_stay_as_they_are() {
        assert_eq!(cell("Morgan Avery"), "Morgan Avery");
        assert_eq!(cell(""), "");
        assert_eq!(cell("a-b=c"), "a-b=c", "only a leading sign is a formula");
    }

    #[test]
    fn quotes_commas_and_newlines_are_quoted() {
        assert_eq!(cell("Avery, Morgan"), "\"Avery, Morgan\"");
        assert_eq!(cell("Morgan \"Mo\" Avery"), "\"Morgan \"\"Mo\"\" Avery\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("two\r\nlines"), "\"two\r\nlines\"");
    }

    #[test]
    fn formula_prefixes_are_neutralised() {
        assert_eq!(cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-2+3"), "'-2+3");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\t=1"), "'\t=1");
        assert_eq!(cell("\r=1"), "\"'\r=1\"");
        assert_eq!(cell("=1,2"), "\"'=1,2\"");
    }

    #[test]
    fn right_to_left_text_survives_unchanged() {
        let arabic = "مريم الحسن";
        let hebrew_with_override = "\u{202e}שלום עולם";
        assert_eq!(cell(arabic), arabic);
        assert_eq!(cell(hebrew_with_override), hebrew_with_override);
    }

    #[test]
    fn the_document_has_a_bom_a_header_and_one_row_per_user() {
        let rows = vec![
            UserOutcome {
                user_id: UserId(7),
                name: "=cmd|' /C calc'!A0".into(),
                email: "x@y.example".into(),
                outcome: Outcome::Failed,
                reason: Some(ReasonCode::ManagedBySso),
            },
            UserOutcome {
                user_id: UserId(8),
                name: "مريم, الحسن".into(),
                email: "m@y.example".into(),
                outcome: Outcome::Skipped,
                reason: Some(ReasonCode::AlreadyInTeam),
            },
        ];
        let csv = document(&rows, crate::i18n::english());
        let lines: Vec<&str> = csv.strip_prefix('\u{feff}').unwrap().split_terminator("\r\n").collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0], "User ID,Name,Email,Outcome,Reason,What to do");
        assert!(lines[1]
            .starts_with("7,'=cmd|' /C calc'!A0,x@y.example,Failed,Managed by the identity provider (SSO),"));
        assert!(lines[2].starts_with("8,\"مريم, الحسن\",m@y.example,Skipped,Already in the team,"));

        // The admin's language, headers included.
        let csv = document(&rows, crate::jobs::german());
        let lines: Vec<&str> = csv.strip_prefix('\u{feff}').unwrap().split_terminator("\r\n").collect();
        assert_eq!(lines[0], "Benutzer-ID,Name,E-Mail,Ergebnis,Grund,Was zu tun ist");
        assert!(
            lines[2].starts_with("8,\"مريم, الحسن\",m@y.example,Übersprungen,Bereits im Team,"),
            "{}",
            lines[2]
        );
    }
}

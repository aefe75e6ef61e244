//! Reading the entries of a list of people (§12) out of pasted text or a CSV/TXT file, before
//! `POST /people/lists`. Pure and hand-written (no csv or regex crate): the widget compiles it.
//!
//! - Pasted text: one entry per line, or separated by commas, semicolons or tabs (so a column
//!   pasted from a spreadsheet works). A first entry that is only a column heading (`Email`,
//!   `username`, `ID`) is dropped.
//! - A file: UTF-8 with or without a byte-order mark, CRLF or LF, RFC 4180 quoting, cells
//!   separated by commas, semicolons (Excel's CSV in many locales) or tabs, whichever the first row
//!   uses most. The entries are the column headed `email`, `username` or `id` (any case; in that
//!   order of preference), else the first column. A one-row file, or one where every cell is an
//!   email address, is a plain list: every cell.
//!
//! Everywhere: cells are trimmed, blank ones dropped, `Ada Lovelace <ada@example.com>` (as copied
//! from a mail client) reads as its address, and duplicates are kept: the server reports them.

use crate::lists::MAX_LIST_ENTRIES;

/// Why no list could be read. The widget words each one; what was pasted stays where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntriesError {
    /// Nothing but blanks and separators.
    Empty,
    /// More than [`MAX_LIST_ENTRIES`]; `count` is how many there are.
    TooMany { count: usize },
    /// The file is not UTF-8 text (another encoding, UTF-16, or binary).
    NotUtf8,
    /// The file is a table with no column headed email, username or id, and its first column holds
    /// no entry (only blanks or names with spaces in them).
    NoColumn,
}

/// The column headings a file may name its entries by, in order of preference.
const HEADINGS: [&str; 3] = ["email", "username", "id"];

const BOM: &str = "\u{feff}";

/// The entries of pasted text.
pub fn from_text(text: &str) -> Result<Vec<String>, EntriesError> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut entries = clean(records(text, b",;\t").into_iter().flatten());
    if entries.first().is_some_and(|e| heading(e).is_some()) {
        entries.remove(0);
    }
    bounded(entries)
}

/// The entries of a `.csv` or `.txt` file's bytes.
pub fn from_file(bytes: &[u8]) -> Result<Vec<String>, EntriesError> {
    let bytes = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| EntriesError::NotUtf8)?;
    // UTF-16 without a BOM is valid UTF-8 full of NULs; no text file has one.
    if text.contains('\0') {
        return Err(EntriesError::NotUtf8);
    }
    let delimiter = delimiter(text);
    let rows: Vec<Vec<String>> = records(text, delimiter.as_slice())
        .into_iter()
        .map(|row| row.iter().map(|cell| cell.trim().to_owned()).collect::<Vec<_>>())
        .filter(|row| row.iter().any(|cell| !cell.is_empty()))
        .collect();
    let headed = rows.first().and_then(|first| {
        let headings: Vec<_> = first.iter().map(|cell| heading(cell)).collect();
        (0..HEADINGS.len()).find_map(|rank| headings.iter().position(|h| *h == Some(rank)))
    });
    let cells: Vec<String> = match headed {
        Some(column) => rows.into_iter().skip(1).filter_map(|row| row.into_iter().nth(column)).collect(),
        None if rows.len() <= 1 || rows.iter().flatten().all(|c| c.is_empty() || c.contains('@')) => {
            rows.into_iter().flatten().collect()
        }
        None => {
            let table = rows.iter().any(|row| row.len() > 1);
            let nothing_first =
                rows[1..].iter().all(|row| row[0].is_empty() || row[0].contains(char::is_whitespace));
            if table && nothing_first {
                return Err(EntriesError::NoColumn);
            }
            rows.into_iter().filter_map(|row| row.into_iter().next()).collect()
        }
    };
    bounded(clean(cells))
}

/// Which of [`HEADINGS`] a cell is, by rank.
fn heading(cell: &str) -> Option<usize> {
    let cell = cell.trim();
    HEADINGS.iter().position(|h| cell.eq_ignore_ascii_case(h))
}

fn bounded(entries: Vec<String>) -> Result<Vec<String>, EntriesError> {
    match entries.len() {
        0 => Err(EntriesError::Empty),
        count if count > MAX_LIST_ENTRIES => Err(EntriesError::TooMany { count }),
        _ => Ok(entries),
    }
}

/// Trimmed, addresses taken out of `Name <address>`, blanks dropped.
fn clean(cells: impl IntoIterator<Item = String>) -> Vec<String> {
    cells
        .into_iter()
        .filter_map(|cell| {
            let cell = cell.trim();
            let address = cell
                .strip_suffix('>')
                .and_then(|rest| rest.rsplit_once('<'))
                .map(|(_, inner)| inner.trim())
                .filter(|inner| !inner.is_empty());
            let entry = address.unwrap_or(cell);
            (!entry.is_empty()).then(|| entry.to_owned())
        })
        .collect()
}

/// The separator a file's first row uses most (outside quotes): comma, then semicolon, then tab on
/// a tie; none for a one-column file.
fn delimiter(text: &str) -> Option<u8> {
    const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];
    let mut counts = [0usize; 3];
    let mut at = 0;
    loop {
        let (_, end) = cell(text, at, &CANDIDATES);
        match CANDIDATES.iter().position(|d| text.as_bytes().get(end) == Some(d)) {
            Some(i) => counts[i] += 1,
            None => break,
        }
        at = end + 1;
    }
    let most = counts.iter().copied().max().filter(|n| *n > 0)?;
    counts.iter().position(|n| *n == most).map(|i| CANDIDATES[i])
}

/// Rows of cells. A line end (CRLF, LF or CR) ends a row, a `delimiters` byte ends a cell; a cell
/// whose first non-blank character is `"` is quoted as RFC 4180 says (delimiters and line ends
/// inside are text, `""` is one quote). An unclosed quote is read as a plain character, so a stray
/// `"` cannot swallow the rest of the text.
fn records(text: &str, delimiters: &[u8]) -> Vec<Vec<String>> {
    let bytes = text.as_bytes();
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut at = 0;
    loop {
        let (cell, end) = cell(text, at, delimiters);
        row.push(cell);
        let line_end = match bytes.get(end) {
            None => break,
            Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => 2,
            Some(b'\r' | b'\n') => 1,
            Some(_) => {
                at = end + 1;
                continue;
            }
        };
        rows.push(std::mem::take(&mut row));
        at = end + line_end;
        // A final line end does not start another row.
        if at == bytes.len() {
            return rows;
        }
    }
    rows.push(row);
    rows
}

/// The cell starting at `start`: its text and the index of the byte that ends it.
fn cell(text: &str, start: usize, delimiters: &[u8]) -> (String, usize) {
    let bytes = text.as_bytes();
    let blank = |b: &&u8| matches!(**b, b' ' | b'\t') && !delimiters.contains(b);
    let first = start + bytes[start..].iter().take_while(blank).count();
    let (mut cell, rest) = match bytes.get(first) {
        Some(b'"') => quoted(text, first + 1).unwrap_or_else(|| (String::new(), start)),
        _ => (String::new(), start),
    };
    let ends = |b: &u8| matches!(b, b'\n' | b'\r') || delimiters.contains(b);
    let end = rest + bytes[rest..].iter().position(ends).unwrap_or(bytes.len() - rest);
    // Text after a closing quote (`"a"b`) is kept, as spreadsheets do.
    cell.push_str(&text[rest..end]);
    (cell, end)
}

/// The quoted text from just after an opening quote, and the index after its closing quote;
/// `None` when it is never closed.
fn quoted(text: &str, from: usize) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut at = from;
    loop {
        let quote = at + bytes[at..].iter().position(|b| *b == b'"')?;
        out.push_str(&text[at..quote]);
        if bytes.get(quote + 1) == Some(&b'"') {
            out.push('"');
            at = quote + 2;
        } else {
            return Some((out, quote + 1));
        }
    }
}

#[cfg(test)]
#[path = "entries_tests.rs"]
mod tests;

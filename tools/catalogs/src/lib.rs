//! The widget's words (docs/architecture.md, Words): translators edit Project Fluent files,
//! `locales/<locale>/*.ftl` (one file per part of the widget), with `en` the source. This crate
//! checks them and compiles them, at build time only, into a compact form the widget formats without a Fluent runtime:
//!
//! - English into the wasm (the widget's build script writes it, and one method per message, into
//!   its `OUT_DIR`), so English needs no fetch and a message's variables are checked by rustc. A
//!   split build (the release) keeps only the first screen's English there (`FIRST`'s file): the
//!   later screens' English is one more file, `en.txt`, fetched with the part that shows it;
//! - every other locale into one file (`catalogs <locales-dir> <out-dir>`, run by trunk's
//!   pre-build hook into `dist/locales/`), fetched when that locale is chosen.
//!
//! A catalog with a syntax error, an unknown message id, a variable its English message does not
//! have, or a plural select missing one of its language's categories is refused, naming the file,
//! the line and the reason. A message a locale lacks is not an error: the widget shows English
//! for that message alone.
//!
//! The compiled form of one message (its *pattern*) is its text with markers (control characters,
//! which the compiler refuses in text): `VAR i` is the message's `i`th variable (`i` one digit
//! character, `'0' + i`, the variables of the English message in alphabetical order, which is
//! also the order of the generated method's arguments); `SELECT i` opens a select on it,
//! followed by its variants, each `VARIANT [*]key BODY pattern`, and `END`. A file is the English
//! catalog's fingerprint then every pattern in English order, each after a `RECORD`; an empty one
//! is a message the locale lacks. The fingerprint (ids and variables) makes a file built for
//! another version of the widget fall back to English rather than show the wrong messages.

use fluent_syntax::{ast, parser, unicode::unescape_unicode_to_string};
use std::path::Path;

pub const VAR: char = '\u{1}';
pub const SELECT: char = '\u{2}';
pub const VARIANT: char = '\u{3}';
pub const BODY: char = '\u{4}';
pub const END: char = '\u{5}';
pub const RECORD: char = '\u{1e}';

/// A locale's catalog is every `.ftl` file of `locales/<locale>/`, read in name order (one per
/// part of the widget, so translators and changes to different screens keep to their own files).
pub const EXTENSION: &str = "ftl";
/// The source locale, which every other is checked against.
pub const SOURCE: &str = "en";
/// The file of the first screen's messages: the only English a split build keeps in its first
/// download. Every other file's English is in `en.txt`, which the later part's load fetches.
pub const FIRST: &str = "people-log";

/// The plural categories each shipped language has (CLDR, as `Intl.PluralRules` answers for
/// whole numbers), which every plural select in its catalog must name. French and Spanish also
/// have `many` (1,000,000 and up), which their `*[other]` serves.
pub fn plural_categories(language: &str) -> Option<&'static [&'static str]> {
    Some(match language {
        "en" | "de" | "fr" | "es" => &["one", "other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        _ => return None,
    })
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// One English message, as the widget's code calls it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    /// Its variables, in alphabetical order.
    pub vars: Vec<String>,
    pub pattern: String,
    /// From the first screen's file ([`FIRST`]).
    pub first: bool,
}

/// The source catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct English {
    pub messages: Vec<Message>,
}

/// A compiled locale other than English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    pub tag: String,
    /// What the widget fetches.
    pub file: String,
    /// English ids it has no message for.
    pub missing: Vec<String>,
}

/// Every catalog of a `locales/` directory.
#[derive(Debug)]
pub struct Compiled {
    pub english: English,
    pub locales: Vec<Locale>,
}

/// Reads and checks `dir/<locale>/*.ftl` for every locale, English first.
pub fn compile_dir(dir: &Path) -> Result<Compiled, Vec<String>> {
    let english = compile_english_files(&read_locale(&dir.join(SOURCE))?)?;
    let mut tags: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| vec![format!("{}: {e}", dir.display())])?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let tag = entry.file_name().into_string().ok()?;
            (entry.path().is_dir() && tag != SOURCE).then_some(tag)
        })
        .collect();
    tags.sort();
    let mut locales = Vec::new();
    let mut errors = Vec::new();
    for tag in tags {
        match compile_locale_files(&english, &tag, &read_locale(&dir.join(&tag))?) {
            Ok(locale) => locales.push(locale),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() {
        Ok(Compiled { english, locales })
    } else {
        Err(errors)
    }
}

/// A locale directory's `.ftl` files as (name, text), in name order.
fn read_locale(dir: &Path) -> Result<Vec<(String, String)>, Vec<String>> {
    let fail = |e: std::io::Error| vec![format!("{}: {e}", dir.display())];
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(fail)?
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|e| e == EXTENSION))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(vec![format!("{}: no .{EXTENSION} file", dir.display())]);
    }
    paths
        .iter()
        .map(|path| {
            std::fs::read_to_string(path)
                .map(|src| (path.display().to_string(), src))
                .map_err(|e| vec![format!("{}: {e}", path.display())])
        })
        .collect()
}

/// Checks and compiles the source catalog; `name` is how errors call the file.
pub fn compile_english(name: &str, src: &str) -> Result<English, Vec<String>> {
    compile_english_files(&[(name.to_owned(), src.to_owned())])
}

/// Checks and compiles the source catalog from its files, (name, text) each.
pub fn compile_english_files(files: &[(String, String)]) -> Result<English, Vec<String>> {
    let mut errors = Vec::new();
    let mut messages: Vec<Message> = Vec::new();
    for (name, line, message) in files_entries(files, &mut errors) {
        let at = |reason: String| format!("{name}:{line}: {}: {reason}", message.id.name);
        if messages.iter().any(|m| m.id == message.id.name) {
            errors.push(at("defined twice".into()));
            continue;
        }
        // Variables in alphabetical order, so a call's arguments are in an order one can guess:
        // collected first, then encoded against the sorted list.
        let mut vars = Vec::new();
        let mut selects = Vec::new();
        let encoded =
            encode_message(&message, &mut Vars::Collect(&mut vars), &mut Vec::new()).and_then(|_| {
                vars.sort();
                encode_message(&message, &mut Vars::Check(&vars), &mut selects)
            });
        match encoded {
            Ok(pattern) => {
                check_plurals(SOURCE, &selects, &mut |e| errors.push(at(e)));
                if vars.len() > 10 {
                    errors.push(at("more than 10 variables".into()));
                }
                let first = Path::new(name).file_stem().is_some_and(|stem| stem == FIRST);
                messages.push(Message { id: message.id.name.to_owned(), vars, pattern, first });
            }
            Err(e) => errors.push(at(e)),
        }
    }
    if errors.is_empty() {
        Ok(English { messages })
    } else {
        Err(errors)
    }
}

/// Checks and compiles one translation against English.
pub fn compile_locale(english: &English, tag: &str, name: &str, src: &str) -> Result<Locale, Vec<String>> {
    compile_locale_files(english, tag, &[(name.to_owned(), src.to_owned())])
}

/// Checks and compiles one translation, from its files, against English.
pub fn compile_locale_files(
    english: &English,
    tag: &str,
    files: &[(String, String)],
) -> Result<Locale, Vec<String>> {
    let mut errors = Vec::new();
    let mut patterns: Vec<Option<String>> = vec![None; english.messages.len()];
    let language = tag.split(['-', '_']).next().unwrap_or(tag);
    for (name, line, message) in files_entries(files, &mut errors) {
        let id = message.id.name;
        let at = |reason: String| format!("{name}:{line}: {id}: {reason}");
        let Some(index) = english.messages.iter().position(|m| m.id == id) else {
            errors.push(at(format!("unknown message id (not in the {SOURCE} catalog)")));
            continue;
        };
        if patterns[index].is_some() {
            errors.push(at("defined twice".into()));
            continue;
        }
        let mut selects = Vec::new();
        match encode_message(&message, &mut Vars::Check(&english.messages[index].vars), &mut selects) {
            Ok(pattern) => {
                check_plurals(language, &selects, &mut |e| errors.push(at(e)));
                patterns[index] = Some(pattern);
            }
            Err(e) => errors.push(at(e)),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let missing = english
        .messages
        .iter()
        .zip(&patterns)
        .filter(|(_, p)| p.is_none())
        .map(|(m, _)| m.id.clone())
        .collect();
    let file = file(&english.fingerprint(), patterns.iter().map(|p| p.as_deref().unwrap_or("")));
    Ok(Locale { tag: tag.to_owned(), file, missing })
}

fn file<'a>(fingerprint: &str, patterns: impl Iterator<Item = &'a str>) -> String {
    let mut out = fingerprint.to_owned();
    for pattern in patterns {
        out.push(RECORD);
        out.push_str(pattern);
    }
    out
}

impl English {
    /// FNV-1a of every id with its variables, in order: what a compiled file must have been
    /// built against.
    pub fn fingerprint(&self) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for m in &self.messages {
            for byte in m.id.bytes().chain(m.vars.iter().flat_map(|v| b" ".iter().copied().chain(v.bytes())))
            {
                hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
            hash = (hash ^ u64::from(b'\n')).wrapping_mul(0x0100_0000_01b3);
        }
        format!("{hash:016x}")
    }

    /// The English catalog in the same form as a locale's file.
    pub fn file(&self) -> String {
        self.file_of(|_| true)
    }

    /// The English of the later screens (every file but [`FIRST`]), the first screen's records
    /// empty: `en.txt`, which a split build fetches with its later part.
    pub fn later_file(&self) -> String {
        self.file_of(|m| !m.first)
    }

    /// A file with the patterns of the messages `keep` picks, the others' records empty.
    fn file_of(&self, keep: impl Fn(&Message) -> bool) -> String {
        file(&self.fingerprint(), self.messages.iter().map(|m| if keep(m) { m.pattern.as_str() } else { "" }))
    }

    /// The widget's `OUT_DIR/messages.rs`: the English catalog, and a method of `Words` per
    /// message taking its variables, so a call with a wrong name or number of them does not
    /// compile. `locales` are the tags of the other catalogs shipped. With `split`, `ENGLISH`
    /// holds the first screen's messages only ([`later_file`](Self::later_file) the rest).
    pub fn rust(&self, locales: &[String], split: bool) -> String {
        let mut out =
            String::from("// Generated by build.rs from locales/en/*.ftl (tools/catalogs): do not edit.\n\n");
        let english = if split { self.file_of(|m| m.first) } else { self.file() };
        out += &format!("pub(crate) const ENGLISH: &str = {english:?};\n");
        out += &format!("pub(crate) const COUNT: usize = {};\n", self.messages.len());
        out += &format!("/// The locales shipped besides English, one file each under `locales/`.\npub const LOCALES: [&str; {}] = {locales:?};\n", locales.len());
        let ids: Vec<&str> = self.messages.iter().map(|m| m.id.as_str()).collect();
        out += &format!("/// Message ids, to name a missing one (debug builds).\n#[cfg(debug_assertions)]\npub(crate) const IDS: [&str; {}] = {ids:?};\n\n", ids.len());
        out += "impl Words {\n";
        for (index, m) in self.messages.iter().enumerate() {
            let params: Vec<String> = m.vars.iter().map(|v| format!("{}: Arg<'_>", snake(v))).collect();
            let args: Vec<String> = m.vars.iter().map(|v| snake(v)).collect();
            out += &format!(
                "    #[doc = {:?}]\n    pub fn {}(&self, {}) -> String {{\n        self.format({index}, &[{}])\n    }}\n",
                format!("`{}`: {}", m.id, readable(&m.pattern, &m.vars)),
                snake(&m.id),
                params.join(", "),
                args.join(", ")
            );
        }
        out += "}\n";
        out
    }
}

fn snake(id: &str) -> String {
    let mut out = String::new();
    for (i, c) in id.chars().enumerate() {
        match c {
            '-' => out.push('_'),
            c if c.is_ascii_uppercase() && i > 0 => {
                out.push('_');
                out.push(c.to_ascii_lowercase());
            }
            c => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}

/// A compiled pattern as Fluent-like text, for the generated methods' docs.
fn readable(pattern: &str, vars: &[String]) -> String {
    let mut out = String::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        let var = |chars: &mut std::str::Chars| {
            chars
                .next()
                .and_then(|d| vars.get((d as usize).wrapping_sub('0' as usize)))
                .cloned()
                .unwrap_or_default()
        };
        match c {
            VAR => out += &format!("{{ ${} }}", var(&mut chars)),
            SELECT => out += &format!("{{ ${} ->", var(&mut chars)),
            VARIANT => out += " [",
            BODY => out += "] ",
            END => out += " }",
            c => out.push(c),
        }
    }
    out.replace("[*", "*[")
}

/// Every message of a catalog with its line; syntax errors and what the widget does not support
/// go into `errors`.
/// Every file's messages, each with its file's name and its line.
fn files_entries<'s>(
    files: &'s [(String, String)],
    errors: &mut Vec<String>,
) -> Vec<(&'s str, usize, ast::Message<&'s str>)> {
    files
        .iter()
        .flat_map(|(name, src)| {
            entries(name, src, errors).into_iter().map(move |(line, message)| (name.as_str(), line, message))
        })
        .collect()
}

fn entries<'s>(name: &str, src: &'s str, errors: &mut Vec<String>) -> Vec<(usize, ast::Message<&'s str>)> {
    let line = |offset: usize| src[..offset.min(src.len())].matches('\n').count() + 1;
    let resource = match parser::parse(src) {
        Ok(resource) => resource,
        Err((resource, parse_errors)) => {
            // Named by the line its entry starts on, and where the parser stopped if elsewhere.
            for e in parse_errors {
                let (entry, stop) = (e.slice.as_ref().map_or(e.pos.start, |s| s.start), e.pos.start);
                let stop =
                    if line(stop) == line(entry) { String::new() } else { format!(" (line {})", line(stop)) };
                errors.push(format!("{name}:{}: syntax error: {e}{stop}", line(entry)));
            }
            resource
        }
    };
    let mut messages = Vec::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                // The parser keeps no offsets: the message's line is where its id starts a line.
                let at = src
                    .match_indices(message.id.name)
                    .find(|(i, _)| {
                        (*i == 0 || src.as_bytes()[i - 1] == b'\n')
                            && src[i + message.id.name.len()..]
                                .trim_start_matches([' ', '\t'])
                                .starts_with('=')
                    })
                    .map_or(0, |(i, _)| line(i));
                if !message.attributes.is_empty() {
                    errors.push(format!(
                        "{name}:{at}: {}: attributes are not supported; give the text a message id of its own",
                        message.id.name
                    ));
                } else if message.value.is_some() {
                    messages.push((at, message));
                }
            }
            ast::Entry::Term(term) => errors.push(format!(
                "{name}: -{}: terms are not supported; write the word in each message",
                term.id.name
            )),
            // Reported by the parser.
            ast::Entry::Junk { .. } => {}
            ast::Entry::Comment(_) | ast::Entry::GroupComment(_) | ast::Entry::ResourceComment(_) => {}
        }
    }
    messages
}

/// The English message's variables: collected from English, checked in a translation.
enum Vars<'a> {
    Collect(&'a mut Vec<String>),
    Check(&'a [String]),
}

impl Vars<'_> {
    fn index(&mut self, name: &str) -> Result<char, String> {
        let at = match self {
            Vars::Collect(vars) => match vars.iter().position(|v| v == name) {
                Some(at) => at,
                None => {
                    vars.push(name.to_owned());
                    vars.len() - 1
                }
            },
            Vars::Check(vars) => vars.iter().position(|v| v == name).ok_or_else(|| {
                let known: Vec<String> = vars.iter().map(|v| format!("${v}")).collect();
                let known = if known.is_empty() { "none".to_owned() } else { known.join(", ") };
                format!("variable ${name} is not in the {SOURCE} message (its variables: {known})")
            })?,
        };
        char::from_digit(at as u32, 10).ok_or_else(|| "more than 10 variables".to_owned())
    }
}

/// A select's keys and whether it is on a number, for the plural check.
struct Select {
    keys: Vec<String>,
}

fn encode_message(
    message: &ast::Message<&str>,
    vars: &mut Vars,
    selects: &mut Vec<Select>,
) -> Result<String, String> {
    let mut out = String::new();
    encode_pattern(message.value.as_ref().expect("messages have a value"), vars, selects, &mut out)?;
    if out.is_empty() {
        return Err("empty message".into());
    }
    Ok(out)
}

fn encode_pattern(
    pattern: &ast::Pattern<&str>,
    vars: &mut Vars,
    selects: &mut Vec<Select>,
    out: &mut String,
) -> Result<(), String> {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text(value, out)?,
            ast::PatternElement::Placeable { expression } => {
                encode_expression(expression, vars, selects, out)?
            }
        }
    }
    Ok(())
}

fn text(value: &str, out: &mut String) -> Result<(), String> {
    if value.chars().any(|c| c <= END || c == RECORD) {
        return Err("control characters are not allowed in text".into());
    }
    out.push_str(value);
    Ok(())
}

fn encode_expression(
    expression: &ast::Expression<&str>,
    vars: &mut Vars,
    selects: &mut Vec<Select>,
    out: &mut String,
) -> Result<(), String> {
    match expression {
        ast::Expression::Inline(inline) => encode_inline(inline, vars, selects, out),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                return Err("a select must be on a variable (`{ $count -> … }`)".into());
            };
            out.push(SELECT);
            out.push(vars.index(id.name)?);
            let mut keys = Vec::new();
            for variant in variants {
                out.push(VARIANT);
                if variant.default {
                    out.push('*');
                }
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => *name,
                    ast::VariantKey::NumberLiteral { value } => *value,
                };
                text(key, out)?;
                keys.push(key.to_owned());
                out.push(BODY);
                encode_pattern(&variant.value, vars, selects, out)?;
            }
            out.push(END);
            selects.push(Select { keys });
            Ok(())
        }
    }
}

fn encode_inline(
    inline: &ast::InlineExpression<&str>,
    vars: &mut Vars,
    selects: &mut Vec<Select>,
    out: &mut String,
) -> Result<(), String> {
    match inline {
        ast::InlineExpression::StringLiteral { value } => text(&unescape_unicode_to_string(value), out),
        ast::InlineExpression::NumberLiteral { value } => text(value, out),
        ast::InlineExpression::VariableReference { id } => {
            out.push(VAR);
            out.push(vars.index(id.name)?);
            Ok(())
        }
        ast::InlineExpression::Placeable { expression } => encode_expression(expression, vars, selects, out),
        ast::InlineExpression::FunctionReference { id, .. } => {
            Err(format!("{}() is not supported: numbers are formatted for the locale already", id.name))
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            Err(format!("{{ {} }}: references to other messages are not supported", id.name))
        }
        ast::InlineExpression::TermReference { id, .. } => {
            Err(format!("{{ -{} }}: terms are not supported", id.name))
        }
    }
}

/// A select whose keys are plural categories (or exact numbers) must name every category of the
/// language; a select on words (`[completed]`) is not checked, nor one on an exact number and
/// the rest (`[0] … *[other] …`).
fn check_plurals(language: &str, selects: &[Select], report: &mut dyn FnMut(String)) {
    let Some(required) = plural_categories(language) else { return };
    for select in selects {
        let plural = select.keys.iter().all(|k| CATEGORIES.contains(&k.as_str()) || k.parse::<f64>().is_ok())
            && select.keys.iter().any(|k| k != "other" && CATEGORIES.contains(&k.as_str()));
        if !plural {
            continue;
        }
        let absent: Vec<&str> =
            required.iter().copied().filter(|c| !select.keys.iter().any(|k| k == c)).collect();
        if !absent.is_empty() {
            report(format!(
                "a plural select in `{language}` must have the variants {}; missing: {}",
                required.join(", "),
                absent.join(", ")
            ));
        }
    }
}

#[cfg(test)]
mod tests;

/// The pseudo-locale `en-XA` (a test locale, never shipped): every English message accented,
/// about 40% longer and bracketed, `Select all 4,213 users` → `[Šéļéçţ åļļ 4,213 ûšéŕš ·······]`,
/// so an end-to-end walk in it shows any word not from a catalog (unbracketed) and any box that
/// cannot take longer words. Variables and selects stay as English has them; only text changes.
pub const PSEUDO: &str = "en-XA";

/// The compiled `en-XA` file (what the widget fetches as `locales/en-XA.txt`).
pub fn pseudo(english: &English) -> String {
    let patterns: Vec<String> = english.messages.iter().map(|m| pseudo_pattern(&m.pattern)).collect();
    file(&english.fingerprint(), patterns.iter().map(String::as_str))
}

/// One compiled pattern made pseudo: text accented, markers, variable indices and variant keys
/// kept; then bracketed and padded by 40% of its letters (at least one dot).
pub fn pseudo_pattern(pattern: &str) -> String {
    let mut out = String::from("[");
    let mut letters = 0usize;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            VAR | SELECT => {
                out.push(c);
                out.extend(chars.next());
            }
            VARIANT => {
                out.push(c);
                for key in chars.by_ref() {
                    out.push(key);
                    if key == BODY {
                        break;
                    }
                }
            }
            END => out.push(c),
            _ => {
                letters += usize::from(c.is_alphanumeric());
                out.push(accented(c));
            }
        }
    }
    out.push(' ');
    out.extend(std::iter::repeat_n('·', (letters * 2).div_ceil(5).max(1)));
    out.push(']');
    out
}

fn accented(c: char) -> char {
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const ACCENTED: &str = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    PLAIN.chars().position(|p| p == c).and_then(|at| ACCENTED.chars().nth(at)).unwrap_or(c)
}

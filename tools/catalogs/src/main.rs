//! Checks every catalog and writes each non-English one as the compact file the widget fetches
//! (docs/architecture.md, Words).
//!
//! ```text
//! catalogs <locales-dir> <out-dir>
//! catalogs --pseudo <locales-dir> <out-file>
//! ```
//!
//! Writes `<out-dir>/<locale>.txt` for every `<locales-dir>/<locale>/*.ftl` but English
//! (compiled into the wasm by the widget's build script), and `<out-dir>/en.txt`, the later
//! screens' English, which a split build fetches with its later part. Exits non-zero, naming file, line and
//! reason, on a syntax error, an unknown message id or a variable the English message lacks.
//! `--pseudo` writes the test locale `en-XA` (accented, longer, bracketed English) to one file.

use std::{path::Path, process::ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let ["--pseudo", locales, out_file] = args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        return write_pseudo(locales, out_file);
    }
    let [locales, out_dir] = args.as_slice() else {
        eprintln!("usage: catalogs <locales-dir> <out-dir>\n       catalogs --pseudo <locales-dir> <out-file>  (en-XA, a test locale)");
        return ExitCode::from(2);
    };
    let compiled = match catalogs::compile_dir(Path::new(locales)) {
        Ok(compiled) => compiled,
        Err(errors) => {
            for error in errors {
                eprintln!("catalogs: error: {error}");
            }
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = std::fs::create_dir_all(out_dir) {
        eprintln!("catalogs: error: {out_dir}: {error}");
        return ExitCode::FAILURE;
    }
    let later_english = Path::new(out_dir).join(format!("{}.txt", catalogs::SOURCE));
    if let Err(error) = std::fs::write(&later_english, compiled.english.later_file()) {
        eprintln!("catalogs: error: {}: {error}", later_english.display());
        return ExitCode::FAILURE;
    }
    for locale in &compiled.locales {
        if !locale.missing.is_empty() {
            // Not an error: the widget shows English for just those messages.
            println!(
                "catalogs: {}: {} messages not translated yet: {}",
                locale.tag,
                locale.missing.len(),
                locale.missing.join(", ")
            );
        }
        let path = Path::new(out_dir).join(format!("{}.txt", locale.tag));
        if let Err(error) = std::fs::write(&path, &locale.file) {
            eprintln!("catalogs: error: {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// Writes the pseudo-locale (`catalogs::pseudo`) from the English catalog of `locales`: a test
/// locale, which the e2e serves itself; never shipped.
fn write_pseudo(locales: &str, out_file: &str) -> ExitCode {
    match catalogs::compile_dir(Path::new(locales)) {
        Ok(compiled) => match std::fs::write(out_file, catalogs::pseudo(&compiled.english)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("catalogs: error: {out_file}: {error}");
                ExitCode::FAILURE
            }
        },
        Err(errors) => {
            for error in errors {
                eprintln!("catalogs: error: {error}");
            }
            ExitCode::FAILURE
        }
    }
}

//! Splits the linked widget wasm at its `in_part!` functions (docs/architecture.md, Parts).
//!
//! ```text
//! split-parts <linked.wasm> <out-dir>
//! ```
//!
//! Writes into `<out-dir>`: `main.wasm`, the first download, for `wasm-bindgen
//! --keep-lld-exports`; `people-log_<part>.wasm` for each part and `people-log_chunk_<n>.wasm`
//! for code that several parts share; and `people-log_parts.js`, the loader the first download
//! imports, which fetches a part's files relative to itself. The input must be linked with
//! `-Clink-args=--emit-relocs` (the Makefile's wasm flags): the splitter moves code by its
//! relocations.

use std::{fs, path::Path, process::ExitCode};

/// The loader module, as the first download imports it (beside the glue, `people-log.js`).
const LOADER: &str = "people-log_parts.js";
const GLUE: &str = "./people-log.js";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir] = args.as_slice() else {
        eprintln!("usage: split-parts <linked.wasm> <out-dir>");
        return ExitCode::from(2);
    };
    match split(Path::new(input), Path::new(out_dir)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("split-parts: {error}");
            ExitCode::FAILURE
        }
    }
}

fn split(input: &Path, out_dir: &Path) -> Result<(), String> {
    let wasm = fs::read(input).map_err(|e| format!("cannot read {}: {e}", input.display()))?;
    fs::create_dir_all(out_dir).map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let main_out = out_dir.join("main.wasm");
    let link_name = format!("./{LOADER}");
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = out_dir;
    options.main_out_path = &main_out;
    options.link_name = &link_name;
    options.main_module = GLUE;
    let split = wasm_split_cli_support::transform(options).map_err(|e| {
        format!(
            "cannot split {}: {e:#} (was it linked with -Clink-args=--emit-relocs? `make release` does)",
            input.display()
        )
    })?;
    if split.split_modules.is_empty() {
        return Err(format!(
            "{} has no split points: build it with `--features split` (index.html's data-cargo-features)",
            input.display()
        ));
    }

    // The splitter names its files split_<part>.wasm and chunk_<n>.wasm; a host serves them
    // beside people-log.js, so they carry its name.
    let loader_path = out_dir.join(LOADER);
    let mut loader = fs::read_to_string(&loader_path).map_err(|e| format!("cannot read the loader: {e}"))?;
    for path in &split.split_modules {
        let old = file_name(path)?;
        let new = format!("people-log_{}", old.strip_prefix("split_").unwrap_or(&old));
        let quoted = format!("\"./{old}\"");
        if !loader.contains(&quoted) {
            return Err(format!("the loader does not name {old}"));
        }
        loader = loader.replace(&quoted, &format!("\"./{new}\""));
        fs::rename(path, out_dir.join(&new)).map_err(|e| format!("cannot rename {old}: {e}"))?;
        println!("split-parts: {new}");
    }
    fs::write(&loader_path, loader).map_err(|e| format!("cannot write the loader: {e}"))?;
    Ok(())
}

fn file_name(path: &Path) -> Result<String, String> {
    path.file_name()
        .and_then(|n| n.to_str())
        .map(str::to_owned)
        .ok_or_else(|| format!("unexpected output path {}", path.display()))
}

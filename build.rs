//! Compiles the catalogs (locales/, tools/catalogs): English (in a split build, the first
//! screen's) and one method per message into `OUT_DIR/messages.rs` (src/i18n), and every other locale into `OUT_DIR/locales/<tag>.txt`,
//! the file a release ships under `dist/locales/` (the browser tests read it from here). A
//! catalog the compiler refuses fails the build, naming file, line and reason.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let compiled = catalogs::compile_dir(Path::new("locales")).unwrap_or_else(|errors| {
        for error in &errors {
            println!("cargo::error={error}");
        }
        std::process::exit(1)
    });
    let tags: Vec<String> = compiled.locales.iter().map(|l| l.tag.clone()).collect();
    // A split build (the release: `--features split`) fetches the later screens' English with
    // their part (`locales/en.txt`), so its first download holds only the first screen's.
    let split = env::var_os("CARGO_FEATURE_SPLIT").is_some();
    fs::write(Path::new(&out).join("messages.rs"), compiled.english.rust(&tags, split))
        .expect("OUT_DIR is writable");
    let dir = Path::new(&out).join("locales");
    fs::create_dir_all(&dir).expect("OUT_DIR is writable");
    for locale in &compiled.locales {
        fs::write(dir.join(format!("{}.txt", locale.tag)), &locale.file).expect("OUT_DIR is writable");
    }
}

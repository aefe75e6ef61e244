//! The widget's CSS as one constructed stylesheet that every shadow root it mounts into adopts.
//! A strict `style-src 'self'` blocks an injected `<style>` but not a constructed sheet, and one
//! parsed sheet serves every instance on the page. The rules of the batch part's screens (the
//! dialogs, the job view) come with the part: the part's door adds them to the same sheet, in
//! their place in the cascade, so the first download does not carry them.

use std::cell::{Cell, OnceCell};
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, ShadowRoot};

/// The files of style/, as written, in cascade order.
pub const SOURCE: &str = concat!(
    include_str!("../../style/base.css"),
    include_str!("../../style/people.css"),
    include_str!("../../style/filters.css"),
    include_str!("../../style/toolbar.css"),
    include_str!("../../style/actions.css"),
    include_str!("../../style/jobs.css"),
    include_str!("../../style/lists.css"),
    include_str!("../../style/layout.css"),
);

/// `$source` without its comments and spare whitespace, squeezed at compile time.
macro_rules! squeezed {
    ($source:expr) => {{
        const INPUT: &str = $source;
        const LEN: usize = squeeze(INPUT.as_bytes(), &mut []);
        const BYTES: [u8; LEN] = {
            let mut out = [0; LEN];
            squeeze(INPUT.as_bytes(), &mut out);
            out
        };
        match std::str::from_utf8(&BYTES) {
            Ok(css) => css,
            Err(_) => panic!("squeezing the CSS split a character"),
        }
    }};
}

/// What the first download carries: the rules before the part's and the rules after them.
pub const FIRST: &str = squeezed!(concat!(
    include_str!("../../style/base.css"),
    include_str!("../../style/people.css"),
    include_str!("../../style/filters.css"),
    include_str!("../../style/toolbar.css"),
));
pub const LAST: &str = squeezed!(include_str!("../../style/layout.css"));

/// The batch part's rules; only the part's door names them, so they are in the part's file.
pub const PART: &str = squeezed!(concat!(
    include_str!("../../style/actions.css"),
    include_str!("../../style/jobs.css"),
    include_str!("../../style/lists.css"),
));

/// Copies `css` into `out` (as far as it reaches) without comments, with each whitespace run cut to
/// one space or, beside `{ } ;` and after `:`, to none (a value holding `var()` keeps its spaces
/// as written, so none inside a value goes); strings stay as they are. Returns the
/// squeezed length. Only ASCII is dropped, so UTF-8 stays whole.
pub const fn squeeze(css: &[u8], out: &mut [u8]) -> usize {
    const fn tight(c: u8) -> bool {
        matches!(c, b'{' | b'}' | b';')
    }
    let (mut i, mut n) = (0, 0);
    let (mut last, mut gap, mut quote) = (b'{', false, 0u8);
    while i < css.len() {
        let c = css[i];
        if quote == 0 && c == b'/' && i + 1 < css.len() && css[i + 1] == b'*' {
            i += 2;
            while i + 1 < css.len() && !(css[i] == b'*' && css[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
            gap = true;
            continue;
        }
        if quote == 0 && c.is_ascii_whitespace() {
            gap = true;
            i += 1;
            continue;
        }
        if gap && !tight(last) && last != b':' && !tight(c) {
            if n < out.len() {
                out[n] = b' ';
            }
            n += 1;
        }
        gap = false;
        if quote == 0 && (c == b'"' || c == b'\'') {
            quote = c;
        } else if quote != 0 && c == b'\\' && i + 1 < css.len() {
            if n < out.len() {
                out[n] = c;
            }
            n += 1;
            i += 1;
        } else if c == quote {
            quote = 0;
        }
        if n < out.len() {
            out[n] = css[i];
        }
        n += 1;
        last = css[i];
        i += 1;
    }
    n
}

thread_local! {
    static SHEET: OnceCell<CssStyleSheet> = const { OnceCell::new() };
    /// The part's rules are in the sheet.
    static WITH_PART: Cell<bool> = const { Cell::new(false) };
}

/// The page's one sheet, parsed on first use.
fn shared() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.get() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(&[FIRST, LAST].concat())?;
        Ok(cell.get_or_init(|| sheet).clone())
    })
}

/// Puts a part's rules (`PART`, which the part's door passes) into the shared sheet, between
/// the first download's, so every instance on the page has them; once.
pub fn add_part_rules(part: &str) -> Result<(), JsValue> {
    if WITH_PART.get() {
        return Ok(());
    }
    shared()?.replace_sync(&[FIRST, part, LAST].concat())?;
    WITH_PART.set(true);
    Ok(())
}

/// Adds the widget's sheet to `shadow` (once), keeping any sheet already adopted there.
pub fn adopt(shadow: &ShadowRoot) -> Result<(), JsValue> {
    let sheet = shared()?;
    let adopted = shadow.adopted_style_sheets();
    if !adopted.includes(&sheet, 0) {
        let sheets = adopted.slice(0, adopted.length());
        sheets.push(&sheet);
        shadow.set_adopted_style_sheets(&sheets);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::squeeze;

    fn squeezed(css: &str) -> String {
        let mut out = vec![0; squeeze(css.as_bytes(), &mut [])];
        squeeze(css.as_bytes(), &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn drops_comments_and_spare_whitespace() {
        let css = "/* theme */\n.a,\n.b {\n  color: red; /* why */\n  margin: 0 auto;\n}\n";
        assert_eq!(squeezed(css), ".a, .b{color:red;margin:0 auto;}");
    }

    #[test]
    fn keeps_the_spaces_that_mean_something() {
        assert_eq!(
            squeezed(".plb :focus { width: calc(100% - 2 * 8px) }"),
            ".plb :focus{width:calc(100% - 2 * 8px)}"
        );
        assert_eq!(
            squeezed("@container plb (max-width: 480px) {\n  .a .b { x: y !important }\n}"),
            "@container plb (max-width:480px){.a .b{x:y !important}}"
        );
    }

    #[test]
    fn leaves_strings_alone() {
        assert_eq!(
            squeezed(".s::after {\n  content: \" ↕  /* not a comment */\";\n}"),
            ".s::after{content:\" ↕  /* not a comment */\";}"
        );
        assert_eq!(squeezed("a { content: \"\\\"  x\" }"), "a{content:\"\\\"  x\"}");
    }
}

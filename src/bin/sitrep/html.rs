//! Saved web pages: the main text, found by `dom_smoothie` (a Rust port of Mozilla's
//! Readability, the algorithm the page runs), and the publication date from the page's
//! metadata. The page does the same in the browser; the core only ever sees text.

use dom_smoothie::{Config, Readability, TextMode};
use sitrep::Date;

/// Below this share of the page's visible text, the main text may have lost the
/// article: the CLI warns and names the option that keeps the whole page.
const KEPT_SHARE_WARNING: f64 = 0.5;
/// A main text this long is an article whatever share of the page it is.
const ENOUGH_CHARS: usize = 2000;

/// The text to analyse from one HTML page.
pub struct Page {
    /// The main text, one paragraph a line.
    pub text: String,
    /// The publication date from the page's metadata, when plausible.
    pub published: Option<Date>,
    /// A warning when the main text kept too little of the page.
    pub warning: Option<String>,
}

/// Whether `text` is an HTML document rather than plain text.
pub fn is_html(text: &str) -> bool {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let head: String = head
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || (head.starts_with('<') && (head.contains("<head") || head.contains("<body")))
}

/// The main text of an HTML page, or the whole page's text when `whole_page` is set.
pub fn extract(html: &str, today: Date, whole_page: bool) -> Result<Page, String> {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let mut readability = Readability::new(html, None, Some(config))
        .map_err(|e| format!("not a readable page: {e}"))?;
    // What a reader sees of the page: scripts and styles are text nodes too.
    readability
        .doc
        .select("script, style, noscript, template, svg")
        .remove();
    let page_text = normalise(&readability.doc.select("body").formatted_text());
    let metadata = readability.get_article_metadata(readability.parse_json_ld());
    let published = metadata
        .published_time
        .as_deref()
        .and_then(|value| plausible_date(value, today));
    if whole_page {
        return Ok(Page {
            text: page_text,
            published,
            warning: None,
        });
    }
    let article = readability.parse();
    let text = match &article {
        Ok(article) => normalise(&article.text_content),
        Err(_) => String::new(),
    };
    let kept = text.chars().count() as f64 / page_text.chars().count().max(1) as f64;
    let warning = (text.chars().count() < ENOUGH_CHARS && kept < KEPT_SHARE_WARNING).then(|| {
        format!(
            "the main text keeps {:.0} % of the page's text; --whole-page analyses all of it",
            kept * 100.0
        )
    });
    let text = if text.trim().is_empty() {
        page_text
    } else {
        text
    };
    Ok(Page {
        text,
        published,
        warning,
    })
}

/// Lines trimmed, runs of blank lines made one, so paragraphs stay apart.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = true;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
        } else {
            out.push_str(line);
            out.push('\n');
            blank = false;
        }
    }
    out.trim_end().to_string()
}

/// The date a metadata timestamp names in its own time zone ("2019-11-19T23:30:00-05:00"
/// is the 19th, not the 20th as in UTC), if plausible: placeholders such as 0001-01-01,
/// days before 1990 and days after tomorrow are not publication dates.
pub fn plausible_date(value: &str, today: Date) -> Option<Date> {
    let value = value.trim();
    let day = value.get(..10)?;
    let mut parts = day.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let date = Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)?;
    let earliest = Date::new(1990, 1, 1)?;
    (date >= earliest && date <= today.add_days(1)).then_some(date)
}

/// Today's date in UTC, from the system clock.
pub fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days((seconds / 86_400) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        s.parse().expect("a valid date")
    }

    #[test]
    fn a_timestamp_keeps_its_own_local_date() {
        let today = day("2026-12-03");
        assert_eq!(
            plausible_date("2019-11-19T23:30:00-05:00", today),
            Some(day("2019-11-19"))
        );
        assert_eq!(plausible_date("2013-02-19", today), Some(day("2013-02-19")));
    }

    #[test]
    fn placeholders_and_implausible_dates_are_rejected() {
        let today = day("2026-12-03");
        for value in [
            "0001-01-01T00:00:00Z",
            "1970-01-01",
            "1989-12-31",
            "2026-12-05",
            "2013-02-30",
            "19 Feb 2013",
            "",
        ] {
            assert_eq!(plausible_date(value, today), None, "{value}");
        }
        assert_eq!(
            plausible_date("2026-12-04T01:00:00+09:00", today),
            Some(day("2026-12-04"))
        );
    }

    #[test]
    fn html_is_told_from_text() {
        assert!(is_html("<!DOCTYPE html><html><body>x</body></html>"));
        assert!(is_html("\u{feff}  <html lang=\"en\">"));
        assert!(is_html("<head><title>t</title></head><body></body>"));
        assert!(!is_html(
            "Ships leave Tartus\n\nAbout 300 people <left> on Tuesday."
        ));
        // Past 512 bytes of text whose characters take three bytes each.
        assert!(!is_html(&"港の船は火曜日に出港した。".repeat(100)));
    }

    #[test]
    fn the_main_text_leaves_menus_out_and_reads_the_metadata_date() {
        let story = "<p>About 300 Russian citizens left the port of Tartus on Tuesday aboard two \
                     landing ships, the defence ministry said, adding that more would follow.</p>";
        let html = format!(
            "<html><head><meta property=\"article:published_time\" content=\"2013-01-22T22:15:00-05:00\">\
             </head><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>\
             <article><h1>Ships leave Tartus</h1>{}</article><footer>Copyright 2013</footer></body></html>",
            story.repeat(6)
        );
        let page = extract(&html, day("2026-12-03"), false).expect("a page");
        assert!(
            page.text.contains("About 300 Russian citizens left"),
            "{}",
            page.text
        );
        assert!(!page.text.contains("Copyright"), "{}", page.text);
        assert_eq!(page.published, Some(day("2013-01-22")));
        assert!(page.warning.is_none());
        let whole = extract(&html, day("2026-12-03"), true).expect("a page");
        assert!(whole.text.contains("Copyright 2013"));
    }
}

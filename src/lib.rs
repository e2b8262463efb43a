//! Sitrep analyses news reports: it finds the named entities, resolves every
//! dated statement onto a timeline, and extracts the figures (evacuees, aid,
//! ships, aircraft, personnel, casualties, money) with their qualifiers.
//!
//! The pipeline, one module per stage, each reading only earlier stages' output:
//!
//! 1. [`clean`]: the text as given → body ranges and boilerplate spans;
//! 2. [`sentences`]: body ranges → sentences;
//! 3. [`entities`]: sentences → named entities with canonical names;
//! 4. [`dates`]: sentences + publication date → resolved temporal expressions;
//! 5. [`figures`]: sentences + entities + dates → quantities with what they count;
//! 6. [`events`]: sentences + dates → one timeline entry per dated sentence;
//! 7. [`corpus`]: many analyses → the merged timeline, figures table and entity index.
//!
//! The core is pure Rust; `wasm` binds it for the browser and `main.rs` is the CLI.
//!
//! ```
//! let article = sitrep::Article::new("report", "Dozens of Russians left Syria on Tuesday.", Some("2013-02-19"))?;
//! let analysis = sitrep::analyze(&article);
//! assert_eq!(analysis.events[0].date, "2013-02-19");
//! # Ok::<(), sitrep::Error>(())
//! ```
#![warn(missing_docs)]

pub mod analysis;
pub mod calendar;
pub mod clean;
pub mod corpus;
pub mod dates;
pub mod decimal;
pub mod entities;
pub mod error;
pub mod events;
pub mod figures;
pub mod hash;
pub mod input;
pub mod lexicon;
pub mod order;
pub mod pattern;
pub mod sentences;
pub mod span;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::Analysis;
pub use calendar::Date;
pub use corpus::Corpus;
pub use error::Error;
pub use input::Article;

/// Builds the word tables now (they are built on first use), so that a page
/// can do it while it loads. Patterns are compiled where a text first needs
/// them, and most texts need only some, so they are left to the first text;
/// so are the tables that guess a publication date, which a text given its
/// date (as the page's examples are) never reads.
pub fn prepare() {
    lexicon::build_tables();
    text::tokens::build_tables();
    clean::shape::build_tables();
    clean::classifier::build_tables();
    entities::build_tables();
    figures::build_tables();
    dates::build_tables();
}

/// Any day will do to find which relative dates a publication date would resolve.
const STAND_IN_PUBLISHED: Date = Date {
    year: 2000,
    month: 6,
    day: 15,
};

/// Analyses one article.
pub fn analyze(article: &Article) -> Analysis {
    let text = article.text.as_str();
    let cleaned = clean::strip(text, &article.line_overrides);
    let sentences = sentences::split(text, &cleaned.body);
    let tokens = text::tokens::of_sentences(text, &sentences);
    let entities = entities::find(text, &sentences, &tokens);
    let mut scanned = dates::scan(&sentences, &tokens);
    let names: Vec<dates::Name> = entities
        .iter()
        .filter(|e| e.kind != analysis::EntityType::Event)
        .map(|e| dates::Name {
            span: e.span,
            facility: e.kind == analysis::EntityType::Facility,
        })
        .collect();
    dates::drop_inside_names(&mut scanned, &names);
    let all_names: Vec<span::ByteSpan> = entities.iter().map(|e| e.span).collect();
    dates::drop_across_names(&mut scanned, &all_names);
    let published = dates::publication(article, &scanned, cleaned.live);
    let mut dates = dates::resolve_all(&scanned, published.value);
    dates::weekdays_of_bracketed_dates(text, &mut dates);
    let figures = figures::find(text, &sentences, &tokens, &entities, &dates);
    let events = events::build(&sentences, &dates);
    let undated = match published.value {
        Some(_) => Vec::new(),
        None => {
            // Relative dates ("on Tuesday") resolve to nothing without a
            // publication date: resolving them once more against a stand-in day
            // tells which sentences a date would place. Only the resolution runs
            // again, and the stand-in's values are never shown.
            let probe = dates::resolve_all(&scanned, Some(STAND_IN_PUBLISHED));
            events::undated(&events, events::build(&sentences, &probe))
        }
    };

    analysis::Stages {
        id: &article.id,
        text,
        cleaned: &cleaned,
        sentences: &sentences,
        entities,
        published,
        dates,
        figures,
        events,
        undated,
    }
    .into_analysis()
}

/// Analyses several articles and merges them into one corpus view.
pub fn corpus(articles: &[Article]) -> Corpus {
    let kept: Vec<corpus::Kept> = articles
        .iter()
        .map(|article| corpus::Kept::new(&article.text, analyze(article)))
        .collect();
    corpus::merge(&kept.iter().collect::<Vec<_>>())
}

#[cfg(test)]
mod tests {
    use super::*;
    use analysis::Category;
    use input::{ArticleOptions, LineVerdict};

    #[test]
    fn a_line_the_analyst_keeps_is_analysed() {
        let notice = "Sign up for our newsletter to get the latest news from Lisbon.";
        let text = format!(
            "Navy frigates evacuate families from flooded coast\n\n\
             The navy sent two frigates to the northern coast on Monday to help evacuate families, officials said.\n\n\
             About 300 people boarded the ships at the small harbour, and more are expected to leave on Tuesday.\n\n\
             {notice}"
        );
        let start = text[..text.find(notice).unwrap()].chars().count();
        let with = |boilerplate: Option<bool>| {
            let options = ArticleOptions {
                published: Some("2024-12-14".into()),
                line_overrides: boilerplate
                    .map(|boilerplate| LineVerdict {
                        start,
                        end: start + notice.chars().count(),
                        boilerplate,
                    })
                    .into_iter()
                    .collect(),
                ..ArticleOptions::default()
            };
            analyze(&Article::with_options(&text, options).unwrap())
        };
        let lisbon = |analysis: &Analysis| analysis.entities.iter().any(|e| e.text == "Lisbon");
        assert!(!lisbon(&with(None)), "the classifier drops the notice");
        let kept = with(Some(false));
        assert!(lisbon(&kept));
        assert!(kept.boilerplate.iter().all(|b| b.end <= start));
        let dropped = with(Some(true));
        assert!(dropped.boilerplate.iter().any(|b| b.start == start));
    }

    /// The analysis of `text`, published on `published`.
    fn analysis_of(text: &str, published: &str) -> Analysis {
        let options = ArticleOptions {
            published: Some(published.into()),
            ..ArticleOptions::default()
        };
        analyze(&Article::with_options(text, options).unwrap())
    }

    /// Each figure of `analysis` as its text and row.
    fn rows_of(analysis: &Analysis) -> Vec<(&str, Category)> {
        analysis
            .figures
            .iter()
            .map(|f| (f.text.as_str(), f.category))
            .collect()
    }

    #[test]
    fn a_table_s_rows_by_country_take_the_row_of_the_people_counted_before() {
        let text = "Russian planes leave Kabul\n\n\
             The planes brought 521 people evacuated from Kabul to Moscow on Thursday, \
             the ministry said, and gave this breakdown:\n\n\
             Russia - 362\nBelarus - 41\nKyrgyzstan: 38\n\n\
             The Barbarians - 15 - Tim Stimpson played.";
        let analysis = analysis_of(text, "2021-08-26");
        assert_eq!(
            rows_of(&analysis),
            [
                ("521 people", Category::Evacuees),
                ("362", Category::Evacuees),
                ("41", Category::Evacuees),
                ("38", Category::Evacuees)
            ]
        );
    }

    #[test]
    fn a_table_of_places_counts_the_rows_of_towns_no_table_knows() {
        let text = "Quake toll rises in Morocco\n\n\
             The interior ministry said 2,497 people had been killed, by province:\n\n\
             Marrakech: 18\nChichaoua: 202\nOuarzazate: 41\n\n\
             Rescuers worked through the night.\n\nScores: 3\nPoints: 12";
        let analysis = analysis_of(text, "2023-09-11");
        assert_eq!(
            rows_of(&analysis),
            [
                ("2,497 people", Category::Casualties),
                ("18", Category::Casualties),
                ("202", Category::Casualties),
                ("41", Category::Casualties)
            ]
        );
    }

    #[test]
    fn a_range_across_months_after_an_abbreviation_gives_both_ends() {
        let text = "Drills end off Tartus\n\nThe drills ran Jan. 28–Feb. 4 near Tartus.";
        let analysis = analysis_of(text, "2025-03-14");
        let dates: Vec<(&str, &str)> = analysis
            .dates
            .iter()
            .map(|d| (d.text.as_str(), d.value.as_str()))
            .collect();
        assert_eq!(dates, [("Jan. 28", "2025-01-28"), ("Feb. 4", "2025-02-04")]);
    }

    #[test]
    fn a_peoples_name_that_ends_a_listed_count_counts_its_people() {
        let text = "Crew taken off tanker\n\n\
             The crew comprised 15 Filipino, four Vietnamese and one Egyptian. \
             Around 100 Russian and Ukrainian miners waited.";
        // The miners' nationalities qualify their noun: no count of "100 Russian".
        let analysis = analysis_of(text, "2024-03-08");
        let figures: Vec<(&str, &str)> = analysis
            .figures
            .iter()
            .map(|f| (f.text.as_str(), f.unit.as_str()))
            .collect();
        assert_eq!(
            figures,
            [
                ("15 Filipino", "people"),
                ("four Vietnamese", "people"),
                ("one Egyptian", "people")
            ]
        );
    }

    #[test]
    fn rupees_and_dollars_are_the_home_countrys_where_the_article_is_about_it() {
        let units = |text: &str| -> Vec<String> {
            analysis_of(text, "2022-08-29")
                .figures
                .into_iter()
                .filter(|f| f.category == analysis::Category::Money)
                .map(|f| f.unit)
                .collect()
        };
        let pakistan = "Flood relief\n\n\
             Pakistan paid Rs 25,000 to each family, and Pakistan Railways ran a relief train.";
        assert_eq!(units(pakistan), ["PKR"]);
        let india = "Flood relief\n\n\
             India paid Rs 25,000 to each family, and Pakistan sent Rs 3 crore.";
        assert_eq!(units(india), ["INR", "INR"]);
        let washington = "Aid flight\n\n\
             The United States pledged $10 million, and Australia and Australia's navy helped.";
        assert_eq!(units(washington), ["USD"]);
        let canberra = "Aid flight\n\n\
             Australia pledged $10 million, and Australia's navy sent a ship to Tonga.";
        assert_eq!(units(canberra), ["AUD"]);
    }

    #[test]
    fn a_tables_rows_are_read_and_a_cell_opens_as_a_sentence_does() {
        let text = "Deliveries resume across the border\n\n\
             Aid convoys crossed from Turkey into northwest Syria again this week, the UN said.\n\n\
             Date   | Crossing     | Agency | Trucks | Tonnes | Items\n\
             14 Dec | Bab al-Salam | UNHCR  | 41     | 520    | Shelter materials\n\
             15 Dec | Bab al-Hawa  | WFP    | 60     | 1,200  | Food parcels\n\
             TOTAL  |              |        | 101    | 1,720  |\n";
        let analysis = analysis_of(text, "2024-12-19");
        let names: Vec<&str> = analysis.entities.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            names,
            [
                "Turkey",
                "Syria",
                "UN",
                "Bab al-Salam",
                "UNHCR",
                "Bab al-Hawa",
                "WFP"
            ]
        );
        let days: Vec<&str> = analysis.events.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(days, ["2024-W51", "2024-12-14", "2024-12-15"]);
    }

    #[test]
    fn a_date_word_inside_a_name_is_no_date() {
        let text = "Grain ship struck off Yemen\n\n\
             The ship's Greece-based operator, Third January Maritime, said on Friday that \
             the crew had left. Sheffield Wednesday fans raised money for them, the USA Today \
             newspaper reported. In January, the Rubymar sank. Its crew flew to March Air \
             Reserve Base.";
        let analysis = analysis_of(text, "2024-03-08");
        let dates: Vec<&str> = analysis.dates.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(dates, ["Friday", "January"]);
        assert_eq!(analysis.dates[1].value, "2024-01");
    }

    #[test]
    fn weekdays_take_the_days_written_after_them_in_brackets() {
        let text = "Seats reserved\n\n\
             The embassy has reserved 800 seats for Wednesday and Thursday (2 and 3 October). \
             A ferry left on Friday (27 September).";
        let analysis = analysis_of(text, "2024-09-30");
        let dates: Vec<(&str, &str)> = analysis
            .dates
            .iter()
            .map(|d| (d.text.as_str(), d.value.as_str()))
            .collect();
        assert_eq!(
            dates[..2],
            [("Wednesday", "2024-10-02"), ("Thursday", "2024-10-03")]
        );
        assert!(dates.contains(&("Friday", "2024-09-27")));
    }

    #[test]
    fn a_date_that_ends_inside_a_name_is_no_date() {
        let text = "Trains full before holiday\n\n\
             Travel rose on Monday before the Spring Festival, officials said. \
             Prices rose in the spring.";
        let analysis = analysis_of(text, "2024-02-01");
        let dates: Vec<&str> = analysis.dates.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(dates, ["Monday", "the spring"]);
        let festival = analysis
            .entities
            .iter()
            .find(|e| e.text == "Spring Festival");
        assert_eq!(
            festival.map(|e| (e.kind, &*e.canonical)),
            Some((analysis::EntityType::Event, "Lunar New Year"))
        );
    }
}

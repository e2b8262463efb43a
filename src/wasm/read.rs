//! Reads the page's plain objects (article options, analyses to keep) into the
//! core's types, field by field, with the rules serde_wasm_bindgen applied before:
//! a field is missing when it is `undefined` and not in the object, an optional
//! field may also be `null`, offsets are safe integers, lists are arrays, unknown
//! fields are ignored. By hand because serde's generic reading compiled a visitor
//! per type and linked float formatting for its error messages: 18 KB gzipped.

use std::cell::RefCell;

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;

use crate::analysis::{
    Analysis, CodePointSpan, DateMention, Entity, Event, Figure, NamedInJson, Published,
};
use crate::corpus::Kept;
use crate::input::{ArticleOptions, LineVerdict};

type Read<T> = Result<T, JsError>;

/// The error for a field or value that is missing or not of its kind.
fn cannot_read(name: &str) -> JsError {
    JsError::new(&["cannot read `", name, "`"].concat())
}

/// The largest integer a JavaScript number holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// An offset: a whole number, not negative, exact in a JavaScript number.
fn whole(value: JsValue) -> Option<usize> {
    let number = value.as_f64()?;
    if number.fract() != 0.0 || !(0.0..=MAX_SAFE_INTEGER).contains(&number) {
        return None;
    }
    usize::try_from(number as u64).ok()
}

fn number(value: JsValue) -> Option<f64> {
    value.as_f64()
}

fn string(value: JsValue) -> Option<String> {
    value.as_string()
}

fn flag(value: JsValue) -> Option<bool> {
    value.as_bool()
}

/// A variant by the name the JSON gives it.
fn named<T: NamedInJson>(value: JsValue) -> Option<T> {
    T::from_name(&value.as_string()?)
}

/// An array's items, each read by `read`.
fn list<T>(value: JsValue, name: &str, read: fn(Fields) -> Read<T>) -> Read<Vec<T>> {
    let mut items = Vec::new();
    each(value, name, &mut |item| {
        items.push(read(item)?);
        Ok(())
    })?;
    Ok(items)
}

/// Calls `read` on each object of an array: one loop for every list read.
fn each(value: JsValue, name: &str, read: &mut dyn FnMut(Fields) -> Read<()>) -> Read<()> {
    if !Array::is_array(&value) {
        return Err(cannot_read(name));
    }
    for item in value.unchecked_into::<Array>().iter() {
        read(Fields::of(item, name)?)?;
    }
    Ok(())
}

#[wasm_bindgen]
extern "C" {
    /// A plain object, read as `object[key]`.
    type Object;

    #[wasm_bindgen(method, indexing_getter)]
    fn get(this: &Object, key: &JsValue) -> JsValue;
}

thread_local! {
    /// The field names as JavaScript strings, each made once: making them anew
    /// for every field read made keeping analyses over twice as slow.
    static KEYS: RefCell<Vec<(&'static str, JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// Calls `read` with `name` as a JavaScript string.
fn with_key<T>(name: &'static str, read: impl FnOnce(&JsValue) -> T) -> T {
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        let at = match keys.iter().position(|(known, _)| *known == name) {
            Some(at) => at,
            None => {
                keys.push((name, JsValue::from_str(name)));
                keys.len() - 1
            }
        };
        read(&keys[at].1)
    })
}

/// An object's fields.
struct Fields(JsValue);

impl Fields {
    /// `value` as an object; `name` says what it is in an error.
    fn of(value: JsValue, name: &str) -> Read<Fields> {
        if value.is_object() {
            Ok(Fields(value))
        } else {
            Err(cannot_read(name))
        }
    }

    /// The field's value, `None` when the field is missing.
    fn get(&self, name: &'static str) -> Option<JsValue> {
        with_key(name, |key| {
            let value = self.0.unchecked_ref::<Object>().get(key);
            if value.is_undefined() && !Reflect::has(&self.0, key).unwrap_or(false) {
                None
            } else {
                Some(value)
            }
        })
    }

    fn required<T>(&self, name: &'static str, read: fn(JsValue) -> Option<T>) -> Read<T> {
        self.get(name)
            .and_then(read)
            .ok_or_else(|| cannot_read(name))
    }

    /// A field that may be missing or `null`.
    fn optional<T>(&self, name: &'static str, read: fn(JsValue) -> Option<T>) -> Read<Option<T>> {
        match self.get(name) {
            Some(value) if !value.loose_eq(&JsValue::NULL) => {
                read(value).map(Some).ok_or_else(|| cannot_read(name))
            }
            _ => Ok(None),
        }
    }

    /// A field that takes its default when missing.
    fn or_default<T: Default>(
        &self,
        name: &'static str,
        read: fn(JsValue) -> Option<T>,
    ) -> Read<T> {
        match self.get(name) {
            Some(value) => read(value).ok_or_else(|| cannot_read(name)),
            None => Ok(T::default()),
        }
    }

    fn object<T>(&self, name: &'static str, read: fn(Fields) -> Read<T>) -> Read<T> {
        read(Fields::of(
            self.get(name).ok_or_else(|| cannot_read(name))?,
            name,
        )?)
    }

    fn list<T>(&self, name: &'static str, read: fn(Fields) -> Read<T>) -> Read<Vec<T>> {
        list(self.get(name).ok_or_else(|| cannot_read(name))?, name, read)
    }
}

/// `{id, published, metadata_date, file_date, line_overrides}`, every field optional.
pub fn options(value: JsValue) -> Read<ArticleOptions> {
    let options = Fields::of(value, "options")?;
    let line_overrides = match options.get("line_overrides") {
        Some(value) => list(value, "line_overrides", |verdict| {
            Ok(LineVerdict {
                start: verdict.required("start", whole)?,
                end: verdict.required("end", whole)?,
                boilerplate: verdict.required("boilerplate", flag)?,
            })
        })?,
        None => Vec::new(),
    };
    Ok(ArticleOptions {
        id: options.optional("id", string)?,
        published: options.optional("published", string)?,
        metadata_date: options.optional("metadata_date", string)?,
        file_date: options.optional("file_date", string)?,
        line_overrides,
    })
}

/// `[{text, analysis}]`: articles analysed earlier, as the corpus keeps them.
/// Only what the merge reads is read: an analysis's dates and boilerplate are
/// not, and the text only until its figures' sentences are quoted from it.
pub fn kept(value: JsValue) -> Read<Vec<Kept>> {
    list(value, "articles", |article| {
        let text = article.required("text", string)?;
        Ok(Kept::new(&text, article.object("analysis", analysis)?))
    })
}

/// An analysis as `analyze` wrote it, without what the merge does not read
/// (`boilerplate`, `undated`); the dates tell when each figure stood.
fn analysis(analysis: Fields) -> Read<Analysis> {
    Ok(Analysis {
        id: analysis.required("id", string)?,
        title: analysis.required("title", string)?,
        published: analysis.object("published", published)?,
        boilerplate: Vec::new(),
        entities: analysis.list("entities", entity)?,
        dates: analysis.list("dates", date)?,
        figures: analysis.list("figures", figure)?,
        events: analysis.list("events", event)?,
        undated: Vec::new(),
    })
}

fn published(published: Fields) -> Read<Published> {
    Ok(Published {
        value: published.optional("value", string)?,
        source: published.required("source", named)?,
        evidence: published.optional("evidence", string)?,
    })
}

fn entity(entity: Fields) -> Read<Entity> {
    Ok(Entity {
        start: entity.required("start", whole)?,
        end: entity.required("end", whole)?,
        text: entity.required("text", string)?,
        kind: entity.required("type", named)?,
        canonical: entity.required("canonical", string)?.into(),
    })
}

fn date(date: Fields) -> Read<DateMention> {
    Ok(DateMention {
        start: date.required("start", whole)?,
        end: date.required("end", whole)?,
        text: date.required("text", string)?,
        value: date.required("value", string)?,
        kind: date.required("type", named)?,
    })
}

fn figure(figure: Fields) -> Read<Figure> {
    Ok(Figure {
        start: figure.required("start", whole)?,
        end: figure.required("end", whole)?,
        text: figure.required("text", string)?,
        value: figure.required("value", number)?,
        value_max: figure.optional("value_max", number)?,
        qualifier: figure.required("qualifier", named)?,
        unit: figure.required("unit", string)?,
        category: figure.required("category", named)?,
        source: figure.optional("source", string)?,
        status: figure.or_default("status", named)?,
        sentence: figure.optional("sentence", |v| {
            let span = Fields::of(v, "sentence").ok()?;
            Some(CodePointSpan {
                start: span.required("start", whole).ok()?,
                end: span.required("end", whole).ok()?,
            })
        })?,
        headline: figure.or_default("headline", flag)?,
    })
}

fn event(event: Fields) -> Read<Event> {
    Ok(Event {
        date: event.required("date", string)?,
        start: event.required("start", whole)?,
        end: event.required("end", whole)?,
        text: event.required("text", string)?,
    })
}

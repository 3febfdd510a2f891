//! A serde `Deserializer` over [`Node`], so the model's derived types load
//! straight from the positioned tree and every error carries the position
//! of the node that caused it.
//!
//! Unknown keys of a struct are reported (with the closest valid name) and
//! skipped rather than aborting, so one pass finds them all.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::core::{self, Core};
use super::node::{Kind, Node, Pos, Style};
use crate::domain::types::{is_slug, ID_NEWTYPE};
use crate::t;

#[derive(Clone, Debug, PartialEq)]
pub struct DeError {
    pub message: String,
    pub pos: Option<Pos>,
    pub code: &'static str,
    /// The missing field, for `missing-field` errors; the field suggested
    /// instead, for `unknown-field` errors.
    pub field: Option<&'static str>,
    /// Already explained by another error (a misspelt key that stands for
    /// the missing field): the item is still broken, but not reported twice.
    pub silent: bool,
}

impl DeError {
    fn new(code: &'static str, message: String) -> DeError {
        DeError {
            message,
            pos: None,
            code,
            field: None,
            silent: false,
        }
    }

    fn at(mut self, pos: Pos) -> DeError {
        self.pos.get_or_insert(pos);
        self
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

/// The closest of `candidates` to `word`, when it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// The words for what a field expects, when the catalogue has them
/// (`a whole number`, `an id`, …); other descriptions as serde gives them.
fn expected_words(what: &str) -> String {
    let id = match what {
        "a whole number" => "de-expect-whole",
        "a whole number from 0 to 255" => "de-expect-byte",
        "a whole number from 0 to 65535" => "de-expect-u16",
        "a whole number of 0 or more" => "de-expect-u32",
        "a number" => "de-expect-number",
        "true or false" => "de-expect-bool",
        "a string" => "de-expect-text",
        "an id" => "de-expect-id",
        "a sequence" | "a list" => "de-expect-list",
        "a map" | "a mapping" => "de-expect-mapping",
        "a single word" => "de-expect-word",
        _ => return what.to_string(),
    };
    crate::i18n::message(id, None)
}

fn one_of(expected: &[&str]) -> String {
    expected
        .iter()
        .map(|e| format!("`{e}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        // The value types of the model (ids, dates, durations) explain
        // themselves in their message; give each its own code.
        let message = msg.to_string();
        let code = if message.contains(&t!("types-not-an-id")) {
            "bad-id"
        } else if message.contains(&t!("types-not-a-date")) {
            "bad-date"
        } else if message.contains(&t!("types-not-a-duration")) {
            "bad-duration"
        } else {
            "invalid-value"
        };
        DeError::new(code, message)
    }

    fn invalid_type(unexp: de::Unexpected, exp: &dyn de::Expected) -> Self {
        let found = match unexp {
            de::Unexpected::Str(s) if s.chars().count() > 60 => t!(
                "de-found-long-text",
                start = s.chars().take(40).collect::<String>(),
                count = s.chars().count()
            ),
            de::Unexpected::Str(s) => format!("`{s}`"),
            de::Unexpected::Seq => t!("de-found-list"),
            de::Unexpected::Map => t!("de-found-mapping"),
            de::Unexpected::Unit => t!("de-found-nothing"),
            other => other.to_string(),
        };
        let expected = expected_words(&exp.to_string());
        DeError::new(
            "wrong-type",
            t!("de-wrong-type", expected = expected, found = found),
        )
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        let best = closest(field, expected.iter().copied());
        let message = match best {
            _ if field.trim().is_empty() => t!("de-field-without-name", fields = one_of(expected)),
            Some(best) => t!("de-unknown-field-near", field = field, best = best),
            None => t!("de-unknown-field", field = field, fields = one_of(expected)),
        };
        let mut e = DeError::new("unknown-field", message);
        e.field = best.filter(|_| !field.trim().is_empty());
        e
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        let values = one_of(expected);
        let message = match closest(variant, expected.iter().copied()) {
            Some(best) => t!(
                "de-not-one-of-near",
                value = variant,
                values = values,
                best = best
            ),
            None => t!("de-not-one-of", value = variant, values = values),
        };
        DeError::new("bad-value", message)
    }

    fn missing_field(field: &'static str) -> Self {
        let mut e = DeError::new("missing-field", t!("de-missing-field", field = field));
        e.field = Some(field);
        e
    }
}

/// Errors that do not stop loading (unknown keys), gathered while loading.
#[derive(Default)]
pub struct Sink {
    errors: RefCell<Vec<DeError>>,
}

impl Sink {
    pub fn into_errors(self) -> Vec<DeError> {
        self.errors.into_inner()
    }

    pub fn push(&self, error: DeError) {
        self.errors.borrow_mut().push(error);
    }

    fn len(&self) -> usize {
        self.errors.borrow().len()
    }

    /// Whether an unknown-field error since `from` suggested `field`.
    fn suggested_since(&self, from: usize, field: &str) -> bool {
        self.errors.borrow()[from..]
            .iter()
            .any(|e| e.code == "unknown-field" && e.field == Some(field))
    }
}

/// Deserializes `T` from `node` (`None` reads as an empty mapping).
pub fn from_node<T: de::DeserializeOwned>(node: Option<&Node>, sink: &Sink) -> Result<T, DeError> {
    match node {
        Some(node) => T::deserialize(De {
            node,
            sink,
            hollow: &[],
            skip: &[],
        }),
        None => T::deserialize(EmptyMap),
    }
}

/// Like [`from_node`], but the values of the `hollow` top-level keys read as
/// empty lists: the caller loads their items one by one, so that one broken
/// item does not hide the others.
pub fn from_node_hollow<T: de::DeserializeOwned>(
    node: &Node,
    hollow: &[&str],
    sink: &Sink,
) -> Result<T, DeError> {
    T::deserialize(De {
        node,
        sink,
        hollow,
        skip: &[],
    })
}

/// Deserializes `T` from `node` and, when a value is wrong, goes on
/// checking the item's other values with the wrong ones left out, so that
/// one pass reports every wrong value of the item. Returns the item, or
/// every error found (the first is the one that made it fail).
pub fn from_node_all_errors<T: de::DeserializeOwned>(
    node: &Node,
    sink: &Sink,
) -> Result<T, Vec<DeError>> {
    let mut skip: Vec<Pos> = Vec::new();
    let mut errors: Vec<DeError> = Vec::new();
    loop {
        // Unknown keys are reported once, on the first pass.
        let scratch = Sink::default();
        let pass_sink = if errors.is_empty() { sink } else { &scratch };
        let result = T::deserialize(De {
            node,
            sink: pass_sink,
            hollow: &[],
            skip: &skip,
        });
        match result {
            Ok(v) if errors.is_empty() => return Ok(v),
            Ok(_) => return Err(errors),
            Err(e) => {
                // A required field reads as missing because its wrong value
                // was left out: already reported.
                if e.silent && !errors.is_empty() {
                    return Err(errors);
                }
                let key = match e.code {
                    "missing-field" => None,
                    _ => e.pos.and_then(|p| key_holding(node, p)),
                };
                errors.push(e);
                match key {
                    Some(k) if errors.len() < 16 && !skip.contains(&k) => skip.push(k),
                    _ => return Err(errors),
                }
            }
        }
    }
}

/// The position of the innermost key whose entry holds `pos`.
fn key_holding(node: &Node, pos: Pos) -> Option<Pos> {
    let mut found = None;
    let mut current = node;
    loop {
        let next = match &current.kind {
            Kind::Map(pairs) => pairs
                .iter()
                .rev()
                .find(|(k, _)| k.start <= pos)
                .map(|(k, v)| {
                    found = Some(k.start);
                    v
                }),
            Kind::Seq(items) => items.iter().rev().find(|i| i.start <= pos),
            Kind::Scalar(..) => None,
        };
        match next {
            Some(n) if n.start <= pos && !std::ptr::eq(n, current) => current = n,
            _ => return found,
        }
    }
}

#[derive(Clone, Copy)]
struct De<'a> {
    node: &'a Node,
    sink: &'a Sink,
    hollow: &'a [&'a str],
    /// Keys (by position) to read as absent: their values were already
    /// reported as wrong, and the rest of the item is being checked.
    skip: &'a [Pos],
}

/// The name of the key at `pos`, when it is one of `node`'s keys.
fn skipped_key(node: &Node, pos: Pos) -> Option<&str> {
    match &node.kind {
        Kind::Map(pairs) => pairs
            .iter()
            .find(|(k, _)| k.start == pos)
            .and_then(|(k, _)| k.as_scalar()),
        _ => None,
    }
}

impl<'a> De<'a> {
    fn child(self, node: &'a Node) -> De<'a> {
        De {
            node,
            sink: self.sink,
            hollow: &[],
            skip: self.skip,
        }
    }

    /// The scalar's text and what it means under YAML 1.2's core schema
    /// (its tag, when it has one); `None` for a list or mapping.
    fn scalar(&self) -> Option<(&'a str, Core)> {
        match &self.node.kind {
            Kind::Scalar(text, Style::Plain) => Some((text, core::resolve_plain(text))),
            // The parser checked the text against its tag.
            Kind::Scalar(text, Style::Tagged(tag)) => {
                Some((text, tag.resolve(text).unwrap_or(Core::Str)))
            }
            Kind::Scalar(text, Style::Quoted | Style::Block) => Some((text, Core::Str)),
            _ => None,
        }
    }

    fn unexpected(&self) -> de::Unexpected<'a> {
        match &self.node.kind {
            _ if self.node.is_null() => de::Unexpected::Unit,
            Kind::Scalar(text, _) => de::Unexpected::Str(text),
            Kind::Seq(_) => de::Unexpected::Seq,
            Kind::Map(_) => de::Unexpected::Map,
        }
    }

    /// A whole number. A float with no fraction (`95.0`, `1e2`) counts, as
    /// it does for JSON Schema's `integer`, so the loader and the schemas
    /// agree; `95.5` is refused, not rounded.
    fn integer<T: TryFrom<i128>>(&self, what: &'static str) -> Result<T, DeError> {
        let wrong = || de::Error::invalid_type(self.unexpected(), &what);
        let out_of_range = |text: &str| {
            let expected = expected_words(what);
            DeError::new(
                "invalid-value",
                t!("de-out-of-range", text = text, expected = expected),
            )
        };
        let (text, value) = self.scalar().ok_or_else(wrong)?;
        let n = match value {
            Core::Int(Some(n)) => n,
            Core::Int(None) => return Err(out_of_range(text)),
            // Every f64 of magnitude below 2^127 converts exactly.
            Core::Float(f) if f.fract() == 0.0 && f.abs() < 1.7e38 => f as i128,
            Core::Float(f) if f.is_finite() && f.fract() == 0.0 => return Err(out_of_range(text)),
            Core::Float(f) if f.is_finite() => {
                let expected = expected_words(what);
                let message = t!("de-not-whole", text = text, expected = expected);
                return Err(DeError::new("wrong-type", message));
            }
            Core::Float(_) => return Err(not_finite(text, what)),
            Core::Str => return Err(with_yaml_hint(wrong(), text)),
            Core::Null | Core::Bool(_) => return Err(wrong()),
        };
        T::try_from(n).map_err(|_| out_of_range(text))
    }

    /// A finite number: plan numbers are compared, charted and written
    /// back, which `.inf` and `.nan` cannot be.
    fn float(&self) -> Result<f64, DeError> {
        let what = "a number";
        let wrong = || de::Error::invalid_type(self.unexpected(), &what);
        let (text, value) = self.scalar().ok_or_else(wrong)?;
        let f = match value {
            Core::Int(Some(n)) => n as f64,
            // Beyond i128: a decimal still reads as an f64, maybe an infinite one.
            Core::Int(None) => text.parse::<f64>().unwrap_or(f64::INFINITY),
            Core::Float(f) => f,
            Core::Str => return Err(with_yaml_hint(wrong(), text)),
            Core::Null | Core::Bool(_) => return Err(wrong()),
        };
        if !f.is_finite() {
            return Err(not_finite(text, what));
        }
        if f.abs() > MAX_MAGNITUDE {
            return Err(DeError::new(
                "invalid-value",
                t!("de-too-large", text = text),
            ));
        }
        Ok(f)
    }

    /// When `self` is a scalar that YAML reads as something other than
    /// text, what it reads as.
    fn reads_as(&self) -> Option<&'static str> {
        match self.scalar()?.1 {
            Core::Int(_) | Core::Float(_) => Some("a number"),
            Core::Bool(_) => Some("true or false"),
            Core::Null | Core::Str => None,
        }
    }
}

/// The largest magnitude of a plan number: that of a reading, the bound
/// `record` and `import` keep, so that charts, sums and differences stay
/// finite and exact to the cent.
const MAX_MAGNITUDE: f64 = crate::domain::readings::MAX_MAGNITUDE;

fn not_finite(text: &str, what: &str) -> DeError {
    let expected = expected_words(what);
    DeError::new(
        "invalid-value",
        t!("de-not-finite", text = text, expected = expected),
    )
}

/// Text that a person may have meant as a number (`6_2`, `1,000`): YAML
/// 1.2 reads it as text, so say so.
fn with_yaml_hint(mut e: DeError, text: &str) -> DeError {
    let bare: String = text.chars().filter(|c| !matches!(c, '_' | ',')).collect();
    if bare != text && core::float(&bare).is_some_and(f64::is_finite) {
        e.message
            .push_str(&t!("de-number-as-text", text = text, bare = bare));
    }
    e
}

macro_rules! integer_methods {
    ($($method:ident $visit:ident $ty:ty, $what:expr;)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
            let n: $ty = self.integer($what).map_err(|e: DeError| e.at(self.node.start))?;
            visitor.$visit(n).map_err(|e: DeError| e.at(self.node.start))
        }
    )*};
}

impl<'de> de::Deserializer<'de> for De<'_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let result = match (&self.node.kind, self.scalar()) {
            (_, Some((_, Core::Null))) => visitor.visit_unit(),
            (_, Some((_, Core::Bool(b)))) => visitor.visit_bool(b),
            (_, Some((_, Core::Int(Some(n))))) => match (i64::try_from(n), u64::try_from(n)) {
                (Ok(i), _) => visitor.visit_i64(i),
                (_, Ok(u)) => visitor.visit_u64(u),
                _ => visitor.visit_f64(n as f64),
            },
            (_, Some((text, Core::Int(None)))) => match text.parse::<f64>() {
                Ok(f) if f.is_finite() => visitor.visit_f64(f),
                _ => visitor.visit_str(text),
            },
            (_, Some((_, Core::Float(f)))) if f.is_finite() => visitor.visit_f64(f),
            // JSON has no infinity or NaN: such a value is kept as written
            // rather than turned into null. A number field refuses it anyway.
            (_, Some((text, _))) => visitor.visit_str(text),
            (Kind::Seq(_), None) => self.deserialize_seq(visitor),
            (_, None) => self.deserialize_map(visitor),
        };
        result.map_err(|e: DeError| e.at(self.node.start))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.scalar() {
            Some((_, Core::Bool(b))) => visitor.visit_bool(b),
            Some((text, Core::Str)) if core::is_yaml11_boolean(text) => Err(DeError::new(
                "wrong-type",
                t!("de-yaml11-bool", text = text),
            )),
            _ => Err(de::Error::invalid_type(self.unexpected(), &"true or false")),
        }
        .map_err(|e: DeError| e.at(self.node.start))
    }

    integer_methods! {
        deserialize_i8 visit_i8 i8, "a whole number";
        deserialize_i16 visit_i16 i16, "a whole number";
        deserialize_i32 visit_i32 i32, "a whole number";
        deserialize_i64 visit_i64 i64, "a whole number";
        deserialize_u8 visit_u8 u8, "a whole number from 0 to 255";
        deserialize_u16 visit_u16 u16, "a whole number from 0 to 65535";
        deserialize_u32 visit_u32 u32, "a whole number of 0 or more";
        deserialize_u64 visit_u64 u64, "a whole number of 0 or more";
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let v = self.float().map_err(|e: DeError| e.at(self.node.start))?;
        visitor
            .visit_f64(v)
            .map_err(|e: DeError| e.at(self.node.start))
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Scalar(text, _) if !self.node.is_null() => visitor.visit_str(text),
            _ => Err(de::Error::invalid_type(self.unexpected(), &"text")),
        }
        .map_err(|e: DeError| e.at(self.node.start))
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.node.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
        .map_err(|e: DeError| e.at(self.node.start))
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        // Free text takes any scalar as written (`title: 2026` is the text
        // "2026"), but an id is a name other tools join on: one that YAML
        // reads as a number or a boolean would be 2026 to them, so it must
        // be quoted, as the `Id` JSON Schema (a string) says too.
        if name == ID_NEWTYPE {
            let typed = self.reads_as().zip(self.scalar());
            if let Some((what, (text, _))) = typed.filter(|(_, (t, _))| is_slug(t)) {
                let what = expected_words(what);
                let message = t!("de-id-reads-as", text = text, what = what);
                return Err(DeError::new("bad-id", message).at(self.node.start));
            }
        }
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Seq(items) => visitor.visit_seq(SeqAccess {
                de: self,
                items: items.iter(),
            }),
            _ if self.node.is_null() => visitor.visit_seq(SeqAccess {
                de: self,
                items: [].iter(),
            }),
            _ => Err(de::Error::invalid_type(self.unexpected(), &"a list")),
        }
        .map_err(|e: DeError| e.at(self.node.start))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.map_with_fields(None, visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.map_with_fields(Some(fields), visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Scalar(text, _) if !self.node.is_null() => {
                let variant: de::value::StrDeserializer<'_, DeError> =
                    text.as_str().into_deserializer();
                visitor.visit_enum(UnitEnum(variant))
            }
            _ => Err(de::Error::invalid_type(
                self.unexpected(),
                &"one of the listed words",
            )),
        }
        .map_err(|e: DeError| e.at(self.node.start))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }
}

impl<'a> De<'a> {
    fn map_with_fields<'de, V: Visitor<'de>>(
        self,
        fields: Option<&'static [&'static str]>,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let before = self.sink.len();
        self.visit_mapping(fields, visitor).map_err(|mut e| {
            if let Some(field) = e.field.filter(|_| e.code == "missing-field") {
                if self.sink.suggested_since(before, field)
                    || self
                        .skip
                        .iter()
                        .any(|p| skipped_key(self.node, *p) == Some(field))
                {
                    e.silent = true;
                }
            }
            e
        })
    }

    fn visit_mapping<'de, V: Visitor<'de>>(
        self,
        fields: Option<&'static [&'static str]>,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Map(pairs) => visitor.visit_map(MapAccess {
                de: self,
                pairs: pairs.iter(),
                fields,
                value: None,
            }),
            _ if self.node.is_null() => visitor.visit_map(MapAccess {
                de: self,
                pairs: [].iter(),
                fields,
                value: None,
            }),
            _ => Err(de::Error::invalid_type(
                self.unexpected(),
                &"a mapping of `key: value` lines",
            )),
        }
        .map_err(|e: DeError| e.at(self.node.start))
    }
}

struct SeqAccess<'a> {
    de: De<'a>,
    items: std::slice::Iter<'a, Node>,
}

impl<'de> de::SeqAccess<'de> for SeqAccess<'_> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        match self.items.next() {
            Some(node) => seed
                .deserialize(self.de.child(node))
                .map(Some)
                .map_err(|e: DeError| e.at(node.start)),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapAccess<'a> {
    de: De<'a>,
    pairs: std::slice::Iter<'a, (Node, Node)>,
    fields: Option<&'static [&'static str]>,
    value: Option<&'a Node>,
}

impl<'de> de::MapAccess<'de> for MapAccess<'_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        for (key, value) in self.pairs.by_ref() {
            if self.de.skip.contains(&key.start) {
                continue;
            }
            let name = key.as_scalar().unwrap_or_default();
            if let Some(fields) = self.fields {
                if !fields.contains(&name) {
                    let error: DeError = de::Error::unknown_field(name, fields);
                    self.de.sink.push(error.at(key.start));
                    continue;
                }
            }
            self.value = Some(value);
            return seed.deserialize(self.de.child(key)).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let value = self
            .value
            .take()
            .ok_or_else(|| DeError::new("internal", "value asked before key".into()))?;
        let key_is_hollow = self.de.hollow.iter().any(|h| {
            self.de
                .node
                .entry(h)
                .is_some_and(|(_, v)| std::ptr::eq(v, value))
        });
        if key_is_hollow {
            return seed.deserialize(EmptySeq);
        }
        seed.deserialize(self.de.child(value))
            .map_err(|e: DeError| e.at(value.start))
    }
}

struct UnitEnum<'a>(de::value::StrDeserializer<'a, DeError>);

impl<'de, 'a> de::EnumAccess<'de> for UnitEnum<'a> {
    type Error = DeError;
    type Variant = UnitOnly;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, UnitOnly), DeError> {
        seed.deserialize(self.0).map(|v| (v, UnitOnly))
    }
}

struct UnitOnly;

impl<'de> de::VariantAccess<'de> for UnitOnly {
    type Error = DeError;

    fn unit_variant(self) -> Result<(), DeError> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _seed: T) -> Result<T::Value, DeError> {
        Err(DeError::new("wrong-type", t!("de-expected-word")))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, _visitor: V) -> Result<V::Value, DeError> {
        Err(DeError::new("wrong-type", t!("de-expected-word")))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, DeError> {
        Err(DeError::new("wrong-type", t!("de-expected-word")))
    }
}

/// Stands for a missing document or a hollowed-out list.
struct EmptyMap;
struct EmptySeq;

impl<'de> de::Deserializer<'de> for EmptyMap {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_map(de::value::MapDeserializer::new(std::iter::empty::<(
            &str,
            &str,
        )>()))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de> de::Deserializer<'de> for EmptySeq {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_seq(de::value::SeqDeserializer::new(std::iter::empty::<&str>()))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::super::node::parse;
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Item {
        id: String,
        #[serde(default)]
        count: Option<u8>,
        #[serde(default)]
        done: bool,
        #[serde(default)]
        tags: Vec<String>,
    }

    fn load(text: &str) -> (Result<Item, DeError>, Vec<DeError>) {
        let root = parse(text).unwrap();
        let sink = Sink::default();
        let item = from_node::<Item>(root.as_ref(), &sink);
        (item, sink.into_errors())
    }

    #[test]
    fn loads_typed_values() {
        let (item, errors) = load("id: x\ncount: 3\ndone: true\ntags: [a, b]\n");
        assert_eq!(
            item.unwrap(),
            Item {
                id: "x".into(),
                count: Some(3),
                done: true,
                tags: vec!["a".into(), "b".into()]
            }
        );
        assert!(errors.is_empty());
    }

    #[test]
    fn wrong_type_points_at_the_value() {
        let (item, _) = load("id: x\ncount: lots\n");
        let err = item.unwrap_err();
        assert_eq!(err.pos, Some(Pos { line: 2, col: 8 }));
        assert_eq!(err.code, "wrong-type");
        assert!(err.message.contains("found `lots`"), "{}", err.message);
    }

    #[test]
    fn unknown_field_is_suggested_and_skipped() {
        let (item, errors) = load("id: x\ndoen: true\n");
        assert!(item.is_ok());
        assert_eq!(
            errors[0].message,
            "unknown field `doen`: did you mean `done`?"
        );
        assert_eq!(errors[0].pos, Some(Pos { line: 2, col: 1 }));
    }

    #[test]
    fn an_empty_key_is_named_as_such() {
        let (item, errors) = load("id: x\n\"\": true\n");
        assert!(item.is_ok());
        assert!(
            errors[0]
                .message
                .starts_with("a field without a name: write the field's name before the colon"),
            "{}",
            errors[0].message
        );
        assert!(
            errors[0].message.contains("`done`"),
            "{}",
            errors[0].message
        );
        assert_eq!(errors[0].pos, Some(Pos { line: 2, col: 1 }));
    }

    #[test]
    fn missing_field_points_at_the_mapping() {
        let (item, _) = load("count: 1\n");
        let err = item.unwrap_err();
        assert_eq!(err.code, "missing-field");
        assert_eq!(err.pos, Some(Pos { line: 1, col: 1 }));
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Typed {
        #[serde(default)]
        id: Option<crate::domain::types::Id>,
        #[serde(default)]
        text: Option<String>,
        #[serde(default)]
        count: Option<u8>,
        #[serde(default)]
        value: Option<f64>,
        #[serde(default)]
        done: Option<bool>,
    }

    fn typed(text: &str) -> Result<Typed, DeError> {
        let root = parse(text).unwrap();
        from_node::<Typed>(root.as_ref(), &Sink::default())
    }

    fn typed_err(text: &str) -> String {
        let err = typed(text).unwrap_err();
        assert_eq!(err.pos.map(|p| p.line), Some(1), "{text}: {err:?}");
        err.message
    }

    #[test]
    fn str_tags_are_text_whatever_they_look_like() {
        assert_eq!(
            typed("text: !!str null").unwrap().text.as_deref(),
            Some("null")
        );
        assert_eq!(
            typed("text: !!str 2026").unwrap().text.as_deref(),
            Some("2026")
        );
        assert_eq!(typed("text: !!str").unwrap().text.as_deref(), Some(""));
        assert_eq!(typed("text: !!null ~").unwrap().text, None);
        assert!(typed_err("value: !!str null").contains("expected a number, found `null`"));
        assert!(typed_err("count: !!str 12").contains("found `12`"));
        assert!(typed_err("done: !!str true").contains("expected true or false"));
        assert_eq!(typed("count: !!int \"12\"").unwrap().count, Some(12));
        assert_eq!(typed("value: !!float 12").unwrap().value, Some(12.0));
    }

    #[test]
    fn numbers_follow_yaml_1_2_core() {
        let count = |t: &str| typed(&format!("count: {t}")).map(|v| v.count);
        assert_eq!(count("0x1F"), Ok(Some(31)));
        assert_eq!(count("0o17"), Ok(Some(15)));
        assert_eq!(count("+12"), Ok(Some(12)));
        assert_eq!(count("95.0"), Ok(Some(95)));
        assert_eq!(count("1e2"), Ok(Some(100)));
        assert!(typed_err("count: 95.5").contains("`95.5` is not a whole number"));
        assert!(typed_err("count: 1e3").contains("out of range"));
        assert!(typed_err("count: -1").contains("out of range"));
        let underscore = typed_err("count: 6_2");
        assert!(underscore.contains("found `6_2`"), "{underscore}");
        assert!(
            underscore.contains("write the number without `_`"),
            "{underscore}"
        );
        assert!(typed_err("count: _62").contains("found `_62`"));
        assert!(typed_err("count: \"62\"").contains("found `62`"));
        let value = |t: &str| typed(&format!("value: {t}")).map(|v| v.value);
        assert_eq!(value(".5"), Ok(Some(0.5)));
        assert_eq!(value("-1e3"), Ok(Some(-1000.0)));
        assert_eq!(value("0x10"), Ok(Some(16.0)));
        assert_eq!(value("~"), Ok(None));
        for bad in [".inf", "-.Inf", ".NaN", "1e400"] {
            let message = typed_err(&format!("value: {bad}"));
            assert!(message.contains("not a finite number"), "{bad}: {message}");
        }
        for text in ["inf", "NaN", "6_2", "1,5"] {
            assert!(typed(&format!("value: {text}")).is_err(), "{text}");
        }
    }

    #[test]
    fn booleans_and_nulls_follow_yaml_1_2_core() {
        let done = |t: &str| typed(&format!("done: {t}")).map(|v| v.done);
        for (text, want) in [
            ("true", true),
            ("True", true),
            ("TRUE", true),
            ("False", false),
        ] {
            assert_eq!(done(text), Ok(Some(want)), "{text}");
        }
        for null in ["", "~", "null", "Null", "NULL"] {
            assert_eq!(done(null), Ok(None), "{null:?}");
        }
        for word in ["yes", "No", "on", "OFF"] {
            let message = typed_err(&format!("done: {word}"));
            assert!(message.contains("write true or false"), "{word}: {message}");
        }
        assert!(typed_err("done: tRUE").contains("expected true or false"));
        assert!(typed_err("done: \"true\"").contains("expected true or false"));
    }

    #[test]
    fn text_takes_any_scalar_as_written_but_an_id_must_not_read_as_a_number() {
        for text in ["2026", "0x1F", "1e3", "True", "yes", ".inf", "_62"] {
            let v = typed(&format!("text: {text}")).unwrap();
            assert_eq!(v.text.as_deref(), Some(text));
        }
        for id in ["2026", "1e3", "0x1f", "true"] {
            let err = typed(&format!("id: {id}")).unwrap_err();
            assert_eq!(err.code, "bad-id");
            assert!(
                err.message
                    .contains(&format!("write it in quotes, \"{id}\"")),
                "{}",
                err.message
            );
        }
        assert!(typed("id: 1.5")
            .unwrap_err()
            .message
            .contains("is not a valid id"));
        for ok in ["\"2026\"", "'2026'", "!!str 2026", "2026-q1", "yes"] {
            assert!(typed(&format!("id: {ok}")).unwrap().id.is_some(), "{ok}");
        }
    }

    #[test]
    fn values_read_for_json_are_typed_as_yaml_1_2_types_them() {
        let root =
            parse("[1, 0x1F, 1.5, 95.0, True, yes, ~, !!str 3, 6_2, .inf, \"4\"]\n").unwrap();
        let v: serde_json::Value = from_node(root.as_ref(), &Sink::default()).unwrap();
        assert_eq!(
            v,
            serde_json::json!([1, 31, 1.5, 95.0, true, "yes", null, "3", "6_2", ".inf", "4"])
        );
    }

    #[test]
    fn out_of_range_integer() {
        let (item, _) = load("id: x\ncount: 300\n");
        assert!(item.unwrap_err().message.contains("out of range"));
    }
}

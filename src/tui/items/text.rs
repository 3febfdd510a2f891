//! A field of an item as the text a form shows, and the text typed back
//! into the item's JSON, checked as the YAML file would be.

use serde_json::{json, Value};

use super::fields::Field;
use super::fields::FieldKind::*;

/// The value of a dotted field (`baseline.value`) as text for a form.
pub fn field_text(value: &Value, key: &str) -> String {
    let mut v = value;
    for part in key.split('.') {
        match v.get(part) {
            Some(x) => v = x,
            None => return String::new(),
        }
    }
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        // 76, not the 76.0 JSON writes for a whole number read as a float.
        Value::Number(n) => n
            .as_f64()
            .map_or_else(|| n.to_string(), crate::present::number::plain),
        Value::Array(items) => items
            .iter()
            .map(|x| {
                x.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| x.to_string())
            })
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// A field's value as form text: like [`field_text`], with one sentence
/// per line for a list of sentences.
pub fn form_text(value: &Value, field: &Field) -> String {
    match (field.kind, lookup(value, field.key)) {
        (Lines, Some(Value::Array(items))) => items
            .iter()
            .map(|x| {
                x.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| x.to_string())
            })
            .collect::<Vec<_>>()
            .join("\n"),
        (Range, Some(Value::Array(items))) => items
            .iter()
            .map(|x| {
                x.as_f64()
                    .map_or_else(|| x.to_string(), crate::present::number::plain)
            })
            .collect::<Vec<_>>()
            .join(" "),
        _ => field_text(value, field.key),
    }
}

fn lookup<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    key.split('.').try_fold(value, |v, part| v.get(part))
}

/// Sets a dotted field from form text; an empty text removes the field.
pub fn set_field(value: &mut Value, field: &Field, text: &str) -> Result<(), String> {
    // Long text is kept exactly (its final newline included); the rest is one line.
    let raw = text;
    let text = text.trim_end_matches('\n');
    let parsed: Option<Value> = if text.trim().is_empty() {
        None
    } else {
        Some(match field.kind {
            Number => {
                let n = crate::domain::readings::parse_value(text)?;
                json!(n)
            }
            Whole => json!(text
                .trim()
                .parse::<u64>()
                .map_err(|_| crate::t!("tui-err-not-whole", text = text))?),
            Bool => json!(matches!(text.trim(), "true" | "yes" | "y" | "x")),
            Date => {
                crate::domain::types::Date::parse(text.trim())?;
                json!(text.trim())
            }
            Duration => {
                crate::domain::types::Every::parse(text.trim())?;
                json!(text.trim())
            }
            Refs(_) => {
                let ids: Vec<&str> = text
                    .split([',', ' '])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect();
                if let Some(j) = (1..ids.len()).find(|&j| ids[..j].contains(&ids[j])) {
                    return Err(crate::t!("tui-err-listed-twice", id = ids[j]));
                }
                json!(ids)
            }
            Dates => {
                let mut dates = Vec::new();
                for part in text
                    .split([',', ' '])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                {
                    crate::domain::types::Date::parse(part)
                        .map_err(|e| format!("`{part}`: {e}"))?;
                    dates.push(part);
                }
                json!(dates)
            }
            Words => json!(text
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()),
            Lines => json!(text
                .lines()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()),
            Range => {
                let ends: Vec<&str> = text.split_whitespace().collect();
                let [low, high] = ends[..] else {
                    return Err(crate::t!("tui-err-range"));
                };
                let low = crate::domain::readings::parse_value(low)?;
                let high = crate::domain::readings::parse_value(high)?;
                json!([low, high])
            }
            Choice(options) => {
                if !options.contains(&text.trim()) {
                    return Err(crate::t!(
                        "tui-err-choose-one",
                        options = options.join(", ")
                    ));
                }
                json!(text.trim())
            }
            Text | Ref(_) => json!(text.trim()),
            LongText => json!(raw),
        })
    };
    if parsed.is_none() && field.required {
        return Err(crate::t!(
            "tui-err-required",
            field = super::field_label(field.key)
        ));
    }
    let parts: Vec<&str> = field.key.split('.').collect();
    let mut target = value;
    for part in &parts[..parts.len() - 1] {
        if !target.get(*part).is_some_and(Value::is_object) {
            target[*part] = json!({});
        }
        target = &mut target[*part];
    }
    let last = parts[parts.len() - 1];
    match (parsed, target.as_object_mut()) {
        (Some(v), Some(map)) => {
            map.insert(last.to_string(), v);
        }
        (None, Some(map)) => {
            map.remove(last);
        }
        _ => {}
    }
    Ok(())
}

/// Drops half-filled nested records (a baseline with a value but no date
/// is kept so serde names what is missing; an empty one goes).
pub fn tidy(value: &mut Value) {
    if let Some(map) = value.as_object_mut() {
        map.retain(|_, v| {
            !matches!(v, Value::Object(o) if o.is_empty())
                && !matches!(v, Value::Array(a) if a.is_empty())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::items::RefKind;
    use serde_json::json;

    #[test]
    fn set_and_read_nested_fields() {
        let mut v = json!({"id": "fcr"});
        let field = Field {
            key: "baseline.value",
            kind: Number,
            required: false,
        };
        set_field(&mut v, &field, "62,5").unwrap();
        assert_eq!(field_text(&v, "baseline.value"), "62.5");
        let date = Field {
            key: "due",
            kind: Date,
            required: false,
        };
        assert_eq!(
            set_field(&mut v, &date, "2026-02-30").unwrap_err(),
            "`2026-02-30` is not a date: 2026-02 has 28 days"
        );
        let refs = Field {
            key: "agents",
            kind: Refs(RefKind::Agent),
            required: false,
        };
        set_field(&mut v, &refs, "yossi, ruth").unwrap();
        assert_eq!(v["agents"], json!(["yossi", "ruth"]));
        set_field(&mut v, &refs, "").unwrap();
        assert!(v.get("agents").is_none());
    }
}

//! The plan templates, embedded in the binary.

pub struct Template {
    pub name: &'static str,
    pub about: &'static str,
    pub files: &'static [(&'static str, &'static str)],
}

macro_rules! files {
    ($dir:literal: $($file:literal),* $(,)?) => {
        &[$(($file, include_str!(concat!("../../templates/", $dir, "/", $file)))),*]
    };
}

pub const TEMPLATES: &[Template] = &[
    Template {
        name: "contact-center",
        about: "a complete contact-centre plan: charter, goals, 16 milestones, committee and routines, agents, 13 metrics, reps, surveys, an incident and recognition",
        files: files!("contact-center": "plan.yaml", "charter.yaml", "goals.yaml", "milestones.yaml",
            "committee.yaml", "agents.yaml", "metrics.yaml", "workshops.yaml", "people.yaml",
            "surveys.yaml", "incidents.yaml", "recognition.yaml"),
    },
    Template {
        name: "he-contact-center",
        about: "the same contact-centre plan written in Hebrew",
        files: files!("he-contact-center": "plan.yaml", "charter.yaml", "goals.yaml", "milestones.yaml",
            "committee.yaml", "agents.yaml", "metrics.yaml", "workshops.yaml", "people.yaml",
            "surveys.yaml", "incidents.yaml", "recognition.yaml"),
    },
    Template {
        name: "lt-contact-center",
        about: "the same contact-centre plan written in Lithuanian",
        files: files!("lt-contact-center": "plan.yaml", "charter.yaml", "goals.yaml", "milestones.yaml",
            "committee.yaml", "agents.yaml", "metrics.yaml", "workshops.yaml", "people.yaml",
            "surveys.yaml", "incidents.yaml", "recognition.yaml"),
    },
    Template {
        name: "charter-only",
        about: "a service charter and the committee that approves it, to start with",
        files: files!("charter-only": "plan.yaml", "charter.yaml", "committee.yaml"),
    },
    Template {
        name: "blank",
        about: "only plan.yaml: start from nothing",
        files: files!("blank": "plan.yaml"),
    },
];

pub fn find(name: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.name == name)
}

/// What the template holds, in the language shown (`about` is the
/// English).
pub fn about(template: &Template) -> String {
    let id = format!("cli-template-{}", template.name);
    if crate::i18n::has(&id) {
        crate::i18n::message(&id, None)
    } else {
        template.about.to_string()
    }
}

/// The template's language: the `language:` of its plan.yaml.
pub fn language(template: &Template) -> Option<crate::i18n::Lang> {
    let (_, plan) = template.files.iter().find(|(f, _)| *f == "plan.yaml")?;
    plan.lines()
        .find_map(|l| l.strip_prefix("language:"))
        .and_then(|code| crate::i18n::Lang::from_code(code.trim().trim_matches('"')))
}

/// The template's start date: the one in its plan.yaml.
pub fn start_date(template: &Template) -> Option<crate::domain::types::Date> {
    let (_, plan) = template.files.iter().find(|(f, _)| *f == "plan.yaml")?;
    plan.lines()
        .find_map(|l| l.strip_prefix("start:"))
        .and_then(|d| crate::domain::types::Date::parse(d.trim()).ok())
}

/// Moves every `YYYY-MM-DD` in `text` by `days`, keeping the text otherwise intact.
pub fn shift_dates(text: &str, days: i64) -> String {
    if days == 0 {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let candidate = bytes.get(i..i + 10).filter(|w| {
            w.iter().enumerate().all(|(k, b)| {
                if k == 4 || k == 7 {
                    *b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
        });
        let boundary = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let after_ok = bytes.get(i + 10).is_none_or(|b| !b.is_ascii_alphanumeric());
        if let (Some(_), true, true) = (candidate, boundary, after_ok) {
            if let Ok(date) = crate::domain::types::Date::parse(&text[i..i + 10]) {
                out.push_str(&date.add_days(days).to_string());
                i += 10;
                continue;
            }
        }
        let ch = text[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifts_only_dates() {
        assert_eq!(
            shift_dates(
                "start: 2026-01-05\nid: q1-2026-01-05x\nt: [2026-12-31]\n",
                7
            ),
            "start: 2026-01-12\nid: q1-2026-01-05x\nt: [2027-01-07]\n"
        );
        assert_eq!(shift_dates("שירות 2026-02-27", 1), "שירות 2026-02-28");
    }

    #[test]
    fn every_template_has_a_start() {
        for t in TEMPLATES {
            assert!(start_date(t).is_some(), "{}", t.name);
        }
    }
}

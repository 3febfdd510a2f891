//! The form adding or editing one item: its fields as typed, checked
//! field by field, and stored in the plan when submitted.

use serde_json::Value;

use crate::domain::model::Plan;
use crate::tui::items::{self, Field, FieldKind, Kind};
use crate::tui::keymap::Action;

use crate::tui::review::Walk;

use super::{App, Effect, Mode, Tab};

/// A form adding or editing one item.
#[derive(Clone, Debug)]
pub struct Form {
    pub kind: Kind,
    /// `None` when adding.
    pub index: Option<usize>,
    pub fields: Vec<(Field, String)>,
    pub focus: usize,
    /// Where typing goes in the focused field: a byte offset into its text
    /// (see [`crate::tui::text`]).
    pub cursor: usize,
    /// Per field: why its text is not valid, as typed.
    pub errors: Vec<Option<String>>,
    /// Problems of the whole item, from the plan's checks.
    pub problems: Vec<String>,
    /// The item as loaded, holding what the form does not show.
    pub base: Value,
    /// The review screen to go back to when the form closes.
    pub back: Option<Walk>,
}

impl App {
    pub(super) fn open_form(&mut self) {
        let Some((kind, i)) = self.selected() else {
            self.message = Some((crate::t!("tui-msg-nothing-to-edit"), false));
            return;
        };
        let value = kind.to_json(&self.plan, i);
        self.mode = Mode::Form(Form::new(kind, Some(i), value));
    }

    /// Opens the form editing item `i` of `kind`.
    pub(super) fn edit_item(&mut self, kind: Kind, i: usize) -> Form {
        Form::new(kind, Some(i), kind.to_json(&self.plan, i))
    }

    pub(super) fn act_form(&mut self, mut form: Form, action: Action) -> Effect {
        let count = form.fields.len();
        match action {
            Action::Cancel => {
                if let Some(walk) = form.back {
                    self.mode = Mode::Review(walk);
                }
                return Effect::None;
            }
            Action::NextField => form.focus_on((form.focus + 1) % count.max(1)),
            Action::PrevField => form.focus_on((form.focus + count.max(1) - 1) % count.max(1)),
            action if crate::tui::text::is_edit(action) => {
                if let Some((_, text)) = form.fields.get_mut(form.focus) {
                    self.bidi.edit(text, &mut form.cursor, action);
                }
                form.check_field();
            }
            Action::ChoiceNext | Action::ChoicePrev => {
                form.cycle(&self.plan, action == Action::ChoiceNext)
            }
            Action::EditExternal => {
                let text = form
                    .fields
                    .get(form.focus)
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default();
                self.mode = Mode::Form(form);
                return Effect::Editor(text);
            }
            Action::Submit => match form.build() {
                Ok(value) => {
                    let kind = form.kind;
                    let mut trial = self.plan.clone();
                    match kind.store(&mut trial, form.index, value) {
                        Ok(_) if !self.new_errors(&trial).is_empty() => {
                            form.problems = self.new_errors(&trial);
                        }
                        Ok(at) => {
                            let id = kind.id(&trial, at);
                            let verb = if form.index.is_some() {
                                "edited"
                            } else {
                                "added"
                            };
                            self.change_to(format!("{} {id}: {verb}", kind.name()), trial);
                            match form.back {
                                Some(walk) => self.back_to_review(walk, kind, at),
                                None => self.show_item(kind, at),
                            }
                            return Effect::None;
                        }
                        Err(e) => form.problems = vec![e],
                    }
                }
                Err(problems) => form.problems = problems,
            },
            _ => {}
        }
        self.mode = Mode::Form(form);
        Effect::None
    }

    /// Shows item `at` of `kind` after a form stored it: on its tab, and
    /// for an item inside another, its parent selected with the cursor on
    /// the item.
    fn show_item(&mut self, kind: Kind, at: usize) {
        let tab = Tab::of_kind(kind);
        if tab != Tab::Overview {
            self.tab = tab;
            self.fresh_rows();
        }
        let parent = match kind {
            Kind::MilestoneAction => Some(Kind::Milestone),
            Kind::Reading | Kind::Breakdown => Some(Kind::Metric),
            Kind::Decision | Kind::ReviewAction | Kind::ReviewMilestone | Kind::ReviewMetric => {
                Some(Kind::Review)
            }
            Kind::IncidentAction => Some(Kind::Incident),
            Kind::Meeting | Kind::MeetingDecision | Kind::MeetingAction => Some(Kind::Routine),
            _ => None,
        };
        let Some(parent) = parent else {
            self.go(super::Target::Item(self.tab, kind, at));
            return;
        };
        let p = match kind {
            Kind::MeetingDecision | Kind::MeetingAction => {
                items::meeting_routine(kind, &self.plan, at).map(|r| (r, 0))
            }
            _ => kind.place(&self.plan, at),
        };
        let Some((p, k)) = p else {
            return;
        };
        self.go(super::Target::Item(self.tab, parent, p));
        let list = self.list_mut();
        match kind {
            Kind::MilestoneAction => list.action = k,
            Kind::Breakdown => {
                list.breakdowns = true;
                list.action = k;
            }
            Kind::IncidentAction | Kind::Meeting | Kind::MeetingDecision | Kind::MeetingAction => {
                self.people_cursor_on(kind, at)
            }
            Kind::Reading => {
                // Readings are shown newest first.
                let count = self.plan.metrics.metrics[p].readings.len();
                let list = self.list_mut();
                list.breakdowns = false;
                list.action = count - 1 - k;
            }
            _ => {}
        }
    }

    /// Puts the text edited in $EDITOR into the focused form field.
    pub fn editor_done(&mut self, text: String) {
        if let Mode::Form(form) = &mut self.mode {
            if let Some((_, field_text)) = form.fields.get_mut(form.focus) {
                *field_text = text;
            }
            form.focus_on(form.focus);
            form.check_field();
        }
    }
}

impl Form {
    pub fn new(kind: Kind, index: Option<usize>, base: Value) -> Form {
        let fields: Vec<(Field, String)> = kind
            .fields()
            .iter()
            .map(|f| (*f, items::form_text(&base, f)))
            .collect();
        let errors = vec![None; fields.len()];
        Form {
            kind,
            index,
            cursor: fields.first().map_or(0, |(_, text)| text.len()),
            fields,
            focus: 0,
            errors,
            problems: Vec::new(),
            base,
            back: None,
        }
    }

    /// Moves to field `n`, the cursor after its text.
    pub fn focus_on(&mut self, n: usize) {
        self.focus = n;
        self.cursor = self.fields.get(n).map_or(0, |(_, text)| text.len());
    }

    /// Validates the focused field as typed.
    pub(super) fn check_field(&mut self) {
        if let Some((field, text)) = self.fields.get(self.focus) {
            let mut scratch = Value::Object(Default::default());
            let relaxed = Field {
                required: false,
                ..*field
            };
            self.errors[self.focus] = items::set_field(&mut scratch, &relaxed, text).err();
        }
    }

    /// Cycles a choice field through its words, or completes an id.
    pub(super) fn cycle(&mut self, plan: &Plan, forward: bool) {
        let Some((field, text)) = self.fields.get_mut(self.focus) else {
            return;
        };
        let options: Vec<String> = match field.kind {
            FieldKind::Choice(words) => words.iter().map(|w| w.to_string()).collect(),
            FieldKind::Ref(r) | FieldKind::Refs(r) => items::ref_ids(plan, r),
            FieldKind::Bool => vec!["true".into(), "false".into()],
            _ => return,
        };
        if options.is_empty() {
            return;
        }
        // For a list of ids, complete the last one.
        let (head, last) = match field.kind {
            FieldKind::Refs(_) => match text.rfind(',') {
                Some(at) => (
                    format!("{}, ", text[..at].trim_end()),
                    text[at + 1..].trim().to_string(),
                ),
                None => (String::new(), text.trim().to_string()),
            },
            _ => (String::new(), text.trim().to_string()),
        };
        let pos = options.iter().position(|o| *o == last);
        let next = match pos {
            Some(p) if forward => (p + 1) % options.len(),
            Some(p) => (p + options.len() - 1) % options.len(),
            None => options
                .iter()
                .position(|o| o.starts_with(&last))
                .unwrap_or(0),
        };
        *text = format!("{head}{}", options[next]);
        self.cursor = text.len();
        self.check_field();
    }

    /// The item as JSON, or what is wrong with the fields.
    pub(super) fn build(&self) -> Result<Value, Vec<String>> {
        let mut value = self.base.clone();
        let mut problems = Vec::new();
        for (field, text) in &self.fields {
            if let Err(e) = items::set_field(&mut value, field, text) {
                problems.push(format!("{}: {e}", field.key));
            }
        }
        items::tidy(&mut value);
        if problems.is_empty() {
            Ok(value)
        } else {
            Err(problems)
        }
    }
}

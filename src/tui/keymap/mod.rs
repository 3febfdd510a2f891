//! Every key of the UI, in one table: the same entries decide what a key
//! does and what `?` shows, so the help can never drift from the keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

mod bindings;

pub use bindings::BINDINGS;

/// Where the user is: each context has its own keys, and the global ones
/// apply on top of the list and overview contexts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    Global,
    Overview,
    List,
    /// The Charter tab, which also shows the charter's text.
    Charter,
    Milestones,
    Metrics,
    Form,
    /// Editing text: a form field or a prompt (on top of either).
    Text,
    Prompt,
    Confirm,
    Help,
    Pick,
    History,
    /// A revision of the plan shown read-only.
    ReadOnly,
    /// The Reviews tab.
    Reviews,
    /// The review screen.
    Review,
    /// The add chooser.
    Choose,
    /// The Actions tab: a list of every action, not of items.
    Actions,
    /// The People tab: an incident's actions, a routine's meetings.
    People,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    NextTab,
    PrevTab,
    GoTab(usize),
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    Open,
    Add,
    Delete,
    Search,
    Filter,
    ClearFilter,
    SortNext,
    SortReverse,
    ScrollDetailDown,
    ScrollDetailUp,
    ScrollTextDown,
    ScrollTextUp,
    Save,
    Undo,
    Redo,
    Quit,
    Help,
    Problems,
    Reload,
    MergeDisk,
    // Milestones
    CycleStatus,
    MarkDone,
    Timeline,
    ActionNext,
    ActionPrev,
    ToggleAction,
    AddAction,
    EditAction,
    DeleteAction,
    // Actions tab
    GoToSource,
    // Metrics
    Record,
    EditReading,
    DeleteReading,
    SuggestTarget,
    /// Switch the entry keys between readings and breakdown targets.
    ToggleBreakdowns,
    // People
    MarkHeld,
    AddAssessment,
    // Metrics: workshops and their tools
    AddWorkshop,
    AddTool,
    // History
    HistChanges,
    HistMark,
    HistDiff,
    HistTrend,
    HistMetric,
    HistPrevMetric,
    HistNextMetric,
    HistOpen,
    CloseRevision,
    // Reviews and the review screen
    ReviewNew,
    ReviewWalk,
    ReviewHealth,
    ReviewMore,
    ReviewLess,
    ReviewLater,
    ReviewEarlier,
    ReviewForecast,
    ReviewProgress,
    ReviewNote,
    ReviewValue,
    ReviewDecision,
    ReviewAction,
    ReviewEdit,
    ReviewRemove,
    ReviewClose,
    // Forms and prompts
    NextField,
    PrevField,
    ChoiceNext,
    ChoicePrev,
    Complete,
    EditExternal,
    Submit,
    Cancel,
    Backspace,
    DeleteForward,
    CursorLeft,
    CursorRight,
    WordLeft,
    WordRight,
    DeleteWordBack,
    LineStart,
    LineEnd,
    Yes,
    No,
    // People: a meeting's decisions and actions
    AddMeetingDecision,
    AddMeetingAction,
    /// People: open the coaching the selected rep's skills propose, in a
    /// form to save as usual.
    AcceptCoaching,
    /// People: a Customer Service Week from the built-in template, in a
    /// form with the owners to fill.
    AddServiceWeek,
}

/// A key, written the way help shows it.
#[derive(Clone, Copy, Debug)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    /// Alt (Option, Meta): readline's word keys, Alt+b and Alt+f.
    pub alt: bool,
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    /// How help writes the keys, e.g. "←/h".
    pub label: &'static str,
    pub action: Action,
    /// What help says the keys do: a message id (`tui-key-…`), so help
    /// speaks the plan's language while the keys stay the same.
    pub help: &'static str,
}

impl Binding {
    /// What the keys do, in the current language.
    pub fn describe(&self) -> String {
        crate::t!(self.help)
    }
}

fn matches(key: &Key, event: &KeyEvent) -> bool {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    if key.ctrl != ctrl || key.alt != alt {
        return false;
    }
    match (key.code, event.code) {
        // Shift only changes the character, which is already in `Char`.
        (KeyCode::Char(a), KeyCode::Char(b)) => a == b,
        (a, b) => a == b,
    }
}

/// The action of `event` in the first of `contexts` that binds it.
pub fn lookup(contexts: &[Context], event: &KeyEvent) -> Option<Action> {
    contexts.iter().find_map(|ctx| {
        BINDINGS
            .iter()
            .filter(|b| b.context == *ctx)
            .find(|b| b.keys.iter().any(|k| matches(k, event)))
            .map(|b| b.action)
    })
}

/// The bindings of `contexts`, for help and the footer.
pub fn bindings(contexts: &[Context]) -> impl Iterator<Item = &'static Binding> + '_ {
    contexts
        .iter()
        .flat_map(|ctx| BINDINGS.iter().filter(move |b| b.context == *ctx))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.context != b.context {
                    continue;
                }
                for ka in a.keys {
                    for kb in b.keys {
                        assert!(
                            !(ka.ctrl == kb.ctrl && ka.alt == kb.alt && ka.code == kb.code),
                            "{:?} bound to {:?} and {:?}",
                            ka,
                            a.action,
                            b.action
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_contexts_that_apply_together() {
        for (over, under) in [
            (Context::Form, Context::Text),
            (Context::Prompt, Context::Text),
        ] {
            for a in bindings(&[over]) {
                for b in bindings(&[under]) {
                    for ka in a.keys {
                        assert!(
                            !b.keys.iter().any(|kb| ka.ctrl == kb.ctrl
                                && ka.alt == kb.alt
                                && ka.code == kb.code),
                            "{ka:?} bound to {:?} and {:?}",
                            a.action,
                            b.action
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_key_is_described_in_every_language() {
        for b in BINDINGS {
            for lang in crate::i18n::Lang::ALL {
                let text = crate::i18n::message_in(lang, b.help, None);
                assert!(
                    (b.help.starts_with("tui-key-")
                        || b.help.starts_with("meet-key-")
                        || b.help.starts_with("people-key-")
                        || b.help.starts_with("recog-key-"))
                        && text != b.help
                        && !text.is_empty(),
                    "{:?}: no {lang} message {}",
                    b.action,
                    b.help
                );
            }
        }
    }

    #[test]
    fn list_keys_come_before_global_ones() {
        let down = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(
            lookup(&[Context::List, Context::Global], &down),
            Some(Action::Down)
        );
        let quit = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            lookup(&[Context::List, Context::Global], &quit),
            Some(Action::Quit)
        );
    }
}

//! Every key of the UI, in one table: the same entries decide what a key
//! does and what `?` shows, so the help can never drift from the keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
    // Metrics
    Record,
    EditReading,
    DeleteReading,
    SuggestTarget,
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
    LineStart,
    LineEnd,
    Yes,
    No,
}

/// A key, written the way help shows it.
#[derive(Clone, Copy, Debug)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn k(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

const fn c(ch: char) -> Key {
    Key {
        code: KeyCode::Char(ch),
        ctrl: false,
    }
}

const fn ctrl(ch: char) -> Key {
    Key {
        code: KeyCode::Char(ch),
        ctrl: true,
    }
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    /// How help writes the keys, e.g. "←/h".
    pub label: &'static str,
    pub action: Action,
    pub help: &'static str,
}

const fn b(
    context: Context,
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    help: &'static str,
) -> Binding {
    Binding {
        context,
        keys,
        label,
        action,
        help,
    }
}

use Action as A;
use Context as X;
use KeyCode as K;

pub const BINDINGS: &[Binding] = &[
    b(
        X::Global,
        &[k(K::Right), c('l'), k(K::Tab)],
        "→/l/Tab",
        A::NextTab,
        "next tab",
    ),
    b(
        X::Global,
        &[k(K::Left), c('h'), k(K::BackTab)],
        "←/h/⇧Tab",
        A::PrevTab,
        "previous tab",
    ),
    b(X::Global, &[c('1')], "1", A::GoTab(0), "Overview"),
    b(X::Global, &[c('2')], "2", A::GoTab(1), "Charter"),
    b(X::Global, &[c('3')], "3", A::GoTab(2), "Goals"),
    b(X::Global, &[c('4')], "4", A::GoTab(3), "Milestones"),
    b(X::Global, &[c('5')], "5", A::GoTab(4), "Metrics"),
    b(X::Global, &[c('6')], "6", A::GoTab(5), "People"),
    b(X::Global, &[c('7')], "7", A::GoTab(6), "Reviews"),
    b(X::Global, &[c('8')], "8", A::GoTab(7), "History"),
    b(
        X::History,
        &[k(K::Up), c('k')],
        "↑/k",
        A::Up,
        "newer commit",
    ),
    b(
        X::History,
        &[k(K::Down), c('j')],
        "↓/j",
        A::Down,
        "older commit",
    ),
    b(X::History, &[k(K::PageUp)], "PgUp", A::PageUp, "page up"),
    b(
        X::History,
        &[k(K::PageDown)],
        "PgDn",
        A::PageDown,
        "page down",
    ),
    b(
        X::History,
        &[k(K::Home), c('g')],
        "g",
        A::Home,
        "newest commit",
    ),
    b(
        X::History,
        &[k(K::End), c('G')],
        "G",
        A::End,
        "oldest commit",
    ),
    b(
        X::History,
        &[k(K::Enter)],
        "enter",
        A::HistChanges,
        "what the commit changed",
    ),
    b(
        X::History,
        &[c('m'), c(' ')],
        "m/space",
        A::HistMark,
        "mark the revision to compare (again: unmark)",
    ),
    b(
        X::History,
        &[c('d')],
        "d",
        A::HistDiff,
        "diff: the marked revision to this one (none marked: this one to the working tree)",
    ),
    b(
        X::History,
        &[c('o')],
        "o",
        A::HistOpen,
        "open the plan as it was at this revision, read-only",
    ),
    b(
        X::History,
        &[c('t')],
        "t",
        A::HistTrend,
        "milestone trend chart: forecasts at each review",
    ),
    b(
        X::History,
        &[c('c')],
        "c",
        A::HistMetric,
        "metric chart: readings against the trajectory",
    ),
    b(
        X::History,
        &[c('[')],
        "[",
        A::HistPrevMetric,
        "previous metric",
    ),
    b(X::History, &[c(']')], "]", A::HistNextMetric, "next metric"),
    b(
        X::Reviews,
        &[c('N')],
        "N",
        A::ReviewNew,
        "new review for today, pre-filled from the plan, on the review screen",
    ),
    b(
        X::Reviews,
        &[c('w')],
        "w",
        A::ReviewWalk,
        "walk through the review on the review screen",
    ),
    b(
        X::Review,
        &[k(K::Up), c('k')],
        "↑/k",
        A::Up,
        "previous step",
    ),
    b(
        X::Review,
        &[k(K::Down), c('j')],
        "↓/j",
        A::Down,
        "next step",
    ),
    b(X::Review, &[k(K::Home), c('g')], "g", A::Home, "first step"),
    b(
        X::Review,
        &[k(K::End), c('G')],
        "G",
        A::End,
        "last step: close",
    ),
    b(
        X::Review,
        &[c('h'), c(' ')],
        "h/space",
        A::ReviewHealth,
        "next health (on track → at risk → off track → done → not started)",
    ),
    b(
        X::Review,
        &[c('+'), c('=')],
        "+",
        A::ReviewMore,
        "progress +10%",
    ),
    b(X::Review, &[c('-')], "-", A::ReviewLess, "progress −10%"),
    b(
        X::Review,
        &[c(']')],
        "]",
        A::ReviewLater,
        "forecast a week later",
    ),
    b(
        X::Review,
        &[c('[')],
        "[",
        A::ReviewEarlier,
        "forecast a week earlier",
    ),
    b(
        X::Review,
        &[c('f')],
        "f",
        A::ReviewForecast,
        "type the forecast",
    ),
    b(
        X::Review,
        &[c('p')],
        "p",
        A::ReviewProgress,
        "type the progress",
    ),
    b(X::Review, &[c('n')], "n", A::ReviewNote, "note"),
    b(
        X::Review,
        &[c('v')],
        "v",
        A::ReviewValue,
        "the metric's value",
    ),
    b(
        X::Review,
        &[c('a')],
        "a",
        A::ReviewDecision,
        "add a decision",
    ),
    b(X::Review, &[c('t')], "t", A::ReviewAction, "add an action"),
    b(
        X::Review,
        &[c('e'), k(K::Enter)],
        "e/enter",
        A::ReviewEdit,
        "edit this step",
    ),
    b(
        X::Review,
        &[c('x')],
        "x",
        A::ToggleAction,
        "action done / open",
    ),
    b(
        X::Review,
        &[c('d')],
        "d",
        A::ReviewRemove,
        "remove the decision or action",
    ),
    b(
        X::Review,
        &[c('C')],
        "C",
        A::ReviewClose,
        "close the review: check, save, commit and tag review/DATE",
    ),
    b(X::Review, &[c('u'), ctrl('z')], "u", A::Undo, "undo"),
    b(X::Review, &[ctrl('r'), ctrl('y')], "^r", A::Redo, "redo"),
    b(X::Review, &[c('?')], "?", A::Help, "help"),
    b(
        X::Review,
        &[k(K::Esc)],
        "esc",
        A::Cancel,
        "leave the review screen (edits stay, unsaved)",
    ),
    b(
        X::ReadOnly,
        &[k(K::Esc)],
        "esc",
        A::CloseRevision,
        "back to the current plan",
    ),
    b(
        X::Global,
        &[c('/')],
        "/",
        A::Search,
        "search every document",
    ),
    b(
        X::Global,
        &[c('!')],
        "!",
        A::Problems,
        "errors and warnings of the plan",
    ),
    b(
        X::Global,
        &[c('s'), ctrl('s')],
        "s",
        A::Save,
        "save and commit",
    ),
    b(X::Global, &[c('u'), ctrl('z')], "u", A::Undo, "undo"),
    b(X::Global, &[ctrl('r'), ctrl('y')], "^r", A::Redo, "redo"),
    b(
        X::Global,
        &[c('R')],
        "R",
        A::Reload,
        "reload the plan from disk (drops unsaved edits)",
    ),
    b(X::Global, &[c('?')], "?", A::Help, "this help"),
    b(X::Global, &[c('q'), ctrl('c')], "q", A::Quit, "quit"),
    b(X::List, &[k(K::Up), c('k')], "↑/k", A::Up, "previous item"),
    b(X::List, &[k(K::Down), c('j')], "↓/j", A::Down, "next item"),
    b(X::List, &[k(K::PageUp)], "PgUp", A::PageUp, "page up"),
    b(X::List, &[k(K::PageDown)], "PgDn", A::PageDown, "page down"),
    b(X::List, &[k(K::Home), c('g')], "g", A::Home, "first item"),
    b(X::List, &[k(K::End), c('G')], "G", A::End, "last item"),
    b(
        X::List,
        &[k(K::Enter), c('e')],
        "enter/e",
        A::Open,
        "edit the item",
    ),
    b(X::List, &[c('a')], "a", A::Add, "add an item"),
    b(
        X::List,
        &[c('d'), k(K::Delete)],
        "d",
        A::Delete,
        "delete the item (asks first)",
    ),
    b(
        X::List,
        &[c('f')],
        "f",
        A::Filter,
        "filter (words, or status: owner: phase: goal:)",
    ),
    b(
        X::List,
        &[k(K::Esc)],
        "esc",
        A::ClearFilter,
        "clear the filter",
    ),
    b(
        X::List,
        &[c('o')],
        "o",
        A::SortNext,
        "sort by the next column",
    ),
    b(X::List, &[c('O')], "O", A::SortReverse, "reverse the sort"),
    b(
        X::List,
        &[c('J')],
        "J",
        A::ScrollDetailDown,
        "scroll the detail down (or the mouse wheel over it)",
    ),
    b(
        X::List,
        &[c('K')],
        "K",
        A::ScrollDetailUp,
        "scroll the detail up",
    ),
    b(
        X::Charter,
        &[c('}')],
        "}",
        A::ScrollTextDown,
        "scroll the charter's text down (or the mouse wheel over it)",
    ),
    b(
        X::Charter,
        &[c('{')],
        "{",
        A::ScrollTextUp,
        "scroll the charter's text up",
    ),
    b(
        X::Milestones,
        &[c('x')],
        "x",
        A::CycleStatus,
        "next status (planned → in progress → done → blocked → cancelled)",
    ),
    b(
        X::Milestones,
        &[c('D')],
        "D",
        A::MarkDone,
        "mark done today",
    ),
    b(
        X::Milestones,
        &[c('t')],
        "t",
        A::Timeline,
        "timeline / table",
    ),
    b(
        X::Milestones,
        &[c(']')],
        "]",
        A::ActionNext,
        "next action of the milestone",
    ),
    b(
        X::Milestones,
        &[c('[')],
        "[",
        A::ActionPrev,
        "previous action of the milestone",
    ),
    b(
        X::Milestones,
        &[c(' ')],
        "space",
        A::ToggleAction,
        "tick / untick the action",
    ),
    b(
        X::Milestones,
        &[c('A')],
        "A",
        A::AddAction,
        "add an action to the milestone",
    ),
    b(
        X::Milestones,
        &[c('C')],
        "C",
        A::EditAction,
        "change the action (title; owner; due)",
    ),
    b(
        X::Milestones,
        &[c('X')],
        "X",
        A::DeleteAction,
        "remove the action (asks first)",
    ),
    b(X::Metrics, &[c('r')], "r", A::Record, "record a reading"),
    b(
        X::Metrics,
        &[c('W')],
        "W",
        A::AddWorkshop,
        "add a service workshop",
    ),
    b(
        X::Metrics,
        &[c('A')],
        "A",
        A::AddTool,
        "add a tool to try after the selected workshop",
    ),
    b(
        X::List,
        &[c('H')],
        "H",
        A::MarkHeld,
        "record the selected routine as held today (People tab)",
    ),
    b(
        X::List,
        &[c('S')],
        "S",
        A::AddAssessment,
        "add a rep's assessment of the ten skills (People tab)",
    ),
    b(
        X::Metrics,
        &[c('T')],
        "T",
        A::SuggestTarget,
        "suggest a realistic target (from the latest readings and the guide), and why",
    ),
    b(
        X::Metrics,
        &[c(']')],
        "]",
        A::ActionNext,
        "next (older) reading of the metric",
    ),
    b(
        X::Metrics,
        &[c('[')],
        "[",
        A::ActionPrev,
        "previous (newer) reading of the metric",
    ),
    b(
        X::Metrics,
        &[c('C')],
        "C",
        A::EditReading,
        "change the reading (value, date, unit)",
    ),
    b(
        X::Metrics,
        &[c('X')],
        "X",
        A::DeleteReading,
        "remove the reading (asks first)",
    ),
    b(
        X::Form,
        &[k(K::Down), k(K::Tab)],
        "↓/Tab",
        A::NextField,
        "next field",
    ),
    b(
        X::Form,
        &[k(K::Up), k(K::BackTab)],
        "↑/⇧Tab",
        A::PrevField,
        "previous field",
    ),
    b(
        X::Form,
        &[ctrl('n')],
        "^n",
        A::ChoiceNext,
        "next choice or matching id",
    ),
    b(
        X::Form,
        &[ctrl('p')],
        "^p",
        A::ChoicePrev,
        "previous choice or matching id",
    ),
    b(
        X::Form,
        &[ctrl('o')],
        "^o",
        A::EditExternal,
        "edit the field in $EDITOR",
    ),
    b(
        X::Form,
        &[k(K::Enter), ctrl('s')],
        "enter",
        A::Submit,
        "apply the form",
    ),
    b(X::Form, &[k(K::Esc)], "esc", A::Cancel, "cancel"),
    b(
        X::Text,
        &[k(K::Left)],
        "←",
        A::CursorLeft,
        "cursor one character left",
    ),
    b(
        X::Text,
        &[k(K::Right)],
        "→",
        A::CursorRight,
        "cursor one character right",
    ),
    b(
        X::Text,
        &[k(K::Home), ctrl('a')],
        "Home/^a",
        A::LineStart,
        "cursor to the start",
    ),
    b(
        X::Text,
        &[k(K::End), ctrl('e')],
        "End/^e",
        A::LineEnd,
        "cursor to the end",
    ),
    b(
        X::Text,
        &[k(K::Backspace)],
        "⌫",
        A::Backspace,
        "delete the character before the cursor",
    ),
    b(
        X::Text,
        &[k(K::Delete)],
        "Del",
        A::DeleteForward,
        "delete the character under the cursor",
    ),
    b(X::Prompt, &[k(K::Enter)], "enter", A::Submit, "confirm"),
    b(X::Prompt, &[k(K::Esc)], "esc", A::Cancel, "cancel"),
    b(X::Pick, &[k(K::Up), ctrl('p')], "↑", A::Up, "previous"),
    b(X::Pick, &[k(K::Down), ctrl('n')], "↓", A::Down, "next"),
    b(X::Pick, &[k(K::Enter)], "enter", A::Submit, "go there"),
    b(X::Pick, &[k(K::Esc)], "esc", A::Cancel, "close"),
    b(
        X::Pick,
        &[k(K::Backspace)],
        "⌫",
        A::Backspace,
        "delete a character",
    ),
    b(X::Confirm, &[c('y'), k(K::Enter)], "y", A::Yes, "yes"),
    b(X::Confirm, &[c('n'), k(K::Esc)], "n/esc", A::No, "no"),
    b(
        X::Help,
        &[k(K::Esc), c('?'), c('q')],
        "esc/?",
        A::Cancel,
        "close help",
    ),
    b(X::Help, &[k(K::Up), c('k')], "↑/k", A::Up, "scroll up"),
    b(
        X::Help,
        &[k(K::Down), c('j')],
        "↓/j",
        A::Down,
        "scroll down",
    ),
];

fn matches(key: &Key, event: &KeyEvent) -> bool {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    if key.ctrl != ctrl {
        return false;
    }
    match (key.code, event.code) {
        // Shift only changes the character, which is already in `Char`.
        (K::Char(a), K::Char(b)) => a == b,
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
                            !(ka.ctrl == kb.ctrl && ka.code == kb.code),
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
                            !b.keys
                                .iter()
                                .any(|kb| ka.ctrl == kb.ctrl && ka.code == kb.code),
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

//! The report's words in the plan's language, shared by the HTML page and
//! the Markdown: counts with their plurals, day counts, cadences, periods,
//! trials, and the isolation that keeps a value (a date, an id, a signed
//! number) reading left to right inside a right-to-left sentence.
//!
//! Each function takes a [`Form`]: the page isolates a value with
//! `<bdi dir="ltr" class="v">` (which also keeps it from wrapping), the
//! Markdown with the Unicode isolates LRI … PDI (GitHub keeps them).

use crate::domain::breakdown::{PeriodResult, UnitResult};
use crate::domain::facts::MetricState;
use crate::domain::routines::RoutineState;
use crate::domain::skills::SkillMean;
use crate::domain::summary::PlanInfo;
use crate::domain::types::Date;
use crate::domain::workshops::{Mean, ToolTrial, TrialState};
use crate::present::number::{rounded, rounded_opt};
use crate::t;

/// Where the words go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Html,
    Markdown,
}

/// Whether the report's language is written right to left.
pub fn rtl() -> bool {
    crate::i18n::current().is_rtl()
}

impl Form {
    /// `text` (already escaped for the form) isolated as a left-to-right
    /// value when the page runs right to left; as it is otherwise.
    pub fn val(self, text: &str) -> String {
        if !rtl() || text.is_empty() {
            return text.to_string();
        }
        match self {
            Form::Html => format!("<bdi dir=\"ltr\" class=\"v\">{text}</bdi>"),
            Form::Markdown => format!("\u{2066}{text}\u{2069}"),
        }
    }
}

/// "68d": a count of days, as a table cell or a tag says it.
pub fn days(f: Form, n: i64) -> String {
    t!("report-days", count = n.abs(), n = f.val(&n.to_string()))
}

/// "+12d", "-3d": a signed count of days.
pub fn signed_days(f: Form, n: i64) -> String {
    t!(
        "report-days-signed",
        count = n.abs(),
        n = f.val(&format!("{n:+}"))
    )
}

/// Days a milestone slipped: "+12d", "-3d", "0", or a dash.
pub fn slip(f: Form, days: Option<i64>) -> String {
    match days {
        Some(0) => f.val("0"),
        Some(d) => signed_days(f, d),
        None => "–".into(),
    }
}

/// How often a due date moved: "2× +45d", or a dash.
pub fn moved(f: Form, replans: usize, days: i64) -> String {
    match replans {
        0 => "–".into(),
        n => t!(
            "report-moved",
            count = n,
            times = f.val(&n.to_string()),
            days = signed_days(f, days)
        ),
    }
}

/// A date, isolated, or a dash.
pub fn date(f: Form, d: Option<Date>) -> String {
    d.map_or_else(|| "–".into(), |d| f.val(&d.to_string()))
}

/// A number, isolated, or a dash.
pub fn num(f: Form, v: Option<f64>) -> String {
    match v {
        Some(v) => f.val(&crate::present::number::plain(v)),
        None => "–".into(),
    }
}

/// Where `today` is in the plan: "day 100 of 361", "starts in 12 days".
pub fn plan_day(f: Form, p: &PlanInfo, today: Date) -> String {
    match today.days_until(p.start) {
        1 => t!("report-starts-tomorrow"),
        n if n > 1 => t!("report-starts-in", count = n, n = f.val(&n.to_string())),
        _ => t!(
            "report-plan-day",
            day = f.val(&(p.days_elapsed + 1).clamp(0, p.days_total + 1).to_string()),
            total = f.val(&(p.days_total + 1).to_string())
        ),
    }
}

/// A cadence such as `4w` in words: "4w" in English, "every 4 weeks"
/// in the others; the text itself when it is not a cadence.
pub fn cadence(f: Form, every: &str) -> String {
    let Ok(e) = crate::domain::types::Every::parse(every) else {
        return every.to_string();
    };
    let id = match e.unit {
        crate::domain::types::EveryUnit::Day => "report-every-d",
        crate::domain::types::EveryUnit::Week => "report-every-w",
        crate::domain::types::EveryUnit::Month => "report-every-m",
        crate::domain::types::EveryUnit::Quarter => "report-every-q",
        crate::domain::types::EveryUnit::Year => "report-every-y",
    };
    t!(id, count = e.count, n = f.val(&e.count.to_string()))
}

/// "month 2026-11", or "latest" without a period.
pub fn period_of(f: Form, u: &UnitResult) -> String {
    match u.period {
        Some(p) => t!(
            "report-period",
            period = crate::present::labels::code_label("period", &p),
            label = f.val(&u.current.label)
        ),
        None => t!("report-latest"),
    }
}

/// "2026-10 75 ✔, 2026-09 70 ▼": how the past periods went.
pub fn unit_past(f: Form, past: &[PeriodResult]) -> String {
    past.iter()
        .map(|p| {
            format!(
                "{} {} {}",
                f.val(&p.label),
                f.val(&rounded_opt(p.value)),
                mark(f, p.state)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A metric state's mark; on the page the hourglass of a stale metric is
/// drawn, since common fonts lack the character.
pub fn mark(f: Form, state: MetricState) -> String {
    match (f, state) {
        (Form::Html, MetricState::Stale) => HOURGLASS.to_string(),
        _ => crate::present::labels::state_mark(state).to_string(),
    }
}

/// "✔ on track", "▼ behind", …
pub fn state_label(f: Form, state: MetricState) -> String {
    format!(
        "{} {}",
        mark(f, state),
        crate::present::labels::state_word(state)
    )
}

/// An hourglass as inline SVG, in the text's colour.
pub const HOURGLASS: &str = "<svg class=\"icon\" viewBox=\"0 0 10 12\" aria-hidden=\"true\"><path d=\"M1 0.5h8v1.5L6 6l3 4v1.5H1V10l3-4-3-4z\"/></svg>";

/// When a routine was last held and what says so: "2026-04-06 (held)".
pub fn last_held(f: Form, r: &RoutineState) -> Option<String> {
    let (Some(d), Some(from)) = (&r.last, &r.last_from) else {
        return None;
    };
    let from = match from.split_once(' ') {
        Some(("review", date)) => t!("report-from-review", date = f.val(date)),
        Some(("commit", id)) => t!("report-from-commit", id = f.val(id)),
        _ if from == "meeting" => t!("meet-report-from-meeting"),
        _ => t!("report-from-held"),
    };
    Some(t!(
        "report-last-held",
        date = f.val(&d.to_string()),
        from = from
    ))
}

/// A routine's attendance at its recorded meetings: "attendance 75% over
/// 4 meetings"; None when it expects no one or no meeting recorded who
/// came.
pub fn attendance(f: Form, r: &RoutineState) -> Option<String> {
    let a = r.attendance?;
    Some(t!(
        "meet-report-attendance",
        percent = f.val(&format!("{}%", (a.rate() * 100.0).round() as i64)),
        count = a.meetings
    ))
}

/// Late or not: "late 54d", "in 3d".
pub fn routine_next(f: Form, r: &RoutineState, today: Date) -> String {
    if r.late {
        t!("report-late-by", days = days(f, r.days_late))
    } else {
        t!("report-in-days", days = days(f, today.days_until(r.next)))
    }
}

/// "decide: keep or drop (trial ended 2026-04-30)", "on trial until …".
pub fn trial_word(f: Form, t: &ToolTrial) -> String {
    match (t.state, t.trial_until) {
        (TrialState::Decide, Some(until)) => {
            t!(
                "report-trial-decide-ended",
                date = f.val(&until.to_string())
            )
        }
        (TrialState::Decide, None) => t!("report-trial-decide"),
        (TrialState::OnTrial, Some(until)) => {
            t!("report-trial-until", date = f.val(&until.to_string()))
        }
        (TrialState::OnTrial, None) => t!("report-trial-open"),
        (TrialState::Kept, _) => t!("report-trial-kept"),
        (TrialState::Dropped, _) => t!("report-trial-dropped"),
    }
}

/// A tool's results: the metric's mean before and during its trial.
/// `id` writes the metric's id as the form shows ids.
pub fn describe(f: Form, t: &ToolTrial, id: &dyn Fn(&str) -> String) -> String {
    let Some(metric) = &t.metric else {
        return t!("report-tool-no-metric", key = id("metric:"));
    };
    let (Some(before), Some(during)) = (t.before, t.during) else {
        return t!("report-tool-unknown-metric", metric = id(metric.as_str()));
    };
    let part = |m: Mean, which: &str| match m.mean {
        Some(v) => t!(
            which,
            value = f.val(&rounded(v)),
            count = m.readings,
            readings = f.val(&m.readings.to_string())
        ),
        None => t!(&format!("{which}-none")),
    };
    let before = part(before, "report-tool-before");
    let during = part(during, "report-tool-during");
    let id = id(metric.as_str());
    match t.better {
        Some(true) => t!(
            "report-tool-better",
            metric = id,
            before = before,
            during = during
        ),
        Some(false) => t!(
            "report-tool-not-better",
            metric = id,
            before = before,
            during = during
        ),
        None => t!(
            "report-tool-results",
            metric = id,
            before = before,
            during = during
        ),
    }
}

/// "resilience under pressure 2.5 (+0.5) · …": a unit's weakest skills.
pub fn weakest_of(f: Form, weakest: &[SkillMean]) -> String {
    weakest
        .iter()
        .map(|w| {
            let change = match w.change {
                Some(c) if c > 0.0 => format!(" ({})", f.val(&format!("+{}", rounded(c)))),
                Some(c) if c < 0.0 => format!(" ({})", f.val(&rounded(c))),
                Some(_) => format!(" ({})", f.val("±0")),
                None => String::new(),
            };
            format!(
                "{} {}{change}",
                crate::i18n::code("skill", &w.skill),
                f.val(&rounded(w.mean))
            )
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// `text` (already escaped for `f`, worded for the terminal) with each
/// number, date or signed count in it isolated as [`Form::val`] does, on
/// a right-to-left page: a token that starts with a digit, or with a sign
/// after a space, and runs over digits and `+ - . : / %`, its trailing
/// punctuation left to the sentence. Entities (`&#39;`) and words with
/// digits (`north-t1`) are left alone.
pub fn values_isolated(f: Form, html: &str) -> String {
    if !rtl() {
        return html.to_string();
    }
    let part = |b: u8| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b':' | b'/' | b'%');
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() + 64);
    let (mut i, mut copied) = (0, 0);
    while i < bytes.len() {
        let before = i.checked_sub(1).map(|k| bytes[k]);
        let starts = bytes[i].is_ascii_digit()
            || (matches!(bytes[i], b'+' | b'-')
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                && before.is_none_or(|b| b == b' ' || b == b'('));
        let inside_word =
            before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'#' || b == b'_');
        if !starts || inside_word {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < bytes.len() && part(bytes[end]) {
            end += 1;
        }
        let after = end;
        while end > i && matches!(bytes[end - 1], b'.' | b':' | b'/' | b'-' | b'+') {
            end -= 1;
        }
        if bytes
            .get(after)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        {
            i = after;
            continue;
        }
        out.push_str(&html[copied..i]);
        out.push_str(&f.val(&html[i..end]));
        copied = end;
        i = after.max(i + 1);
    }
    out.push_str(&html[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{follow_plan, Lang};

    const COUNTS: [i64; 6] = [0, 1, 2, 5, 11, 21];

    fn each(lang: Lang, f: impl Fn(i64) -> String) -> Vec<String> {
        follow_plan(Some(lang));
        COUNTS.iter().map(|n| f(*n)).collect()
    }

    #[test]
    fn days_in_three_languages() {
        let days = |n| days(Form::Html, n);
        assert_eq!(each(Lang::En, days), ["0d", "1d", "2d", "5d", "11d", "21d"]);
        assert_eq!(
            each(Lang::Lt, days),
            ["0 d.", "1 d.", "2 d.", "5 d.", "11 d.", "21 d."]
        );
        let he = each(Lang::He, days);
        let v = |n: &str| format!("<bdi dir=\"ltr\" class=\"v\">{n}</bdi>");
        assert_eq!(he[0], format!("{} ימים", v("0")));
        assert_eq!(he[1], "יום אחד");
        assert_eq!(he[2], "יומיים");
        assert_eq!(he[3], format!("{} ימים", v("5")));
        assert_eq!(he[4], format!("{} ימים", v("11")));
        assert_eq!(he[5], format!("{} ימים", v("21")));
        // A slip keeps its sign, isolated whole: "+96d" never reads "96d+".
        assert_eq!(signed_days(Form::Html, 96), format!("{} ימים", v("+96")));
        assert_eq!(signed_days(Form::Markdown, -3), "\u{2066}-3\u{2069} ימים");
    }

    #[test]
    fn readings_and_days_left_take_their_plural() {
        let readings = |n: i64| crate::t!("report-readings", count = n, n = n.to_string());
        assert_eq!(
            each(Lang::En, readings),
            [
                "0 readings",
                "1 reading",
                "2 readings",
                "5 readings",
                "11 readings",
                "21 readings"
            ]
        );
        assert_eq!(
            each(Lang::Lt, readings),
            [
                "0 matavimų",
                "1 matavimas",
                "2 matavimai",
                "5 matavimai",
                "11 matavimų",
                "21 matavimas"
            ]
        );
        assert_eq!(
            each(Lang::He, readings),
            [
                "0 מדידות",
                "מדידה אחת",
                "שתי מדידות",
                "5 מדידות",
                "11 מדידות",
                "21 מדידות"
            ]
        );
        let left = |n: i64| crate::t!("report-days-left", count = n, n = n.to_string());
        assert_eq!(
            each(Lang::Lt, left),
            [
                "liko 0 dienų",
                "liko 1 diena",
                "liko 2 dienos",
                "liko 5 dienos",
                "liko 11 dienų",
                "liko 21 diena"
            ]
        );
        assert_eq!(
            each(Lang::He, left),
            [
                "נותרו 0 ימים",
                "נותר יום אחד",
                "נותרו יומיים",
                "נותרו 5 ימים",
                "נותרו 11 ימים",
                "נותרו 21 ימים"
            ]
        );
        assert_eq!(
            each(Lang::En, left),
            [
                "0 days left",
                "1 day left",
                "2 days left",
                "5 days left",
                "11 days left",
                "21 days left"
            ]
        );
    }

    #[test]
    fn cadences_in_words() {
        follow_plan(Some(Lang::En));
        assert_eq!(cadence(Form::Html, "4w"), "4w");
        assert_eq!(cadence(Form::Html, "soon"), "soon");
        follow_plan(Some(Lang::He));
        assert_eq!(cadence(Form::Html, "1d"), "כל יום");
        assert_eq!(cadence(Form::Html, "2w"), "כל שבועיים");
        assert_eq!(
            cadence(Form::Html, "4w"),
            "כל <bdi dir=\"ltr\" class=\"v\">4</bdi> שבועות"
        );
        follow_plan(Some(Lang::Lt));
        assert_eq!(cadence(Form::Html, "1m"), "kas mėnesį");
        assert_eq!(cadence(Form::Html, "4w"), "kas 4 sav.");
    }

    #[test]
    fn a_stale_state_is_drawn_on_the_page() {
        follow_plan(Some(Lang::En));
        assert!(state_label(Form::Html, MetricState::Stale).starts_with("<svg class=\"icon\""));
        assert!(!state_label(Form::Html, MetricState::Stale).contains('⌛'));
        assert_eq!(state_label(Form::Html, MetricState::OnTrack), "✔ on track");
    }
}

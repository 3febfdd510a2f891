//! The words and charts of `charter trend milestones` and `charter trend
//! metric`: how forecasts moved across the reviews, and how a metric's
//! readings went against its trajectory, as a table and a text chart.

use std::fmt::Write;

use super::chart::{day_number, Axis, Chart, Scale, Series, OVERLAP};
use super::days::{date_or_dash, slip};
use super::labels::state_label;
use super::number::plain;
use crate::domain::model::{Direction, Metric, Plan};
use crate::domain::trend::{trajectory, MetricTrend, MilestoneTrend, ReadingState};
use crate::domain::types::Date;
use crate::domain::words::cut;
use crate::t;

/// Rows of the milestone trend chart.
const MILESTONE_CHART_HEIGHT: usize = 16;
/// Rows of the metric chart.
const METRIC_CHART_HEIGHT: usize = 14;
/// How many milestones the chart shows unless `--id` chooses them: more
/// letters than this on 80 columns are hard to tell apart.
const CHART_DEFAULT: usize = 8;
/// Symbols for the milestones on the chart: one letter each.
const LETTERS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Words joined by `gap`, wrapped at `width` columns.
fn wrap(words: &[String], gap: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in words {
        match lines.last_mut() {
            Some(line)
                if line.chars().count() + gap.chars().count() + word.chars().count() <= width =>
            {
                line.push_str(gap);
                line.push_str(word);
            }
            _ => lines.push(word.clone()),
        }
    }
    lines
}

/// [`slip`], with "0d" for none: the trend's column says days throughout.
fn slip_label(days: Option<i64>) -> String {
    match days {
        Some(0) => t!("cli-trend-slip", days = "0"),
        Some(d) => t!("cli-trend-slip", days = format!("{d:+}")),
        None => slip(None),
    }
}

/// The milestones the chart shows, in letter order: all those chosen with
/// `--id`, else the ones that slipped most. Only milestones with a forecast.
fn charted(trends: &[MilestoneTrend], chosen: bool) -> Vec<&MilestoneTrend> {
    let mut with_forecasts: Vec<&MilestoneTrend> =
        trends.iter().filter(|t| !t.forecasts.is_empty()).collect();
    let most = if chosen {
        LETTERS.len()
    } else {
        // Stable: equal slips keep their file order.
        with_forecasts.sort_by_key(|t| std::cmp::Reverse(t.slip_days.unwrap_or(0)));
        CHART_DEFAULT
    };
    with_forecasts.truncate(most);
    with_forecasts
}

/// `trend milestones` as text, `width` columns wide: the table of
/// forecasts, then the chart of the milestones [`charted`] picks. `chosen`
/// says the milestones were picked with `--id`.
pub fn milestones_text(
    plan: &Plan,
    trends: &[MilestoneTrend],
    chosen: bool,
    width: usize,
) -> String {
    let mut o = String::new();
    let reviews: Vec<_> = crate::domain::facts::reviews_by_date(plan)
        .iter()
        .map(|r| r.date)
        .collect();
    let held = match (reviews.first(), reviews.last()) {
        (Some(first), Some(last)) if reviews.len() > 1 => {
            t!(
                "cli-trend-reviews-from",
                count = reviews.len(),
                first = first.to_string(),
                last = last.to_string()
            )
        }
        (Some(first), _) => t!("cli-trend-review-on", first = first.to_string()),
        _ => t!("cli-trend-no-reviews"),
    };
    let _ = writeln!(
        o,
        "{}",
        t!("cli-trend-head", count = trends.len(), held = held)
    );
    if trends.is_empty() {
        return o;
    }

    let shown = charted(trends, chosen);
    let letter_of = |t: &MilestoneTrend| {
        shown
            .iter()
            .position(|s| s.id == t.id)
            .and_then(|i| LETTERS.chars().nth(i))
            .unwrap_or(' ')
    };
    let id_w = trends
        .iter()
        .map(|t| t.id.as_str().chars().count())
        .chain([2])
        .max()
        .unwrap_or(2);
    // letter, id, title, planned, latest, slip, reviews, with 2 spaces between.
    let fixed = 1 + 2 + id_w + 2 + 2 + 10 + 2 + 10 + 2 + 5 + 2 + 7;
    let title_w = width.saturating_sub(fixed).max(10);
    let _ = writeln!(o);
    let head = |id: &str, w: usize| {
        let word = t!(id);
        let pad = w.saturating_sub(word.chars().count());
        (word, pad)
    };
    let cell = |id: &str, w: usize, right: bool| {
        let (word, pad) = head(id, w);
        if right {
            format!("{}{word}", " ".repeat(pad))
        } else {
            format!("{word}{}", " ".repeat(pad))
        }
    };
    let _ = writeln!(
        o,
        "   {:<id_w$}  {}  {}  {}  {}  {}",
        "id",
        cell("cli-trend-col-title", title_w, false),
        cell("cli-trend-col-planned", 10, false),
        cell("cli-trend-col-latest", 10, false),
        cell("cli-trend-col-slip", 5, true),
        t!("cli-trend-col-reviews")
    );
    for t in trends {
        let line = format!(
            "{}  {:<id_w$}  {:<title_w$}  {:<10}  {:<10}  {:>5}  {:>7}",
            letter_of(t),
            t.id.as_str(),
            cut(&t.title, title_w),
            date_or_dash(t.planned),
            date_or_dash(t.latest()),
            slip_label(t.slip_days),
            t.forecasts.len()
        );
        let _ = writeln!(o, "{}", line.trim_end());
    }
    for t in trends.iter().filter(|t| t.replans > 0) {
        let (first, last) = (t.due_changes.first(), t.due_changes.last());
        let _ = writeln!(
            o,
            "{}: {}",
            t.id,
            t!(
                "cli-trend-moved",
                count = t.replans,
                days = slip_label(Some(t.replan_days)),
                from = date_or_dash(first.map(|c| c.from)),
                to = date_or_dash(last.map(|c| c.to))
            )
        );
    }
    let _ = writeln!(o);
    if shown.is_empty() {
        let _ = writeln!(o, "{}", t!("cli-trend-no-forecast"));
        return o;
    }
    let _ = writeln!(o, "{}", t!("cli-trend-chart-head"));
    let points = |t: &MilestoneTrend| -> Vec<(f64, f64)> {
        t.forecasts
            .iter()
            .map(|f| (day_number(f.review), day_number(f.forecast)))
            .collect()
    };
    let all: Vec<(f64, f64)> = shown.iter().flat_map(|t| points(t)).collect();
    let (Some(x), Some(y)) = (
        Axis::spanning(Scale::Date, all.iter().map(|p| p.0)),
        Axis::spanning(Scale::Date, all.iter().map(|p| p.1)),
    ) else {
        return o;
    };
    // Where the forecast is the review's own date: a line reaches it when
    // the milestone is done.
    let mut series = vec![Series::line('·', vec![(x.min, x.min), (x.max, x.max)])];
    series.extend(
        shown
            .iter()
            .zip(LETTERS.chars())
            .map(|(t, letter)| Series::points(letter, points(t))),
    );
    let drawing = Chart { x, y, series }.draw(width, MILESTONE_CHART_HEIGHT);
    for line in &drawing.lines {
        let _ = writeln!(o, "{line}");
    }
    let mut legend: Vec<String> = shown
        .iter()
        .zip(LETTERS.chars())
        .map(|(t, letter)| format!("{letter} {} {}", t.id, slip_label(t.slip_days)))
        .collect();
    legend.push(format!("· {}", t!("cli-trend-legend-review-date")));
    if drawing.overlaps {
        legend.push(format!("{OVERLAP} {}", t!("cli-trend-legend-several")));
    }
    for line in wrap(&legend, "   ", width) {
        let _ = writeln!(o, "{line}");
    }
    let with_forecasts = trends.iter().filter(|t| !t.forecasts.is_empty()).count();
    if shown.len() < with_forecasts {
        let how = if chosen {
            t!("cli-trend-chart-fewer")
        } else {
            t!("cli-trend-chart-others")
        };
        let _ = writeln!(
            o,
            "{}",
            t!(
                "cli-trend-chart-some",
                shown = shown.len(),
                count = with_forecasts,
                how = how
            )
        );
    }
    o
}

/// `trend metric ID` as text, `width` columns wide: a header, then the
/// chart and the table of readings.
pub fn metric_text(m: &Metric, trend: &MetricTrend, width: usize) -> String {
    let mut o = metric_header(trend, width);
    if trend.readings.is_empty() {
        let _ = writeln!(
            o,
            "\n{}",
            t!("cli-trend-no-readings", metric = trend.metric.as_str())
        );
        return o;
    }
    let _ = writeln!(o);
    metric_chart(&mut o, m, trend, width);
    let _ = writeln!(o);
    metric_table(&mut o, trend);
    o
}

fn metric_header(t: &MetricTrend, width: usize) -> String {
    let mut o = String::new();
    let unit = t
        .unit
        .as_deref()
        .map(|u| format!(" ({u})"))
        .unwrap_or_default();
    let _ = writeln!(o, "{} · {}{unit}", t.metric, t.name);
    let mut parts = vec![match t.direction {
        Direction::Up => t!("cli-trend-higher-better"),
        Direction::Down => t!("cli-trend-lower-better"),
    }];
    let from = t.baseline.map(|b| {
        t!(
            "cli-trend-baseline",
            value = plain(b.value),
            on = b.on.to_string()
        )
    });
    let to = t.target.map(|x| {
        t!(
            "cli-trend-target",
            value = plain(x.value),
            by = x.by.to_string()
        )
    });
    match (from, to) {
        (Some(a), Some(b)) => parts.push(format!("{a} → {b}")),
        (Some(a), None) => parts.push(format!("{a}, {}", t!("cli-trend-no-target"))),
        (None, Some(b)) => parts.push(format!("{}, {b}", t!("cli-trend-no-baseline"))),
        (None, None) => parts.push(t!("cli-trend-no-baseline-or-target")),
    }
    if let Some(alert) = t.alert {
        parts.push(match t.direction {
            Direction::Up => t!("cli-trend-alert-below", alert = plain(alert)),
            Direction::Down => t!("cli-trend-alert-above", alert = plain(alert)),
        });
    }
    for line in wrap(&parts, " · ", width) {
        let _ = writeln!(o, "{line}");
    }
    let mut now = format!("{}: {}", t.today, state_label(t.state));
    // The same reading as `status` calls the latest: the last by date.
    if let Some(latest) = t.readings.last() {
        let _ = write!(
            now,
            " · {}",
            t!(
                "cli-trend-latest",
                value = plain(latest.value),
                on = latest.on.to_string()
            )
        );
    }
    if let Some(e) = t.expected_now {
        let _ = write!(now, " · {}", t!("cli-status-expected", value = plain(e)));
    }
    let _ = writeln!(o, "{now}");
    o
}

fn metric_chart(o: &mut String, m: &Metric, t: &MetricTrend, width: usize) {
    // The chart spans the readings and the trajectory's two ends, and goes
    // on to today, so that readings that stopped coming show as a gap.
    let dates: Vec<Date> = t
        .readings
        .iter()
        .map(|r| r.on)
        .chain(t.baseline.map(|b| b.on))
        .chain(t.target.map(|x| x.by))
        .collect();
    let (Some(&from), Some(&last)) = (dates.iter().min(), dates.iter().max()) else {
        return;
    };
    let to = if t.today > from {
        last.max(t.today)
    } else {
        last
    };
    let x = Axis {
        scale: Scale::Date,
        min: day_number(from),
        max: day_number(to),
    };
    let values = t.readings.iter().map(|r| r.value);
    let levels = [
        t.baseline.map(|b| b.value),
        t.target.map(|x| x.value),
        t.alert,
    ];
    let Some(y) = Axis::spanning(Scale::Number, values.chain(levels.into_iter().flatten())) else {
        return;
    };
    let mut series = Vec::new();
    let line: Vec<(f64, f64)> = trajectory(m, from, to)
        .into_iter()
        .map(|(d, v)| (day_number(d), v))
        .collect();
    if !line.is_empty() {
        series.push(Series::line('·', line));
    }
    if let Some(alert) = t.alert {
        series.push(Series::line('-', vec![(x.min, alert), (x.max, alert)]));
    }
    series.push(Series::points(
        '●',
        t.readings
            .iter()
            .map(|r| (day_number(r.on), r.value))
            .collect(),
    ));
    let drawing = Chart { x, y, series }.draw(width, METRIC_CHART_HEIGHT);
    for line in &drawing.lines {
        let _ = writeln!(o, "{line}");
    }
    let mut legend = vec![format!("● {}", t!("cli-trend-legend-reading"))];
    if t.baseline.is_some() || t.target.is_some() {
        legend.push(format!("· {}", t!("cli-trend-legend-expected")));
    }
    if let Some(alert) = t.alert {
        legend.push(format!("- {}", t!("cli-exc-alert", alert = plain(alert))));
    }
    for line in wrap(&legend, "   ", width) {
        let _ = writeln!(o, "{line}");
    }
}

fn metric_table(o: &mut String, t: &MetricTrend) {
    // Each column keeps one number of decimals, so the points line up.
    let values: Vec<f64> = t.readings.iter().map(|r| r.value).collect();
    let expected: Vec<Option<f64>> = t.readings.iter().map(|r| r.expected).collect();
    let difference: Vec<Option<f64>> = t.readings.iter().map(|r| r.difference).collect();
    let value_decimals = decimals(values.iter().copied());
    let expected_decimals = decimals(expected.iter().flatten().copied());
    let difference_decimals = decimals(difference.iter().flatten().copied());
    let rows: Vec<[String; 5]> = t
        .readings
        .iter()
        .map(|r| {
            let mark = match r.state {
                ReadingState::OnTrack => String::new(),
                ReadingState::Behind => format!("▼ {}", t!("state-behind")),
                ReadingState::Exception => format!("! {}", t!("state-exception")),
            };
            [
                r.on.to_string(),
                format!("{:.*}", value_decimals, r.value),
                r.expected
                    .map_or_else(|| "–".into(), |e| format!("{e:.expected_decimals$}")),
                r.difference.map_or_else(
                    || "–".into(),
                    |d| {
                        let text = format!("{d:.difference_decimals$}");
                        if d > 0.0 {
                            format!("+{text}")
                        } else {
                            text
                        }
                    },
                ),
                mark,
            ]
        })
        .collect();
    let header = [
        t!("cli-trend-col-date"),
        t!("cli-trend-col-value"),
        t!("cli-trend-col-expected"),
        t!("cli-trend-col-difference"),
        String::new(),
    ];
    let date_w = header[0].chars().count().max(10);
    let w = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([header[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let (w1, w2, w3) = (w(1), w(2), w(3));
    for row in std::iter::once(header).chain(rows) {
        let line = format!(
            "{:<date_w$}  {:>w1$}  {:>w2$}  {:>w3$}  {}",
            row[0], row[1], row[2], row[3], row[4]
        );
        let _ = writeln!(o, "{}", line.trim_end());
    }
}

/// The decimals the most precise of `values` needs, up to 4.
fn decimals(values: impl Iterator<Item = f64>) -> usize {
    values
        .map(|v| {
            (0..4)
                .find(|d| {
                    let scaled = v * 10f64.powi(*d as i32);
                    (scaled - scaled.round()).abs() < 1e-6
                })
                .unwrap_or(4)
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_layout_helpers() {
        assert_eq!(slip_label(Some(30)), "+30d");
        assert_eq!(slip_label(Some(-4)), "-4d");
        assert_eq!(slip_label(Some(0)), "0d");
        assert_eq!(slip_label(None), "–");
        assert_eq!(cut("Billing requests", 8), "Billing…");
        assert_eq!(cut("שירות", 8), "שירות");
        assert_eq!(decimals([64.0, 17.5, 62.49].into_iter()), 2);
        assert_eq!(decimals([64.0, 65.0].into_iter()), 0);
        assert_eq!(decimals(std::iter::empty()), 0);
        assert_eq!(decimals([1.0 / 3.0].into_iter()), 4);
        let words: Vec<String> = ["A one", "B two", "C three"].map(String::from).into();
        assert_eq!(wrap(&words, "   ", 13), ["A one   B two", "C three"]);
        assert_eq!(wrap(&words, " · ", 80), ["A one · B two · C three"]);
    }
}

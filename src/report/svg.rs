//! Inline SVG charts for the HTML report, drawn by hand: polylines,
//! circles, lines and text, no script and no external resource.
//!
//! Every piece of user text that reaches a chart (an id, a title) goes
//! through [`escape`], like the rest of the page. Coordinates are written
//! with one decimal, so a chart's size grows linearly with its points.

use std::fmt::{self, Write};

use chrono::{Datelike, NaiveDate};

use super::escape::escape;
use crate::domain::report::MetricReport;
use crate::domain::trend::{MilestoneTrend, ReadingState};
use crate::domain::types::Date;
use crate::present::chart::day_number;
use crate::present::number::{on_step, plain};

/// The drawing's size in SVG units; it scales to the page's width.
const WIDTH: f64 = 680.0;
const HEIGHT: f64 = 240.0;
/// The milestone trend needs more room: one month a row of labels.
const TREND_HEIGHT: f64 = 340.0;
/// The least distance between two end labels, so that they never overlap.
const LABEL_GAP: f64 = 11.0;
/// Room for the axis labels (left, bottom) and end labels (right).
const LEFT: f64 = 54.0;
const RIGHT: f64 = 96.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 28.0;

/// Line colours for the milestone trend, told apart in print too.
pub const PALETTE: [&str; 10] = [
    "#1f4e9c", "#c2410c", "#047857", "#7c3aed", "#b91c1c", "#0e7490", "#a16207", "#be185d",
    "#4d7c0f", "#475569",
];

/// Maps values to the plot area.
struct Frame {
    x: (f64, f64),
    y: (f64, f64),
    /// The drawing's height in SVG units.
    height: f64,
}

impl Frame {
    /// A frame for these ranges; an empty range is widened so that its
    /// one value sits in the middle.
    fn new(x: (f64, f64), y: (f64, f64), height: f64) -> Frame {
        let widen = |(lo, hi): (f64, f64), by: f64| {
            if hi - lo < 1e-9 {
                (lo - by, hi + by)
            } else {
                (lo, hi)
            }
        };
        Frame {
            x: widen(x, 1.0),
            y: widen(y, (y.0.abs() * 0.1).max(1.0)),
            height,
        }
    }

    fn px(&self, x: f64) -> f64 {
        LEFT + (x - self.x.0) / (self.x.1 - self.x.0) * (WIDTH - LEFT - RIGHT)
    }

    fn py(&self, y: f64) -> f64 {
        self.bottom() - (y - self.y.0) / (self.y.1 - self.y.0) * (self.height - TOP - BOTTOM)
    }

    /// The y of the plot area's lower edge.
    fn bottom(&self) -> f64 {
        self.height - BOTTOM
    }
}

/// Opens an `<svg>` with a title that screen readers and tooltips show.
fn open(o: &mut String, title: &str, height: f64) -> fmt::Result {
    write!(
        o,
        "<svg class=\"chart\" dir=\"ltr\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"{t}\"><title>{t}</title>",
        t = escape(title)
    )?;
    // The plot area's frame.
    write!(
        o,
        "<rect x=\"{LEFT}\" y=\"{TOP}\" width=\"{}\" height=\"{}\" class=\"plot\"/>",
        WIDTH - LEFT - RIGHT,
        height - TOP - BOTTOM
    )
}

fn polyline(
    o: &mut String,
    f: &Frame,
    points: &[(f64, f64)],
    class: &str,
    style: &str,
) -> fmt::Result {
    if points.is_empty() {
        return Ok(());
    }
    write!(o, "<polyline class=\"{class}\"{style} points=\"")?;
    for (k, (x, y)) in points.iter().enumerate() {
        if k > 0 {
            o.push(' ');
        }
        write!(o, "{:.1},{:.1}", f.px(*x), f.py(*y))?;
    }
    o.push_str("\"/>");
    Ok(())
}

/// Grid lines and labels at the first of each month of `range` (day
/// numbers), on the x axis (`vertical` grid lines) or the y axis.
fn month_ticks(o: &mut String, f: &Frame, range: (f64, f64), on_x: bool) -> fmt::Result {
    let months = month_starts(range);
    // At most about 14 labels: every second (third…) month on long spans.
    let every = months.len().div_ceil(14).max(1);
    for (k, (day, date)) in months.iter().enumerate() {
        let label = if date.month() == 1 || k == 0 {
            format!("{:04}-{:02}", date.year(), date.month())
        } else {
            format!("{:02}", date.month())
        };
        if on_x {
            let x = f.px(*day);
            write!(
                o,
                "<line class=\"grid\" x1=\"{x:.1}\" y1=\"{TOP}\" x2=\"{x:.1}\" y2=\"{:.1}\"/>",
                f.bottom()
            )?;
            if k % every == 0 {
                write!(
                    o,
                    "<text class=\"tick\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{label}</text>",
                    f.bottom() + 14.0
                )?;
            }
        } else if k % every == 0 {
            let y = f.py(*day);
            write!(
                o,
                "<line class=\"grid\" x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\"/><text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{label}</text>",
                WIDTH - RIGHT,
                LEFT - 4.0,
                y + 4.0
            )?;
        }
    }
    Ok(())
}

/// The first day of each month within `range`, as (day number, date).
fn month_starts((lo, hi): (f64, f64)) -> Vec<(f64, NaiveDate)> {
    let Some(first) = NaiveDate::from_num_days_from_ce_opt(lo.ceil() as i32) else {
        return Vec::new();
    };
    let mut month = NaiveDate::from_ymd_opt(first.year(), first.month(), 1);
    let mut out = Vec::new();
    while let Some(date) = month {
        let day = day_number(Date(date));
        if day > hi {
            break;
        }
        if day >= lo {
            out.push((day, date));
        }
        month = date.checked_add_months(chrono::Months::new(1));
    }
    out
}

/// Horizontal grid lines and labels at round numbers over `range`.
fn number_ticks(o: &mut String, f: &Frame) -> fmt::Result {
    let (lo, hi) = f.y;
    let step = nice_step((hi - lo) / 4.0);
    let mut v = (lo / step).ceil() * step;
    while v <= hi + step * 1e-9 {
        let y = f.py(v);
        write!(
            o,
            "<line class=\"grid\" x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\"/><text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            WIDTH - RIGHT,
            LEFT - 4.0,
            y + 4.0,
            on_step(v, step)
        )?;
        v += step;
    }
    Ok(())
}

/// 1, 2 or 5 × a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    if !raw.is_finite() || raw <= 0.0 {
        return 1.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * power)
}

/// A label at the right end of the plot, beside the value it names.
fn end_label(o: &mut String, f: &Frame, y: f64, class: &str, text: &str) -> fmt::Result {
    // A right-to-left label reads from its right, still starting at the
    // plot's edge.
    let dir = if crate::i18n::current().is_rtl() {
        " direction=\"rtl\" text-anchor=\"end\""
    } else {
        ""
    };
    write!(
        o,
        "<text class=\"{class}\"{dir} x=\"{:.1}\" y=\"{:.1}\">{}</text>",
        WIDTH - RIGHT + 4.0,
        f.py(y) + 4.0,
        escape(text)
    )
}

/// The milestone trend: each milestone's forecast (up) at each review
/// (across). A level line is on schedule; a rising one slips. The diagonal
/// is where the forecast is the review's own date.
pub fn milestone_trend(o: &mut String, reviews: &[Date], trends: &[MilestoneTrend]) -> fmt::Result {
    let xs = reviews.iter().map(|d| day_number(*d));
    let ys = trends
        .iter()
        .flat_map(|t| t.forecasts.iter().map(|f| day_number(f.forecast)));
    let (Some(x), Some(y)) = (span(xs), span(ys)) else {
        return Ok(());
    };
    // Room above and below the forecasts: about a week each side.
    let y = (y.0 - 7.0, y.1 + 7.0);
    let f = Frame::new(x, y, TREND_HEIGHT);
    open(o, &crate::t!("report-chart-trend"), TREND_HEIGHT)?;
    month_ticks(o, &f, f.y, false)?;
    month_ticks(o, &f, f.x, true)?;
    // The diagonal, clipped to the plot.
    let lo = f.x.0.max(f.y.0);
    let hi = f.x.1.min(f.y.1);
    if lo < hi {
        polyline(o, &f, &[(lo, lo), (hi, hi)], "diagonal", "")?;
    }
    let mut labels: Vec<(f64, &str, &str)> = Vec::new();
    for (t, colour) in trends.iter().zip(PALETTE.iter().cycle()) {
        let points: Vec<(f64, f64)> = t
            .forecasts
            .iter()
            .map(|p| (day_number(p.review), day_number(p.forecast)))
            .collect();
        let style = format!(" style=\"stroke:{colour}\"");
        polyline(o, &f, &points, "series", &style)?;
        for (px, py) in &points {
            write!(
                o,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" style=\"fill:{colour}\"/>",
                f.px(*px),
                f.py(*py)
            )?;
        }
        if let Some((_, last)) = points.last() {
            labels.push((f.py(*last) + 4.0, t.id.as_str(), colour));
        }
    }
    // Milestones often end on the same forecast: spread their labels.
    labels.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut next = f64::NEG_INFINITY;
    for (y, id, colour) in labels {
        let y = y.max(next);
        next = y + LABEL_GAP;
        write!(
            o,
            "<text class=\"label\" x=\"{:.1}\" y=\"{y:.1}\" style=\"fill:{colour}\">{}</text>",
            WIDTH - RIGHT + 4.0,
            escape(id)
        )?;
    }
    o.push_str("</svg>");
    Ok(())
}

/// One metric: its readings (dots coloured by their state against the
/// trajectory), the trajectory (dashed), the target, the alert level and
/// today.
pub fn metric_chart(o: &mut String, r: &MetricReport) -> fmt::Result {
    let t = &r.trend;
    let x = (day_number(r.from), day_number(r.to));
    let values = t
        .readings
        .iter()
        .map(|p| p.value)
        .chain(r.trajectory.iter().map(|(_, v)| *v))
        .chain(t.alert);
    let Some((lo, hi)) = span(values) else {
        open(
            o,
            &crate::t!("report-chart-empty", name = t.name.as_str()),
            HEIGHT,
        )?;
        write!(
            o,
            "<text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text></svg>",
            WIDTH / 2.0,
            HEIGHT / 2.0,
            crate::t!("report-no-readings")
        )?;
        return Ok(());
    };
    let pad = ((hi - lo) * 0.08).max(hi.abs() * 0.02).max(0.5);
    let f = Frame::new(x, (lo - pad, hi + pad), HEIGHT);
    open(
        o,
        &crate::t!("report-chart-metric", name = t.name.as_str()),
        HEIGHT,
    )?;
    number_ticks(o, &f)?;
    month_ticks(o, &f, f.x, true)?;
    let today = day_number(t.today);
    if (f.x.0..=f.x.1).contains(&today) {
        let x = f.px(today);
        write!(
            o,
            "<line class=\"today\" x1=\"{x:.1}\" y1=\"{TOP}\" x2=\"{x:.1}\" y2=\"{:.1}\"/><text class=\"tick\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            f.bottom(),
            TOP + 9.0,
            crate::t!("report-today")
        )?;
    }
    if let Some(alert) = t.alert {
        polyline(o, &f, &[(f.x.0, alert), (f.x.1, alert)], "alert", "")?;
        end_label(
            o,
            &f,
            alert,
            "alert-label",
            &crate::t!("report-chart-alert", value = plain(alert)),
        )?;
    }
    let trajectory: Vec<(f64, f64)> = r
        .trajectory
        .iter()
        .map(|(d, v)| (day_number(*d), *v))
        .collect();
    polyline(o, &f, &trajectory, "trajectory", "")?;
    if let Some(target) = t.target {
        let (x, y) = (f.px(day_number(target.by)), f.py(target.value));
        write!(
            o,
            "<path class=\"target\" d=\"M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z\"/>",
            y - 5.0,
            x + 5.0,
            y + 5.0,
            x - 5.0
        )?;
        end_label(
            o,
            &f,
            target.value,
            "target-label",
            &crate::t!("report-chart-target", value = plain(target.value)),
        )?;
    }
    let points: Vec<(f64, f64)> = t
        .readings
        .iter()
        .map(|p| (day_number(p.on), p.value))
        .collect();
    polyline(o, &f, &points, "readings", "")?;
    for (p, (px, py)) in t.readings.iter().zip(&points) {
        let class = match p.state {
            ReadingState::OnTrack => "r-ok",
            ReadingState::Behind => "r-behind",
            ReadingState::Exception => "r-exception",
        };
        write!(
            o,
            "<circle class=\"{class}\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"2.6\"/>",
            f.px(*px),
            f.py(*py)
        )?;
    }
    o.push_str("</svg>");
    Ok(())
}

/// The smallest and largest of `values`, None when there are none.
fn span(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values
        .filter(|v| v.is_finite())
        .fold(None, |acc, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(3.0), 5.0);
        assert_eq!(nice_step(0.3), 0.5);
        assert_eq!(nice_step(12.0), 20.0);
        assert_eq!(nice_step(0.0), 1.0);
        assert_eq!(on_step(-0.0001, 0.5), "0");
    }

    #[test]
    fn months_within_a_span() {
        let d = |s: &str| day_number(Date::parse(s).unwrap());
        let months = month_starts((d("2026-01-15"), d("2026-04-01")));
        let dates: Vec<String> = months.iter().map(|(_, m)| m.to_string()).collect();
        assert_eq!(dates, ["2026-02-01", "2026-03-01", "2026-04-01"]);
    }
}

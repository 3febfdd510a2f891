//! Text charts for the terminal: symbols on a grid of characters, a y axis
//! with labels on the left and an x axis with labels below.
//!
//! A chart is a pure function of its input: the same series and size give
//! the same lines, with no colour and no question to the terminal, so the
//! output can be piped, pasted into an e-mail and snapshotted in tests.
//! Dates are plotted as day numbers ([`day_number`]) and labelled by month.

use chrono::{Datelike, NaiveDate};

use crate::domain::types::Date;

/// What a cell shows when points of two series fall on it.
pub const OVERLAP: char = '*';

/// The narrowest plot area drawn, whatever width is asked for.
const MIN_PLOT_WIDTH: usize = 10;
/// The fewest rows drawn, whatever height is asked for.
const MIN_HEIGHT: usize = 3;

/// What an axis's values are, which decides its ticks and labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// Plain numbers, ticked at 1, 2 or 5 × a power of ten.
    Number,
    /// Day numbers from [`day_number`], ticked at the first of a month.
    Date,
}

/// The values an axis must show. The y axis is widened to whole ticks; the
/// x axis spans exactly `min..=max`, so points use the whole width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    pub scale: Scale,
    pub min: f64,
    pub max: f64,
}

impl Axis {
    /// The axis from the smallest to the largest of `values`; None when
    /// there are none.
    pub fn spanning(scale: Scale, values: impl IntoIterator<Item = f64>) -> Option<Axis> {
        let mut values = values.into_iter().filter(|v| v.is_finite());
        let first = values.next()?;
        let (min, max) = values.fold((first, first), |(lo, hi), v| (lo.min(v), hi.max(v)));
        Some(Axis { scale, min, max })
    }

    /// The same axis with room for one value more.
    pub fn including(self, value: f64) -> Axis {
        if !value.is_finite() {
            return self;
        }
        Axis {
            min: self.min.min(value),
            max: self.max.max(value),
            ..self
        }
    }

    /// An axis with a span: a single value gets one unit (a day) either side.
    fn widened(self) -> Axis {
        if self.max - self.min > f64::EPSILON {
            self
        } else {
            Axis {
                min: self.min - 1.0,
                max: self.max + 1.0,
                ..self
            }
        }
    }
}

/// One set of points: drawn as symbols, or joined as a line.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub symbol: char,
    pub points: Vec<(f64, f64)>,
    /// A line is drawn in every column between its first and last point,
    /// under the points of the other series.
    pub joined: bool,
}

impl Series {
    pub fn points(symbol: char, points: Vec<(f64, f64)>) -> Series {
        Series {
            symbol,
            points,
            joined: false,
        }
    }

    pub fn line(symbol: char, points: Vec<(f64, f64)>) -> Series {
        Series {
            symbol,
            points,
            joined: true,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub x: Axis,
    pub y: Axis,
    pub series: Vec<Series>,
}

/// A drawn chart: its lines (no trailing spaces), and whether points of
/// different series shared a cell (shown as [`OVERLAP`]), which the legend
/// should then explain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drawing {
    pub lines: Vec<String>,
    pub overlaps: bool,
}

#[derive(Clone, Copy)]
struct Cell {
    symbol: char,
    /// The points series that put its symbol here, if any.
    point_of: Option<usize>,
}

impl Chart {
    /// The chart in `width` columns (labels included) and `height` rows of
    /// plot, plus two rows for the x axis and its labels.
    pub fn draw(&self, width: usize, height: usize) -> Drawing {
        let height = height.max(MIN_HEIGHT);
        let y_ticks = y_ticks(self.y.widened(), height);
        let (lo, hi) = match (y_ticks.first(), y_ticks.last()) {
            (Some(first), Some(last)) if last.0 > first.0 => (first.0, last.0),
            _ => (self.y.widened().min, self.y.widened().max),
        };
        let gutter = y_ticks
            .iter()
            .map(|(_, label)| label.chars().count())
            .max()
            .unwrap_or(0);
        let plot_width = width.saturating_sub(gutter + 2).max(MIN_PLOT_WIDTH);
        let x = self.x.widened();
        let col_of = |v: f64| position(v, x.min, x.max, plot_width);
        let row_of =
            |v: f64| position(v, lo, hi, height).map(|from_bottom| height - 1 - from_bottom);

        let blank = Cell {
            symbol: ' ',
            point_of: None,
        };
        let mut grid = vec![vec![blank; plot_width]; height];
        for s in self.series.iter().filter(|s| s.joined) {
            for (col, value) in line_values(&s.points, x, plot_width) {
                if let Some(row) = row_of(value) {
                    grid[row][col].symbol = s.symbol;
                }
            }
        }
        let mut overlaps = false;
        for (index, s) in self.series.iter().enumerate().filter(|(_, s)| !s.joined) {
            for &(px, py) in &s.points {
                let (Some(col), Some(row)) = (col_of(px), row_of(py)) else {
                    continue;
                };
                let cell = &mut grid[row][col];
                match cell.point_of {
                    Some(other) if other != index => {
                        cell.symbol = OVERLAP;
                        overlaps = true;
                    }
                    _ => {
                        cell.symbol = s.symbol;
                        cell.point_of = Some(index);
                    }
                }
            }
        }

        let mut labels = vec![String::new(); height];
        for (value, label) in &y_ticks {
            if let Some(row) = row_of(*value) {
                if labels[row].is_empty() {
                    labels[row] = label.clone();
                }
            }
        }
        let mut lines: Vec<String> = grid
            .iter()
            .zip(&labels)
            .map(|(cells, label)| {
                let axis = if label.is_empty() { '│' } else { '┤' };
                let row: String = cells.iter().map(|c| c.symbol).collect();
                format!("{label:>gutter$} {axis}{row}")
                    .trim_end()
                    .to_string()
            })
            .collect();
        let (axis, under) = x_axis(x, gutter, plot_width);
        lines.push(axis);
        lines.push(under);
        Drawing { lines, overlaps }
    }
}

/// Where `value` falls among `cells` cells spanning `min..=max`, from 0;
/// None outside the span (with a little slack for rounding).
fn position(value: f64, min: f64, max: f64, cells: usize) -> Option<usize> {
    let span = max - min;
    let slack = span * 1e-9;
    if !(value >= min - slack && value <= max + slack) || cells == 0 {
        return None;
    }
    let at = ((value - min) / span * (cells - 1) as f64).round();
    Some((at.max(0.0) as usize).min(cells - 1))
}

/// The value of a joined line in each column between its first and last
/// point, by linear interpolation.
fn line_values(points: &[(f64, f64)], x: Axis, cells: usize) -> Vec<(usize, f64)> {
    let mut sorted: Vec<(f64, f64)> = points
        .iter()
        .copied()
        .filter(|(a, b)| a.is_finite() && b.is_finite())
        .collect();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (Some(first), Some(last)) = (sorted.first(), sorted.last()) else {
        return Vec::new();
    };
    let (first, last) = (first.0, last.0);
    (0..cells)
        .filter_map(|col| {
            let at = x.min + (x.max - x.min) * col as f64 / (cells.max(2) - 1) as f64;
            if at < first || at > last {
                return None;
            }
            let i = sorted.iter().rposition(|p| p.0 <= at)?;
            let (x0, y0) = sorted[i];
            let value = match sorted.get(i + 1) {
                Some(&(x1, y1)) if x1 > x0 => y0 + (y1 - y0) * (at - x0) / (x1 - x0),
                _ => y0,
            };
            Some((col, value))
        })
        .collect()
}

/// The y ticks, from the bottom up: whole steps that cover the axis, about
/// one every three rows.
fn y_ticks(axis: Axis, height: usize) -> Vec<(f64, String)> {
    let most = ((height - 1) / 3).max(1);
    match axis.scale {
        Scale::Number => {
            let step = number_steps(axis.max - axis.min)
                .into_iter()
                .find(|step| {
                    let lo = (axis.min / step).floor();
                    let hi = (axis.max / step).ceil();
                    hi - lo <= most as f64
                })
                .unwrap_or(axis.max - axis.min);
            let lo = (axis.min / step).floor() as i64;
            let hi = ((axis.max / step).ceil() as i64).max(lo + 1);
            (lo..=hi)
                .map(|k| {
                    let v = k as f64 * step;
                    (v, number_label(v, step))
                })
                .collect()
        }
        Scale::Date => {
            // Ticks every `k` months, at months divisible by `k` (so every
            // 3 months falls on January, April, July and October).
            let range = |k: i64| {
                let lo = month_of(axis.min).div_euclid(k) * k;
                let mut hi = lo + k;
                while month_start(hi).is_some_and(|d| d < axis.max) {
                    hi += k;
                }
                (lo, hi)
            };
            let every = MONTH_STEPS
                .into_iter()
                .find(|k| {
                    let (lo, hi) = range(*k);
                    (hi - lo) / k <= most as i64
                })
                .unwrap_or(MONTH_STEPS[MONTH_STEPS.len() - 1]);
            let (lo, hi) = range(every);
            (lo..=hi)
                .step_by(every as usize)
                .filter_map(|m| Some((month_start(m)?, month_label(m))))
                .collect()
        }
    }
}

/// The x axis line and its labels below, each label centred on its tick;
/// the step grows until no two labels touch.
fn x_axis(x: Axis, gutter: usize, cells: usize) -> (String, String) {
    let ticks = x_ticks(x, gutter + 2, cells);
    let mut axis: Vec<char> = std::iter::repeat_n(' ', gutter + 1)
        .chain(std::iter::once('└'))
        .chain(std::iter::repeat_n('─', cells))
        .collect();
    let mut under = vec![' '; gutter + 2 + cells];
    for (col, label) in ticks {
        axis[gutter + 2 + col] = '┬';
        let at = label_start(gutter + 2 + col, label.chars().count(), under.len());
        for (i, c) in label.chars().enumerate() {
            under[at + i] = c;
        }
    }
    let text = |v: Vec<char>| v.into_iter().collect::<String>().trim_end().to_string();
    (text(axis), text(under))
}

fn label_start(tick: usize, len: usize, width: usize) -> usize {
    tick.saturating_sub(len / 2).min(width.saturating_sub(len))
}

/// Ticks of the x axis as (column in the plot, label), the finest step
/// whose labels leave a space between them; the plot starts at column
/// `left` of the line.
fn x_ticks(x: Axis, left: usize, cells: usize) -> Vec<(usize, String)> {
    let width = left + cells;
    let span = |(col, label): &(usize, String)| {
        let len = label.chars().count();
        let start = label_start(left + col, len, width);
        (start, start + len)
    };
    let fits = |ticks: &[(usize, String)]| {
        ticks
            .windows(2)
            .all(|pair| span(&pair[1]).0 > span(&pair[0]).1)
    };
    let col = |v: f64| position(v, x.min, x.max, cells);
    let candidates: Vec<Vec<(usize, String)>> = match x.scale {
        Scale::Number => number_steps(x.max - x.min)
            .into_iter()
            .map(|step| {
                let lo = (x.min / step).ceil() as i64;
                let hi = (x.max / step).floor() as i64;
                (lo..=hi)
                    .filter_map(|k| {
                        let v = k as f64 * step;
                        Some((col(v)?, number_label(v, step)))
                    })
                    .collect()
            })
            .collect(),
        Scale::Date => MONTH_STEPS
            .into_iter()
            .map(|every| {
                let lo = month_of(x.min);
                let first = lo + (every - lo.rem_euclid(every)) % every;
                (first..=month_of(x.max))
                    .step_by(every as usize)
                    .filter_map(|m| Some((col(month_start(m)?)?, month_label(m))))
                    .collect()
            })
            .collect(),
    };
    let best = candidates
        .into_iter()
        .find(|ticks| ticks.len() >= 2 && fits(ticks));
    match best {
        Some(ticks) => ticks,
        // Too short a span for two ticks: label both ends.
        None => [(x.min, 0), (x.max, cells.saturating_sub(1))]
            .into_iter()
            .map(|(v, c)| (c, end_label(x.scale, v)))
            .filter(|_| cells >= 24)
            .collect(),
    }
}

fn end_label(scale: Scale, value: f64) -> String {
    match scale {
        Scale::Number => number_label(value, 0.01),
        Scale::Date => date_of(value).map_or_else(String::new, |d| d.to_string()),
    }
}

/// Months between date ticks: the first that fits is used.
const MONTH_STEPS: [i64; 7] = [1, 2, 3, 6, 12, 24, 60];

/// Steps of 1, 2 and 5 × a power of ten, finest first, from a thousandth of
/// `span` up to more than `span`.
fn number_steps(span: f64) -> Vec<f64> {
    let span = if span > 0.0 && span.is_finite() {
        span
    } else {
        1.0
    };
    let top = span.log10().floor() as i32;
    (top - 3..=top + 1)
        .flat_map(|e| [1.0, 2.0, 5.0].map(|m| m * 10f64.powi(e)))
        .collect()
}

/// `value` with as many decimals as `step` needs (`0.5` → one).
fn number_label(value: f64, step: f64) -> String {
    crate::present::number::fixed(value, crate::present::number::step_decimals(step))
}

/// The day number of a date, for plotting.
pub fn day_number(date: Date) -> f64 {
    f64::from(date.0.num_days_from_ce())
}

fn date_of(day: f64) -> Option<Date> {
    NaiveDate::from_num_days_from_ce_opt(day.round() as i32).map(Date)
}

/// Months since year 0 of the month holding a day number.
fn month_of(day: f64) -> i64 {
    date_of(day).map_or(0, |d| i64::from(d.0.year()) * 12 + i64::from(d.0.month0()))
}

fn month_start(month: i64) -> Option<f64> {
    let year = i32::try_from(month.div_euclid(12)).ok()?;
    let date = NaiveDate::from_ymd_opt(year, month.rem_euclid(12) as u32 + 1, 1)?;
    Some(day_number(Date(date)))
}

fn month_label(month: i64) -> String {
    format!(
        "{:04}-{:02}",
        month.div_euclid(12),
        month.rem_euclid(12) + 1
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> f64 {
        day_number(Date::parse(s).unwrap())
    }

    #[test]
    fn points_lines_and_axes() {
        let chart = Chart {
            x: Axis {
                scale: Scale::Number,
                min: 0.0,
                max: 10.0,
            },
            y: Axis {
                scale: Scale::Number,
                min: 0.0,
                max: 10.0,
            },
            series: vec![
                Series::line('.', vec![(0.0, 0.0), (10.0, 10.0)]),
                Series::points('A', vec![(0.0, 10.0), (5.0, 5.0), (10.0, 0.0)]),
            ],
        };
        let drawn = chart.draw(30, 7);
        assert!(!drawn.overlaps);
        assert_eq!(
            drawn.lines.join("\n"),
            "\
10 ┤A                      ...
   │                   ....
   │               ....
 5 ┤           ..A.
   │       ....
   │   ....
 0 ┤...                      A
   └┬────┬────┬────┬────┬────┬
    0    2    4    6    8   10"
        );
    }

    #[test]
    fn points_of_two_series_in_one_cell_show_the_overlap() {
        let chart = Chart {
            x: Axis {
                scale: Scale::Number,
                min: 0.0,
                max: 4.0,
            },
            y: Axis {
                scale: Scale::Number,
                min: 0.0,
                max: 5.0,
            },
            series: vec![
                Series::points('A', vec![(0.0, 0.0), (4.0, 5.0)]),
                Series::points('B', vec![(4.0, 5.0)]),
                // The same series twice on one cell is no overlap.
                Series::points('C', vec![(0.0, 5.0), (0.0, 5.0)]),
            ],
        };
        let drawn = chart.draw(20, 5);
        assert!(drawn.overlaps);
        assert_eq!(drawn.lines[0], "5 ┤C               *");
        assert_eq!(drawn.lines[4], "0 ┤A");
    }

    #[test]
    fn dates_are_ticked_by_month_and_points_outside_are_left_out() {
        let chart = Chart {
            x: Axis {
                scale: Scale::Date,
                min: day("2026-01-19"),
                max: day("2026-11-23"),
            },
            y: Axis {
                scale: Scale::Date,
                min: day("2026-01-09"),
                max: day("2026-12-04"),
            },
            series: vec![Series::points(
                'A',
                vec![
                    (day("2026-01-19"), day("2026-09-16")),
                    (day("2026-11-23"), day("2026-12-02")),
                    (day("2027-06-01"), day("2026-12-02")),
                ],
            )],
        };
        let drawn = chart.draw(60, 9);
        assert_eq!(
            drawn.lines.join("\n"),
            "\
2027-01 ┤
        │                                                  A
        │A
        │
2026-07 ┤
        │
        │
        │
2026-01 ┤
        └───────┬─────────┬────────┬──────────┬────────┬────
             2026-03   2026-05  2026-07    2026-09  2026-11"
        );
    }

    #[test]
    fn a_single_value_and_a_tiny_width_still_draw() {
        let chart = Chart {
            x: Axis {
                scale: Scale::Date,
                min: day("2026-03-01"),
                max: day("2026-03-01"),
            },
            y: Axis {
                scale: Scale::Number,
                min: 5.0,
                max: 5.0,
            },
            series: vec![Series::points('A', vec![(day("2026-03-01"), 5.0)])],
        };
        let drawn = chart.draw(5, 1);
        assert_eq!(drawn.lines.len(), MIN_HEIGHT + 2);
        assert!(drawn.lines.iter().any(|l| l.contains('A')));
        let wide = chart.draw(60, 5);
        assert_eq!(
            wide.lines.last().map(String::as_str),
            Some("2026-02-28                                        2026-03-02")
        );
    }

    #[test]
    fn axis_from_values_and_labels() {
        let axis = Axis::spanning(Scale::Number, [3.0, f64::NAN, -1.0, 2.0]).unwrap();
        assert_eq!((axis.min, axis.max), (-1.0, 3.0));
        assert_eq!(axis.including(7.0).max, 7.0);
        assert!(Axis::spanning(Scale::Number, []).is_none());
        assert_eq!(number_label(-0.0001, 0.5), "0.0");
        assert_eq!(number_label(62.5, 0.5), "62.5");
        assert_eq!(number_label(60.0, 5.0), "60");
        assert_eq!(month_label(2026 * 12 + 11), "2026-12");
    }
}

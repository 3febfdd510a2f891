//! Readings from a CSV export of a BI or CRM system: the columns found by
//! their header, the delimiter found from the header line, numbers with a
//! decimal comma or point, dates in the usual forms.
//!
//! This reads the file only: which metric and unit a row names is checked
//! against the plan by the caller. Every problem of a row is collected with
//! its line and column, so that a person fixes them all in one pass; only a
//! file that cannot be read as a table at all is an error of its own.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read};
use std::rc::Rc;

use chrono::format::{Item, StrftimeItems};
use chrono::NaiveDate;

use crate::domain::types::Date;

/// The columns charter reads, in the order it names them.
pub const COLUMNS: [&str; 4] = ["metric", "date", "value", "unit"];

/// How the dates of the file are written.
#[derive(Clone, Debug)]
pub enum DateFormat {
    /// `YYYY-MM-DD` or `DD/MM/YYYY`.
    Usual,
    /// A chrono `strftime` format such as `%m/%d/%Y`.
    Custom(String),
}

impl DateFormat {
    /// A format given by the user, checked before any row is read.
    pub fn custom(format: &str) -> Result<DateFormat, String> {
        let bad = StrftimeItems::new(format).any(|item| matches!(item, Item::Error));
        let has_day = ["%d", "%e", "%j", "%F", "%D", "%x", "%v"]
            .iter()
            .any(|d| format.contains(d));
        if bad || !has_day {
            return Err(crate::t!("cli-csv-bad-date-format", format = format));
        }
        Ok(DateFormat::Custom(format.to_string()))
    }
}

/// One row. A cell that could not be read is `None` (its problem is in
/// [`Table::errors`]); the metric and unit of such a row are still given,
/// so that their problems are reported in the same pass.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The line of the file the row starts on (1-based; the header is line 1).
    pub line: u64,
    pub metric: Option<String>,
    pub on: Option<Date>,
    pub value: Option<f64>,
    /// The unit as written (not yet checked as an id); `None` when empty.
    pub unit: Option<String>,
}

impl Row {
    /// Every cell was read.
    pub fn complete(&self) -> bool {
        self.metric.is_some() && self.on.is_some() && self.value.is_some()
    }
}

/// A problem of one cell (or of a whole row, then `column` is the first).
#[derive(Clone, Debug, PartialEq)]
pub struct CellError {
    pub line: u64,
    /// 1-based.
    pub column: usize,
    /// The column's name as the header writes it.
    pub name: String,
    pub message: String,
}

/// Where each column charter reads is (0-based), and what the header says.
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    pub metric: usize,
    pub date: usize,
    pub value: usize,
    pub unit: Option<usize>,
    /// Every name of the header as written, by position.
    pub names: Vec<String>,
    /// The columns charter does not read, as written.
    pub ignored: Vec<String>,
}

impl Header {
    /// A cell problem in column `index` of row `line`.
    pub fn error(&self, line: u64, index: usize, message: String) -> CellError {
        CellError {
            line,
            column: index + 1,
            name: self.names.get(index).cloned().unwrap_or_default(),
            message,
        }
    }
}

/// The file read as a table.
#[derive(Clone, Debug)]
pub struct Table {
    pub delimiter: u8,
    pub header: Header,
    pub rows: Vec<Row>,
    pub errors: Vec<CellError>,
}

/// A file that cannot be read as a table of readings at all.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("{}", crate::t!("cli-csv-empty"))]
    Empty,
    #[error("{}", crate::t!("cli-csv-missing-columns", missing = .missing.as_str(), found = .found.as_str()))]
    MissingColumns { missing: String, found: String },
    #[error("{}", crate::t!("cli-csv-duplicate-column", name = .name.as_str(), first = *.first, second = *.second))]
    DuplicateColumn {
        name: String,
        first: usize,
        second: usize,
    },
    #[error("{}", crate::t!("cli-csv-line", line = *.line, message = .message.as_str()))]
    Unreadable { line: u64, message: String },
    #[error("{}", crate::t!("cli-csv-line-too-long", line = *.line))]
    LineTooLong { line: u64 },
    #[error("{}", crate::t!("cli-csv-too-many-rows", max = *.max))]
    TooManyRows { max: usize },
}

/// The delimiter of the header line: the most frequent of comma,
/// semicolon and tab outside quotes (a comma when there is none).
pub fn sniff_delimiter(text: &[u8]) -> u8 {
    let header = text.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &b in header {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in counts.iter_mut() {
                if *d == b {
                    *n += 1;
                }
            }
        }
    }
    // On a tie the later (rarer in text) delimiter wins: a header such as
    // `metric;date;value,unit` is unlikely either way.
    counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(d, _)| *d)
}

/// The longest line a readings file may have: far beyond any export's row,
/// and a bound on what one record may hold in memory (a file of one
/// endless line, such as a link to /dev/zero, stops here).
pub const MAX_LINE_BYTES: usize = 1024 * 1024;

/// The fewest bytes a reading takes in metrics.yaml, as charter writes it:
/// `      - { on: 2026-02-01, value: 1 }` and its line break.
const MIN_READING_BYTES: u64 = 37;

/// The most rows an import may hold: more readings than that cannot fit
/// in a metrics.yaml of [`crate::store::plan_dir::MAX_FILE_BYTES`], so the
/// rest of such a file need not be read.
pub fn max_rows() -> usize {
    usize::try_from(crate::store::plan_dir::MAX_FILE_BYTES / MIN_READING_BYTES)
        .unwrap_or(usize::MAX)
}

/// Reads `bytes` (the whole file) as a table of readings.
pub fn read(bytes: &[u8], dates: &DateFormat) -> Result<Table, TableError> {
    read_from(bytes, dates, usize::MAX)
}

/// Reads a table of readings from `source` as it streams in, holding only
/// the rows read so far: at most `max_rows` of them, beyond which the
/// import is refused ([`TableError::TooManyRows`]) before the rest is read.
pub fn read_from(
    source: impl Read,
    dates: &DateFormat,
    max_rows: usize,
) -> Result<Table, TableError> {
    let mut source = BufReader::with_capacity(64 * 1024, source);
    let unreadable_io = |e: std::io::Error| TableError::Unreadable {
        line: 1,
        message: crate::t!("cli-csv-unreadable", error = e.to_string()),
    };
    // The byte-order mark some spreadsheets write, then the header line,
    // from which the delimiter is guessed.
    let start = source.fill_buf().map_err(unreadable_io)?;
    if start.starts_with(b"\xEF\xBB\xBF") {
        source.consume(3);
    }
    let delimiter = sniff_delimiter(source.fill_buf().map_err(unreadable_io)?);
    let track = Rc::new(RefCell::new(Track::default()));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(Counting {
            inner: source,
            track: Rc::clone(&track),
        });
    let mut record = csv::ByteRecord::new();
    let unreadable = |e: csv::Error| {
        if too_long(&e) {
            return TableError::LineTooLong { line: 1 };
        }
        let line = e.position().map_or(1, |p| p.line());
        TableError::Unreadable {
            line,
            message: crate::t!("cli-csv-unreadable", error = e.to_string()),
        }
    };
    if !reader.read_byte_record(&mut record).map_err(unreadable)? {
        return Err(TableError::Empty);
    }
    let header = header(&record)?;
    let mut table = Table {
        delimiter,
        header,
        rows: Vec::new(),
        errors: Vec::new(),
    };
    let mut lines = Lines { offset: 0, line: 1 };
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                if too_long(&e) {
                    let consumed = track.borrow().consumed;
                    let line = lines.at(consumed, &mut track.borrow_mut());
                    return Err(TableError::LineTooLong { line });
                }
                // A broken quote and the like: the rest cannot be trusted.
                let at = e.position().map_or(0, |p| p.byte());
                let line = lines.at(at, &mut track.borrow_mut());
                table.errors.push(table.header.error(
                    line,
                    0,
                    crate::t!("cli-csv-quotes", error = e.to_string()),
                ));
                break;
            }
        }
        let at = record.position().map_or(0, |p| p.byte());
        let line = lines.at(at, &mut track.borrow_mut());
        if record.iter().all(<[u8]>::is_empty) {
            continue;
        }
        if table.rows.len() >= max_rows {
            return Err(TableError::TooManyRows { max: max_rows });
        }
        row(&record, line, delimiter, dates, &mut table);
    }
    Ok(table)
}

/// Whether the reader stopped at a line over [`MAX_LINE_BYTES`].
fn too_long(e: &csv::Error) -> bool {
    matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::InvalidData)
}

/// What [`Counting`] has seen pass: where each line break is, until the
/// records before it are counted.
#[derive(Default)]
struct Track {
    /// The offsets of `\r` and `\n` bytes not yet passed, and whether each
    /// is a `\n`.
    breaks: VecDeque<(u64, bool)>,
    /// Bytes read so far.
    consumed: u64,
    /// Bytes since the last `\n`.
    line_bytes: usize,
}

/// A reader that notes the line breaks of what passes through it, so that
/// line numbers are known without keeping the file, and refuses a line
/// longer than [`MAX_LINE_BYTES`].
struct Counting<R> {
    inner: R,
    track: Rc<RefCell<Track>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut track = self.track.borrow_mut();
        for (i, &b) in buf[..n].iter().enumerate() {
            match b {
                b'\n' | b'\r' => {
                    let at = track.consumed + i as u64;
                    track.breaks.push_back((at, b == b'\n'));
                    if b == b'\n' {
                        track.line_bytes = 0;
                    }
                }
                _ => track.line_bytes += 1,
            }
            if track.line_bytes > MAX_LINE_BYTES {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "line too long",
                ));
            }
        }
        track.consumed += n as u64;
        Ok(n)
    }
}

/// Line numbers of byte offsets, counted as the reader moves forward (the
/// csv crate's own line count leaves out blank lines).
struct Lines {
    offset: u64,
    line: u64,
}

impl Lines {
    /// The line of the record at `offset`: its first byte that does not end
    /// a line (a record's position can be the blank line before it).
    fn at(&mut self, offset: u64, track: &mut Track) -> u64 {
        let mut start = offset.max(self.offset);
        while let Some(&(at, newline)) = track.breaks.front() {
            if at > start {
                break;
            }
            if at == start {
                start += 1;
            }
            if newline {
                self.line += 1;
            }
            track.breaks.pop_front();
        }
        self.offset = start;
        self.line
    }
}

fn header(record: &csv::ByteRecord) -> Result<Header, TableError> {
    let names: Vec<String> = record
        .iter()
        .map(|f| String::from_utf8_lossy(f).trim().to_string())
        .collect();
    let mut found: [Option<usize>; 4] = [None; 4];
    let mut ignored = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let lower = name.to_lowercase();
        match COLUMNS.iter().position(|c| *c == lower) {
            Some(k) => {
                if let Some(first) = found[k] {
                    return Err(TableError::DuplicateColumn {
                        name: COLUMNS[k].to_string(),
                        first: first + 1,
                        second: i + 1,
                    });
                }
                found[k] = Some(i);
            }
            None if name.is_empty() => {
                ignored.push(crate::t!("cli-csv-column-no-name", number = i + 1))
            }
            None => ignored.push(name.clone()),
        }
    }
    let missing: Vec<String> = COLUMNS[..3]
        .iter()
        .zip(found)
        .filter(|(_, f)| f.is_none())
        .map(|(c, _)| format!("`{c}`"))
        .collect();
    match found {
        [Some(metric), Some(date), Some(value), unit] => Ok(Header {
            metric,
            date,
            value,
            unit,
            names,
            ignored,
        }),
        _ => Err(TableError::MissingColumns {
            missing: missing.join(&crate::t!("cli-csv-or")),
            found: if names.iter().all(String::is_empty) {
                crate::t!("cli-csv-found-nothing")
            } else {
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        }),
    }
}

/// Reads one record; its problems go to `table.errors`.
fn row(record: &csv::ByteRecord, line: u64, delimiter: u8, dates: &DateFormat, table: &mut Table) {
    let h = &table.header;
    let cell = |index: usize, errors: &mut Vec<CellError>| -> Option<&str> {
        match record.get(index) {
            None => {
                errors.push(h.error(
                    line,
                    index,
                    crate::t!(
                        "cli-csv-row-short",
                        cells = record.len(),
                        ordinal = ordinal(index + 1)
                    ),
                ));
                None
            }
            Some(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) => Some(text),
                Err(_) => {
                    errors.push(h.error(line, index, crate::t!("cli-csv-not-utf8")));
                    None
                }
            },
        }
    };
    let mut errors = Vec::new();
    let metric = cell(h.metric, &mut errors);
    let date = cell(h.date, &mut errors);
    let value = cell(h.value, &mut errors);
    let unit = match h.unit {
        Some(i) => cell(i, &mut errors),
        None => Some(""),
    };
    let metric = metric.and_then(|m| {
        if m.is_empty() {
            errors.push(h.error(line, h.metric, crate::t!("cli-csv-metric-empty")));
            None
        } else {
            Some(m)
        }
    });
    let on = date.and_then(|d| match parse_date(d, dates) {
        Ok(on) => Some(on),
        Err(message) => {
            errors.push(h.error(line, h.date, message));
            None
        }
    });
    let value = value.and_then(|v| match parse_value(v, delimiter) {
        Ok(value) => Some(value),
        Err(message) => {
            errors.push(h.error(line, h.value, message));
            None
        }
    });
    let unit_ok = unit.is_some();
    let mut row = Row {
        line,
        metric: metric.map(str::to_string),
        on,
        value,
        unit: unit.filter(|u| !u.is_empty()).map(str::to_string),
    };
    if !unit_ok {
        // An unreadable unit cell: the row is not complete either.
        row.value = None;
    }
    table.errors.extend(errors);
    table.rows.push(row);
}

/// `n` as an English ordinal (1st, 2nd…) when English is shown; other
/// languages put the plain number in their own words.
fn ordinal(n: usize) -> String {
    if crate::i18n::current() != crate::i18n::Lang::En {
        return n.to_string();
    }
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A number written with a decimal point or a decimal comma.
pub fn parse_value(text: &str, delimiter: u8) -> Result<f64, String> {
    let how = if delimiter == b',' {
        crate::t!("cli-csv-how-comma")
    } else {
        crate::t!("cli-csv-how-any")
    };
    if text.is_empty() {
        return Err(crate::t!("cli-csv-value-empty", how = how));
    }
    use crate::domain::readings::{parse_number, BadNumber};
    parse_number(text).map_err(|e| match e {
        BadNumber::Grouped => crate::t!("cli-csv-grouped", text = text, how = how.as_str()),
        BadNumber::NotANumber => crate::t!("cli-csv-not-number", text = text, how = how.as_str()),
        BadNumber::OutOfRange(why) => format!("`{text}`: {why}"),
    })
}

/// A date as `YYYY-MM-DD` or `DD/MM/YYYY`, or in the format given.
pub fn parse_date(text: &str, format: &DateFormat) -> Result<Date, String> {
    match format {
        DateFormat::Custom(f) => NaiveDate::parse_from_str(text, f).map(Date).map_err(|e| {
            crate::t!(
                "cli-csv-date-not-in-format",
                text = text,
                format = f.as_str(),
                error = e.to_string()
            )
        }),
        DateFormat::Usual if text.contains('/') => day_month_year(text),
        DateFormat::Usual => Date::parse(text).map_err(|e| {
            if text.is_empty() {
                crate::t!("cli-csv-date-empty")
            } else if text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-' {
                // The right shape, an impossible day: the message says which.
                e
            } else {
                crate::t!("cli-csv-not-date", text = text)
            }
        }),
    }
}

fn day_month_year(text: &str) -> Result<Date, String> {
    let parts: Vec<&str> = text.split('/').collect();
    let number = |s: &str, max_len: usize| {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let [d, m, y] = parts[..] else {
        return Err(not_dmy(text));
    };
    let (Some(day), Some(month), Some(year)) = (number(d, 2), number(m, 2), number(y, 4)) else {
        return Err(not_dmy(text));
    };
    if y.len() != 4 {
        return Err(not_dmy(text));
    }
    if !(1..=12).contains(&month) {
        return Err(crate::t!("cli-csv-no-month", text = text, month = month));
    }
    Date::from_ymd(year as i32, month, day).ok_or_else(|| {
        let last = Date::from_ymd(year as i32, month, 1)
            .map(|first| {
                let next = if month == 12 {
                    Date::from_ymd(year as i32 + 1, 1, 1)
                } else {
                    Date::from_ymd(year as i32, month + 1, 1)
                };
                next.map_or(31, |n| first.days_until(n))
            })
            .unwrap_or(31);
        crate::t!(
            "cli-csv-month-days",
            text = text,
            month = format!("{year}-{month:02}"),
            days = last
        )
    })
}

fn not_dmy(text: &str) -> String {
    crate::t!("cli-csv-not-dmy", text = text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn a_file_is_read_as_it_streams_and_stops_at_the_first_sign_it_is_too_big() {
        // One endless line (a link to /dev/zero): refused within a megabyte.
        let endless = std::io::repeat(b'0').take(64 * 1024 * 1024);
        let Err(e) = read_from(endless, &DateFormat::Usual, 10) else {
            panic!("an endless line was read");
        };
        assert!(matches!(e, TableError::LineTooLong { line: 1 }), "{e}");
        let long = format!(
            "metric,date,value\n\nfcr,2026-01-05,{}\n",
            "9".repeat(MAX_LINE_BYTES + 1)
        );
        let Err(e) = read_from(long.as_bytes(), &DateFormat::Usual, 10) else {
            panic!("a 1 MB line was read");
        };
        assert!(matches!(e, TableError::LineTooLong { line: 3 }), "{e}");
        // More rows than metrics.yaml could hold: refused at the first one over.
        let body = "fcr,2026-01-05,1\n".repeat(1000);
        let rows = b"metric,date,value\n".chain(body.as_bytes());
        let Err(e) = read_from(rows, &DateFormat::Usual, 999) else {
            panic!("1,000 rows were read with a limit of 999");
        };
        assert!(matches!(e, TableError::TooManyRows { max: 999 }), "{e}");
        // Line numbers count blank lines and CRLF ends, read in small pieces.
        let text = b"metric;date;value\r\n\r\nfcr;2026-01-05;1\r\n\nfcr;2026-01-06;x\n";
        let pieces = std::io::BufReader::with_capacity(1, &text[..]);
        let Ok(table) = read_from(pieces, &DateFormat::Usual, 10) else {
            panic!("the file was not read");
        };
        let lines: Vec<u64> = table.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [3, 5]);
        assert_eq!(table.errors[0].line, 5);
    }

    #[test]
    fn delimiters_are_found_from_the_header() {
        assert_eq!(
            sniff_delimiter(b"metric,date,value\nfcr,2026-01-01,66\n"),
            b','
        );
        assert_eq!(
            sniff_delimiter(b"metric;date;value\nfcr;2026-01-01;66,5\n"),
            b';'
        );
        assert_eq!(sniff_delimiter(b"metric\tdate\tvalue\n"), b'\t');
        assert_eq!(sniff_delimiter(b"\"a;b\",c,d\n"), b',');
        assert_eq!(sniff_delimiter(b"metric\n"), b',');
    }

    #[test]
    fn numbers_with_a_comma_or_a_point() {
        assert_eq!(parse_value("66,5", b';'), Ok(66.5));
        assert_eq!(parse_value("66.5", b';'), Ok(66.5));
        assert_eq!(parse_value("-3", b','), Ok(-3.0));
        assert!(parse_value("1,234.5", b';')
            .unwrap_err()
            .contains("thousands"));
        assert!(parse_value("66%", b',')
            .unwrap_err()
            .contains("not a number"));
        assert!(parse_value("NaN", b',').is_err());
        assert!(parse_value("inf", b',').is_err());
        assert!(parse_value("1e15", b',').is_ok());
        assert!(parse_value("-1e16", b',')
            .unwrap_err()
            .contains("at most 1e15 either side of zero"));
        assert!(parse_value("", b',').unwrap_err().contains("empty"));
    }

    #[test]
    fn dates_in_the_usual_forms_and_a_given_one() {
        let usual = DateFormat::Usual;
        assert_eq!(parse_date("2026-03-01", &usual), Ok(d("2026-03-01")));
        assert_eq!(parse_date("01/03/2026", &usual), Ok(d("2026-03-01")));
        assert_eq!(parse_date("1/3/2026", &usual), Ok(d("2026-03-01")));
        assert!(parse_date("03/31/2026", &usual)
            .unwrap_err()
            .contains("--date-format %m/%d/%Y"));
        assert_eq!(
            parse_date("30/02/2026", &usual).unwrap_err(),
            "`30/02/2026` is not a date: 2026-02 has 28 days"
        );
        assert_eq!(
            parse_date("2026-02-30", &usual).unwrap_err(),
            "`2026-02-30` is not a date: 2026-02 has 28 days"
        );
        assert!(parse_date("1.3.2026", &usual).is_err());
        let custom = DateFormat::custom("%d.%m.%Y").unwrap();
        assert_eq!(parse_date("1.3.2026", &custom), Ok(d("2026-03-01")));
        assert!(DateFormat::custom("%Q").is_err());
        assert!(DateFormat::custom("%Y").is_err());
    }

    #[test]
    fn header_by_name_in_any_case_and_order() {
        let t = read(
            b"\xEF\xBB\xBFValue;Team;DATE;Metric\n66,5;north;2026-01-05;fcr\n",
            &DateFormat::Usual,
        )
        .unwrap();
        assert_eq!(t.delimiter, b';');
        assert_eq!(t.header.ignored, ["Team"]);
        assert_eq!(
            t.rows,
            [Row {
                line: 2,
                metric: Some("fcr".into()),
                on: Some(d("2026-01-05")),
                value: Some(66.5),
                unit: None
            }]
        );
        let e = read(b"metric,day,amount\n", &DateFormat::Usual).unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 1: the header has no `date` or `value` column: the first line must name the columns metric, date and value (unit is optional), separated by commas, semicolons or tabs; this one names `metric`, `day`, `amount`"
        );
        assert!(matches!(
            read(b"", &DateFormat::Usual),
            Err(TableError::Empty)
        ));
    }

    #[test]
    fn every_bad_cell_is_reported_with_line_and_column() {
        let t = read(
            b"metric,date,value\nfcr,2026-13-01,x\n\n,2026-01-01,5\nfcr,2026-01-02\n",
            &DateFormat::Usual,
        )
        .unwrap();
        let shown: Vec<String> = t
            .errors
            .iter()
            .map(|e| format!("{}:{} {}", e.line, e.column, e.name))
            .collect();
        assert_eq!(shown, ["2:2 date", "2:3 value", "4:1 metric", "5:3 value"]);
        assert!(t.rows.iter().all(|r| !r.complete()));
        assert_eq!(t.rows[0].metric.as_deref(), Some("fcr"));
    }
}

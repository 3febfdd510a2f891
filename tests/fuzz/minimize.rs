//! A failing input made small: files dropped, then runs of lines, then
//! runs of characters, while it fails the same way; and the result as a
//! Rust literal for a regression test.

use std::fmt::Write as _;

use crate::mutate::lines_of;
use crate::properties::check;
use crate::seeds::PlanFiles;

/// Whether `files` still fail the same way.
fn same_failure(files: &[(String, Vec<u8>)], key: &str) -> bool {
    matches!(check(files), Err(f) if f.key == key)
}

/// Drops files, then runs of lines, then runs of characters, while the failure
/// stays the same; `budget` bounds the number of checks.
pub(crate) fn minimize(mut files: PlanFiles, key: &str, mut budget: usize) -> PlanFiles {
    // Whole files first.
    let mut i = 0;
    while i < files.len() && budget > 0 {
        let mut fewer = files.clone();
        fewer.remove(i);
        budget -= 1;
        if same_failure(&fewer, key) {
            files = fewer;
        } else {
            i += 1;
        }
    }
    for unit_is_line in [true, false] {
        for f in 0..files.len() {
            // Characters rather than bytes where the file is text, so
            // that cutting never breaks a character.
            let mut units: Vec<Vec<u8>> = match std::str::from_utf8(&files[f].1) {
                _ if unit_is_line => lines_of(&files[f].1),
                Ok(text) => text.chars().map(|c| c.to_string().into_bytes()).collect(),
                Err(_) => files[f].1.iter().map(|&b| vec![b]).collect(),
            };
            let mut chunk = units.len().div_ceil(2).max(1);
            loop {
                let mut start = 0;
                while start < units.len() && budget > 0 {
                    let end = (start + chunk).min(units.len());
                    let mut candidate = files.clone();
                    candidate[f].1 = units[..start].concat();
                    candidate[f].1.extend(units[end..].concat());
                    budget -= 1;
                    if same_failure(&candidate, key) {
                        units.drain(start..end);
                        files = candidate;
                    } else {
                        start = end;
                    }
                }
                if chunk == 1 || budget == 0 {
                    break;
                }
                chunk = chunk.div_ceil(2);
            }
        }
    }
    files
}

/// The files as Rust source for a regression test.
pub(crate) fn rust_literal(files: &[(String, Vec<u8>)]) -> String {
    let mut out = String::from("&[\n");
    for (name, bytes) in files {
        let literal = match std::str::from_utf8(bytes) {
            Ok(text) => format!("{text:?}.as_bytes()"),
            Err(_) => {
                let mut s = String::from("b\"");
                for &b in bytes {
                    match b {
                        b'"' => s.push_str("\\\""),
                        b'\\' => s.push_str("\\\\"),
                        b'\n' => s.push_str("\\n"),
                        b'\t' => s.push_str("\\t"),
                        b'\r' => s.push_str("\\r"),
                        0x20..=0x7e => s.push(b as char),
                        _ => {
                            let _ = write!(s, "\\x{b:02X}");
                        }
                    }
                }
                s.push('"');
                s
            }
        };
        let _ = writeln!(out, "    ({name:?}, {literal}),");
    }
    out.push(']');
    out
}

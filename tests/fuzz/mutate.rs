//! The mutations applied to a seed file's bytes, and the proptest strategy
//! that picks a seed, a file of it and 1–5 mutations.

use proptest::prelude::*;

use crate::seeds::{seeds, PlanFiles};

/// Bytes that mean something to YAML, or to a decoder.
const INTERESTING: &[u8] = b"\x00\xff\t\r\n:-[]{}\"'#&*!|>%@`,? \\~.0\xd7\x80\xc0";

/// Snippets worth inserting: YAML syntax, edge-case scalars, plan keys.
const TOKENS: &[&str] = &[
    ": ",
    "- ",
    "\n",
    "\n  ",
    "\n    - ",
    "# ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "'",
    "\"",
    "|\n",
    ">-\n",
    "|+\n",
    "&a ",
    "*a",
    "!!str ",
    "!!int ",
    "!x ",
    "? ",
    "---\n",
    "...\n",
    "%YAML 1.2\n",
    "%TAG ! tag:x,2000:\n",
    "<<: ",
    "~",
    "null",
    "true",
    "false",
    "[]",
    "{}",
    "-1",
    "0",
    "-0",
    "1e999",
    "-.inf",
    ".nan",
    "0x1F",
    "0o17",
    "1_000",
    "1.5",
    "120%",
    "2026-02-30",
    "2026-13-01",
    "9999-12-31",
    "0000-01-01",
    "2026-1-5",
    "18446744073709551616",
    "4294967296",
    "1w",
    "0d",
    "99999y",
    "4x",
    "id: x\n",
    "  - id: dup\n",
    "\t",
    "\u{feff}",
    "\r\n",
    "\r",
    "\\",
    "\"\\x",
    "\"\\u12",
    "\"\\U0010FFFF\"",
    "owner: nobody",
    "depends_on: [",
    "status: done",
    "done_on: ",
    "units: [{id: u, name: U, level: team}]",
    "readings: [{on: 2026-01-01, value: 1}]",
    "schema: 2",
    "unit: ghost",
    "scores: {x: 9}",
    "verdict: keep",
    "- {}",
    "- []",
    "- ~",
];

/// Characters that are more than one byte in UTF-8, or otherwise odd.
const CHARS: &[char] = &[
    'ש',
    '\u{05c1}',
    '😀',
    '\u{0301}',
    '\u{200f}',
    '\u{202e}',
    '\u{feff}',
    '\u{2028}',
    '\u{85}',
    '\u{a0}',
    'ą',
    '—',
    '字',
    '\u{10ffff}',
    '\u{200d}',
    '\u{fffd}',
    '\u{3000}',
];

#[derive(Clone, Debug)]
pub(crate) enum Indent {
    AddSpaces(u8),
    RemoveSpaces(u8),
    AddTab,
    SpaceToTab,
}

/// One mutation; positions are taken modulo the length of what they index.
#[derive(Clone, Debug)]
pub(crate) enum Mutation {
    Flip {
        at: u32,
        byte: u8,
    },
    Insert {
        at: u32,
        bytes: Vec<u8>,
    },
    Delete {
        at: u32,
        len: u8,
    },
    Cut {
        at: u32,
    },
    Splice {
        plan: u16,
        file: u16,
        from: u32,
        len: u16,
        at: u32,
    },
    DupLine {
        line: u32,
    },
    Indent {
        line: u32,
        indent: Indent,
    },
    SwapLines {
        a: u32,
        b: u32,
    },
    InsertChar {
        at: u32,
        ch: char,
    },
    /// Damages the `nth` multibyte character: `how` 0 keeps only its lead
    /// byte, 1 puts a byte inside it, 2 drops its lead byte.
    SplitChar {
        nth: u32,
        how: u8,
        byte: u8,
    },
}

#[derive(Clone, Debug)]
pub(crate) struct Case {
    pub(crate) plan: usize,
    pub(crate) file: u16,
    pub(crate) mutations: Vec<Mutation>,
}

fn byte() -> impl Strategy<Value = u8> {
    prop_oneof![
        3 => proptest::sample::select(INTERESTING),
        1 => any::<u8>(),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let bytes = prop_oneof![
        2 => proptest::sample::select(TOKENS).prop_map(|t| t.as_bytes().to_vec()),
        1 => proptest::collection::vec(byte(), 1..8),
        1 => proptest::collection::vec(any::<u8>(), 1..32),
    ];
    let indent = prop_oneof![
        (1u8..5).prop_map(Indent::AddSpaces),
        (1u8..5).prop_map(Indent::RemoveSpaces),
        Just(Indent::AddTab),
        Just(Indent::SpaceToTab),
    ];
    prop_oneof![
        4 => (any::<u32>(), byte()).prop_map(|(at, byte)| Mutation::Flip { at, byte }),
        3 => (any::<u32>(), bytes).prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        2 => (any::<u32>(), 1u8..64).prop_map(|(at, len)| Mutation::Delete { at, len }),
        1 => any::<u32>().prop_map(|at| Mutation::Cut { at }),
        2 => (any::<u16>(), any::<u16>(), any::<u32>(), 1u16..400, any::<u32>()).prop_map(
            |(plan, file, from, len, at)| Mutation::Splice { plan, file, from, len, at }
        ),
        2 => any::<u32>().prop_map(|line| Mutation::DupLine { line }),
        2 => (any::<u32>(), indent).prop_map(|(line, indent)| Mutation::Indent { line, indent }),
        2 => (any::<u32>(), any::<u32>()).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
        2 => (any::<u32>(), proptest::sample::select(CHARS))
            .prop_map(|(at, ch)| Mutation::InsertChar { at, ch }),
        2 => (any::<u32>(), 0u8..3, byte())
            .prop_map(|(nth, how, byte)| Mutation::SplitChar { nth, how, byte }),
    ]
}

/// A seed plan (a valid one three times in five), a file of it, mutations.
pub(crate) fn case() -> impl Strategy<Value = Case> {
    let seeds = seeds();
    let plan = prop_oneof![
        3 => 0..seeds.valid,
        2 => seeds.valid..seeds.plans.len(),
    ];
    (
        plan,
        any::<u16>(),
        // One mutation half the time: more plans still load, so the
        // writer is checked more often.
        prop_oneof![
            proptest::collection::vec(mutation(), 1..=1),
            proptest::collection::vec(mutation(), 2..=5),
        ],
    )
        .prop_map(|(plan, file, mutations)| Case {
            plan,
            file,
            mutations,
        })
}

fn pick(at: u32, len: usize) -> usize {
    if len == 0 {
        0
    } else {
        at as usize % len
    }
}

/// The file split after each `\n`, terminators kept.
pub(crate) fn lines_of(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

pub(crate) fn mutate(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len();
    match m {
        Mutation::Flip { at, byte } => {
            if len > 0 {
                bytes[pick(*at, len)] = *byte;
            }
        }
        Mutation::Insert { at, bytes: run } => {
            let at = pick(*at, len + 1);
            bytes.splice(at..at, run.iter().copied());
        }
        Mutation::Delete { at, len: n } => {
            let at = pick(*at, len + 1);
            let end = (at + *n as usize).min(len);
            bytes.drain(at..end);
        }
        Mutation::Cut { at } => bytes.truncate(pick(*at, len + 1)),
        Mutation::Splice {
            plan,
            file,
            from,
            len: n,
            at,
        } => {
            let plans = &seeds().plans;
            let seed = &plans[*plan as usize % plans.len()];
            let source = &seed.files[*file as usize % seed.files.len()].1;
            let from = pick(*from, source.len());
            let chunk = &source[from..(from + *n as usize).min(source.len())];
            let at = pick(*at, len + 1);
            bytes.splice(at..at, chunk.iter().copied());
        }
        Mutation::DupLine { line } => {
            let mut lines = lines_of(bytes);
            if !lines.is_empty() {
                let i = pick(*line, lines.len());
                let mut copy = lines[i].clone();
                if !copy.ends_with(b"\n") {
                    lines[i].push(b'\n');
                    copy.push(b'\n');
                }
                lines.insert(i, copy);
                *bytes = lines.concat();
            }
        }
        Mutation::Indent { line, indent } => {
            let mut lines = lines_of(bytes);
            if !lines.is_empty() {
                let i = pick(*line, lines.len());
                let l = &mut lines[i];
                match indent {
                    Indent::AddSpaces(n) => {
                        l.splice(0..0, std::iter::repeat_n(b' ', *n as usize));
                    }
                    Indent::RemoveSpaces(n) => {
                        let spaces = l.iter().take_while(|&&b| b == b' ').count();
                        l.drain(..spaces.min(*n as usize));
                    }
                    Indent::AddTab => l.insert(0, b'\t'),
                    Indent::SpaceToTab => {
                        if l.first() == Some(&b' ') {
                            l[0] = b'\t';
                        }
                    }
                }
                *bytes = lines.concat();
            }
        }
        Mutation::SwapLines { a, b } => {
            let mut lines = lines_of(bytes);
            if !lines.is_empty() {
                if !lines.last().unwrap().ends_with(b"\n") {
                    lines.last_mut().unwrap().push(b'\n');
                }
                let (a, b) = (pick(*a, lines.len()), pick(*b, lines.len()));
                lines.swap(a, b);
                *bytes = lines.concat();
            }
        }
        Mutation::InsertChar { at, ch } => {
            let at = pick(*at, len + 1);
            let mut buf = [0u8; 4];
            bytes.splice(at..at, ch.encode_utf8(&mut buf).bytes());
        }
        Mutation::SplitChar { nth, how, byte } => {
            // Lead bytes of multibyte sequences (in valid or broken text alike).
            let leads: Vec<usize> = (0..len).filter(|&i| bytes[i] >= 0xC0).collect();
            if leads.is_empty() {
                bytes.insert(pick(*nth, len + 1), 0xD7);
                return;
            }
            let at = leads[pick(*nth, leads.len())];
            let end = (at + 1..len)
                .find(|&i| bytes[i] & 0xC0 != 0x80)
                .unwrap_or(len);
            match how {
                0 => {
                    bytes.drain(at + 1..end);
                }
                1 => bytes.insert((at + 1).min(end), *byte),
                _ => {
                    bytes.remove(at);
                }
            }
        }
    }
}

/// The plan a case loads: its seed with one file mutated.
pub(crate) fn apply(case: &Case) -> (PlanFiles, String) {
    let seed = &seeds().plans[case.plan];
    let mut files = seed.files.clone();
    let index = case.file as usize % files.len();
    for m in &case.mutations {
        mutate(&mut files[index].1, m);
    }
    let target = files[index].0.clone();
    (files, target)
}

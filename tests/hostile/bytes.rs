//! Bytes that are not the text they should be: binary garbage, Latin-1,
//! NUL, tabs in the indentation; and a byte-order mark and CRLF line ends,
//! which load and are kept by a save.

use super::*;

#[test]
fn binary_garbage_is_reported_as_not_utf8() {
    for file in ["goals.yaml", "plan.yaml"] {
        let sb = Sandbox::new();
        plan(&sb);
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        let garbage: Vec<u8> = (0..65_536).map(|_| rng.next() as u8).collect();
        assert!(std::str::from_utf8(&garbage).is_err());
        write_bytes(&sb, file, &garbage);
        let error = expect_error(&sb, file, "not valid UTF-8", LIMIT);
        let bad = std::str::from_utf8(&garbage).unwrap_err().valid_up_to();
        assert_eq!(
            (error.line, error.col),
            line_col_of(&garbage, bad),
            "{error:?}"
        );
    }
}

/// Short files of YAML punctuation: whatever they parse to, charter
/// answers 0 or 1 with positioned errors, never a panic.
#[test]
fn yaml_punctuation_soup_never_panics() {
    const ALPHABET: &[u8] = b"  \n\n-:?,[]{}#&*!|>'\"%@`~\\ab1.\t";
    let sb = Sandbox::new();
    plan(&sb);
    let mut rng = XorShift(0xDEAD_BEEF_CAFE_F00D);
    for round in 0..40 {
        let len = 1 + (rng.next() % 400) as usize;
        let soup: Vec<u8> = (0..len)
            .map(|_| ALPHABET[(rng.next() % ALPHABET.len() as u64) as usize])
            .collect();
        let file = ["goals.yaml", "milestones.yaml", "metrics.yaml"][round % 3];
        let saved = read_bytes(&sb, file);
        write_bytes(&sb, file, &soup);
        let run = check(&sb, LIMIT);
        assert!(
            run.code == 0 || run.code == 1,
            "round {round}, {file} = {:?}: exit {}\n{}",
            String::from_utf8_lossy(&soup),
            run.code,
            run.stderr
        );
        for error in run.errors_in(file) {
            error.assert_inside(&soup);
        }
        write_bytes(&sb, file, &saved);
    }
}

#[test]
fn latin1_bytes_in_a_title_are_pinpointed() {
    let sb = Sandbox::new();
    plan(&sb);
    let bytes = replace_once(
        &read_bytes(&sb, "goals.yaml"),
        b"title: Resolve more requests",
        b"title: R\xe9solve more requests",
    );
    write_bytes(&sb, "goals.yaml", &bytes);
    let error = expect_error(&sb, "goals.yaml", "not valid UTF-8", LIMIT);
    let at = bytes.iter().position(|&b| b == 0xe9).unwrap();
    assert_eq!(
        (error.line, error.col),
        line_col_of(&bytes, at),
        "{error:?}"
    );
    assert!(error.message.contains("0xE9"), "{error:?}");
    assert!(error.message.contains("save it as UTF-8"), "{error:?}");
}

#[test]
fn a_nul_byte_is_pinpointed() {
    let sb = Sandbox::new();
    plan(&sb);
    let bytes = replace_once(
        &read_bytes(&sb, "goals.yaml"),
        b"owner: miriam",
        b"owner: mir\0iam",
    );
    write_bytes(&sb, "goals.yaml", &bytes);
    let error = expect_error(&sb, "goals.yaml", "NUL", LIMIT);
    let at = bytes.iter().position(|&b| b == 0).unwrap();
    assert_eq!(
        (error.line, error.col),
        line_col_of(&bytes, at),
        "{error:?}"
    );
}

#[test]
fn a_tab_in_the_indentation_is_pinpointed() {
    let sb = Sandbox::new();
    plan(&sb);
    let bytes = replace_once(
        &read_bytes(&sb, "goals.yaml"),
        b"    horizon: short\n    owner: daniel",
        b"\thorizon: short\n    owner: daniel",
    );
    write_bytes(&sb, "goals.yaml", &bytes);
    let error = expect_error(&sb, "goals.yaml", "tab", LIMIT);
    let at = bytes.iter().position(|&b| b == b'\t').unwrap();
    assert_eq!(
        (error.line, error.col),
        line_col_of(&bytes, at),
        "{error:?}"
    );
    assert!(error.message.contains("spaces"), "{error:?}");
}

/// Every file of `dir` rewritten by `f`.
fn rewrite_all(dir: &Path, f: impl Fn(&[u8]) -> Vec<u8>) {
    for entry in fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() {
            let bytes = fs::read(&p).unwrap();
            fs::write(&p, f(&bytes)).unwrap();
        }
    }
}

/// Records the same reading in `work/p` (altered) and `work/q` (the plain
/// template), both outside any repository.
fn record_in_both(sb: &Sandbox) {
    for dir in [PLAN, "q"] {
        let run = run_bounded(sb, dir, &RECORD_FCR, LIMIT);
        run.assert_sane(LIMIT);
        assert_eq!(run.code, 0, "{dir}: {}", run.stderr);
        assert!(run.stdout.contains("not committed"), "{}", run.stdout);
    }
}

#[test]
fn a_byte_order_mark_loads_and_record_keeps_it() {
    const BOM: &[u8] = b"\xef\xbb\xbf";
    let sb = Sandbox::new();
    plan(&sb);
    sb.copy_from_project("templates/contact-center", "q");
    rewrite_all(&path(&sb, ""), |b| [BOM, b].concat());
    let with_bom = check(&sb, LIMIT);
    assert_eq!(with_bom.code, 0, "{}{}", with_bom.stdout, with_bom.stderr);
    let plain = run_bounded(&sb, "q", &["--today", TODAY, "check"], LIMIT);
    assert_eq!(with_bom.diagnostics(), plain.diagnostics());
    let goals = read_bytes(&sb, "goals.yaml");
    record_in_both(&sb);
    let recorded = read_bytes(&sb, "metrics.yaml");
    let expected = [BOM, &fs::read(sb.work().join("q/metrics.yaml")).unwrap()].concat();
    assert_eq!(
        String::from_utf8_lossy(&recorded),
        String::from_utf8_lossy(&expected)
    );
    assert_eq!(
        read_bytes(&sb, "goals.yaml"),
        goals,
        "an untouched file changed"
    );
}

#[test]
fn crlf_line_ends_load_and_record_keeps_them() {
    let sb = Sandbox::new();
    plan(&sb);
    sb.copy_from_project("templates/contact-center", "q");
    let crlf = |b: &[u8]| {
        String::from_utf8(b.to_vec())
            .unwrap()
            .replace('\n', "\r\n")
            .into_bytes()
    };
    rewrite_all(&path(&sb, ""), crlf);
    let run = check(&sb, LIMIT);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let plain = run_bounded(&sb, "q", &["--today", TODAY, "check"], LIMIT);
    assert_eq!(run.diagnostics(), plain.diagnostics());
    record_in_both(&sb);
    let recorded = String::from_utf8(read_bytes(&sb, "metrics.yaml")).unwrap();
    let expected = crlf(&fs::read(sb.work().join("q/metrics.yaml")).unwrap());
    assert_eq!(recorded, String::from_utf8(expected).unwrap());
}

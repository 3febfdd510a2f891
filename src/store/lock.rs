//! One writer at a time: a lock file held while a command loads, saves and
//! commits a plan, so two commands never interleave their changes.
//!
//! The lock is a file created exclusively, holding the owner's process id.
//! A lock left by a process that no longer runs (killed, crashed) is taken
//! over; a live owner makes the next writer wait a little, then give up
//! with a clear message.
//!
//! The plan folder may come from someone else's repository, so whatever is
//! found at the lock's path is input: it is never followed as a link, never
//! opened when it is not a regular file (a FIFO would block, a device
//! would never end), read only up to [`READ_LIMIT`], and shown only as a
//! short escaped excerpt. Anything but charter's own lock (a process id) is
//! refused, never removed: removing a committed file would go into the
//! next commit.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

pub const LOCK_FILE: &str = ".charter.lock";

/// How long a writer waits for another to finish before giving up.
const PATIENCE: Duration = Duration::from_secs(5);

/// Without a way to ask whether its owner still runs, a lock this old is stale.
const STALE_AFTER: Duration = Duration::from_secs(120);

/// More than charter ever writes into a lock (a process id and a newline).
const READ_LIMIT: u64 = 4096;

/// The most characters of a foreign lock's content or link target shown.
const EXCERPT_CHARS: usize = 60;

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{}", crate::t!("cli-lock-busy", owner = .owner.as_str(), path = .path.display().to_string()))]
    Busy { owner: String, path: PathBuf },
    /// Something at the lock's path that charter did not put there.
    #[error("{path} is {what}, not charter's lock file, so charter left it alone: remove it (`git rm {name}` if it is committed, else delete it) and try again")]
    NotALock {
        path: PathBuf,
        name: &'static str,
        what: String,
    },
    #[error("{}", crate::t!("cli-lock-io", path = .path.display().to_string(), error = .source.to_string()))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Held while a plan is being changed; released when dropped.
#[derive(Debug)]
pub struct PlanLock {
    path: PathBuf,
}

impl PlanLock {
    pub fn acquire(plan_dir: &Path) -> Result<PlanLock, LockError> {
        Self::acquire_within(plan_dir, PATIENCE)
    }

    pub fn acquire_within(plan_dir: &Path, patience: Duration) -> Result<PlanLock, LockError> {
        let path = plan_dir.join(LOCK_FILE);
        let started = Instant::now();
        loop {
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut file) => {
                    let _ = writeln!(file, "{}", std::process::id());
                    remove_stray_temporaries(plan_dir);
                    return Ok(PlanLock { path });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let owner = match read_owner(&path)? {
                        Some(owner) => owner,
                        // Gone between the two steps: try again at once.
                        None => continue,
                    };
                    if is_stale(&path, &owner) {
                        // Only remove the lock we judged stale; if another
                        // writer took it over meanwhile, its content differs.
                        if read_owner(&path).ok().flatten().as_deref() == Some(owner.as_str()) {
                            let _ = fs::remove_file(&path);
                        }
                        continue;
                    }
                    if started.elapsed() >= patience {
                        return Err(LockError::Busy { owner, path });
                    }
                    std::thread::sleep(Duration::from_millis(15));
                }
                Err(source) => return Err(LockError::Io { path, source }),
            }
        }
    }
}

impl Drop for PlanLock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// Removes temporary files that a writer stopped mid-save left behind.
/// Only the lock holder calls this, so no live writer owns them.
fn remove_stray_temporaries(plan_dir: &Path) {
    for dir in [plan_dir.to_path_buf(), plan_dir.join("reviews")] {
        // Never clean a folder outside the plan that a link leads to.
        let rel = dir.strip_prefix(plan_dir).unwrap_or(Path::new(""));
        if crate::store::links::check(plan_dir, rel).is_err() {
            continue;
        }
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(crate::store::atomic::TEMP_PREFIX)
                && name.ends_with(crate::store::atomic::TEMP_SUFFIX)
            {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// The process id in charter's lock at `path` (empty when its owner was
/// stopped before writing it), `None` when there is no lock any more, or
/// an error when the path holds anything else.
fn read_owner(path: &Path) -> Result<Option<String>, LockError> {
    let not_a_lock = |what: String| LockError::NotALock {
        path: path.to_path_buf(),
        name: LOCK_FILE,
        what,
    };
    let io = |source| LockError::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io(e)),
    };
    if let Some(what) = not_a_regular_file(path, &meta.file_type()) {
        return Err(not_a_lock(what));
    }
    let mut file = match open_no_follow(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            // Replaced by a link or a special file since it was looked at.
            return match fs::symlink_metadata(path) {
                Ok(meta) => Err(not_a_lock(
                    not_a_regular_file(path, &meta.file_type())
                        .unwrap_or_else(|| "a file charter cannot open".to_string()),
                )),
                Err(_) => Err(io(e)),
            };
        }
    };
    // What was opened is what was looked at: a regular file.
    let opened = file.metadata().map_err(io)?;
    if let Some(what) = not_a_regular_file(path, &opened.file_type()) {
        return Err(not_a_lock(what));
    }
    let mut bytes = Vec::new();
    (&mut file)
        .take(READ_LIMIT)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    let text = String::from_utf8_lossy(&bytes);
    let owner = text.trim();
    if owner.bytes().all(|b| b.is_ascii_digit()) && owner.len() <= 20 {
        return Ok(Some(owner.to_string()));
    }
    Err(not_a_lock(format!(
        "a file holding \"{}\" rather than a process id",
        excerpt(&text)
    )))
}

/// What a file of type `kind` is, when it is not a regular file.
fn not_a_regular_file(path: &Path, kind: &fs::FileType) -> Option<String> {
    if kind.is_file() {
        return None;
    }
    if kind.is_symlink() {
        let target = fs::read_link(path)
            .map(|t| excerpt(&t.to_string_lossy()))
            .unwrap_or_default();
        return Some(format!("a link (to {target})"));
    }
    if kind.is_dir() {
        return Some("a folder".to_string());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a named pipe (FIFO)".to_string());
        }
        if kind.is_socket() {
            return Some("a socket".to_string());
        }
        if kind.is_block_device() || kind.is_char_device() {
            return Some("a device".to_string());
        }
    }
    Some("not a regular file".to_string())
}

/// Opens `path` for reading without following a link and without waiting
/// on a FIFO, should one have replaced the file since it was looked at.
#[cfg(unix)]
fn open_no_follow(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

/// A short excerpt of `text` safe to print: control characters (the
/// escape sequences that clear a screen or set a window title) shown
/// escaped, at most [`EXCERPT_CHARS`] characters.
fn excerpt(text: &str) -> String {
    let cut: String = text.chars().take(EXCERPT_CHARS).collect();
    let mut out = crate::domain::words::escape_hostile(&cut).into_owned();
    if text.chars().nth(EXCERPT_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// Whether the lock's owner is gone.
fn is_stale(path: &Path, owner: &str) -> bool {
    if let Ok(pid) = owner.parse::<u32>() {
        let proc_root = Path::new("/proc");
        if proc_root.join("self").exists() {
            return !proc_root.join(pid.to_string()).exists();
        }
    }
    // An empty lock: its owner was stopped between creating and writing it.
    let age = fs::symlink_metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .unwrap_or_default();
    (owner.is_empty() && age > Duration::from_secs(2)) || age > STALE_AFTER
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_waits_then_gives_up_clearly() {
        let dir = tempfile::tempdir().unwrap();
        let first = PlanLock::acquire(dir.path()).unwrap();
        let err = PlanLock::acquire_within(dir.path(), Duration::from_millis(50)).unwrap_err();
        assert!(err.to_string().starts_with("the plan is busy"), "{err}");
        drop(first);
        assert!(PlanLock::acquire_within(dir.path(), Duration::from_millis(50)).is_ok());
        assert!(!dir.path().join(LOCK_FILE).exists());
    }

    #[test]
    fn taking_the_lock_clears_temporaries_of_a_stopped_save() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".charter-x1y2z3.tmp"), "half").unwrap();
        fs::write(dir.path().join("notes.tmp"), "mine").unwrap();
        let _lock = PlanLock::acquire(dir.path()).unwrap();
        assert!(!dir.path().join(".charter-x1y2z3.tmp").exists());
        assert!(dir.path().join("notes.tmp").exists());
    }

    #[test]
    fn a_lock_of_a_dead_process_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        // Process ids this large are not handed out.
        fs::write(dir.path().join(LOCK_FILE), "4000000000\n").unwrap();
        assert!(PlanLock::acquire_within(dir.path(), Duration::from_millis(50)).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_refused_and_left_in_place() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("/dev/zero", dir.path().join(LOCK_FILE)).unwrap();
        let err = PlanLock::acquire_within(dir.path(), Duration::from_millis(50)).unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains("is a link (to /dev/zero), not charter's lock file"),
            "{message}"
        );
        assert!(message.contains("git rm .charter.lock"), "{message}");
        assert!(fs::symlink_metadata(dir.path().join(LOCK_FILE)).is_ok());
    }

    #[test]
    fn a_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join(LOCK_FILE)).unwrap();
        let err = PlanLock::acquire_within(dir.path(), Duration::from_millis(50)).unwrap_err();
        assert!(
            err.to_string()
                .contains("is a folder, not charter's lock file"),
            "{err}"
        );
    }

    #[test]
    fn foreign_content_is_refused_escaped_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let text = format!("\u{1b}]0;pwned\u{7}\u{1b}[2J{}", "x".repeat(10_000));
        fs::write(dir.path().join(LOCK_FILE), &text).unwrap();
        let err = PlanLock::acquire_within(dir.path(), Duration::from_millis(50)).unwrap_err();
        let message = err.to_string();
        assert!(
            !message.contains('\u{1b}') && !message.contains('\u{7}'),
            "{message:?}"
        );
        assert!(message.contains("\\u{1b}]0;pwned\\u{7}"), "{message}");
        assert!(message.len() < 600, "{message}");
        assert_eq!(
            fs::read_to_string(dir.path().join(LOCK_FILE)).unwrap(),
            text
        );
    }
}

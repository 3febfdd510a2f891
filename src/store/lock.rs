//! One writer at a time: a lock file held while a command loads, saves and
//! commits a plan, so two commands never interleave their changes.
//!
//! The lock is a file created exclusively, holding the owner's process id.
//! A lock left by a process that no longer runs (killed, crashed) is taken
//! over; a live owner makes the next writer wait a little, then give up
//! with a clear message.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

pub const LOCK_FILE: &str = ".charter.lock";

/// How long a writer waits for another to finish before giving up.
const PATIENCE: Duration = Duration::from_secs(5);

/// Without a way to ask whether its owner still runs, a lock this old is stale.
const STALE_AFTER: Duration = Duration::from_secs(120);

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("the plan is busy: another charter command is saving it (process {owner}, lock {path}); try again in a moment, and if no charter command is running, delete {path}")]
    Busy { owner: String, path: PathBuf },
    #[error(
        "cannot lock the plan ({path}): {source}; check that you may write to the plan folder"
    )]
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
                    let owner = fs::read_to_string(&path)
                        .unwrap_or_default()
                        .trim()
                        .to_string();
                    if is_stale(&path, &owner) {
                        // Only remove the lock we judged stale; if another
                        // writer took it over meanwhile, its content differs.
                        if fs::read_to_string(&path).unwrap_or_default().trim() == owner {
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

/// Whether the lock's owner is gone.
fn is_stale(path: &Path, owner: &str) -> bool {
    if let Ok(pid) = owner.parse::<u32>() {
        let proc_root = Path::new("/proc");
        if proc_root.join("self").exists() {
            return !proc_root.join(pid.to_string()).exists();
        }
    }
    // An empty lock: its owner was stopped between creating and writing it.
    let age = fs::metadata(path)
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
}

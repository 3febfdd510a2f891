//! Atomic file replacement: a crash leaves the old file or the new one,
//! never a torn one.

use std::fs::{self, File};
use std::io::Write;
use std::path::Path;

/// Names of the temporary files a save writes next to its target.
pub const TEMP_PREFIX: &str = ".charter-";
pub const TEMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `path` through a temporary file in the same folder:
/// write, fsync, rename over the target, fsync the folder.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    // A link (the loader only accepts links inside the plan) is written
    // through: replacing it with a file would fork the data.
    let resolved;
    let path = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            resolved = fs::canonicalize(path)?;
            resolved.as_path()
        }
        _ => path,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    // Keep the permissions a person gave the file; a new file gets the
    // usual ones (the temporary file is private until renamed).
    match fs::metadata(path) {
        Ok(meta) => fs::set_permissions(tmp.path(), meta.permissions())?,
        Err(_) => set_new_file_permissions(tmp.path())?,
    }
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

#[cfg(unix)]
fn set_new_file_permissions(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_new_file_permissions(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Removes a file and makes the removal durable.
pub fn remove(path: &Path) -> std::io::Result<()> {
    fs::remove_file(path)?;
    match path.parent() {
        Some(dir) => sync_dir(dir),
        None => Ok(()),
    }
}

fn sync_dir(dir: &Path) -> std::io::Result<()> {
    // Directories cannot be opened for syncing on every platform; where they
    // can, the rename is only durable once the folder is synced.
    match File::open(dir) {
        Ok(f) => f.sync_all().or(Ok(())),
        Err(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn writes_through_a_link() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("parts")).unwrap();
        fs::write(dir.path().join("parts/a.yaml"), "old\n").unwrap();
        std::os::unix::fs::symlink("parts/a.yaml", dir.path().join("a.yaml")).unwrap();
        write(&dir.path().join("a.yaml"), b"new\n").unwrap();
        assert!(fs::symlink_metadata(dir.path().join("a.yaml"))
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(
            fs::read_to_string(dir.path().join("parts/a.yaml")).unwrap(),
            "new\n"
        );
    }

    #[test]
    fn replaces_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        write(&path, b"one\n").unwrap();
        write(&path, "שתיים\n".as_bytes()).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "שתיים\n");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1);
    }
}

//! The parse cache: what loading one plan file produced, kept on disk so
//! that the next run with the same bytes skips parsing them.
//!
//! An entry is keyed by the file's content (a 128-bit xxh3 of its bytes),
//! its path in the plan folder (which decides how it is read), the charter
//! version and [`FORMAT`]. Content, never a modification time, decides: a
//! file edited within the same second, or put back as it was, is read
//! right. The same key serves the working files and git's blobs of them,
//! so the plan at HEAD and the files on disk share their entries.
//!
//! The cache is an optimisation and never an authority: an entry that is
//! truncated, altered, of another version, a folder, a link, unreadable or
//! for other bytes is ignored and written again, and no cache error ever
//! reaches the user (set `CHARTER_CACHE_DEBUG=1` to see them on stderr).
//! Entries are written to a temporary file and renamed, so two processes
//! filling the cache at once never tear one. It lives in the repository's
//! `.git/charter/cache/` (never through a link: a repository may be
//! hostile), or in the user's cache folder for a plan outside git.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use xxhash_rust::xxh3::{xxh3_128, xxh3_64};

/// The layout of an entry; bumped whenever it or the payload's meaning changes
/// (2: plan files' parts in MessagePack instead of JSON).
pub const FORMAT: u32 = 2;
const MAGIC: &[u8; 8] = b"CHRTCACH";
const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The cache folder is trimmed back to 3/4 of this when a write takes it over.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;
/// No entry is bigger than this (plan files are at most 64 MB).
const MAX_ENTRY_BYTES: u64 = 512 * 1024 * 1024;
/// How the temporary files of entries being written start.
const TEMP_PREFIX: &str = ".tmp-";
/// Where the folder lives under the repository's git folder.
pub const GIT_SUBDIR: [&str; 2] = ["charter", "cache"];

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Turns the cache on or off for this process. It starts off, so that a
/// library user (a test, a bench) gets plain parsing unless it asks.
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// What an entry is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key {
    /// The file's path in the plan folder, `/`-separated.
    pub rel: String,
    content: u128,
    len: u64,
}

impl Key {
    pub fn new(rel: &str, bytes: &[u8]) -> Key {
        Key {
            rel: rel.to_string(),
            content: xxh3_128(bytes),
            len: bytes.len() as u64,
        }
    }

    /// The key of something derived from the git blob `oid` (its id is a
    /// hash of its content already); `what` names what, and is never a
    /// plan file's path.
    pub fn for_blob(what: &str, oid: &[u8]) -> Key {
        Key {
            rel: what.to_string(),
            content: xxh3_128(oid),
            len: oid.len() as u64,
        }
    }

    fn file_name(&self) -> String {
        let mut id = Vec::with_capacity(64);
        id.extend_from_slice(&FORMAT.to_le_bytes());
        id.extend_from_slice(VERSION.as_bytes());
        id.push(0);
        id.extend_from_slice(self.rel.as_bytes());
        id.push(0);
        id.extend_from_slice(&self.content.to_le_bytes());
        id.extend_from_slice(&self.len.to_le_bytes());
        format!("{:032x}.bin", xxh3_128(&id))
    }

    /// Everything an entry records about what it is for.
    fn header(&self) -> Vec<u8> {
        let mut h = Vec::with_capacity(64 + self.rel.len());
        h.extend_from_slice(MAGIC);
        h.extend_from_slice(&FORMAT.to_le_bytes());
        push_str(&mut h, VERSION);
        push_str(&mut h, &self.rel);
        h.extend_from_slice(&self.content.to_le_bytes());
        h.extend_from_slice(&self.len.to_le_bytes());
        h
    }
}

fn push_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

/// An entry's bytes: header, payload length, payload, then an xxh3 of all
/// that came before it.
fn encode(key: &Key, payload: &[u8]) -> Vec<u8> {
    let header = key.header();
    let mut out = Vec::with_capacity(header.len() + payload.len() + 16);
    out.extend_from_slice(&header);
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(payload);
    let sum = xxh3_64(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// The payload of `entry` when it is whole and is for `key`.
fn decode(key: &Key, mut entry: Vec<u8>) -> Result<Vec<u8>, &'static str> {
    let Some(body_len) = entry.len().checked_sub(8) else {
        return Err("truncated");
    };
    let mut sum = [0u8; 8];
    sum.copy_from_slice(&entry[body_len..]);
    if xxh3_64(&entry[..body_len]) != u64::from_le_bytes(sum) {
        return Err("checksum mismatch");
    }
    let header = key.header();
    if entry.len() < header.len() + 16 || entry[..header.len()] != header[..] {
        return Err("written for another version or other content");
    }
    let mut len = [0u8; 8];
    len.copy_from_slice(&entry[header.len()..header.len() + 8]);
    let start = header.len() + 8;
    if u64::from_le_bytes(len) != (body_len - start) as u64 {
        return Err("wrong payload length");
    }
    entry.truncate(body_len);
    entry.drain(..start);
    Ok(entry)
}

/// The cache folder of one plan.
#[derive(Clone, Debug)]
pub struct Cache {
    dir: PathBuf,
    /// The most the folder may hold, [`MAX_BYTES`] but in tests.
    limit: u64,
}

/// Plan folders already asked about in this process, with their cache
/// folders: a history walk loads hundreds of revisions of the same plan.
static FOLDERS: Mutex<Vec<(PathBuf, Option<PathBuf>)>> = Mutex::new(Vec::new());

impl Cache {
    /// The cache for the plan in `plan_dir`, `None` when the cache is off
    /// or has no safe place.
    pub fn for_plan(plan_dir: &Path) -> Option<Cache> {
        if !enabled() {
            return None;
        }
        let mut known = FOLDERS.lock().ok()?;
        if let Some((_, dir)) = known.iter().find(|(p, _)| p == plan_dir) {
            return dir.as_deref().map(Cache::in_folder);
        }
        let dir = folder_for(plan_dir);
        known.push((plan_dir.to_path_buf(), dir.clone()));
        dir.as_deref().map(Cache::in_folder)
    }

    /// A cache in `dir`, which must already be a folder charter may write.
    pub fn in_folder(dir: &Path) -> Cache {
        Cache {
            dir: dir.to_path_buf(),
            limit: MAX_BYTES,
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The payload stored for `key`, if a sound entry holds it.
    pub fn get(&self, key: &Key) -> Option<Vec<u8>> {
        let path = self.dir.join(key.file_name());
        match read_entry(&path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                let payload = decode(key, bytes).map_err(str::to_string)?;
                Ok(payload)
            }) {
            Ok(payload) => {
                note(&format!("hit {}", key.rel));
                Some(payload)
            }
            Err(reason) => {
                note(&format!("miss {} ({reason})", key.rel));
                None
            }
        }
    }

    /// Stores `payload` for `key`; a failure only leaves the cache without it.
    pub fn put(&self, key: &Key, payload: &[u8]) {
        let path = self.dir.join(key.file_name());
        match write_entry(&self.dir, &path, &encode(key, payload)) {
            Ok(()) => {
                note(&format!("stored {}", key.rel));
                self.trim();
            }
            Err(e) => note(&format!("not stored {}: {e}", key.rel)),
        }
    }

    /// Removes the least recently used entries when the folder has grown
    /// past its limit, and temporary files a killed process left behind.
    fn trim(&self) {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        let now = std::time::SystemTime::now();
        let mut files: Vec<(std::time::SystemTime, u64, PathBuf)> = Vec::new();
        for entry in entries.filter_map(Result::ok) {
            let Ok(meta) = entry.metadata() else { continue };
            let Ok(modified) = meta.modified() else {
                continue;
            };
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(TEMP_PREFIX) && meta.is_file() {
                let age = now.duration_since(modified).unwrap_or_default();
                if age > std::time::Duration::from_secs(3600) {
                    let _ = fs::remove_file(entry.path());
                }
            } else if name.ends_with(".bin") && meta.is_file() {
                files.push((modified, meta.len(), entry.path()));
            }
        }
        let mut total: u64 = files.iter().map(|(_, len, _)| len).sum();
        if total <= self.limit {
            return;
        }
        files.sort();
        for (_, len, path) in files {
            if total <= self.limit / 4 * 3 {
                break;
            }
            if fs::remove_file(&path).is_ok() {
                total = total.saturating_sub(len);
            }
        }
    }
}

/// `CHARTER_CACHE_DEBUG=1`: what the cache did, on stderr.
fn note(what: &str) {
    if std::env::var_os("CHARTER_CACHE_DEBUG").is_some_and(|v| v == "1") {
        eprintln!("charter cache: {what}");
    }
}

/// Reads an entry without following a link, refusing anything but a
/// regular file of a sane size.
fn read_entry(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    #[cfg(not(unix))]
    if fs::symlink_metadata(path)?.file_type().is_symlink() {
        return Err(std::io::Error::other("a link"));
    }
    let mut file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    if meta.len() > MAX_ENTRY_BYTES {
        return Err(std::io::Error::other("too big"));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.read_to_end(&mut bytes)?;
    // Marks the entry as used, for trimming the least recently used.
    let _ = file.set_modified(std::time::SystemTime::now());
    Ok(bytes)
}

/// Writes an entry through a temporary file in the same folder, renamed
/// over whatever held its name (a link is replaced, never followed).
fn write_entry(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(".part")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    if let Ok(meta) = fs::symlink_metadata(path) {
        if meta.is_dir() {
            // Only a damaged cache has a folder with an entry's name.
            fs::remove_dir_all(path)?;
        }
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The cache folder for `plan_dir`, created when missing: the repository's
/// `.git/charter/cache`, else the user's cache folder. `None` when a part
/// of the way is a link or not a folder.
fn folder_for(plan_dir: &Path) -> Option<PathBuf> {
    let base = match super::git::discover(plan_dir) {
        Ok(Some(repo)) => repo.git2().commondir().to_path_buf(),
        Ok(None) => return user_folder(),
        // A repository git refuses (another owner, damaged) gets no cache.
        Err(_) => return None,
    };
    let mut dir = base;
    for part in GIT_SUBDIR {
        dir.push(part);
        if !real_folder(&dir) {
            return None;
        }
    }
    Some(dir)
}

/// `path` is a folder and no link, creating it when absent.
fn real_folder(path: &Path) -> bool {
    match fs::symlink_metadata(path) {
        Ok(meta) => meta.is_dir(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            fs::create_dir(path).is_ok() || fs::symlink_metadata(path).is_ok_and(|m| m.is_dir())
        }
        Err(_) => false,
    }
}

/// `$XDG_CACHE_HOME/charter` or `~/.cache/charter` (on macOS
/// `~/Library/Caches/charter`, on Windows `%LOCALAPPDATA%\charter`).
fn user_folder() -> Option<PathBuf> {
    let absolute = |v: std::ffi::OsString| Some(PathBuf::from(v)).filter(|p| p.is_absolute());
    let base = if cfg!(windows) {
        std::env::var_os("LOCALAPPDATA").and_then(absolute)?
    } else if cfg!(target_os = "macos") {
        std::env::var_os("HOME")
            .and_then(absolute)?
            .join("Library/Caches")
    } else {
        match std::env::var_os("XDG_CACHE_HOME").and_then(absolute) {
            Some(dir) => dir,
            None => std::env::var_os("HOME").and_then(absolute)?.join(".cache"),
        }
    };
    fs::create_dir_all(&base).ok()?;
    let dir = base.join("charter");
    real_folder(&dir).then_some(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache() -> (tempfile::TempDir, Cache) {
        let tmp = tempfile::tempdir().unwrap();
        let cache = Cache::in_folder(tmp.path());
        (tmp, cache)
    }

    fn only_entry(cache: &Cache) -> PathBuf {
        let mut entries: Vec<PathBuf> = fs::read_dir(cache.dir())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(entries.len(), 1, "{entries:?}");
        entries.pop().unwrap()
    }

    #[test]
    fn gives_back_what_was_stored_for_the_same_bytes_and_path() {
        let (_tmp, cache) = cache();
        let key = Key::new("goals.yaml", b"goals: []\n");
        assert_eq!(cache.get(&key), None);
        cache.put(&key, b"payload");
        assert_eq!(cache.get(&key).as_deref(), Some(&b"payload"[..]));
        // Other bytes or another path are other entries.
        assert_eq!(cache.get(&Key::new("goals.yaml", b"goals: [] \n")), None);
        assert_eq!(cache.get(&Key::new("agents.yaml", b"goals: []\n")), None);
    }

    #[test]
    fn a_damaged_entry_is_ignored_then_replaced() {
        let (_tmp, cache) = cache();
        let key = Key::new("plan.yaml", b"id: x\n");
        cache.put(&key, b"the payload");
        let path = only_entry(&cache);
        let good = fs::read(&path).unwrap();
        let damages: Vec<Vec<u8>> = vec![
            Vec::new(),
            good[..good.len() / 2].to_vec(),
            good[..good.len() - 1].to_vec(),
            {
                let mut b = good.clone();
                let at = b.len() - 12;
                b[at] ^= 0x01;
                b
            },
            {
                // Another version: the header differs, and the checksum is right.
                let mut b = good[..good.len() - 8].to_vec();
                let at = MAGIC.len() + 4 + 4;
                b[at] = b'9';
                let sum = xxh3_64(&b);
                b.extend_from_slice(&sum.to_le_bytes());
                b
            },
        ];
        for damaged in damages {
            fs::write(&path, &damaged).unwrap();
            assert_eq!(cache.get(&key), None, "{damaged:?}");
            cache.put(&key, b"the payload");
            assert_eq!(fs::read(&path).unwrap(), good);
        }
    }

    #[test]
    fn a_folder_or_a_link_in_an_entrys_place_is_ignored_then_replaced() {
        let (tmp, cache) = cache();
        let key = Key::new("plan.yaml", b"id: x\n");
        cache.put(&key, b"p");
        let path = only_entry(&cache);
        fs::remove_file(&path).unwrap();
        fs::create_dir(&path).unwrap();
        fs::write(path.join("inside"), "x").unwrap();
        assert_eq!(cache.get(&key), None);
        cache.put(&key, b"p");
        assert_eq!(cache.get(&key).as_deref(), Some(&b"p"[..]));
        #[cfg(unix)]
        {
            let outside = tmp.path().join("elsewhere");
            fs::write(&outside, fs::read(&path).unwrap()).unwrap();
            fs::remove_file(&path).unwrap();
            std::os::unix::fs::symlink(&outside, &path).unwrap();
            assert_eq!(cache.get(&key), None, "a link is never followed");
            cache.put(&key, b"q");
            assert!(!fs::symlink_metadata(&path).unwrap().is_symlink());
            assert_eq!(cache.get(&key).as_deref(), Some(&b"q"[..]));
            assert_eq!(cache.get(&key).as_deref(), Some(&b"q"[..]));
            // What the link pointed at is left alone.
            assert_eq!(
                decode(&key, fs::read(&outside).unwrap()).as_deref(),
                Ok(&b"p"[..])
            );
        }
    }

    #[test]
    fn the_folder_is_trimmed_oldest_first() {
        let (_tmp, mut cache) = cache();
        cache.limit = 3000;
        let big = vec![7u8; 1000];
        let keys: Vec<Key> = (0..4)
            .map(|i| Key::new("milestones.yaml", format!("v{i}").as_bytes()))
            .collect();
        for key in &keys {
            cache.put(key, &big);
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(cache.get(&keys[0]), None);
        assert!(cache.get(&keys[3]).is_some());
        let total: u64 = fs::read_dir(cache.dir())
            .unwrap()
            .map(|e| e.unwrap().metadata().unwrap().len())
            .sum();
        assert!(total <= cache.limit, "{total}");
    }

    #[test]
    fn a_temporary_file_left_by_a_killed_process_is_removed_when_old() {
        let (_tmp, cache) = cache();
        let old = cache.dir().join(".tmp-old.part");
        let new = cache.dir().join(".tmp-new.part");
        for path in [&old, &new] {
            fs::write(path, b"half an entry").unwrap();
        }
        let hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        fs::File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(hours_ago)
            .unwrap();
        cache.put(&Key::new("plan.yaml", b"x"), b"p");
        assert!(!old.exists());
        assert!(new.exists(), "a write in progress is left alone");
    }

    #[cfg(unix)]
    #[test]
    fn no_folder_is_used_through_a_link() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("target");
        fs::create_dir(&target).unwrap();
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(!real_folder(&link));
        assert!(real_folder(&tmp.path().join("new")));
        assert!(tmp.path().join("new").is_dir());
    }
}

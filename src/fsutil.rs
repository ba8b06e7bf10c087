//! Files and folders that hold personal data or secrets: created 0700 / 0600 on
//! Unix (SPEC.md "Paths"), written atomically where a half file would hurt.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Creates `dir` and missing parents; the leaf (and any parent it creates) gets mode
/// 0700 on Unix. An existing folder keeps its mode.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

/// Creates the folder `dir` itself (its parent must exist) with mode 0700 on
/// Unix; fails if anything is already there, so the caller knows it is new.
pub fn create_new_private_dir(dir: &Path) -> io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

/// Options for a new file of mode 0600 (Unix), opened for writing.
pub fn private_file_options() -> OpenOptions {
    let mut o = OpenOptions::new();
    o.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o
}

/// Sets mode 0600 on an existing file (Unix; no-op elsewhere).
pub fn make_private(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// The Unix mode bits of `path` (permission bits only), `None` elsewhere.
pub fn mode_of(path: &Path) -> io::Result<Option<u32>> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Ok(Some(std::fs::metadata(path)?.permissions().mode() & 0o7777))
    }
    #[cfg(not(unix))]
    {
        std::fs::metadata(path)?;
        Ok(None)
    }
}

/// Flushes a folder's entries (new names, renames) to disk. On non-Unix systems
/// folders cannot be opened for sync, so this is a no-op there.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Writes `bytes` to `path` atomically and durably: a temporary sibling file (0600)
/// is written and fsynced, renamed over `path`, and the folder is fsynced. A crash
/// leaves either the old file or the new one, never a half file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no file name"))?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = private_file_options()
            .create(true)
            .truncate(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_dir_and_atomic_file_modes() {
        let t = tempfile::tempdir().unwrap();
        let d = t.path().join("a/b");
        create_private_dir(&d).unwrap();
        let f = d.join("x.txt");
        write_atomic(&f, b"hello").unwrap();
        write_atomic(&f, b"world").unwrap();
        assert_eq!(std::fs::read(&f).unwrap(), b"world");
        if cfg!(unix) {
            assert_eq!(mode_of(&d).unwrap(), Some(0o700));
            assert_eq!(mode_of(&f).unwrap(), Some(0o600));
        }
        assert_eq!(
            std::fs::read_dir(&d).unwrap().count(),
            1,
            "no temp file left"
        );
    }

    #[test]
    fn new_private_dir_is_new_and_private() {
        let t = tempfile::tempdir().unwrap();
        let d = t.path().join("new");
        create_new_private_dir(&d).unwrap();
        if cfg!(unix) {
            assert_eq!(mode_of(&d).unwrap(), Some(0o700));
        }
        let again = create_new_private_dir(&d).unwrap_err();
        assert_eq!(again.kind(), io::ErrorKind::AlreadyExists);
        assert!(create_new_private_dir(&t.path().join("no/parent")).is_err());
    }
}

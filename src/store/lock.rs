//! The booth lock: one running booth TUI per data dir.

use std::fs::File;

use super::{Result, StoreError};
use crate::paths::DataDir;

/// Held by the running booth TUI so a second one on the same data dir is refused.
/// Released when dropped (or when the process dies: it is an OS file lock).
#[derive(Debug)]
pub struct BoothLock {
    _file: File,
}

impl BoothLock {
    /// Takes the booth lock of `data` without waiting.
    ///
    /// Errors: [`StoreError::BoothRunning`] naming the data dir (and the holder's
    /// pid when it wrote one); IO errors naming the lock file.
    pub fn acquire(data: &DataDir) -> Result<Self> {
        use std::io::{Read, Seek, Write};
        super::open::create_data_dir(data)?;
        let path = data.booth_lock();
        let io = |source| StoreError::DataDir {
            path: path.clone(),
            source,
        };
        let mut file = crate::fsutil::private_file_options()
            .read(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let pid = holder
                    .trim()
                    .parse::<u32>()
                    .map(|p| format!(" (pid {p})"))
                    .unwrap_or_default();
                return Err(StoreError::BoothRunning {
                    path: data.root().to_owned(),
                    pid,
                });
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
        }
        file.set_len(0).map_err(io)?;
        file.rewind().map_err(io)?;
        write!(file, "{}", std::process::id()).map_err(io)?;
        Ok(BoothLock { _file: file })
    }
}

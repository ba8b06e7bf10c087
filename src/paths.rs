//! Where leadbooth keeps its files (SPEC.md "Paths").

use std::path::{Path, PathBuf};

/// The platform directories for leadbooth (XDG on Linux, Application Support on
/// macOS, AppData on Windows), from the `directories` crate.
fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("org", "leadbooth", "leadbooth")
}

/// The default data dir when neither `--data-dir` nor `LEADBOOTH_DATA_DIR` is given.
pub fn platform_data_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().to_owned())
}

/// `event.toml` in the platform config dir (used when present and no `--config`).
pub fn platform_event_file() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("event.toml"))
}

/// Why no data dir could be found.
#[derive(Debug, thiserror::Error)]
pub enum PathsError {
    /// No `--data-dir` and no home directory to put the platform data dir in.
    #[error("cannot find a home directory for the data dir: pass --data-dir DIR")]
    NoHome,
}

/// The files inside one data dir.
#[derive(Debug, Clone)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    /// Wraps a data dir path (nothing is created yet).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        DataDir { root: root.into() }
    }

    /// `--data-dir` / `LEADBOOTH_DATA_DIR` if given, else the platform data dir.
    ///
    /// Errors: [`PathsError::NoHome`].
    pub fn resolve(explicit: Option<&Path>) -> Result<Self, PathsError> {
        match explicit {
            Some(p) => Ok(Self::new(p)),
            None => platform_data_dir().map(Self::new).ok_or(PathsError::NoHome),
        }
    }

    /// The data dir itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `leadbooth.sqlite3`: the booth database.
    pub fn database(&self) -> PathBuf {
        self.root.join("leadbooth.sqlite3")
    }

    /// `booth.lock`: held by the running booth TUI.
    pub fn booth_lock(&self) -> PathBuf {
        self.root.join("booth.lock")
    }

    /// `keys/`: the device signing key pair.
    pub fn keys(&self) -> PathBuf {
        self.root.join("keys")
    }

    /// `exports/`: the default export target.
    pub fn exports(&self) -> PathBuf {
        self.root.join("exports")
    }

    /// `logs/`: tracing output (never the terminal the booth draws on).
    pub fn logs(&self) -> PathBuf {
        self.root.join("logs")
    }
}

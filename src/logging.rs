//! Logging with `tracing` to a file in the data dir, never to the terminal the booth
//! UI draws on. `LEADBOOTH_LOG` sets the filter (default `info`).

use std::path::Path;

/// Starts logging to `<logs_dir>/leadbooth.log` (appending, 0600). Logging is a
/// convenience: if the file cannot be opened, the program runs without it.
pub fn init(logs_dir: &Path) {
    let file = crate::fsutil::create_private_dir(logs_dir).and_then(|_| {
        crate::fsutil::private_file_options()
            .create(true)
            .append(true)
            .open(logs_dir.join("leadbooth.log"))
    });
    let Ok(file) = file else { return };
    let filter = tracing_subscriber::EnvFilter::try_from_env("LEADBOOTH_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(false)
        .with_writer(std::sync::Mutex::new(file))
        .try_init();
}

//! `leadbooth init-event [FILE]`: writes the commented example event file, the
//! starting point for a real show's configuration.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Args;

/// The example event file: every key of the event file format, explained. It loads
/// as it is (a test checks), so a fresh copy is always a working event.
pub const EXAMPLE_EVENT: &str = include_str!("../../assets/example-event.toml");

/// `leadbooth init-event`.
#[derive(Debug, Args)]
pub struct InitEventArgs {
    /// Where to write it; `-` writes to standard output
    #[arg(value_name = "FILE", default_value = "event.toml")]
    pub file: PathBuf,
    /// Overwrite FILE if it exists
    #[arg(long)]
    pub force: bool,
}

impl InitEventArgs {
    /// Writes the example; refuses to replace an existing file without `--force`.
    pub fn run(self) -> anyhow::Result<ExitCode> {
        if self.file.as_os_str() == "-" {
            crate::cli::out::document(EXAMPLE_EVENT.as_bytes())?;
            return Ok(ExitCode::SUCCESS);
        }
        let name = crate::cli::out::path(&self.file).to_string();
        let mut options = std::fs::OpenOptions::new();
        options.write(true);
        if self.force {
            options.create(true).truncate(true);
        } else {
            options.create_new(true);
        }
        let mut f = match options.open(&self.file) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                anyhow::bail!("{name} already exists; pass --force to overwrite it")
            }
            other => other.with_context(|| format!("cannot create {name}"))?,
        };
        f.write_all(EXAMPLE_EVENT.as_bytes())
            .and_then(|()| f.sync_all())
            .with_context(|| format!("cannot write {name}"))?;
        let auto = crate::paths::platform_event_file()
            .map(|p| {
                format!(
                    ", or save it as {} to use it by default",
                    crate::cli::out::path(&p)
                )
            })
            .unwrap_or_default();
        crate::tell!(
            "wrote {name}: edit it, check it with `leadbooth --config {name} doctor`, \
             then start the booth with `leadbooth --config {name}`{auto}"
        );
        Ok(ExitCode::SUCCESS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_is_a_valid_event() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("event.toml");
        std::fs::write(&path, EXAMPLE_EVENT).unwrap();
        let e = crate::config::Event::load(&path).unwrap();
        assert_eq!(e.id, "my-expo-2026");
        assert_eq!(e.purposes.len(), 7, "default purposes");
    }

    #[test]
    fn example_encryption_block_works_once_uncommented() {
        let recipient = age::x25519::Identity::generate().to_public().to_string();
        let text = EXAMPLE_EVENT
            .replace("#[encryption]", "[encryption]")
            .replace(
                "#recipients = [\"age1...\"]",
                &format!("recipients = [\"{recipient}\"]"),
            );
        assert_ne!(
            text, EXAMPLE_EVENT,
            "the example has a commented [encryption] block"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("event.toml");
        std::fs::write(&path, text).unwrap();
        let e = crate::config::Event::load(&path).unwrap();
        assert_eq!(e.recipients.len(), 1);
    }
}

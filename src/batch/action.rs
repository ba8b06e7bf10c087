//! What leadbooth was doing with a file or folder when the operating system
//! refused (an export, the device key, the office's age identity): a typed
//! action, so each is said in the staff language by a message of its own,
//! with the file named and the operating system's own words after it.

use std::fmt;
use std::path::Path;

use crate::i18n::{Language, Msg, arg, format, msg::io as m};

/// A file or folder operation that can fail. `Display` gives the English words
/// the errors have always carried (`cannot {action} {path}: {error}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoAction {
    /// Create a file (or the keys folder).
    Create,
    /// Create a batch's partial or staging folder.
    CreateFolder,
    /// Write a file.
    Write,
    /// Read a file.
    Read,
    /// Read back a staged (encrypted, temporary) file of an encrypted batch.
    ReadStaged,
    /// Encrypt a staged file as it is written.
    Encrypt,
    /// Start the thread that writes a file.
    StartWriting,
    /// Rename the finished batch (or encrypted batch file) into place.
    RenameIntoPlace,
    /// Flush a folder's entries to disk.
    SyncFolder,
    /// Resolve the export target.
    OpenExportTarget,
    /// Remove the staging folder after an encrypted export.
    RemoveStagingFolder,
    /// Open the data dir's export lock file.
    OpenLockFile,
    /// Lock the export lock file.
    Lock,
    /// Make the public key beside a batch readable by everyone.
    SetModeOf,
    /// Make the keys folder private (0700).
    Restrict,
}

impl IoAction {
    /// Every action, for the tests that check each is said in every language.
    pub const ALL: [IoAction; 15] = [
        IoAction::Create,
        IoAction::CreateFolder,
        IoAction::Write,
        IoAction::Read,
        IoAction::ReadStaged,
        IoAction::Encrypt,
        IoAction::StartWriting,
        IoAction::RenameIntoPlace,
        IoAction::SyncFolder,
        IoAction::OpenExportTarget,
        IoAction::RemoveStagingFolder,
        IoAction::OpenLockFile,
        IoAction::Lock,
        IoAction::SetModeOf,
        IoAction::Restrict,
    ];

    /// The English words, as they stand between `cannot` and the path.
    pub fn words(self) -> &'static str {
        match self {
            IoAction::Create => "create",
            IoAction::CreateFolder => "create folder",
            IoAction::Write => "write",
            IoAction::Read => "read",
            IoAction::ReadStaged => "read the staged",
            IoAction::Encrypt => "encrypt",
            IoAction::StartWriting => "start writing",
            IoAction::RenameIntoPlace => "rename the finished batch into place as",
            IoAction::SyncFolder => "sync folder",
            IoAction::OpenExportTarget => "open export target",
            IoAction::RemoveStagingFolder => "remove staging folder",
            IoAction::OpenLockFile => "open lock file",
            IoAction::Lock => "lock",
            IoAction::SetModeOf => "set the mode of",
            IoAction::Restrict => "restrict",
        }
    }

    fn message(self) -> Msg {
        match self {
            IoAction::Create => m::CREATE,
            IoAction::CreateFolder => m::CREATE_FOLDER,
            IoAction::Write => m::WRITE,
            IoAction::Read => m::READ,
            IoAction::ReadStaged => m::READ_STAGED,
            IoAction::Encrypt => m::ENCRYPT,
            IoAction::StartWriting => m::START_WRITING,
            IoAction::RenameIntoPlace => m::RENAME_INTO_PLACE,
            IoAction::SyncFolder => m::SYNC_FOLDER,
            IoAction::OpenExportTarget => m::OPEN_EXPORT_TARGET,
            IoAction::RemoveStagingFolder => m::REMOVE_STAGING_FOLDER,
            IoAction::OpenLockFile => m::OPEN_LOCK_FILE,
            IoAction::Lock => m::LOCK,
            IoAction::SetModeOf => m::SET_MODE,
            IoAction::Restrict => m::RESTRICT,
        }
    }

    /// `cannot {action} {path}: {error}` as `lang` says it: the path
    /// sanitised for the terminal, the operating system's words (`error`)
    /// after it as they are. In English, the error's `Display` byte for byte.
    pub fn said_in(self, lang: Language, path: &Path, error: &std::io::Error) -> String {
        let path = crate::text::sanitize_line(&path.display().to_string()).into_owned();
        format(
            lang,
            self.message(),
            [("path", arg(&path)), ("error", arg(&error.to_string()))],
        )
    }
}

impl fmt::Display for IoAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.words())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every action has its own words in German, French and Spanish (none
    /// left in English, none sharing another action's), keeps the file and
    /// the operating system's words, and in English is the error's old text.
    #[test]
    fn every_file_action_is_said_in_every_language() {
        let path = Path::new("/media/usb stick/demo-1");
        let error = std::io::Error::other("Read-only file system (os error 30)");
        for lang in Language::ALL {
            let mut seen = std::collections::HashSet::new();
            for action in IoAction::ALL {
                let english = format!("cannot {action} {}: {error}", path.display());
                let said = action.said_in(lang, path, &error);
                if lang == Language::En {
                    assert_eq!(said, english);
                } else {
                    assert_ne!(said, english, "{lang}: {action} left in English");
                    assert!(
                        !said.contains(action.words()) || action.words().len() < 6,
                        "{lang}: {said:?} holds the English words {:?}",
                        action.words()
                    );
                }
                assert!(said.contains("/media/usb stick/demo-1"), "{lang}: {said}");
                assert!(
                    said.ends_with(": Read-only file system (os error 30)")
                        || said.ends_with(" : Read-only file system (os error 30)"),
                    "{lang}: the operating system's words end it: {said}"
                );
                assert!(seen.insert(said.clone()), "{lang}: {said:?} said twice");
            }
        }
    }

    #[test]
    fn a_path_is_sanitised() {
        let said = IoAction::Write.said_in(
            Language::De,
            Path::new("a\u{1b}[2Jb"),
            &std::io::Error::other("x"),
        );
        assert!(!said.contains('\u{1b}'), "{said:?}");
    }
}

//! Encrypted batches: the office's identity (made with the real binary), a booth
//! whose event names recipients, and the real `age` and `tar` commands to open
//! what it exports.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::Booth;
use super::booth::clean_command;

/// The demo event, plus `[encryption] recipients`.
pub fn event_with_recipients(recipients: &[&str]) -> String {
    let list: Vec<String> = recipients.iter().map(|r| format!("{r:?}")).collect();
    format!(
        "{}\n[encryption]\nrecipients = [{}]\n",
        include_str!("../../assets/demo-event.toml"),
        list.join(", ")
    )
}

/// The central office: a temp dir with an identity made by `leadbooth identity new`.
pub struct Office {
    pub dir: tempfile::TempDir,
    pub identity: PathBuf,
    pub recipient: String,
}

impl Office {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let identity = dir.path().join("office.key");
        let out = clean_command(dir.path())
            .arg("identity")
            .arg("new")
            .arg(&identity)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", super::stderr(&out));
        let recipient = String::from_utf8(out.stdout).unwrap().trim().to_owned();
        assert!(recipient.starts_with("age1"), "{recipient}");
        std::fs::create_dir_all(dir.path().join("tmp")).unwrap();
        Office {
            dir,
            identity,
            recipient,
        }
    }

    /// The folder the office's commands decrypt into (their TMPDIR).
    pub fn tmp(&self) -> PathBuf {
        self.dir.path().join("tmp")
    }

    /// What is left in [`Office::tmp`]: nothing, after any command.
    pub fn tmp_entries(&self) -> Vec<String> {
        std::fs::read_dir(self.tmp())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    }

    /// `leadbooth verify FILE --pubkey P --identity I [extra]`, TMPDIR in the office.
    pub fn verify(&self, file: &Path, pubkey: &Path, identity: &Path) -> Output {
        self.verify_in("C.UTF-8", file, pubkey, identity)
    }

    /// [`Office::verify`] under the locale `lang` (`de_DE.UTF-8`).
    pub fn verify_in(&self, lang: &str, file: &Path, pubkey: &Path, identity: &Path) -> Output {
        clean_command(self.dir.path())
            .env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("TMPDIR", self.tmp())
            .arg("--data-dir")
            .arg(self.dir.path().join("office-data"))
            .arg("verify")
            .arg(file)
            .arg("--pubkey")
            .arg(pubkey)
            .arg("--identity")
            .arg(identity)
            .output()
            .unwrap()
    }
}

/// A booth whose platform event file (under its HOME) names `recipients`.
pub fn encrypting_booth(recipients: &[&str]) -> Booth {
    let booth = Booth::new();
    let config = booth.dir.path().join("config/leadbooth");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("event.toml"), event_with_recipients(recipients)).unwrap();
    booth
}

/// The encrypted file named in export's "Batch … written to <file>" line.
pub fn sealed_file(stdout: &str) -> PathBuf {
    let f = super::booth::batch_folder(stdout).expect("export names what it wrote");
    assert!(f.to_string_lossy().ends_with(".tar.age"), "{stdout}");
    f
}

/// `age -d -i IDENTITY FILE | tar -x -C OUT` with the real tools; the output.
pub fn age_untar(file: &Path, identity: &Path, out: &Path) -> Output {
    std::fs::create_dir_all(out).unwrap();
    Command::new("sh")
        .arg("-c")
        .arg(r#"age -d -i "$1" "$2" | tar -x -C "$3""#)
        .arg("sh")
        .arg(identity)
        .arg(file)
        .arg(out)
        .output()
        .unwrap()
}

/// The three files of the encrypted batch `file`.
pub fn three(file: &Path) -> [PathBuf; 3] {
    let with = |s: &str| PathBuf::from(format!("{}{s}", file.display()));
    [file.to_owned(), with(".sha256"), with(".minisig")]
}

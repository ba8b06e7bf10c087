//! F5 picks where the batch goes (issue 16): the removable media mounted now
//! first, then the folder used last time (kept in the booth's settings, so a
//! restart keeps it), then the laptop's own folder, then a typed folder. The
//! device's public key goes beside the batch, the check command fits the screen
//! line by line and runs with the real `minisign` and `sha256sum`, and a folder
//! that is gone is named, with nothing marked exported.

use std::path::{Path, PathBuf};
use std::process::Command;

use leadbooth::config::Event;
use leadbooth::media::Medium;
use leadbooth::tui::export::FOLDER_SETTING;
use leadbooth::tui::form::{ContactField, Focus};
use leadbooth::tui::screen::ScreenKind;
use ratatui::crossterm::event::KeyCode;

use crate::support::app::{Options, TuiBooth, consent_index, fixed_now};
use crate::support::have_tool;
use crate::support::read_only::ReadOnlyFolder;

fn staff() -> Options {
    TuiBooth::options().clock(fixed_now)
}

/// Two media as a desktop mounts them (the paths need not exist: the mount
/// table is what says they are there).
fn two_media() -> Vec<Medium> {
    vec![
        Medium {
            path: "/media/kari/KINGSTON".into(),
            fs_type: "vfat".into(),
            device: "/dev/sdb1".into(),
        },
        Medium {
            path: "/run/media/kari/CARD 64GB".into(),
            fs_type: "exfat".into(),
            device: "/dev/sdc1".into(),
        },
    ]
}

fn none() -> Vec<Medium> {
    Vec::new()
}

/// A lead typed and saved, the receipt closed.
fn capture(b: &mut TuiBooth, name: &str, email: &str) {
    b.type_str(name);
    b.focus_on(Focus::Contact(ContactField::Email));
    b.type_str(email);
    b.focus_on(Focus::Consent(consent_index("policy_ack")));
    b.press(KeyCode::Char(' '));
    b.ctrl('s');
    b.press(KeyCode::Esc);
    assert_eq!(b.app.screen().kind(), ScreenKind::Form);
}

/// The screen's rows as text (the `TestBackend` quotes each).
fn rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .map(|l| l.trim_start_matches('"').trim_end_matches('"').to_owned())
        .collect()
}

/// The check command's rows under "Check it with standard tools:", as a
/// person copies them off the screen.
fn check_rows(screen: &str) -> Vec<String> {
    rows(screen)
        .into_iter()
        .skip_while(|r| !r.contains("Check it with standard tools:"))
        .skip(1)
        .take_while(|r| !r.trim().is_empty())
        .map(|r| r.trim_end().to_owned())
        .collect()
}

/// The batch folders and the other files in `dir`.
fn listing(dir: &Path) -> (Vec<PathBuf>, Vec<String>) {
    let mut folders = Vec::new();
    let mut files = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            folders.push(p);
        } else {
            files.push(p.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    (folders, files)
}

#[test]
fn snapshot_export_picker_80x24() {
    let mut event = Event::demo();
    event.export_dir = Some("/srv/booth/exports".into());
    let mut b = staff().event(event).media(two_media).open_with(|_, store| {
        store
            .set_setting(FOLDER_SETTING, "/media/kari/OLDSTICK", "test", "t")
            .unwrap();
    });
    b.press(KeyCode::F(5));
    let screen = b.screen(80, 24);
    // Media first, the first highlighted (the folder used last time is gone),
    // then the last folder, the laptop's, and a row to type one.
    insta::assert_snapshot!(screen);
    let order: Vec<usize> = [
        "› Removable KINGSTON",
        "Removable CARD 64GB",
        "Last used: /media/kari/OLDSTICK (not there now)",
        "This laptop: /srv/booth/exports",
        "Another folder:",
    ]
    .iter()
    .map(|t| screen.find(t).unwrap_or_else(|| panic!("{t}: {screen}")))
    .collect();
    assert!(order.is_sorted(), "{order:?}: {screen}");
    assert!(
        screen.contains("Enter export now  ↑↓ choose  Esc back"),
        "{screen}"
    );
}

#[test]
fn a_typed_folder_gets_the_batch_and_the_public_key_and_the_check_command_runs() {
    let stick = tempfile::tempdir().unwrap();
    let mut b = staff().media(none).open();
    capture(&mut b, "Zoë", "zoe@example.com");
    b.press(KeyCode::F(5));
    let screen = b.screen(80, 24);
    assert!(
        screen.contains("No USB stick or memory card is mounted now."),
        "{screen}"
    );
    assert!(screen.contains("› This laptop:"), "{screen}");
    b.press(KeyCode::Down);
    b.type_str(stick.path().to_str().unwrap());
    b.press(KeyCode::Enter);
    let screen = b.wait_for_screen(80, 24, "Batch written to");

    let (folders, files) = listing(stick.path());
    assert_eq!(folders.len(), 1, "{folders:?} {files:?}");
    let public = std::fs::read_to_string(b.booth.data_dir().join("keys/device.pub")).unwrap();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].starts_with("device-") && files[0].ends_with(".pub"));
    assert_eq!(
        std::fs::read_to_string(stick.path().join(&files[0])).unwrap(),
        public
    );
    assert!(
        screen.contains(&files[0]),
        "the key's file is named: {screen}"
    );

    // The command as copied off an 80-column screen: every row whole, none
    // wider than the screen, and it runs as pasted.
    let check = check_rows(&screen);
    assert!(check.len() >= 3, "{screen}");
    assert!(check[0].trim_start().starts_with("cd "), "{check:?}");
    if have_tool("minisign") && have_tool("sha256sum") {
        let out = Command::new("bash")
            .arg("-c")
            .arg(check.join("\n"))
            .current_dir("/")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{check:#?}: {said}");
        assert!(
            said.contains("Signature and comment signature verified"),
            "{said}"
        );
        assert!(said.contains("leads.jsonl: OK"), "{said}");
    }
}

#[test]
fn the_folder_chosen_is_offered_first_after_a_restart() {
    let stick = tempfile::tempdir().unwrap();
    let mut b = staff().media(none).open();
    capture(&mut b, "Ana", "ana@example.com");
    b.press(KeyCode::F(5));
    b.press(KeyCode::Down);
    b.type_str(stick.path().to_str().unwrap());
    b.press(KeyCode::Enter);
    b.wait_for_screen(80, 24, "Batch written to");
    b.press(KeyCode::Esc);

    b.restart();
    capture(&mut b, "Ben", "ben@example.com");
    b.press(KeyCode::F(5));
    let screen = b.screen(120, 30);
    let shown = stick.path().display().to_string();
    assert!(
        screen.contains(&format!("› Last used: {shown}")),
        "{screen}"
    );
    b.press(KeyCode::Enter);
    b.wait_for_screen(120, 30, "batch number 2");
    let (folders, _) = listing(stick.path());
    assert_eq!(folders.len(), 2, "both batches on the stick: {folders:?}");
    assert!(
        !b.booth.data_dir().join("exports").exists(),
        "nothing went to the laptop's folder"
    );
}

#[test]
fn a_medium_is_offered_first_and_marked_when_used_last_time() {
    static STICK: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    fn stick() -> Vec<Medium> {
        let dir = STICK.get_or_init(|| tempfile::tempdir().unwrap());
        vec![Medium {
            path: dir.path().to_owned(),
            fs_type: "vfat".into(),
            device: "/dev/sdz1".into(),
        }]
    }
    let mut b = staff().media(stick).open();
    capture(&mut b, "Ana", "ana@example.com");
    b.press(KeyCode::F(5));
    let screen = b.screen(120, 30);
    assert!(
        screen.contains("› Removable "),
        "highlighted first: {screen}"
    );
    b.press(KeyCode::Enter);
    b.wait_for_screen(120, 30, "Batch written to");
    let dir = STICK.get().unwrap().path();
    assert_eq!(listing(dir).0.len(), 1);
    b.press(KeyCode::Esc);
    b.restart();
    b.press(KeyCode::F(5));
    let screen = b.screen(120, 30);
    assert!(screen.contains("used last time"), "{screen}");
    assert!(!screen.contains("Last used:"), "one row for it: {screen}");
}

#[test]
fn a_folder_that_is_gone_is_named_and_nothing_is_marked_exported() {
    let stick = tempfile::tempdir().unwrap();
    let gone = stick.path().join("STICK");
    std::fs::create_dir(&gone).unwrap();
    let mut b = staff().media(none).open_with(|_, store| {
        store
            .set_setting(FOLDER_SETTING, gone.to_str().unwrap(), "test", "t")
            .unwrap();
    });
    capture(&mut b, "Ana", "ana@example.com");
    std::fs::remove_dir(&gone).unwrap();
    b.press(KeyCode::F(5));
    let screen = b.screen(120, 30);
    assert!(screen.contains("(not there now)"), "{screen}");
    assert!(
        screen.contains("› This laptop:"),
        "a folder that is gone is not the default: {screen}"
    );
    b.press(KeyCode::Up);
    b.press(KeyCode::Enter);
    let screen = b.wait_for_screen(120, 30, "Export failed");
    assert!(screen.contains(&gone.display().to_string()), "{screen}");
    assert!(screen.contains("does not exist"), "{screen}");
    assert!(
        screen.contains("Target folder ("),
        "back at the picker: {screen}"
    );
    assert!(screen.contains("1 lead,"), "{screen}");
    // Nothing lost: the laptop's folder takes the same lead.
    b.press(KeyCode::Down);
    b.press(KeyCode::Enter);
    let screen = b.wait_for_screen(120, 30, "Batch written to");
    assert!(
        screen.contains("1 lead, 0 erasures or withdrawals, batch number 1"),
        "{screen}"
    );
}

#[test]
fn enter_on_an_empty_folder_row_asks_for_the_path() {
    let mut b = staff().media(none).open();
    b.press(KeyCode::F(5));
    b.press(KeyCode::End);
    b.press(KeyCode::Enter);
    let screen = b.screen(100, 30);
    assert!(screen.contains("Type the folder's path"), "{screen}");
    assert!(!b.booth.data_dir().join("exports").exists());
}

#[test]
fn a_typed_folder_waits_while_the_key_passphrase_is_typed() {
    let stick = tempfile::tempdir().unwrap();
    let mut b = staff().media(none).open();
    let data = leadbooth::paths::DataDir::new(b.booth.data_dir());
    leadbooth::batch::DeviceKey::of(&data)
        .init(
            uuid::Uuid::nil(),
            leadbooth::batch::KeyProtection::Passphrase("booth pass".into()),
            false,
        )
        .unwrap();
    b.press(KeyCode::F(5));
    assert!(b.screen(100, 30).contains("Passphrase of the signing key"));
    b.press(KeyCode::Down);
    b.type_str(stick.path().to_str().unwrap());
    b.press(KeyCode::Enter);
    // The folder is kept as a choice of its own, highlighted; keys now go to
    // the masked prompt, not to the folder.
    let shown = stick.path().display().to_string();
    let screen = b.screen(100, 30);
    assert!(
        screen.contains(&format!("› Another folder: {shown}")),
        "{screen}"
    );
    assert_eq!(highlighted(&b), Some(stick.path().to_owned()));
    b.type_str("pass");
    let screen = b.screen(100, 30);
    assert!(screen.contains("••••"), "{screen}");
    assert!(!screen.contains(&format!("{shown}pass")), "{screen}");
}

/// The folder highlighted on the export screen.
fn highlighted(b: &TuiBooth) -> Option<PathBuf> {
    match b.app.screen() {
        leadbooth::tui::screen::Screen::Export(e) => e.highlighted().map(Path::to_owned),
        _ => panic!("not on the export screen"),
    }
}

/// A USB stick with no room left: a tmpfs of 8 KiB mounted for the test (root
/// only), unmounted when dropped.
struct FullStick {
    dir: tempfile::TempDir,
}

impl FullStick {
    /// The stick, or `None` where this test may not mount (not root).
    fn mount() -> Option<Self> {
        let dir = tempfile::tempdir().unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=8k,mode=0755", "tmpfs"])
            .arg(dir.path())
            .output()
            .is_ok_and(|o| o.status.success());
        ok.then_some(FullStick { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for FullStick {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// Issue 16 (show-day leftovers): F5 onto a stick that fills up half way
/// through the batch. The error names the folder and the reason, no batch (nor
/// a partial folder) is left on the stick looking valid, nothing is marked
/// exported, and the picker is back so the same leads go elsewhere. On a
/// machine where the test cannot mount a tiny tmpfs, a read-only folder stands
/// in for the full stick (and the reason read is the permission's).
#[test]
fn a_full_stick_is_named_with_its_reason_and_nothing_is_marked_exported() {
    let full = FullStick::mount();
    let stand_in = tempfile::tempdir().unwrap();
    let (stick, reason) = match &full {
        Some(f) => (f.path().to_owned(), "No space left on device".to_owned()),
        None => {
            use std::os::unix::fs::PermissionsExt;
            let p = stand_in.path().join("STICK");
            std::fs::create_dir(&p).unwrap();
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o555)).unwrap();
            match std::fs::write(p.join("probe"), b"x") {
                Err(_) => (p, "Permission denied".to_owned()),
                // Root without the right to mount (a container): a folder of
                // /proc, where not even root may create anything, stands in.
                Ok(()) => {
                    let proc = Path::new("/proc/self/fdinfo").to_owned();
                    let Err(e) = std::fs::create_dir(proc.join("leadbooth-probe")) else {
                        panic!("{} takes new folders", proc.display());
                    };
                    eprintln!(
                        "cannot mount a tmpfs: {} stands in for the full stick",
                        proc.display()
                    );
                    let reason = e.to_string();
                    let reason = reason
                        .split(" (os error")
                        .next()
                        .unwrap_or_default()
                        .to_owned();
                    (proc, reason)
                }
            }
        }
    };
    let mut b = staff().media(none).open();
    for i in 0..4 {
        capture(&mut b, &format!("Lead{i}"), &format!("lead{i}@example.com"));
    }
    b.press(KeyCode::F(5));
    b.press(KeyCode::Down);
    b.type_str(stick.to_str().unwrap());
    b.press(KeyCode::Enter);
    let screen = b.wait_for_screen(120, 40, "Export failed");
    let flat: String = rows(&screen)
        .iter()
        .map(|r| r.trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains(&stick.display().to_string()), "{screen}");
    assert!(flat.contains(&reason), "{screen}");
    assert!(
        screen.contains("Target folder ("),
        "back at the picker: {screen}"
    );
    // Nothing on the stick looks like a batch: no folder, no partial left.
    let left: Vec<_> = std::fs::read_dir(&stick)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "lost+found")
        .collect();
    assert!(
        left.iter()
            .all(|n| !n.starts_with("demo-2026") && !n.contains("partial")),
        "{left:?}"
    );
    // Nothing marked exported: the laptop's folder takes all four leads as
    // batch number 1.
    b.press(KeyCode::Up);
    b.press(KeyCode::Enter);
    let screen = b.wait_for_screen(120, 40, "Batch written to");
    assert!(
        screen.contains("4 leads, 0 erasures or withdrawals, batch number 1"),
        "{screen}"
    );
}

/// Issue 18 (branch i18nio): F5 onto a folder the operating system refuses,
/// in a German booth: the failure is said in German (the folder it could not
/// create, named), the operating system's words after it, nothing marked
/// exported, and the picker is back.
#[test]
fn a_folder_that_cannot_be_written_is_said_in_the_staff_language() {
    let stick = ReadOnlyFolder::new();
    let mut b = staff()
        .staff_language(leadbooth::i18n::Language::De)
        .media(none)
        .open();
    capture(&mut b, "Jürgen", "jm@example.de");
    b.press(KeyCode::F(5));
    b.press(KeyCode::Down);
    b.type_str(stick.path().to_str().unwrap());
    b.press(KeyCode::Enter);
    let screen = b.wait_for_screen(120, 40, "Export fehlgeschlagen");
    let flat: String = rows(&screen)
        .iter()
        .map(|r| r.trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("Export fehlgeschlagen, nichts wurde als exportiert markiert: der Ordner "),
        "{screen}"
    );
    assert!(
        flat.contains("/.demo-2026-"),
        "the folder is named: {screen}"
    );
    assert!(flat.contains(" kann nicht angelegt werden: "), "{screen}");
    assert!(!flat.contains("cannot create folder"), "{screen}");
    assert!(flat.contains("(os error "), "the system's words: {screen}");
    // Nothing marked exported: the laptop's folder takes the lead as batch 1.
    b.press(KeyCode::Up);
    b.press(KeyCode::Enter);
    let screen = b.wait_for_screen(120, 40, "Stapel geschrieben nach");
    assert!(screen.contains("1 Lead, "), "{screen}");
}

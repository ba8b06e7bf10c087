//! A tmux session driven like a person at the keyboard: `send-keys` to type,
//! `capture-pane` to read the screen.

use std::process::Command;
use std::time::{Duration, Instant};

/// A tmux session running one command; killed when dropped.
pub struct Tmux {
    name: String,
}

/// tmux on the tests' own server socket (`-L`), so the tests never touch a
/// person's tmux sessions and a `tmux kill-server` elsewhere never kills theirs.
fn tmux() -> Command {
    let mut c = Command::new("tmux");
    c.args(["-L", "leadbooth-tests"]);
    c
}

impl Tmux {
    pub fn start(name: &str, width: u16, height: u16, cmd: &str) -> Self {
        let name = format!("{name}-{}", std::process::id());
        // A session started just as another test's last session ends can meet a
        // tmux server on its way out ("server exited unexpectedly"): try again.
        let mut ok = false;
        for _ in 0..5 {
            ok = tmux()
                .args([
                    "new-session",
                    "-d",
                    "-s",
                    &name,
                    "-x",
                    &width.to_string(),
                    "-y",
                    &height.to_string(),
                ])
                .arg(cmd)
                .status()
                .unwrap()
                .success();
            if ok {
                break;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        assert!(ok, "tmux starts");
        Tmux { name }
    }

    pub fn keys(&self, keys: &[&str]) {
        let status = tmux()
            .args(["send-keys", "-t", &self.name])
            .args(keys)
            .status()
            .unwrap();
        assert!(status.success());
    }

    pub fn type_text(&self, text: &str) {
        let status = tmux()
            .args([
                "send-keys",
                "-t",
                &self.name,
                "-l",
                "--",
                &escape_trailing_semicolon(text),
            ])
            .status()
            .unwrap();
        assert!(status.success());
    }

    pub fn screen(&self) -> String {
        let out = tmux()
            .args(["capture-pane", "-p", "-t", &self.name])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen contains `text` (10 s at most), returning the screen.
    pub fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "waited for {text:?}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// A tmux format for the pane, e.g. `#{cursor_flag}` or `#{alternate_on}`.
    pub fn display(&self, format: &str) -> String {
        let out = tmux()
            .args(["display-message", "-p", "-t", &self.name, format])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// The screen with attributes as escape sequences (`capture-pane -e`).
    pub fn screen_with_escapes(&self) -> String {
        let out = tmux()
            .args(["capture-pane", "-p", "-e", "-t", &self.name])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Resizes the window (and so the pane) to `width` x `height`.
    pub fn resize(&self, width: u16, height: u16) {
        let status = tmux()
            .args([
                "resize-window",
                "-t",
                &self.name,
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
            ])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Puts `text` on a tmux buffer and pastes it with bracketed paste (`-p`), as a
    /// terminal does for a pasted clipboard.
    pub fn paste(&self, text: &str) {
        let buffer = format!("{}-paste", self.name);
        let ok = tmux()
            .args(["set-buffer", "-b", &buffer, "--", text])
            .status()
            .unwrap()
            .success();
        assert!(ok);
        self.paste_buffer(&buffer);
    }

    /// Pastes the bytes of `text` with bracketed paste, through a file
    /// (`load-buffer`), so tmux's own argument parsing never sees them.
    pub fn paste_exact(&self, text: &str) {
        let file = std::env::temp_dir().join(format!("{}-paste.txt", self.name));
        std::fs::write(&file, text).unwrap();
        let buffer = format!("{}-exact", self.name);
        let ok = tmux()
            .args(["load-buffer", "-b", &buffer])
            .arg(&file)
            .status()
            .unwrap()
            .success();
        assert!(ok);
        self.paste_buffer(&buffer);
        let _ = std::fs::remove_file(file);
    }

    /// Pastes (and deletes) tmux buffer `buffer` with bracketed paste.
    fn paste_buffer(&self, buffer: &str) {
        let ok = tmux()
            .args(["paste-buffer", "-p", "-d", "-b", buffer, "-t", &self.name])
            .status()
            .unwrap()
            .success();
        assert!(ok);
    }

    pub fn alive(&self) -> bool {
        tmux()
            .args(["has-session", "-t", &self.name])
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = tmux().args(["kill-session", "-t", &self.name]).status();
    }
}
/// tmux takes an argument ending in `;` as a command separator; `\;` is a
/// literal semicolon.
fn escape_trailing_semicolon(text: &str) -> String {
    match text.strip_suffix(';') {
        Some(rest) => format!("{rest}\\;"),
        None => text.to_owned(),
    }
}

/// The shell command a tmux session runs: the booth on `booth`'s data dir with
/// the demo event (or `config`) and `args`, then its exit status, then a pause so
/// the status can be read.
pub fn booth_command(booth: &super::Booth, config: Option<&std::path::Path>, args: &str) -> String {
    let config = match config {
        Some(c) => format!("LEADBOOTH_CONFIG={}", c.display()),
        None => "-u LEADBOOTH_CONFIG".to_owned(),
    };
    format!(
        "env -u LEADBOOTH_DATA_DIR {config} XDG_CONFIG_HOME={} {} --data-dir {} {args}; echo EXITED $?; sleep 30",
        booth.dir.path().join("xdg").display(),
        super::bin().display(),
        booth.data_dir().display()
    )
}

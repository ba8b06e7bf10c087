//! A tmux session driven like a person at the keyboard: `send-keys` to type,
//! `capture-pane` to read the screen.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The pause before a person's key: three times the booth's 20 ms burst gap.
pub const PERSON_GAP: Duration = Duration::from_millis(60);

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

    /// `keys` as a person presses them after looking at the screen: each one
    /// sent on its own, at least [`PERSON_GAP`] after the previous one (and after
    /// the call, so after what the screen last showed). The booth takes a key
    /// that follows the previous one within 20 ms for a badge scanner's (a
    /// scanned `y` never answers a question); a pause can only grow on a loaded
    /// machine, never shrink.
    pub fn person_keys(&self, keys: &[&str]) {
        for k in keys {
            std::thread::sleep(PERSON_GAP);
            self.keys(&[k]);
        }
    }

    /// `text` typed by a person, one character at a time (see [`Tmux::person_keys`]).
    pub fn person_types(&self, text: &str) {
        for c in text.chars() {
            std::thread::sleep(PERSON_GAP);
            self.type_text(&c.to_string());
        }
    }

    /// `text` sent in one write, at machine speed, [`PERSON_GAP`] after the
    /// previous key: the booth reads it as one burst of typing, never joined
    /// to the key before it (a burst that starts with a prompt's answer is a
    /// scan, refused while the prompt is open).
    pub fn type_text(&self, text: &str) {
        std::thread::sleep(PERSON_GAP);
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

    /// Waits until the screen contains `text`, returning the screen (see
    /// [`super::wait_until`] for the ceiling).
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?} on the screen"), |s| s.contains(text))
    }

    /// Waits until `check` holds for the screen, returning the screen.
    pub fn wait_until(&self, what: &str, check: impl Fn(&str) -> bool) -> String {
        super::wait_until(what, || {
            let s = self.screen();
            if check(&s) { Ok(s) } else { Err(s) }
        })
    }

    /// Sends `bytes` to the program as one write, as a keyboard-wedge scanner
    /// delivers a badge (`send-keys -H`: every byte in one tmux command, so no
    /// gap between them depends on tmux's or the machine's speed), after a
    /// [`PERSON_GAP`] pause: a scan starts well after the last key typed, or the
    /// booth would take the two for one burst.
    pub fn burst(&self, bytes: &[u8]) {
        std::thread::sleep(PERSON_GAP);
        self.send_bytes(bytes);
    }

    /// Every byte of `bytes` in one `send-keys -H`, so tmux delivers them
    /// without gaps of its own.
    fn send_bytes(&self, bytes: &[u8]) {
        let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let status = tmux()
            .args(["send-keys", "-t", &self.name, "-H"])
            .args(&hex)
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Sends `text` as a keyboard-wedge scanner types it, at scanner speed: the
    /// badge's opening (up to and including `MECARD:` or `BEGIN:VCARD`, with any
    /// Enters before it) in one write, then the rest four characters to a
    /// `send-keys -H` about 2 ms apart, each line end an Enter, after a
    /// [`PERSON_GAP`] pause.
    pub fn scan_paced(&self, text: &str) {
        let keys = text.replace("\r\n", "\r").replace('\n', "\r");
        let upper = keys.to_ascii_uppercase();
        let opening = ["MECARD:", "BEGIN:VCARD"]
            .iter()
            .filter_map(|p| upper.find(p).map(|i| i + p.len()))
            .min()
            .unwrap_or(0);
        let (head, rest) = keys.split_at(opening);
        let chars: Vec<char> = rest.chars().collect();
        let mut chunks = vec![head.to_owned()];
        chunks.extend(chars.chunks(4).map(|c| c.iter().collect::<String>()));
        std::thread::sleep(PERSON_GAP);
        for chunk in chunks.iter().filter(|c| !c.is_empty()) {
            self.send_bytes(chunk.as_bytes());
            std::thread::sleep(Duration::from_millis(2));
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
    /// Kills the session and then the pane's process group. Killing the session
    /// hangs up the pane, which ends the booth, but `script` (a [`Recorded`]
    /// booth) blocks SIGHUP and would wait for its booth forever, both left
    /// running after the test; SIGTERM ends `script`, which passes it on.
    fn drop(&mut self) {
        let pane = tmux()
            .args(["display-message", "-p", "-t", &self.name, "#{pane_pid}"])
            .output()
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .and_then(|s| s.trim().parse::<u32>().ok());
        let _ = tmux().args(["kill-session", "-t", &self.name]).status();
        if let Some(pid) = pane {
            // The pane's shell leads its process group; everything it started
            // (no job control) is in that group.
            let _ = Command::new("kill")
                .args(["-TERM", "--", &format!("-{pid}")])
                .stderr(std::process::Stdio::null())
                .status();
        }
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

/// A word for `sh`, single-quoted.
pub fn sh_quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', "'\\''"))
}

/// The shell command a tmux session runs: the booth on `booth`'s data dir with
/// the demo event (or `config`) and `args`, then its exit status, then a pause so
/// the status can be read (the session is killed when the test drops it).
pub fn booth_command(booth: &super::Booth, config: Option<&Path>, args: &str) -> String {
    booth_command_with_env(booth, config, "", args)
}

/// [`booth_command`] with `env` (`NAME=value ...`, shell words) set for the booth.
pub fn booth_command_with_env(
    booth: &super::Booth,
    config: Option<&Path>,
    env: &str,
    args: &str,
) -> String {
    wrap(
        booth,
        config,
        &format!("{env} {}", booth_line(&booth.data_dir(), args)),
    )
}

fn booth_line(data_dir: &Path, args: &str) -> String {
    format!(
        "{} --data-dir {} {args}",
        sh_quote(&super::bin().display().to_string()),
        sh_quote(&data_dir.display().to_string())
    )
}

fn wrap(booth: &super::Booth, config: Option<&Path>, line: &str) -> String {
    let config = match config {
        Some(c) => format!("LEADBOOTH_CONFIG={}", sh_quote(&c.display().to_string())),
        None => "-u LEADBOOTH_CONFIG".to_owned(),
    };
    format!(
        "env -u LEADBOOTH_DATA_DIR {config} XDG_CONFIG_HOME={} {line}; echo EXITED $?; sleep 600",
        sh_quote(&booth.dir.path().join("xdg").display().to_string()),
    )
}

/// Every byte the booth writes to its terminal, recorded by `script` (util-linux)
/// on the pty between the booth and the tmux pane.
pub struct Recorded {
    pub log: PathBuf,
}

impl Recorded {
    /// The shell command for [`Tmux::start`]: as [`booth_command`], the booth run
    /// under `script -qfec`, its output logged as it is written.
    pub fn command(booth: &super::Booth, config: Option<&Path>, args: &str) -> (Self, String) {
        Self::command_in(booth, &booth.data_dir(), config, args)
    }

    /// [`Recorded::command`] on another data dir than `booth`'s.
    pub fn command_in(
        booth: &super::Booth,
        data_dir: &Path,
        config: Option<&Path>,
        args: &str,
    ) -> (Self, String) {
        let log = booth.dir.path().join("terminal.typescript");
        let line = format!(
            "script -qfec {} {}",
            sh_quote(&format!("exec {}", booth_line(data_dir, args))),
            sh_quote(&log.display().to_string())
        );
        (Recorded { log }, wrap(booth, config, &line))
    }

    /// How many bytes of the log there are now (header included): a mark for
    /// [`Recorded::bytes`] offsets, which start after the header.
    pub fn len(&self) -> usize {
        use std::io::Read as _;
        let Ok(mut f) = std::fs::File::open(&self.log) else {
            return 0;
        };
        let mut head = [0u8; 1024];
        let n = f.read(&mut head).unwrap_or(0);
        let total = f.metadata().map_or(0, |m| m.len() as usize);
        head[..n]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(0, |nl| total - nl - 1)
    }

    /// What the booth wrote so far: the log without the header and footer lines
    /// `script` adds ("Script started on ...", "Script done on ...").
    pub fn bytes(&self) -> Vec<u8> {
        let raw = std::fs::read(&self.log)
            .unwrap_or_else(|e| panic!("no terminal recording {}: {e}", self.log.display()));
        let body = match raw.iter().position(|&b| b == b'\n') {
            Some(nl) if raw.starts_with(b"Script started on ") => &raw[nl + 1..],
            _ => panic!("{} does not start with script's header", self.log.display()),
        };
        let footer = b"\nScript done on ";
        let end = body
            .windows(footer.len())
            .rposition(|w| w == footer)
            .unwrap_or(body.len());
        body[..end].to_vec()
    }
}

//! What the booth leaves beside a batch for the office: the device's public key
//! (`device-<key id>.pub`, the minisign file the batch's signature checks
//! against) and the shell command that checks the batch with the standard
//! `minisign` and `sha256sum`, laid out so that it can be pasted from a
//! terminal of any width: one step per line (each but the last ending in `&&`,
//! which continues the command), relative names after a `cd`, and a step too
//! long for the width continued with a backslash-newline (which the shell
//! removes, even inside a word).

use std::path::{Path, PathBuf};

use unicode_width::UnicodeWidthChar;

use super::IoAction;
use super::keys::{DeviceKey, KeyError};
use super::sealed;
use super::write::shell_quote;

/// The name of the public key file written beside a batch: `device-<key id>.pub`,
/// so one office trust folder can hold every laptop's key (and a replaced key)
/// without one file overwriting another.
pub fn public_key_file_name(key_id: &str) -> String {
    format!("device-{key_id}.pub")
}

/// Writes the device's public key into `dir` (the folder the batch went into)
/// as [`public_key_file_name`], unless the same text is there already; returns
/// its path. Readable by everyone: it is public, and the office must read it.
///
/// Errors: the key cannot be read, or the file cannot be written (named).
pub fn write_public_key_beside(dir: &Path, key: &DeviceKey) -> Result<PathBuf, KeyError> {
    let info = key.info()?;
    let text = key.public_key_text()?;
    let path = dir.join(public_key_file_name(&info.key_id));
    if std::fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(path);
    }
    let io = |doing| {
        let path = path.clone();
        move |error| KeyError::Io { doing, path, error }
    };
    crate::fsutil::write_atomic(&path, text.as_bytes()).map_err(io(IoAction::Write))?;
    set_readable(&path).map_err(io(IoAction::SetModeOf))?;
    Ok(path)
}

#[cfg(unix)]
fn set_readable(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    match std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644)) {
        // FAT and exFAT sticks have no modes to set.
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Ok(()),
        other => other,
    }
}

#[cfg(not(unix))]
fn set_readable(_: &Path) -> std::io::Result<()> {
    Ok(())
}

/// The command that checks a batch with standard tools, as steps run one after
/// the other while each succeeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckCommand {
    /// Each step's words, unquoted.
    steps: Vec<Vec<String>>,
}

impl CheckCommand {
    /// For a batch folder: `cd FOLDER`, `minisign -Vm SHA256SUMS -p KEY`,
    /// `sha256sum -c SHA256SUMS`, where KEY is `../NAME.pub` when the public key
    /// is in the folder above the batch (see [`write_public_key_beside`]), else
    /// `public_key` as given.
    pub fn folder(folder: &Path, public_key: &Path) -> Self {
        let key = match public_key.file_name() {
            Some(name) if public_key.parent() == folder.parent() => Path::new("..").join(name),
            _ => public_key.to_owned(),
        };
        CheckCommand {
            steps: vec![
                words(["cd", &folder.display().to_string()]),
                words([
                    "minisign",
                    "-Vm",
                    "SHA256SUMS",
                    "-p",
                    &key.display().to_string(),
                ]),
                words(["sha256sum", "-c", "SHA256SUMS"]),
            ],
        }
    }

    /// For an encrypted batch `file` (`<batch>.tar.age`): `cd FOLDER`,
    /// `sha256sum -c NAME.sha256`, `minisign -Vm NAME -p KEY`, where KEY is the
    /// public key's name when it is beside the batch, else `public_key` as given.
    pub fn sealed(file: &Path, public_key: &Path) -> Self {
        let folder = file.parent().unwrap_or(Path::new("."));
        let name = Path::new(file.file_name().unwrap_or_default());
        let key = match public_key.file_name() {
            Some(n) if public_key.parent() == Some(folder) => Path::new(n),
            _ => public_key,
        };
        let shown = |p: &Path| p.display().to_string();
        CheckCommand {
            steps: vec![
                words(["cd", &shown(folder)]),
                words(["sha256sum", "-c", &shown(&sealed::checksum_path(name))]),
                words(["minisign", "-Vm", &shown(name), "-p", &shown(key)]),
            ],
        }
    }

    /// The command as lines at most `width` columns wide (for any width of 8 or
    /// more) that a shell runs as this one command when they are pasted into it.
    pub fn lines(&self, width: usize) -> Vec<String> {
        let width = width.max(8);
        let steps = self.steps_for(width);
        let mut out = Vec::new();
        for (i, step) in steps.iter().enumerate() {
            let mut words: Vec<String> = step.iter().map(|w| shell_quote(Path::new(w))).collect();
            if i + 1 < steps.len() {
                words.push("&&".to_owned());
            }
            out.extend(step_lines(&words, width));
        }
        out
    }
}

/// Below this width a long `cd` is cut, not split (see [`CheckCommand::steps_for`]).
const MIN_SPLIT_WIDTH: usize = 24;

impl CheckCommand {
    /// The steps as laid out for `width`: a `cd FOLDER` too long for one line
    /// becomes one `cd` per run of the folder's parts that fits (the later
    /// ones `./`-relative, so `CDPATH` and a leading `-` play no part). A word
    /// cut across lines only reads back whole when the rows are pasted
    /// exactly, and a terminal's rows often are not: the booth's screen has a
    /// one-column margin, and a space at the start of the next row splits the
    /// word in two ("cd: too many arguments", seen in a show-day run). Only a
    /// single folder name longer than a line is still cut.
    fn steps_for(&self, width: usize) -> Vec<Vec<String>> {
        // `cd WORD &&`
        let fits = |dir: &Path| text_width(&shell_quote(dir)) + 6 <= width;
        // Narrower than any terminal a batch is checked in: cut as it comes.
        if width < MIN_SPLIT_WIDTH {
            return self.steps.clone();
        }
        let mut out = Vec::new();
        for step in &self.steps {
            match step.as_slice() {
                [cd, dir] if cd == "cd" && !fits(Path::new(dir)) => {
                    let mut group = PathBuf::new();
                    for part in Path::new(dir).components() {
                        let next = group.join(part);
                        if group.as_os_str().is_empty() || fits(&next) {
                            group = next;
                        } else {
                            out.push(words(["cd", &group.display().to_string()]));
                            group = Path::new(".").join(part);
                        }
                    }
                    out.push(words(["cd", &group.display().to_string()]));
                }
                _ => out.push(step.clone()),
            }
        }
        out
    }
}

fn words<const N: usize>(w: [&str; N]) -> Vec<String> {
    w.iter().map(|s| (*s).to_owned()).collect()
}

fn text_width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(1)).sum()
}

/// One step's shell words as lines of at most `width` columns: words packed
/// greedily, a full line continued with ` \`; a word longer than a line is cut
/// with [`cut_word`].
fn step_lines(words: &[String], width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for (i, word) in words.iter().enumerate() {
        let last = i + 1 == words.len();
        // The room a line needs after this word: none at the step's end, else
        // " \" should the next word not fit.
        let reserve = if last { 0 } else { 2 };
        let sep = usize::from(!line.is_empty());
        if text_width(&line) + sep + text_width(word) + reserve <= width {
            if sep == 1 {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            line.push_str(" \\");
            lines.push(std::mem::take(&mut line));
        }
        if text_width(word) + reserve <= width {
            line.push_str(word);
        } else {
            let mut parts = cut_word(word, width);
            line = parts.pop().unwrap_or_default();
            lines.extend(parts);
        }
    }
    lines.push(line);
    lines
}

/// A shell word (unquoted safe characters, `'…'` spans, `\'`) cut into lines
/// of at most `width` columns, each but the last ending in a backslash that
/// continues it; a cut inside quotes closes them before the backslash and opens
/// them again on the next line. The last part leaves room for ` \`.
fn cut_word(word: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut parts = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    let mut quoted = false;
    let mut i = 0;
    while i < chars.len() {
        // `\'` outside quotes is one unit: never cut between the two.
        let unit: &[char] = if !quoted && chars[i] == '\\' && i + 1 < chars.len() {
            &chars[i..i + 2]
        } else {
            &chars[i..i + 1]
        };
        let unit_width: usize = unit.iter().map(|c| c.width().unwrap_or(1)).sum();
        let rest: usize = chars[i..].iter().map(|c| c.width().unwrap_or(1)).sum();
        // After this unit the line must keep room for a cut: `'\` inside
        // quotes, `\` outside.
        let toggles = unit == ['\''];
        let cut = if quoted != toggles { 2 } else { 1 };
        if used + rest + 2 > width && used + unit_width + cut > width && used > 0 {
            if quoted {
                line.push('\'');
            }
            line.push('\\');
            parts.push(std::mem::take(&mut line));
            used = 0;
            if quoted {
                line.push('\'');
                used = 1;
            }
        }
        line.extend(unit);
        quoted ^= toggles;
        used += unit_width;
        i += unit.len();
    }
    parts.push(line);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a POSIX shell makes of `lines` pasted in: backslash-newline
    /// removed, quotes removed, words split on unquoted blanks and newlines.
    fn shell_words(lines: &[String]) -> Vec<String> {
        let text = lines.join("\n");
        let mut words = Vec::new();
        let mut word = String::new();
        let mut in_word = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some('\n') => {}
                    Some(n) => {
                        word.push(n);
                        in_word = true;
                    }
                    None => {}
                },
                '\'' => {
                    in_word = true;
                    for q in chars.by_ref() {
                        if q == '\'' {
                            break;
                        }
                        word.push(q);
                    }
                }
                ' ' | '\n' => {
                    if in_word {
                        words.push(std::mem::take(&mut word));
                        in_word = false;
                    }
                }
                c => {
                    word.push(c);
                    in_word = true;
                }
            }
        }
        if in_word {
            words.push(word);
        }
        words
    }

    fn expected(c: &CheckCommand, width: usize) -> Vec<String> {
        let steps = c.steps_for(width);
        let mut v = Vec::new();
        for (i, s) in steps.iter().enumerate() {
            v.extend(s.iter().cloned());
            if i + 1 < steps.len() {
                v.push("&&".to_owned());
            }
        }
        v
    }

    /// Where the `cd` steps of `lines` lead, from `/`.
    fn cd_target(words: &[String]) -> PathBuf {
        let mut at = PathBuf::from("/");
        for pair in words.windows(2) {
            if pair[0] == "cd" {
                at.push(&pair[1]);
            }
        }
        at.components().collect()
    }

    #[test]
    fn every_line_fits_and_the_shell_reads_the_same_words_at_any_width() {
        let folders = [
            "/media/kari/STICK/demo-2026-0123abcd-000001",
            "/run/media/kari/My Stick (2)/a very long event id indeed-0123abcd-000001",
            "/tmp/it's here/\u{00e9}t\u{00e9}/Messe-Gro\u{00df}e-0123abcd-000042",
            &format!("/mnt/{}", "x".repeat(300)),
            &format!("/mnt/{}'s", "y ".repeat(90)),
        ];
        for folder in folders {
            for c in [
                CheckCommand::folder(Path::new(folder), Path::new("/mnt/device-0123.pub")),
                CheckCommand::sealed(
                    &Path::new(folder).join("b-1.tar.age"),
                    Path::new("/k/device-0123.pub"),
                ),
            ] {
                for width in [8, 20, 40, 79, 80, 200] {
                    let lines = c.lines(width);
                    for l in &lines {
                        assert!(text_width(l) <= width, "{width}: {l:?} of {lines:#?}");
                    }
                    let read = shell_words(&lines);
                    assert_eq!(read, expected(&c, width), "{width}: {lines:#?}");
                    let dir = c.steps[0][1].as_str();
                    assert_eq!(cd_target(&read), Path::new(dir), "{width}: {lines:#?}");
                    // Pasted with a space before each row (the booth's margin):
                    // the same words, unless a folder name alone is longer
                    // than a line.
                    let longest = Path::new(dir)
                        .components()
                        .map(|p| text_width(&shell_quote(Path::new(p.as_os_str()))))
                        .max()
                        .unwrap_or(0);
                    if width >= MIN_SPLIT_WIDTH && longest + 8 <= width {
                        let margin: Vec<String> = lines.iter().map(|l| format!(" {l}")).collect();
                        assert_eq!(shell_words(&margin), read, "{width}: {lines:#?}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_short_command_is_one_step_a_line_with_relative_names() {
        let c = CheckCommand::folder(
            Path::new("/media/usb/demo-2026-0123abcd-000001"),
            Path::new("/media/usb/device-0011223344556677.pub"),
        );
        let elsewhere = CheckCommand::folder(
            Path::new("/media/usb/demo-2026-0123abcd-000001"),
            Path::new("/data/keys/device.pub"),
        );
        assert_eq!(
            elsewhere.lines(79)[1],
            "minisign -Vm SHA256SUMS -p /data/keys/device.pub &&"
        );
        assert_eq!(
            c.lines(79),
            [
                "cd /media/usb/demo-2026-0123abcd-000001 &&",
                "minisign -Vm SHA256SUMS -p ../device-0011223344556677.pub &&",
                "sha256sum -c SHA256SUMS",
            ]
        );
    }
}

//! `leadbooth completions SHELL` and `leadbooth manpage`: generated from the clap
//! definitions, so they never drift from the real command line. The Debian package
//! ships their output (packaging/build-deb.sh).

use std::process::ExitCode;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::cli::Cli;

// `leadbooth completions SHELL`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: Shell,
}

impl CompletionsArgs {
    /// Writes the completion script to stdout.
    pub fn run(self) -> anyhow::Result<ExitCode> {
        // Generated into memory first: clap_complete panics on a failed write.
        let mut script = Vec::new();
        // Their descriptions in the staff language, as `--help` shows them;
        // packaging/build-deb.sh pins the C locale, so the package's are English.
        let mut cmd = crate::cli::help::command(crate::i18n::staff());
        clap_complete::generate(self.shell, &mut cmd, "leadbooth", &mut script);
        crate::cli::out::document(&script)?;
        Ok(ExitCode::SUCCESS)
    }
}

/// Writes the manual page (roff, section 1) to stdout.
pub fn manpage() -> anyhow::Result<ExitCode> {
    crate::cli::out::document(&render_manpage()?)?;
    Ok(ExitCode::SUCCESS)
}

/// The manual page: clap_mangen's page for the top-level command, our description,
/// then every
/// subcommand with its arguments, then exit status, environment and files.
pub fn render_manpage() -> anyhow::Result<Vec<u8>> {
    // English in every locale: the page is a document with English prose
    // (DESCRIPTION, EXIT STATUS, FILES below); the help in the staff language
    // is `leadbooth --help`.
    let mut cmd = crate::cli::help::localized(
        Cli::command().disable_help_subcommand(true),
        crate::i18n::Language::En,
    );
    cmd.build();
    let man = clap_mangen::Man::new(cmd.clone())
        .section("1")
        .date(page_date())
        .manual("leadbooth manual")
        .source(format!("leadbooth {}", env!("CARGO_PKG_VERSION")));
    let mut buf = Vec::new();
    man.render_title(&mut buf)?;
    man.render_name_section(&mut buf)?;
    man.render_synopsis_section(&mut buf)?;
    // Our own description: clap's would only repeat the one-line about.
    buf.extend_from_slice(DESCRIPTION.as_bytes());
    man.render_options_section(&mut buf)?;
    buf.extend_from_slice(b".SH COMMANDS\n");
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        render_command(&mut buf, sub, "leadbooth");
    }
    buf.extend_from_slice(TRAILER.as_bytes());
    man.render_version_section(&mut buf)?;
    Ok(drop_repeated_preamble(&buf))
}

/// The page's date: `SOURCE_DATE_EPOCH` when set (reproducible package builds set
/// it to the commit time), else today.
fn page_date() -> String {
    let epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|t| chrono::DateTime::from_timestamp(t, 0));
    epoch
        .unwrap_or_else(chrono::Utc::now)
        .format("%Y-%m-%d")
        .to_string()
}

/// Each clap_mangen section starts with the same two-line apostrophe preamble; one
/// at the top of the page is enough.
fn drop_repeated_preamble(page: &[u8]) -> Vec<u8> {
    const PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";
    let text = String::from_utf8_lossy(page);
    match text.split_once(PREAMBLE) {
        Some((head, rest)) => format!("{head}{PREAMBLE}{}", rest.replace(PREAMBLE, "")),
        None => text.into_owned(),
    }
    .into_bytes()
}

/// One subcommand as `.TP` entries: its synopsis in bold, its help, its arguments;
/// a command with subcommands recurses instead.
fn render_command(buf: &mut Vec<u8>, cmd: &clap::Command, parent: &str) {
    let path = format!("{parent} {}", cmd.get_name());
    if cmd.has_subcommands() {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            render_command(buf, sub, &path);
        }
        return;
    }
    let args: Vec<&clap::Arg> = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_global_set())
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
        .collect();
    let mut synopsis = format!("\\fB{}\\fR", roff_escape(&path));
    for a in &args {
        synopsis.push(' ');
        synopsis.push_str(&arg_synopsis(a));
    }
    let about = cmd
        .get_long_about()
        .or_else(|| cmd.get_about())
        .map(|s| s.to_string())
        .unwrap_or_default();
    let mut s = format!(".TP\n{synopsis}\n{}\n", roff_text(&about));
    for a in &args {
        let help = a
            .get_long_help()
            .or_else(|| a.get_help())
            .map(|s| s.to_string())
            .unwrap_or_default();
        s.push_str(&format!(
            ".RS\n.TP\n{}\n{}\n.RE\n",
            arg_synopsis(a),
            roff_text(&help)
        ));
    }
    buf.extend_from_slice(s.as_bytes());
}

/// `--flag`, `--opt VALUE`, `FILE` or `[FILE]`, in roff.
fn arg_synopsis(a: &clap::Arg) -> String {
    let value = a
        .get_value_names()
        .and_then(|v| v.first())
        .map(|v| v.to_string())
        .unwrap_or_else(|| a.get_id().as_str().to_uppercase());
    let takes_value = a.get_action().takes_values();
    let text = if let Some(long) = a.get_long() {
        let mut t = format!("\\fB\\-\\-{}\\fR", roff_escape(long));
        if takes_value {
            t.push_str(&format!(" \\fI{}\\fR", roff_escape(&value)));
        }
        t
    } else if let Some(short) = a.get_short() {
        format!("\\fB\\-{short}\\fR")
    } else {
        format!("\\fI{}\\fR", roff_escape(&value))
    };
    if a.is_required_set() {
        text
    } else {
        format!("[{text}]")
    }
}

/// Escapes text for use inside a roff line.
fn roff_escape(s: &str) -> String {
    s.replace('\\', "\\e").replace('-', "\\-")
}

/// Text as roff body lines: escaped, no line starting with a control character.
fn roff_text(s: &str) -> String {
    s.lines()
        .map(|l| {
            let e = roff_escape(l.trim_end());
            if e.starts_with('.') || e.starts_with('\'') {
                format!("\\&{e}")
            } else {
                e
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

const DESCRIPTION: &str = r#".SH DESCRIPTION
Without a subcommand, \fBleadbooth\fR opens the booth: a full-screen capture form in the
terminal (80x24 or larger). Booth staff, or attendees themselves with \fB\-\-kiosk\fR, enter a
lead's contact details and answers, show the privacy policy (F1, with a QR code to its URL) and
tick each consent purpose the attendee agrees to; Ctrl\-S saves. Leads are kept in a local SQLite
database and never need a network. \fBleadbooth export\fR writes a signed, checksummed batch
for the central marketing team.
.PP
Data goes to standard output, messages to standard error. Colours are used only on a terminal,
and never when \fBNO_COLOR\fR is set or \fB\-\-no\-color\fR is given.
"#;

const TRAILER: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Success. For \fBdoctor\fR: no check failed (warnings allowed, unless \fB\-\-strict\fR).
.TP
\fB1\fR
A failed check or invalid input; one line on standard error names the file, line, field or lead.
For \fBdoctor\fR: at least one check is FAIL (or WARN with \fB\-\-strict\fR).
.TP
\fB2\fR
Usage error: an unknown option or a missing argument.
.SH ENVIRONMENT
.TP
\fBLEADBOOTH_DATA_DIR\fR
The data dir, when \fB\-\-data\-dir\fR is not given.
.TP
\fBLEADBOOTH_CONFIG\fR
The event file, when \fB\-\-config\fR is not given.
.TP
\fBLEADBOOTH_LOG\fR
Log filter for the log file (default \fBinfo\fR; e.g. \fBdebug\fR).
.TP
\fBNO_COLOR\fR
When set and not empty, no colours (https://no\-color.org).
.SH FILES
.TP
\fI~/.local/share/leadbooth/\fR
The data dir on Linux (the platform data dir elsewhere), mode 0700: \fIleadbooth.sqlite3\fR
(the leads, mode 0600), \fIkeys/device.key\fR and \fIkeys/device.pub\fR (the device signing key
pair, minisign format), \fIexports/\fR (the default export target), \fIlogs/leadbooth.log\fR.
.TP
\fI~/.config/leadbooth/event.toml\fR
The event file used when neither \fB\-\-config\fR nor \fBLEADBOOTH_CONFIG\fR is given; without
it the built\-in demo event runs.
.TP
\fI/usr/share/leadbooth/example\-event.toml\fR
A commented example event file with every key explained (also written by
\fBleadbooth init\-event\fR).
.TP
\fI/usr/share/leadbooth/privacy\-policy.md\fR
The built\-in default privacy policy, to copy and adapt.
.SH "SEE ALSO"
\fBminisign\fR(1), \fBsha256sum\fR(1), \fBsqlite3\fR(1)
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manpage_names_every_subcommand_and_has_no_stray_control_lines() {
        let page = String::from_utf8(render_manpage().unwrap()).unwrap();
        assert!(page.contains("\n.TH leadbooth 1 "), "{}", &page[..120]);
        assert_eq!(page.matches(".ds Aq").count(), 2, "one preamble");
        for name in [
            "doctor",
            "init\\-event",
            "completions",
            "leads list",
            "policy qr",
        ] {
            assert!(page.contains(&format!("leadbooth {name}")), "{name}");
        }
        for section in ["EXIT STATUS", "ENVIRONMENT", "FILES"] {
            assert!(page.contains(section), "{section}");
        }
    }

    #[test]
    fn roff_text_neutralises_leading_dots() {
        assert_eq!(roff_text(".hidden\nok-1"), "\\&.hidden\nok\\-1");
    }
}

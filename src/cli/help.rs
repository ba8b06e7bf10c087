//! The command line's help in the staff language (issue 18): `--help`, `-h`,
//! `help CMD`, and the completions' descriptions.
//!
//! The clap definitions (`cli.rs`, `cli/*.rs`) carry no text of their own: every
//! command's and argument's help is a Fluent message in `i18n/<code>/help.ftl`,
//! its id made from the command path and the argument's id:
//!
//! - `help-leadbooth` (the program), `help-export`, `help-central-show`: a
//!   command's one-line about; `…-long` its long about, where it has one;
//! - `help-export-arg-out`: an argument's help (`-long`: its long help); a
//!   global argument's id is the program's (`help-leadbooth-arg-data-dir`);
//! - `help-value-theme-high-contrast`: one possible value's description;
//! - `help-clap-*`: clap's own words (headings, the help and version flags,
//!   `[default: …]`, `[env: …]`, the possible values).
//!
//! English is written in `i18n/en/help.ftl` alone, the one English source. clap
//! renders `[default: …]`, `[env: …]` and the possible values itself in English;
//! in the other languages they are hidden and written from the `help-clap-*`
//! messages. What clap cannot translate: its parse errors ("unexpected
//! argument …", "Usage:" under an error, "For more information, try '--help'"),
//! which stay English in every language.

use std::ffi::OsStr;
use std::marker::PhantomData;

use clap::builder::{EnumValueParser, PossibleValue, StyledStr, TypedValueParser, ValueParser};
use clap::error::ErrorKind;
use clap::{Arg, Command, CommandFactory, FromArgMatches, ValueEnum};
use fluent_bundle::FluentValue;

use crate::cli::Cli;
use crate::cli::import::CsvProfile;
use crate::config::ThemeName;
use crate::i18n::{self, Language};

/// clap's own words, in every language.
pub mod words {
    /// `Usage:` (with its colon, as the language writes it).
    pub const USAGE: &str = "help-clap-usage";
    /// `Commands:`.
    pub const COMMANDS: &str = "help-clap-commands";
    /// `Arguments:`.
    pub const ARGUMENTS: &str = "help-clap-arguments";
    /// `Options:`.
    pub const OPTIONS: &str = "help-clap-options";
    /// `-h, --help` where there is no more to see.
    pub const HELP: &str = "help-clap-help";
    /// `-h`'s line where `--help` shows more.
    pub const HELP_MORE: &str = "help-clap-help-more";
    /// `--help`'s line where `-h` shows less.
    pub const HELP_SUMMARY: &str = "help-clap-help-summary";
    /// `-V, --version`.
    pub const VERSION: &str = "help-clap-version";
    /// The `help` subcommand.
    pub const HELP_COMMAND: &str = "help-clap-help-command";
    /// The `help` subcommand's argument.
    pub const HELP_COMMAND_ARG: &str = "help-clap-help-command-arg";
    /// `[default: $value]`.
    pub const DEFAULT: &str = "help-clap-default";
    /// `[env: $variable]`.
    pub const ENV: &str = "help-clap-env";
    /// `[possible values: $values]`.
    pub const POSSIBLE_VALUES: &str = "help-clap-possible-values";
    /// `Possible values:` above the described ones.
    pub const POSSIBLE_VALUES_HEADING: &str = "help-clap-possible-values-heading";

    /// All of them.
    pub const ALL: &[&str] = &[
        USAGE,
        COMMANDS,
        ARGUMENTS,
        OPTIONS,
        HELP,
        HELP_MORE,
        HELP_SUMMARY,
        VERSION,
        HELP_COMMAND,
        HELP_COMMAND_ARG,
        DEFAULT,
        ENV,
        POSSIBLE_VALUES,
        POSSIBLE_VALUES_HEADING,
    ];
}

/// The command line of this process, parsed; its help (`--help`, `-h`, `help
/// CMD`, or a command given without its subcommand) in `lang`.
///
/// The parse itself runs on clap's plain tree, as before: putting the texts in
/// costs a build of the whole tree (12 ms against 3 ms in a debug build), paid
/// only when a help page is asked for. Errors are clap's, in English either way.
pub fn parse(lang: Language) -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let matches = match Cli::command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e)
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            command(lang).get_matches_from(&args)
        }
        Err(e) => e.exit(),
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The whole command line with its help in `lang`, ready to parse.
pub fn command(lang: Language) -> Command {
    localized(Cli::command(), lang)
}

/// `cmd` (the program's, perhaps adjusted) with its help in `lang`, built.
///
/// The texts go in before clap builds the tree (what `--help` shows at length
/// is decided then, and global arguments are copied to the subcommands then);
/// clap's own flags and `help` subcommands only exist after.
pub fn localized(cmd: Command, lang: Language) -> Command {
    let words = Localizer { lang };
    let mut cmd = words.texts(cmd, &[]);
    cmd.build();
    words.clap_words(cmd)
}

/// The id of a command's about: `help-leadbooth`, `help-central-show`.
pub fn command_id(path: &[&str]) -> String {
    if path.is_empty() {
        "help-leadbooth".to_owned()
    } else {
        format!("help-{}", path.join("-"))
    }
}

/// The id of an argument's help: `help-export-arg-out`.
pub fn arg_id(path: &[&str], arg: &Arg) -> String {
    format!(
        "{}-arg-{}",
        command_id(path),
        arg.get_id().as_str().replace('_', "-")
    )
}

/// The id of a possible value's description: `help-value-theme-color`.
pub fn value_id(arg: &str, value: &str) -> String {
    format!("help-value-{arg}-{value}")
}

/// The arguments whose possible values are described (their `ValueEnum`
/// variants carry no text), by argument id: the described values' parser in
/// `lang`. An argument's value type must stay the derive's, so each is named.
fn described_values(arg: &str, lang: Language) -> Option<ValueParser> {
    match arg {
        "theme" => Some(ValueParser::new(Described::<ThemeName>::new("theme", lang))),
        "profile" => Some(ValueParser::new(Described::<CsvProfile>::new(
            "profile", lang,
        ))),
        _ => None,
    }
}

/// Every id the help asks for (the optional `-long` ones too), for the message
/// files' tests: walked over the real command tree.
pub fn ids() -> Vec<String> {
    let mut out: Vec<String> = words::ALL.iter().map(|s| (*s).to_owned()).collect();
    let cmd = Cli::command();
    fn walk(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<String>) {
        let p: Vec<&str> = path.iter().map(String::as_str).collect();
        let id = command_id(&p);
        out.push(format!("{id}-long"));
        out.push(id);
        for arg in cmd.get_arguments() {
            let id = arg_id(&p, arg);
            out.push(format!("{id}-long"));
            out.push(id);
            if described_values(arg.get_id().as_str(), Language::En).is_some() {
                for v in arg.get_possible_values() {
                    out.push(value_id(arg.get_id().as_str(), v.get_name()));
                }
            }
        }
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            path.push(sub.get_name().to_owned());
            walk(sub, path, out);
            path.pop();
        }
    }
    walk(&cmd, &mut Vec::new(), &mut out);
    out.sort();
    out.dedup();
    out
}

struct Localizer {
    lang: Language,
}

impl Localizer {
    /// Message `id` in the language, `None` when no file of it (nor English's)
    /// has it; the tests require every required id in every language.
    fn get(&self, id: &str) -> Option<String> {
        i18n::dynamic(self.lang, id, [])
    }

    fn word(&self, id: &str) -> String {
        i18n::dynamic(self.lang, id, []).unwrap_or_default()
    }

    fn word_with(&self, id: &str, name: &'static str, value: &str) -> String {
        i18n::dynamic(self.lang, id, [(name, FluentValue::from(value))]).unwrap_or_default()
    }

    /// `cmd` at `path` (names below the program), and everything under it:
    /// the texts from the message files, before clap builds the tree.
    fn texts(&self, mut cmd: Command, path: &[&str]) -> Command {
        let id = command_id(path);
        if let Some(about) = self.get(&id) {
            cmd = cmd.about(about);
        }
        if let Some(long) = self.get(&format!("{id}-long")) {
            cmd = cmd.long_about(long);
        }
        let template = self.template(&cmd);
        cmd = cmd.help_template(template);
        cmd = cmd.mut_args(|arg| self.arg(arg, path));
        cmd.mut_subcommands(|sub| {
            let name = sub.get_name().to_owned();
            let mut child: Vec<&str> = path.to_vec();
            child.push(&name);
            self.texts(sub, &child)
        })
    }

    /// What clap added while building: `-h`/`--help`, `-V`/`--version` and the
    /// `help` subcommands (whose copies of the commands already carry their
    /// abouts), in the language, through the whole tree.
    fn clap_words(&self, mut cmd: Command) -> Command {
        cmd = cmd.mut_args(|arg| match arg.get_id().as_str() {
            "help" if arg.get_long_help().is_some() => arg
                .help(self.word(words::HELP_MORE))
                .long_help(self.word(words::HELP_SUMMARY)),
            "help" => arg.help(self.word(words::HELP)),
            "version" => arg.help(self.word(words::VERSION)),
            _ => arg,
        });
        cmd.mut_subcommands(|sub| {
            if sub.get_name() == "help" {
                self.help_command(sub)
            } else {
                self.clap_words(sub)
            }
        })
    }

    /// clap's `help` subcommand: its about, its argument, and the `help help`
    /// among its copies of the commands.
    fn help_command(&self, cmd: Command) -> Command {
        cmd.about(self.word(words::HELP_COMMAND))
            .mut_args(|a| {
                if a.get_id().as_str() == "subcommand" {
                    a.help(self.word(words::HELP_COMMAND_ARG))
                } else {
                    a
                }
            })
            .mut_subcommands(|sub| {
                if sub.get_name() == "help" {
                    sub.about(self.word(words::HELP_COMMAND))
                } else {
                    sub
                }
            })
    }

    /// The help page's layout: clap's, with the headings in the language.
    fn template(&self, cmd: &Command) -> StyledStr {
        let styles = cmd.get_styles();
        let (h, u) = (styles.get_header(), styles.get_usage());
        let heading = |id: &str| format!("{}{}{}", h.render(), self.word(id), h.render_reset());
        let mut sections = Vec::new();
        if cmd
            .get_subcommands()
            .any(|s| s.get_name() != "help" && !s.is_hide_set())
        {
            sections.push(format!("{}\n{{subcommands}}", heading(words::COMMANDS)));
        }
        if cmd.get_positionals().any(|a| !a.is_hide_set()) {
            sections.push(format!("{}\n{{positionals}}", heading(words::ARGUMENTS)));
        }
        // clap adds -h/--help to every command while building.
        {
            sections.push(format!("{}\n{{options}}", heading(words::OPTIONS)));
        }
        StyledStr::from(format!(
            "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n{}{{after-help}}",
            u.render(),
            self.word(words::USAGE),
            u.render_reset(),
            sections.join("\n\n")
        ))
    }

    fn arg(&self, mut arg: Arg, path: &[&str]) -> Arg {
        let id = arg_id(path, &arg);
        let mut help = self.get(&id);
        let mut long = self.get(&format!("{id}-long"));
        if let Some(parser) = described_values(arg.get_id().as_str(), self.lang) {
            arg = arg.value_parser(parser);
        }
        if self.lang != Language::En {
            // clap's own English around the text: hidden, and written here.
            let (short_specs, long_specs, values) = self.specs(&arg);
            if !short_specs.is_empty() {
                help = Some(join(help.as_deref(), " ", &short_specs));
            }
            if !long_specs.is_empty() || values.is_some() {
                let mut text = long.clone().or_else(|| self.get(&id)).unwrap_or_default();
                if let Some(values) = values {
                    text = join(Some(&text), "\n\n", &values);
                }
                if !long_specs.is_empty() {
                    text = join(Some(&text), "\n\n", &long_specs);
                }
                long = Some(text);
            }
            arg = arg.hide_env(true);
            if arg.get_action().takes_values() {
                arg = arg.hide_default_value(true).hide_possible_values(true);
            }
        }
        if let Some(help) = help {
            arg = arg.help(help);
        }
        if let Some(long) = long {
            arg = arg.long_help(long);
        }
        arg
    }

    /// What clap adds to an argument's help, in the language: for `-h` (one
    /// line), for `--help` (a line each), and the described values' list.
    fn specs(&self, arg: &Arg) -> (String, String, Option<String>) {
        let mut specs = Vec::new();
        if let Some(name) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
            let mut variable = name.to_string_lossy().into_owned();
            if !arg.is_hide_env_values_set() {
                variable.push('=');
                if let Some(v) = std::env::var_os(name) {
                    variable.push_str(&v.to_string_lossy());
                }
            }
            specs.push(self.word_with(words::ENV, "variable", &variable));
        }
        let defaults = arg.get_default_values();
        if arg.get_action().takes_values()
            && !defaults.is_empty()
            && !arg.is_hide_default_value_set()
        {
            let value = defaults
                .iter()
                .map(|d| d.to_string_lossy())
                .collect::<Vec<_>>()
                .join(" ");
            specs.push(self.word_with(words::DEFAULT, "value", &value));
        }
        let long_specs = specs.join("\n");
        let values: Vec<PossibleValue> =
            if arg.is_hide_possible_values_set() || !arg.get_action().takes_values() {
                Vec::new()
            } else {
                arg.get_possible_values()
                    .into_iter()
                    .filter(|v| !v.is_hide_set())
                    .collect()
            };
        let mut described = None;
        if !values.is_empty() {
            let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
            specs.push(self.word_with(words::POSSIBLE_VALUES, "values", &names.join(", ")));
            if values.iter().any(|v| v.get_help().is_some()) {
                let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
                let mut list = self.word(words::POSSIBLE_VALUES_HEADING);
                for v in &values {
                    let help = v.get_help().map(|h| h.to_string()).unwrap_or_default();
                    list.push_str(&format!(
                        "\n- {:width$}{help}",
                        format!("{}: ", v.get_name()),
                        width = width + 2
                    ));
                }
                described = Some(list);
            }
        }
        let short_specs = specs.join(" ");
        // `--help` lists the described values instead of their names.
        let long_specs = if described.is_some() || values.is_empty() {
            long_specs
        } else {
            specs.join("\n")
        };
        (short_specs, long_specs, described)
    }
}

fn join(first: Option<&str>, sep: &str, second: &str) -> String {
    match first {
        Some(f) if !f.is_empty() => format!("{f}{sep}{second}"),
        _ => second.to_owned(),
    }
}

/// A `ValueEnum`'s parser whose possible values carry their description in
/// one language (`help-value-<arg>-<value>`); it parses as the derive's would.
#[derive(Clone)]
struct Described<E> {
    arg: &'static str,
    lang: Language,
    values: PhantomData<fn() -> E>,
}

impl<E> Described<E> {
    fn new(arg: &'static str, lang: Language) -> Self {
        Described {
            arg,
            lang,
            values: PhantomData,
        }
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Described<E> {
    type Value = E;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<E, clap::Error> {
        EnumValueParser::<E>::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            E::value_variants()
                .iter()
                .filter_map(ValueEnum::to_possible_value)
                .map(|v| {
                    let id = value_id(self.arg, v.get_name());
                    match i18n::dynamic(self.lang, &id, []) {
                        Some(help) => v.help(help),
                        None => v,
                    }
                }),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command of the raw tree with its path, and clap's `help` left out.
    fn commands(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, Command)>) {
        out.push((path.clone(), cmd.clone()));
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            path.push(sub.get_name().to_owned());
            commands(sub, path, out);
            path.pop();
        }
    }

    fn all_commands() -> Vec<(Vec<String>, Command)> {
        let mut out = Vec::new();
        commands(&Cli::command(), &mut Vec::new(), &mut out);
        out
    }

    #[test]
    fn the_definitions_carry_no_english_of_their_own() {
        // help.ftl is the one English source: a doc comment on a clap field
        // or variant would be a second one (and shadowed by the file).
        for (path, cmd) in all_commands() {
            let at = format!("leadbooth {}", path.join(" "));
            assert!(cmd.get_about().is_none(), "{at}: about in the code");
            assert!(
                cmd.get_long_about().is_none(),
                "{at}: long about in the code"
            );
            for arg in cmd.get_arguments() {
                let id = arg.get_id();
                assert!(arg.get_help().is_none(), "{at} {id}: help in the code");
                assert!(
                    arg.get_long_help().is_none(),
                    "{at} {id}: long help in the code"
                );
            }
        }
        for v in ThemeName::value_variants()
            .iter()
            .filter_map(ValueEnum::to_possible_value)
        {
            assert!(v.get_help().is_none(), "theme {}", v.get_name());
        }
        for v in CsvProfile::value_variants()
            .iter()
            .filter_map(ValueEnum::to_possible_value)
        {
            assert!(v.get_help().is_none(), "profile {}", v.get_name());
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_every_language() {
        for lang in Language::ALL {
            let has = |id: &str| i18n::has_message(lang, id);
            for word in words::ALL {
                assert!(has(word), "{lang} lacks {word}");
            }
            let mut count = 0;
            for (path, cmd) in all_commands() {
                let p: Vec<&str> = path.iter().map(String::as_str).collect();
                let id = command_id(&p);
                assert!(has(&id), "{lang} lacks {id} (leadbooth {})", p.join(" "));
                for arg in cmd.get_arguments() {
                    let id = arg_id(&p, arg);
                    assert!(has(&id), "{lang} lacks {id} (leadbooth {})", p.join(" "));
                    count += 1;
                    let name = arg.get_id().as_str();
                    if described_values(name, lang).is_some() {
                        for v in arg.get_possible_values() {
                            let id = value_id(name, v.get_name());
                            assert!(has(&id), "{lang} lacks {id}");
                        }
                    }
                }
            }
            assert!(count > 50, "{count} arguments: the walk found the tree");
        }
    }

    #[test]
    fn every_help_message_is_one_the_help_asks_for() {
        // A message left behind by a renamed or removed command or argument.
        let asked = ids();
        let file = include_str!("../../i18n/en/help.ftl");
        let mut count = 0;
        for id in file
            .lines()
            .filter_map(|l| l.split_once(" ="))
            .map(|(id, _)| id)
        {
            if id.starts_with('#') || id.starts_with(' ') {
                continue;
            }
            assert!(
                asked.iter().any(|a| a == id),
                "en has {id}, which the help never asks for"
            );
            count += 1;
        }
        assert!(count > 100, "{count}");
    }

    #[test]
    fn the_localized_tree_has_text_everywhere() {
        // What clap shows: every command (clap's own too) has an about, every
        // argument a help, in every language.
        fn check(cmd: &Command, at: &str, lang: Language) {
            if at != "leadbooth" {
                let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
                assert!(!about.trim().is_empty(), "{lang} {at}: no about");
            }
            for arg in cmd.get_arguments() {
                let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                assert!(
                    !help.trim().is_empty(),
                    "{lang} {at} {}: no help",
                    arg.get_id()
                );
            }
            for sub in cmd.get_subcommands() {
                check(sub, &format!("{at} {}", sub.get_name()), lang);
            }
        }
        for lang in Language::ALL {
            let cmd = command(lang);
            assert!(cmd.get_about().is_some(), "{lang}: the program's about");
            check(&cmd, "leadbooth", lang);
        }
    }

    #[test]
    fn described_values_parse_as_the_derive_does() {
        let m = command(Language::Fr)
            .try_get_matches_from(["leadbooth", "--theme", "high-contrast", "doctor"])
            .unwrap();
        let cli = <Cli as clap::FromArgMatches>::from_arg_matches(&m).unwrap();
        assert_eq!(cli.theme, Some(ThemeName::HighContrast));
        let values: Vec<String> = command(Language::De)
            .get_arguments()
            .find(|a| a.get_id() == "theme")
            .unwrap()
            .get_possible_values()
            .iter()
            .map(|v| v.get_help().unwrap().to_string())
            .collect();
        assert_eq!(values[0], "Die Farbpalette");
    }
}

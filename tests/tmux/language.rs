//! Issue 18 end to end: a whole kiosk session in German and one in French, as
//! an attendee does it (the real binary in tmux, the show's attendee list
//! loaded): pick the language on the attract screen, type, tick, save; then the
//! booth lead exports the batch, it is checked with the real `minisign` and
//! `sha256sum`, imported into the central store (SQLite, and PostgreSQL where
//! a server can be started), and the central record holds the language, the
//! wording the attendee read and its hash.

use std::path::Path;
use std::process::Command;

use leadbooth::config::Event;
use leadbooth::i18n::{self, Language, msg};

use crate::support::central::{Central, backends};
use crate::support::tmux::{Tmux, booth_command};
use crate::support::{Booth, have_tool, stderr};

const PIN: &str = "1357";

/// A pre-registered attendee list, as a real kiosk has it loaded (its people
/// are never shown on the kiosk).
const ATTENDEES: &str = "badge_id,first_name,last_name,email,company,job_title,phone,country\n\
A-000501,Ada,Lovelace,ada@example.org,Analytical Engines,Mathematician,+441632960501,GB\n\
A-000502,Hedy,Lamarr,hedy@example.net,Frequency Hopping,Inventor,+15550100502,US\n";

fn kiosk_booth() -> Booth {
    let booth = Booth::new();
    let set = booth.run_with_stdin(&["kiosk", "set-pin"], Some(format!("{PIN}\n").as_bytes()));
    assert!(set.status.success(), "{}", stderr(&set));
    let csv = booth.dir.path().join("attendees.csv");
    std::fs::write(&csv, ATTENDEES).unwrap();
    booth.ok(&["attendees", "import", csv.to_str().unwrap()]);
    booth
}

/// One attendee's session at the kiosk in `lang`: F4 on the attract screen
/// until the screen speaks it, the form, a refused save (the notice
/// acknowledgement is required), both ticks, the save, the thank-you screen;
/// then staff leave with the PIN.
fn kiosk_session(booth: &Booth, lang: Language, person: [&str; 3], not_saved: &str) {
    let t = Tmux::start(
        &format!("leadbooth-language-{lang}"),
        100,
        32,
        &booth_command(booth, None, "--staff Sam --kiosk"),
    );
    let t_en = |id| i18n::text(Language::En, id);
    t.wait_until("the attract screen", |s| {
        s.contains(t_en(msg::ATTRACT_PROMPT)) && s.contains("https://example.org/privacy")
    });
    // The language key, as the attract screen names it, until the screen
    // speaks the attendee's language.
    let prompt = i18n::text(lang, msg::ATTRACT_PROMPT);
    for _ in 0..Language::ALL.len() {
        if t.screen().contains(prompt) {
            break;
        }
        let before = t.screen();
        t.person_keys(&["F4"]);
        t.wait_until("the attract screen in the next language", |s| s != before);
    }
    t.wait_for(prompt);
    t.person_keys(&["Enter"]);
    t.wait_for(i18n::text(lang, msg::NOTICE_HEADING));
    t.type_text(person[0]);
    t.keys(&["Tab"]);
    t.type_text(person[1]);
    t.keys(&["Tab"]);
    t.type_text(person[2]);
    t.keys(&["C-s"]);
    t.wait_for(not_saved);
    // Focus is on the required acknowledgement; then the email consent.
    t.person_keys(&["Space", "Tab", "Space", "C-s"]);
    let s = t.wait_until("the thank-you screen", |s| {
        s.contains(i18n::text(lang, msg::THANK_YOU))
    });
    assert!(!s.contains(person[0]), "{s}");
    for who in ["Ada", "Lovelace", "Hedy", "Lamarr"] {
        assert!(!s.contains(who), "{who} from the attendee list on:\n{s}");
    }
    // Back to the start, in the event's language for the next attendee.
    t.person_keys(&["Enter"]);
    t.wait_for(t_en(msg::ATTRACT_PROMPT));
    t.keys(&["C-q"]);
    t.wait_for("Enter the staff PIN to leave kiosk mode.");
    t.person_types(PIN);
    t.person_keys(&["Enter"]);
    t.wait_for("EXITED 0");
}

/// `sh -c` in `dir`, asserting success.
fn sh(dir: &Path, line: &str) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(line)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{line}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        stderr(&out)
    );
}

#[test]
fn a_german_and_a_french_kiosk_session_reach_central_in_their_language() {
    if !["tmux", "minisign", "sha256sum"]
        .iter()
        .all(|t| have_tool(t))
    {
        return;
    }
    let booth = kiosk_booth();
    kiosk_session(
        &booth,
        Language::De,
        ["Jürgen", "Weiß", "juergen@example.de"],
        "Nicht gespeichert",
    );
    kiosk_session(
        &booth,
        Language::Fr,
        ["Amélie", "Poulain", "amelie@example.fr"],
        "Non enregistré",
    );

    // The booth lead exports; anyone checks the batch with standard tools.
    let usb = booth.dir.path().join("usb");
    std::fs::create_dir_all(&usb).unwrap();
    let batch = booth.export(&["--out", usb.to_str().unwrap()]);
    sh(
        &batch,
        &format!(
            "minisign -Vm SHA256SUMS -p '{}' && sha256sum -c SHA256SUMS",
            booth.pubkey().display()
        ),
    );
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(batch.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["format"], "leadbooth-batch/4");

    // The central office imports it, into each central backend (the SQLite
    // file, and PostgreSQL where a server can be started here).
    let demo = Event::demo();
    for backend in backends() {
        let central = Central::new(backend.as_ref());
        std::fs::copy(booth.pubkey(), central.trust().join("booth.pub")).unwrap();
        central.import_ok(&[&batch], &[]);
        for (lang, email) in [
            (Language::De, "juergen@example.de"),
            (Language::Fr, "amelie@example.fr"),
        ] {
            for (i, purpose) in demo.purposes.iter().enumerate() {
                let rows = central.rows(&format!(
                    "SELECT r.language, r.language_asked, r.text, r.text_sha256, r.decision
                     FROM consent_records r JOIN source_leads s ON s.lead_id = r.lead_id
                     WHERE s.email = '{email}' AND r.purpose = '{}'",
                    purpose.id
                ));
                let wording = demo.purpose_label(i, lang).text;
                let granted = ["policy_ack", "marketing_email"].contains(&purpose.id.as_str());
                let expected: Vec<Option<String>> = [
                    lang.code(),
                    lang.code(),
                    wording,
                    &leadbooth::policy::sha256_hex(wording.as_bytes()),
                    if granted { "granted" } else { "not_given" },
                ]
                .iter()
                .map(|v| Some((*v).to_owned()))
                .collect();
                assert_eq!(rows, [expected], "{} {lang} {}", backend.name(), purpose.id);
                assert_ne!(wording, purpose.label, "not the English wording");
            }
        }
        // And the batch's wording of each language is kept beside the records.
        let german = central.rows(
            "SELECT text FROM batch_wording WHERE language = 'de' AND kind = 'purpose' \
             AND item = 'marketing_email'",
        );
        assert_eq!(
            german,
            [vec![Some(
                demo.purpose_label(1, Language::De).text.to_owned()
            )]],
            "{}",
            backend.name()
        );
    }
}

// --- audit18: the staff side follows the system locale (issue 18 audit) ---

/// The real binary started under a German locale (LANG, with LC_ALL and
/// LC_MESSAGES empty, as POSIX reads them): the staff form's keys are named in
/// German while the attendee's words stay in the event's language; F4 turns
/// the attendee's words to German and then French, and the staff's hint words
/// stay German throughout.
#[test]
fn the_staff_side_follows_the_system_locale_and_f4_only_the_attendees_words() {
    use crate::support::tmux::booth_command_with_env;
    use leadbooth::tui::form::ContactField;
    if !have_tool("tmux") {
        return;
    }
    let booth = Booth::new();
    let t = Tmux::start(
        "leadbooth-staff-locale",
        100,
        32,
        &booth_command_with_env(
            &booth,
            None,
            "LC_ALL= LC_MESSAGES= LANG=de_DE.UTF-8",
            "--staff Sam",
        ),
    );
    let de = |id| i18n::text(Language::De, id);
    let s = t.wait_until("the staff form, its keys in German", |s| {
        s.contains(ContactField::FirstName.label(Language::En))
            && s.contains(de(msg::HINT_SCAN))
            && s.contains(de(msg::HINT_SAVE))
    });
    assert!(
        !s.contains(i18n::text(Language::En, msg::HINT_SCAN)),
        "no English hint beside the German:\n{s}"
    );
    assert!(s.contains("F4 Deutsch"), "the language key is named:\n{s}");
    t.type_text("Jürgen");
    t.keys(&["F4"]);
    let s = t.wait_until("the attendee's words in German", |s| {
        s.contains(ContactField::FirstName.label(Language::De)) && s.contains("F4 Français")
    });
    assert!(s.contains("Jürgen"), "the typed name stays:\n{s}");
    assert!(s.contains(de(msg::HINT_SCAN)), "{s}");
    t.keys(&["F4"]);
    let s = t.wait_until("the attendee's words in French", |s| {
        s.contains(ContactField::FirstName.label(Language::Fr))
    });
    assert!(
        s.contains(de(msg::HINT_SCAN)),
        "the staff still reads German:\n{s}"
    );
    assert!(s.contains("Jürgen"), "{s}");
}

/// The adversary at the real kiosk, in German: a 1 MB bracketed paste into a
/// field is refused whole in German (the booth keeps running and drawing), the
/// language key right after it keeps the typed name; a pasted name with an
/// escape sequence is refused in French, and a right-to-left override reaches
/// the terminal only as U+FFFD. Staff then leave with the PIN.
#[test]
fn a_megabyte_paste_and_an_override_at_the_kiosk_then_the_language_key() {
    use leadbooth::tui::form::ContactField;
    if !have_tool("tmux") {
        return;
    }
    let booth = kiosk_booth();
    let t = Tmux::start(
        "leadbooth-language-paste",
        100,
        32,
        &booth_command(&booth, None, "--staff Sam --kiosk"),
    );
    t.wait_for(i18n::text(Language::En, msg::ATTRACT_PROMPT));
    t.person_keys(&["F4"]);
    t.wait_for(i18n::text(Language::De, msg::ATTRACT_PROMPT));
    t.person_keys(&["Enter"]);
    t.wait_for(ContactField::FirstName.label(Language::De));
    t.type_text("Zoë");
    t.keys(&["Tab"]);
    t.paste_exact(&"x".repeat(1024 * 1024));
    let s = t.wait_for("Einfügen abgelehnt: Der Text ist weit länger");
    assert!(
        !s.contains("xxxxxxxxxx"),
        "nothing of the paste taken:\n{s}"
    );
    t.keys(&["F4"]);
    let s = t.wait_until("the form in French, the name kept", |s| {
        s.contains(ContactField::FirstName.label(Language::Fr)) && s.contains("Zoë")
    });
    assert!(t.alive(), "{s}");
    t.paste_exact("Ana\u{1b}[2J\u{1b}]0;owned\u{7}");
    t.wait_for("Collage refusé : le texte contient le caractère de contrôle U+001B.");
    t.type_text("Ana\u{202E}lised");
    let s = t.wait_for("Ana\u{FFFD}lised");
    assert!(!s.contains('\u{202E}'), "{s}");
    assert!(!s.contains("owned"), "{s}");
    t.keys(&["C-q"]);
    t.wait_for("Enter the staff PIN to leave kiosk mode.");
    t.person_types(PIN);
    t.person_keys(&["Enter"]);
    t.wait_for("EXITED 0");
}

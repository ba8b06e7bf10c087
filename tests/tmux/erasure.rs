//! Erasure with the booth running: a person captured through the booth's form
//! (every field typed, so drafts were written while typing) and erased with `x`
//! in the lead list, or added and erased on the command line while the booth
//! has the database open. No value of the person in any byte of any file under
//! the data dir, while the booth runs and after it quits.

use crate::support::booth::Person;
use crate::support::tmux::{Tmux, booth_command};
use crate::support::{Booth, assert_no_trace, have_tool, report};

/// Types `p` into the booth's form, field by field, and saves it with
/// policy_ack ticked.
fn capture(t: &Tmux, p: &Person) {
    t.wait_for("First name");
    for value in [
        &p.first_name,
        &p.last_name,
        &p.email,
        &p.company,
        &p.job_title,
        &p.phone,
    ] {
        t.type_text(value);
        t.wait_for(value);
        t.person_keys(&["Tab"]);
    }
    // Country, then the questions: a choice, a set of boxes, then free text.
    t.person_keys(&["Tab", "Tab", "Tab"]);
    t.type_text(&p.answer);
    t.wait_for(&p.answer);
    // Past the seven consents and the rating to the notes.
    for _ in 0..9 {
        t.person_keys(&["Tab"]);
    }
    t.type_text(&p.notes);
    t.wait_for(&p.notes);
    // Refused at the required consent, which then has focus.
    t.person_keys(&["C-s"]);
    t.wait_for("is required");
    t.person_keys(&["Space", "C-s"]);
    // Issue 11: the attendee's receipt shows after the save; a key closes it
    // and the form is back, empty, for the next person.
    t.wait_for("Your receipt");
    t.person_keys(&["Escape"]);
    t.wait_until("the form back after the receipt", |s| {
        s.contains("First name") && !s.contains("Your receipt")
    });
}

#[test]
fn a_person_erased_in_the_booth_leaves_no_byte_while_it_runs_and_after() {
    if !have_tool("tmux") {
        return;
    }
    let booth = Booth::new();
    let gone = Person::new("Xylophila", 4);
    let kept = Person::new("Keptwell", 5);
    let t = Tmux::start(
        "lb-erase-tui",
        120,
        50,
        &booth_command(&booth, None, "--staff Sam"),
    );
    capture(&t, &gone);
    capture(&t, &kept);
    let leads = booth.leads();
    let stored = leads
        .iter()
        .find(|l| l["email"] == gone.email.as_str())
        .unwrap();
    for (field, want) in [
        ("first_name", &gone.first_name),
        ("company", &gone.company),
        ("phone", &gone.phone),
        ("notes", &gone.notes),
    ] {
        assert_eq!(stored[field], want.as_str(), "{field} typed in");
    }
    assert_eq!(stored["answers"]["timeline"], gone.answer.as_str());

    // F2, the older lead (second row), its details, x, a person's y.
    t.person_keys(&["F2"]);
    t.wait_for(&gone.first_name);
    t.person_keys(&["Down", "Enter"]);
    t.wait_for(&format!("Lead: {} {}", gone.first_name, gone.last_name));
    t.person_keys(&["x"]);
    t.wait_for("Please confirm");
    t.person_keys(&["y"]);
    t.wait_for("Lead erased");

    let (files, bytes) = assert_no_trace(&booth.data_dir(), &gone.needles());
    t.person_keys(&["Escape", "Escape", "C-q"]);
    t.wait_for("EXITED 0");
    assert_no_trace(&booth.data_dir(), &gone.needles());
    assert_eq!(booth.leads().len(), 1);
    report(&format!(
        "erasure (booth): {} values in none of {files} files ({bytes} bytes) while the booth ran, nor after",
        gone.needles().len()
    ));
}

#[test]
fn a_person_erased_on_the_command_line_leaves_no_byte_while_the_booth_runs() {
    if !have_tool("tmux") {
        return;
    }
    let booth = Booth::new();
    let gone = Person::new("Xylophila", 6);
    let t = Tmux::start(
        "lb-erase-cli",
        120,
        40,
        &booth_command(&booth, None, "--staff Sam"),
    );
    t.wait_for("Demo Expo 2026");
    let out = booth.run_with_stdin(&["leads", "add"], Some(gone.lead_line(&[]).as_bytes()));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The booth reads the person: the lead list shows them.
    t.person_keys(&["F2"]);
    t.wait_for(&gone.company);
    let id = booth.leads()[0]["lead_id"].as_str().unwrap().to_owned();
    booth.ok(&["leads", "erase", &id]);
    let (files, bytes) = assert_no_trace(&booth.data_dir(), &gone.needles());
    // The booth's list, read again, no longer has them.
    t.person_keys(&["Escape"]);
    t.wait_for("Ctrl-S");
    t.person_keys(&["F2"]);
    let s = t.wait_for("Leads, newest first");
    assert!(!s.contains(&gone.first_name), "{s}");
    t.person_keys(&["Escape", "C-q"]);
    t.wait_for("EXITED 0");
    assert_no_trace(&booth.data_dir(), &gone.needles());
    report(&format!(
        "erasure (command line beside the booth): {} values in none of {files} files ({bytes} bytes)",
        gone.needles().len()
    ));
}

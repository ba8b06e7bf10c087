//! The jump keys through a real terminal (issue 16): tmux sends Alt and a
//! letter as Esc and the letter, which the booth reads as one Alt chord and
//! moves focus; nothing is typed into the field that had focus.

use crate::support::tmux::{Tmux, booth_command};
use crate::support::{Booth, have_tool};

#[test]
fn alt_letters_jump_between_sections_in_tmux() {
    if !have_tool("tmux") {
        return;
    }
    let booth = Booth::new();
    let cmd = booth_command(&booth, None, "--staff Sam");
    let t = Tmux::start("leadbooth-jump", 80, 24, &cmd);
    t.wait_for("Demo Expo 2026");
    t.type_text("Kari");
    t.person_keys(&["M-t"]);
    t.wait_for("▶ [ ] I was shown how");
    t.person_keys(&["M-r"]);
    t.wait_for("▶ Rating");
    t.person_keys(&["M-e"]);
    t.wait_for("▶ Email");
    t.type_text("kari@example.com");
    t.person_keys(&["M-t", "Space", "C-s"]);
    t.wait_for("1 lead captured");
    t.person_keys(&["Escape"]);
    t.wait_for("Ctrl-S");
    t.person_keys(&["C-q"]);
    t.wait_for("EXITED 0");
    let leads = booth.leads();
    assert_eq!(leads.len(), 1);
    assert_eq!(leads[0]["first_name"], "Kari");
    assert_eq!(leads[0]["email"], "kari@example.com");
}

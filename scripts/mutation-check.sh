#!/usr/bin/env bash
# Mutation check: for each rule the product promises (consent, kiosk, erasure,
# withdrawal) and each check of the tests themselves (escape bytes, crash runs,
# the first-frame hook, drawing inside the pane), break the rule in the source
# and show that at least one test fails. A rule whose breaking no test notices
# is a test that cannot fail.
#
#   scripts/mutation-check.sh              every mutation
#   scripts/mutation-check.sh NAME...      only these (see the list below)
#   scripts/mutation-check.sh --list       the mutations and their tests
#   scripts/mutation-check.sh --check      only whether every mutation still applies
#
# The source is copied to a temporary folder (the working tree as it is, so
# uncommitted changes count) and built with its own target dir
# (target/mutation-check/, kept between runs); the working tree is never
# touched. First the named tests run on the unchanged copy and must pass; then,
# for each mutation, exactly one text is replaced in one file (the mutation is
# reported NOT APPLIED if that text is not found exactly once, so a refactor
# cannot turn a mutation into a silent pass), the mutant must build, and at
# least one of its tests must fail. Prints one line per mutation and exits non-zero if any mutation
# was missed, did not apply or did not build. Takes a while (a debug build per
# mutation and the tmux tests): not part of CI.
#
# Adding a mutation: one `mutation` line below with a name, the file, the
# exact text and its replacement (perl strings, `\n` for a line break), and the
# `cargo test` arguments (separated by `;`) that must catch it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

declare -a NAMES FILES FROMS TOS TESTS
mutation() {
    NAMES+=("$1")
    FILES+=("$2")
    FROMS+=("$3")
    TOS+=("$4")
    TESTS+=("$5")
}

# --- consent --------------------------------------------------------------
mutation consent-required-not-checked src/consent.rs \
    '        if p.required && !granted {' \
    '        if false && p.required && !granted {' \
    '--lib -- required;--test booth save_without_required;--test cli leads'
mutation scan-ticks-consents src/tui/form/prefill.rs \
    '        replaced.sort_by_key(|f| f.index());\n        replaced\n' \
    '        self.consents.iter_mut().for_each(|c| *c = true);\n        replaced.sort_by_key(|f| f.index());\n        replaced\n' \
    '--test booth badge_scan'
# --- consent record and merge (issue 11) --------------------------------------
mutation scan-over-ticks-keeps-them src/tui/app/scanning.rs \
    'replaces_identity || other_badge' \
    'false && (replaces_identity || other_badge)' \
    '--test booth attendee;--test booth badge_scan::a_scan_over_a_ticked;--test booth badge_scan::a_lookup_over_a_ticked'
mutation draft-recovery-not-recorded src/tui/draft.rs \
    '        form.note_entry(crate::lead::Entry::RecoveredDraft);\n' \
    '' \
    '--test booth recover_restores_every_field_exactly'
mutation policy-opened-not-recorded src/tui/app.rs \
    '                    self.form.note_policy_opened();\n' \
    '' \
    '--test booth a_staff_save_writes_the_complete'
mutation required-consent-loads src/config.rs \
    '        if p.required && p.is_consent() {' \
    '        if p.required && p.is_consent() && false {' \
    '--lib -- required;--test cli an_event_with_a_required_marketing'
mutation leads-add-tick-before-capture src/lead.rs \
    '                && t < captured_at' \
    '                && t < captured_at && false' \
    '--test cli leads_add_refuses_forged'
mutation not-given-is-a-withdrawal src/import/merge.rs \
    '            ConsentState::NotGiven => &mut self.not_given,' \
    '            ConsentState::NotGiven => &mut self.withdrawal,' \
    '--test central consent'
mutation hubspot-basis-from-phone src/import/crm.rs \
    '            let marketing_consent = email_granted;' \
    '            let marketing_consent = email_granted || state(c, "marketing_phone") == Some(ConsentState::Granted);' \
    '--test central consent::a_phone_only'
mutation receipt-lists-the-notice src/tui/receipt.rs \
    '.filter(|p| p.is_consent() && lead.consent(&p.id).is_some_and(|c| c.is_active()))' \
    '.filter(|p| lead.consent(&p.id).is_some_and(|c| c.is_active()))' \
    '--test booth save_with_consents_stores_exactly_those;--test booth kiosk::a_kiosk_save'
# --- issue 11's new parts under issue 13's rules ------------------------------
mutation batch-carries-uncited-policy src/batch/verify.rs \
    '        if !manifest\n            .policy_versions\n            .iter()\n            .any(|v| v.sha256 == p.sha256)\n' \
    '        if false && !manifest\n            .policy_versions\n            .iter()\n            .any(|v| v.sha256 == p.sha256)\n' \
    '--test batch every_mutation'
mutation wording-hash-not-checked src/consent.rs \
    '            && !crate::policy::is_sha256_of(h, &c.text)' \
    '            && false && !crate::policy::is_sha256_of(h, &c.text)' \
    '--test central adversarial::a_laptop_speaks_only'
# --- kiosk ----------------------------------------------------------------
mutation kiosk-quits-without-pin src/tui/mode.rs \
    '    pub fn can_quit(self) -> bool {\n        self == BoothMode::Staff\n' \
    '    pub fn can_quit(self) -> bool {\n        true\n' \
    '--test booth kiosk;--test tmux kiosk'
mutation kiosk-shows-lead-list src/tui/mode.rs \
    '    pub fn has_lead_list(self) -> bool {\n        self == BoothMode::Staff\n' \
    '    pub fn has_lead_list(self) -> bool {\n        true\n' \
    '--test booth kiosk'
mutation first-frame-hook-quits-kiosk src/tui.rs \
    '        mode == super::BoothMode::Staff\n' \
    '        true\n' \
    '--test tmux kiosk::the_first_frame_hook'
# --- kiosk, issue 16: the first key, the idle warning, reading the policy -----
mutation kiosk-eats-the-first-letter src/tui/app.rs \
    '                Screen::Attract if starts_a_name(&key) => Some(Action::StartTyping(key)),\n' \
    '' \
    '--test booth kiosk::a_letter_on_the_attract;--test tmux kiosk::the_first_letter'
mutation kiosk-wakes-with-an-acting-key src/tui/app/kiosk_mode.rs \
    '        std::mem::take(&mut self.waking) && !burst' \
    '        std::mem::take(&mut self.waking) && false' \
    '--test booth kiosk::the_idle_timeout_warns'
mutation kiosk-wipes-without-warning src/tui/kiosk.rs \
    '(quiet + warn >= limit && quiet < limit)' \
    '(false && quiet < limit)' \
    '--test booth kiosk::the_idle_timeout_warns;--test tmux kiosk::the_first_letter'
mutation kiosk-policy-reading-not-counted src/tui/kiosk.rs \
    '        if reading {\n            self.idle.saturating_mul(2)' \
    '        if false {\n            self.idle.saturating_mul(2)' \
    '--test booth kiosk::reading_the_policy;--test tmux kiosk::the_first_letter'
# --- scanner check (issue 16) -------------------------------------------------
mutation scanner-check-names-no-mixup src/badge/layout.rs \
    '        explained.then(|| Diagnosis {' \
    '        (explained && false).then(|| Diagnosis {' \
    '--lib -- layout;--test booth scanner_check'
mutation scanner-check-shows-control-characters-raw src/tui/scanner_check.rs \
    "            c if u32::from(c) < 0x20 => {" \
    "            c if false && u32::from(c) < 0x20 => {" \
    '--lib -- scanner_check;--test booth scanner_check'
# --- erasure and withdrawal -----------------------------------------------
mutation erasure-keeps-phone-and-notes src/store/erasures.rs \
    "job_title = '', phone = '', country = '', notes = ''," \
    "job_title = '', country = ''," \
    '--test cli erasure;--test tmux erasure'
mutation erasure-leaves-wal src/store/erasures.rs \
    '        let _ = self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)");\n' \
    '' \
    '--test cli erasure;--test tmux erasure'
mutation erasure-without-secure-delete src/store/open.rs \
    'conn.pragma_update(None, "secure_delete", "ON")' \
    'conn.pragma_update(None, "secure_delete", "OFF")' \
    '--test cli erasure;--test tmux erasure'
mutation central-ignores-erasures src/import/apply.rs \
    '                ErasureRecord::Erasure {\n                    lead_id, at, by, ..\n                } => self.erase(lead_id, at, &by, &on_file)?,' \
    'ErasureRecord::Erasure { .. } => {}' \
    '--test central laptops'
# --- central store on PostgreSQL (issue 15; the tests need PostgreSQL) ------
mutation pg-batch-read-committed src/central/postgres.rs \
    '.batch_execute("BEGIN ISOLATION LEVEL SERIALIZABLE")' \
    '.batch_execute("BEGIN")' \
    '--test central two_laptops_imported_at_once;--test central shared_contacts_updated_by_two_laptops'
mutation pg-batch-not-one-transaction src/central/postgres.rs \
    '.batch_execute("BEGIN ISOLATION LEVEL SERIALIZABLE")' \
    '.batch_execute("SELECT 1")' \
    '--test central an_import_killed_half_way'
mutation pg-erasure-leaves-old-rows src/central/postgres.rs \
    '        let xid = if self.erased {\n' \
    '        let xid = if false && self.erased {\n' \
    '--test central three_laptops;--test central an_erasure_waits'
mutation pg-person-erasure-leaves-old-rows src/central/postgres.rs \
    '        if !leads.is_empty() {\n            rewrite_erased(' \
    '        if false {\n            rewrite_erased(' \
    '--test central a_person_erased_by_email'
mutation pg-erasure-ignores-other-databases src/central/postgres.rs \
    '                    txid_snapshot_xmin(txid_current_snapshot()) <= $1::bigint\n' \
    '                    false\n' \
    '--test central an_erasure_waits'
mutation withdrawal-not-recorded src/store/erasures.rs \
    'WHERE lead_id = ?1 AND purpose = ?2 AND withdrawn_at IS NULL",' \
    'WHERE lead_id = ?1 AND purpose = ?2 AND withdrawn_at IS NULL AND 0",' \
    '--test cli erasure'
mutation withdrawal-not-audited src/store/erasures.rs \
    '        audit_row(&tx, actor, "consent_withdrawn", Some(lead_id), purpose).map_err(&e)?;\n' \
    '' \
    '--test cli erasure'
# --- central import in chunks (issue 15: speed) ------------------------------
mutation chunk-forgets-its-new-contacts src/import/apply.rs \
    '                    contacts.insert(k.clone(), id);\n' \
    '' \
    '--test central chunks'
mutation chunk-merge-not-recomputed src/import/apply.rs \
    '                plan.dirty.insert(c);\n' \
    '' \
    '--test central chunks;--test central laptops'
# --- the import's one read of leads.jsonl (issue 15: speed) -----------------
mutation import-commits-changed-leads src/import/apply.rs \
    '        scan.check(&path, self.expected(LEADS_JSONL))\n            .map_err(Refusal::Verify)?;\n' \
    '' \
    '--test central refusals::a_batch_changed_after_verification;--test central adversarial::every_tamper'
mutation import-skips-leads-count src/import/apply.rs \
    '        scan.check_count(&v.dir.join(MANIFEST), v.manifest.lead_count, &path)\n            .map_err(Refusal::Verify)?;\n' \
    '' \
    '--test central adversarial::every_tamper'
mutation import-skips-leads-of-unmerged-batch src/import/apply.rs \
    '            crate::batch::check_leads(v, now).map_err(Refusal::Verify)?;\n' \
    '' \
    '--test central refusals::a_batch_imported_before'
# --- trust (issue 13) -------------------------------------------------------
mutation device-not-bound-to-key src/import/rules.rs \
    '    if options.rebind.contains(&device) {' \
    '    if true || options.rebind.contains(&device) {' \
    '--test central adversarial'
mutation lead-id-of-another-laptop-taken src/import/apply.rs \
    '            return Err(Held::By(owner));' \
    '            let _ = owner;' \
    '--test central adversarial;--test central order'
mutation erasure-of-another-laptops-lead src/import/apply.rs \
    '                return Err(not_owner(kind, lead_id, owner));' \
    '                let _ = not_owner(kind, lead_id, owner);' \
    '--test central adversarial'
mutation central-skips-lead-rules src/batch/rules.rs \
    '    crate::lead::check_record(lead, now).map_err(|errors| LeadBreak::Record { lead: id, errors })' \
    '    Ok(())' \
    '--test central adversarial'
mutation duplicate-key-ids-shadow src/import/trust.rs \
    '            if let Some((_, first)) = keys.get(&id) {' \
    '            if let Some((_, first)) = keys.get(&id).filter(|_| false) {' \
    '--test central adversarial'
mutation json-not-escaped src/text.rs \
    '    if json.is_ascii() && !json.contains(' \
    '    if true || json.is_ascii() && !json.contains(' \
    '--test cli output;--lib text'
mutation email-with-invisible-characters src/lead.rs \
    '        email_has_no_hidden_characters(&contact.email, &mut errors);' \
    '' \
    '--test cli leads;--test central adversarial'
mutation csv-misses-minus-sign src/text.rs \
    "            | '\\u{2212}'" \
    '' \
    '--test central csv;--lib text'
mutation export-line-longer-than-import-takes src/batch/file.rs \
    '        if len > max {' \
    '        if false && len > max {' \
    '--test cli limits'
mutation paste-past-the-field-limit src/tui/form.rs \
    '            if let Err(total) = crate::limits::fits(current, &line, max) {' \
    '            if let Err(total) = crate::limits::fits(0, "", max) {' \
    '--test booth paste'
mutation damaged-database-written src/store/open.rs \
    '            if let Some(problem) = super::health::quick_check(path)? {' \
    '            if let Some(problem) = super::health::quick_check(path)?.filter(|_| false) {' \
    '--test cli damaged'
mutation kiosk-lockout-reset-by-restart src/tui/kiosk.rs \
    '                .map(|v| Lockout::from_setting(&v, now, crate::lead::now_utc()))' \
    '                .filter(|_| false).map(|v| Lockout::from_setting(&v, now, crate::lead::now_utc()))' \
    '--test booth kiosk'
mutation attendee-list-held-in-memory src/cli/attendees.rs \
    '.import_attendees(rows, &ctx.staff_name(), &name, &mut report)' \
    '.import_attendees(rows.collect::<Vec<_>>(), &ctx.staff_name(), &name, &mut report)' \
    '--test cli attendees'
mutation attendee-repeated-badge-id-taken src/store/attendees.rs \
    '                if seen\n' \
    '                if false && seen\n' \
    '--test cli attendees'
# --- rights that reach every copy (issue 12) --------------------------------
mutation kiosk-looks-up-registration-ids src/tui/app/scanning.rs \
    '            BadgeScan::RegistrationId(_) if self.kiosk.is_some() => {' \
    '            BadgeScan::RegistrationId(_) if false && self.kiosk.is_some() => {' \
    '--test booth kiosk;--test tmux kiosk'
mutation kiosk-id-scans-unlimited src/tui/kiosk.rs \
    '        if self.id_scans.len() >= ID_SCANS_PER_WINDOW {' \
    '        if false && self.id_scans.len() >= ID_SCANS_PER_WINDOW {' \
    '--test booth kiosk;--lib kiosk'
mutation erasure-keeps-attendee-row src/store/erasures.rs \
    "         WHERE badge_id = ?1\n            OR (?2 <> '' AND lower(email) = lower(?2))\n            OR (?3 <> '' AND phone = ?3)\"," \
    "         WHERE 0 AND ?1 IS ?1 AND ?2 IS ?2 AND ?3 IS ?3\"," \
    '--test cli rights;--test cli erasure'
mutation erasure-keeps-batch-copies src/rights.rs \
    '        if !inside(target, data.root()) {' \
    '        if true || !inside(target, data.root()) {' \
    '--test cli rights;--test cli erasure'
mutation attendee-list-never-purged src/rights.rs \
    '    if today < day || store.attendee_count()? == 0 {' \
    '    if true || today < day || store.attendee_count()? == 0 {' \
    '--test cli rights;--lib rights'
mutation find-not-accent-insensitive src/text.rs \
    '.nfkd().filter(|c| !is_combining_mark(*c))' \
    '.nfkd().filter(|_| true)' \
    '--lib person;--lib text;--test cli rights'
mutation central-tombstone-ignored src/import/apply.rs \
    '        if let Some(at) = person.and_then(|p| p.erased_at) {' \
    '        if let Some(at) = person.and_then(|p| p.erased_at).filter(|_| false) {' \
    '--test central person'
mutation deletion-not-suppressed src/import/apply.rs \
    '            tx.suppress(contact_id, SuppressionAction::Delete, reason, None)?;\n' \
    '' \
    '--test central crm'
mutation withdrawal-not-unsubscribed src/import/apply.rs \
    '                if state == ConsentState::Withdrawn && withdrawn.contains(purpose) {' \
    '                if false && state == ConsentState::Withdrawn && withdrawn.contains(purpose) {' \
    '--test central crm'
mutation suppressions-repeated src/central/sqlite.rs \
    'WHERE crm_file IS NULL ORDER BY suppression_id' \
    'WHERE 1 ORDER BY suppression_id' \
    '--test central crm'
mutation deletion-keeps-the-address src/central/sqlite.rs \
    "SELECT contact_id, '', '', '', 'delete', ?2, ?3" \
    "SELECT contact_id, first_name, last_name, email, 'delete', ?2, ?3" \
    '--test central crm'
mutation changed-only-writes-all src/central/sqlite.rs \
    'WHERE ?1 IS NULL OR c.change_seq > ?1' \
    'WHERE ?1 IS NULL OR 1' \
    '--test central crm'
mutation central-withdrawal-forgotten src/import/apply.rs \
    '            withdraw_given_before(&mut lead.consents, &w.purpose, w.at, &w.by);' \
    '            let _ = (&w.purpose, w.at, &w.by);' \
    '--test central crm'
mutation pin-burst-dropped src/tui/app/scanning.rs \
    '            | Action::StartTyping(_)\n            | Action::SubmitPin\n' \
    '            | Action::StartTyping(_)\n' \
    '--test booth a_pin_typed;--test tmux a_pin_sent'
# --- fuzzing (issue 20): verify holds what import holds ------------------------
mutation verify-skips-record-rules src/batch/verify.rs \
    '    rules::lead_record(manifest, lead, now)?;' \
    '' \
    '--test batch tamper;--test central adversarial::every_tamper'
mutation verify-skips-erasure-rules src/batch/verify.rs \
    '        rules::erasure_record(&manifest, record, now)?;' \
    '' \
    '--test batch tamper'
mutation verify-takes-manifest-from-future src/batch/verify.rs \
    '    if let Some(words) = rules::in_future(&manifest.created_at, now) {' \
    '    if let Some(words) = rules::in_future(&manifest.created_at, now).filter(|_| false) {' \
    '--test batch tamper'
mutation verify-takes-inexact-lines src/batch/rules.rs \
    '    if line == written {' \
    '    if true || line == written {' \
    '--test batch tamper;--lib batch::rules'
# --- the import's exact-form check and stored consents (issue 15, speed15d) ----
mutation verify-takes-unescaped-line-separators src/batch/rules.rs \
    '    if line.is_ascii() && !line.contains(&0x7f) {' \
    '    if true {' \
    '--lib batch::rules'
mutation stored-consents-json-drifts src/central/stored.rs \
    '        if let Some(asked) = &c.language_asked {\n            w.raw(b",\"language_asked\":").str(asked);\n        }\n        w.raw(b",\"ticked_at\":")\n            .opt_time(c.ticked_at.as_ref())\n            .raw(b",\"expires_at\":")' \
    '        w.raw(b",\"language_asked\":").opt_str(c.language_asked.as_deref());\n        w.raw(b",\"ticked_at\":")\n            .opt_time(c.ticked_at.as_ref())\n            .raw(b",\"expires_at\":")' \
    '--lib central::stored'
# --- the same, written by hand (issue 15, speed15e) -------------------------
mutation write-lead-drifts src/batch/rules.rs \
    '        if let Some(asked) = &c.language_asked {\n            w.raw(b",\"language_asked\":").str(asked);\n        }\n        w.raw(b",\"ticked_at\":")\n            .opt_time(c.ticked_at.as_ref())\n            .raw(b",\"at\":")' \
    '        w.raw(b",\"language_asked\":").opt_str(c.language_asked.as_deref());\n        w.raw(b",\"ticked_at\":")\n            .opt_time(c.ticked_at.as_ref())\n            .raw(b",\"at\":")' \
    '--lib batch::rules'
mutation json-out-skips-backslash-escape src/json_out.rs \
    "    let escapes = |b: u8| (b < 0x20) | (b == b'\"') | (b == b'\\\\');" \
    "    let escapes = |b: u8| (b < 0x20) | (b == b'\"');" \
    '--lib json_out;--lib batch::rules'
mutation decisions-json-keeps-both-of-a-purpose src/central/stored.rs \
    '    order.dedup_by(|later, kept| consents[*later].purpose == consents[*kept].purpose);\n' \
    '' \
    '--lib central::stored'
# --- lists and details (issue 16) -------------------------------------------
mutation hint-bar-drops-kept-hints src/tui/keys.rs \
    '        match shown.iter().rposition(|(h, _)| !h.keep) {' \
    '        match shown.iter().rposition(|_| true) {' \
    '--test booth lists::at_80;--lib tui::keys'
mutation list-cuts-without-ellipsis src/tui/leads.rs \
    '.map(|(cell, w)| fit(cell, *w).into_owned()),' \
    '.map(|(cell, _)| cell.to_string()),' \
    '--test booth lists::long_names'
mutation header-counts-tombstones src/tui/app.rs \
    '            Ok(n) => self.lead_count = n,' \
    '            Ok(n) => self.lead_count = n + self.store.erased_count().unwrap_or(0),' \
    '--test booth lists::after_an_erasure'
mutation details-in-utc src/tui/lead_detail.rs \
    '        let time = |t| when(t, today);' \
    '        let time = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M UTC").to_string();' \
    '--test booth lists::the_list_and_the_details'
mutation withdrawn-shown-ticked src/tui/lead_detail.rs \
    '                    detail::MARK_WITHDRAWN,' \
    '                    detail::MARK_GRANTED,' \
    '--test booth lists::a_withdrawn;--test booth leads_detail::withdraw'
mutation crm-answers-by-id src/import/crm.rs \
    '            let question = position(q).map_or(q.as_str(), |i| questions[i].label.as_str());' \
    '            let question = q.as_str();' \
    '--lib import::crm;--test central csv::answers_by_their_wording'
mutation batch-v3-without-wording src/batch/write.rs \
    '        questions: Some(super::QuestionWording::of_event(req.event)),' \
    '        questions: None,' \
    '--test batch cli;--test central csv::answers_by_their_wording'
# --- show figures (issue 17) -------------------------------------------------
mutation stats-count-erased-leads src/store/stats.rs \
    'WHERE l.event_id = ?1 AND l.erased_at IS NULL' \
    'WHERE l.event_id = ?1' \
    '--test central booth_stats;--test booth stats::the_screen'
mutation stats-withdrawn-as-granted src/stats.rs \
    '                Decision::Withdrawn => counts.withdrawn += 1,' \
    '                Decision::Withdrawn => counts.granted += 1,' \
    '--lib -- stats::;--test central report'
mutation stats-in-the-kiosk src/tui/mode.rs \
    '    pub fn has_statistics(self) -> bool {\n        self == BoothMode::Staff' \
    '    pub fn has_statistics(self) -> bool {\n        true || self == BoothMode::Staff' \
    '--test booth the_kiosk_cannot_reach'
mutation report-html-not-escaped src/report/html.rs \
    "            '<' => out.push_str(\"&lt;\")," \
    "            '<' => out.push('<')," \
    '--lib -- report::html;--test central naughty'
# --- languages: what is recorded, carried and imported (issue 18) -----------
mutation language-asked-is-the-shown-one src/lead.rs \
    '                language_asked: Some(code(chosen)),' \
    '                language_asked: Some(code(shown.language)),' \
    '--lib -- lead::tests::a_gap_in_the_language_asked_for;--test central language_asked'
mutation record-in-the-default-wording src/lead.rs \
    '            let shown = event.purpose_label(i, chosen);' \
    '            let shown = event.purpose_label(i, event.default_language());' \
    '--test booth the_consent_record_holds;--test tmux language'
mutation central-drops-language-asked src/central/stored.rs \
    '            language_asked: c.language_asked.clone(),\n            ticked_at: c.ticked_at,' \
    '            language_asked: None,\n            ticked_at: c.ticked_at,' \
    '--test central language_asked'
mutation wording-hash-not-checked src/batch/rules.rs \
    '            if p.text_sha256 != crate::policy::sha256_hex(p.text.as_bytes()) {' \
    '            if false && p.text_sha256 != crate::policy::sha256_hex(p.text.as_bytes()) {' \
    '--test batch every_mutation'
mutation policy-not-in-the-attendee-language src/tui/policy.rs \
    '        let policy = event.policy_in(lang);' \
    '        let policy = &event.policy;' \
    '--test booth the_policy_and_its_qr_code_follow'
mutation lead-cites-the-default-policy src/lead.rs \
    '            .unwrap_or_else(|| PolicyRef::of(event.policy_in(chosen))),' \
    '            .unwrap_or_else(|| PolicyRef::of(&event.policy)),' \
    '--test central german_policy;--test booth the_policy_and_its_qr_code_follow'
mutation draft-language-not-restored src/tui/draft.rs \
    '        if let Some(lang) = self.language {' \
    '        if let Some(lang) = self.language.filter(|_| false) {' \
    '--test booth a_recovered_draft_comes_back'
# --- the tests' own checks --------------------------------------------------
mutation terminal-text-not-sanitised src/text.rs \
    '    if !needs {\n        return Cow::Borrowed(s);' \
    '    if !needs || true {\n        return Cow::Borrowed(s);' \
    '--test tmux escapes;--test tmux blns;--test cli output'
mutation booth-draws-a-fixed-120x40 src/tui.rs \
    'let terminal = match ratatui::try_init() {' \
    'let terminal = match ratatui::try_init_with_options(ratatui::TerminalOptions { viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 120, 40)) }) {' \
    '--test tmux terminal::resizing'
mutation leads-add-never-confirms src/cli/leads.rs \
    '    file: &std::path::Path,\n) -> anyhow::Result<ExitCode> {\n' \
    '    file: &std::path::Path,\n) -> anyhow::Result<ExitCode> {\n    std::thread::sleep(std::time::Duration::from_secs(3600));\n' \
    '--test reliability sigkill_at_random_moments'

# apply FILE FROM TO: replaces the one occurrence of FROM in FILE with TO (perl
# strings, `\n` a line break); fails naming how often FROM was found otherwise.
apply() {
    FROM=$2 TO=$3 perl -0777 -i -pe '
        BEGIN { ($from, $to) = map { s/\\n/\n/gr } @ENV{qw(FROM TO)} }
        $n = () = /\Q$from\E/g;
        die "found $n times\n" unless $n == 1;
        s/\Q$from\E/$to/;
    ' "$1"
}

if [ "${1:-}" = "--check" ]; then
    bad=0
    for i in "${!NAMES[@]}"; do
        tmp=$(mktemp)
        cp "${FILES[$i]}" "$tmp"
        if apply "$tmp" "${FROMS[$i]}" "${TOS[$i]}" 2>"$tmp.err"; then
            printf 'applies      %s\n' "${NAMES[$i]}"
        else
            printf 'NOT APPLIED  %-32s %s: the text to break is %s' "${NAMES[$i]}" "${FILES[$i]}" "$(cat "$tmp.err")"
            echo
            bad=1
        fi
        rm -f "$tmp" "$tmp.err"
    done
    exit $bad
fi
if [ "${1:-}" = "--list" ]; then
    for i in "${!NAMES[@]}"; do
        printf '%-32s %-26s cargo test %s\n' "${NAMES[$i]}" "${FILES[$i]}" "${TESTS[$i]}"
    done
    exit 0
fi
selected=()
if [ "$#" -gt 0 ]; then
    for want in "$@"; do
        found=
        for i in "${!NAMES[@]}"; do
            [ "${NAMES[$i]}" = "$want" ] && selected+=("$i") && found=1
        done
        [ -n "$found" ] || { echo "mutation-check: no mutation named $want (see --list)" >&2; exit 2; }
    done
else
    selected=("${!NAMES[@]}")
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/leadbooth-mutants.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The tests find the shared corpus at ../shared beside the crate.
mkdir "$work/leadbooth"
ln -s "$(cd "$repo/.." && pwd)/shared" "$work/shared"
tar -C "$repo" --exclude=./target --exclude=./.git -cf - . | tar -C "$work/leadbooth" -xf -
copy="$work/leadbooth"
export CARGO_TARGET_DIR="$repo/target/mutation-check"
export CARGO_TERM_COLOR=never

# run_tests SPEC LOG: every `;`-separated cargo test command of SPEC; 0 if all pass.
run_tests() {
    local spec=$1 log=$2 status=0 cmd
    : >"$log"
    IFS=';' read -ra cmds <<<"$spec"
    for cmd in "${cmds[@]}"; do
        # shellcheck disable=SC2086 # the words of one cargo test command
        (cd "$copy" && timeout 1800 cargo test --locked $cmd) >>"$log" 2>&1 || status=1
    done
    return $status
}

echo "mutation-check: baseline (the tests must pass unchanged)"
declare -A baseline_done
for i in "${selected[@]}"; do
    IFS=';' read -ra cmds <<<"${TESTS[$i]}"
    for cmd in "${cmds[@]}"; do
        [ -n "${baseline_done[$cmd]:-}" ] && continue
        baseline_done[$cmd]=1
        if ! run_tests "$cmd" "$work/baseline.log"; then
            echo "mutation-check: cargo test $cmd fails without any mutation:" >&2
            grep -E '^test .* FAILED$|panicked' "$work/baseline.log" | head -20 >&2
            exit 1
        fi
    done
done

failed=0
for i in "${selected[@]}"; do
    name=${NAMES[$i]} file=${FILES[$i]}
    # The file is kept from the copy, not read again from the working tree: the
    # tree may move while the check runs (a merge), and a mutant must differ from
    # the copied source in exactly its one text.
    cp "$copy/$file" "$work/unchanged"
    if ! apply "$copy/$file" "${FROMS[$i]}" "${TOS[$i]}" 2>"$work/apply.err"; then
        printf 'NOT APPLIED  %-32s %s: the text to break is %s (a refactor moved it: update this script)\n' \
            "$name" "$file" "$(cat "$work/apply.err")"
        failed=1
        cp "$work/unchanged" "$copy/$file"
        continue
    fi
    if run_tests "${TESTS[$i]}" "$work/$name.log"; then
        printf 'MISSED       %-32s no test failed (cargo test %s)\n' "$name" "${TESTS[$i]}"
        failed=1
    elif grep -q 'could not compile' "$work/$name.log"; then
        printf 'NO BUILD     %-32s %s\n' "$name" "$(grep -m1 '^error' "$work/$name.log")"
        failed=1
    else
        caught=$(grep -E '^test .* FAILED$' "$work/$name.log" | sed -E 's/^test (.*) \.\.\. FAILED$/\1/' | tr '\n' ' ')
        if [ -n "$caught" ]; then
            printf 'caught       %-32s by %s\n' "$name" "$caught"
        else
            printf 'UNCLEAR      %-32s the tests stopped without a failing test (timeout?)\n' "$name"
            failed=1
        fi
    fi
    cp "$work/unchanged" "$copy/$file"
done
exit $failed

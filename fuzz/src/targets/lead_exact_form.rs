//! One `leads.jsonl` line: the import's hand-written exact form of the lead
//! it reads as (`batch::rules::write_lead`, issue 15) is serde_json's, byte for
//! byte. The exact-form check accepts a line when the hand-written bytes equal
//! it, so any difference would let through a line the booth never writes.
//! A fast target of its own: `batch_leads` runs whole batches, a few thousand
//! inputs a minute, too few to reach a rare escape.

/// One input.
pub fn run(data: &[u8]) {
    assert!(
        leadbooth::batch::rules::write_lead_agrees_with_serde(data),
        "write_lead and serde_json write this lead differently"
    );
}

//! First use under concurrency: several commands started at once on a brand-new
//! data dir (or imports into a new central file) all find the schema migrated
//! once, never "table already exists".

use std::process::{Child, Stdio};

use crate::support::booth::lead_lines;
use crate::support::central::{Central, Laptop, Sqlite, id, lead};
use crate::support::{Booth, stderr};
use serde_json::json;

fn spawn(mut c: std::process::Command, stdin: Option<Vec<u8>>) -> (Child, Option<Vec<u8>>) {
    c.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    (c.spawn().unwrap(), stdin)
}

fn finish((mut child, stdin): (Child, Option<Vec<u8>>)) -> std::process::Output {
    use std::io::Write;
    {
        let mut si = child.stdin.take().unwrap();
        if let Some(bytes) = stdin {
            // A command that failed early has closed its input: its status
            // and stderr say why.
            let _ = si.write_all(&bytes);
        }
    }
    child.wait_with_output().unwrap()
}

#[test]
fn commands_started_together_on_a_new_data_dir_all_succeed() {
    let mut failures = Vec::new();
    for round in 0..8 {
        let booth = Booth::new();
        let children: Vec<_> = (0..4)
            .map(|i| match i % 2 {
                0 => spawn(booth.cmd(&["leads", "list"]), None),
                _ => spawn(
                    booth.cmd(&["leads", "add", "-"]),
                    Some(lead_lines(&format!("r{round}p{i}x"), 1).into_bytes()),
                ),
            })
            .collect();
        for (i, child) in children.into_iter().enumerate() {
            let out = finish(child);
            if !out.status.success() {
                failures.push(format!("round {round}, command {i}: {}", stderr(&out)));
            }
        }
        if failures.is_empty() {
            assert_eq!(booth.leads().len(), 2, "round {round}");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn two_imports_into_a_new_central_file_both_succeed() {
    let a = Laptop::new("Sam");
    let b = Laptop::new("Alex");
    for (laptop, n) in [(&a, 1), (&b, 2)] {
        laptop.add(&[lead(
            &id(n),
            "Ann",
            "Lee",
            &format!("ann{n}@example.com"),
            "09:00",
            &["policy_ack"],
            json!({}),
        )]);
    }
    let (a1, b1) = (a.export(), b.export());
    let mut failures = Vec::new();
    for round in 0..6 {
        let central = Central::new(&Sqlite);
        central.trust_laptop(&a, "a");
        central.trust_laptop(&b, "b");
        let children: Vec<_> = [&a1, &b1]
            .into_iter()
            .map(|batch| spawn(central.import_command(&[batch], &[]), None))
            .collect();
        let outs: Vec<_> = children.into_iter().map(finish).collect();
        for out in outs {
            if !out.status.success() {
                failures.push(format!("round {round}: {}", stderr(&out)));
            }
        }
        if failures.is_empty() {
            assert_eq!(central.count("batches"), 2, "round {round}");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

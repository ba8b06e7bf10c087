//! The Debian package, end to end: packaging/build-deb.sh builds it (one release
//! build and one cargo-deb run per test run: everything is checked in one test),
//! `dpkg-deb -x` unpacks it into a temporary root, and the packaged binary, man
//! page, completions and desktop entry are checked there.
//!
//! Needs cargo-deb, dpkg-deb, dpkg-shlibdeps (dpkg-dev) and desktop-file-validate
//! (desktop-file-utils); without them the test prints "SKIP: <tool> missing" and
//! passes, unless LEADBOOTH_REQUIRE_TOOLS=1.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Instant;

use crate::support::have_tool;

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn text(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// The target dir of the build running this test (`.../target/debug/leadbooth`),
/// so the release build reuses it whatever CARGO_TARGET_DIR says.
fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_leadbooth"))
        .ancestors()
        .nth(2)
        .unwrap()
        .to_owned()
}

#[test]
fn deb_builds_unpacks_and_runs() {
    // dpkg-shlibdeps (package dpkg-dev) is how cargo-deb fills in Depends.
    let tools = [
        "cargo-deb",
        "dpkg-deb",
        "dpkg-shlibdeps",
        "desktop-file-validate",
    ];
    if !tools.iter().all(|t| have_tool(t)) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();

    let started = Instant::now();
    let built = run(
        Command::new(Path::new(MANIFEST_DIR).join("packaging/build-deb.sh"))
            .arg("--output")
            .arg(&out_dir)
            .env("CARGO_TARGET_DIR", target_dir())
            // `cargo test` passes the debug build's LEADBOOTH_GIT_COMMIT to tests; the
            // script must find the commit itself, as it does for a person.
            .env_remove("LEADBOOTH_GIT_COMMIT")
            .stdin(Stdio::null()),
    );
    eprintln!("packaging/build-deb.sh took {:.0?}", started.elapsed());
    let deb = PathBuf::from(text(&built).lines().last().unwrap_or_default().trim());
    assert!(
        deb.is_file() && deb.starts_with(&out_dir),
        "the script's last line is not the .deb: {deb:?}"
    );

    // Control fields.
    let info = text(&run(Command::new("dpkg-deb").arg("--field").arg(&deb)));
    for field in [
        "Package: leadbooth",
        &format!("Version: {}", env!("CARGO_PKG_VERSION")),
        "Depends: ",
        "Description: ",
    ] {
        assert!(info.contains(field), "control lacks {field:?}:\n{info}");
    }

    // Unpack into a temporary root; every asset is where the system looks for it.
    let root = tmp.path().join("root");
    run(Command::new("dpkg-deb").arg("-x").arg(&deb).arg(&root));
    for file in [
        "usr/bin/leadbooth",
        "usr/share/man/man1/leadbooth.1.gz",
        "usr/share/bash-completion/completions/leadbooth",
        "usr/share/zsh/vendor-completions/_leadbooth",
        "usr/share/fish/vendor_completions.d/leadbooth.fish",
        "usr/share/applications/leadbooth.desktop",
        "usr/share/icons/hicolor/scalable/apps/leadbooth.svg",
        "usr/share/leadbooth/example-event.toml",
        "usr/share/leadbooth/privacy-policy.md",
        "usr/share/doc/leadbooth/copyright",
    ] {
        assert!(root.join(file).is_file(), "{file} is not in the package");
    }
    assert_eq!(
        std::fs::read(root.join("usr/share/leadbooth/privacy-policy.md")).unwrap(),
        leadbooth::policy::DEFAULT_POLICY.as_bytes(),
        "the packaged policy is the built-in one"
    );

    let bin = root.join("usr/bin/leadbooth");
    let packaged = |args: &[&str]| {
        let mut c = Command::new(&bin);
        c.args(args)
            .env_remove("LEADBOOTH_CONFIG")
            .env_remove("LEADBOOTH_DATA_DIR")
            .env("HOME", tmp.path().join("home"))
            .env("XDG_CONFIG_HOME", tmp.path().join("xdg-config"))
            .env("XDG_DATA_HOME", tmp.path().join("xdg-data"))
            .stdin(Stdio::null());
        c.output().unwrap()
    };

    // --version: the package version and the commit it was built from.
    let version = packaged(&["--version"]);
    assert!(version.status.success());
    let version = text(&version);
    let (name_ver, commit) = version
        .trim()
        .split_once(" (")
        .unwrap_or_else(|| panic!("no commit in {version:?}"));
    assert_eq!(name_ver, concat!("leadbooth ", env!("CARGO_PKG_VERSION")));
    let commit = commit.trim_end_matches(')');
    match Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(MANIFEST_DIR)
        .output()
    {
        Ok(out) if out.status.success() => {
            let head = text(&out);
            assert!(
                commit == head.trim() || commit == format!("{}-dirty", head.trim()),
                "{version:?} does not name HEAD {head}"
            );
        }
        _ => eprintln!("no git checkout: the commit in {version:?} is not compared"),
    }

    // doctor on a fresh data dir, with the packaged example event: it runs,
    // reports, and does not create the data dir.
    let data = tmp.path().join("data");
    let example = root.join("usr/share/leadbooth/example-event.toml");
    let doctor = packaged(&[
        "--data-dir",
        data.to_str().unwrap(),
        "--config",
        example.to_str().unwrap(),
        "doctor",
    ]);
    let report = text(&doctor);
    assert_eq!(doctor.status.code(), Some(0), "{report}");
    assert!(report.contains("my-expo-2026"), "{report}");
    assert!(report.contains("run `leadbooth keys init`"), "{report}");
    assert!(!data.exists());

    // manpage: the same page as the packaged one (the man page is generated).
    let page = packaged(&["manpage"]);
    assert!(page.status.success());
    assert!(text(&page).contains(".TH leadbooth 1 "));
    let gz = run(Command::new("gzip")
        .arg("-dc")
        .arg(root.join("usr/share/man/man1/leadbooth.1.gz")));
    assert!(String::from_utf8_lossy(&gz.stdout).contains("leadbooth doctor"));

    // The packaged bash completion parses.
    run(Command::new("bash")
        .arg("-n")
        .arg(root.join("usr/share/bash-completion/completions/leadbooth")));

    // The desktop entry validates and opens the booth in a terminal.
    let desktop = root.join("usr/share/applications/leadbooth.desktop");
    let check = run(Command::new("desktop-file-validate").arg(&desktop));
    assert!(
        check.stdout.is_empty(),
        "desktop-file-validate: {}",
        text(&check)
    );
    let entry = std::fs::read_to_string(&desktop).unwrap();
    assert!(entry.contains("\nTerminal=true\n") && entry.contains("\nExec=leadbooth\n"));

    release_binary_has_no_test_hooks(&bin, tmp.path());
    eprintln!("whole packaging test took {:.0?}", started.elapsed());
}

/// The shipped binary (from `cargo build --release`, as packaged) carries none
/// of the test hooks: neither variable's name is in it, and run in tmux with both
/// set it neither panics after its first frame, nor writes the report, nor quits.
fn release_binary_has_no_test_hooks(bin: &Path, tmp: &Path) {
    use crate::support::tmux::{Tmux, sh_quote};
    let bytes = std::fs::read(bin).unwrap();
    for name in ["LEADBOOTH_TEST_PANIC", "LEADBOOTH_BENCH_FIRST_FRAME"] {
        assert!(
            !bytes.windows(name.len()).any(|w| w == name.as_bytes()),
            "the release binary holds {name}"
        );
    }
    if !have_tool("tmux") {
        return;
    }
    let report = tmp.join("first-frame.txt");
    let cmd = format!(
        "env -u LEADBOOTH_CONFIG HOME={home} XDG_CONFIG_HOME={home} LEADBOOTH_TEST_PANIC=1 \
         LEADBOOTH_BENCH_FIRST_FRAME={report} {bin} --data-dir {data} --staff Sam; echo EXITED $?; sleep 600",
        home = sh_quote(&tmp.join("hooks-home").display().to_string()),
        report = sh_quote(&report.display().to_string()),
        bin = sh_quote(&bin.display().to_string()),
        data = sh_quote(&tmp.join("hooks-data").display().to_string()),
    );
    let t = Tmux::start("lb-release-hooks", 100, 32, &cmd);
    t.wait_for("Demo Expo 2026");
    // Still taking keys after its first frame.
    t.type_text("Hooks");
    let s = t.wait_for("Hooks");
    assert!(!s.contains("EXITED"), "{s}");
    assert!(
        !report.exists(),
        "the release binary wrote {}",
        report.display()
    );
    t.keys(&["C-q"]);
    t.wait_for("Quit?");
    t.person_keys(&["y"]);
    t.wait_for("EXITED 0");
}

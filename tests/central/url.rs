//! What `--into` does with a password (issue 15, as a marketing-ops person meets
//! it): a URL that is not PostgreSQL's is refused, never taken for a file name
//! and printed or logged with its password; a password written on the command
//! line is warned about, never echoed. No server is needed: each case fails
//! before connecting, or connects to port 1, where nobody listens.

use std::path::Path;
use std::process::Output;

use crate::support::central::{Central, Laptop, Sqlite};
use crate::support::stderr;

const SECRET: &str = "Hunter2-in-the-url";

/// `leadbooth ARGS` in `cwd` with its data dir there, `LEADBOOTH_CENTRAL` set
/// to `env` (or unset), in English.
fn run(cwd: &Path, args: &[&std::ffi::OsStr], env: Option<&str>) -> Output {
    let mut c = std::process::Command::new(crate::support::bin());
    c.current_dir(cwd)
        .arg("--data-dir")
        .arg(cwd.join("office"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("PGPASSWORD")
        .env("LANG", "C");
    match env {
        Some(v) => c.env("LEADBOOTH_CENTRAL", v),
        None => c.env_remove("LEADBOOTH_CENTRAL"),
    };
    c.output().unwrap()
}

/// `central show ann@example.com`, the URL in `--into` or in
/// `LEADBOOTH_CENTRAL`.
fn central_show(cwd: &Path, into: Option<&str>, env: Option<&str>) -> Output {
    let mut args: Vec<&std::ffi::OsStr> = vec![
        "central".as_ref(),
        "show".as_ref(),
        "ann@example.com".as_ref(),
    ];
    if let Some(url) = into {
        args.push("--into".as_ref());
        args.push(url.as_ref());
    }
    run(cwd, &args, env)
}

/// Every file under `dir`, as text, joined.
fn everything_under(dir: &Path) -> String {
    let mut all = String::new();
    for e in walkdir(dir) {
        all.push_str(&e.display().to_string());
        all.push('\n');
        all.push_str(&String::from_utf8_lossy(
            &std::fs::read(&e).unwrap_or_default(),
        ));
    }
    all
}

fn walkdir(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walkdir(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// A mistyped scheme (`postgress://`, `postgresql:/`, `pg://`) was taken for an
/// SQLite file name: `central show` printed "--into postgress://office:PASSWORD@…:
/// no such central database" to the terminal and the log, and `import` named the
/// "folder" `postgresql:/office:PASSWORD@…` the same way. It is refused as a URL
/// that is not PostgreSQL's, naming how it begins, without the password, and no
/// file is created.
#[test]
fn a_mistyped_url_is_refused_without_its_password() {
    let (laptop, b1) = Laptop::with_one_batch();
    let central = Central::new(&Sqlite);
    central.trust_laptop(&laptop, "sam");
    for (url, begins) in [
        (
            format!("postgress://office:{SECRET}@127.0.0.1:1/leads"),
            "postgress://",
        ),
        (
            format!("postgresql:/office:{SECRET}@127.0.0.1:1/leads"),
            "postgresql:/",
        ),
        (format!("pg://office:{SECRET}@127.0.0.1:1/leads"), "pg://"),
    ] {
        let cwd = tempfile::tempdir().unwrap();
        let show = central_show(cwd.path(), Some(&url), None);
        let import = run(
            cwd.path(),
            &[
                "import".as_ref(),
                b1.as_os_str(),
                "--trust".as_ref(),
                central.trust().as_os_str(),
            ],
            Some(&url),
        );
        for (what, out) in [("central show", &show), ("import", &import)] {
            let err = stderr(out);
            assert_eq!(out.status.code(), Some(1), "{what} {url}: {err}");
            assert!(
                err.contains(&format!(
                    "--into: not a usable PostgreSQL URL (it begins \"{begins}\", not postgres:// or postgresql://)"
                )),
                "{what} {url}: {err}"
            );
            assert!(!err.contains(SECRET), "{what} printed the password: {err}");
        }
        let files = everything_under(cwd.path());
        assert!(!files.contains(SECRET), "the password was written: {files}");
        let made: Vec<_> = walkdir(cwd.path())
            .into_iter()
            .filter(|p| !p.ends_with("office/logs/leadbooth.log"))
            .collect();
        assert!(made.is_empty(), "a file was made of the URL: {made:?}");
    }
}

/// A password inside `--into` on the command line is visible to every user of
/// the computer (`ps`) and kept in the shell's history: the command says so,
/// naming the two ways to keep it off, and never repeats it. The same URL from
/// `LEADBOOTH_CENTRAL` is not warned about.
#[test]
fn a_password_on_the_command_line_is_warned_about() {
    let url = format!("postgres://office:{SECRET}@127.0.0.1:1/leads");
    let cwd = tempfile::tempdir().unwrap();
    let warning = "leadbooth: warning: --into holds a password, which other users of this computer can see (ps) and the shell history keeps: put the URL in LEADBOOTH_CENTRAL, or leave the password out of it and set PGPASSWORD";
    let argv = central_show(cwd.path(), Some(&url), None);
    let err = stderr(&argv);
    assert_eq!(argv.status.code(), Some(1), "{err}");
    assert!(err.contains(warning), "{err}");
    assert!(
        err.contains("database postgres://office@127.0.0.1:1/leads: connecting: "),
        "{err}"
    );
    assert!(!err.contains(SECRET), "{err}");
    let env = central_show(cwd.path(), None, Some(&url));
    let err = stderr(&env);
    assert_eq!(env.status.code(), Some(1), "{err}");
    assert!(!err.contains("warning"), "{err}");
    assert!(!err.contains(SECRET), "{err}");
    let files = everything_under(cwd.path());
    assert!(!files.contains(SECRET), "the password was written: {files}");
}

/// A password with an `@` (or `/`) written into the URL as it is: the driver
/// read the part after its first `@` as the host and database, and the message
/// named the server as `postgres://office@ss:5432/w0rd@127.0.0.1/leads`, half
/// the password. A URL with two `@` is refused, saying to percent-encode them
/// or to use `PGPASSWORD`, and none of it is repeated.
#[test]
fn a_password_with_an_at_sign_is_refused_without_it() {
    let cwd = tempfile::tempdir().unwrap();
    let url = "postgres://office:Hun@ter2/in-url@127.0.0.1:1/leads";
    let out = central_show(cwd.path(), None, Some(url));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("--into: not a usable PostgreSQL URL (more than one @: write an @, /, : or # in the user or password as %40, %2F, %3A, %23, or give the password in PGPASSWORD)"),
        "{err}"
    );
    for piece in ["Hun", "ter2", "in-url"] {
        assert!(!err.contains(piece), "{err}");
        assert!(!everything_under(cwd.path()).contains(piece));
    }
}

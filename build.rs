//! Records the git commit the binary is built from, for `leadbooth --version`.

use std::path::Path;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    Command::new("git")
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

fn main() {
    println!("cargo:rerun-if-env-changed=LEADBOOTH_GIT_COMMIT");
    // A commit given from outside (a tarball build, the fuzz build) is all
    // there is to know: HEAD is not watched, so a new commit does not rebuild
    // the library.
    if let Ok(commit) = std::env::var("LEADBOOTH_GIT_COMMIT") {
        println!("cargo:rustc-env=LEADBOOTH_GIT_COMMIT={commit}");
        return;
    }
    let commit =
        git(&["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown commit".to_owned());
    println!("cargo:rustc-env=LEADBOOTH_GIT_COMMIT={commit}");
    // Rebuild when HEAD moves. `--git-path` resolves worktrees and packed refs;
    // only name files that exist, or cargo reruns this script on every build.
    let mut watch = vec!["HEAD".to_owned(), "packed-refs".to_owned()];
    if let Some(r) = git(&["symbolic-ref", "-q", "HEAD"]) {
        watch.push(r);
    }
    for name in watch {
        if let Some(p) = git(&["rev-parse", "--git-path", &name])
            && Path::new(&p).exists()
        {
            println!("cargo:rerun-if-changed={p}");
        }
    }
}

//! A folder no one may write into, not even root (the tests run as root): a
//! read-only tmpfs where mounting is allowed, else a folder of /proc. For the
//! tests of what an export says when the operating system refuses it.

use std::path::PathBuf;
use std::process::Command;

/// The folder; unmounted when dropped.
pub struct ReadOnlyFolder {
    dir: tempfile::TempDir,
    mounted: bool,
}

impl ReadOnlyFolder {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "ro,size=8k,mode=0755", "tmpfs"])
            .arg(dir.path())
            .output()
            .is_ok_and(|o| o.status.success());
        if !mounted {
            eprintln!("cannot mount a read-only tmpfs: /proc/self/fdinfo stands in");
        }
        ReadOnlyFolder { dir, mounted }
    }

    /// The path to give as the export target.
    pub fn path(&self) -> PathBuf {
        if self.mounted {
            self.dir.path().to_owned()
        } else {
            "/proc/self/fdinfo".into()
        }
    }

    /// The export target as the export names it (absolute, links resolved),
    /// up to the partial folder's name; the child's own pid stands in /proc.
    pub fn shown(&self, stderr: &str) -> String {
        if self.mounted {
            std::fs::canonicalize(self.dir.path())
                .unwrap()
                .display()
                .to_string()
        } else {
            let at = stderr.find("/proc/").expect(stderr);
            let end = stderr[at..].find("/fdinfo").expect(stderr) + at;
            format!("{}/fdinfo", &stderr[at..end])
        }
    }

    /// The operating system's words for the refusal.
    pub fn reason(&self) -> String {
        let errno = if self.mounted { 30 } else { 2 };
        std::io::Error::from_raw_os_error(errno).to_string()
    }
}

impl Drop for ReadOnlyFolder {
    fn drop(&mut self) {
        if self.mounted {
            let _ = Command::new("umount").arg(self.dir.path()).status();
        }
    }
}

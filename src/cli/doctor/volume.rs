//! Whether a folder is on an encrypted volume: on Linux, the mount holding it
//! (`/proc/mounts`, longest matching mount point) and its block device, which
//! is a dm-crypt/LUKS mapping when `/sys/block/<dm-N>/dm/uuid` starts with
//! `CRYPT-` (itself, or any device below it, e.g. LVM on LUKS); `ecryptfs` and
//! `tmpfs` are told apart by the file system type.

use std::path::{Path, PathBuf};

/// What was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Volume {
    /// On dm-crypt (LUKS): the mapping's name.
    Encrypted(String),
    /// On a file system that encrypts (ecryptfs) or keeps nothing at rest (tmpfs).
    Other(String),
    /// Not encrypted: the device and mount point.
    Plain {
        /// The block device.
        device: String,
        /// Its mount point.
        mount: String,
    },
    /// Could not be told (another platform, no /proc).
    Unknown(String),
}

/// The volume of `path` (an existing folder), read from `/proc` and `/sys`.
pub fn volume_of(path: &Path) -> Volume {
    if !cfg!(target_os = "linux") {
        return Volume::Unknown(
            "this platform does not report it to leadbooth; check that FileVault (macOS) or BitLocker (Windows) is on".into(),
        );
    }
    match std::fs::read_to_string("/proc/mounts") {
        Ok(mounts) => classify(path, &mounts, Path::new("/sys/block")),
        Err(e) => Volume::Unknown(format!("cannot read /proc/mounts: {e}")),
    }
}

/// `path`'s volume given the text of `/proc/mounts` and the `/sys/block` folder.
pub fn classify(path: &Path, mounts: &str, sys_block: &Path) -> Volume {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let best = mounts
        .lines()
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            let (dev, mount, fstype) = (f.next()?, unescape(f.next()?), f.next()?);
            path.starts_with(&mount).then_some((dev, mount, fstype))
        })
        .max_by_key(|(_, m, _)| m.as_os_str().len());
    let Some((dev, mount, fstype)) = best else {
        return Volume::Unknown(format!("no mount in /proc/mounts holds {}", path.display()));
    };
    if matches!(fstype, "ecryptfs" | "tmpfs") {
        return Volume::Other(format!("{fstype} at {}", mount.display()));
    }
    let block = std::fs::canonicalize(dev)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| dev.rsplit('/').next().unwrap_or(dev).to_owned());
    match crypt_below(sys_block, &block, 0) {
        Some(name) => Volume::Encrypted(name),
        None => Volume::Plain {
            device: dev.to_owned(),
            mount: mount.display().to_string(),
        },
    }
}

/// The dm-crypt mapping at or below block device `name`, if any.
fn crypt_below(sys_block: &Path, name: &str, depth: u8) -> Option<String> {
    if depth > 8 {
        return None;
    }
    let dev = sys_block.join(name);
    let uuid = std::fs::read_to_string(dev.join("dm/uuid")).unwrap_or_default();
    if uuid.starts_with("CRYPT-") {
        let mapped = std::fs::read_to_string(dev.join("dm/name")).unwrap_or_default();
        return Some(
            format!("{} ({name})", mapped.trim())
                .trim_start()
                .to_owned(),
        );
    }
    let slaves: Vec<PathBuf> = std::fs::read_dir(dev.join("slaves"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    slaves.iter().find_map(|s| {
        let n = s.file_name()?.to_string_lossy().into_owned();
        crypt_below(sys_block, &n, depth + 1)
    })
}

/// `/proc/mounts` escapes space, tab, newline and backslash as octal.
fn unescape(field: &str) -> PathBuf {
    let mut out = String::new();
    let mut rest = field;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let code = rest
            .get(i + 1..i + 4)
            .and_then(|o| u8::from_str_radix(o, 8).ok());
        match code {
            Some(c) => {
                out.push(char::from(c));
                rest = &rest[i + 4..];
            }
            None => {
                out.push('\\');
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    PathBuf::from(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luks_below_lvm_is_found_and_a_plain_disk_is_not() {
        let t = tempfile::tempdir().unwrap();
        let sys = t.path().join("block");
        for (dev, uuid, name, slave) in [
            ("dm-0", "CRYPT-LUKS2-abc-luks-abc", "luks-abc", None),
            ("dm-1", "LVM-xyz", "vg-home", Some("dm-0")),
            ("vda", "", "", None),
        ] {
            let d = sys.join(dev);
            std::fs::create_dir_all(d.join("dm")).unwrap();
            std::fs::create_dir_all(d.join("slaves")).unwrap();
            if !uuid.is_empty() {
                std::fs::write(d.join("dm/uuid"), format!("{uuid}\n")).unwrap();
                std::fs::write(d.join("dm/name"), format!("{name}\n")).unwrap();
            }
            if let Some(s) = slave {
                std::fs::create_dir_all(d.join("slaves").join(s)).unwrap();
            }
        }
        let data = t.path().join("home with space/data");
        std::fs::create_dir_all(&data).unwrap();
        let home = t.path().join("home with space");
        let home_escaped = home.display().to_string().replace(' ', "\\040");
        let mounts = format!(
            "/dev/vda / ext4 rw 0 0\n/dev/dm-1 {home_escaped} ext4 rw 0 0\ntmpfs /run tmpfs rw 0 0\n"
        );
        // /dev/dm-1 does not exist here: its name is taken from the path.
        assert_eq!(
            classify(&data, &mounts, &sys),
            Volume::Encrypted("luks-abc (dm-0)".into())
        );
        let other = t.path().join("elsewhere");
        std::fs::create_dir_all(&other).unwrap();
        assert!(matches!(
            classify(&other, &mounts, &sys),
            Volume::Plain { .. }
        ));
        assert_eq!(
            classify(Path::new("/run"), &mounts, &sys),
            Volume::Other("tmpfs at /run".into())
        );
    }
}

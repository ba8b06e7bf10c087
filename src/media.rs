//! Removable media mounted now (USB sticks, SD cards): where the booth's F5
//! offers to put a batch first. Read from the kernel's mount table
//! (`/proc/self/mounts`) and, for the device behind each mount, sysfs (is it on
//! USB, is it marked removable). Nothing is mounted or changed.
//!
//! A mount counts when its source is a block device (`/dev/...`, so no tmpfs,
//! bind mount of a folder or network share) and one of: it is mounted where
//! desktops and people mount media (`/media/...`, `/run/media/...`, `/mnt/...`);
//! its device is on USB or marked removable; it is a file system sticks and
//! cards come with (FAT, exFAT, NTFS) outside `/boot` and `/efi` (where a
//! laptop's own EFI partition lives).

use std::path::{Path, PathBuf};

/// One mounted removable medium.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Medium {
    /// Where it is mounted.
    pub path: PathBuf,
    /// The file system type (`vfat`, `exfat`, ...).
    pub fs_type: String,
    /// The device (`/dev/sdb1`).
    pub device: String,
}

impl Medium {
    /// The name a person knows it by: the mount point's last part (the
    /// volume label where the desktop mounted it).
    pub fn name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.path.display().to_string())
    }
}

/// File systems USB sticks and SD cards are formatted with.
const MEDIA_FS: [&str; 7] = ["vfat", "msdos", "exfat", "ntfs", "ntfs3", "fuseblk", "udf"];
/// Where people and desktops mount media.
const MEDIA_ROOTS: [&str; 3] = ["/media", "/run/media", "/mnt"];
/// The laptop's own boot and EFI partitions (FAT, but never a stick).
const SYSTEM_ROOTS: [&str; 2] = ["/boot", "/efi"];

/// The removable media mounted now, in mount order (the newest stick last).
/// An unreadable mount table means none.
pub fn removable_media() -> Vec<Medium> {
    match std::fs::read("/proc/self/mounts") {
        Ok(table) => parse_mounts(&table, device_is_removable),
        Err(e) => {
            tracing::warn!("cannot read the mount table: {e}");
            Vec::new()
        }
    }
}

/// The removable media in `table` (the `/proc/mounts` format: device, mount
/// point, type, options, with space, tab, newline and backslash written as
/// octal escapes); `removable(device)` says whether a block device is on USB or
/// marked removable. A read-only mount is left out: no batch can go there.
pub fn parse_mounts(table: &[u8], removable: impl Fn(&str) -> bool) -> Vec<Medium> {
    let mut media: Vec<Medium> = Vec::new();
    for line in table.split(|b| *b == b'\n') {
        let mut fields = line.split(|b| *b == b' ');
        let (Some(dev), Some(at), Some(fs), Some(opts)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let device = String::from_utf8_lossy(&unescape(dev)).into_owned();
        let path = path_of(unescape(at));
        let fs_type = String::from_utf8_lossy(fs).into_owned();
        let read_only = opts.split(|b| *b == b',').any(|o| o == b"ro");
        if !device.starts_with("/dev/") || read_only || path == Path::new("/") {
            continue;
        }
        let under = |roots: &[&str]| roots.iter().any(|r| path.starts_with(r));
        let counts = under(&MEDIA_ROOTS)
            || removable(&device)
            || (MEDIA_FS.contains(&fs_type.as_str()) && !under(&SYSTEM_ROOTS));
        // A medium mounted twice (a bind mount) is offered once, at its first place.
        if counts && !media.iter().any(|m| m.device == device) {
            media.push(Medium {
                path,
                fs_type,
                device,
            });
        }
    }
    media
}

/// A mount point's bytes as a path (Linux paths are bytes, not always UTF-8).
#[cfg(unix)]
fn path_of(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

#[cfg(not(unix))]
fn path_of(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

/// A mount table field with its `\ooo` escapes undone.
fn unescape(field: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(field.len());
    let mut i = 0;
    while i < field.len() {
        let octal = field
            .get(i + 1..i + 4)
            .filter(|d| field[i] == b'\\' && d.iter().all(|c| (b'0'..=b'7').contains(c)));
        match octal {
            Some(d) => {
                let v = d.iter().fold(0u32, |v, c| v * 8 + u32::from(c - b'0'));
                out.push(u8::try_from(v).unwrap_or(b'?'));
                i += 4;
            }
            None => {
                out.push(field[i]);
                i += 1;
            }
        }
    }
    out
}

/// Whether the block device `/dev/NAME` (or the disk a partition is on) is on
/// USB or marked removable, by sysfs.
fn device_is_removable(device: &str) -> bool {
    let Some(name) = device.strip_prefix("/dev/") else {
        return false;
    };
    let Ok(real) = std::fs::canonicalize(Path::new("/sys/class/block").join(name)) else {
        return false;
    };
    if real
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with("usb"))
    {
        return true;
    }
    // A partition's own folder has no `removable`; its disk's has.
    [real.join("removable"), real.with_file_name("removable")]
        .iter()
        .any(|p| std::fs::read_to_string(p).is_ok_and(|s| s.trim() == "1"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "\
/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw,relatime 0 0
tmpfs /mnt/sandbox tmpfs ro,nosuid 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime,fmask=0077 0 0
/dev/sdb1 /media/kari/KINGSTON\\040STICK vfat rw,nosuid,nodev,uid=1000 0 0
/dev/sdc1 /run/media/kari/CARD exfat rw,nosuid 0 0
/dev/sdd1 /srv/usb ext4 rw 0 0
/dev/sde1 /media/kari/LOCKED vfat ro,nosuid 0 0
/dev/sdb1 /home/kari/stick vfat rw 0 0
/dev/sdf1 /data ntfs3 rw 0 0
/dev/sdg1 /media/kari/bad\\033]0;x\\007name vfat rw 0 0
";

    #[test]
    fn sticks_and_cards_are_found_and_system_mounts_are_not() {
        let media = parse_mounts(TABLE.as_bytes(), |d| d == "/dev/sdd1");
        let paths: Vec<String> = media.iter().map(|m| m.path.display().to_string()).collect();
        assert_eq!(
            paths,
            [
                "/media/kari/KINGSTON STICK",
                "/run/media/kari/CARD",
                "/srv/usb",
                "/data",
                "/media/kari/bad\u{1b}]0;x\u{7}name",
            ]
        );
        assert_eq!(media[0].name(), "KINGSTON STICK");
        assert_eq!(media[0].fs_type, "vfat");
        assert_eq!(media[0].device, "/dev/sdb1");
    }

    #[test]
    fn octal_escapes_are_undone_and_anything_else_kept() {
        assert_eq!(unescape(br"a\040b\011c\012d\134e"), b"a b\tc\nd\\e");
        assert_eq!(unescape(br"a\9b\04"), br"a\9b\04");
    }
}

//! A page opened in real headless Chromium (Debian's `chromium`), as the
//! report's readers open it: a fresh profile, no network services, a
//! screenshot, and every console message the page caused.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// What Chromium made of a page.
pub struct Rendered {
    /// The console messages (Chromium logs every one, whatever its level, as
    /// an `INFO:CONSOLE` line on stderr under `--enable-logging=stderr --v=0`).
    pub console: Vec<String>,
    /// The screenshot: (width, height, pixels that are not white).
    pub size: (u32, u32),
    /// Pixels of the screenshot that are not (near) white.
    pub inked: u64,
}

/// Whether `chromium` is on the path; otherwise a printed skip (or a failure
/// under `LEADBOOTH_REQUIRE_TOOLS=1`).
pub fn available(test: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", "command -v chromium"])
        .output()
        .is_ok_and(|o| o.status.success());
    found || super::cannot_run(test, "chromium is not installed (Debian package chromium)")
}

/// Opens `page` (an HTML file) at 1000x2400 and takes a screenshot.
pub fn render(page: &Path) -> Rendered {
    let dir = tempfile::tempdir().unwrap();
    let shot = dir.path().join("shot.png");
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--hide-scrollbars",
            "--window-size=1000,2400",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.canonicalize().unwrap().display()))
        .env("HOME", dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && shot.exists(),
        "chromium failed ({}): {stderr}",
        out.status
    );
    let console = stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_owned)
        .collect();
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let inked = buf[..info.buffer_size()]
        .chunks(channels)
        .filter(|px| px.iter().take(3).any(|c| *c < 240))
        .count() as u64;
    Rendered {
        console,
        size: (info.width, info.height),
        inked,
    }
}

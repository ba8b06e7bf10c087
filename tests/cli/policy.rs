//! `leadbooth policy` through the real binary.

use crate::support::{Booth, policy_sha256};

fn decode_png(path: &std::path::Path) -> String {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.color_type, png::ColorType::Grayscale);
    let (w, h) = (info.width as usize, info.height as usize);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| buf[y * w + x]);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1);
    grids[0].decode().unwrap().1
}

#[test]
fn qr_png_and_svg_encode_the_configured_url() {
    let booth = Booth::new();
    let png_path = booth.dir.path().join("policy.png");
    let svg_path = booth.dir.path().join("policy.svg");
    let out = booth.run(&[
        "policy",
        "qr",
        "--png",
        png_path.to_str().unwrap(),
        "--svg",
        svg_path.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(decode_png(&png_path), "https://example.org/privacy");
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("mm\""), "{svg}");
    let msg = String::from_utf8_lossy(&out.stderr);
    assert!(msg.contains("300 dpi"), "{msg}");

    // An event with its own policy URL.
    let ev = booth.dir.path().join("event.toml");
    std::fs::write(
        &ev,
        "[event]\nid = \"x\"\nname = \"X\"\norganisation = \"O\"\n[policy]\nurl = \"https://x.test/a-much-longer/privacy-policy?lang=en&v=2026\"\n",
    )
    .unwrap();
    let out = booth.run(&[
        "--config",
        ev.to_str().unwrap(),
        "policy",
        "qr",
        "--png",
        png_path.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    assert_eq!(
        decode_png(&png_path),
        "https://x.test/a-much-longer/privacy-policy?lang=en&v=2026"
    );
}

#[test]
fn qr_to_an_unwritable_place_names_the_path() {
    let booth = Booth::new();
    let out = booth.run(&["policy", "qr", "--png", "/nonexistent-dir/x.png"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent-dir/x.png"));
    let out = booth.run(&["policy", "qr"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "usage error without --svg or --png"
    );
}

#[test]
fn show_prints_text_version_and_date() {
    let booth = Booth::new();
    let out = booth.ok(&["policy", "show"]);
    assert!(out.contains("Privacy Policy"));
    assert!(out.contains("last updated: 2012-10-09"));
    let sha = policy_sha256();
    assert!(out.contains(&format!("version (SHA-256): {sha}")));
}

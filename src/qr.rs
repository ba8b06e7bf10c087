//! The QR code that takes an attendee's phone to the full privacy policy.
//!
//! This is domain code: it builds the module matrix and writes print files (PNG,
//! SVG). Drawing it on the terminal is the booth screens' job.
//!
//! Every output carries the standard 4-module light border (the "quiet zone",
//! ISO/IEC 18004 §6.3.8) that phone cameras need to find the code, and uses error
//! correction level M (about 15 % of the code may be damaged or glared over), the
//! usual choice for a URL on a screen or a printed sign.

use std::fmt::Write as _;

use std::io;
use std::path::{Path, PathBuf};

use qrcode::{EcLevel, QrCode};

/// Width, in modules, of the light border around the code on every side.
pub const QUIET_ZONE: usize = 4;

/// Resolution the print outputs are sized for, in dots per inch.
pub const PRINT_DPI: u32 = 300;

/// Physical width of the whole printed code, quiet zone included: 50 mm (≈ 2 in),
/// readable by a phone from about half a metre. At 300 dpi that is ≈ 591 px.
pub const PRINT_WIDTH_MM: f64 = 50.0;

/// Smallest module the print outputs use: 6 px at 300 dpi ≈ 0.5 mm. Long URLs
/// make the code grow beyond [`PRINT_WIDTH_MM`] rather than shrink below this.
pub const MIN_PRINT_MODULE_PX: u32 = 6;

/// Largest module size [`write_png`] accepts, so a typo cannot ask for a
/// gigapixel image.
pub const MAX_MODULE_PX: u32 = 100;

/// Most bytes a version-40 code holds at level M in byte mode.
pub const MAX_BYTES_LEVEL_M: usize = 2331;

const MM_PER_INCH: f64 = 25.4;

/// Why a QR code could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    /// The URL is empty or only whitespace.
    #[error("the QR code's URL is empty")]
    EmptyUrl,
    /// The URL contains a control character (a newline, tab, ESC, ...), which a
    /// phone would open as a broken link.
    #[error("the QR code's URL contains a control character U+{code:04X} at character {index}")]
    ControlCharacter {
        /// Character index (from 0) of the first control character.
        index: usize,
        /// Its code point.
        code: u32,
    },
    /// The URL does not fit in the largest QR code (version 40) at level M.
    #[error(
        "the URL is too long for a QR code: {len} bytes, while a QR code at error-correction \
         level M holds at most {MAX_BYTES_LEVEL_M} (keep policy URLs short so phones read them easily)"
    )]
    TooLong {
        /// The URL's length in bytes (UTF-8).
        len: usize,
    },
    /// Any other failure reported by the encoder.
    #[error("cannot encode the URL as a QR code: {0}")]
    Encode(String),
}

/// Why a QR code file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum QrFileError {
    /// The URL could not be encoded.
    #[error(transparent)]
    Qr(#[from] QrError),
    /// The module size is zero or above [`MAX_MODULE_PX`].
    #[error("QR module size {module_px} px is out of range (1 to {MAX_MODULE_PX} px)")]
    ModuleSize {
        /// The size that was asked for.
        module_px: u32,
    },
    /// Creating, writing, syncing or renaming the file failed.
    #[error("cannot write QR code file {}: {source}", path.display())]
    Io {
        /// The file that was to be written.
        path: PathBuf,
        /// What the operating system said.
        source: io::Error,
    },
    /// The PNG encoder failed.
    #[error("cannot write QR code PNG {}: {source}", path.display())]
    Png {
        /// The file that was to be written.
        path: PathBuf,
        /// What the encoder said.
        source: png::EncodingError,
    },
}

/// The modules of a QR code: a square of dark and light cells, without the quiet
/// zone (use [`QrMatrix::is_dark_padded`] or [`QrMatrix::padded_width`] to include it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    version: i16,
    dark: Vec<bool>,
    /// Light modules around the code on each side ([`QUIET_ZONE`] unless
    /// narrowed with [`QrMatrix::with_quiet_zone`]).
    quiet: usize,
}

impl QrMatrix {
    /// Encodes `url` at error-correction level M in the smallest version that fits.
    ///
    /// Errors: [`QrError::EmptyUrl`], [`QrError::ControlCharacter`],
    /// [`QrError::TooLong`] (over about 2.3 kB), [`QrError::Encode`].
    pub fn encode(url: &str) -> Result<Self, QrError> {
        if url.trim().is_empty() {
            return Err(QrError::EmptyUrl);
        }
        if let Some((index, c)) = crate::text::first_control(url) {
            return Err(QrError::ControlCharacter {
                index,
                code: u32::from(c),
            });
        }
        Self::encode_bytes(url.as_bytes(), EcLevel::M)
    }

    /// Encodes a short text of several lines (`\n` between them; no other control
    /// character) at error-correction level L, the densest: for a receipt shown on
    /// a screen, where nothing covers or damages the code.
    ///
    /// Errors: as [`QrMatrix::encode`].
    pub fn encode_text(text: &str) -> Result<Self, QrError> {
        if text.trim().is_empty() {
            return Err(QrError::EmptyUrl);
        }
        if let Some((index, c)) = text
            .chars()
            .enumerate()
            .find(|(_, c)| c.is_control() && *c != '\n')
        {
            return Err(QrError::ControlCharacter {
                index,
                code: u32::from(c),
            });
        }
        Self::encode_bytes(text.as_bytes(), EcLevel::L)
    }

    fn encode_bytes(bytes: &[u8], level: EcLevel) -> Result<Self, QrError> {
        let code = QrCode::with_error_correction_level(bytes, level).map_err(|e| match e {
            qrcode::types::QrError::DataTooLong => QrError::TooLong { len: bytes.len() },
            other => QrError::Encode(other.to_string()),
        })?;
        let version = match code.version() {
            qrcode::Version::Normal(v) | qrcode::Version::Micro(v) => v,
        };
        Ok(QrMatrix {
            width: code.width(),
            version,
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == qrcode::Color::Dark)
                .collect(),
            quiet: QUIET_ZONE,
        })
    }

    /// The same code with a light border of `modules` (at least 2) on each side:
    /// for a screen too small for the full [`QUIET_ZONE`]; phone readers find a
    /// code with 2 light modules around it.
    pub fn with_quiet_zone(mut self, modules: usize) -> Self {
        self.quiet = modules.max(2);
        self
    }

    /// Side of the code in modules, without the quiet zone (21 for version 1, up to 177).
    pub fn width(&self) -> usize {
        self.width
    }

    /// Side in modules including the quiet zone on both sides: `width() + 2 * QUIET_ZONE`.
    pub fn padded_width(&self) -> usize {
        self.width + 2 * self.quiet
    }

    /// The QR version (1–40): how many data the code holds.
    pub fn version(&self) -> i16 {
        self.version
    }

    /// Whether the module at column `x`, row `y` (from the top-left module, without
    /// the quiet zone) is dark. Outside the code counts as light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// Like [`is_dark`](Self::is_dark) with coordinates that include the quiet zone:
    /// `(0, 0)` is the top-left corner of the light border, and the code itself starts
    /// at `(QUIET_ZONE, QUIET_ZONE)`.
    pub fn is_dark_padded(&self, x: usize, y: usize) -> bool {
        match (x.checked_sub(self.quiet), y.checked_sub(self.quiet)) {
            (Some(x), Some(y)) => self.is_dark(x, y),
            _ => false,
        }
    }

    /// The code as an 8-bit grayscale image, row by row, dark 0 on light 255, with the
    /// quiet zone, each module `module_px` × `module_px` pixels. Returns the side in
    /// pixels and the pixels.
    pub fn to_luma(&self, module_px: u32) -> (u32, Vec<u8>) {
        let px = module_px as usize;
        let side = self.padded_width() * px;
        let mut pixels = Vec::with_capacity(side * side);
        for y in 0..side {
            for x in 0..side {
                pixels.push(if self.is_dark_padded(x / px, y / px) {
                    0
                } else {
                    255
                });
            }
        }
        (side as u32, pixels)
    }

    /// Pixels per module that make the printed code [`PRINT_WIDTH_MM`] wide at
    /// [`PRINT_DPI`], never below [`MIN_PRINT_MODULE_PX`]. Whole pixels keep module
    /// edges sharp. For `https://example.org/privacy` (29 modules + quiet zone = 37)
    /// this is 16 px: a 592 px image, 50.1 mm at 300 dpi.
    pub fn print_module_px(&self) -> u32 {
        let target_px = PRINT_WIDTH_MM / MM_PER_INCH * f64::from(PRINT_DPI);
        let per_module = (target_px / self.padded_width() as f64).round() as u32;
        per_module.max(MIN_PRINT_MODULE_PX)
    }

    /// Physical width of the printed code (quiet zone included) at [`PRINT_DPI`] with
    /// [`print_module_px`](Self::print_module_px), in millimetres.
    pub fn print_width_mm(&self) -> f64 {
        let px = self.padded_width() as f64 * f64::from(self.print_module_px());
        px / f64::from(PRINT_DPI) * MM_PER_INCH
    }

    /// A standalone SVG document of the code; see [`svg`].
    pub fn to_svg(&self) -> String {
        let n = self.padded_width();
        let mm = self.print_width_mm();
        let mut path = String::new();
        // One subpath per horizontal run of dark modules keeps the file small.
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.width && self.is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                let _ = write!(
                    path,
                    "M{} {}h{run}v1h-{run}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                );
            }
        }
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" \
             width=\"{mm:.2}mm\" height=\"{mm:.2}mm\" viewBox=\"0 0 {n} {n}\" \
             shape-rendering=\"crispEdges\">\n\
             <rect width=\"{n}\" height=\"{n}\" fill=\"#ffffff\"/>\n\
             <path fill=\"#000000\" d=\"{path}\"/>\n\
             </svg>\n"
        )
    }
}

/// Pixels per module for a print-ready PNG of `url`; see [`QrMatrix::print_module_px`].
///
/// With this size, `policy qr --png` gives a code about 5 cm wide (quiet zone
/// included) when printed at 300 dpi, which is also written into the PNG.
pub fn recommended_module_px_for_print(url: &str) -> Result<u32, QrError> {
    Ok(QrMatrix::encode(url)?.print_module_px())
}

/// A standalone SVG of the QR code for `url`: a white square with the 4-module quiet
/// zone and one black path of the dark modules. The `viewBox` is in modules
/// (`0 0 N N`, N = modules + 8) so it scales cleanly; `width`/`height` are given in
/// millimetres for booth signage: the same physical size as the print PNG,
/// ≈ 50 mm (2 in, ≈ 591 px at 300 dpi) for a short URL, larger for long ones so a
/// module never drops below ≈ 0.5 mm.
pub fn svg(url: &str) -> Result<String, QrError> {
    Ok(QrMatrix::encode(url)?.to_svg())
}

/// Writes `svg(url)` to `path` atomically (see [`write_png`]).
pub fn write_svg(url: &str, path: &Path) -> Result<(), QrFileError> {
    let doc = svg(url)?;
    crate::fsutil::write_atomic(path, doc.as_bytes()).map_err(io_err(path))
}

/// Writes the QR code for `url` to `path` as an 8-bit grayscale PNG, black on white,
/// with the 4-module quiet zone, each module `module_px` pixels square. The PNG
/// records 300 dpi, so with [`recommended_module_px_for_print`] it prints ≈ 5 cm wide.
///
/// The file appears complete or not at all ([`crate::fsutil::write_atomic`]).
/// Errors name `path`.
pub fn write_png(url: &str, path: &Path, module_px: u32) -> Result<(), QrFileError> {
    if module_px == 0 || module_px > MAX_MODULE_PX {
        return Err(QrFileError::ModuleSize { module_px });
    }
    let matrix = QrMatrix::encode(url)?;
    let (side, pixels) = matrix.to_luma(module_px);
    let png_err = |source| QrFileError::Png {
        path: path.to_owned(),
        source,
    };
    // A QR image is a few hundred KiB at most: encode in memory, then write once.
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, side, side);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        // pHYs: 300 dpi = 11811 pixels per metre, so print dialogs size it right.
        let ppm = (f64::from(PRINT_DPI) / MM_PER_INCH * 1000.0).round() as u32;
        encoder.set_pixel_dims(Some(png::PixelDimensions {
            xppu: ppm,
            yppu: ppm,
            unit: png::Unit::Meter,
        }));
        let mut writer = encoder.write_header().map_err(png_err)?;
        writer.write_image_data(&pixels).map_err(png_err)?;
        writer.finish().map_err(png_err)?;
    }
    crate::fsutil::write_atomic(path, &bytes).map_err(io_err(path))
}

fn io_err(path: &Path) -> impl Fn(io::Error) -> QrFileError + '_ {
    move |source| QrFileError::Io {
        path: path.to_owned(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::{self, File};

    const DEMO: &str = "https://example.org/privacy";

    fn decode_luma(side: usize, pixels: &[u8]) -> String {
        let mut img =
            rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| pixels[y * side + x]);
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "expected exactly one QR code in the image");
        grids[0].decode().expect("QR code decodes").1
    }

    #[test]
    fn demo_url_is_version_3_with_29_modules() {
        let m = QrMatrix::encode(DEMO).unwrap();
        assert_eq!(m.version(), 3);
        assert_eq!(m.width(), 29);
        assert_eq!(m.padded_width(), 37);
        // Finder pattern corner is dark; the quiet zone is light.
        assert!(m.is_dark(0, 0));
        assert!(m.is_dark_padded(QUIET_ZONE, QUIET_ZONE));
        assert!(!m.is_dark_padded(QUIET_ZONE - 1, QUIET_ZONE));
        assert!(!m.is_dark(m.width(), 0));
        assert_eq!(m.print_module_px(), 16);
        assert!(
            (m.print_width_mm() - 50.0).abs() < 0.5,
            "{}",
            m.print_width_mm()
        );
    }

    #[test]
    fn luma_image_decodes_to_the_url() {
        let m = QrMatrix::encode(DEMO).unwrap();
        let (side, px) = m.to_luma(3);
        assert_eq!(side, 37 * 3);
        assert_eq!(decode_luma(side as usize, &px), DEMO);
    }

    #[test]
    fn bad_urls_are_refused_with_a_reason() {
        assert_eq!(QrMatrix::encode("  "), Err(QrError::EmptyUrl));
        assert_eq!(
            QrMatrix::encode("https://x\n"),
            Err(QrError::ControlCharacter {
                index: 9,
                code: 0x0a
            })
        );
        let long = format!("https://example.org/{}", "a".repeat(3000));
        let err = QrMatrix::encode(&long).unwrap_err();
        assert_eq!(err, QrError::TooLong { len: long.len() });
        assert!(err.to_string().contains("too long for a QR code"), "{err}");
    }

    #[test]
    fn png_round_trips_through_a_decoder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("policy-qr.png");
        let module_px = recommended_module_px_for_print(DEMO).unwrap();
        write_png(DEMO, &path, module_px).unwrap();

        let decoder = png::Decoder::new(io::BufReader::new(File::open(&path).unwrap()));
        let mut reader = decoder.read_info().unwrap();
        let info = reader.info();
        assert_eq!(info.color_type, png::ColorType::Grayscale);
        assert_eq!(info.bit_depth, png::BitDepth::Eight);
        assert_eq!((info.width, info.height), (592, 592));
        let dims = info.pixel_dims.expect("pHYs chunk");
        assert_eq!((dims.xppu, dims.unit), (11811, png::Unit::Meter));
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let frame = reader.next_frame(&mut buf).unwrap();
        let side = frame.width as usize;
        // The quiet zone: the whole first row of modules is white.
        assert!(buf[..side * 16].iter().all(|&p| p == 255));
        assert_eq!(decode_luma(side, &buf[..side * side]), DEMO);

        // Only the PNG is left: no temporary file beside it.
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn png_errors_name_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-dir").join("qr.png");
        let err = write_png(DEMO, &path, 8).unwrap_err();
        assert!(matches!(err, QrFileError::Io { .. }));
        assert!(err.to_string().contains("missing-dir"), "{err}");
        assert!(matches!(
            write_png(DEMO, &dir.path().join("a.png"), 0),
            Err(QrFileError::ModuleSize { module_px: 0 })
        ));
    }

    #[test]
    fn png_replaces_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("qr.png");
        fs::write(&path, b"old").unwrap();
        write_png(DEMO, &path, 2).unwrap();
        assert!(fs::read(&path).unwrap().starts_with(b"\x89PNG"));
    }

    #[test]
    fn svg_is_a_standalone_document_with_quiet_zone() {
        let doc = svg(DEMO).unwrap();
        assert!(doc.starts_with("<svg"), "{doc}");
        assert!(doc.contains("xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(doc.contains("viewBox=\"0 0 37 37\""));
        assert!(doc.contains("width=\"50.12mm\""), "{doc}");
        assert!(doc.contains("<rect width=\"37\" height=\"37\" fill=\"#ffffff\"/>"));
        assert_eq!(doc.matches("<path ").count(), 1);
        // The first dark run is the top row of the top-left finder, inside the quiet zone.
        assert!(doc.contains("d=\"M4 4h7v1h-7z"), "{doc}");
        assert!(doc.trim_end().ends_with("</svg>"));

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("qr.svg");
        write_svg(DEMO, &path).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), doc);
    }
}

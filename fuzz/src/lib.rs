//! What the fuzz targets share: an allocation meter (so each target can hold its
//! parser to memory bounded by a multiple of its input), a spreadsheet-formula
//! oracle written independently of leadbooth's own rule, and a batch bench that
//! writes a fuzzed batch folder, signs it with the committed fuzz-only key, and
//! runs the verifier and the importer on it.
//!
//! Nothing here is part of leadbooth: the targets use only its public library API.

pub mod alloc;
pub mod batch;
pub mod formula;
pub mod targets;

/// The fuzz crate's folder (for the committed fixtures).
pub fn fuzz_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch folder for one fuzzing process, in memory when `/dev/shm` exists.
pub fn scratch() -> tempfile::TempDir {
    let shm = std::path::Path::new("/dev/shm");
    let builder = || {
        let mut b = tempfile::Builder::new();
        b.prefix("leadbooth-fuzz-");
        b
    };
    if shm.is_dir()
        && let Ok(dir) = builder().tempdir_in(shm)
    {
        return dir;
    }
    builder().tempdir().expect("a temporary folder")
}

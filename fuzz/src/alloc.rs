//! A counting global allocator: the peak of live heap bytes while a parser runs,
//! so a target can assert that no parser allocates more than a bounded multiple
//! of its input (a length field believed, a quadratic copy, a buffer that grows
//! with every retry).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// The system allocator, counting.
pub struct Counting;

fn grew(by: usize) {
    let now = LIVE.fetch_add(by, Relaxed) + by;
    PEAK.fetch_max(now, Relaxed);
}

// SAFETY: every call is passed on to the system allocator unchanged; only two
// atomic counters are updated besides.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract is passed on.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` and returns its result and the most heap it had live at once
/// beyond what was live before (threads it spawns included).
pub fn peak_during<R>(f: impl FnOnce() -> R) -> (R, usize) {
    warm_up();
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let r = f();
    (r, PEAK.load(Relaxed).saturating_sub(base))
}

/// Builds leadbooth's tables that are built once per process on first use (the
/// country names, ~300 KB; the shipped messages of every language, ~2.5 MB of
/// Fluent bundles, which a refused attendee row now needs for its reason): a
/// fixed cost, which must not count as the allocation of whichever input
/// happens to need them first.
fn warm_up() {
    use leadbooth::i18n::{self, Language};
    let _ = leadbooth::country::code_for("Germany");
    let _ = i18n::staff();
    for lang in Language::ALL {
        let _ = i18n::format(lang, i18n::msg::ATTRACT_WELCOME, []);
    }
}

/// Panics (a libFuzzer crash) when `peak` exceeds `per_byte` times `input`
/// bytes plus `fixed`: the parser's buffers are allowed, growth with the input
/// beyond the factor is not.
pub fn assert_bounded(what: &str, input: usize, peak: usize, per_byte: usize, fixed: usize) {
    let limit = input.saturating_mul(per_byte).saturating_add(fixed);
    assert!(
        peak <= limit,
        "{what}: {peak} bytes allocated at once for {input} bytes of input \
         (limit {per_byte} x input + {fixed})"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by attendee_csv after the country table became a lazily built
    /// map: the first row with a country "allocated" 310 KB for 144 bytes.
    #[test]
    fn a_table_built_once_is_not_counted_for_an_input() {
        let (code, peak) = peak_during(|| leadbooth::country::normalise("last"));
        assert!(code.is_err());
        assert_bounded("country::normalise", 4, peak, 32, 64 << 10);
    }
}

//! The booth TUI (SPEC.md "The TUI"): the capture form, the policy view with its QR
//! code, the lead list and the staff picker, on the same domain and store as the
//! command line; kiosk mode (attract screen, staff PIN); drafts of the staff form.
//!
//! [`run_booth`] takes the booth lock, opens the store, sets up the terminal and
//! signals, and runs the [`App`] loop: read every pending event, update, draw once.

use std::io::{self, IsTerminal as _};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event as TermEvent,
};
use ratatui::crossterm::execute;

use crate::session::{self, Session};

pub mod action;
pub mod app;
pub mod attract;
pub mod confirm;
pub mod dialog;
pub mod draft;
pub mod duplicate;
pub mod edit;
pub mod export;
pub mod form;
pub mod keys;
pub mod kiosk;
pub mod lead_detail;
pub mod leads;
pub mod markdown;
pub mod message;
pub mod modal;
pub mod mode;
pub mod notice;
pub mod pin;
pub mod policy;
pub mod qr_widget;
pub mod receipt;
pub mod scan;
pub mod scanner_check;
pub mod screen;
pub mod staff;
pub mod stats;
pub mod strings;
pub mod theme;
pub mod viewport;
pub mod when;
pub mod wrap;

pub use app::App;
pub use mode::{BoothMode, Staffing};

/// Why the booth could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The booth database could not be read.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    /// Kiosk mode without a staff PIN: nobody could ever leave it.
    #[error("{}", strings::kiosk_no_pin())]
    NoPin,
    /// The stored staff PIN hash is damaged.
    #[error(transparent)]
    Pin(#[from] crate::pin::PinError),
}

/// How long the loop waits for input before checking signals and message expiry.
const TICK: Duration = Duration::from_millis(200);

/// Where terminal events come from: the terminal, or a script in tests.
pub trait EventSource {
    /// Whether an event is ready within `timeout`.
    fn poll(&mut self, timeout: Duration) -> io::Result<bool>;
    /// The next event (blocks until there is one).
    fn read(&mut self) -> io::Result<TermEvent>;
}

/// The real terminal's events.
#[derive(Debug, Default)]
pub struct TerminalEvents;

impl EventSource for TerminalEvents {
    fn poll(&mut self, timeout: Duration) -> io::Result<bool> {
        event::poll(timeout)
    }

    fn read(&mut self) -> io::Result<TermEvent> {
        event::read()
    }
}

impl App {
    /// Runs until the app quits or `signal` becomes non-zero. Each round handles
    /// every event already waiting, in order, before drawing once: a 200-key
    /// scanner burst costs one frame, not 200.
    pub fn run<B>(
        &mut self,
        terminal: &mut Terminal<B>,
        events: &mut impl EventSource,
        signal: &AtomicUsize,
    ) -> anyhow::Result<()>
    where
        B: Backend,
        B::Error: Send + Sync + 'static,
    {
        while !self.should_quit() && signal.load(Ordering::SeqCst) == 0 {
            self.draw_on(terminal)?;
            self.draws += 1;
            #[cfg(feature = "test-hooks")]
            if self.draws == 1 && test_hooks::after_first_frame(self.mode()) {
                break;
            }
            self.wait_and_handle(events, signal)?;
        }
        Ok(())
    }

    /// Waits until something may change the screen (events that did something,
    /// an expired message, a signal); handles every event already waiting, in order.
    ///
    /// Every event of one drained batch gets the time the batch was found, so a
    /// batch is one burst to the scan detector however long handling it takes;
    /// and the detector's clock restarts when the loop starts listening after a
    /// frame, so only time spent waiting for input separates two keys, never our
    /// own handling or drawing.
    fn wait_and_handle(
        &mut self,
        events: &mut impl EventSource,
        signal: &AtomicUsize,
    ) -> io::Result<()> {
        let listening = Instant::now();
        self.listening(listening);
        // Input already waiting when the loop starts listening came while it was
        // busy (handling, drawing, or not given the CPU on a loaded machine): it
        // arrived no later than now, so no time spent waiting separates it from
        // the keys before, and a slow moment cannot split a scanner's burst.
        let mut waiting = events.poll(Duration::ZERO)?;
        while signal.load(Ordering::SeqCst) == 0 {
            if waiting || events.poll(self.poll_timeout(Instant::now()))? {
                let found = if std::mem::take(&mut waiting) {
                    listening
                } else {
                    Instant::now()
                };
                let mut changed = false;
                loop {
                    changed |= self.handle_event_at(events.read()?, found);
                    if self.should_quit() || !events.poll(Duration::ZERO)? {
                        break;
                    }
                }
                // Mouse moves and other ignored events need no new frame.
                if changed || self.should_quit() {
                    return Ok(());
                }
            }
            if self.tick(Instant::now()) {
                return Ok(());
            }
        }
        Ok(())
    }

    /// How long to wait for input: [`TICK`], or less when a scanner burst must be
    /// ended on time.
    fn poll_timeout(&self, now: Instant) -> Duration {
        self.scan_deadline()
            .map_or(TICK, |d| d.saturating_duration_since(now).min(TICK))
    }

    /// Frames drawn so far by [`App::run`].
    pub fn draws(&self) -> u64 {
        self.draws
    }
}

/// The theme the booth starts with: `--theme` when given, else the event's
/// `[kiosk] theme` at the kiosk, else colour.
pub fn booth_theme(
    flag: Option<theme::ThemeName>,
    kiosk: theme::ThemeName,
    mode: BoothMode,
) -> theme::ThemeName {
    match (flag, mode) {
        (Some(name), _) => name,
        (None, BoothMode::Kiosk) => kiosk,
        (None, BoothMode::Staff) => theme::ThemeName::Color,
    }
}

/// Runs the booth on the session's event: staff mode, or kiosk mode. Logs go to
/// the data dir's `logs/`, never to the terminal the booth draws on.
///
/// Errors: another booth holds the data dir (the store's message), the event or
/// store cannot be opened, kiosk mode without a staff PIN, the terminal cannot be
/// set up.
pub fn run_booth(ctx: &Session, kiosk: bool) -> anyhow::Result<ExitCode> {
    crate::logging::init(&ctx.data.logs());
    let mode = if kiosk {
        BoothMode::Kiosk
    } else {
        BoothMode::Staff
    };
    let _lock = crate::store::BoothLock::acquire(&ctx.data)?;
    let event = ctx.event()?;
    let mut store = ctx.store(&event)?;
    // Retention: leads exported more than `retention_days` ago become tombstones.
    let purged =
        crate::rights::purge_past_retention(&mut store, &ctx.data, event.retention_days, "booth")?;
    if purged.leads > 0 {
        tracing::info!(
            purged = purged.leads,
            copies = purged.copies.len(),
            "retention purge at booth start"
        );
    }

    let staffing = match &ctx.staff {
        Some(name) => Staffing::Known(name.clone()),
        None if !event.staff.is_empty() => Staffing::Pick(event.staff.clone()),
        None => Staffing::Known(session::os_user()),
    };
    tracing::info!(event = %event.id, ?mode, "booth starting");
    let theme = booth_theme(ctx.theme, event.kiosk_theme, mode).theme(ctx.no_color);
    let mut app = App::new(event, store, mode, staffing, theme)?;

    let signal = Arc::new(AtomicUsize::new(0));
    register_signals(&signal)?;
    exit_when_terminal_hangs_up();
    let mut terminal = TerminalGuard::enter()?;
    let result = app.run(&mut terminal.terminal, &mut TerminalEvents, &signal);
    drop(terminal);
    if signal.load(Ordering::SeqCst) != 0 {
        app.flush_draft();
    }
    result?;
    match signal.load(Ordering::SeqCst) {
        0 => {
            tracing::info!("booth closed");
            Ok(ExitCode::SUCCESS)
        }
        sig => {
            tracing::info!("booth closed on signal {sig}");
            Ok(ExitCode::from(128u8.saturating_add(sig as u8)))
        }
    }
}

/// Ends the process when its terminal goes away without a SIGHUP reaching us (a
/// tmux session killed, a terminal window closed while only the shell gets the
/// signal). A hung-up terminal reads as end-of-file forever, and crossterm's
/// reader then spins inside `poll` without returning, so the event loop cannot
/// notice; a watchdog thread checks `isatty(0)` (false once hung up) twice a
/// second. Saved leads are durable and the draft is at most about a second old,
/// as after a kill; there is no terminal left to restore.
fn exit_when_terminal_hangs_up() {
    use std::io::IsTerminal;
    let spawned = std::thread::Builder::new()
        .name("tty-watchdog".into())
        .spawn(|| {
            loop {
                std::thread::sleep(Duration::from_millis(500));
                if !std::io::stdin().is_terminal() {
                    tracing::warn!("the terminal went away: closing as on SIGHUP");
                    std::process::exit(128 + signal_hook::consts::signal::SIGHUP);
                }
            }
        });
    if let Err(e) = spawned {
        tracing::warn!("no terminal watchdog: {e}");
    }
}

/// Hooks for tests and benchmarks, compiled only with the `test-hooks` feature
/// (which `cargo test` and `cargo bench` turn on through the crate's
/// dev-dependency on itself; a release build has neither the code nor the
/// variable names).
#[cfg(feature = "test-hooks")]
mod test_hooks {
    /// Runs once after the first frame: `LEADBOOTH_TEST_PANIC` panics (the tmux
    /// terminal tests check the terminal is restored);
    /// `LEADBOOTH_BENCH_FIRST_FRAME=FILE` writes the time from process start to
    /// the first frame and the peak RSS so far to FILE (benches/startup.rs).
    /// Returns whether the booth should quit now: after the benchmark's report,
    /// in staff mode only, since a kiosk never leaves without the staff PIN.
    pub(super) fn after_first_frame(mode: super::BoothMode) -> bool {
        if std::env::var_os("LEADBOOTH_TEST_PANIC").is_some() {
            panic!("LEADBOOTH_TEST_PANIC is set: panicking on purpose after the first frame");
        }
        let Some(path) = std::env::var_os("LEADBOOTH_BENCH_FIRST_FRAME") else {
            return false;
        };
        let ms = crate::session::since_start().as_secs_f64() * 1e3;
        let rss = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmHWM:"))
                    .and_then(|l| l.split_whitespace().nth(1).map(str::to_owned))
            })
            .unwrap_or_else(|| "unknown".into());
        let _ = std::fs::write(
            path,
            format!("first_frame_ms={ms:.2}\npeak_rss_kib={rss}\n"),
        );
        mode == super::BoothMode::Staff
    }
}

/// SIGTERM, SIGHUP and SIGINT store their number in `signal`, which the loop
/// checks at least every [`TICK`], so the terminal is restored before exiting. A
/// second signal while the first is pending ends the process at once.
fn register_signals(signal: &Arc<AtomicUsize>) -> anyhow::Result<()> {
    use signal_hook::consts::signal::{SIGHUP, SIGINT, SIGTERM};
    let pending = Arc::new(AtomicBool::new(false));
    for sig in [SIGTERM, SIGHUP, SIGINT] {
        let code = 128 + u32::try_from(sig).unwrap_or(0);
        signal_hook::flag::register_conditional_shutdown(sig, code as i32, Arc::clone(&pending))
            .context(crate::i18n::staff_text(
                crate::i18n::msg::rules::TUI_NO_SIGNALS,
            ))?;
        signal_hook::flag::register(sig, Arc::clone(&pending)).context(crate::i18n::staff_text(
            crate::i18n::msg::rules::TUI_NO_SIGNALS,
        ))?;
        signal_hook::flag::register_usize(sig, Arc::clone(signal), sig as usize).context(
            crate::i18n::staff_text(crate::i18n::msg::rules::TUI_NO_SIGNALS),
        )?;
    }
    Ok(())
}

/// The terminal in raw mode on the alternate screen, with bracketed paste and
/// mouse capture; everything is undone on drop and on panic.
struct TerminalGuard {
    terminal: ratatui::DefaultTerminal,
}

impl TerminalGuard {
    fn enter() -> anyhow::Result<Self> {
        // ratatui::init installs a panic hook that restores raw mode and the screen;
        // ours runs first and also turns paste and mouse reporting off.
        // Drawing into a pipe or file helps no one, and raw mode would then grab
        // the controlling terminal behind the caller's back.
        if !io::stdout().is_terminal() {
            anyhow::bail!(strings::not_a_terminal());
        }
        let terminal = match ratatui::try_init() {
            Ok(t) => t,
            Err(e) => {
                ratatui::restore();
                return Err(e).context(strings::not_a_terminal());
            }
        };
        let restore_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
            restore_hook(info);
        }));
        let guard = TerminalGuard { terminal };
        execute!(io::stdout(), EnableBracketedPaste, EnableMouseCapture).context(
            crate::i18n::staff_text(crate::i18n::msg::rules::TUI_NO_TERMINAL),
        )?;
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        ratatui::restore();
    }
}

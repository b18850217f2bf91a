//! Server process figures from `/proc/PID`: CPU ticks, RSS, threads, open file descriptors.
//!
//! Only Linux `/proc` is read; no signal is ever sent to the process.

use serde::Serialize;
use std::fs;
use std::io;
use std::time::{Duration, Instant};

/// True when `/proc/PID` exists (the process is alive, or at least not yet reaped).
pub fn exists(pid: i32) -> bool {
    fs::metadata(format!("/proc/{pid}/stat")).is_ok()
}

/// Clock ticks per second for `/proc/PID/stat` times (almost always 100).
pub fn clock_ticks_per_sec() -> u64 {
    // SAFETY: sysconf only reads a configuration value; it has no memory-safety preconditions.
    let t = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    if t > 0 {
        t as u64
    } else {
        100
    }
}

/// utime + stime of the whole process (all threads), in clock ticks.
pub fn cpu_ticks(pid: i32) -> io::Result<u64> {
    let s = fs::read_to_string(format!("/proc/{pid}/stat"))?;
    parse_stat_ticks(&s).ok_or_else(|| io::Error::other("unreadable /proc/PID/stat"))
}

/// Fields 14 (utime) and 15 (stime) of `/proc/PID/stat`. The command name (field 2) is in
/// parentheses and may itself contain spaces or parentheses, so fields are counted from the
/// last `)`.
pub fn parse_stat_ticks(stat: &str) -> Option<u64> {
    let after = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    // `after` starts at field 3 (state): utime is field 14 -> index 11, stime -> index 12.
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(utime + stime)
}

/// `VmRSS` (KiB) and `Threads` from `/proc/PID/status`.
pub fn rss_and_threads(pid: i32) -> io::Result<(u64, u64)> {
    let s = fs::read_to_string(format!("/proc/{pid}/status"))?;
    match parse_status(&s) {
        (Some(rss), Some(threads)) => Ok((rss, threads)),
        _ => Err(io::Error::other("no VmRSS/Threads in /proc/PID/status")),
    }
}

/// Reads `VmRSS:  1234 kB` and `Threads:  5` lines.
pub fn parse_status(status: &str) -> (Option<u64>, Option<u64>) {
    let mut rss = None;
    let mut threads = None;
    for line in status.lines() {
        if let Some(v) = line.strip_prefix("VmRSS:") {
            rss = v.split_whitespace().next().and_then(|n| n.parse().ok());
        } else if let Some(v) = line.strip_prefix("Threads:") {
            threads = v.trim().parse().ok();
        }
    }
    (rss, threads)
}

/// Entries in `/proc/PID/fd`.
pub fn fd_count(pid: i32) -> io::Result<u64> {
    Ok(fs::read_dir(format!("/proc/{pid}/fd"))?.count() as u64)
}

/// Threads and open fds, the two figures chaos compares against a baseline.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub threads: u64,
    pub fds: u64,
}

pub fn counts(pid: i32) -> io::Result<Counts> {
    let (_, threads) = rss_and_threads(pid)?;
    Ok(Counts {
        threads,
        fds: fd_count(pid)?,
    })
}

/// The process over one interval: CPU use relative to one core, and the point-in-time
/// figures at the end of the interval.
#[derive(Debug, Clone, Serialize)]
pub struct Window {
    pub window_s: f64,
    pub cpu_percent: f64,
    pub rss_kib: u64,
    pub threads: u64,
    pub fds: u64,
}

/// Samples CPU ticks now; the matching [`CpuMark::finish`] turns the difference into a
/// [`Window`].
pub struct CpuMark {
    pid: i32,
    ticks: u64,
    at: Instant,
}

impl CpuMark {
    pub fn start(pid: i32) -> io::Result<CpuMark> {
        Ok(CpuMark {
            pid,
            ticks: cpu_ticks(pid)?,
            at: Instant::now(),
        })
    }

    pub fn finish(self) -> io::Result<Window> {
        let ticks = cpu_ticks(self.pid)?;
        let wall = self.at.elapsed();
        let (rss_kib, threads) = rss_and_threads(self.pid)?;
        Ok(Window {
            window_s: crate::stats::round3(wall.as_secs_f64()),
            cpu_percent: cpu_percent(
                ticks.saturating_sub(self.ticks),
                clock_ticks_per_sec(),
                wall,
            ),
            rss_kib,
            threads,
            fds: fd_count(self.pid)?,
        })
    }
}

/// Measures over `window` by sleeping (the caller does nothing meanwhile).
pub fn measure(pid: i32, window: Duration) -> io::Result<Window> {
    let mark = CpuMark::start(pid)?;
    std::thread::sleep(window);
    mark.finish()
}

/// CPU time as a percentage of one core over `wall`.
pub fn cpu_percent(ticks: u64, ticks_per_sec: u64, wall: Duration) -> f64 {
    let wall = wall.as_secs_f64();
    if wall <= 0.0 || ticks_per_sec == 0 {
        return 0.0;
    }
    crate::stats::round3(ticks as f64 / ticks_per_sec as f64 / wall * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_fields_counted_after_the_name() {
        let stat = "1234 (adak (ings) x) S 1 1234 1234 0 -1 4194560 500 0 0 0 \
                    250 75 0 0 20 0 9 0 12345 1000000 300 18446744073709551615";
        assert_eq!(parse_stat_ticks(stat), Some(325));
        assert_eq!(parse_stat_ticks("garbage"), None);
        assert_eq!(parse_stat_ticks("1 (x) S 1 2"), None);
    }

    #[test]
    fn status_fields() {
        let status = "Name:\tadakings\nVmPeak:\t  9999 kB\nVmRSS:\t   40960 kB\nThreads:\t12\n";
        assert_eq!(parse_status(status), (Some(40960), Some(12)));
        assert_eq!(parse_status("Name: x\n"), (None, None));
    }

    #[test]
    fn cpu_percent_is_relative_to_one_core() {
        assert_eq!(cpu_percent(100, 100, Duration::from_secs(1)), 100.0);
        assert_eq!(cpu_percent(150, 100, Duration::from_secs(10)), 15.0);
        assert_eq!(cpu_percent(5, 100, Duration::ZERO), 0.0);
    }

    #[test]
    fn reads_our_own_process() {
        let pid = std::process::id() as i32;
        assert!(exists(pid));
        assert!(cpu_ticks(pid).is_ok());
        let (rss, threads) = rss_and_threads(pid).unwrap();
        assert!(rss > 0 && threads >= 1);
        assert!(fd_count(pid).unwrap() >= 3);
        let w = measure(pid, Duration::from_millis(20)).unwrap();
        assert!(w.cpu_percent >= 0.0);
    }
}

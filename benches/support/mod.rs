//! What the benches share: the benchmark text (the gold development texts and the seed text) and a CPU timer.

/// The development texts (`data/annotated/dev.jsonl`) and the seed text, one after the other.
pub fn base() -> String {
    let mut base = String::new();
    for line in include_str!("../../data/annotated/dev.jsonl").lines() {
        if let Some(start) = line.find("\"text\": \"") {
            let rest = &line[start + 9..];
            if let Some(end) = rest.find("\", \"entities\"") {
                base.push_str(&rest[..end].replace("\\\"", "\"").replace("\\n", "\n"));
                base.push('\n');
            }
        }
    }
    base.push_str(include_str!("../../data/seed/tccs-2012-hoi-nghi-tap-huan.txt"));
    base
}

/// `base` repeated (a line break between copies) to at least `size` bytes.
pub fn of_size(size: usize, base: &str) -> String {
    let mut s = String::with_capacity(size + base.len());
    while s.len() < size {
        s.push_str(base);
        s.push('\n');
    }
    s
}

/// User + system CPU seconds of the current thread (Linux), to the clock tick.
#[allow(dead_code)]
pub fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(") ")?.1;
    let f: Vec<&str> = rest.split(' ').collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// The seconds one run of `f` takes: the CPU time of this thread over `rounds` runs, divided by `rounds`, where
/// Linux tells it (on a shared machine the wall clock also counts the time other processes hold the core);
/// otherwise the best wall-clock time of the runs.
#[allow(dead_code)]
pub fn seconds_per_run(rounds: usize, f: &dyn Fn() -> usize) -> f64 {
    let cpu0 = thread_cpu_seconds();
    let wall = (0..rounds)
        .map(|_| {
            let t = std::time::Instant::now();
            std::hint::black_box(f());
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min);
    match (cpu0, thread_cpu_seconds()) {
        (Some(a), Some(b)) if b > a => (b - a) / rounds as f64,
        _ => wall,
    }
}

//! `cargo xtask bench clusters`: near-duplicate clustering in memory, no server.

use std::time::Instant;

use crate::run::Result;

/// `cargo xtask bench clusters`: near-duplicate clustering of 300,000 generated submissions
/// (60% campaign copies) with the same band index and decision the worker uses, in arrival
/// order: throughput, precision and recall against the generator's ground truth, and the rows a
/// submission reads (band rows plus signatures compared — what the worker reads from D1) per
/// 30,000-submission window as the database grows.
pub fn clusters() -> Result<()> {
    use shared::similarity::{ClusterIndex, Signature};
    const N: usize = 300_000;
    const WINDOW: usize = 30_000;
    let started = Instant::now();
    let docs = crate::campaigns::generate(N, 0.6, 7);
    println!("Generated {N} submissions in {:.1} s", started.elapsed().as_secs_f64());
    println!("Near-duplicate clustering          submissions   per second   rows read / submission (mean, max)");
    let mut index = ClusterIndex::new();
    let started = Instant::now();
    let (mut window_rows, mut window_max, mut window_start) = (0usize, 0usize, Instant::now());
    for (i, d) in docs.iter().enumerate() {
        let p = index.add(Signature::of_text(&format!("{} {}", d.title, d.text)));
        let read = p.rows_read + p.compared;
        window_rows += read;
        window_max = window_max.max(read);
        if (i + 1) % WINDOW == 0 {
            println!(
                "  up to {:>7}                    {:>9} {:>12.0}   {:>6.1}, {}",
                i + 1,
                WINDOW,
                WINDOW as f64 / window_start.elapsed().as_secs_f64(),
                window_rows as f64 / WINDOW as f64,
                window_max
            );
            (window_rows, window_max, window_start) = (0, 0, Instant::now());
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let predicted = index.clusters();
    let truth: Vec<Option<usize>> = docs.iter().map(|d| d.campaign).collect();
    let s = crate::campaigns::pairwise_scores(&predicted, &truth);
    let mut distinct = predicted.clone();
    distinct.sort_unstable();
    distinct.dedup();
    println!(
        "  all {N} in {elapsed:.1} s ({:.0} per second); {} clusters; band index {} rows",
        N as f64 / elapsed,
        distinct.len(),
        index.rows()
    );
    println!("  precision {:.4}, recall {:.4} (pairs in the same cluster vs the same campaign)", s.precision, s.recall);
    Ok(())
}

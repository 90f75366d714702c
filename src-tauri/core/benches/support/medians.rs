//! Criterion keeps each benchmark's median in its estimates file; the
//! benches print them so the figures are read in one place.

use std::path::PathBuf;

pub fn print(names: &[&str]) {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        // The workspace's target folder: the core crate is src-tauri/core.
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    println!("\nmedians:");
    for name in names {
        let path = target.join("criterion").join(name).join("new/estimates.json");
        let median = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .and_then(|json| json["median"]["point_estimate"].as_f64());
        match median {
            Some(ns) => println!("  {name:<40} {:>9.3} ms", ns / 1e6),
            None => println!("  {name:<40} (no estimate at {})", path.display()),
        }
    }
}

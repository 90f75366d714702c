//! Arbitrary bytes as a sync file from another laptop.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| grupo_motor_core::fuzzing::sync_import(data));

//! Arbitrary bytes as a spreadsheet of people and of a forum's attendance.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| grupo_motor_core::fuzzing::csv_import(data));

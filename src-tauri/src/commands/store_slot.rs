//! The database as the commands see it. The window may open while the
//! database is still being checked (see `gui.rs`): a command that comes
//! first waits for it, and every later one finds it at once.

use std::sync::{Mutex, MutexGuard, OnceLock};

use grupo_motor_core::store::Store;

use super::{ErrorCode, IpcError};

#[derive(Default)]
pub struct StoreSlot {
    /// `None` once opening failed: the app is starting again then (see
    /// `gui.rs`), and a command must not wait for a store that never comes.
    opened: OnceLock<Option<Mutex<Store>>>,
}

impl StoreSlot {
    /// A slot for a store still being opened.
    pub fn opening() -> Self {
        Self::default()
    }

    /// A slot holding an open store.
    pub fn open(store: Store) -> Self {
        let slot = Self::default();
        slot.fill(Some(store));
        slot
    }

    /// Gives the waiting commands `store`, or tells them there is none. Only
    /// the first call counts.
    pub fn fill(&self, store: Option<Store>) {
        let _first_only = self.opened.set(store.map(Mutex::new));
    }

    /// The store, once it is open.
    pub fn lock(&self) -> Result<MutexGuard<'_, Store>, IpcError> {
        match self.opened.wait() {
            Some(store) => Ok(store.lock()?),
            None => Err(IpcError::new(ErrorCode::Unexpected, "error-unexpected")),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_command_waits_for_the_store_being_opened_and_then_uses_it() {
        let slot = Arc::new(StoreSlot::opening());
        let command = {
            let slot = Arc::clone(&slot);
            std::thread::spawn(move || slot.lock().map(|store| store.conn().is_autocommit()))
        };
        std::thread::sleep(Duration::from_millis(50));
        assert!(!command.is_finished(), "the command went on without a store");
        slot.fill(Some(Store::open_in_memory().expect("store")));
        assert_eq!(command.join().expect("command"), Ok(true));
    }

    #[test]
    fn when_opening_failed_a_command_gets_an_error_instead_of_waiting() {
        let slot = StoreSlot::opening();
        slot.fill(None);
        slot.fill(Some(Store::open_in_memory().expect("store")));
        assert_eq!(slot.lock().map(|_| ()).expect_err("no store").code, ErrorCode::Unexpected);
    }
}

use super::{today, AppState, CommandResult};
use grupo_motor_core::domain::dates::parse_date;
use grupo_motor_core::domain::records::Dashboard;
use grupo_motor_core::store::{dashboard, StoreError};

/// The dashboard from `from` to `to` (dd-mm-yyyy, inclusive).
pub fn dashboard(state: &AppState, from: String, to: String) -> CommandResult<Dashboard> {
    let from = parse_date(&from, "from").map_err(StoreError::from)?;
    let to = parse_date(&to, "to").map_err(StoreError::from)?;
    Ok(dashboard::dashboard(state.store.lock()?.conn(), from, to, today())?)
}

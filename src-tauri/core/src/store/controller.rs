//! Who is responsible for the data (Ley 21.719, art. 14 ter): the
//! controller's name, unit, contact for rights requests, address, the
//! purposes the data serve and how long they are kept. Kept in this
//! laptop's `setting` table under `controller.*` keys, which the privacy
//! notice, the consent forms and the rights-request letters read.

use rusqlite::{Connection, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{settings, Result};
use crate::domain::text::{long_text, optional_line, LINE_MAX};
use crate::domain::Invalid;

pub const NAME: &str = "controller.name";
pub const UNIT: &str = "controller.unit";
pub const CONTACT: &str = "controller.contact";
pub const ADDRESS: &str = "controller.address";
/// One purpose a line.
pub const PURPOSES: &str = "controller.purposes";
pub const RETENTION: &str = "controller.retention";

/// Enough purposes for any notice; more is a pasted document.
const PURPOSES_MAX: usize = 20;
/// The retention statement fits on the notice.
const RETENTION_MAX: usize = 2_000;

/// The data controller as recorded (empty text: not recorded yet). The
/// form sends the same shape; `save` checks it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Controller {
    /// e.g. "Ilustre Municipalidad de Maipú".
    pub name: String,
    /// e.g. "DIDECO".
    pub unit: String,
    /// Where rights requests go: e-mail, phone or an office.
    pub contact: String,
    pub address: String,
    /// What the data serve, one purpose a line.
    pub purposes: Vec<String>,
    pub retention: String,
}

impl Controller {
    /// Trimmed and bounded; blank purposes dropped.
    pub fn checked(&self) -> std::result::Result<Controller, Invalid> {
        let purposes: Vec<String> = self
            .purposes
            .iter()
            .map(|p| optional_line(p, "purposes", LINE_MAX))
            .collect::<std::result::Result<Vec<_>, _>>()?
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
        if purposes.len() > PURPOSES_MAX {
            return Err(Invalid::new("purposes", "error-controller-purposes-many"));
        }
        let retention = long_text(&self.retention, "retention")?;
        if retention.chars().count() > RETENTION_MAX {
            return Err(Invalid::new("retention", "error-too-long"));
        }
        Ok(Controller {
            name: optional_line(&self.name, "name", LINE_MAX)?,
            unit: optional_line(&self.unit, "unit", LINE_MAX)?,
            contact: optional_line(&self.contact, "contact", LINE_MAX)?,
            address: optional_line(&self.address, "address", LINE_MAX)?,
            purposes,
            retention,
        })
    }

    /// What a privacy notice cannot go without (art. 14 ter): who is
    /// responsible, where to ask, why and for how long. The first missing
    /// one is named.
    pub fn ready_for_notice(&self) -> std::result::Result<(), Invalid> {
        let missing = [
            ("name", self.name.is_empty()),
            ("contact", self.contact.is_empty()),
            ("purposes", self.purposes.is_empty()),
            ("retention", self.retention.is_empty()),
        ];
        match missing.into_iter().find(|(_, empty)| *empty) {
            Some((field, _)) => Err(Invalid::new(field, "error-controller-incomplete")),
            None => Ok(()),
        }
    }
}

pub fn get(conn: &Connection) -> Result<Controller> {
    let text = |key: &str| -> Result<String> { Ok(settings::get(conn, key)?.unwrap_or_default()) };
    Ok(Controller {
        name: text(NAME)?,
        unit: text(UNIT)?,
        contact: text(CONTACT)?,
        address: text(ADDRESS)?,
        purposes: text(PURPOSES)?.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect(),
        retention: text(RETENTION)?,
    })
}

/// Checks and stores all six settings together; returns them as stored.
pub fn save(tx: &Transaction<'_>, draft: &Controller) -> Result<Controller> {
    let controller = draft.checked()?;
    settings::set(tx, NAME, &controller.name)?;
    settings::set(tx, UNIT, &controller.unit)?;
    settings::set(tx, CONTACT, &controller.contact)?;
    settings::set(tx, ADDRESS, &controller.address)?;
    settings::set(tx, PURPOSES, &controller.purposes.join("\n"))?;
    settings::set(tx, RETENTION, &controller.retention)?;
    Ok(controller)
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::store::Store;
    use crate::testing::in_tx;

    pub fn maipu() -> Controller {
        Controller {
            name: "  Ilustre Municipalidad de   Maipú ".into(),
            unit: "DIDECO".into(),
            contact: "datos@ejemplo.cl".into(),
            address: "Calle Ejemplo 123, Maipú".into(),
            purposes: vec![
                "Registrar la participación en los foros del plan de Gobierno Abierto".into(),
                "  ".into(),
                "Responder lo que plantean los vecinos y las vecinas".into(),
            ],
            retention: "Los contactos se borran tras 24 meses sin participar.\r\nLo demás, hasta el fin del plan."
                .into(),
        }
    }

    #[test]
    fn the_controller_round_trips_through_the_settings_keys() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        assert_eq!(get(conn).expect("get"), Controller::default(), "nothing recorded yet");
        let saved = in_tx(conn, |tx| save(tx, &maipu()));
        assert_eq!(saved.name, "Ilustre Municipalidad de Maipú", "spaces collapsed, accent kept");
        assert_eq!(saved.purposes.len(), 2, "the blank purpose is dropped");
        assert_eq!(
            saved.retention,
            "Los contactos se borran tras 24 meses sin participar.\nLo demás, hasta el fin del plan."
        );
        assert_eq!(get(conn).expect("get"), saved);
        // Other modules read the exact keys.
        assert_eq!(settings::get(conn, "controller.unit").expect("get").as_deref(), Some("DIDECO"));
        let purposes = settings::get(conn, "controller.purposes").expect("get").unwrap_or_default();
        assert_eq!(purposes.lines().count(), 2);
        // Saving again replaces, and clearing a field clears it.
        let cleared = in_tx(conn, |tx| save(tx, &Controller { address: String::new(), ..maipu() }));
        assert_eq!(get(conn).expect("get").address, "");
        assert_eq!(cleared.unit, "DIDECO");
    }

    #[test]
    fn bad_values_are_refused_and_nothing_is_stored() {
        let store = Store::open_in_memory().expect("store");
        let conn = store.conn();
        let tx = conn.unchecked_transaction().expect("tx");
        let many = Controller { purposes: vec!["Uno".into(); PURPOSES_MAX + 1], ..maipu() };
        let refused = |draft: &Controller| match save(&tx, draft) {
            Err(crate::store::StoreError::Invalid(invalid)) => (invalid.field, invalid.message_key),
            other => panic!("not refused: {other:?}"),
        };
        assert_eq!(refused(&many), ("purposes", "error-controller-purposes-many"));
        assert_eq!(refused(&Controller { name: "a".repeat(LINE_MAX + 1), ..maipu() }), ("name", "error-too-long"));
        assert_eq!(
            refused(&Controller { contact: "x\u{0}y".into(), ..maipu() }),
            ("contact", "error-control-characters")
        );
        drop(tx);
        assert_eq!(get(conn).expect("get"), Controller::default());
    }

    #[test]
    fn a_notice_needs_who_where_why_and_how_long() {
        let full = maipu().checked().expect("valid");
        assert_eq!(full.ready_for_notice(), Ok(()));
        let without = |c: Controller| c.ready_for_notice().map_err(|e| (e.field, e.message_key));
        assert_eq!(without(Controller::default()), Err(("name", "error-controller-incomplete")));
        assert_eq!(
            without(Controller { contact: String::new(), ..full.clone() }),
            Err(("contact", "error-controller-incomplete"))
        );
        assert_eq!(
            without(Controller { purposes: vec![], ..full.clone() }),
            Err(("purposes", "error-controller-incomplete"))
        );
        assert_eq!(
            without(Controller { retention: String::new(), ..full.clone() }),
            Err(("retention", "error-controller-incomplete"))
        );
        assert_eq!(without(Controller { unit: String::new(), address: String::new(), ..full }), Ok(()), "optional");
    }
}

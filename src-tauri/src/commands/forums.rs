use std::path::PathBuf;

use uuid::Uuid;

use super::{AppState, CommandResult};
use grupo_motor_core::domain::records::{Forum, ForumDetail, ForumDraft, ForumPage, ForumSummary};
use grupo_motor_core::i18n::{Catalogue, Language};
use grupo_motor_core::ical;
use grupo_motor_core::output_file;
use grupo_motor_core::store::{forums, StoreError};

const MAX_PAGE: usize = 500;

pub fn list_forums(state: &AppState) -> CommandResult<Vec<ForumSummary>> {
    Ok(forums::list(state.store.lock()?.conn())?)
}

/// A page of the list, newest first; the UI asks for the next when wanted.
pub fn list_forum_page(state: &AppState, limit: usize, offset: usize) -> CommandResult<ForumPage> {
    Ok(forums::page(state.store.lock()?.conn(), limit.min(MAX_PAGE), offset)?)
}

pub fn get_forum(state: &AppState, id: Uuid) -> CommandResult<Forum> {
    Ok(forums::get(state.store.lock()?.conn(), id)?)
}

pub fn get_forum_detail(state: &AppState, id: Uuid) -> CommandResult<ForumDetail> {
    Ok(forums::detail(state.store.lock()?.conn(), id)?)
}

pub fn create_forum(state: &AppState, draft: ForumDraft) -> CommandResult<Forum> {
    Ok(state.store.lock()?.write(|tx| {
        let id = forums::create(tx, &draft)?;
        forums::get(tx, id)
    })?)
}

pub fn update_forum(state: &AppState, id: Uuid, draft: ForumDraft) -> CommandResult<Forum> {
    Ok(state.store.lock()?.write(|tx| forums::update(tx, id, &draft))?)
}

pub fn set_facilitators(state: &AppState, id: Uuid, people: Vec<Uuid>) -> CommandResult<ForumDetail> {
    Ok(state.store.lock()?.write(|tx| {
        forums::set_facilitators(tx, id, &people)?;
        forums::detail(tx, id)
    })?)
}

/// Writes every forum, or the chosen ones, to an iCalendar file at `path`.
pub fn export_calendar(
    state: &AppState,
    path: PathBuf,
    forum_ids: Option<Vec<Uuid>>,
    language: Language,
) -> CommandResult<usize> {
    let (chosen, protected) = {
        let store = state.store.lock()?;
        let ids: Vec<Uuid> = match forum_ids {
            Some(ids) => ids,
            None => forums::list(store.conn())?.into_iter().map(|f| f.id).collect(),
        };
        let chosen = ids.into_iter().map(|id| forums::get(store.conn(), id)).collect::<Result<Vec<_>, _>>()?;
        (chosen, store.protected())
    };
    let text = ical::forums_calendar(&chosen, &Catalogue::new(language));
    output_file::write(&protected, &path, text.as_bytes()).map_err(StoreError::from)?;
    Ok(chosen.len())
}

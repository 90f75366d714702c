//! Native file dialogs, through rfd's async API (a blocking GTK dialog
//! inside a command can hang the window). They only return a path: the
//! command that reads or writes takes that path, so tests can pass one.

use std::path::PathBuf;

/// Lets the person pick an existing file; `None` when they cancel.
pub async fn choose_file(title: String) -> Option<PathBuf> {
    rfd::AsyncFileDialog::new().set_title(title).pick_file().await.map(|f| f.path().to_path_buf())
}

/// Asks where to save; `extension` (e.g. "pdf") filters and is added when
/// the person leaves it out.
pub async fn choose_save_path(title: String, file_name: String, extension: String) -> Option<PathBuf> {
    let chosen = rfd::AsyncFileDialog::new()
        .set_title(title)
        .set_file_name(&file_name)
        .add_filter(extension.to_uppercase(), &[extension.as_str()])
        .save_file()
        .await?;
    let path = chosen.path().to_path_buf();
    Some(if path.extension().is_none() { path.with_extension(&extension) } else { path })
}

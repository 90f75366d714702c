//! The macro behind the one list of commands in `mod.rs`. From each line it
//! makes the Tauri command (its argument names are the IPC names, so they
//! exist once), the handler entry, and — for the bindings test — the
//! command's TypeScript signature, so the UI's `Backend` is generated too.
//! A command whose module function changes its arguments or result no longer
//! compiles; a renamed one changes `bindings.ts`, which the UI type-checks.
//!
//! Kinds: `main` runs on the main thread, in call order (the desk's writes);
//! `pool` runs on Tauri's thread pool (long reads and writes of files, so the
//! window stays live); `read` too, unlogged (the first screen's reads: the
//! main thread is busy drawing the window then, and the first command waits
//! for the database to open); `dialog` is an async native dialog with no state.

macro_rules! command_fn {
    (main $module:ident $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty) => {
        #[tauri::command]
        pub fn $name(state: tauri::State<'_, AppState>, $($arg: $ty),*) -> CommandResult<$ret> {
            let result = super::$module::$name(&state, $($arg),*);
            crate::report::command_done(stringify!($name), false, &result);
            result
        }
    };
    (pool $module:ident $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty) => {
        command_fn!(@on_the_pool true, $module $name ($($arg : $ty),*) -> $ret);
    };
    (read $module:ident $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty) => {
        command_fn!(@on_the_pool false, $module $name ($($arg : $ty),*) -> $ret);
    };
    (@on_the_pool $logged:literal, $module:ident $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty) => {
        #[tauri::command(async)]
        pub fn $name(state: tauri::State<'_, AppState>, $($arg: $ty),*) -> CommandResult<$ret> {
            let result = super::$module::$name(&state, $($arg),*);
            crate::report::command_done(stringify!($name), $logged, &result);
            result
        }
    };
    (dialog $module:ident $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty) => {
        #[tauri::command]
        pub async fn $name($($arg: $ty),*) -> $ret {
            super::$module::$name($($arg),*).await
        }
    };
}

macro_rules! commands {
    ($($module:ident { $($kind:ident fn $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty;)* })*) => {
        /// The Tauri commands, one per line of the list.
        mod ipc {
            use super::*;
            $($(command_fn!($kind $module $name ($($arg : $ty),*) -> $ret);)*)*
        }

        /// Every command the UI may call.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($(ipc::$name),*),*]
        }

        /// Each command's name, its arguments' names and TypeScript types, and
        /// the TypeScript type of what it resolves to.
        #[cfg(test)]
        pub fn signatures(cfg: &ts_rs::Config) -> Vec<Signature> {
            use ts_rs::TS;
            vec![$($(Signature {
                name: stringify!($name),
                args: vec![$((stringify!($arg), <$ty as TS>::name(cfg))),*],
                resolves_to: <$ret as TS>::name(cfg),
            }),*),*]
        }
    };
}

/// A command as the UI sees it.
#[cfg(test)]
pub struct Signature {
    pub name: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub resolves_to: String,
}

pub(crate) use {command_fn, commands};

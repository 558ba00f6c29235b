//! The interactive wizard: state (`app`), a pure `update`, a view made of small widgets, and a
//! thin event loop (`run`). It holds no rule logic: every status comes from the engine.

pub mod app;
pub mod choices;
pub mod forward;
pub mod run;
pub mod scroll;
pub mod start;
pub mod steps;
pub mod terminal;
pub mod update;
pub mod view;

pub use app::App;
pub use run::{Options, run};
pub use update::{Effect, Msg, update};

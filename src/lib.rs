//! icp-prep: prepare a China ICP filing (ICP备案) on Alibaba Cloud.
//!
//! The core (`knowledge`, `session`, `validate`, `engine`) does no I/O and reads no clock;
//! `cli`, `store` and the future `export` and `tui` modules sit on top. See docs/ARCHITECTURE.md.

pub mod cli;
pub mod engine;
pub mod export;
pub mod knowledge;
pub mod language;
pub mod messages;
pub mod plain;
pub mod session;
pub mod store;
pub mod tui;
pub mod validate;
pub mod wrap;
pub mod yaml;

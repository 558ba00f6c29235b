//! icp-prep: prepare a China ICP filing (ICP备案) on Alibaba Cloud.
//!
//! The core (`knowledge`, `session`, `validate`, `engine`) does no I/O and reads no clock;
//! `cli` and the future `store`, `export` and `tui` modules sit on top. See docs/ARCHITECTURE.md.

pub mod cli;
pub mod engine;
pub mod knowledge;
pub mod messages;
pub mod session;
pub mod validate;
pub mod yaml;

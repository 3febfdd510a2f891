//! Every word and number charter shows, shared by the command line, the UI and the reports: domain in, text out, no files, git or terminal.

pub mod number;

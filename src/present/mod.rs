//! Every word and number charter shows, shared by the command line, the UI and the reports: domain in, text out, no files, git or terminal.

pub mod chart;
pub mod days;
pub mod exceptions;
pub mod labels;
pub mod markdown;
pub mod method;
pub mod number;
pub mod people;
pub mod recognition;
pub mod review;
pub mod status;
pub mod surveys;
pub mod trend;

//! YAML with positions: parsing into a positioned tree, typed loading with
//! exact errors, and canonical, comment-keeping writing.

pub mod comments;
pub mod core;
pub mod de;
pub mod emit;
pub mod node;

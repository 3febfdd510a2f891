//! How git is told to merge plan files with `charter merge-driver`: the
//! driver's name, its command and the `.gitattributes` lines naming it,
//! shared by `charter new` (which writes them) and `charter sync` (which
//! checks and sets them).

use crate::store::plan_dir::FILES;

/// The driver's name in `.gitattributes` (`merge=charter`) and git config.
pub const DRIVER: &str = "charter";
/// `merge.charter.name`.
pub const DESCRIPTION: &str = "charter plan files, merged item by item";
/// What follows the program in `merge.charter.driver`. The `--` keeps a
/// file path that starts with `-` (git's `%P`) from being read as an option.
pub const ARGS: &str = "merge-driver -- %O %A %B %P";
/// `merge.charter.driver`: how git runs the driver.
pub const COMMAND: &str = "charter merge-driver -- %O %A %B %P";

/// The plan folder's `.gitattributes`: every plan file goes through the driver.
pub fn attributes() -> String {
    let mut out = String::from(
        "# plan files are merged item by item by `charter merge-driver`\n\
         # (set up with: git config merge.charter.driver \"charter merge-driver -- %O %A %B %P\")\n",
    );
    for (rel, _) in FILES {
        out.push_str(&format!("/{rel} merge={DRIVER}\n"));
    }
    out.push_str(&format!("/reviews/*.yaml merge={DRIVER}\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_is_the_program_then_its_arguments() {
        assert_eq!(COMMAND, format!("charter {ARGS}"));
        assert!(attributes().contains(COMMAND), "{}", attributes());
    }
}

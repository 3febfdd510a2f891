## `check` messages, after the stable `PATH:LINE:COL: error:` prefix.

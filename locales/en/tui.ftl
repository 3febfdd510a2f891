## The terminal UI: tabs, panes, forms, help, prompts, the status line.

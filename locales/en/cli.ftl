## The command line's text output: status, exceptions, trend, log, diff,
## review drafts, import and record messages.

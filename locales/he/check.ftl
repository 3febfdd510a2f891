## check

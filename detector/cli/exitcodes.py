"""The exit status of every ``amane`` command, so that scripts can act on it."""

CLEAN = 0  # analyzed everything, nothing flagged
FLAGGED = 1  # at least one message flagged
TROUBLE = 2  # usage error, or some input could not be read (completely): wins over FLAGGED

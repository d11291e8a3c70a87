"""One exception type for user-facing failures: the CLI prints its message on one line and exits 1."""


class DistillguardError(Exception):
    """A problem with the user's input or environment, with a message fit to show as-is."""

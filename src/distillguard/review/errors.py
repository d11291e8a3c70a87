"""Review failures that carry the HTTP status the console answers with."""

from __future__ import annotations

from distillguard.errors import DistillguardError


class ReviewError(DistillguardError):
    """A bad request to the review workflow (unknown action, bad reason code, ...)."""

    status = 400


class NotFound(ReviewError):
    status = 404


class Conflict(ReviewError):
    """The case changed since the caller looked at it (or is closed): reload and retry."""

    status = 409

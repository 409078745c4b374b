"""Domain errors: raised by services, mapped to HTTP once (factcheck.api) and shown as
messages in the admin. Each message says what was wrong and what to do."""


class DomainError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class Invalid(DomainError):
    """The request asks for something the rules do not allow (400)."""


class NotAllowed(DomainError):
    """The user may not do this (403)."""


class Stale(DomainError):
    """The object changed since the caller read it (409)."""

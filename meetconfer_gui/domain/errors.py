"""Errors the domain raises, each with a message a user can read and act on."""


class DomainError(ValueError):
    """A value the user gave cannot be used; the message says why and what to do."""

"""Typed errors raised by channel parsers and transports, translated once at the boundary."""


class ChannelError(Exception):
    """Base class of every channel error."""


class PayloadError(ChannelError):
    """The provider sent something we cannot parse; the raw input becomes a dead letter."""


class SignatureError(ChannelError):
    """A webhook's signature is missing, stale or wrong; nothing is stored."""


class TransientChannelError(ChannelError):
    """The provider failed in a way worth retrying (timeouts, 5xx, 429)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class DeferredError(TransientChannelError):
    """The provider works but asks us to come back later (a rate limit, greylisting), or our
    own pacing holds the message: retried, and not counted against the channel's health."""


class ChannelAuthError(ChannelError):
    """The provider rejected our credentials; retrying will not help until config changes."""


class PermanentChannelError(ChannelError):
    """The provider refused this message for good (invalid recipient, 4xx other than 429).

    `kind` is "message" when only this message cannot go (a blocked or unknown recipient), and
    "config" when no message can go until an admin changes the configuration (the endpoint does
    not exist, no template is configured): the latter marks the channel unhealthy at once.
    """

    def __init__(self, message: str, kind: str = "message") -> None:
        super().__init__(message)
        self.kind = kind


class TooLarge(PermanentChannelError):
    """A file over a size cap (`limit` bytes): refused for good, and the citizen is told."""

    def __init__(self, message: str, limit: int) -> None:
        super().__init__(message)
        self.limit = limit

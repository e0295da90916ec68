"""The errors the core raises: each message is already translated and says what to do."""


class RedLineError(Exception):
    """A problem the user can act on; the message names the layer or file and the fix."""


class Cancelled(RedLineError):  # noqa: N818 - a state, not a failure
    """The user cancelled; whatever the step was writing has been removed."""

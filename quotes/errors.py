"""Exceptions raised by ``quotes``.

Every error a user can trigger is one of ours, so a pipeline can catch
``quotes.QuotesError`` and nothing deep inside a dependency leaks out as a bare
traceback. Each carries a short greppable ``code`` (as spaCy's ``E###``).
"""

from __future__ import annotations


class QuotesError(Exception):
    """Base class of every error raised on purpose by ``quotes``."""

    code = "Q000"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return f"[{self.code}] {super().__str__()}"


class InputTypeError(QuotesError, TypeError):
    """The text handed to ``extract`` is not a ``str`` (or a stanza Document)."""

    code = "Q001"


class EngineError(QuotesError, ValueError):
    """An unknown engine name or an invalid option for an engine."""

    code = "Q002"


class ModelNotFoundError(QuotesError, RuntimeError):
    """Stanza models are missing or a model path is wrong.

    The message names what is missing and the exact command that fixes it.
    """

    code = "Q003"


class DocumentFormatError(QuotesError, ValueError):
    """A serialised document (``Document.from_dict``) or gold file is malformed."""

    code = "Q004"


class SpanError(QuotesError, ValueError):
    """A span whose offsets or text disagree with the document text."""

    code = "Q005"

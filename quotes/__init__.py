"""quotes: who said what in English news.

>>> import quotes
>>> doc = quotes.extract('"We will win," the mayor said.', engine="rules")
>>> [(q.kind.value, q.text, q.source.text) for q in doc.quotes]
[('direct', 'We will win,', 'the mayor')]

The flat API is re-exported here. Importing ``quotes`` does not import
stanza or torch: the stanza engine, the HTML view, tables and evaluation are
loaded on first use.
"""

from __future__ import annotations

from typing import Any

from .api import Extractor, extract
from .errors import (
    DocumentFormatError,
    EngineError,
    InputTypeError,
    ModelNotFoundError,
    QuotesError,
    SpanError,
)
from .model import (
    CueType,
    Document,
    Mention,
    MentionKind,
    Quote,
    QuoteKind,
    Sentence,
    Span,
    Speaker,
    SpeakerKind,
)

__version__ = "0.1.0"

# name -> (module, attribute), imported on first access
_LAZY = {
    "evaluate": ("quotes.evaluation", "evaluate"),
    "render_html": ("quotes.html", "render_html"),
    "to_dataframe": ("quotes.tables", "to_dataframe"),
    "to_records": ("quotes.records", "to_records"),
    "download": ("quotes.engines.stanza_engine", "download"),
    "ExtractionError": ("quotes.parallel", "ExtractionError"),
    "MissingDependencyError": ("quotes.records", "MissingDependencyError"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(module), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")


__all__ = [
    "CueType",
    "Document",
    "DocumentFormatError",
    "EngineError",
    "ExtractionError",
    "Extractor",
    "InputTypeError",
    "Mention",
    "MentionKind",
    "MissingDependencyError",
    "ModelNotFoundError",
    "Quote",
    "QuoteKind",
    "QuotesError",
    "Sentence",
    "Span",
    "SpanError",
    "Speaker",
    "SpeakerKind",
    "__version__",
    "download",
    "evaluate",
    "extract",
    "render_html",
    "to_dataframe",
    "to_records",
]

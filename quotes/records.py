"""Flat records: one dict per quote, for tables, CSV and data frames.

A ``Document`` is a tree (quotes point at speakers, which hold mentions);
tables want one row per quote with plain values. This module does that
flattening once, with a fixed column order (``COLUMNS``) that the CLI's CSV
output, ``quotes.to_dataframe`` and ``quotes.dask`` all share, so a column
never appears in one output and not another.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .errors import QuotesError
from .model import Document, Quote

COLUMNS: tuple[str, ...] = (
    "doc_id",
    "quote_index",
    "speaker",
    "speaker_id",
    "speaker_kind",
    "kind",
    "cue_type",
    "text",
    "cue",
    "source",
    "source_kind",
    "addressee",
    "start",
    "end",
    "sentence",
    "confidence",
)
"""The record columns, in order. Values are str, int, float or None."""


class MissingDependencyError(QuotesError, ImportError):
    """An optional dependency (pandas, dask, …) is needed but not installed.

    The message names the ``pip install`` command that fixes it, so the user
    never has to guess which extra of ``newsquotes`` provides it.
    """

    code = "Q006"


def _sentence_of(doc: Document, quote: Quote) -> int | None:
    """The index of the quote's first sentence.

    Extraction fills ``quote.sentences``; a hand-built quote may not, so fall
    back to the sentence that contains the start of the content.
    """
    if quote.sentences:
        return quote.sentences[0]
    for sentence in doc.sentences:
        if sentence.span.start <= quote.start < sentence.span.end:
            return sentence.index
    return None


def quote_record(
    doc: Document, quote: Quote, quote_index: int, doc_id: Any = None
) -> dict[str, Any]:
    """The flat record of one quote of ``doc`` (keys in ``COLUMNS`` order)."""
    speaker = quote.speaker
    return {
        "doc_id": doc_id,
        "quote_index": quote_index,
        "speaker": speaker.name if speaker else None,
        "speaker_id": speaker.id if speaker else None,
        "speaker_kind": speaker.kind.value if speaker else None,
        "kind": quote.kind.value,
        "cue_type": quote.cue_type.value if quote.cue_type else None,
        "text": quote.text,
        "cue": quote.cue.text if quote.cue else None,
        "source": quote.source.text if quote.source else None,
        "source_kind": quote.source.kind.value if quote.source else None,
        "addressee": quote.addressee.name if quote.addressee else None,
        "start": quote.start,
        "end": quote.end,
        "sentence": _sentence_of(doc, quote),
        "confidence": quote.confidence,
    }


def document_records(doc: Document, doc_id: Any = None) -> list[dict[str, Any]]:
    """One record per quote of ``doc``, in text order (``Document.to_records``)."""
    return [quote_record(doc, quote, i, doc_id) for i, quote in enumerate(doc.quotes)]


def _is_id_pair(item: Any) -> bool:
    return (
        isinstance(item, tuple)
        and len(item) == 2
        and not isinstance(item[0], Document)
        and (isinstance(item[1], Document) or _is_error(item[1]))
    )


def _is_error(item: Any) -> bool:
    # Imported lazily: quotes.parallel pulls in multiprocessing machinery that
    # a table of one document does not need.
    from .parallel import ExtractionError

    return isinstance(item, ExtractionError)


def iter_records(
    docs: Document | Iterable[Any], ids: Iterable[Any] | None = None
) -> Iterable[dict[str, Any]]:
    """Records of one or many documents, lazily; see ``to_records``."""
    if isinstance(docs, Document):
        doc_id = next(iter(ids), None) if ids is not None else None
        yield from document_records(docs, doc_id)
        return
    id_iter = iter(ids) if ids is not None else None
    for position, item in enumerate(docs):
        given_id = next(id_iter) if id_iter is not None else position
        if _is_id_pair(item):
            pair_id, item = item
            if id_iter is None:
                given_id = pair_id
        if _is_error(item):
            continue
        if not isinstance(item, Document):
            raise TypeError(
                f"to_records() takes Documents or (id, Document) pairs, "
                f"got {type(item).__name__} at position {position}"
            )
        yield from document_records(item, given_id)


def to_records(
    docs: Document | Iterable[Any], ids: Iterable[Any] | None = None
) -> list[dict[str, Any]]:
    """Flat records (``COLUMNS``) of one document or many.

    ``docs`` is a ``Document``, an iterable of them, or an iterable of
    ``(id, Document)`` pairs (what ``extract_many(..., with_ids=True)``
    yields). ``doc_id`` is, in order of preference: the matching item of
    ``ids``, the pair's id, the position in ``docs``; for a single document
    without ``ids`` it is None. ``ExtractionError`` items (documents that
    failed) have no quotes and give no records.
    """
    return list(iter_records(docs, ids))

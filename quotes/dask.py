"""Quote extraction over a Dask bag (optional: ``pip install "newsquotes[dask]"``).

``import quotes`` never imports this module or dask. Each partition is
processed by one call that reuses an ``Extractor`` cached in the worker
process, so the engine (for stanza, a pipeline of neural models) is built
once per worker process, not once per document or per partition.

>>> import dask.bag as db                                   # doctest: +SKIP
>>> from quotes.dask import extract_bag                     # doctest: +SKIP
>>> docs = extract_bag(db.from_sequence(texts, npartitions=8), engine="rules")
>>> docs.map(lambda d: len(d["quotes"])).sum().compute()    # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .parallel import (
    ON_ERROR,
    ExtractionError,
    OptionError,
    _split,
    build_extractor,
    extract_batch,
)
from .records import MissingDependencyError, document_records

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag

    from .api import Extractor

OUTPUTS = ("dict", "records")
DASK_HINT = 'pip install "newsquotes[dask]"'

# One extractor per worker process and settings, reused by every partition
# the process runs (a Dask worker runs many partitions, often in one thread).
_extractors: dict[tuple[str, str], Extractor] = {}


def _extractor(engine: str, options: dict[str, Any]) -> Extractor:
    key = (engine, repr(sorted(options.items())))
    extractor = _extractors.get(key)
    if extractor is None:
        extractor = build_extractor({"engine": engine, **options})
        _extractors[key] = extractor
    return extractor


def _partition(
    items: Iterable[Any], engine: str, options: dict[str, Any], output: str, on_error: str
) -> list[dict[str, Any]]:
    """Extract one partition: dicts (``Document.to_dict`` plus ``id`` for a
    pair) or flat records; a failed item gives an error dict (``"error":
    True``) when ``on_error="record"``."""
    extractor = _extractor(engine, options)
    batch = [_split(i, item) for i, item in enumerate(items)]
    out: list[dict[str, Any]] = []
    results = extract_batch(extractor, batch, on_error)
    for (_, item_id, _), result in zip(batch, results, strict=True):
        if isinstance(result, BaseException):
            raise result
        if isinstance(result, ExtractionError):
            out.append(result.to_dict())
        elif output == "records":
            out.extend(document_records(result, item_id))
        else:
            data = result.to_dict()
            if item_id is not None:
                data["id"] = item_id
            out.append(data)
    return out


def extract_bag(
    bag: dask.bag.Bag,
    *,
    engine: str = "auto",
    output: str = "dict",
    on_error: str = "record",
    **options: Any,
) -> dask.bag.Bag:
    """A bag of extraction results for a bag of texts (or ``(id, text)`` pairs).

    ``output="dict"``: one ``Document.to_dict()`` per text (with ``"id"``
    added for a pair), ``Document.from_dict`` rebuilds it; ``"records"``: one
    flat record per quote (``quotes.records.COLUMNS``, ``doc_id`` being the
    pair's id or the position within the partition), ready for
    ``bag.to_dataframe(meta=quotes.dask.RECORDS_META)``. ``on_error``:
    ``"record"`` puts an error dict (``index`` within its partition, ``id``,
    ``error_type``, ``message``, ``"error": True``) in place of a failed
    text; ``"raise"`` fails the task. ``engine`` and ``options`` are those of
    ``quotes.Extractor``; an ``engine="auto"`` is decided on each worker.
    """
    if output not in OUTPUTS:
        raise OptionError(f"output must be one of {OUTPUTS}, got {output!r}")
    if on_error not in ON_ERROR:
        raise OptionError(f"on_error must be one of {ON_ERROR}, got {on_error!r}")
    try:
        import dask.bag  # noqa: F401  (a clear error before any work is planned)
    except ImportError as exc:
        raise MissingDependencyError(f"quotes.dask needs dask: run {DASK_HINT}") from exc
    return bag.map_partitions(_partition, engine, options, output, on_error)


RECORDS_META: dict[str, str] = {
    "doc_id": "object", "quote_index": "int64", "speaker": "object", "speaker_id": "object",
    "speaker_kind": "object", "kind": "object", "cue_type": "object", "text": "object",
    "cue": "object", "source": "object", "source_kind": "object", "addressee": "object",
    "start": "int64", "end": "int64", "sentence": "float64", "confidence": "float64",
}
"""Column dtypes of ``output="records"`` for ``Bag.to_dataframe(meta=...)``,
in ``COLUMNS`` order."""

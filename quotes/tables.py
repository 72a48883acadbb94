"""pandas data frames of quotes (optional: ``pip install "newsquotes[pandas]"``).

pandas is imported here, on first use, and never by ``import quotes``: most
users of an extraction library do not want a 50 MB import to find quotes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .model import Document
from .records import COLUMNS, MissingDependencyError, iter_records

if TYPE_CHECKING:  # pragma: no cover
    import pandas

PANDAS_HINT = 'pip install "newsquotes[pandas]"'


def _import_pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise MissingDependencyError(
            f"quotes.to_dataframe needs pandas, which is not installed: run {PANDAS_HINT}"
        ) from exc
    return pandas


def to_dataframe(
    docs: Document | Iterable[Any], ids: Iterable[Any] | None = None
) -> pandas.DataFrame:
    """One row per quote, columns ``quotes.records.COLUMNS``.

    Takes what ``quotes.to_records`` takes: a ``Document``, an iterable of
    them (a generator is fine: it is read once), or ``(id, Document)`` pairs.
    The columns are always present, even with no quotes, so code that selects
    ``df["speaker"]`` works on an empty result too.
    """
    pd = _import_pandas()
    frame = pd.DataFrame.from_records(list(iter_records(docs, ids)), columns=list(COLUMNS))
    for column in ("quote_index", "start", "end"):
        frame[column] = frame[column].astype("int64")
    frame["sentence"] = frame["sentence"].astype("Int64")
    frame["confidence"] = frame["confidence"].astype("float64")
    return frame

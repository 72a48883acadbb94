"""Extracting from many texts: streamed, in order, optionally in processes.

``extract_many`` reads its input lazily in batches and keeps only a bounded
window of batches in flight, so a generator over millions of articles runs
in constant memory and the first results arrive as soon as the first batch is
done. Results come back in input order.

Input items are either texts (``str``) or ``(id, text)`` pairs; the id is
carried into error records and, with ``with_ids=True``, yielded beside each
result, so a caller never has to zip results back to its own keys.

A document that fails (a non-``str`` item, an engine error) becomes an
``ExtractionError`` record in its place and the run goes on, because one bad
article should not cost a night's batch job; ``on_error="raise"`` raises it
instead, after the results before it.

With ``n_process = N > 1``, N - 1 worker processes are started with the
``spawn`` method (safe with threads, torch and CUDA, and the same on every
OS), and the calling process extracts too while it waits for them. Each
worker builds its own ``Extractor`` once from the caller's settings (engine
and options) and reuses it for every batch: a stanza pipeline is loaded once
per worker, not per text.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

import attrs

from .errors import QuotesError
from .model import Document
from .transport import pack, unpack

if TYPE_CHECKING:  # pragma: no cover
    from .api import Extractor

ON_ERROR = ("record", "raise")


@attrs.frozen(kw_only=True)
class ExtractionError:
    """A document that could not be processed, in the place of its result.

    ``index`` is the item's position in the input, ``id`` the id of an
    ``(id, text)`` pair (else None), ``error_type`` the exception's class name
    and ``message`` its text.
    """

    index: int
    id: Any = None
    error_type: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "id": self.id, "error_type": self.error_type,
                "message": self.message, "error": True}


class OptionError(QuotesError, ValueError):
    """An invalid option for ``extract_many`` (``n_process``, ``batch_size``, …)."""

    code = "Q008"


class WorkerError(QuotesError, RuntimeError):
    """A worker process died (out of memory, killed) or an error could not be
    sent back from it; the message says which."""

    code = "Q007"


# One batch item: (position in the input, id or None, the text or object).
Item = tuple[int, Any, Any]


def _split(index: int, item: Any) -> Item:
    """``(index, id, text)`` of one input item: a 2-tuple is ``(id, text)``,
    anything else is the text itself (and ``extract`` judges its type)."""
    if isinstance(item, tuple) and len(item) == 2:
        return index, item[0], item[1]
    return index, None, item


def _batches(texts: Iterable[Any], batch_size: int) -> Iterator[list[Item]]:
    items = (_split(i, item) for i, item in enumerate(texts))
    while True:
        batch = list(itertools.islice(items, batch_size))
        if not batch:
            return
        yield batch


def _record(item: Item, exc: BaseException) -> ExtractionError:
    index, item_id, _ = item
    return ExtractionError(index=index, id=item_id, error_type=type(exc).__name__,
                           message=str(exc))


def extract_batch(extractor: Extractor, batch: list[Item], on_error: str) -> list[Any]:
    """Results of one batch, in order: ``Document``, ``ExtractionError``, or
    (with ``on_error="raise"``) the exception itself, which the consumer
    raises in its turn so that earlier results are still delivered first.

    The batch's ``str`` texts go through ``Extractor.extract_batch`` (the
    stanza engine parses a batch much faster than its texts one by one);
    should that fail, every text is retried alone, so only the text at fault
    becomes an error.
    """
    results: list[Any] = [None] * len(batch)
    positions = [i for i, item in enumerate(batch) if isinstance(item[2], str)]
    try:
        docs = extractor.extract_batch([batch[i][2] for i in positions])
    except Exception:  # find the culprit below, one text at a time
        docs = []
    if len(docs) == len(positions):
        for i, doc in zip(positions, docs, strict=True):
            results[i] = doc
    for i, item in enumerate(batch):
        if results[i] is not None:
            continue
        try:
            results[i] = extractor.extract(item[2])
        except Exception as exc:  # one bad document must not stop the run
            results[i] = exc if on_error == "raise" else _record(item, exc)
    return results


def extractor_settings(extractor: Extractor) -> dict[str, Any]:
    """What a worker needs to build an equivalent extractor: the engine that
    actually ran (so ``auto`` is not re-decided differently) and the options.
    """
    return extractor.settings()


def build_extractor(settings: dict[str, Any]) -> Extractor:
    """An ``Extractor`` from ``extractor_settings`` output."""
    from .api import Extractor

    options = dict(settings)
    engine = options.pop("engine")
    return Extractor(engine, **options)


# -- worker side ---------------------------------------------------------
_worker_extractor: Extractor | None = None


def _init_worker(settings: dict[str, Any], threads: int) -> None:
    """Build this worker's extractor, once. For the stanza engine, also give
    torch its share of the CPUs: by default every process would start one
    thread per core, and n processes would fight over n times the cores."""
    global _worker_extractor
    if settings.get("engine") == "stanza" and "OMP_NUM_THREADS" not in os.environ:
        import torch

        torch.set_num_threads(threads)
    _worker_extractor = build_extractor(settings)


@contextlib.contextmanager
def _torch_threads(extractor: Extractor, threads: int) -> Iterator[None]:
    """Torch limited to ``threads`` while this process extracts a batch
    beside the workers (stanza engine only), then as it was: the caller's
    own torch settings are its business, outside ``extract_many``."""
    torch = sys.modules.get("torch")
    if (extractor.engine != "stanza" or torch is None
            or "OMP_NUM_THREADS" in os.environ):
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _work(batch: list[Item], on_error: str) -> list[Any]:
    """One batch in a worker: documents go back packed (``transport``),
    without the texts the caller already has."""
    assert _worker_extractor is not None, "worker not initialised"
    results = extract_batch(_worker_extractor, batch, on_error)
    for i, result in enumerate(results):
        if isinstance(result, Document):
            results[i] = pack(result, batch[i][2])
        elif isinstance(result, BaseException):
            try:
                pickle.dumps(result)
            except Exception:  # an exception that cannot cross processes
                results[i] = WorkerError(f"{type(result).__name__}: {result}")
    return results


# -- consumer side -------------------------------------------------------
def _deliver(results: list[Any], batch: list[Item], with_ids: bool) -> Iterator[Any]:
    for item, result in zip(batch, results, strict=True):
        if isinstance(result, BaseException):
            raise result
        if isinstance(result, tuple):  # a document packed by a worker
            result = unpack(result, item[2])
        yield (item[1] if item[1] is not None else item[0], result) if with_ids else result


def _in_process(extractor: Extractor, batches: Iterator[list[Item]], on_error: str,
                with_ids: bool) -> Iterator[Any]:
    for batch in batches:
        yield from _deliver(extract_batch(extractor, batch, on_error), batch, with_ids)


class _Slot:
    """One batch in the window: its items, and its pending ``Future`` (a
    worker has it) or its results (done)."""

    __slots__ = ("batch", "pending")

    def __init__(self, batch: list[Item], pending: Future | list[Any] | None) -> None:
        self.batch = batch
        self.pending = pending

    def unfinished(self) -> bool:
        return isinstance(self.pending, Future) and not self.pending.done()


# While this process extracts a batch itself, it stops this many times to
# give workers that ran dry a new batch: a worker must not sit idle for the
# whole of a local batch.
LOCAL_SLICES = 4


def _in_processes(extractor: Extractor, batches: Iterator[list[Item]], on_error: str,
                  with_ids: bool, n_process: int, prefetch: int) -> Iterator[Any]:
    """``n_process - 1`` worker processes, and this process as the last one.

    Batches go out in input order, and the workers always hold up to
    ``prefetch`` unfinished batches between them, so that none waits for
    work. While the oldest batch is not back yet, this process does not sit
    and wait: it takes the next batch and extracts it itself (its results
    wait in the window, so the order holds), stopping between slices of it
    to hand the workers new batches as they finish theirs. Shipping a
    document between processes costs a good share of what extracting it
    costs with the rules engine; this way a part of the input never pays it,
    and every one of ``n_process`` cores is kept busy, counting ours.

    The window of batches not yet delivered holds at most ``4 * prefetch``
    batches, which bounds memory however fast either side runs.
    """
    threads = max(1, (os.cpu_count() or 1) // n_process)
    # fork starts a worker in milliseconds where spawn needs a new interpreter
    # and imports; it is safe for the rules engine, which holds no threads or
    # native state, as long as the caller runs no other thread (a lock held
    # by one would stay locked in the child). The stanza engine (torch)
    # always spawns.
    start = "fork" if (extractor.engine == "rules" and threading.active_count() == 1
                       and "fork" in multiprocessing.get_all_start_methods()) else "spawn"
    context = multiprocessing.get_context(start)
    pool = ProcessPoolExecutor(max_workers=n_process - 1, mp_context=context,
                               initializer=_init_worker,
                               initargs=(extractor_settings(extractor), threads))
    window: collections.deque[_Slot] = collections.deque()
    limit = 4 * prefetch
    exhausted = False

    def take() -> list[Item] | None:
        nonlocal exhausted
        batch = None if exhausted else next(batches, None)
        exhausted = batch is None
        return batch

    def feed_workers() -> None:
        unfinished = sum(slot.unfinished() for slot in window)
        while unfinished < prefetch and len(window) < limit and (batch := take()) is not None:
            window.append(_Slot(batch, pool.submit(_work, batch, on_error)))
            unfinished += 1

    def extract_here(slot: _Slot) -> None:
        batch = slot.batch
        step = max(1, -(-len(batch) // LOCAL_SLICES))
        results: list[Any] = []
        with _torch_threads(extractor, threads):
            for begin in range(0, len(batch), step):
                results.extend(extract_batch(extractor, batch[begin:begin + step], on_error))
                feed_workers()
        slot.pending = results

    try:
        while True:
            feed_workers()
            if not window:
                return
            head = window[0]
            if (head.unfinished() and len(window) < limit
                    and (batch := take()) is not None):
                slot = _Slot(batch, None)
                window.append(slot)
                extract_here(slot)
                continue
            window.popleft()
            if isinstance(head.pending, Future):
                try:
                    results = head.pending.result()
                except BrokenProcessPool as exc:
                    hint = ("; workers are started with 'spawn', so the calling script "
                            "must be a file whose top level is guarded by "
                            "`if __name__ == \"__main__\":` (not stdin or `python -c`)"
                            if start == "spawn" else "")
                    raise WorkerError(
                        "a worker process died or could not start (killed, out of memory, "
                        "or its extractor failed to build); try a smaller batch_size or "
                        "fewer processes" + hint
                    ) from exc
            else:
                assert head.pending is not None
                results = head.pending
            yield from _deliver(results, head.batch, with_ids)
    finally:
        for slot in window:
            if isinstance(slot.pending, Future):
                slot.pending.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def extract_many(
    extractor: Extractor,
    texts: Iterable[Any],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    on_error: str = "record",
    with_ids: bool = False,
    prefetch: int | None = None,
) -> Iterator[Document | ExtractionError | tuple[Any, Document | ExtractionError]]:
    """Extract from every text, yielding results in input order as they come.

    ``texts``: any iterable (read lazily, once) of ``str`` or ``(id, text)``
    pairs. ``n_process``: how many processes extract (``-1``: one per CPU);
    1 runs here, N starts N - 1 worker processes and this process works as
    the N-th while it waits for theirs. ``batch_size``: texts per task (a bigger batch
    means less overhead, a smaller one a quicker first result).
    ``on_error``: ``"record"`` yields an ``ExtractionError`` for a failed
    item, ``"raise"`` raises its exception. ``with_ids``: yield
    ``(id, result)`` pairs, the id being the pair's id or the input position.
    ``prefetch``: unfinished batches the workers hold at once (default
    ``2 * (n_process - 1)``); memory is bounded by ``4 * prefetch *
    batch_size`` documents.

    With ``n_process > 1`` the calling script must be importable without side
    effects (the usual ``if __name__ == "__main__":`` guard), as for any
    ``spawn`` multiprocessing.
    """
    if isinstance(texts, (str, bytes)):
        raise OptionError("extract_many takes an iterable of texts, got one text: "
                          "use extract(text), or wrap it in a list")
    if on_error not in ON_ERROR:
        raise OptionError(f"on_error must be one of {ON_ERROR}, got {on_error!r}")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise OptionError(f"batch_size must be a positive int, got {batch_size!r}")
    if n_process == -1:
        n_process = multiprocessing.cpu_count()
    if not isinstance(n_process, int) or n_process < 1:
        raise OptionError(f"n_process must be a positive int or -1, got {n_process!r}")
    batches = _batches(texts, batch_size)
    if n_process == 1:
        return _in_process(extractor, batches, on_error, with_ids)
    window = prefetch if prefetch is not None else 2 * (n_process - 1)
    if window < 1:
        raise OptionError(f"prefetch must be at least 1, got {prefetch!r}")
    return _in_processes(extractor, batches, on_error, with_ids, n_process, window)

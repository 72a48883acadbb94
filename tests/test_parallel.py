"""extract_many: order, identical results in processes, errors, laziness."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from samples import SHORT_NEWS

import quotes
from quotes.parallel import ExtractionError, OptionError, extract_many

TEXTS = [*SHORT_NEWS, ""] * 4


@pytest.fixture(scope="module")
def extractor() -> quotes.Extractor:
    return quotes.Extractor("rules")


def _dicts(results) -> list:
    return [r.to_dict() for r in results]


def test_in_process_matches_extract(extractor: quotes.Extractor) -> None:
    results = list(extract_many(extractor, TEXTS, batch_size=5))
    assert _dicts(results) == [extractor.extract(t).to_dict() for t in TEXTS]


def test_two_processes_give_identical_output_in_order(extractor: quotes.Extractor) -> None:
    one = list(extractor.extract_many(TEXTS, n_process=1, batch_size=3))
    two = list(extractor.extract_many(iter(TEXTS), n_process=2, batch_size=3))
    assert [d.text for d in two] == TEXTS
    assert _dicts(two) == _dicts(one)
    assert two == one  # the frozen attrs documents compare equal too


def test_error_record_and_the_run_goes_on(extractor: quotes.Extractor) -> None:
    items = ["Fine text.", 42, ("a", "He said it was fine."), ("b", None), b"bytes"]
    results = list(extract_many(extractor, items, batch_size=2))
    assert len(results) == 5
    assert isinstance(results[0], quotes.Document)
    assert results[1] == ExtractionError(index=1, id=None, error_type="InputTypeError",
                                         message=results[1].message)
    assert "got int" in results[1].message
    assert isinstance(results[2], quotes.Document)
    assert results[2].text == "He said it was fine."
    assert (results[3].index, results[3].id, results[3].error_type) == (3, "b", "InputTypeError")
    assert "decode" in results[4].message
    assert results[3].to_dict()["error"] is True


def test_error_records_in_processes(extractor: quotes.Extractor) -> None:
    items = ["Fine text.", 42, ("a", "He said it was fine.")]
    results = list(extract_many(extractor, items, n_process=2, batch_size=1, with_ids=True))
    assert [i for i, _ in results] == [0, 1, "a"]
    assert isinstance(results[1][1], ExtractionError)
    assert isinstance(results[2][1], quotes.Document)


@pytest.mark.parametrize("n_process", [1, 2])
def test_on_error_raise_delivers_earlier_results_first(
    extractor: quotes.Extractor, n_process: int
) -> None:
    stream = extract_many(extractor, ["One.", "Two.", 3, "Four."], n_process=n_process,
                          batch_size=3, on_error="raise")
    assert next(stream).text == "One."
    assert next(stream).text == "Two."
    with pytest.raises(quotes.InputTypeError):
        next(stream)


def test_with_ids(extractor: quotes.Extractor) -> None:
    results = list(extract_many(extractor, [("x", "A."), "B.", ("z", "C.")], with_ids=True))
    assert [(i, d.text) for i, d in results] == [("x", "A."), (1, "B."), ("z", "C.")]


@pytest.mark.parametrize("n_process", [1, 2])
def test_generator_input_is_read_lazily(extractor: quotes.Extractor, n_process: int) -> None:
    consumed = 0

    def endless() -> Iterator[str]:
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield f'"Number {i}," she said.'

    stream = extract_many(extractor, endless(), n_process=n_process, batch_size=4)
    first = list(itertools.islice(stream, 6))
    assert [d.text for d in first] == [f'"Number {i}," she said.' for i in range(6)]
    # in process: the two batches that hold the six results; in processes:
    # also the window (4 * prefetch batches, prefetch = 2 * (n_process - 1))
    bound = 2 if n_process == 1 else 2 + 8 * (n_process - 1)
    assert consumed <= bound * 4
    stream.close()


@pytest.mark.parametrize("options", [
    {"n_process": 0}, {"batch_size": 0}, {"texts": "one text, not a list"},
    {"on_error": "ignore"}, {"n_process": 2, "prefetch": 0},
])
def test_bad_options_are_refused_at_once(extractor: quotes.Extractor, options: dict) -> None:
    texts = options.pop("texts", TEXTS)
    with pytest.raises(OptionError):
        extract_many(extractor, texts, **options)
    assert issubclass(OptionError, quotes.QuotesError)


class _BatchingExtractor:
    """An extractor with ``extract_batch``: batches go through it, and a
    batch that fails is retried text by text."""

    engine = "rules"

    def __init__(self) -> None:
        self.inner = quotes.Extractor("rules")
        self.batches: list[int] = []

    def extract(self, text):
        return self.inner.extract(text)

    def extract_batch(self, texts):
        if any("boom" in t for t in texts):
            raise RuntimeError("boom")
        self.batches.append(len(texts))
        return [self.inner.extract(t) for t in texts]


def test_batch_method_is_used_and_failures_are_isolated() -> None:
    fake = _BatchingExtractor()
    texts = ["One.", "Two.", 3, "Four.", "boom", "Six."]
    results = list(extract_many(fake, texts, batch_size=3))
    assert fake.batches == [2]  # the first batch; the second failed and went one by one
    assert [type(r).__name__ for r in results] == [
        "Document", "Document", "ExtractionError", "Document", "Document", "Document"]
    assert [r.text for r in results if isinstance(r, quotes.Document)] == [
        "One.", "Two.", "Four.", "boom", "Six."]

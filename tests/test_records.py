"""Flat records and data frames of quotes."""

from __future__ import annotations

import builtins
import sys

import pytest

import quotes
from quotes import Document, Mention, Quote, Sentence, Span, Speaker
from quotes.parallel import ExtractionError
from quotes.records import COLUMNS, MissingDependencyError, document_records, to_records

TEXT = (
    '"We kept every library open," Mayor Ana Ruiz told the council.\n'
    "Councillor Tom Baker said the plan would raise fees.\n"
    'A spokesman said the deal was "fragile."'
)


def _span(needle: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(needle, start + 1)
    return Span.of(TEXT, start, start + len(needle))


def build_doc() -> Document:
    ruiz_name = Mention(span=_span("Mayor Ana Ruiz"), kind="name")
    ruiz = Speaker(id="S1", name="Ana Ruiz", kind="person", roles=("mayor",),
                   mentions=(ruiz_name,))
    council = Speaker(id="S2", name="the council", kind="organisation",
                      mentions=(Mention(span=_span("the council"), kind="organisation"),))
    baker_name = Mention(span=_span("Councillor Tom Baker"), kind="name")
    baker = Speaker(id="S3", name="Tom Baker", kind="person", mentions=(baker_name,))
    lines = TEXT.split("\n")
    sentences, start = [], 0
    for i, line in enumerate(lines):
        sentences.append(Sentence(index=i, span=Span.of(TEXT, start, start + len(line)),
                                  paragraph=i))
        start += len(line) + 1
    return Document(text=TEXT, sentences=sentences, speakers=(ruiz, council, baker), quotes=(
        Quote(kind="direct", content=(_span("We kept every library open,"),),
              cue=_span("told"), cue_type="speech", source=ruiz_name, speaker=ruiz,
              addressee=council, sentences=(0,), confidence=0.9),
        Quote(kind="indirect", content=(_span("the plan would raise fees"),),
              cue=_span("said"), cue_type="speech", source=baker_name, speaker=baker,
              confidence=0.75),  # no sentences: found from the offsets
        Quote(kind="mixed", content=(_span('the deal was "fragile."'),),
              cue=_span("said", 1), source=Mention(span=_span("A spokesman"), kind="anonymous"),
              speaker=None, sentences=(2,), confidence=0.5),
    ))


def test_columns_are_the_public_contract() -> None:
    assert COLUMNS == (
        "doc_id", "quote_index", "speaker", "speaker_id", "speaker_kind", "kind", "cue_type",
        "text", "cue", "source", "source_kind", "addressee", "start", "end", "sentence",
        "confidence",
    )


def test_document_records() -> None:
    doc = build_doc()
    records = document_records(doc, doc_id="d1")
    assert [tuple(r) for r in records] == [COLUMNS] * 3
    assert records[0] == {
        "doc_id": "d1", "quote_index": 0, "speaker": "Ana Ruiz", "speaker_id": "S1",
        "speaker_kind": "person", "kind": "direct", "cue_type": "speech",
        "text": "We kept every library open,", "cue": "told", "source": "Mayor Ana Ruiz",
        "source_kind": "name", "addressee": "the council", "start": 1, "end": 28,
        "sentence": 0, "confidence": 0.9,
    }
    assert records[1]["sentence"] == 1
    assert (records[2]["speaker"], records[2]["speaker_id"], records[2]["cue_type"]) == (
        None, None, None)
    assert records[2]["source_kind"] == "anonymous"
    assert doc.to_records() == document_records(doc)
    assert doc.to_records()[0]["doc_id"] is None


def test_to_records_of_many_documents_and_pairs() -> None:
    doc = build_doc()
    empty = Document(text="Nothing said.")
    assert [r["doc_id"] for r in to_records([doc, empty, doc])] == [0] * 3 + [2] * 3
    assert {r["doc_id"] for r in to_records(iter([doc]), ids=["a"])} == {"a"}
    failed = ExtractionError(index=1, id="b", error_type="InputTypeError", message="x")
    pairs = [("a", doc), ("b", failed), ("c", doc)]
    assert [r["doc_id"] for r in to_records(pairs)][::3] == ["a", "c"]
    assert to_records(doc, ids=["only"])[0]["doc_id"] == "only"
    assert quotes.to_records is to_records
    with pytest.raises(TypeError):
        to_records(["not a document"])


def test_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    frame = quotes.to_dataframe([build_doc(), Document(text="")], ids=["x", "y"])
    assert isinstance(frame, pd.DataFrame)
    assert tuple(frame.columns) == COLUMNS
    assert len(frame) == 3
    assert frame["speaker"].tolist()[:2] == ["Ana Ruiz", "Tom Baker"]
    assert frame["start"].dtype == "int64"
    assert frame["sentence"].tolist() == [0, 1, 2]


def test_empty_dataframe_keeps_its_columns() -> None:
    pytest.importorskip("pandas")
    frame = quotes.to_dataframe([])
    assert tuple(frame.columns) == COLUMNS and len(frame) == 0


def test_missing_pandas_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotes import tables

    real_import = builtins.__import__

    def no_pandas(name: str, *args, **kwargs):
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "pandas", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(MissingDependencyError, match=r'pip install "newsquotes\[pandas\]"'):
        tables.to_dataframe([build_doc()])
    assert issubclass(MissingDependencyError, quotes.QuotesError)


def test_import_quotes_loads_no_table_or_view_module() -> None:
    import subprocess

    code = ("import sys, quotes; print(sorted(m for m in ('pandas', 'dask', 'matplotlib', "
            "'quotes.html', 'quotes.tables', 'quotes.parallel') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"

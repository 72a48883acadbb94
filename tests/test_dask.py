"""quotes.dask on a real two-process local cluster."""

from __future__ import annotations

import subprocess
import sys

import pytest
from samples import SHORT_NEWS

import quotes
from quotes.records import COLUMNS

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

TEXTS = SHORT_NEWS * 3


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    with cluster, distributed.Client(cluster) as client:
        yield client


def test_bag_output_equals_single_process_output(client) -> None:
    from quotes.dask import extract_bag

    bag = db.from_sequence(TEXTS, npartitions=4)
    result = extract_bag(bag, engine="rules").compute()
    extractor = quotes.Extractor("rules")
    assert result == [extractor.extract(t).to_dict() for t in TEXTS]
    assert quotes.Document.from_dict(result[2]) == extractor.extract(TEXTS[2])


def test_one_extractor_per_worker_process(client) -> None:
    from quotes import dask as qdask

    bag = db.from_sequence(TEXTS, npartitions=6)
    qdask.extract_bag(bag, engine="rules").compute()
    counts = client.run(lambda: len(__import__("quotes.dask").dask._extractors))
    assert sorted(counts.values()) and all(n <= 1 for n in counts.values())
    assert sum(counts.values()) >= 1


def test_records_and_pairs_and_errors(client) -> None:
    from quotes.dask import RECORDS_META, extract_bag

    pairs = [(f"doc{i}", t) for i, t in enumerate(TEXTS)] + [("bad", 42)]
    bag = db.from_sequence(pairs, npartitions=3)
    dicts = extract_bag(bag, engine="rules").compute()
    assert [d["id"] for d in dicts] == [p[0] for p in pairs]
    assert dicts[-1]["error"] is True and dicts[-1]["error_type"] == "InputTypeError"
    records = extract_bag(bag, engine="rules", output="records").compute()
    expected = quotes.to_records([(i, quotes.extract(t, engine="rules")) for i, t in pairs[:-1]])
    assert [r for r in records if "error" not in r] == expected
    assert tuple(RECORDS_META) == COLUMNS


def test_import_quotes_does_not_import_dask() -> None:
    code = "import sys, quotes; quotes.Extractor('rules'); print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"

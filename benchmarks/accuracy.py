#!/usr/bin/env python3
"""Accuracy of ``quotes`` on the PolNeAR benchmark (dev split by default).

Runs the library over every article of a benchmark JSONL file, scores the
result with ``quotes.evaluate`` (which agrees with the benchmark's reference
scorer to the third decimal) and prints the table for all kinds and per kind.

    python benchmarks/accuracy.py                         # rules engine, dev
    python benchmarks/accuracy.py --engine stanza --conllu ../shared/data/polnear/dev.conllu
    python benchmarks/accuracy.py --system-out dev.system.jsonl --json dev.scores.json

With ``--engine stanza --conllu PATH`` the articles are not parsed again: the
stanza documents are built from the CoNLL-U parses shipped with the data, so
the numbers measure the attribution stages on a fixed parse. Articles that
have no parse in the CoNLL-U file are left out of the gold (the count is
printed) unless ``--keep-unparsed`` keeps them (stanza: scored as having no
predictions; rules: extracted as usual).
``--engine rules --conllu PATH`` scores the rules engine on the same
articles (it still reads the raw text), for a like-for-like comparison.
``--system-out`` writes the predictions in the reference scorer's format, so
``score.py GOLD SYSTEM --by-kind`` can confirm the numbers independently.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from quotes import Document, Extractor
from quotes.evaluation import (
    EvaluationResult,
    document_to_system,
    evaluate,
    format_table,
    load_jsonl,
)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear" / "dev.jsonl"

MAX_ERRORS_SHOWN = 5


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=("rules", "stanza"), default="rules")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help=f"benchmark JSONL (default: {DEFAULT_DATA})")
    parser.add_argument("--conllu", type=Path,
                        help="stanza: build documents from these parses; rules: score only "
                             "the articles parsed there (same articles as a stanza run)")
    parser.add_argument("--model-dir", help="stanza resources folder (stanza without --conllu)")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--keep-unparsed", action="store_true",
                        help="with --conllu: keep articles that have no parse")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the scores as JSON")
    parser.add_argument("--system-out", type=Path, metavar="OUT.jsonl",
                        help="write the predictions in the reference scorer's format")
    args = parser.parse_args(argv)
    if not args.data.exists():
        parser.error(f"no benchmark data at {args.data} (give --data PATH)")
    return args


def documents_from_text(articles: Sequence[Mapping[str, Any]], engine: str,
                        model_dir: str | None) -> Iterator[tuple[str, Document | Exception]]:
    """Each article analysed from its raw text by the chosen engine."""
    options: dict[str, Any] = {"model_dir": model_dir} if model_dir else {}
    extractor = Extractor(engine, **options)
    for article in articles:
        try:
            yield article["id"], extractor.extract(article["text"])
        except Exception as exc:  # noqa: BLE001 - a crash is counted, not fatal
            yield article["id"], exc


def documents_from_parses(articles: Sequence[Mapping[str, Any]],
                          conllu: Path) -> Iterator[tuple[str, Document | Exception]]:
    """Each parsed article's stanza document through the attribution stages."""
    import quotes
    from quotes.engines.stanza_engine import documents_from_conllu

    parsed = documents_from_conllu(conllu)
    for article in articles:
        stanza_doc = parsed.get(article["id"])
        if stanza_doc is None:
            continue
        try:
            yield article["id"], quotes.extract(stanza_doc)
        except Exception as exc:  # noqa: BLE001
            yield article["id"], exc


def conllu_ids(path: Path) -> set[str]:
    """Article ids in a CoNLL-U file, from its ``# newdoc id`` comments (read
    as text: no parser needed to know which articles it holds)."""
    ids = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# newdoc id"):
                ids.add(line.split("=", 1)[1].strip())
    return ids


def run(args: argparse.Namespace) -> tuple[EvaluationResult, dict[str, Any]]:
    articles = list(load_jsonl(args.data))[: args.limit]
    parsed = conllu_ids(args.conllu) if args.conllu else None
    unparsed = [a["id"] for a in articles if parsed is not None and a["id"] not in parsed]
    if parsed is not None and not args.keep_unparsed:
        articles = [a for a in articles if a["id"] in parsed]
    started = time.perf_counter()
    if args.conllu and args.engine == "stanza":
        produced = documents_from_parses(articles, args.conllu)
    else:
        produced = documents_from_text(articles, args.engine, args.model_dir)
    system: dict[str, list[Mapping[str, Any]]] = {}
    failures: list[tuple[str, Exception]] = []
    for doc_id, result in produced:
        if isinstance(result, Exception):
            failures.append((doc_id, result))
            system[doc_id] = []
        else:
            system[doc_id] = document_to_system(result)
    seconds = time.perf_counter() - started
    gold = articles
    for doc_id, exc in failures[:MAX_ERRORS_SHOWN]:
        print(f"error: {doc_id}: {type(exc).__name__}: {exc}", file=sys.stderr)
    meta = {
        "engine": args.engine,
        "data": str(args.data),
        "conllu": str(args.conllu) if args.conllu else None,
        "articles": len(gold),
        "unparsed": unparsed,
        "failed": [doc_id for doc_id, _ in failures],
        "seconds": round(seconds, 3),
    }
    if args.system_out:
        with args.system_out.open("w", encoding="utf-8") as handle:
            for doc_id, quotes_ in system.items():
                handle.write(json.dumps({"id": doc_id, "quotes": quotes_}) + "\n")
    return evaluate(gold, system, by_kind=True), meta


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    result, meta = run(args)
    source = ("CoNLL-U parses " + meta["conllu"] if meta["conllu"] and args.engine == "stanza"
              else "raw text")
    print(f"engine {meta['engine']} on {source}; data {meta['data']}")
    print(f"{meta['articles']} articles in {meta['seconds']:.1f} s; "
          f"{len(meta['failed'])} failed")
    if meta["unparsed"]:
        what = "kept" if args.keep_unparsed else "left out"
        print(f"{len(meta['unparsed'])} article(s) without a parse {what}")
    print()
    print(format_table(result))
    if args.json:
        args.json.write_text(json.dumps({"meta": meta, **result.to_dict()}, indent=1) + "\n",
                             encoding="utf-8")
    return 1 if meta["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Speed and memory of ``quotes`` in one process on one core.

    python benchmarks/speed.py                      # rules engine, dev articles, 3 passes
    python benchmarks/speed.py --repeat 5 --limit 20
    python benchmarks/speed.py --engine stanza --stage-only \
        --conllu ../shared/data/polnear/dev.conllu

Full mode times ``Extractor.extract`` on the raw text of every article:
articles per second and characters per second (best pass, and the mean of
all passes), after one warm-up article so that building the engine (loading
lexicons, or stanza's models) is reported separately rather than smeared
over the first pass.

``--stage-only`` (stanza) builds the stanza documents from CoNLL-U parses
first and then times only the attribution stages, ``quotes.extract(doc)``
on the parsed document: what the library adds on top of a parse the user
already has, in milliseconds per article.

Memory: the process's peak resident set size (``ru_maxrss``, which includes
the interpreter, libraries and any models) and the peak of Python
allocations during one extra pass under ``tracemalloc`` (what extraction
itself allocates). ``tracemalloc`` slows Python down, so that pass is not
timed. The process is pinned to one CPU and math libraries to one thread,
so the numbers are per core (``--no-pin`` to lift that).
"""

from __future__ import annotations

import os

# before any library that starts thread pools is imported
for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear" / "dev.jsonl"
DEFAULT_CONLLU = DEFAULT_DATA.with_suffix(".conllu")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=("rules", "stanza"), default="rules")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help=f"benchmark JSONL (default: {DEFAULT_DATA})")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (default: 3)")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--stage-only", action="store_true",
                        help="stanza: time only the attribution stages on parsed documents")
    parser.add_argument("--conllu", type=Path, default=DEFAULT_CONLLU,
                        help=f"parses for --stage-only (default: {DEFAULT_CONLLU})")
    parser.add_argument("--model-dir", help="stanza resources folder")
    parser.add_argument("--no-pin", action="store_true", help="do not pin to one CPU")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the numbers here")
    args = parser.parse_args(argv)
    if args.stage_only and args.engine != "stanza":
        parser.error("--stage-only needs --engine stanza")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if not args.data.exists():
        parser.error(f"no benchmark data at {args.data} (give --data PATH)")
    return args


def pin_to_one_core(engine: str) -> str:
    """Pin the process to the first CPU it may use, so that the numbers
    mean "per core" even where a library would spread over several. torch is
    limited to one thread only for stanza: importing it for the rules engine
    would add its hundreds of megabytes to the peak RSS being measured."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    if engine == "stanza":
        try:
            import torch

            torch.set_num_threads(1)
        except ImportError:
            pass
    return f"pinned to CPU {cpu}"


def load_articles(path: Path, limit: int | None) -> list[dict[str, Any]]:
    from quotes.evaluation import load_jsonl

    return list(load_jsonl(path))[:limit]


def time_passes(work: Callable[[Any], Any], inputs: Sequence[Any], repeat: int) -> list[float]:
    """Seconds per pass over ``inputs``; the garbage collector runs between
    passes, not inside them, so one pass does not pay for another's garbage."""
    times = []
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        for item in inputs:
            work(item)
        times.append(time.perf_counter() - started)
    return times


def traced_peak(work: Callable[[Any], Any], inputs: Sequence[Any]) -> int:
    """Peak bytes allocated by Python during one pass."""
    gc.collect()
    tracemalloc.start()
    try:
        for item in inputs:
            work(item)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def max_rss_bytes() -> int:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024  # Linux reports KiB


def full_mode(args: argparse.Namespace, articles: list[dict[str, Any]]) -> dict[str, Any]:
    from quotes import Extractor

    texts = [a["text"] for a in articles]
    started = time.perf_counter()
    options: dict[str, Any] = {"model_dir": args.model_dir} if args.model_dir else {}
    extractor = Extractor(args.engine, **options)
    extractor.extract(texts[0])  # warm-up: lazy loading happens here
    setup = time.perf_counter() - started
    times = time_passes(extractor.extract, texts, args.repeat)
    chars = sum(len(t) for t in texts)
    best, mean = min(times), statistics.mean(times)
    return {
        "mode": "full",
        "engine": extractor.engine,
        "setup_s": setup,
        "pass_s": times,
        "articles_per_s": len(texts) / best,
        "articles_per_s_mean": len(texts) / mean,
        "chars_per_s": chars / best,
        "chars_per_s_mean": chars / mean,
        "ms_per_article": 1000 * best / len(texts),
        "characters": chars,
        "tracemalloc_peak_bytes": traced_peak(extractor.extract, texts),
    }


def stage_mode(args: argparse.Namespace, articles: list[dict[str, Any]]) -> dict[str, Any]:
    import quotes
    from quotes.engines.stanza_engine import documents_from_conllu

    started = time.perf_counter()
    parsed = documents_from_conllu(args.conllu)
    wanted = {a["id"] for a in articles}
    docs = [doc for doc_id, doc in parsed.items() if doc_id in wanted]
    if not docs:
        raise SystemExit(f"no parsed article of {args.data} in {args.conllu}")
    quotes.extract(docs[0])  # warm-up
    setup = time.perf_counter() - started
    per_article: list[float] = []
    for _ in range(args.repeat):
        gc.collect()
        for doc in docs:
            t0 = time.perf_counter()
            quotes.extract(doc)
            per_article.append(time.perf_counter() - t0)
    per_pass = [sum(per_article[i * len(docs):(i + 1) * len(docs)]) for i in range(args.repeat)]
    chars = sum(len(doc.text) for doc in docs)
    ms = sorted(1000 * t for t in per_article)
    return {
        "mode": "stage-only",
        "engine": "stanza",
        "setup_s": setup,
        "pass_s": per_pass,
        "articles_per_s": len(docs) / min(per_pass),
        "chars_per_s": chars / min(per_pass),
        "ms_per_article": statistics.mean(ms),
        "ms_per_article_median": statistics.median(ms),
        "ms_per_article_p95": ms[min(len(ms) - 1, int(0.95 * len(ms)))],
        "characters": chars,
        "tracemalloc_peak_bytes": traced_peak(quotes.extract, docs),
        "articles_timed": len(docs),
    }


def report(result: dict[str, Any]) -> str:
    mib = 1024 * 1024
    lines = [
        f"engine {result['engine']} ({result['mode']}), {result['articles']} articles, "
        f"{result['characters']} characters; {result['pinned']}",
        f"python {result['python']} on {result['machine']}",
        f"setup (engine build + first article): {result['setup_s']:.2f} s",
        "passes: " + ", ".join(f"{t:.3f} s" for t in result["pass_s"]),
        f"articles/s:   {result['articles_per_s']:.1f} (best pass)",
        f"characters/s: {result['chars_per_s']:,.0f} (best pass)",
        f"ms/article:   {result['ms_per_article']:.2f}"
        + (" (mean over all passes; median "
           f"{result['ms_per_article_median']:.2f}, p95 {result['ms_per_article_p95']:.2f})"
           if result["mode"] == "stage-only" else " (best pass)"),
        f"peak RSS:     {result['max_rss_bytes'] / mib:.1f} MiB (whole process)",
        f"peak Python allocations during one pass: "
        f"{result['tracemalloc_peak_bytes'] / mib:.1f} MiB (tracemalloc)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    pinned = "not pinned" if args.no_pin else pin_to_one_core(args.engine)
    articles = load_articles(args.data, args.limit)
    if not articles:
        raise SystemExit(f"no articles in {args.data}")
    result = stage_mode(args, articles) if args.stage_only else full_mode(args, articles)
    result.update(
        articles=result.pop("articles_timed", len(articles)),
        pinned=pinned,
        max_rss_bytes=max_rss_bytes(),
        python=platform.python_version(),
        machine=platform.machine(),
        data=str(args.data),
    )
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

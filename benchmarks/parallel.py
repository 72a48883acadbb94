"""Benchmark ``extract_many``: speed-up of worker processes, and memory.

    python benchmarks/parallel.py [--data PATH] [--engine rules] [--docs 10000]

1. Speed: the texts of the PolNeAR training set (or any JSON-lines file with
   a ``text`` field) with 1 and with 2 processes; the outputs must be
   identical (compared by a hash of each document's JSON).
2. Memory: ``--docs`` documents (the texts repeated, fed from a generator and
   consumed as they stream) with the resident memory of this process (and of
   the workers) at 1,000 documents and at the end: it should stay flat.

Not a test: timings depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import resource
import time
from collections.abc import Iterator

import quotes

DEFAULT_DATA = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data",
                            "polnear", "train.jsonl")


def rss_mb(pid: int | None = None) -> float:
    """Current resident set size in MB (Linux /proc), not the peak."""
    with open(f"/proc/{pid or 'self'}/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def children_rss_mb() -> float:
    try:
        import psutil
    except ImportError:
        return float("nan")
    return sum(c.memory_info().rss for c in psutil.Process().children(recursive=True)) / 2**20


def load(path: str) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def digest(doc: quotes.Document) -> str:
    return hashlib.sha1(doc.to_json(sort_keys=True).encode()).hexdigest()


def timed(extractor: quotes.Extractor, texts: list[str], n_process: int,
          batch_size: int) -> tuple[float, float, list[str]]:
    """Wall seconds to extract every text (pool start-up included), CPU
    seconds of this process and its workers, and the documents' digests
    (computed after the clocks stop: hashing is the benchmark's work, not the
    library's)."""
    cpu_before = cpu_seconds()
    start = time.perf_counter()
    docs = list(extractor.extract_many(texts, n_process=n_process, batch_size=batch_size))
    seconds = time.perf_counter() - start
    cpu = cpu_seconds() - cpu_before
    return seconds, cpu, [digest(d) for d in docs]


def cpu_seconds() -> float:
    """User + system CPU time of this process and of its finished children
    (the workers are joined when ``extract_many`` ends)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def idle_share(seconds: float = 2.0) -> float:
    """Share of all CPUs' time spent idle over the next ``seconds`` (/proc/stat)."""
    def sample() -> tuple[int, int]:
        with open("/proc/stat") as handle:
            fields = [int(x) for x in handle.readline().split()[1:]]
        return fields[3] + fields[4], sum(fields)  # idle + iowait, total

    idle0, total0 = sample()
    time.sleep(seconds)
    idle1, total1 = sample()
    return (idle1 - idle0) / max(1, total1 - total0)


def wait_until_idle(timeout: float, share: float = 0.9) -> float:
    """Wait (up to ``timeout`` seconds) until other jobs leave the CPUs
    alone: timings on a shared machine mean little otherwise."""
    deadline = time.monotonic() + timeout
    idle = idle_share()
    while idle < share and time.monotonic() < deadline:
        idle = idle_share()
    return idle


def load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def memory(extractor: quotes.Extractor, texts: list[str], n_docs: int, n_process: int,
           batch_size: int) -> None:
    def stream() -> Iterator[str]:
        return itertools.islice(itertools.cycle(texts), n_docs)

    quoted = 0
    start = time.perf_counter()
    for i, doc in enumerate(extractor.extract_many(stream(), n_process=n_process,
                                                    batch_size=batch_size), start=1):
        quoted += len(doc.quotes)
        if i in (1, 1000) or i % 5000 == 0 or i == n_docs:
            print(f"  n_process={n_process} docs={i:>6}: main RSS {rss_mb():7.1f} MB, "
                  f"child processes RSS {children_rss_mb():7.1f} MB, quotes so far {quoted}, "
                  f"{time.perf_counter() - start:6.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--engine", default="rules")
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best counts")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS",
                        help="before each timing run, wait up to this long for idle CPUs")
    args = parser.parse_args()

    texts = load(args.data)
    extractor = quotes.Extractor(args.engine)
    print(f"{len(texts)} texts, {sum(map(len, texts)) / 1e6:.2f} M characters, "
          f"engine {extractor.engine}, batch size {args.batch_size}, "
          f"{os.cpu_count()} CPUs")
    extractor.extract(texts[0])  # warm up lazy loading outside the timing
    best: dict[int, float] = {}
    cpu: dict[int, float] = {}
    outputs: dict[int, list[str]] = {}
    for _ in range(args.repeat):
        for n in (1, 2):
            idle = wait_until_idle(args.wait_idle) if args.wait_idle else idle_share(0.5)
            seconds, cpu_used, outputs[n] = timed(extractor, texts, n, args.batch_size)
            best[n] = min(best.get(n, seconds), seconds)
            cpu[n] = min(cpu.get(n, cpu_used), cpu_used)
            print(f"  n_process={n}: {seconds:6.2f} s wall, {cpu_used:6.2f} s CPU "
                  f"(CPUs idle before: {idle:.0%}, load average {load_average()})")
        differ = sum(a != b for a, b in zip(outputs[1], outputs[2], strict=True))
        if differ:
            # Workers import the package afresh: if its code changed on disk
            # during the run, their output differs from this process's.
            print(f"  {differ} documents differ between 1 and 2 processes")
    same = outputs[1] == outputs[2]
    print(f"best: 1 process {best[1]:.2f} s ({len(texts) / best[1]:.0f} docs/s), "
          f"2 processes {best[2]:.2f} s ({len(texts) / best[2]:.0f} docs/s): "
          f"speed-up {best[1] / best[2]:.2f}x; identical output: {same}")
    print(f"CPU: 1 process {cpu[1]:.2f} s, 2 processes {cpu[2]:.2f} s: with two idle "
          f"cores the speed-up could reach about {2 * cpu[1] / max(cpu[2], cpu[1]):.2f}x")
    if not args.skip_memory:
        for n in (1, 2):
            memory(extractor, texts, args.docs, n, args.batch_size)


if __name__ == "__main__":
    main()

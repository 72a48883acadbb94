"""The ``quotes`` command: extract quotes from files, score them, get models.

``quotes extract`` reads plain-text files, JSON Lines files of ``{"id",
"text"}`` objects, or standard input, and writes one result per document as
readable text, JSON, JSON Lines or CSV. A bad input (missing file, bytes that
are not UTF-8, a line that is not JSON) is reported on stderr as
``quotes: error: PATH:LINE: ...`` and the run goes on with the other inputs,
so one broken file in a thousand does not cost the other 999; the exit status
then is 1. Usage errors exit with 2, as argparse does.

``quotes evaluate`` scores a system file against gold data with
``quotes.evaluate``; ``quotes download`` installs the stanza models.
See ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, NamedTuple, Protocol

from . import __version__
from .errors import QuotesError
from .model import Document, Quote

PROG = "quotes"
STDIN = "-"
STDIN_ID = "<stdin>"
FORMATS = ("text", "json", "jsonl", "csv")


# ---------------------------------------------------------------------------
# error reporting
# ---------------------------------------------------------------------------
class InputError(QuotesError):
    """One input (a file, or one line of a JSON Lines file) could not be read.

    ``where`` is ``PATH`` or ``PATH:LINE``; the CLI prints it first so that
    editors and ``grep`` can jump to the place.
    """

    code = "Q101"

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class Reporter:
    """Writes error messages and the progress counter to stderr.

    The counter is drawn with ``\\r`` only when stderr is a terminal and there
    are several inputs: in a log file or a pipe a stream of carriage returns is
    noise, and for a single input there is nothing to follow.
    """

    def __init__(self, stream: IO[str], *, progress: bool) -> None:
        self.stream = stream
        self.progress = progress
        self.failed = False
        self._drawn = 0

    def error(self, message: str) -> None:
        self.failed = True
        self._clear()
        print(f"{PROG}: error: {message}", file=self.stream, flush=True)

    def warning(self, message: str) -> None:
        self._clear()
        print(f"{PROG}: warning: {message}", file=self.stream, flush=True)

    def tick(self, documents: int, inputs_done: int, inputs: int) -> None:
        if not self.progress:
            return
        line = f"{PROG}: {documents} document(s), input {inputs_done}/{inputs}"
        self.stream.write("\r" + line.ljust(self._drawn))
        self.stream.flush()
        self._drawn = len(line)

    def finish(self) -> None:
        if self.progress and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = 0

    def _clear(self) -> None:
        if self._drawn:
            self.stream.write("\r" + " " * self._drawn + "\r")
            self._drawn = 0


# ---------------------------------------------------------------------------
# reading inputs
# ---------------------------------------------------------------------------
class ByteReader(Protocol):
    def read(self) -> bytes: ...


class Item(NamedTuple):
    """One document to extract: its id (the file path, the JSONL ``id`` or
    ``PATH:LINE``) and its text; or, when reading failed, the error."""

    id: str
    text: str | None
    error: InputError | None = None
    input_index: int = 0


def _decode(data: bytes, where: str) -> str:
    """UTF-8 (a leading byte-order mark is dropped); an ``InputError`` naming
    the line of the first bad byte otherwise, so the user can find it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start:exc.start + 1].hex()
        raise InputError(
            f"{where}:{line}", f"not UTF-8 text (byte 0x{bad} at offset {exc.start})"
        ) from exc


def _read_bytes(path: str, stdin: ByteReader) -> bytes:
    if path == STDIN:
        return stdin.read()
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except IsADirectoryError as exc:
        raise InputError(path, "is a directory (give the files in it)") from exc
    except FileNotFoundError as exc:
        raise InputError(path, "no such file") from exc
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from exc


def _display(path: str) -> str:
    return STDIN_ID if path == STDIN else path


def _jsonl_items(path: str, data: bytes, index: int) -> Iterator[Item]:
    """One item per non-blank line; each bad line is an error item of its
    own and the lines after it are still read."""
    name = _display(path)
    for number, raw in enumerate(data.split(b"\n"), 1):
        where = f"{name}:{number}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = raw[exc.start:exc.start + 1].hex()
            yield Item(where, None, InputError(where, f"not UTF-8 text (byte 0x{bad})"), index)
            continue
        if number == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        try:
            yield _jsonl_item(line, where, index)
        except InputError as error:
            yield Item(where, None, error, index)


def _jsonl_item(line: str, where: str, index: int) -> Item:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"bad JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise InputError(where, 'want a JSON object {"id": ..., "text": ...}')
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(where, 'the object has no "text" string')
    doc_id = obj.get("id")
    return Item(where if doc_id is None else str(doc_id), text, None, index)


def read_inputs(paths: list[str], *, jsonl: bool, stdin: ByteReader) -> Iterator[Item]:
    """Items for every input, lazily, in the order given.

    A path ending in ``.jsonl`` (or any path with ``--jsonl``) holds one
    document per line; any other path is one document.
    """
    for index, path in enumerate(paths):
        name = _display(path)
        try:
            data = _read_bytes(path, stdin)
            if jsonl or path.endswith(".jsonl"):
                yield from _jsonl_items(path, data, index)
            else:
                yield Item(name, _decode(data, name), None, index)
        except InputError as error:
            yield Item(name, None, error, index)


# ---------------------------------------------------------------------------
# writing results
# ---------------------------------------------------------------------------
class Writer(Protocol):
    def write(self, doc_id: str, doc: Document) -> None: ...

    def close(self) -> None: ...


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _who(quote: Quote) -> tuple[str, str]:
    """(grouping key, label): the resolved speaker, else the source mention as
    written, else a placeholder, so an unresolved quote is still shown."""
    if quote.speaker is not None:
        return f"speaker:{quote.speaker.id}", quote.speaker.name
    if quote.source is not None:
        label = _one_line(quote.source.text)
        return f"source:{label.casefold()}", label
    return "none", "(no source)"


def format_document(doc_id: str, doc: Document) -> str:
    """The human-readable form: a header, then the quotes grouped by speaker
    (speakers in order of their first quote), one line each."""
    count = len(doc.quotes)
    header = f"== {doc_id} ({doc.engine}, {count} quote{'s' if count != 1 else ''})"
    groups: dict[str, tuple[str, list[Quote]]] = {}
    for quote in doc.quotes:
        key, label = _who(quote)
        groups.setdefault(key, (label, []))[1].append(quote)
    lines = [header]
    for label, quotes in groups.values():
        for quote in quotes:
            detail = quote.kind.value + (f", {_one_line(quote.cue.text)}" if quote.cue else "")
            lines.append(f'{label} \u2014 "{_one_line(quote.text)}" ({detail})')
    if not doc.quotes:
        lines.append("(no quotes)")
    return "\n".join(lines) + "\n\n"


class TextWriter:
    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, doc_id: str, doc: Document) -> None:
        self.out.write(format_document(doc_id, doc))

    def close(self) -> None:
        pass


class JsonLinesWriter:
    """One line per document: the input id, then ``Document.to_dict()``."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, doc_id: str, doc: Document) -> None:
        self.out.write(json.dumps({"id": doc_id, **doc.to_dict()}, ensure_ascii=False) + "\n")

    def close(self) -> None:
        pass


class JsonWriter:
    """One JSON array, written element by element so that memory stays flat
    however many documents there are."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.count = 0

    def write(self, doc_id: str, doc: Document) -> None:
        self.out.write("[\n" if self.count == 0 else ",\n")
        self.out.write(json.dumps({"id": doc_id, **doc.to_dict()}, ensure_ascii=False))
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")


class CsvWriter:
    """One row per quote: ``id`` (the input id), then ``quotes.records``'
    columns, the same as ``Document.to_records()`` and data frames use."""

    def __init__(self, out: IO[str]) -> None:
        from .records import COLUMNS

        self.writer = csv.DictWriter(out, fieldnames=["id", *COLUMNS], extrasaction="ignore")
        self.writer.writeheader()

    def write(self, doc_id: str, doc: Document) -> None:
        from .records import document_records

        for record in document_records(doc, doc_id):
            self.writer.writerow({"id": doc_id, **record})

    def close(self) -> None:
        pass


WRITERS: dict[str, Callable[[IO[str]], Writer]] = {
    "text": TextWriter, "json": JsonWriter, "jsonl": JsonLinesWriter, "csv": CsvWriter,
}


# ---------------------------------------------------------------------------
# extraction
# ---------------------------------------------------------------------------
def _documents_sequential(extractor: Any, items: Iterable[Item],
                          reporter: Reporter) -> Iterator[tuple[Item, Document | None]]:
    for item in items:
        if item.text is None:
            yield item, None
            continue
        try:
            yield item, extractor.extract(item.text)
        except QuotesError as exc:
            reporter.error(f"{item.id}: {exc}")
            yield item, None
        except Exception as exc:  # noqa: BLE001 - one bad document must not end a batch run
            reporter.error(f"{item.id}: internal error {type(exc).__name__}: {exc} "
                           "(please report this with the input)")
            yield item, None


def _documents_parallel(extractor: Any, items: Iterable[Item], jobs: int,
                        reporter: Reporter) -> Iterator[tuple[Item, Document | None]]:
    """Texts go to ``Extractor.extract_many`` in input order; results come
    back in the same order, so a queue of the items handed over pairs each
    result with its item. Unreadable inputs never reach the workers: they are
    reported when the results catch up with their place in the input."""
    pending: deque[tuple[int, Item]] = deque()
    failed: deque[tuple[int, Item]] = deque()

    def texts() -> Iterator[str]:
        for seq, item in enumerate(items):
            if item.text is None:
                failed.append((seq, item))
                continue
            pending.append((seq, item))
            yield item.text

    for result in extractor.extract_many(texts(), n_process=jobs):
        seq, item = pending.popleft()
        while failed and failed[0][0] < seq:
            yield failed.popleft()[1], None
        if isinstance(result, Document):
            yield item, result
        else:
            reporter.error(f"{item.id}: {_describe_failure(result)}")
            yield item, None
    while failed:
        yield failed.popleft()[1], None


def _describe_failure(result: Any) -> str:
    """What a worker sent back instead of a Document (``quotes.parallel``
    yields an error record for a document that failed)."""
    message = getattr(result, "message", None)
    if message is not None:
        kind = getattr(result, "error_type", None)
        return f"{kind}: {message}" if kind else str(message)
    return str(result) or type(result).__name__


def _make_extractor(args: argparse.Namespace) -> Any:
    from .api import Extractor

    options: dict[str, Any] = {}
    if args.model_dir:
        options["model_dir"] = args.model_dir
    return Extractor(args.engine, **options)


def _open_output(path: str | None, fmt: str) -> IO[str]:
    if path is None or path == STDIN:
        return sys.stdout
    newline = "" if fmt == "csv" else None
    return open(path, "w", encoding="utf-8", newline=newline)


def run_extract(args: argparse.Namespace) -> int:
    reporter = Reporter(
        sys.stderr, progress=len(args.paths) > 1 and _isatty(sys.stderr)
    )
    try:
        extractor = _make_extractor(args)
    except QuotesError as exc:
        reporter.error(str(exc))
        return 1
    try:
        out = _open_output(args.output, args.format)
    except OSError as exc:
        reporter.error(f"{args.output}: cannot write: {exc.strerror or exc}")
        return 1
    stdin: ByteReader = getattr(sys.stdin, "buffer", None) or _BytesStdin(sys.stdin)
    items = read_inputs(args.paths, jsonl=args.jsonl, stdin=stdin)
    if args.jobs > 1:
        results = _documents_parallel(extractor, items, args.jobs, reporter)
    else:
        results = _documents_sequential(extractor, items, reporter)
    writer: Writer = WRITERS[args.format](out)
    documents = 0
    try:
        for item, doc in results:
            if item.error is not None:
                reporter.error(str(item.error))
            elif doc is not None:
                writer.write(item.id, doc)
                documents += 1
            reporter.tick(documents, item.input_index + 1, len(args.paths))
        writer.close()
        out.flush()
    except QuotesError as exc:  # the run itself failed, e.g. a worker process died
        reporter.error(str(exc))
    finally:
        reporter.finish()
        if out is not sys.stdout:
            out.close()
    return 1 if reporter.failed else 0


class _BytesStdin:
    """Bytes from a text-mode stdin without ``.buffer`` (as some test
    harnesses install), re-encoded as UTF-8."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def read(self) -> bytes:
        return self.stream.read().encode("utf-8")


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


# ---------------------------------------------------------------------------
# evaluate and download
# ---------------------------------------------------------------------------
def run_evaluate(args: argparse.Namespace) -> int:
    from .evaluation import evaluate, format_table, load_jsonl

    try:
        gold = list(load_jsonl(args.gold))
        system = list(load_jsonl(args.system))
        result = evaluate(gold, system, by_kind=args.by_kind)
    except OSError as exc:
        print(f"{PROG}: error: {exc.filename}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except UnicodeDecodeError as exc:
        print(f"{PROG}: error: not UTF-8 text: {exc}", file=sys.stderr)
        return 1
    except QuotesError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    if result.ignored:
        print(f"{PROG}: warning: {result.ignored} system article(s) not in gold were ignored",
              file=sys.stderr)
    print(result.to_json() if args.json else format_table(result))
    return 0


def run_download(args: argparse.Namespace) -> int:
    import quotes

    try:
        download = quotes.download
    except (AttributeError, ImportError) as exc:
        print(f"{PROG}: error: model download is not available: {exc}", file=sys.stderr)
        return 1
    try:
        where = download(lang=args.lang, model_dir=args.model_dir)
    except QuotesError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    place = f" in {where}" if isinstance(where, (str, os.PathLike)) else ""
    print(f"{PROG}: stanza models for {args.lang!r} are installed{place}")
    return 0


# ---------------------------------------------------------------------------
# argument parsing
# ---------------------------------------------------------------------------
def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Who said what in English news: quotes and their speakers.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ex = commands.add_parser(
        "extract", help="extract quotes from text or JSONL files",
        description="Extract quotes from text files, JSONL files of {\"id\", \"text\"} "
                    "objects (.jsonl or --jsonl), or standard input (-).",
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="input file, or - for stdin")
    ex.add_argument("--engine", choices=("auto", "rules", "stanza"), default="auto",
                    help="analysis engine (default: auto = stanza if installed, else rules)")
    ex.add_argument("--format", choices=FORMATS, default="text",
                    help="output format (default: text)")
    ex.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    ex.add_argument("--jsonl", action="store_true",
                    help="read every input (stdin too) as JSON Lines")
    ex.add_argument("--jobs", "-j", type=_positive_int, default=1, metavar="N",
                    help="worker processes (default: 1)")
    ex.add_argument("--model-dir", metavar="DIR", help="stanza resources folder")
    ex.set_defaults(run=run_extract)

    ev = commands.add_parser(
        "evaluate", help="score a system file against gold attributions",
        description="Score SYSTEM (JSONL: scorer format or `quotes extract --format jsonl` "
                    "output) against GOLD (PolNeAR-format JSONL).",
    )
    ev.add_argument("gold", metavar="GOLD")
    ev.add_argument("system", metavar="SYSTEM")
    ev.add_argument("--by-kind", action="store_true",
                    help="also a table per kind (direct, indirect, mixed)")
    ev.add_argument("--json", action="store_true", help="print the numbers as JSON")
    ev.set_defaults(run=run_evaluate)

    dl = commands.add_parser("download", help="install the stanza models",
                             description="Download the stanza models the stanza engine needs.")
    dl.add_argument("--lang", default="en", help="language code (default: en)")
    dl.add_argument("--model-dir", metavar="DIR", help="stanza resources folder")
    dl.set_defaults(run=run_download)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 an input or
    the run failed, 2 usage error) instead of exiting, so tests and other
    programs can call it."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or 0
        return 2
    try:
        return int(args.run(args))
    except BrokenPipeError:
        # the reader went away (`quotes extract ... | head`): not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Score extracted quotations against gold attributions.

The numbers must be comparable with published results on the PolNeAR
benchmark, so this module reproduces the definitions of the benchmark's
reference scorer (``tools/score.py`` next to the data) to the third decimal,
and ``tests/test_evaluate.py`` checks that it does. The definitions, in short
(``docs/evaluation.md`` has the long form):

* **Normalisation.** Every span is trimmed of white space and of leading and
  trailing punctuation (Unicode categories ``P*``, plus the backtick and the
  acute accent that some texts use as quotation marks). A span made only of
  punctuation (a ``:`` cue) keeps it. Empty spans are dropped; spans that
  overlap or are separated only by trimmable characters are merged. Two
  systems that differ only in whether they include the quotation marks or a
  trailing comma thus score the same.
* **Alignment.** Predictions are paired one-to-one with gold attributions,
  greedily by largest content overlap (ties: gold order, then prediction
  order); a pair needs at least one shared character.
* **Rows.** For each role (content, source, cue) and each scheme (``exact``:
  equal normalised spans; ``overlap``: one shared character), precision,
  recall and F1 over the attributions where the role is present. The
  ``attribution`` row counts a pair as correct when content and source both
  match, and a gold attribution without source is matched by a prediction
  without source.
* **Attribution accuracy.** Among aligned pairs whose gold has a source, the
  share whose predicted source overlaps it: speaker attribution measured
  separately from quote detection.
* **By kind.** Gold attributions count under their kind; an aligned
  prediction under its partner's kind; an unaligned prediction under the kind
  of its own content, judged from double quotation marks paired per line.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

import attrs

from .errors import DocumentFormatError
from .model import Document

KINDS = ("direct", "indirect", "mixed")
ROLES = ("content", "source", "cue")
ROWS = (*ROLES, "attribution")
SCHEMES = ("exact", "overlap")
#: digits kept by ``to_dict`` and used before printing: the reference scorer
#: rounds to four decimals, and printing from the same rounded value keeps
#: the third decimal identical even at a rounding boundary.
NDIGITS = 4

Interval = tuple[int, int]
SpanSet = tuple[Interval, ...]
PathLike = str | os.PathLike[str]

__all__ = [
    "AccuracyScore",
    "EvaluationResult",
    "RoleScore",
    "RowScore",
    "Scores",
    "document_to_system",
    "evaluate",
    "format_scores",
    "format_table",
    "load_jsonl",
    "normalise_spans",
    "quote_kind",
    "quoted_regions",
]


# ---------------------------------------------------------------------------
# result classes
# ---------------------------------------------------------------------------
def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@attrs.frozen(kw_only=True)
class RoleScore:
    """Counts for one row under one scheme, with P, R and F1 derived from them.

    Only the counts are stored, so that results from several runs can be
    added up exactly (``a + b``) and the ratios never drift from the counts.
    When there is nothing to find and nothing was predicted, P = R = F1 = 1:
    a system that correctly stays silent has made no mistake.
    """

    tp: int = 0
    gold: int = 0
    pred: int = 0

    @property
    def p(self) -> float:
        if self.gold == 0 and self.pred == 0:
            return 1.0
        return _ratio(self.tp, self.pred)

    @property
    def r(self) -> float:
        if self.gold == 0 and self.pred == 0:
            return 1.0
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: RoleScore) -> RoleScore:
        return RoleScore(tp=self.tp + other.tp, gold=self.gold + other.gold,
                         pred=self.pred + other.pred)

    def to_dict(self, ndigits: int | None = NDIGITS) -> dict[str, Any]:
        return {"p": _round(self.p, ndigits), "r": _round(self.r, ndigits),
                "f1": _round(self.f1, ndigits), "tp": self.tp, "gold": self.gold,
                "pred": self.pred}


@attrs.frozen(kw_only=True)
class RowScore:
    """One row of the table (a role, or whole attributions) under both schemes."""

    exact: RoleScore = attrs.field(factory=RoleScore)
    overlap: RoleScore = attrs.field(factory=RoleScore)

    def __getitem__(self, scheme: str) -> RoleScore:
        if scheme not in SCHEMES:
            raise KeyError(scheme)
        return getattr(self, scheme)  # type: ignore[no-any-return]

    def to_dict(self, ndigits: int | None = NDIGITS) -> dict[str, Any]:
        return {s: self[s].to_dict(ndigits) for s in SCHEMES}


@attrs.frozen(kw_only=True)
class AccuracyScore:
    """Share of aligned gold attributions with a source whose predicted source
    overlaps it; ``value`` is None when no aligned gold had a source."""

    correct: int = 0
    n: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.n if self.n else None

    def to_dict(self, ndigits: int | None = NDIGITS) -> dict[str, Any]:
        value = self.value
        return {"value": None if value is None else _round(value, ndigits),
                "correct": self.correct, "n": self.n}


@attrs.frozen(kw_only=True)
class Scores:
    """The full table for one slice of the data (all kinds, or one kind)."""

    content: RowScore = attrs.field(factory=RowScore)
    source: RowScore = attrs.field(factory=RowScore)
    cue: RowScore = attrs.field(factory=RowScore)
    attribution: RowScore = attrs.field(factory=RowScore)
    accuracy: AccuracyScore = attrs.field(factory=AccuracyScore)

    def __getitem__(self, row: str) -> RowScore:
        if row not in ROWS:
            raise KeyError(row)
        return getattr(self, row)  # type: ignore[no-any-return]

    def to_dict(self, ndigits: int | None = NDIGITS) -> dict[str, Any]:
        out: dict[str, Any] = {row: self[row].to_dict(ndigits) for row in ROWS}
        out["attribution_accuracy"] = self.accuracy.to_dict(ndigits)
        return out


@attrs.frozen(kw_only=True)
class EvaluationResult:
    """What ``evaluate`` returns: article and attribution counts, the table for
    all kinds, and (unless ``by_kind=False``) one table per gold kind.

    ``to_dict()`` has the same layout as the reference scorer's ``--json``
    output, so the two can be diffed directly. ``ignored`` counts system
    articles whose id is not in the gold data (they are not scored).
    """

    articles: int
    gold_attributions: int
    predictions: int
    all: Scores
    by_kind: Mapping[str, Scores] | None = None
    ignored: int = 0

    def to_dict(self, ndigits: int | None = NDIGITS) -> dict[str, Any]:
        out: dict[str, Any] = {
            "articles": self.articles,
            "gold_attributions": self.gold_attributions,
            "predictions": self.predictions,
            "all": self.all.to_dict(ndigits),
        }
        if self.by_kind is not None:
            out["by_kind"] = {k: s.to_dict(ndigits) for k, s in self.by_kind.items()}
        if self.ignored:
            out["ignored_articles"] = self.ignored
        return out

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("indent", 1)
        return json.dumps(self.to_dict(), **kwargs)

    def __str__(self) -> str:
        return format_table(self)


def _round(value: float, ndigits: int | None) -> float:
    return value if ndigits is None else round(value, ndigits)


# ---------------------------------------------------------------------------
# span normalisation
# ---------------------------------------------------------------------------
def _is_trimmable(ch: str) -> bool:
    """White space, any Unicode punctuation (which covers every quotation mark
    and apostrophe), and the backtick and acute accent, which some sources
    type as quotation marks but Unicode files as symbols."""
    return ch.isspace() or ch in "`\u00b4" or unicodedata.category(ch)[0] == "P"


def trim_span(text: str, start: int, end: int) -> Interval | None:
    """``(start, end)`` clamped to the text and trimmed; None if nothing is left.

    Punctuation is trimmed only when something else remains: a cue that is
    just a colon or a dash is a real annotation and must stay comparable.
    """
    size = len(text)
    lo, hi = min(max(start, 0), size), min(max(end, 0), size)
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if lo >= hi:
        return None
    core_lo, core_hi = lo, hi
    while core_lo < core_hi and _is_trimmable(text[core_lo]):
        core_lo += 1
    while core_hi > core_lo and _is_trimmable(text[core_hi - 1]):
        core_hi -= 1
    return (core_lo, core_hi) if core_lo < core_hi else (lo, hi)


def normalise_spans(text: str, spans: Any) -> SpanSet:
    """Trimmed, sorted spans, merged where they overlap or only trimmable
    characters separate them: ``"A," "B"`` annotated as two spans or as one
    is the same content. ``spans`` takes any form ``coerce_spans`` accepts."""
    trimmed = sorted(t for s, e in coerce_spans(spans) if (t := trim_span(text, s, e)))
    merged: list[Interval] = []
    for start, end in trimmed:
        if merged:
            last_start, last_end = merged[-1]
            if start <= last_end or all(_is_trimmable(c) for c in text[last_end:start]):
                merged[-1] = (last_start, max(last_end, end))
                continue
        merged.append((start, end))
    return tuple(merged)


def coerce_spans(value: Any) -> list[Interval]:
    """Spans as ``(start, end)`` pairs from any of the forms systems write:
    None or ``[]``; one ``[s, e]``; a list of ``[s, e]``; one ``{"start",
    "end"}`` object (``Document.to_dict``); a list of such objects; or
    ``Span``/``Mention`` objects. Anything else is a ``DocumentFormatError``."""
    if value is None:
        return []
    if _is_pair(value) or _is_span_like(value):
        return [_interval(value)]
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise DocumentFormatError(f"bad spans {value!r}: want a list of [start, end]")
    return [_interval(item) for item in value]


def _is_pair(value: Any) -> bool:
    return (isinstance(value, (list, tuple)) and len(value) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in value))


def _is_span_like(value: Any) -> bool:
    if isinstance(value, Mapping):
        return "start" in value and "end" in value
    return hasattr(value, "start") and hasattr(value, "end") and not isinstance(value, Sequence)


def _interval(item: Any) -> Interval:
    try:
        if isinstance(item, Mapping):
            return int(item["start"]), int(item["end"])
        if _is_span_like(item):
            return int(item.start), int(item.end)
        if isinstance(item, (list, tuple)) and len(item) == 2:
            return int(item[0]), int(item[1])
    except (KeyError, TypeError, ValueError) as exc:
        raise DocumentFormatError(f"bad span {item!r}: {exc}") from exc
    raise DocumentFormatError(f"bad span {item!r}: want [start, end]")


def overlap(a: SpanSet, b: SpanSet) -> int:
    """Characters two normalised span sets share (each set is disjoint)."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


# ---------------------------------------------------------------------------
# quotation marks: which characters lie between double quotation marks
# ---------------------------------------------------------------------------
# The library's own scanner (quotes.quotemarks) is tuned for extraction: it
# knows single quotes, guillemets, primes and paragraph continuations. The
# benchmark's ``kind`` is defined more narrowly (double marks only, paired per
# line), and the two disagree on a few dev articles, so kinds are computed
# here by a small pairing routine that follows the benchmark definition.
_CURLY_OPEN = "\u201c\u201e"    # “ „
_CURLY_CLOSE = "\u201d\u201f"   # ” ‟
_OPENS_AFTER = "([{\u2014\u2013-/\u2018'"  # a straight mark after these opens


class _Mark(NamedTuple):
    pos: int
    size: int
    shape: str  # "open", "close" (curly) or "straight" (" and '')
    looks: str  # "open", "close" or "" from the neighbouring characters


def _line_marks(text: str, lo: int, hi: int) -> Iterator[_Mark]:
    """Double quotation marks of one line, with what their neighbours suggest.
    Two apostrophes in a row are one straight double mark (NYT style)."""
    i = lo
    while i < hi:
        ch = text[i]
        size = 2 if text.startswith("''", i) and i + 1 < hi else 1
        if ch in _CURLY_OPEN:
            shape = "open"
        elif ch in _CURLY_CLOSE:
            shape = "close"
        elif ch == '"' or size == 2:
            shape = "straight"
        else:
            i += 1
            continue
        yield _Mark(i, size, shape, _looks(text, i, size, lo, hi))
        i += size


def _looks(text: str, pos: int, size: int, lo: int, hi: int) -> str:
    """A mark with space (or an opening bracket or dash) before it and a word
    after it looks like an opener; one glued to the preceding word and followed
    by space or punctuation looks like a closer; anything else is unclear."""
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + size] if pos + size < hi else " "
    if (before.isspace() or before in _OPENS_AFTER) and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or unicodedata.category(after)[0] == "P"):
        return "close"
    return ""


class _LinePairer:
    """Pairs the double quotation marks of one line, keeping only the extent
    of the outermost quotations (nested ones lie inside them anyway).

    ``stack`` holds the shapes of the open marks ("curly"/"straight"),
    outermost first; ``interior`` is where the outermost quotation's text
    begins. A quotation still open at the end of the line ends there, which
    also covers news style for quotations continued over paragraphs (each
    paragraph repeats the opening mark and only the last one closes).
    """

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text, self.lo, self.hi = text, lo, hi
        self.stack: list[str] = []
        self.interior = lo
        self.regions: list[Interval] = []

    def run(self) -> list[Interval]:
        for mark in _line_marks(self.text, self.lo, self.hi):
            if mark.shape == "straight":
                self._straight(mark)
            elif mark.shape == "open":
                self._curly_open(mark)
            else:
                self._curly_close(mark)
        if self.stack and self.hi > self.interior:
            self.regions.append((self.interior, self.hi))
        return self.regions

    # A curly mark is taken at its word unless the context says it was typed
    # the wrong way round.
    def _curly_open(self, mark: _Mark) -> None:
        if self.stack and mark.looks == "close":
            self._close(mark, unwind_straight=True)
        else:
            self._open(mark, "curly")

    def _curly_close(self, mark: _Mark) -> None:
        if not self.stack:
            before = self.text[mark.pos - 1] if mark.pos > self.lo else " "
            if mark.looks == "open" or before.isspace():
                self._open(mark, "curly")  # ” typed for “
        elif "curly" in self.stack:
            self._close(mark, unwind_straight=True)
        # else: it closes nothing that was opened with a curly mark; ignore it

    # A straight mark has no direction: the context decides, and failing
    # that marks alternate.
    def _straight(self, mark: _Mark) -> None:
        if not self.stack:
            if mark.looks != "close":
                self._open(mark, "straight")
        elif self.stack[-1] == "straight":
            if mark.looks == "open" and len(self.stack) == 1:
                # an unclosed straight quotation, then a new one opens
                self._emit(mark.pos)
                self.interior = mark.pos + mark.size
            else:
                self._close(mark, unwind_straight=False)
        elif mark.looks == "close":
            self._close(mark, unwind_straight=False)
        else:
            self._open(mark, "straight")

    def _open(self, mark: _Mark, shape: str) -> None:
        if not self.stack:
            self.interior = mark.pos + mark.size
        self.stack.append(shape)

    def _close(self, mark: _Mark, *, unwind_straight: bool) -> None:
        if unwind_straight:  # straight quotes left open inside a curly one
            while self.stack and self.stack[-1] == "straight":
                self.stack.pop()
        if self.stack:
            self.stack.pop()
        if not self.stack:
            self._emit(mark.pos)

    def _emit(self, end: int) -> None:
        if end > self.interior:
            self.regions.append((self.interior, end))


def quoted_regions(text: str) -> list[Interval]:
    """Interiors of the outermost double-quoted stretches, line by line."""
    regions: list[Interval] = []
    lo = 0
    for line in text.split("\n"):
        hi = lo + len(line)
        regions.extend(_LinePairer(text, lo, hi).run())
        lo = hi + 1
    return regions


class QuoteMask:
    """Prefix sums of letters/digits, and of those inside double quotes, so
    that the kind of any span set is two subtractions per span."""

    def __init__(self, text: str) -> None:
        inside = bytearray(len(text))
        for start, end in quoted_regions(text):
            inside[start:end] = b"\x01" * (end - start)
        self.size = len(text)
        self.alnum = [0]
        self.quoted = [0]
        for ch, flag in zip(text, inside, strict=True):
            is_alnum = ch.isalnum()
            self.alnum.append(self.alnum[-1] + is_alnum)
            self.quoted.append(self.quoted[-1] + int(is_alnum and flag > 0))

    def kind(self, spans: Iterable[Interval]) -> str:
        """``direct`` if every letter/digit is quoted, ``mixed`` if some are,
        ``indirect`` if none are (or there is none)."""
        letters = quoted = 0
        for start, end in spans:
            lo, hi = min(max(start, 0), self.size), min(max(end, 0), self.size)
            if hi > lo:
                letters += self.alnum[hi] - self.alnum[lo]
                quoted += self.quoted[hi] - self.quoted[lo]
        if letters == 0 or quoted == 0:
            return "indirect"
        return "direct" if quoted == letters else "mixed"


def quote_kind(text: str, spans: Any) -> str:
    """The benchmark's kind of a content given as spans: see ``QuoteMask.kind``."""
    return QuoteMask(text).kind(normalise_spans(text, spans))


# ---------------------------------------------------------------------------
# alignment and counting
# ---------------------------------------------------------------------------
class _Attribution(NamedTuple):
    content: SpanSet
    source: SpanSet
    cue: SpanSet


def _normalise(text: str, item: Mapping[str, Any]) -> _Attribution:
    if not isinstance(item, Mapping):
        raise DocumentFormatError(f"an attribution must be an object, got {item!r}")
    return _Attribution(*(normalise_spans(text, item.get(role)) for role in ROLES))


def align(gold: Sequence[_Attribution], pred: Sequence[_Attribution]) -> dict[int, int]:
    """Greedy one-to-one pairing, largest content overlap first.

    Greedy rather than optimal because that is what the benchmark defines,
    and because with one-to-one pairs it rarely differs: a prediction can
    only steal a gold attribution from another prediction that overlaps it
    less. Returns gold index -> prediction index.
    """
    candidates = sorted(
        (-shared, gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if (shared := overlap(g.content, p.content)) > 0
    )
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in pairs and pi not in taken:
            pairs[gi] = pi
            taken.add(pi)
    return pairs


def _matches(gold: SpanSet, pred: SpanSet, scheme: str) -> bool:
    if not gold or not pred:
        return False
    return gold == pred if scheme == "exact" else overlap(gold, pred) > 0


@attrs.define
class _Tally:
    """Mutable counters for one slice while scoring; frozen into ``Scores``."""

    counts: dict[tuple[str, str, str], int] = attrs.field(factory=dict)
    correct: int = 0
    n: int = 0

    def bump(self, row: str, field: str) -> None:
        for scheme in SCHEMES:
            self.bump_one(row, scheme, field)

    def bump_one(self, row: str, scheme: str, field: str) -> None:
        key = (row, scheme, field)
        self.counts[key] = self.counts.get(key, 0) + 1

    def add_side(self, item: _Attribution, field: str) -> None:
        """Count a gold attribution (``field="gold"``) or a prediction."""
        for role in ROLES:
            if getattr(item, role):
                self.bump(role, field)
        self.bump("attribution", field)

    def add_pair(self, gold: _Attribution, pred: _Attribution) -> None:
        for scheme in SCHEMES:
            ok = {role: _matches(getattr(gold, role), getattr(pred, role), scheme)
                  for role in ROLES}
            for role in ROLES:
                if ok[role]:
                    self.bump_one(role, scheme, "tp")
            source_ok = ok["source"] if (gold.source or pred.source) else True
            if ok["content"] and source_ok:
                self.bump_one("attribution", scheme, "tp")
        if gold.source:
            self.n += 1
            self.correct += bool(pred.source) and overlap(gold.source, pred.source) > 0

    def freeze(self) -> Scores:
        def role(row: str, scheme: str) -> RoleScore:
            return RoleScore(**{f: self.counts.get((row, scheme, f), 0)
                                for f in ("tp", "gold", "pred")})

        rows = {row: RowScore(exact=role(row, "exact"), overlap=role(row, "overlap"))
                for row in ROWS}
        return Scores(**rows, accuracy=AccuracyScore(correct=self.correct, n=self.n))


def _declared_kind(item: Mapping[str, Any]) -> str | None:
    """The gold ``kind`` field when it is one of ``KINDS``; otherwise the
    kind is computed from the content, as for predictions."""
    kind = item.get("kind")
    return kind if isinstance(kind, str) and kind in KINDS else None


def _score_article(text: str, gold_items: Sequence[Mapping[str, Any]],
                   pred_items: Sequence[Mapping[str, Any]], tallies: Mapping[str, _Tally]) -> None:
    gold = [_normalise(text, a) for a in gold_items]
    pred = [_normalise(text, q) for q in pred_items]
    mask: QuoteMask | None = None

    def kind_of(spans: SpanSet) -> str:
        nonlocal mask
        mask = mask or QuoteMask(text)
        return mask.kind(spans)

    gold_kinds = [_declared_kind(a) or kind_of(g.content)
                  for a, g in zip(gold_items, gold, strict=True)]
    pairs = align(gold, pred)
    partner = {pi: gi for gi, pi in pairs.items()}
    pred_kinds = [gold_kinds[partner[pi]] if pi in partner else kind_of(p.content)
                  for pi, p in enumerate(pred)]

    def slices(kind: str) -> list[_Tally]:
        return [tallies["all"], *([tallies[kind]] if kind in tallies else [])]

    for g, kind in zip(gold, gold_kinds, strict=True):
        for tally in slices(kind):
            tally.add_side(g, "gold")
    for p, kind in zip(pred, pred_kinds, strict=True):
        for tally in slices(kind):
            tally.add_side(p, "pred")
    for gi, pi in pairs.items():
        for tally in slices(gold_kinds[gi]):
            tally.add_pair(gold[gi], pred[pi])


# ---------------------------------------------------------------------------
# inputs
# ---------------------------------------------------------------------------
def load_jsonl(path: PathLike) -> Iterator[dict[str, Any]]:
    """The objects of a JSON Lines file, skipping blank lines.

    A line that is not JSON raises ``DocumentFormatError`` naming the file and
    line, rather than a bare ``JSONDecodeError`` that says neither.
    """
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise DocumentFormatError(f"{os.fspath(path)}:{number}: bad JSON: {exc}") from exc


def document_to_system(doc: Document) -> list[Mapping[str, Any]]:
    """A ``Document``'s quotes in the scorer's system format: content spans,
    the source mention's span and the cue span as ``[[start, end]]`` lists
    (empty when absent), plus kind and speaker name for reading (not scored)."""
    return [
        {
            "content": [[s.start, s.end] for s in quote.content],
            "source": [[quote.source.start, quote.source.end]] if quote.source else [],
            "cue": [[quote.cue.start, quote.cue.end]] if quote.cue else [],
            "kind": quote.kind.value,
            "speaker": quote.speaker.name if quote.speaker else None,
        }
        for quote in doc.quotes
    ]


SystemInput = Mapping[str, Any] | Iterable[Any] | PathLike


def _system_quotes(value: Any) -> tuple[list[Mapping[str, Any]], str | None]:
    """Quote dicts from one system entry, and the text it was made from when
    known (a ``Document``), so offsets can be checked against the gold text."""
    if isinstance(value, Document):
        return list(document_to_system(value)), value.text
    if isinstance(value, Mapping):  # a Document.to_dict() or a system JSONL line
        quotes = value.get("quotes") or []
        text = value.get("text")
        return list(quotes), text if isinstance(text, str) else None
    if value is None:
        return [], None
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise DocumentFormatError(f"system quotes must be a list, got {type(value).__name__}")
    return list(value), None


def _system_entries(system: SystemInput) -> Iterator[tuple[str, Any]]:
    if isinstance(system, (str, os.PathLike)):
        system = load_jsonl(system)
    if isinstance(system, Mapping):
        yield from ((str(k), v) for k, v in system.items())
        return
    for entry in system:
        if isinstance(entry, Mapping) and "id" in entry:
            yield str(entry["id"]), entry
        elif isinstance(entry, tuple) and len(entry) == 2:
            yield str(entry[0]), entry[1]
        else:
            raise DocumentFormatError(
                "system entries must be {'id', 'quotes'} objects or (id, Document) pairs, "
                f"got {type(entry).__name__}"
            )


def _collect_system(system: SystemInput) -> dict[str, tuple[list[Mapping[str, Any]], list[str]]]:
    """id -> (quotes, texts seen); several entries with one id add up, as the
    scorer does with repeated JSONL lines."""
    out: dict[str, tuple[list[Mapping[str, Any]], list[str]]] = {}
    for key, value in _system_entries(system):
        quotes, text = _system_quotes(value)
        bucket = out.setdefault(key, ([], []))
        bucket[0].extend(quotes)
        if text is not None:
            bucket[1].append(text)
    return out


def _gold_articles(gold: Iterable[Mapping[str, Any]] | PathLike) -> list[Mapping[str, Any]]:
    if isinstance(gold, (str, os.PathLike)):
        gold = load_jsonl(gold)
    articles = list(gold)
    for number, article in enumerate(articles, 1):
        if not isinstance(article, Mapping) or "id" not in article or "text" not in article:
            raise DocumentFormatError(
                f"gold article {number} needs 'id' and 'text' (PolNeAR JSONL format)"
            )
    return articles


# ---------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------
def evaluate(gold: Iterable[Mapping[str, Any]] | PathLike, system: SystemInput, *,
             by_kind: bool = True) -> EvaluationResult:
    """Score ``system`` against ``gold``.

    ``gold``: gold articles (dicts with ``id``, ``text`` and ``attributions``
    whose ``content``/``source``/``cue`` are lists of ``[start, end]``, and
    optionally ``kind``), or the path of such a JSONL file.

    ``system``: predictions per article id, as any of
      * a mapping id -> list of quote dicts (``content``/``source``/``cue`` as
        ``[[s, e], ...]`` or as ``Document.to_dict`` span objects), id ->
        ``Document``, or id -> ``Document.to_dict()``;
      * an iterable of ``(id, Document)`` pairs or of ``{"id", "quotes"}``
        objects (the lines of a system JSONL file);
      * the path of a system JSONL file.

    A gold article missing from ``system`` counts as having no predictions;
    system articles not in ``gold`` are ignored and counted in ``ignored``.
    A ``Document`` whose text differs from its gold text raises
    ``DocumentFormatError``: its offsets would point at the wrong characters.
    """
    articles = _gold_articles(gold)
    predicted = _collect_system(system)
    gold_ids = {str(a["id"]) for a in articles}
    tallies = {"all": _Tally(), **({k: _Tally() for k in KINDS} if by_kind else {})}
    n_pred = n_gold = 0
    for article in articles:
        key, text = str(article["id"]), article["text"]
        quotes, texts = predicted.get(key, ([], []))
        if any(t != text for t in texts):
            raise DocumentFormatError(f"system document {key!r}: text differs from the gold text")
        attributions = article.get("attributions") or []
        n_pred += len(quotes)
        n_gold += len(attributions)
        _score_article(text, attributions, quotes, tallies)
    return EvaluationResult(
        articles=len(articles),
        gold_attributions=n_gold,
        predictions=n_pred,
        all=tallies["all"].freeze(),
        by_kind={k: tallies[k].freeze() for k in KINDS} if by_kind else None,
        ignored=len(set(predicted) - gold_ids),
    )


# ---------------------------------------------------------------------------
# printing
# ---------------------------------------------------------------------------
def format_scores(scores: Scores, title: str = "ALL") -> str:
    """One table: a row per role and for whole attributions, P/R/F1 under
    both schemes, the gold and predicted counts, then attribution accuracy.
    Values are rounded to ``NDIGITS`` first, as the reference scorer does."""
    def cell(x: float) -> str:
        return f"{round(x, NDIGITS):6.3f}"

    lines = [
        title,
        f"{'':<12} |  {'exact':<20} |  {'overlap':<20} | {'gold':>6} {'pred':>6}",
        f"{'':<12} |  {'P':>6} {'R':>6} {'F1':>6} |  {'P':>6} {'R':>6} {'F1':>6} |",
    ]
    for row in ROWS:
        ex, ov = scores[row].exact, scores[row].overlap
        lines.append(
            f"{row:<12} |  {cell(ex.p)} {cell(ex.r)} {cell(ex.f1)} |  "
            f"{cell(ov.p)} {cell(ov.r)} {cell(ov.f1)} | {ex.gold:>6d} {ex.pred:>6d}"
        )
    acc = scores.accuracy
    value = "n/a" if acc.value is None else f"{round(acc.value, NDIGITS):.3f}"
    lines.append(
        "attribution accuracy (pred source overlaps gold source | content aligned, "
        f"gold has source): {value} ({acc.correct}/{acc.n})"
    )
    return "\n".join(lines)


def format_table(result: EvaluationResult) -> str:
    """The whole report: counts, the table for all kinds, then one per kind."""
    parts = [
        f"articles {result.articles}, gold attributions {result.gold_attributions}, "
        f"predictions {result.predictions}",
        format_scores(result.all, "ALL"),
    ]
    for kind, scores in (result.by_kind or {}).items():
        parts.append("\n" + format_scores(scores, f"KIND {kind}"))
    return "\n".join(parts)


# ---------------------------------------------------------------------------

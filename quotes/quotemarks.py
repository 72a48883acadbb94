"""Quotation marks found on the raw text, never on tokens.

Works one paragraph at a time with a stack, so that a stray mark can only
affect the paragraph it stands in. Handles every common style (" “ ” „ ‟
« » ‹ › 「 」 『 』, typographic and ASCII single quotes, the New York Times'
`` and ''), nesting, marks typed the wrong way round, quotations left open at
the end of a paragraph (they end there) and the newspaper convention that a
quotation continued over several paragraphs repeats its opening mark at the
start of each and closes only at the end. Apostrophes (don't, Jones', '90s,
rock 'n' roll) and primes (5'11") are not quotation marks.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

DOUBLE, SINGLE, GUILLEMET, SINGLE_GUILLEMET, CORNER, WHITE_CORNER = range(6)

# char -> (family, fixed role or None when the role depends on the context)
MARKS: dict[str, tuple[int, str | None]] = {
    "\u201c": (DOUBLE, "open"),   # “
    "\u201e": (DOUBLE, "open"),   # „
    "\u201d": (DOUBLE, "close"),  # ”
    "\u201f": (DOUBLE, "open"),   # ‟ (high-reversed-9: an opening mark)
    '"': (DOUBLE, None),
    "\u2018": (SINGLE, "open"),   # ‘
    "\u201a": (SINGLE, "open"),   # ‚
    "\u2019": (SINGLE, "close"),  # ’ (also the typographic apostrophe)
    "\u201b": (SINGLE, "open"),   # ‛
    "'": (SINGLE, None),
    "\u00ab": (GUILLEMET, "open"),         # «
    "\u00bb": (GUILLEMET, "close"),        # »
    "\u2039": (SINGLE_GUILLEMET, "open"),  # ‹
    "\u203a": (SINGLE_GUILLEMET, "close"),  # ›
    "\u300c": (CORNER, "open"),   # 「
    "\u300d": (CORNER, "close"),  # 」
    "\u300e": (WHITE_CORNER, "open"),   # 『
    "\u300f": (WHITE_CORNER, "close"),  # 』
}
DOUBLE_FAMILIES = frozenset({DOUBLE, GUILLEMET, CORNER, WHITE_CORNER})
OPEN_CONTEXT = "([{\u2014\u2013-/:;\u2026"
ELISIONS = ("em", "til", "tis", "twas", "cause", "n", "bout", "round", "nuff")


class QuoteRegion(NamedTuple):
    """A quotation: ``start``/``end`` is its interior (marks excluded) and
    ``open_at``/``close_at`` the outer bounds including the marks. ``closed``
    is False when the paragraph ended first; ``continues`` is True when the
    next paragraph picks the quotation up again (news style)."""

    open_at: int
    start: int
    end: int
    close_at: int
    family: int
    depth: int
    closed: bool
    paragraph: int
    continues: bool = False


class _Mark(NamedTuple):
    pos: int
    length: int
    family: int
    role: str  # "open", "close" or "either"


def _category(ch: str) -> str:
    return unicodedata.category(ch)


def _context(text: str, pos: int, length: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either', judged from the neighbouring characters."""
    prev = text[pos - 1] if pos > lo else " "
    nxt = text[pos + length] if pos + length < hi else " "
    prev_open = prev.isspace() or prev in OPEN_CONTEXT or prev in MARKS
    next_space = nxt.isspace()
    if prev_open and not next_space:
        return "open"
    if not prev.isspace() and (next_space or _category(nxt).startswith("P")):
        return "close"
    return "either"


# every character that can be a quotation mark (and the doubled `` and '')
_CANDIDATE_RE = re.compile("''|``|[" + re.escape("".join(MARKS)) + "]")


def _marks(text: str, lo: int, hi: int) -> list[_Mark]:
    """The quotation marks of ``text[lo:hi]`` with their likely role. Only
    the candidate characters are visited (a regex finds them), so the cost
    follows the number of marks, not the length of the paragraph."""
    marks: list[_Mark] = []
    for match in _CANDIDATE_RE.finditer(text, lo, hi):
        i = match.start()
        found = match.group()
        if found == "''":
            marks.append(_Mark(i, 2, DOUBLE, _context(text, i, 2, lo, hi)))
            continue
        if found == "``":
            marks.append(_Mark(i, 2, DOUBLE, "open"))
            continue
        ch = found
        family, role = MARKS[ch]
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if family == SINGLE and _is_apostrophe(text, i, lo, hi, prev, nxt):
            continue
        if family == SINGLE and prev in "sS" and nxt == " " and i + 2 < hi \
                and text[i + 2].islower() and _closer_follows(text, i + 1, hi):
            continue  # a plural possessive inside a quotation: the Joneses' son
        if ch == '"' and prev.isdigit() and _is_prime(text, i, lo):
            continue
        context = _context(text, i, 1, lo, hi)
        if role is None:
            role = context
        elif role == "open" and context == "close" and ch in "\u201c\u2018\u201f":
            role = "close?"  # “ typed for ”: closes an open quotation, else opens
        elif role == "close" and context == "open" and ch in "\u201d\u2019\u00bb\u203a":
            role = "open?"   # ” typed for “
        marks.append(_Mark(i, 1, family, role))
    return marks


def _is_apostrophe(text: str, i: int, lo: int, hi: int, prev: str, nxt: str) -> bool:
    if prev.isalnum() and nxt.isalnum():
        return True  # don't, O'Brien, rock'n'roll
    if not prev.isalnum() and nxt.isalnum():
        word_end = i + 1
        while word_end < hi and text[word_end].isalnum():
            word_end += 1
        word = text[i + 1:word_end].casefold()
        if word in ELISIONS or (word[:1].isdigit() and word.endswith("s")):
            return True  # 'em, '90s
        if word.isdigit() and len(word) == 2:
            return True  # class of '99
    return False


def _closer_follows(text: str, start: int, hi: int) -> bool:
    """Is there a later single closing mark (before a space or punctuation)
    in this paragraph?"""
    for j in range(start, hi):
        if text[j] in "'\u2019" and (j + 1 >= hi or not text[j + 1].isalnum()) \
                and text[j - 1:j] not in ("s", "S"):
            return True
    return False


def _is_prime(text: str, i: int, lo: int) -> bool:
    """True for the inch mark of 5'11" or 12" (a digit, then the mark, then
    no letter), given that the mark follows a digit."""
    j = i - 1
    while j > lo and text[j - 1].isdigit():
        j -= 1
    if j > lo and text[j - 1] in "'\u2032":
        return True
    nxt = text[i + 1] if i + 1 < len(text) else " "
    standalone = j == lo or text[j - 1].isspace()
    return not nxt.isalpha() and standalone and i - j <= 3 and _inch_words(text, i)


def _inch_words(text: str, i: int) -> bool:
    tail = text[i + 1:i + 12].lstrip().casefold()
    return tail.startswith(("screen", "tv", "display", "x ", "tall", "wide", "long"))


def _straight(text: str, mark: _Mark) -> bool:
    return text[mark.pos] == '"' or text.startswith("''", mark.pos)


def _is_bullet(text: str, mark: _Mark, lo: int, hi: int) -> bool:
    """» or › used as a bullet or arrow at the start of a paragraph."""
    return (
        mark.pos == lo
        and text[mark.pos] in "\u00bb\u203a"
        and (mark.pos + 1 >= hi or text[mark.pos + 1].isspace())
    )


def _scan_paragraph(text: str, lo: int, hi: int, paragraph: int) -> list[QuoteRegion]:
    regions: list[QuoteRegion] = []
    stack: list[_Mark] = []
    for mark in _marks(text, lo, hi):
        if mark.family == GUILLEMET and _is_bullet(text, mark, lo, hi):
            continue
        role = mark.role
        same_open = next((k for k in range(len(stack) - 1, -1, -1)
                          if stack[k].family == mark.family), None)
        if role == "either":
            role = "close" if same_open is not None else "open"
        elif role == "close?":
            role = "close" if same_open is not None else "open"
        elif role == "open?":
            role = "close" if same_open is not None else "open"
        elif role == "close" and same_open is None and mark.family == GUILLEMET:
            role = "open"  # German style: »Zitat«
        elif role == "open" and same_open is not None and mark.family == GUILLEMET:
            if text[stack[same_open].pos] == "\u00bb":
                role = "close"
        if role == "open":
            if (len(stack) == 1 and mark.role == "open" and _straight(text, mark)
                    and stack[0].family == DOUBLE and _straight(text, stack[0])):
                # a straight quotation left open, then a new one opens: the
                # first ended where the second begins
                opener = stack.pop()
                regions.append(QuoteRegion(
                    open_at=opener.pos, start=opener.pos + opener.length, end=mark.pos,
                    close_at=mark.pos, family=DOUBLE, depth=0, closed=False,
                    paragraph=paragraph,
                ))
            stack.append(mark)
            continue
        # a closing mark
        if same_open is None:
            continue  # closes nothing we opened: a stray mark
        opener = stack[same_open]
        del stack[same_open:]  # unclosed marks nested inside are dropped
        regions.append(QuoteRegion(
            open_at=opener.pos,
            start=opener.pos + opener.length,
            end=mark.pos,
            close_at=mark.pos + mark.length,
            family=opener.family,
            depth=same_open,
            closed=True,
            paragraph=paragraph,
        ))
    # quotations still open at the end of the paragraph end there (single
    # quotes only when they enclose a sentence-like stretch, else they were
    # apostrophes of a kind we did not recognise)
    for depth, opener in enumerate(stack):
        if opener.family == SINGLE and depth == 0 and not (
                opener.pos == lo and len(text[opener.pos:hi].split()) >= 4):
            break  # a lone single mark mid-paragraph: an apostrophe we missed
        if opener.family in DOUBLE_FAMILIES or opener.family == SINGLE or depth > 0:
            regions.append(QuoteRegion(
                open_at=opener.pos,
                start=opener.pos + opener.length,
                end=hi,
                close_at=hi,
                family=opener.family,
                depth=depth,
                closed=False,
                paragraph=paragraph,
            ))
            break
    return regions


def scan(text: str, paragraphs: tuple[tuple[int, int], ...]) -> tuple[QuoteRegion, ...]:
    """Every quotation in ``text``, outermost and nested, sorted by position.

    ``paragraphs`` are the paragraph ranges of the analysis.
    """
    found: list[QuoteRegion] = []
    for index, (lo, hi) in enumerate(paragraphs):
        found.extend(_scan_paragraph(text, lo, hi, index))
    found.sort(key=lambda r: (r.open_at, r.depth))
    return tuple(_mark_continuations(text, found, paragraphs))


def _mark_continuations(text: str, regions: list[QuoteRegion],
                        paragraphs: tuple[tuple[int, int], ...]) -> list[QuoteRegion]:
    """Flag an unclosed quotation whose next paragraph opens with a quotation
    mark: news style for a quotation that goes on."""
    starts_with_quote = {
        r.paragraph for r in regions if r.depth == 0 and r.open_at == paragraphs[r.paragraph][0]
    }
    out = []
    for region in regions:
        if (not region.closed and region.depth == 0
                and region.paragraph + 1 in starts_with_quote
                and region.open_at == paragraphs[region.paragraph][0]):
            region = region._replace(continues=True)
        out.append(region)
    return out


def outermost(regions: tuple[QuoteRegion, ...]) -> tuple[QuoteRegion, ...]:
    return tuple(r for r in regions if r.depth == 0)

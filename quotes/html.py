"""An HTML view of a ``Document``: the article with its quotes highlighted.

Each quote's content is highlighted in its speaker's colour (unresolved
quotes grey), the source is bold and the cue underlined; hovering shows the
quote's kind, speaker, cue and confidence. Under the text a table sums up who
is quoted and how much.

The page is self-contained (inline CSS, no script, no network), so it can be
mailed, archived or opened from a notebook without a server. Everything from
the text is escaped with ``html.escape``, and the markup is built from sorted
span boundaries, closing and reopening elements where spans cross, so quotes
that overlap or nest always give well-formed HTML.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence

import attrs

from .model import Document, Quote, QuoteKind, Speaker
from .segment import paragraphs_of

# Light tints of distinct hues (after the Okabe-Ito colour-blind-safe set):
# dark text on each keeps a contrast ratio of at least 7:1 (WCAG AAA).
PALETTE: tuple[str, ...] = (
    "#ffd591",  # orange
    "#a6d8f7",  # sky blue
    "#9fe2c9",  # bluish green
    "#f9ed8a",  # yellow
    "#d2c4f5",  # lavender
    "#f7b6cf",  # pink
    "#f6bca4",  # vermilion
    "#bfe0a6",  # green
    "#c7d2e8",  # slate
    "#e8d3b0",  # tan
)
UNRESOLVED = "#dcdcdc"
"""The colour of quotes whose speaker is unknown."""


_CSS = """
.qx{color:#111;background:#fff;font-family:Georgia,'Times New Roman',serif;
    line-height:1.6;max-width:48em}
.qx-title{font-family:system-ui,sans-serif;margin:0 0 .2em}
.qx-meta{font-family:system-ui,sans-serif;color:#555;font-size:.85em;margin:0 0 1em}
.qx-text p{margin:0 0 .9em;white-space:pre-wrap}
.qx-q{border-radius:2px;padding:.05em 0}
.qx-indirect{border-bottom:1px dashed #444}
.qx-mixed{border-bottom:1px dotted #444}
.qx-src{font-weight:bold}
.qx-cue{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:2px}
.qx-summary{border-collapse:collapse;font-family:system-ui,sans-serif;font-size:.9em;
    margin-top:1.2em}
.qx-summary th,.qx-summary td{border-bottom:1px solid #ccc;padding:.25em .6em;text-align:right}
.qx-summary th:first-child,.qx-summary td:first-child{text-align:left}
.qx-swatch{display:inline-block;width:.9em;height:.9em;margin-right:.4em;
    vertical-align:-.1em;border:1px solid #888}
.qx-role{color:#555;font-size:.85em}
""".strip()


def speaker_colours(doc: Document) -> dict[str, str]:
    """Speaker id -> colour, by the speakers' order in the document.

    The order is the document's own (``S1``, ``S2``, …), so a speaker keeps
    its colour however often the page is rendered. Past the palette's end the
    colours repeat.
    """
    return {speaker.id: PALETTE[i % len(PALETTE)] for i, speaker in enumerate(doc.speakers)}


def _colour_of(quote: Quote, colours: dict[str, str]) -> str:
    if quote.speaker is None:
        return UNRESOLVED
    return colours.get(quote.speaker.id, UNRESOLVED)


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


def quote_tooltip(quote: Quote, number: int) -> str:
    """The hover text of a quote: kind, speaker, source, cue, confidence."""
    speaker = quote.speaker
    who = f"{speaker.name} ({speaker.id})" if speaker else "unresolved"
    lines = [f"{quote.kind.value} quote {number}", f"speaker: {who}"]
    if quote.source is not None and (speaker is None or quote.source.text != speaker.name):
        lines.append(f"source: {quote.source.text}")
    if quote.addressee is not None:
        lines.append(f"addressee: {quote.addressee.name}")
    lines.append(f"cue: {quote.cue.text if quote.cue else '(none)'}")
    if quote.cue_type is not None:
        lines.append(f"cue type: {quote.cue_type.value}")
    lines.append(f"confidence: {quote.confidence:.2f}")
    return "\n".join(lines)


@attrs.frozen(kw_only=True)
class _Mark:
    """One element to wrap around ``text[start:end]``.

    ``rank`` orders marks with the same extent (content outside source
    outside cue) so nesting is deterministic.
    """

    start: int
    end: int
    rank: int
    number: int
    open_tag: str
    close_tag: str = "</span>"

    @property
    def nesting_key(self) -> tuple[int, int, int, int]:
        # Longer marks that start earlier are opened first (outermost).
        return (self.start, -self.end, self.rank, self.number)


def _marks(doc: Document, colours: dict[str, str]) -> list[_Mark]:
    marks: list[_Mark] = []
    for number, quote in enumerate(doc.quotes, start=1):
        colour = _colour_of(quote, colours)
        speaker_id = quote.speaker.id if quote.speaker else ""
        tip = _esc(quote_tooltip(quote, number))
        common = f'data-quote="{number}" data-speaker="{_esc(speaker_id)}"'
        content_tag = (
            f'<span class="qx-q qx-{quote.kind.value}" style="background-color:{colour}" '
            f'title="{tip}" {common}>'
        )
        for span in quote.content:
            marks.append(_Mark(start=span.start, end=span.end, rank=0, number=number,
                               open_tag=content_tag))
        if quote.source is not None:
            src = quote.source.span
            marks.append(_Mark(
                start=src.start, end=src.end, rank=1, number=number,
                open_tag=(f'<span class="qx-src" style="box-shadow:inset 0 -3px 0 {colour}" '
                          f'title="source of quote {number}: {_esc(src.text)}" {common}>'),
            ))
        if quote.cue is not None:
            cue = quote.cue
            marks.append(_Mark(
                start=cue.start, end=cue.end, rank=2, number=number,
                open_tag=(f'<span class="qx-cue" title="cue of quote {number}: '
                          f'{_esc(cue.text)}" {common}>'),
            ))
    return [m for m in marks if m.end > m.start]


def _render_range(text: str, start: int, end: int, marks: Sequence[_Mark]) -> str:
    """Escaped ``text[start:end]`` with ``marks`` (clipped to the range) as
    properly nested elements.

    Between two consecutive boundaries the set of covering marks is constant;
    the open elements are kept as a stack, and at each boundary the stack is
    closed down to the longest prefix still wanted and the rest reopened. A
    span crossing another is thus split into two elements, never mis-nested.
    """
    local = [m for m in marks if m.start < end and m.end > start]
    bounds = sorted({start, end}
                    | {m.start for m in local if m.start > start}
                    | {m.end for m in local if m.end < end})
    out: list[str] = []
    stack: list[_Mark] = []
    for a, b in itertools.pairwise(bounds):
        wanted = sorted((m for m in local if m.start <= a and m.end >= b),
                        key=lambda m: m.nesting_key)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend(m.close_tag for m in reversed(stack[keep:]))
        out.extend(m.open_tag for m in wanted[keep:])
        stack = wanted
        out.append(_esc(text[a:b]))
    out.extend(m.close_tag for m in reversed(stack))
    return "".join(out)


def _words(quote: Quote) -> int:
    return sum(len(span.text.split()) for span in quote.content)


def _chars(quote: Quote) -> int:
    return sum(len(span) for span in quote.content)


def _summary_rows(doc: Document) -> list[tuple[Speaker | None, list[Quote]]]:
    by_speaker: dict[str, list[Quote]] = {}
    unresolved: list[Quote] = []
    for quote in doc.quotes:
        if quote.speaker is None:
            unresolved.append(quote)
        else:
            by_speaker.setdefault(quote.speaker.id, []).append(quote)
    order = {speaker.id: i for i, speaker in enumerate(doc.speakers)}
    speakers = {q.speaker.id: q.speaker for qs in by_speaker.values() for q in qs if q.speaker}
    rows: list[tuple[Speaker | None, list[Quote]]] = [
        (speakers[sid], qs)
        for sid, qs in sorted(by_speaker.items(),
                              key=lambda item: (-len(item[1]), order.get(item[0], len(order))))
    ]
    if unresolved:
        rows.append((None, unresolved))
    return rows


def render_summary(doc: Document, colours: dict[str, str] | None = None) -> str:
    """The speaker table: quotes, quotes by kind, words and characters quoted."""
    colours = speaker_colours(doc) if colours is None else colours
    kinds = tuple(QuoteKind)
    head = "".join(f"<th>{_esc(k.value)}</th>" for k in kinds)
    out = [
        '<table class="qx-summary"><thead><tr><th>speaker</th><th>quotes</th>'
        f"{head}<th>words</th><th>characters</th></tr></thead><tbody>"
    ]
    for speaker, quotes in _summary_rows(doc):
        if speaker is None:
            colour, name, role = UNRESOLVED, "<i>unresolved</i>", ""
        else:
            colour, name = colours.get(speaker.id, UNRESOLVED), _esc(speaker.name)
            role = (f' <span class="qx-role">{_esc(", ".join(speaker.roles))}</span>'
                    if speaker.roles else "")
        by_kind = "".join(
            f"<td>{sum(1 for q in quotes if q.kind is k)}</td>" for k in kinds
        )
        out.append(
            f'<tr><td><span class="qx-swatch" style="background-color:{colour}"></span>'
            f"{name}{role}</td><td>{len(quotes)}</td>{by_kind}"
            f"<td>{sum(_words(q) for q in quotes)}</td>"
            f"<td>{sum(_chars(q) for q in quotes)}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render_fragment(doc: Document, *, title: str | None = None) -> str:
    """The view as an HTML fragment (a ``<div>`` with its own ``<style>``)."""
    colours = speaker_colours(doc)
    marks = _marks(doc, colours)
    quoted = {q.speaker.id for q in doc.quotes if q.speaker is not None}
    parts = ['<div class="qx">', f"<style>{_CSS}</style>"]
    if title:
        parts.append(f'<h2 class="qx-title">{_esc(title)}</h2>')
    parts.append(
        f'<p class="qx-meta">{_plural(len(doc.quotes), "quote")} · '
        f'{_plural(len(quoted), "speaker")} quoted · engine: {_esc(doc.engine)} · '
        '<span class="qx-src">source</span> · <span class="qx-cue">cue</span> · '
        '<span class="qx-indirect">indirect</span> · <span class="qx-mixed">mixed</span> · '
        'hover a quote for details</p>'
    )
    parts.append('<div class="qx-text">')
    # the paragraphs the extractor read, so highlights never cross them
    for start, end in paragraphs_of(doc.text):
        parts.append(f"<p>{_render_range(doc.text, start, end, marks)}</p>")
    parts.append("</div>")
    if doc.quotes:
        parts.append(render_summary(doc, colours))
    parts.append("</div>")
    return "".join(parts)


def render_html(doc: Document, *, title: str | None = None, standalone: bool = True) -> str:
    """The article with every quote highlighted in its speaker's colour.

    ``standalone=True`` gives a whole page (``<!DOCTYPE html>`` …) to write
    to a file; ``standalone=False`` a fragment to embed (what a notebook
    shows for ``doc``). Neither loads anything from the network.
    """
    fragment = render_fragment(doc, title=title)
    if not standalone:
        return fragment
    page_title = _esc(title or "Quotes")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{page_title}</title></head>"
        f'<body style="margin:2em;background:#fff">{fragment}</body></html>\n'
    )


def write_html(doc: Document, path: str, *, title: str | None = None) -> None:
    """Write the standalone page for ``doc`` to ``path`` (UTF-8)."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(render_html(doc, title=title))


__all__ = [
    "PALETTE", "UNRESOLVED", "quote_tooltip", "render_fragment", "render_html",
    "render_summary", "speaker_colours", "write_html",
]

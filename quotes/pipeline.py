"""From an ``Analysis`` to a ``Document``: the stages after the engine.

quotation marks → direct quotations → reported and mixed speech → speakers.
Direct quotations come from the raw-text scanner whatever the engine; reported
speech comes from the dependency parse when the analysis has one, else from
surface patterns around the cue.
"""

from __future__ import annotations

from .analysis import Analysis
from .candidates import Candidate
from .direct import find_direct
from .lexicon import Lexicon
from .model import Document, Sentence, Span
from .quotemarks import QuoteRegion, scan
from .reported import find_reported
from .sources import without_surname_aside
from .speakers import resolve


def find_candidates(analysis: Analysis, lexicon: Lexicon,
                    regions: tuple[QuoteRegion, ...] | None = None) -> list[Candidate]:
    """Every statement in the text, in text order, before speaker resolution."""
    if regions is None:
        regions = scan(analysis.text, analysis.paragraphs)
    direct = find_direct(analysis, regions, lexicon)
    if analysis.has_parse:
        from .parsed import find_reported_parsed

        reported = find_reported_parsed(analysis, regions, lexicon, direct)
    else:
        reported = find_reported(analysis, regions, lexicon, direct)
    # a quotation with no attribution of its own that a closing attribution
    # took into its clause is part of that (mixed) statement
    covering = [c.content for c in reported]
    direct = [d for d in direct if d.cue is not None or not any(
        all(any(s <= ds and de <= e for s, e in spans) for ds, de in d.content)
        for spans in covering)]
    candidates = [c for c in direct + reported if _sound(c)]
    for c in candidates:
        if c.source is not None:
            c.source = without_surname_aside(analysis.text, c.source, c.cue)
    candidates.sort(key=lambda c: (c.start, c.end))
    return candidates


def _sound(candidate: Candidate) -> bool:
    """Drop what a heuristic stage got wrong about offsets (an empty
    content, a cue or source ending before it starts) rather than lose the
    whole document to a ``SpanError`` when the quote is built."""
    candidate.content = [(s, e) for s, e in candidate.content if s < e]
    for name in ("cue", "source", "addressee"):
        span = getattr(candidate, name)
        if span is not None and span[0] >= span[1]:
            setattr(candidate, name, None)
    return bool(candidate.content)


def build_document(analysis: Analysis, lexicon: Lexicon) -> Document:
    text = analysis.text
    sentences = tuple(
        Sentence(index=i, span=Span.of(text, s.start, s.end), paragraph=s.paragraph)
        for i, s in enumerate(analysis.sentences)
    )
    regions = scan(text, analysis.paragraphs)
    candidates = find_candidates(analysis, lexicon, regions)
    quotes, speakers = resolve(analysis, candidates, regions)
    return Document(
        text=text, sentences=sentences, quotes=quotes, speakers=speakers, engine=analysis.engine
    )

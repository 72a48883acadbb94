"""Who said what in a news article, grouped by speaker.

    python examples/extract_article.py [PATH] [--engine auto|rules|stanza]

PATH defaults to ``newsroom_article.txt`` beside this script. Each quote is
printed as ``Speaker — "text" (kind, cue)``, then a one-line summary.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import quotes

HERE = Path(__file__).resolve().parent


def speaker_label(quote: quotes.Quote) -> str:
    """The resolved speaker's name, else the source as written, else a marker."""
    if quote.speaker is not None:
        return quote.speaker.name
    if quote.source is not None:
        return f"{quote.source.text} (unresolved)"
    return "(no source)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(HERE / "newsroom_article.txt"),
                        help="a UTF-8 text file (default: %(default)s)")
    parser.add_argument("--engine", default="auto", choices=["auto", "rules", "stanza"],
                        help="analysis engine (default: %(default)s)")
    args = parser.parse_args(argv)

    text = Path(args.path).read_text(encoding="utf-8")
    doc = quotes.extract(text, engine=args.engine)

    groups: dict[str, list[quotes.Quote]] = {}
    for quote in doc.quotes:
        groups.setdefault(speaker_label(quote), []).append(quote)

    for label, group in groups.items():
        for quote in group:
            cue = quote.cue.text if quote.cue is not None else "no cue"
            print(f'{label} — "{quote.text}" ({quote.kind.value}, {cue})')
        print()

    kinds = Counter(quote.kind.value for quote in doc.quotes)
    resolved = sum(1 for quote in doc.quotes if quote.speaker is not None)
    by_kind = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "none"
    print(
        f"{len(doc.quotes)} quotes ({by_kind}); {resolved} attributed to "
        f"{len(doc.speakers)} speakers; engine: {doc.engine}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The public data model: immutable, typed results with exact offsets.

Every class is a frozen, slotted, keyword-only attrs class, so results can be
hashed, shared between threads and compared in tests, and nothing downstream
can quietly change a result after it was built. Collections are tuples.

The JSON form (``Document.to_dict``) is a public contract described in
``docs/data-model.md``: fields are added, never renamed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from enum import Enum
from typing import Any

import attrs

from .errors import DocumentFormatError, SpanError

SCHEMA_VERSION = 1


class QuoteKind(str, Enum):
    """How much of a statement is verbatim.

    ``direct``: all of the content is inside quotation marks; ``mixed``: reported
    speech with a quoted fragment; ``indirect``: no quotation marks at all.
    """

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class CueType(str, Enum):
    """What the cue says about the content: spoken or written (``speech``),
    held in mind (``thought``), or taken from a source such as a report
    (``source``: "according to", "in a statement")."""

    SPEECH = "speech"
    THOUGHT = "thought"
    SOURCE = "source"


class MentionKind(str, Enum):
    """How a speaker is referred to at one place in the text."""

    NAME = "name"
    PRONOUN = "pronoun"
    DESCRIPTION = "description"
    ORGANISATION = "organisation"
    GROUP = "group"
    ANONYMOUS = "anonymous"


class SpeakerKind(str, Enum):
    """A person, an organisation (the Kremlin, the Clinton campaign), or a
    group: people named together who speak together ("Mr. Grassley and Mr.
    Leahy say"). Unnamed groups ("officials") get no speaker at all."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"


def _str_tuple(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _int_tuple(items: Iterable[int]) -> tuple[int, ...]:
    return tuple(items)


def _span_tuple(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _mention_tuple(items: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(items)


def _sentence_tuple(items: Iterable[Sentence]) -> tuple[Sentence, ...]:
    return tuple(items)


def _quote_tuple(items: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(items)


def _speaker_tuple(items: Iterable[Speaker]) -> tuple[Speaker, ...]:
    return tuple(items)


def _check_span(instance: Span, attribute: attrs.Attribute, value: int) -> None:
    if instance.start < 0 or instance.end < instance.start:
        raise SpanError(f"bad span offsets start={instance.start} end={instance.end}")
    if len(instance.text) != instance.end - instance.start:
        raise SpanError(
            f"span text {instance.text!r} has length {len(instance.text)}, "
            f"offsets say {instance.end - instance.start}"
        )


@attrs.frozen(kw_only=True)
class Span:
    """A slice of the input text: ``text[start:end] == span.text``.

    Offsets are Python ``str`` indices (code points), end exclusive, so they
    can be used directly on the string the user passed in.
    """

    start: int
    end: int = attrs.field(validator=_check_span)
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text`` from ``start`` to ``end``."""
        return cls(start=start, end=end, text=text[start:end])

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence, with the index of the paragraph it lies in."""

    index: int
    span: Span
    paragraph: int

    @property
    def text(self) -> str:
        return self.span.text


@attrs.frozen(kw_only=True)
class Mention:
    """One place where a speaker is referred to, as written."""

    span: Span
    kind: MentionKind = attrs.field(converter=MentionKind)

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "kind": self.kind.value}


@attrs.frozen(kw_only=True)
class Speaker:
    """An entity that speaks or is spoken to, with every mention of it.

    ``name`` is the fullest proper name found ("Naftali Bennett"), or, for an
    unnamed source, its description as written ("a spokesman").
    """

    id: str
    name: str
    kind: SpeakerKind = attrs.field(converter=SpeakerKind)
    roles: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_mention_tuple)
    gender: str | None = None

    def matches(self, who: str) -> bool:
        """True if ``who`` names this speaker: its id, its name, one of its
        mentions, or a part of its name ("Bennett" for "Naftali Bennett")."""
        want = " ".join(who.split()).casefold()
        if not want:
            return False
        if want == self.id.casefold() or want == self.name.casefold():
            return True
        name_words = self.name.casefold().split()
        want_words = want.split()
        if self.kind is not SpeakerKind.GROUP and all(w in name_words for w in want_words):
            return True
        return any(m.kind is not MentionKind.PRONOUN and m.text.casefold() == want
                   for m in self.mentions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "roles": list(self.roles),
            "gender": self.gender,
            "mentions": [m.to_dict() for m in self.mentions],
        }


def _check_confidence(instance: Any, attribute: attrs.Attribute, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must lie in [0, 1], got {value}")


def _check_content(instance: Any, attribute: attrs.Attribute, value: tuple[Span, ...]) -> None:
    if not value:
        raise ValueError("a quote needs at least one content span")


@attrs.frozen(kw_only=True)
class Quote:
    """One attributed statement.

    ``content`` holds one span per stretch of the statement: a quotation split
    by its attribution ("…," he said, "…") has two. ``source`` is the mention
    as written ("he"); ``speaker`` is who that resolves to.
    """

    kind: QuoteKind = attrs.field(converter=QuoteKind)
    content: tuple[Span, ...] = attrs.field(converter=_span_tuple, validator=_check_content)
    cue: Span | None = None
    cue_type: CueType | None = attrs.field(
        default=None, converter=attrs.converters.optional(CueType)
    )
    source: Mention | None = None
    speaker: Speaker | None = None
    addressee: Speaker | None = None
    sentences: tuple[int, ...] = attrs.field(default=(), converter=_int_tuple)
    confidence: float = attrs.field(default=0.5, validator=_check_confidence)

    @property
    def text(self) -> str:
        """The content as one string; separate stretches are joined by a space."""
        return " ".join(span.text for span in self.content)

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "text": self.text,
            "content": [span.to_dict() for span in self.content],
            "cue": self.cue.to_dict() if self.cue else None,
            "cue_type": self.cue_type.value if self.cue_type else None,
            "source": self.source.to_dict() if self.source else None,
            "speaker": self.speaker.id if self.speaker else None,
            "addressee": self.addressee.id if self.addressee else None,
            "sentences": list(self.sentences),
            "confidence": self.confidence,
        }


def _spans_of_document(doc: Document) -> Iterator[Span]:
    for sentence in doc.sentences:
        yield sentence.span
    for speaker in doc.speakers:
        for mention in speaker.mentions:
            yield mention.span
    for quote in doc.quotes:
        yield from quote.content
        if quote.cue:
            yield quote.cue
        if quote.source:
            yield quote.source.span


@attrs.frozen(kw_only=True, repr=False)
class Document:
    """The result of ``quotes.extract``: the text, its sentences, the quotes in
    text order and the speakers they resolve to.

    Construction checks that every span is a true slice of ``text``, so a
    ``Document`` that exists is one whose offsets can be trusted.
    """

    text: str
    sentences: tuple[Sentence, ...] = attrs.field(default=(), converter=_sentence_tuple)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quote_tuple)
    speakers: tuple[Speaker, ...] = attrs.field(default=(), converter=_speaker_tuple)
    engine: str = "rules"

    def __attrs_post_init__(self) -> None:
        text = self.text
        for span in _spans_of_document(self):
            if span.end > len(text) or text[span.start:span.end] != span.text:
                raise SpanError(
                    f"span {span.start}:{span.end} {span.text!r} is not a slice of the text"
                )

    def __repr__(self) -> str:
        # short, so that a notebook cell does not print the whole article
        preview = " ".join(self.text[:40].split())
        more = "…" if len(self.text) > 40 else ""
        return (f"<Document engine={self.engine!r} quotes={len(self.quotes)} "
                f"speakers={len(self.speakers)} chars={len(self.text)} text={preview + more!r}>")

    # -- reading ---------------------------------------------------------
    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    def speaker(self, who: str) -> Speaker | None:
        """The first speaker that ``who`` names (id, name, part of a name or a
        mention), or None."""
        for speaker in self.speakers:
            if speaker.matches(who):
                return speaker
        return None

    def quotes_by(self, who: str | Speaker) -> tuple[Quote, ...]:
        """Quotes whose speaker is ``who``: a ``Speaker``, an id, or any of the
        speaker's names or mentions ("Bennett", "Naftali Bennett", "S1")."""
        if isinstance(who, Speaker):
            return tuple(q for q in self.quotes if q.speaker == who)
        return tuple(q for q in self.quotes if q.speaker is not None and q.speaker.matches(who))

    def speaker_counts(self) -> dict[str, int]:
        """Quotes per speaker name, most quoted first (unresolved quotes are
        not counted)."""
        counts: dict[str, int] = {}
        for quote in self.quotes:
            if quote.speaker is not None:
                counts[quote.speaker.name] = counts.get(quote.speaker.name, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    # -- serialisation ---------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form; see docs/data-model.md for the schema."""
        return {
            "schema": SCHEMA_VERSION,
            "text": self.text,
            "engine": self.engine,
            "sentences": [
                {"start": s.span.start, "end": s.span.end, "paragraph": s.paragraph}
                for s in self.sentences
            ],
            "speakers": [speaker.to_dict() for speaker in self.speakers],
            "quotes": [quote.to_dict() for quote in self.quotes],
        }

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict())``; keyword arguments go to ``json.dumps``."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_json(cls, data: str) -> Document:
        try:
            loaded = json.loads(data)
        except json.JSONDecodeError as exc:
            raise DocumentFormatError(f"not JSON: {exc}") from exc
        return cls.from_dict(loaded)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a ``Document`` from ``to_dict`` output (lossless)."""
        try:
            return _document_from_dict(data)
        except DocumentFormatError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DocumentFormatError(f"not a quotes document: {exc!r}") from exc

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per quote (for tables and CSV); see ``quotes.records``."""
        from .records import document_records

        return document_records(self)

    def _repr_html_(self) -> str:
        from .html import render_html

        return render_html(self, standalone=False)


def _span_from(text: str, data: Mapping[str, Any]) -> Span:
    start, end = int(data["start"]), int(data["end"])
    span = Span.of(text, start, end)
    if "text" in data and data["text"] != span.text:
        raise DocumentFormatError(f"span {start}:{end} text {data['text']!r} does not match")
    return span


def _document_from_dict(data: Mapping[str, Any]) -> Document:
    if not isinstance(data, Mapping):
        raise DocumentFormatError("a document must be a JSON object")
    text = data["text"]
    if not isinstance(text, str):
        raise DocumentFormatError("'text' must be a string")
    sentences = tuple(
        Sentence(index=i, span=_span_from(text, s), paragraph=int(s.get("paragraph", 0)))
        for i, s in enumerate(data.get("sentences", ()))
    )
    speakers = tuple(
        Speaker(
            id=str(s["id"]),
            name=str(s["name"]),
            kind=s["kind"],
            roles=tuple(s.get("roles", ())),
            gender=s.get("gender"),
            mentions=tuple(
                Mention(span=_span_from(text, m), kind=m["kind"]) for m in s.get("mentions", ())
            ),
        )
        for s in data.get("speakers", ())
    )
    by_id = {speaker.id: speaker for speaker in speakers}

    def speaker_ref(ref: Any) -> Speaker | None:
        if ref is None:
            return None
        if ref not in by_id:
            raise DocumentFormatError(f"quote refers to unknown speaker {ref!r}")
        return by_id[ref]

    quotes = tuple(
        Quote(
            kind=q["kind"],
            content=tuple(_span_from(text, c) for c in q["content"]),
            cue=_span_from(text, q["cue"]) if q.get("cue") else None,
            cue_type=q.get("cue_type"),
            source=(
                Mention(span=_span_from(text, q["source"]), kind=q["source"]["kind"])
                if q.get("source")
                else None
            ),
            speaker=speaker_ref(q.get("speaker")),
            addressee=speaker_ref(q.get("addressee")),
            sentences=tuple(q.get("sentences", ())),
            confidence=float(q.get("confidence", 0.5)),
        )
        for q in data.get("quotes", ())
    )
    return Document(
        text=text,
        sentences=sentences,
        quotes=quotes,
        speakers=speakers,
        engine=str(data.get("engine", "rules")),
    )

"""A compact form of a ``Document`` for shipping it between processes.

``extract_many`` with worker processes sends every result back to the caller.
Pickled as it stands, a ``Document`` costs about a fifth of what extracting it
cost: pickle stores each of its ~200 small objects attribute by attribute,
repeats the article's text in every span (the sentences alone hold all of
it), and rebuilds each object through attrs' generic ``__setstate__``. The
caller already holds the text it sent, so a worker sends only offsets and
plain values (``pack``), and the caller rebuilds the objects from its own
copy of the text (``unpack``): about a seventh of the bytes and a third of
the time on both sides, measured on PolNeAR articles.

``unpack`` skips the model's validators: a packed document was a valid
``Document`` in the worker, and its offsets are re-applied to the very text
they were computed on. ``FIELDS`` lists the fields this module knows for
each class; a test compares it with the model, so a field added there
cannot be silently dropped here.
"""

from __future__ import annotations

from typing import Any

from .model import Document, Mention, Quote, Sentence, Span, Speaker

FIELDS: dict[type, tuple[str, ...]] = {
    Span: ("start", "end", "text"),
    Sentence: ("index", "span", "paragraph"),
    Mention: ("span", "kind"),
    Speaker: ("id", "name", "kind", "roles", "mentions", "gender"),
    Quote: ("kind", "content", "cue", "cue_type", "source", "speaker", "addressee",
            "sentences", "confidence"),
    Document: ("text", "sentences", "quotes", "speakers", "engine"),
}

_new = object.__new__
_set = object.__setattr__

# A packed speaker reference: its position in ``Document.speakers``, or the
# ``Speaker`` itself when a quote points to one outside that tuple.
_NONE = -1


def pack(doc: Document, sent_text: str | None = None) -> tuple[Any, ...]:
    """``doc`` as nested tuples of offsets and plain values.

    ``sent_text`` is the text the caller sent; when ``doc.text`` equals it
    the text is left out, else (an engine that changed it) it travels too.
    """
    position = {id(speaker): i for i, speaker in enumerate(doc.speakers)}

    def ref(speaker: Speaker | None) -> Any:
        return _NONE if speaker is None else position.get(id(speaker), speaker)

    sentences = tuple((s.index, s.span.start, s.span.end, s.paragraph) for s in doc.sentences)
    speakers = tuple(
        (s.id, s.name, s.kind, s.roles,
         tuple((m.span.start, m.span.end, m.kind) for m in s.mentions), s.gender)
        for s in doc.speakers
    )
    quotes = tuple(
        (q.kind, tuple((c.start, c.end) for c in q.content),
         None if q.cue is None else (q.cue.start, q.cue.end), q.cue_type,
         None if q.source is None else (q.source.span.start, q.source.span.end,
                                        q.source.kind),
         ref(q.speaker), ref(q.addressee), q.sentences, q.confidence)
        for q in doc.quotes
    )
    text = None if sent_text is not None and doc.text == sent_text else doc.text
    return (text, sentences, speakers, quotes, doc.engine)


def unpack(packed: tuple[Any, ...], sent_text: str | None = None) -> Document:
    """The ``Document`` that ``pack`` was given, rebuilt on ``sent_text``
    (the caller's copy of the text) unless the text travelled with it."""
    text_or_none, sentences, speakers, quotes, engine = packed
    text = text_or_none if text_or_none is not None else sent_text
    if not isinstance(text, str):
        raise ValueError("a packed document without its text needs the text it was made from")

    def span(start: int, end: int) -> Span:
        obj = _new(Span)
        _set(obj, "start", start)
        _set(obj, "end", end)
        _set(obj, "text", text[start:end])
        return obj

    def mention(start: int, end: int, kind: Any) -> Mention:
        obj = _new(Mention)
        _set(obj, "span", span(start, end))
        _set(obj, "kind", kind)
        return obj

    sentence_objects = []
    for index, start, end, paragraph in sentences:
        sentence = _new(Sentence)
        _set(sentence, "index", index)
        _set(sentence, "span", span(start, end))
        _set(sentence, "paragraph", paragraph)
        sentence_objects.append(sentence)

    speaker_objects: list[Speaker] = []
    for speaker_id, name, kind, roles, mentions, gender in speakers:
        person = _new(Speaker)
        _set(person, "id", speaker_id)
        _set(person, "name", name)
        _set(person, "kind", kind)
        _set(person, "roles", roles)
        _set(person, "mentions", tuple(mention(*m) for m in mentions))
        _set(person, "gender", gender)
        speaker_objects.append(person)

    def speaker(ref: Any) -> Speaker | None:
        if isinstance(ref, int):
            return None if ref == _NONE else speaker_objects[ref]
        return ref  # a Speaker outside doc.speakers, pickled as it is

    quote_objects = []
    for (kind, content, cue, cue_type, source, speaker_ref, addressee_ref, sentence_ids,
         confidence) in quotes:
        quote = _new(Quote)
        _set(quote, "kind", kind)
        _set(quote, "content", tuple(span(start, end) for start, end in content))
        _set(quote, "cue", None if cue is None else span(*cue))
        _set(quote, "cue_type", cue_type)
        _set(quote, "source", None if source is None else mention(*source))
        _set(quote, "speaker", speaker(speaker_ref))
        _set(quote, "addressee", speaker(addressee_ref))
        _set(quote, "sentences", sentence_ids)
        _set(quote, "confidence", confidence)
        quote_objects.append(quote)

    doc = _new(Document)
    _set(doc, "text", text)
    _set(doc, "sentences", tuple(sentence_objects))
    _set(doc, "quotes", tuple(quote_objects))
    _set(doc, "speakers", tuple(speaker_objects))
    _set(doc, "engine", engine)
    return doc

"""The HTML view: escaping, colours, nesting, and a real browser rendering."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quotes import Document, Mention, Quote, Sentence, Span, Speaker
from quotes.html import PALETTE, UNRESOLVED, render_html, speaker_colours
from quotes.segment import paragraphs_of

ARTICLE = (
    "City Council Approves Budget\n"
    "\n"
    "The council voted 7-2 on Tuesday to approve the budget. "
    '"This is a good day for the city," Mayor Ana Ruiz told reporters. '
    '"We kept every <library> open & <script>alert(1)</script> funded."\n'
    "\n"
    "Councillor Tom Baker said the plan would raise fees.\n"
    "\n"
    'A union spokesperson said the deal was "fragile at best."\n'
)


def _span(text: str, needle: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return Span.of(text, start, start + len(needle))


def _sentences(text: str) -> list[Sentence]:
    out = []
    for p_index, (p_start, p_end) in enumerate(list(paragraphs_of(text))):
        out.append(Sentence(index=len(out), span=Span.of(text, p_start, p_end),
                            paragraph=p_index))
    return out


def build_doc(text: str = ARTICLE) -> Document:
    """A hand-built document: two resolved speakers, one unresolved source,
    a split direct quote, an indirect quote and a mixed quote with a direct
    fragment nested inside it."""
    ruiz_mention = Mention(span=_span(text, "Mayor Ana Ruiz"), kind="name")
    baker_mention = Mention(span=_span(text, "Councillor Tom Baker"), kind="name")
    ruiz = Speaker(id="S1", name="Ana Ruiz", kind="person", roles=("mayor",),
                   mentions=(ruiz_mention,))
    baker = Speaker(id="S2", name="Tom Baker", kind="person", roles=("councillor",),
                    mentions=(baker_mention,))
    union = Mention(span=_span(text, "A union spokesperson"), kind="description")
    quotes = [
        Quote(kind="direct",
              content=(_span(text, "This is a good day for the city,"),
                       _span(text, "We kept every <library> open & <script>alert(1)</script> "
                                   "funded.")),
              cue=_span(text, "told"), cue_type="speech", source=ruiz_mention,
              speaker=ruiz, sentences=(1,), confidence=0.93),
        Quote(kind="indirect", content=(_span(text, "the plan would raise fees"),),
              cue=_span(text, "said"), cue_type="speech", source=baker_mention,
              speaker=baker, sentences=(2,), confidence=0.8),
        Quote(kind="mixed", content=(_span(text, 'the deal was "fragile at best."'),),
              cue=_span(text, "said", 1), source=union, speaker=None, confidence=0.6),
        Quote(kind="direct", content=(_span(text, "fragile at best."),),
              cue=_span(text, "said", 1), source=union, speaker=None, confidence=0.5),
    ]
    return Document(text=text, sentences=_sentences(text), quotes=quotes,
                    speakers=(ruiz, baker), engine="rules")


class _Checker(HTMLParser):
    """Checks nesting and collects, for every text run, the background
    colours of the ``qx-q`` spans around it."""

    VOID = {"meta", "br", "img", "hr", "input", "link"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.errors: list[str] = []
        self.runs: list[tuple[str, tuple[str, ...]]] = []  # inside the article only
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else None}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not any(a.get("class") == "qx-text" for _, a in self.stack):
            return
        colours = tuple(
            a["style"].split("background-color:")[1][:7]
            for t, a in self.stack
            if t == "span" and "qx-q" in a.get("class", "")
        )
        self.runs.append((data, colours))

    def text_in_colour(self, colour: str) -> str:
        return "".join(data for data, colours in self.runs if colour in colours)


def _check(markup: str) -> _Checker:
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return checker


def test_text_is_escaped_and_script_stays_text() -> None:
    doc = build_doc()
    page = render_html(doc, title="<b>Budget</b> & co")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;library&gt;" in page
    assert "&lt;b&gt;Budget&lt;/b&gt; &amp; co" in page
    checker = _check(page)
    assert "script" not in checker.tags
    assert "style" in checker.tags  # inline CSS, nothing else
    assert not any(t in checker.tags for t in ("link", "img", "iframe", "object"))
    assert "http" not in page


def test_every_quote_is_inside_a_span_of_its_speaker_colour() -> None:
    doc = build_doc()
    colours = speaker_colours(doc)
    assert colours == {"S1": PALETTE[0], "S2": PALETTE[1]}
    checker = _check(render_html(doc))
    for quote in doc.quotes:
        colour = colours[quote.speaker.id] if quote.speaker else UNRESOLVED
        coloured = checker.text_in_colour(colour)
        for span in quote.content:
            assert span.text in coloured


def test_fragment_is_what_a_notebook_shows() -> None:
    doc = build_doc()
    fragment = doc._repr_html_()
    assert fragment.startswith('<div class="qx">')
    assert "<html" not in fragment and "<!DOCTYPE" not in fragment
    _check(fragment)
    page = render_html(doc)
    assert page.startswith("<!DOCTYPE html>")
    assert fragment in page


def test_paragraphs_are_preserved() -> None:
    doc = build_doc()
    checker = _check(render_html(doc))
    assert checker.tags.count("p") == len(list(paragraphs_of(doc.text))) + 1  # + the meta line


def test_hover_shows_kind_speaker_cue_and_confidence() -> None:
    page = render_html(build_doc())
    assert ('title="direct quote 1\nspeaker: Ana Ruiz (S1)\nsource: Mayor Ana Ruiz\n'
            'cue: told\ncue type: speech\nconfidence: 0.93"') in page
    assert "confidence: 0.93" in page
    assert "speaker: unresolved\nsource: A union spokesperson" in page
    assert 'class="qx-cue"' in page and 'class="qx-src"' in page


def test_summary_table_counts_speakers_kinds_and_words() -> None:
    doc = build_doc()
    page = render_html(doc)
    table = page[page.index('<table class="qx-summary">'):]
    rows = table.split("<tr>")[2:]
    assert "Ana Ruiz" in rows[0] and "mayor" in rows[0]
    cells = [c.split("</td>")[0] for c in rows[0].split("<td>")[2:]]
    words = sum(len(s.text.split()) for s in doc.quotes[0].content)
    chars = sum(len(s) for s in doc.quotes[0].content)
    assert cells == ["1", "1", "0", "0", str(words), str(chars)]
    assert "unresolved" in rows[-1]
    assert [c.split("</td>")[0] for c in rows[-1].split("<td>")[2:5]] == ["2", "1", "0"]


def test_crossing_and_nested_spans_stay_well_formed() -> None:
    text = "one two three four five six seven"
    a = Span.of(text, 0, 13)   # one two three
    b = Span.of(text, 8, 23)   # three four five (crosses a)
    c = Span.of(text, 4, 7)    # two (inside a)
    d = Span.of(text, 8, 13)   # three (same as a's tail, inside b)
    s1 = Speaker(id="S1", name="One", kind="person")
    s2 = Speaker(id="S2", name="Two", kind="person")
    doc = Document(text=text, speakers=(s1, s2), quotes=(
        Quote(kind="direct", content=(a,), speaker=s1, cue=d),
        Quote(kind="indirect", content=(b,), speaker=s2, cue=c,
              source=Mention(span=Span.of(text, 19, 29), kind="name")),
        Quote(kind="direct", content=(Span.of(text, 4, 4), Span.of(text, 24, 33)),
              speaker=None),
    ))
    checker = _check(render_html(doc))
    assert "".join(data for data, _ in checker.runs) == text
    assert checker.text_in_colour(PALETTE[0]) == "one two three"
    assert checker.text_in_colour(PALETTE[1]) == "three four five"
    assert checker.text_in_colour(UNRESOLVED) == "six seven"
    both = [data for data, colours in checker.runs if set(colours) == {PALETTE[0], PALETTE[1]}]
    assert both == ["three"]


def test_quote_across_paragraphs_is_split_per_paragraph() -> None:
    text = '"First part.\n"Second part," she said.'
    s1 = Speaker(id="S1", name="She", kind="person")
    doc = Document(text=text, speakers=(s1,), quotes=(
        Quote(kind="direct", content=(Span.of(text, 1, 26),), speaker=s1),
    ))
    checker = _check(render_html(doc))
    assert checker.text_in_colour(PALETTE[0]) == 'First part."Second part,'


def test_empty_document() -> None:
    page = render_html(Document(text=""))
    _check(page)
    assert "0 quotes" in page and '<table class="qx-summary"' not in page


def test_palette_repeats_past_its_end() -> None:
    text = " ".join(f"w{i}" for i in range(len(PALETTE) + 2))
    speakers = [Speaker(id=f"S{i + 1}", name=f"P{i}", kind="person")
                for i in range(len(PALETTE) + 2)]
    doc = Document(text=text, speakers=speakers)
    colours = speaker_colours(doc)
    assert colours["S1"] == colours[f"S{len(PALETTE) + 1}"]


# -- a real browser ------------------------------------------------------


def decode_png(data: bytes) -> tuple[int, int, int, bytes]:
    """(width, height, channels, raw pixel bytes) of an 8-bit RGB or RGBA,
    non-interlaced PNG: what Chromium writes. Enough for a test, no Pillow."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, []
    width = height = channels = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and colour_type in (2, 6)
            channels = 3 if colour_type == 2 else 4
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    out = bytearray(height * stride)
    prev = bytearray(stride)
    for y in range(height):
        base = y * (stride + 1)
        filt = raw[base]
        line = bytearray(raw[base + 1:base + 1 + stride])
        if filt == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif filt == 2:
            line = bytearray((x + p) & 0xFF for x, p in zip(line, prev, strict=True))
        elif filt == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif filt == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = prev[i]
                c = prev[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        out[y * stride:(y + 1) * stride] = line
        prev = line
    return width, height, channels, bytes(out)


def colour_counts(png: bytes) -> dict[tuple[int, int, int], int]:
    width, height, channels, pixels = decode_png(png)
    counts: dict[tuple[int, int, int], int] = {}
    for i in range(0, len(pixels), channels):
        rgb = (pixels[i], pixels[i + 1], pixels[i + 2])
        counts[rgb] = counts.get(rgb, 0) + 1
    return counts


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _near(counts: dict[tuple[int, int, int], int], colour: tuple[int, int, int]) -> int:
    return sum(n for rgb, n in counts.items()
               if all(abs(x - y) <= 3 for x, y in zip(rgb, colour, strict=True)))


def screenshot(page: Path, png: Path, profile: Path, size: str = "900,1000") -> None:
    """Render ``page`` with headless Chromium into ``png`` (offline flags)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
         "--force-device-scale-factor=1",
         f"--user-data-dir={profile}", f"--screenshot={png}", f"--window-size={size}",
         page.resolve().as_uri()],
        check=True, capture_output=True, timeout=120,
    )


@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")),
                    reason="chromium is not installed (apt-get install chromium)")
def test_chromium_renders_speaker_colours(tmp_path: Path) -> None:
    doc = build_doc()
    page = tmp_path / "article.html"
    page.write_text(render_html(doc, title="City Council Approves Budget"), encoding="utf-8")
    png = tmp_path / "shot.png"
    screenshot(page, png, tmp_path / "profile")
    counts = colour_counts(png.read_bytes())
    total = sum(counts.values())
    white = _near(counts, (255, 255, 255))
    assert white < total, "blank page"
    assert len(counts) > 20, "page has hardly any distinct colours: nothing rendered?"
    dark = sum(n for rgb, n in counts.items() if max(rgb) < 80)
    assert dark > 500, "no text rendered"
    for colour in (PALETTE[0], PALETTE[1], UNRESOLVED):
        assert _near(counts, _rgb(colour)) > 300, f"no {colour} highlight in the screenshot"
    assert _near(counts, _rgb(PALETTE[2])) == 0  # a colour no speaker has


def test_random_overlapping_spans_always_give_well_formed_html() -> None:
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    text = 'Ann said "a <b> & c".\nBob: "d\n"e," he said, \'f\' > g.\n\nEnd.'
    offsets = st.integers(min_value=0, max_value=len(text))
    span_strategy = st.tuples(offsets, offsets).map(lambda p: Span.of(text, *sorted(p)))
    people = (Speaker(id="S1", name="Ann", kind="person"),
              Speaker(id="S2", name="Bob", kind="person"))

    @hypothesis.given(st.lists(
        st.tuples(st.lists(span_strategy, min_size=1, max_size=3),
                  st.one_of(st.none(), span_strategy), st.sampled_from((0, 1, None))),
        max_size=6))
    @hypothesis.settings(max_examples=150, deadline=None)
    def check(specs: list) -> None:
        quotes_ = [
            Quote(kind="direct", content=content, cue=cue,
                  speaker=None if who is None else people[who])
            for content, cue, who in specs
        ]
        doc = Document(text=text, speakers=people, quotes=quotes_)
        checker = _check(render_html(doc))
        expected = "".join(text[s:e] for s, e in list(paragraphs_of(text)))
        assert "".join(data for data, _ in checker.runs) == expected

    check()

"""The stanza engine without models: stanza Documents built from hand-parsed
CoNLL-U fixtures (UD v1 and v2), read into an ``Analysis`` and run through
the parse-based attribution stage."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

pytest.importorskip("stanza")

from stanza_fixtures import (  # noqa: E402
    FIXTURE_IDS,
    FIXTURES,
    fixture_document,
    fixture_text,
    spans_consistent,
)

import quotes  # noqa: E402
from quotes.analysis import Token  # noqa: E402
from quotes.engines import stanza_engine as se  # noqa: E402
from quotes.lexicon import load as load_lexicon  # noqa: E402
from quotes.model import QuoteKind  # noqa: E402
from quotes.pipeline import find_candidates  # noqa: E402


@pytest.fixture(scope="module")
def sochi():
    return quotes.extract(fixture_document("sochi_ud2"))


@pytest.fixture(scope="module")
def kremlin():
    return quotes.extract(fixture_document("kremlin_ud1"))


def _quote(doc, content_start: str):
    found = [q for q in doc.quotes if q.text.startswith(content_start)]
    assert len(found) == 1, [q.text for q in doc.quotes]
    return found[0]


def _candidate(name: str, content_start: str):
    analysis = se.analysis_from_stanza(fixture_document(name))
    text = analysis.text
    for c in find_candidates(analysis, load_lexicon("en")):
        if text[c.content[0][0]:c.content[0][1]].startswith(content_start):
            return text, c
    raise AssertionError(f"no candidate starting {content_start!r}")


# -- reading CoNLL-U -----------------------------------------------------------
def test_documents_from_conllu_keeps_the_text_and_entities() -> None:
    doc = fixture_document("kremlin_ud1")
    assert doc.text == fixture_text("kremlin_ud1")
    assert [(e.text, e.type) for e in doc.ents][:2] == [
        ("Kremlin", "ORGANIZATION"), ("Vladimir Putin", "PERSON")
    ]
    for token in doc.iter_tokens():
        assert doc.text[token.start_char:token.end_char] == token.text


def test_documents_from_conllu_reads_texts_from_a_sibling_jsonl(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "sochi_ud2.conllu", tmp_path / "dev.conllu")
    record = {"id": FIXTURE_IDS["sochi_ud2"], "text": fixture_text("sochi_ud2")}
    (tmp_path / "dev.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    docs = se.documents_from_conllu(tmp_path / "dev.conllu")
    assert docs["v2_sochi"].text == record["text"]


def test_documents_from_conllu_without_text_rebuilds_it_from_offsets() -> None:
    docs = se.documents_from_conllu(FIXTURES / "sochi_ud2.conllu", texts={})
    doc = docs["v2_sochi"]
    original = fixture_text("sochi_ud2")
    assert len(doc.text) == len(original.rstrip())
    for token in doc.iter_tokens():
        assert doc.text[token.start_char:token.end_char] == token.text
    assert se.analysis_from_stanza(doc).has_parse


def test_documents_from_conllu_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        se.documents_from_conllu(tmp_path / "nope.conllu")


# -- stanza Document -> Analysis -------------------------------------------------
def test_analysis_has_offsets_heads_and_flags() -> None:
    analysis = se.analysis_from_stanza(fixture_document("sochi_ud2"))
    assert analysis.engine == "stanza"
    assert analysis.has_pos and analysis.has_parse and analysis.has_ner
    text = analysis.text
    assert all(text[t.start:t.end] == t.text for t in analysis.tokens)
    told = next(i for i, t in enumerate(analysis.tokens) if t.text == "told")
    assert analysis.tokens[told].head == -1
    assert analysis.tokens[0].head == told
    # heads are document-level: the second sentence's tokens point into it
    second = analysis.sentences[1]
    for i in range(second.first_token, second.end_token):
        head = analysis.tokens[i].head
        assert head == -1 or second.first_token <= head < second.end_token
    assert [s.paragraph for s in analysis.sentences] == [0, 1, 2, 3, 4]


def test_ud_v1_relations_are_read_as_v2() -> None:
    analysis = se.analysis_from_stanza(fixture_document("kremlin_ud1"))
    relations = {t.deprel for t in analysis.tokens}
    assert not relations & {"dobj", "nsubjpass", "auxpass", "mwe", "neg"}
    assert {"obj", "nsubj:pass", "aux:pass", "fixed", "obl"} <= relations
    by_text = {t.text: t for t in analysis.tokens}
    assert by_text["agency"].deprel == "obl"  # v1 nmod on a verb
    assert by_text["not"].deprel == "advmod"


@pytest.mark.parametrize(
    ("deprel", "head_upos", "expected"),
    [
        ("dobj", "VERB", "obj"),
        ("nsubjpass", "VERB", "nsubj:pass"),
        ("auxpass", "VERB", "aux:pass"),
        ("mwe", "ADP", "fixed"),
        ("neg", "VERB", "advmod"),
        ("nmod", "VERB", "obl"),
        ("nmod", "NOUN", "nmod"),
        ("nmod:tmod", "VERB", "obl:tmod"),
        ("nmod:poss", "NOUN", "nmod:poss"),
        ("nmod:agent", "VERB", "obl:agent"),
        ("obl:agent", "VERB", "obl:agent"),
        ("ccomp", "VERB", "ccomp"),
        (None, "VERB", None),
    ],
)
def test_normalise_deprel(deprel, head_upos, expected) -> None:
    assert se.normalise_deprel(deprel, head_upos) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("PERSON", "PERSON"), ("PER", "PERSON"), ("ORG", "ORG"), ("ORGANIZATION", "ORG"),
        ("GPE", "LOC"), ("LOC", "LOC"), ("LOCATION", "LOC"), ("FAC", "LOC"),
        ("NORP", "MISC"), ("MISC", "MISC"), ("EVENT", "MISC"),
        ("DATE", None), ("MONEY", None), ("CARDINAL", None), (None, None),
    ],
)
def test_coarse_entity_maps_ontonotes_and_conll_labels(label, expected) -> None:
    assert se.coarse_entity(label) == expected


def test_entity_tags_from_bio_bioes_and_bare_labels() -> None:
    assert se._entity_tags(["B-PERSON", "I-PERSON", "O", "S-GPE", "B-ORG", "E-ORG"]) == [
        ("PERSON", True), ("PERSON", False), (None, False), ("LOC", True),
        ("ORG", True), ("ORG", False),
    ]
    # BIO where two entities of one class touch, and IO without prefixes
    assert se._entity_tags(["I-PERSON", "B-PERSON", "PERSON", "O"]) == [
        ("PERSON", True), ("PERSON", True), ("PERSON", False), (None, False),
    ]


def test_multi_word_tokens_become_words_with_offsets() -> None:
    from stanza.models.common.doc import Document

    text = "They don't agree."
    sentence = [
        {"id": (1,), "text": "They", "start_char": 0, "end_char": 4, "head": 4,
         "deprel": "nsubj", "upos": "PRON", "lemma": "they"},
        {"id": (2, 3), "text": "don't", "start_char": 5, "end_char": 10},
        {"id": (2,), "text": "do", "head": 4, "deprel": "aux", "upos": "AUX", "lemma": "do"},
        {"id": (3,), "text": "n't", "head": 4, "deprel": "advmod", "upos": "PART", "lemma": "not"},
        {"id": (4,), "text": "agree", "start_char": 11, "end_char": 16, "head": 0,
         "deprel": "root", "upos": "VERB", "lemma": "agree"},
        {"id": (5,), "text": ".", "start_char": 16, "end_char": 17, "head": 4,
         "deprel": "punct", "upos": "PUNCT", "lemma": "."},
    ]
    doc = Document([sentence], text=text)
    analysis = se.analysis_from_stanza(doc)
    assert [t.text for t in analysis.tokens] == ["They", "do", "n't", "agree", "."]
    assert [(t.start, t.end) for t in analysis.tokens][1:3] == [(5, 7), (7, 10)]
    assert analysis.tokens[0].head == 3
    assert not analysis.has_ner


def test_entities_from_doc_ents_when_tokens_have_no_tags() -> None:
    from stanza.models.common.doc import Document, Span

    doc = Document([[
        {"id": (1,), "text": "Putin", "start_char": 0, "end_char": 5},
        {"id": (2,), "text": "spoke", "start_char": 6, "end_char": 11},
    ]], text="Putin spoke")
    doc.ents = [Span(tokens=[doc.sentences[0].tokens[0]], type="PER", doc=doc,
                     sent=doc.sentences[0])]
    analysis = se.analysis_from_stanza(doc)
    assert analysis.has_ner
    assert analysis.tokens[0].ner == "PERSON" and analysis.tokens[0].ner_begin
    assert not analysis.has_parse


# -- attribution on the parse ----------------------------------------------------
def test_reported_speech_with_addressee(sochi) -> None:
    quote = _quote(sochi, "that he views relations")
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.text == "that he views relations as important"
    assert quote.source.text == "Putin"
    assert quote.cue.text == "told"
    text, candidate = _candidate("sochi_ud2", "that he views")
    assert text[slice(*candidate.addressee)] == "the prime minister"


def test_direct_quote_attributed_after_it(sochi) -> None:
    quote = _quote(sochi, "We regard you")
    assert quote.kind is QuoteKind.DIRECT
    assert quote.source.text == "Bennett"
    assert quote.cue.text == "told"
    text, candidate = _candidate("sochi_ud2", "We regard you")
    assert text[slice(*candidate.addressee)] == "Putin"


def test_according_to(sochi) -> None:
    quote = _quote(sochi, "the talks failed")
    assert quote.source.text == "officials"
    assert quote.cue.text == "According to"
    assert quote.kind is QuoteKind.INDIRECT


def test_coordinated_cues_give_two_statements_by_one_source(sochi) -> None:
    said = _quote(sochi, "talks went well")
    added = _quote(sochi, "that more would follow")
    assert said.cue.text == "said" and added.cue.text == "added"
    assert said.source.text == added.source.text == "The minister"


def test_quoted_fragment_makes_a_mixed_quote(sochi) -> None:
    quote = _quote(sochi, "relations were")
    assert quote.kind is QuoteKind.MIXED
    assert quote.source.text == "Putin"


def test_ud_v1_according_to_passive_agent_and_participle(kremlin) -> None:
    according = _quote(kremlin, "President Vladimir Putin did not attend")
    assert according.source.text == "the Kremlin"
    assert according.cue.text == "According to"
    reported = _quote(kremlin, "that talks would resume")
    assert reported.source.text == "the agency"
    assert reported.cue.text == "was reported"
    told = _quote(kremlin, "that Israel welcomed the offer")
    assert told.source.text == "Naftali Bennett"
    adding = _quote(kremlin, "that the visit was useful")
    assert adding.cue.text == "adding"
    assert adding.source.text == "Naftali Bennett"
    text, candidate = _candidate("kremlin_ud1", "that Israel welcomed")
    assert text[slice(*candidate.addressee)] == "reporters"


def test_a_source_stays_on_the_line_of_its_cue() -> None:
    """A parse that ran a timestamp into the next paragraph's sentence
    hangs both on one subject; the source is the part on the cue's line."""
    doc = quotes.extract(fixture_document("weak_parse_ud2"))
    quote = _quote(doc, "the port will reopen")
    assert quote.source is not None and quote.source.text == "Senator Dale Renner"


def test_a_title_the_parse_left_off_joins_the_name() -> None:
    """ "Retired neurosurgeon Ben Carson told …" with the title hung on the
    verb: the source is the whole titled name."""
    doc = quotes.extract(fixture_document("weak_parse_ud2"))
    quote = _quote(doc, "that he would stay")
    assert quote.source is not None and quote.source.text == "Retired neurosurgeon Ben Carson"
    assert quote.speaker is not None and quote.speaker.name == "Ben Carson"


@pytest.mark.parametrize("name", sorted(FIXTURE_IDS))
def test_every_span_is_a_slice_of_the_text(name) -> None:
    doc = quotes.extract(fixture_document(name))
    assert doc.engine == "stanza"
    assert doc.quotes
    assert spans_consistent(doc)


def test_extractor_analyse_accepts_a_stanza_document() -> None:
    extractor = quotes.Extractor(engine="rules")
    analysis = extractor.analyse(fixture_document("sochi_ud2"))
    assert analysis.engine == "stanza" and analysis.has_parse
    assert extractor.extract(fixture_document("sochi_ud2")).engine == "stanza"


def test_attribution_stage_handles_tokens_without_parse() -> None:
    from quotes.analysis import Analysis, SentenceInfo
    from quotes.parsed import find_reported_parsed

    text = "He said so."
    tokens = (Token(0, 2, "He", 0), Token(3, 7, "said", 0), Token(8, 10, "so", 0),
              Token(10, 11, ".", 0))
    analysis = Analysis(text=text, engine="stanza", paragraphs=((0, 11),),
                        sentences=(SentenceInfo(0, 11, 0, 0, 4),), tokens=tokens,
                        has_parse=True)
    assert find_reported_parsed(analysis, (), load_lexicon("en"), []) == []


# -- finding models without stanza ----------------------------------------------
def _fake_models(root: Path, processors=se.DEFAULT_PROCESSORS) -> None:
    root.mkdir(parents=True, exist_ok=True)
    packages = {p: f"fake_{p}" for p in processors}
    resources = {"en": {"lang_name": "English", "default_processors": packages,
                        "packages": {"default": packages},
                        **{p: {f"fake_{p}": {}} for p in processors}}}
    (root / "resources.json").write_text(json.dumps(resources), "utf-8")
    for p in processors:
        (root / "en" / p).mkdir(parents=True)
        (root / "en" / p / f"fake_{p}.pt").write_bytes(b"")


def test_models_installed_looks_at_files_only(tmp_path: Path) -> None:
    assert not se.models_installed("en", tmp_path)
    _fake_models(tmp_path / "full")
    assert se.models_installed("en", tmp_path / "full")
    _fake_models(tmp_path / "no_ner", processors=("tokenize", "pos", "lemma", "depparse"))
    assert not se.models_installed("en", tmp_path / "no_ner")


def test_models_installed_follows_stanza_resources_dir(tmp_path: Path, monkeypatch) -> None:
    _fake_models(tmp_path)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    assert se.default_model_dir() == str(tmp_path)
    assert se.models_installed("en")


def test_missing_models_names_what_is_missing(tmp_path: Path) -> None:
    missing = se.missing_models("en", str(tmp_path), list(se.DEFAULT_PROCESSORS))
    assert missing and "resources.json" in missing[0]
    _fake_models(tmp_path / "partial", processors=("tokenize", "pos", "lemma", "depparse"))
    missing = se.missing_models("en", str(tmp_path / "partial"), list(se.DEFAULT_PROCESSORS))
    assert len(missing) == 1 and "ner" in missing[0]


def test_engine_without_models_fails_fast_with_the_fix(tmp_path: Path) -> None:
    start = time.perf_counter()
    with pytest.raises(quotes.ModelNotFoundError) as info:
        quotes.Extractor(engine="stanza", model_dir=str(tmp_path))
    assert time.perf_counter() - start < 1.0
    message = str(info.value)
    assert "quotes download --lang en" in message
    assert "quotes.download('en')" in message
    assert "STANZA_RESOURCES_DIR" in message


def test_explicit_model_path_pointing_nowhere_is_named(tmp_path: Path) -> None:
    _fake_models(tmp_path)
    wrong = tmp_path / "nowhere" / "parser.pt"
    with pytest.raises(quotes.ModelNotFoundError) as info:
        se.StanzaEngine(model_dir=str(tmp_path), depparse_model_path=str(wrong))
    assert "depparse_model_path" in str(info.value)
    assert str(wrong) in str(info.value)


def test_engine_refuses_to_download(tmp_path: Path) -> None:
    with pytest.raises(quotes.EngineError):
        se.StanzaEngine(model_dir=str(tmp_path), download_method="download_resources")


def test_engine_checks_processor_options(tmp_path: Path) -> None:
    _fake_models(tmp_path)
    with pytest.raises(quotes.EngineError):
        se.StanzaEngine(model_dir=str(tmp_path), processors="pos,lemma")
    engine = se.StanzaEngine(model_dir=str(tmp_path), processors="tokenize,pos,quote")
    assert engine.processors == ["tokenize", "pos"]
    assert engine.name == "stanza"


RELATIVE_TEXT = "Yair Lapid, who praised the plan, said the talks went well."
RELATIVE_CONLLU = """# newdoc id = relative
# sent_id = relative-1
# text = Yair Lapid, who praised the plan, said the talks went well.
1	Yair	Yair	PROPN	_	_	9	nsubj	_	start_char=0|end_char=4|ner=B-PERSON
2	Lapid	Lapid	PROPN	_	_	1	flat	_	start_char=5|end_char=10|ner=E-PERSON
3	,	,	PUNCT	_	_	5	punct	_	start_char=10|end_char=11|ner=O
4	who	who	PRON	_	_	5	nsubj	_	start_char=12|end_char=15|ner=O
5	praised	praise	VERB	_	_	1	acl:relcl	_	start_char=16|end_char=23|ner=O
6	the	the	DET	_	_	7	det	_	start_char=24|end_char=27|ner=O
7	plan	plan	NOUN	_	_	5	obj	_	start_char=28|end_char=32|ner=O
8	,	,	PUNCT	_	_	5	punct	_	start_char=32|end_char=33|ner=O
9	said	say	VERB	_	_	0	root	_	start_char=34|end_char=38|ner=O
10	the	the	DET	_	_	11	det	_	start_char=39|end_char=42|ner=O
11	talks	talk	NOUN	_	_	12	nsubj	_	start_char=43|end_char=48|ner=O
12	went	go	VERB	_	_	9	ccomp	_	start_char=49|end_char=53|ner=O
13	well	well	ADV	_	_	12	advmod	_	start_char=54|end_char=58|ner=O
14	.	.	PUNCT	_	_	9	punct	_	start_char=58|end_char=59|ner=O
"""


def test_a_relative_pronoun_is_the_source_and_resolves_to_its_antecedent(
        tmp_path: Path) -> None:
    from quotes.engines.stanza_engine import documents_from_conllu

    path = tmp_path / "relative.conllu"
    path.write_text(RELATIVE_CONLLU, encoding="utf-8")
    stanza_doc = documents_from_conllu(path, texts={"relative": RELATIVE_TEXT})["relative"]
    doc = quotes.extract(stanza_doc)
    by_cue = {q.cue.text: q for q in doc.quotes if q.cue}
    # PolNeAR marks the relative pronoun as the mention; the speaker is the
    # person it stands for
    assert by_cue["praised"].source.text == "who"
    assert by_cue["praised"].speaker is not None
    assert by_cue["praised"].speaker.name == "Yair Lapid"
    assert by_cue["said"].speaker is by_cue["praised"].speaker

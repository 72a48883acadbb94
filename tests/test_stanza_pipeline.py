"""The full neural path with no download: tiny stanza models trained in
seconds on a generated treebank, loaded through our engine with explicit
``*_model_path`` arguments, and run on raw text through ``stanza.Pipeline``.

The models are far too small to parse well; these tests check the plumbing
(arguments passed through, offsets, the processor, errors), not accuracy.
"""

from __future__ import annotations

import json
import logging
import random
import time
from pathlib import Path

import pytest

pytest.importorskip("stanza")

from stanza_fixtures import spans_consistent  # noqa: E402

import quotes  # noqa: E402

pytestmark = pytest.mark.slow

NAMES = ["Putin", "Bennett", "Merkel", "Obama", "Carter", "Sanders", "Clinton", "Rubio"]
NOUNS = [("trade", "trade"), ("plan", "plan"), ("deal", "deal"), ("economy", "economy"),
         ("visit", "visit"), ("talks", "talk"), ("budget", "budget")]
ADJECTIVES = ["important", "good", "weak", "strong", "useful"]
VERBS = [("liked", "like"), ("rejected", "reject"), ("praised", "praise"), ("backed", "back")]
PROCESSORS = ("tokenize", "pos", "lemma", "depparse", "ner")

# (form, lemma, upos, head, deprel, ner) per word
Word = tuple[str, str, str, int, str, str]


def _reported(rng: random.Random) -> list[Word]:
    a, b = rng.sample(NAMES, 2)
    verb, verb_lemma = rng.choice(VERBS)
    noun, noun_lemma = rng.choice(NOUNS)
    return [(a, a, "PROPN", 2, "nsubj", "S-PERSON"), ("said", "say", "VERB", 0, "root", "O"),
            ("that", "that", "SCONJ", 5, "mark", "O"), (b, b, "PROPN", 5, "nsubj", "S-PERSON"),
            (verb, verb_lemma, "VERB", 2, "ccomp", "O"), ("the", "the", "DET", 7, "det", "O"),
            (noun, noun_lemma, "NOUN", 5, "obj", "O"), (".", ".", "PUNCT", 2, "punct", "O")]


def _direct(rng: random.Random) -> list[Word]:
    a, b = rng.sample(NAMES, 2)
    noun, noun_lemma = rng.choice(NOUNS)
    adjective = rng.choice(ADJECTIVES)
    return [('"', '"', "PUNCT", 5, "punct", "O"), ("The", "the", "DET", 3, "det", "O"),
            (noun, noun_lemma, "NOUN", 5, "nsubj", "O"), ("is", "be", "AUX", 5, "cop", "O"),
            (adjective, adjective, "ADJ", 0, "root", "O"), (",", ",", "PUNCT", 5, "punct", "O"),
            ('"', '"', "PUNCT", 5, "punct", "O"), (a, a, "PROPN", 9, "nsubj", "S-PERSON"),
            ("told", "tell", "VERB", 5, "parataxis", "O"), (b, b, "PROPN", 9, "obj", "S-PERSON"),
            (".", ".", "PUNCT", 5, "punct", "O")]


def _belief(rng: random.Random) -> list[Word]:
    a = rng.choice(NAMES)
    noun, noun_lemma = rng.choice(NOUNS)
    return [(a, a, "PROPN", 2, "nsubj", "S-PERSON"), ("thinks", "think", "VERB", 0, "root", "O"),
            ("the", "the", "DET", 4, "det", "O"), (noun, noun_lemma, "NOUN", 6, "nsubj", "O"),
            ("will", "will", "AUX", 6, "aux", "O"), ("grow", "grow", "VERB", 2, "ccomp", "O"),
            (".", ".", "PUNCT", 2, "punct", "O")]


def _surface(words: list[Word]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence as text (no space before , . or inside quotes) and the
    character span of each word."""
    text, spans = "", []
    for i, (form, *_rest) in enumerate(words):
        glued = i == 0 or form in ",." or (i == 1 and words[0][0] == '"') or (
            form == '"' and words[i - 1][0] == ",")
        if not glued:
            text += " "
        spans.append((len(text), len(text) + len(form)))
        text += form
    return text, spans


def write_treebank(folder: Path, n: int = 60, seed: int = 0) -> None:
    """Tokenizer text and character labels, a CoNLL-U treebank and NER JSON."""
    rng = random.Random(seed)
    sentences = [rng.choice([_reported, _direct, _belief])(rng) for _ in range(n)]
    paragraphs, labels, conllu = [], [], []
    for start in range(0, n, 3):
        text, label = "", ""
        for words in sentences[start:start + 3]:
            if text:
                text, label = text + " ", label + "0"
            surface, spans = _surface(words)
            marks = ["0"] * len(surface)
            for j, (_, end) in enumerate(spans):
                marks[end - 1] = "2" if j == len(spans) - 1 else "1"
            text, label = text + surface, label + "".join(marks)
        paragraphs.append(text)
        labels.append(label)
    for number, words in enumerate(sentences):
        conllu.append(f"# sent_id = {number}\n# text = {_surface(words)[0]}")
        for i, (form, lemma, upos, head, deprel, _ner) in enumerate(words, 1):
            conllu.append("\t".join([str(i), form, lemma, upos, "_", "_", str(head), deprel,
                                     "_", "_"]))
        conllu.append("")
    (folder / "tok.txt").write_text("\n\n".join(paragraphs) + "\n", "utf-8")
    (folder / "tok.labels").write_text("\n\n".join(labels) + "\n", "utf-8")
    (folder / "train.conllu").write_text("\n".join(conllu) + "\n", "utf-8")
    ner = [[{"text": w[0], "ner": w[5]} for w in words] for words in sentences]
    (folder / "ner.json").write_text(json.dumps(ner), "utf-8")
    (folder / "mwt.json").write_text("[]", "utf-8")


SMALL = ["--hidden_dim", "32", "--char_hidden_dim", "32", "--word_emb_dim", "16",
         "--char_emb_dim", "16"]


def train_tiny_models(folder: Path) -> dict[str, str]:
    """Train the five models for a few dozen steps each (seconds on a CPU);
    returns the ``<processor>_model_path`` arguments that load them."""
    from stanza.models import lemmatizer, ner_tagger, parser, tagger, tokenizer

    write_treebank(folder)
    models = folder / "models"
    data = lambda name: str(folder / name)  # noqa: E731
    tokenizer.main([
        "--txt_file", data("tok.txt"), "--label_file", data("tok.labels"),
        "--dev_txt_file", data("tok.txt"), "--dev_label_file", data("tok.labels"),
        "--mwt_json_file", data("mwt.json"), "--no_use_mwt", "--lang", "en",
        "--shorthand", "en_tiny", "--steps", "30", "--eval_steps", "1000", "--batch_size", "16",
        "--hidden_dim", "16", "--emb_dim", "16", "--save_dir", str(models),
        "--save_name", "tokenize.pt",
    ])
    treebank = ["--train_file", data("train.conllu"), "--eval_file", data("train.conllu"),
                "--output_file", data("pred.conllu"), "--shorthand", "en_tiny",
                "--save_dir", str(models)]
    # evaluating at the last step saves the model (stanza's tagger stumbles
    # when it never evaluated)
    steps = ["--max_steps", "40", "--eval_interval", "40"]
    tagger.main(treebank + steps + SMALL + [
        "--lang", "en", "--no_pretrain", "--batch_size", "100", "--deep_biaff_hidden_dim", "32",
        "--composite_deep_biaff_hidden_dim", "16", "--tag_emb_dim", "8", "--save_name", "pos.pt",
    ])
    lemmatizer.main(treebank + ["--num_epoch", "2", "--hidden_dim", "32",
                                "--save_name", "lemma.pt"])
    parser.main(treebank + steps + SMALL + [
        "--lang", "en", "--no_pretrain", "--batch_size", "500", "--deep_biaff_hidden_dim", "32",
        "--tag_emb_dim", "8", "--save_name", "depparse.pt",
    ])
    ner_tagger.main(["--train_file", data("ner.json"), "--eval_file", data("ner.json"),
                     "--shorthand", "en_tiny", "--save_dir", str(models), "--no_pretrain",
                     "--scheme", "bioes", "--save_name", "ner.pt"] + steps + SMALL)
    return {f"{p}_model_path": str(models / f"{p}.pt") for p in PROCESSORS}


@pytest.fixture(scope="module")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    stanza_logger = logging.getLogger("stanza")
    level = stanza_logger.level
    stanza_logger.setLevel(logging.ERROR)
    try:
        paths = train_tiny_models(tmp_path_factory.mktemp("tiny_stanza"))
    finally:
        stanza_logger.setLevel(level)
    for path in paths.values():
        assert Path(path).is_file(), path
    return paths


@pytest.fixture(scope="module")
def empty_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("no_resources"))


TEXT = (
    'Putin said that Bennett liked the plan. "The deal is good," Merkel told Obama.\n\n'
    "Sanders thinks the economy will grow."
)


def test_raw_text_flows_through_stanza_into_a_document(tiny_models, empty_dir) -> None:
    extractor = quotes.Extractor(engine="stanza", model_dir=empty_dir, **tiny_models)
    assert extractor.engine == "stanza"
    doc = extractor.extract(TEXT)
    assert doc.engine == "stanza"
    assert doc.text == TEXT
    assert doc.sentences and spans_consistent(doc)
    assert quotes.Document.from_dict(doc.to_dict()) == doc
    analysis = extractor.analyse(TEXT)
    assert analysis.has_pos and analysis.has_parse and analysis.has_ner
    assert all(TEXT[t.start:t.end] == t.text for t in analysis.tokens)
    assert all(t.head is not None and -1 <= t.head < len(analysis.tokens)
               for t in analysis.tokens)
    # paragraphs come from the raw text, as in the rules engine
    assert len(analysis.paragraphs) == 2


def test_pipeline_is_built_once_per_configuration(tiny_models, empty_dir) -> None:
    from quotes.engines.stanza_engine import StanzaEngine

    first = StanzaEngine(model_dir=empty_dir, **tiny_models)
    second = StanzaEngine(model_dir=empty_dir, **tiny_models)
    assert first.pipeline is second.pipeline


def test_analyse_many_batches_in_order(tiny_models, empty_dir) -> None:
    from quotes.engines.stanza_engine import StanzaEngine

    engine = StanzaEngine(model_dir=empty_dir, **tiny_models)
    texts = [TEXT, "Obama said that Carter backed the deal.", "", TEXT]
    analyses = list(engine.analyse_many(texts, batch_size=3))
    assert [a.text for a in analyses] == texts
    assert analyses[0].tokens == analyses[3].tokens
    assert analyses[2].tokens == ()


def test_quote_processor_attaches_quotes(tiny_models, empty_dir) -> None:
    import stanza

    import quotes.stanza_processor  # noqa: F401  (registers "quote")
    from quotes.engines.stanza_engine import build_pipeline

    nlp = build_pipeline(
        "en", empty_dir, ",".join(PROCESSORS) + ",quote", False,
        dict(tiny_models, logging_level="WARN", allow_unknown_language=True,
             resources_filepath=quotes.engines.stanza_engine._empty_resources_file()),
    )
    doc = nlp(TEXT)
    assert isinstance(doc, stanza.Document)
    assert isinstance(doc.quotes, quotes.Document)
    assert doc.quotes.engine == "stanza" and doc.quotes.text == TEXT
    with pytest.raises(ValueError):
        doc.quotes = None  # read-only


def test_wrong_model_path_fails_fast(tiny_models, empty_dir, tmp_path) -> None:
    wrong = dict(tiny_models, depparse_model_path=str(tmp_path / "missing.pt"))
    start = time.perf_counter()
    with pytest.raises(quotes.ModelNotFoundError) as info:
        quotes.Extractor(engine="stanza", model_dir=empty_dir, **wrong)
    assert time.perf_counter() - start < 1.0
    assert "depparse_model_path" in str(info.value)


def test_model_file_that_is_not_a_model_is_wrapped(tiny_models, empty_dir, tmp_path) -> None:
    # a model path stanza itself cannot load: its error comes out as ours
    bogus = tmp_path / "pos.pt"
    bogus.write_bytes(b"not a model")
    engine_args = dict(tiny_models, pos_model_path=str(bogus))
    extractor = quotes.Extractor(engine="stanza", model_dir=empty_dir, **engine_args)
    with pytest.raises(quotes.QuotesError):
        extractor.extract("Putin said that Bennett liked the plan.")

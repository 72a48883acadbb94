"""quotes.evaluate: hand-made cases for every rule, and a cross-check against
the benchmark's reference scorer on the dev data when it is available."""

from __future__ import annotations

import functools
import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import Document, Mention, Quote, Span
from quotes.errors import DocumentFormatError
from quotes.evaluation import (
    KINDS,
    ROWS,
    SCHEMES,
    EvaluationResult,
    RoleScore,
    document_to_system,
    evaluate,
    format_table,
    load_jsonl,
    normalise_spans,
    quote_kind,
    quoted_regions,
)

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
DEV = SHARED / "data" / "polnear" / "dev.jsonl"

TEXT = (
    "The governor said that the budget would balance. \"We can do it,\" she said.\n"
    "\u201cNo doubt,\u201d added Lopez, who called the plan a \"bold\" move.\n"
    "''Wait and see,'' an aide said. Costs are rising."
)


def at(needle: str, length: int | None = None, offset: int = 0) -> list[int]:
    start = TEXT.index(needle) + offset
    return [start, start + (len(needle) if length is None else length)]


GOLD_ATTS: list[dict[str, Any]] = [
    {"source": [at("The governor")], "cue": [at("said that", 4)],
     "content": [at("the budget would balance")], "kind": "indirect"},
    {"source": [at("she")], "cue": [at("she said", 8)],
     "content": [at('"We can do it,"')], "kind": "direct"},
    {"source": [at("Lopez")], "cue": [at("added")],
     "content": [at("\u201cNo doubt,\u201d")], "kind": "direct"},
    {"source": [at("Lopez")], "cue": [at("called")],
     "content": [at('the plan a "bold" move')], "kind": "mixed"},
    {"source": [at("an aide")], "cue": [at("aide said", 4, 5)],
     "content": [at("''Wait and see,''")], "kind": "direct"},
    {"source": [], "cue": [at("rising")], "content": [at("Costs")], "kind": "indirect"},
]
GOLD = [{"id": "d1", "text": TEXT, "attributions": GOLD_ATTS}]


def system_of(atts: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {"d1": [{role: att.get(role, []) for role in ("content", "source", "cue")}
                   for att in atts]}


def all_values(scores: Any) -> list[float]:
    return [getattr(scores[row][scheme], m) for row in ROWS for scheme in SCHEMES
            for m in ("p", "r", "f1")]


# --- definitions ----------------------------------------------------------
def test_role_score_zero_over_zero_is_perfect() -> None:
    assert RoleScore().f1 == 1.0
    assert RoleScore(gold=3).f1 == 0.0 and RoleScore(pred=3).p == 0.0
    s = RoleScore(tp=1, gold=2, pred=4)
    assert (s.p, s.r) == (0.25, 0.5) and s.f1 == pytest.approx(1 / 3)
    assert (s + s).to_dict()["tp"] == 2


@pytest.mark.parametrize("text, spans, expected", [
    ('say "hello," now', [[4, 12]], ((5, 10),)),            # marks and comma trimmed
    ("Clinton: yes", [[7, 9]], ((7, 8),)),                 # punctuation-only span kept
    ('"A," "B"', [[0, 4], [5, 8]], ((1, 7),)),             # joined by punctuation: merged
    ("ab cd ef", [[0, 2], [6, 8]], ((0, 2), (6, 8))),      # a word between: kept apart
    ("abcdef", [[0, 4], [2, 6]], ((0, 6),)),               # overlapping: merged
    ("abc", [[2, 1], [5, 9], [-3, 1]], ((0, 1),)),         # bad offsets: dropped/clamped
    ("``yes\u00b4", [[0, 6]], ((2, 5),)),                  # backtick and acute trimmed
    ("x   y", [[1, 4]], ()),                               # white space only: dropped
    ("abc", [0, 2], ((0, 2),)),                            # one bare [s, e]
    ("abc", [{"start": 1, "end": 3}], ((1, 3),)),          # Document.to_dict spans
])
def test_normalise_spans(text: str, spans: Any, expected: tuple[tuple[int, int], ...]) -> None:
    assert normalise_spans(text, spans) == expected


def test_bad_span_is_a_format_error() -> None:
    with pytest.raises(DocumentFormatError):
        normalise_spans("abc", [[1, 2, 3]])
    with pytest.raises(DocumentFormatError):
        evaluate(GOLD, {"d1": [{"content": "0-4"}]})


@pytest.mark.parametrize("text, span_of, kind", [
    ('He said "all of it" today', "all of it", "direct"),
    ('He said "all of it" today', "He said", "indirect"),
    ('He called it "bold" and fine', 'it "bold" and', "mixed"),
    ("\u201cFirst part.\n\n\u201cSecond part,\u201d he said.", "First part.\n\n\u201cSecond part",
     "direct"),                                                   # continued paragraphs
    ('"One," "two."', 'One," "two', "direct"),                    # quoted stretches joined
    ("''NYT style,'' he said", "NYT style", "direct"),
    ('"Outer \u201cinner\u201d outer" after', "Outer \u201cinner\u201d outer", "direct"),
    ("it's Jones' view", "it's Jones' view", "indirect"),         # apostrophes are not quotes
    ("---", "---", "indirect"),                                   # no letters at all
])
def test_quote_kind(text: str, span_of: str, kind: str) -> None:
    start = text.index(span_of)
    assert quote_kind(text, [[start, start + len(span_of)]]) == kind


def test_quoted_regions_per_line() -> None:
    text = '"open never closed\nnext line "shut" done'
    assert quoted_regions(text) == [(1, 18), (text.index("shut"), text.index('" done'))]


# --- whole evaluations ------------------------------------------------------
def test_perfect() -> None:
    result = evaluate(GOLD, system_of(GOLD_ATTS))
    assert all(v == 1.0 for v in all_values(result.all))
    assert result.all.accuracy.value == 1.0
    assert result.by_kind is not None
    for kind in KINDS:
        assert all(v == 1.0 for v in all_values(result.by_kind[kind]))


def test_empty_and_missing_article() -> None:
    empty = evaluate(GOLD, {"d1": []})
    assert all(empty.all[r][s].p == 0.0 and empty.all[r][s].r == 0.0
               for r in ROWS for s in SCHEMES)
    assert evaluate(GOLD, {}).to_dict() == empty.to_dict()
    assert empty.all.accuracy.value is None


def test_shifted_spans_overlap_but_not_exact() -> None:
    shifted = [{role: [[s + 2, e + 2] for s, e in att[role]]
                for role in ("content", "source", "cue")} for att in GOLD_ATTS]
    result = evaluate(GOLD, system_of(shifted))
    assert result.all.content.overlap.f1 == 1.0
    assert result.all.content.exact.f1 == 0.0
    assert result.all.attribution.exact.f1 < result.all.attribution.overlap.f1


def test_trimming_makes_marks_and_commas_irrelevant() -> None:
    att = GOLD_ATTS[1]
    (start, end), = att["content"]
    inner = {"content": [[start + 1, end - 2]], "source": att["source"], "cue": att["cue"]}
    result = evaluate(GOLD, system_of([inner]))
    assert result.all.content.exact.tp == 1
    assert result.all.attribution.exact.tp == 1


def test_missing_source() -> None:
    att = GOLD_ATTS[1]
    result = evaluate(GOLD, system_of([{"content": att["content"]}]))
    assert result.all.content.exact.tp == 1
    assert result.all.attribution.overlap.tp == 0
    assert (result.all.accuracy.correct, result.all.accuracy.n) == (0, 1)
    assert result.all.source.exact.pred == 0


def test_gold_without_source_matched_by_prediction_without_source() -> None:
    result = evaluate(GOLD, system_of([{"content": GOLD_ATTS[5]["content"]}]))
    assert result.all.attribution.exact.tp == 1
    assert result.all.accuracy.n == 0


def test_one_to_one() -> None:
    result = evaluate(GOLD, system_of([GOLD_ATTS[0], GOLD_ATTS[0]]))
    assert result.all.content.exact.tp == 1
    assert result.all.content.exact.pred == 2


def test_largest_overlap_wins_then_gold_order() -> None:
    text = "alpha beta gamma delta"
    gold = [{"id": "x", "text": text, "attributions": [
        {"content": [[0, 10]], "kind": "direct"}, {"content": [[11, 22]], "kind": "mixed"}]}]

    def kind_of_pairing(span: list[int]) -> str:
        result = evaluate(gold, {"x": [{"content": [span]}]})
        assert result.by_kind is not None and result.all.content.overlap.tp == 1
        (kind,) = [k for k in KINDS if result.by_kind[k].content.overlap.tp]
        return kind

    assert kind_of_pairing([6, 22]) == "mixed"    # overlaps the second gold more
    assert kind_of_pairing([0, 14]) == "direct"   # overlaps the first gold more
    assert kind_of_pairing([8, 13]) == "direct"   # a tie: gold order decides


def test_by_kind_of_aligned_and_unaligned_predictions() -> None:
    # aligned to the mixed gold: counted as mixed even though it is all quoted
    fp = evaluate(GOLD, system_of([{"content": [at('"bold"')]}]))
    assert fp.by_kind is not None and fp.by_kind["mixed"].content.exact.pred == 1
    text = 'x "quoted words here" y'
    lone = evaluate([{"id": "q", "text": text, "attributions": []}],
                    {"q": [{"content": [[3, 20]]}, {"content": [[0, 1]]}]})
    assert lone.by_kind is not None
    assert lone.by_kind["direct"].content.exact.pred == 1
    assert lone.by_kind["indirect"].content.exact.pred == 1
    assert lone.by_kind["direct"].content.exact.p == 0.0


def test_by_kind_off() -> None:
    result = evaluate(GOLD, system_of(GOLD_ATTS), by_kind=False)
    assert result.by_kind is None and "by_kind" not in result.to_dict()
    assert "KIND" not in format_table(result)


def test_gold_kind_computed_when_absent() -> None:
    atts = [{k: v for k, v in att.items() if k != "kind"} for att in GOLD_ATTS]
    with_kind = evaluate(GOLD, system_of(GOLD_ATTS)).to_dict()
    without = evaluate([{"id": "d1", "text": TEXT, "attributions": atts}],
                       system_of(GOLD_ATTS)).to_dict()
    assert with_kind == without


def test_system_inputs_in_every_form() -> None:
    text = 'Critics said "this fails," the mayor said.'
    c0, c1 = text.index("this"), text.index(',"') + 1
    s0 = text.index("the mayor")
    cue0 = text.index("said.")
    doc = Document(text=text, quotes=[Quote(
        kind="direct", content=[Span.of(text, c0, c1)], cue=Span.of(text, cue0, cue0 + 4),
        source=Mention(span=Span.of(text, s0, s0 + 9), kind="description"))])
    gold = [{"id": "m", "text": text, "attributions": [
        {"content": [[c0 - 1, c1 + 1]], "source": [[s0, s0 + 9]], "cue": [[cue0, cue0 + 4]]}]}]
    expected = evaluate(gold, {"m": document_to_system(doc)}).to_dict()
    assert expected["all"]["attribution"]["exact"]["f1"] == 1.0
    forms: list[Any] = [
        {"m": doc},
        [("m", doc)],
        {"m": doc.to_dict()},
        [{"id": "m", **doc.to_dict()}],
        [{"id": "m", "quotes": doc.to_dict()["quotes"]}],
    ]
    for form in forms:
        assert evaluate(gold, form).to_dict() == expected


def test_document_text_must_match_gold() -> None:
    doc = Document(text="something else")
    with pytest.raises(DocumentFormatError, match="differs"):
        evaluate(GOLD, {"d1": doc})


def test_unknown_system_ids_are_ignored_and_counted() -> None:
    result = evaluate(GOLD, {"d1": [], "zz": [{"content": [[0, 3]]}]})
    assert result.ignored == 1 and result.predictions == 0


def test_gold_needs_id_and_text() -> None:
    with pytest.raises(DocumentFormatError):
        evaluate([{"text": "no id"}], {})


def test_paths_and_load_jsonl(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD[0]) + "\n\n", encoding="utf-8")
    system = tmp_path / "sys.jsonl"
    system.write_text(json.dumps({"id": "d1", "quotes": system_of(GOLD_ATTS)["d1"]}) + "\n",
                      encoding="utf-8")
    assert evaluate(gold, str(system)).all.attribution.exact.f1 == 1.0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n{oops\n', encoding="utf-8")
    with pytest.raises(DocumentFormatError, match="bad.jsonl:2"):
        list(load_jsonl(bad))


def test_result_dict_and_table_layout() -> None:
    result = evaluate(GOLD, system_of(GOLD_ATTS[:3]))
    data = result.to_dict()
    assert set(data) == {"articles", "gold_attributions", "predictions", "all", "by_kind"}
    assert set(data["all"]) == {*ROWS, "attribution_accuracy"}
    assert data["all"]["content"]["exact"] == {"p": 1.0, "r": 0.5, "f1": 0.6667, "tp": 3,
                                               "gold": 6, "pred": 3}
    table = format_table(result)
    assert table.splitlines()[0] == "articles 1, gold attributions 6, predictions 3"
    assert "content      |   1.000  0.500  0.667 |" in table
    assert str(result) == table
    assert isinstance(result, EvaluationResult)


def test_quotes_evaluate_stays_the_function_after_importing_the_module() -> None:
    import quotes.evaluation  # noqa: F401 - the module lives under another name

    result = quotes.evaluate(GOLD, system_of(GOLD_ATTS))
    assert result.all.content.exact.f1 == 1.0


# --- agreement with the reference scorer ----------------------------------------
def _reference() -> Any:
    if not SCORER.exists():
        pytest.skip("the reference scorer (../shared/tools/score.py) is not available")
    return _load_reference()


@functools.lru_cache(maxsize=1)
def _load_reference() -> Any:
    spec = importlib.util.spec_from_file_location("reference_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MARK_CHARS = ['"', "''", "'", "\u201c", "\u201d", "\u201e", "\u201f", "\u2018", " ", "a",
              "\n", ",", ".", "(", "-", "\u2014"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(MARK_CHARS), max_size=16))
def test_quoted_regions_agree_with_reference(parts: list[str]) -> None:
    reference = _reference()
    text = "".join(parts)
    assert quoted_regions(text) == reference.quote_regions(text)


@pytest.mark.parametrize("split", ["dev", "train"])
def test_quoted_regions_agree_with_reference_on_benchmark_texts(split: str) -> None:
    path = SHARED / "data" / "polnear" / f"{split}.jsonl"
    if not path.exists():
        pytest.skip(f"the benchmark's {split} split is not available")
    reference = _reference()
    for article in load_jsonl(path):
        assert quoted_regions(article["text"]) == reference.quote_regions(article["text"]), (
            article["id"])


def _perturbed_system(gold: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """Gold spans with the usual system mistakes: missed attributions,
    shifted or cut content, marks included, missing or wrong sources and cues,
    duplicates and spurious predictions anywhere in the text."""
    rng = random.Random(seed)
    lines = []
    for article in gold:
        size, quotes_ = len(article["text"]), []
        for att in article["attributions"]:
            if rng.random() < 0.15:
                continue
            quote = {role: [list(span) for span in att[role]]
                     for role in ("content", "source", "cue")}
            roll = rng.random()
            if roll < 0.2:
                quote["content"] = [[s + rng.randint(-6, 6), e + rng.randint(-6, 6)]
                                    for s, e in quote["content"]]
            elif roll < 0.3:
                quote["content"] = quote["content"][:1]
            elif roll < 0.4:
                quote["content"] = [[s - 1, e + 1] for s, e in quote["content"]]
            if rng.random() < 0.15:
                quote["source"] = []
            elif rng.random() < 0.1:
                quote["source"] = [[s + 2, e + 3] for s, e in quote["source"]]
            if rng.random() < 0.1:
                quote["cue"] = []
            quotes_.append(quote)
            if rng.random() < 0.05:
                quotes_.append(dict(quote))
        for _ in range(rng.randint(0, 6)):
            start = rng.randrange(size)
            quotes_.append({"content": [[start, min(size, start + rng.randint(1, 200))]],
                            "source": [] if rng.random() < 0.3 else [[max(0, start - 20),
                                                                      max(0, start - 12)]],
                            "cue": [[max(0, start - 10), max(0, start - 5)]]})
        rng.shuffle(quotes_)
        lines.append({"id": article["id"], "quotes": quotes_})
    return lines


def _run_scorer(*args: str) -> str:
    done = subprocess.run([sys.executable, str(SCORER), *args], capture_output=True,
                          text=True, check=True, timeout=300)
    return done.stdout


@pytest.mark.parametrize("seed", [0, 1])
def test_agrees_with_reference_scorer_on_dev(tmp_path: Path, seed: int) -> None:
    if not SCORER.exists() or not DEV.exists():
        pytest.skip("the benchmark data and scorer (../shared) are not available")
    gold = list(load_jsonl(DEV))
    system = _perturbed_system(gold, seed)
    system_path = tmp_path / "system.jsonl"
    system_path.write_text("".join(json.dumps(line) + "\n" for line in system), encoding="utf-8")

    reference = json.loads(_run_scorer(str(DEV), str(system_path), "--by-kind", "--json"))
    mine = evaluate(gold, system)
    ours = mine.to_dict()
    assert ours["predictions"] == reference["predictions"]
    for part in ["all", *KINDS]:
        ref_scores = reference[part] if part == "all" else reference["by_kind"][part]
        our_scores = ours[part] if part == "all" else ours["by_kind"][part]
        for row in ROWS:
            for scheme in SCHEMES:
                ref, got = ref_scores[row][scheme], our_scores[row][scheme]
                assert (got["tp"], got["gold"], got["pred"]) == (
                    ref["tp"], ref["gold"], ref["pred"]), (part, row, scheme)
                for metric in ("p", "r", "f1"):
                    assert round(got[metric], 3) == round(ref[metric], 3), (part, row, scheme)
        assert our_scores["attribution_accuracy"] == ref_scores["attribution_accuracy"]
    # and the printed tables are the same, character for character
    assert format_table(mine).strip() == _run_scorer(
        str(DEV), str(system_path), "--by-kind").strip()

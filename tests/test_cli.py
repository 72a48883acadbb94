"""The ``quotes`` command line: formats, inputs, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

import quotes
from quotes import Document, Mention, Quote, Span, Speaker, cli
from quotes.cli import main
from quotes.errors import QuotesError
from quotes.records import COLUMNS

STORY = 'The plan works, the mayor said. "We will win," Jones said.'


def fake_document(text: str) -> Document:
    """A document with one resolved and one unresolved quote wherever the
    text has the words it needs, so the output formats can be checked
    without depending on the extraction stages."""
    found = []
    if '"We will win,"' in text:
        start = text.index("We will win")
        jones = Span.of(text, text.index("Jones"), text.index("Jones") + 5)
        speaker = Speaker(id="S1", name="Alex Jones", kind="person",
                          mentions=[Mention(span=jones, kind="name")])
        said = text.index("said", start)
        found.append(Quote(kind="direct", content=[Span.of(text, start, start + 12)],
                           cue=Span.of(text, said, said + 4),
                           source=Mention(span=jones, kind="name"), speaker=speaker))
    if "the mayor said" in text:
        mayor = text.index("the mayor")
        found.insert(0, Quote(kind="indirect", content=[Span.of(text, 0, 14)],
                              cue=Span.of(text, mayor + 10, mayor + 14),
                              source=Mention(span=Span.of(text, mayor, mayor + 9),
                                             kind="description")))
    speakers = tuple({q.speaker.id: q.speaker for q in found if q.speaker}.values())
    return Document(text=text, quotes=found, speakers=speakers, engine="rules")


class FakeExtractor:
    engine = "rules"

    def __init__(self) -> None:
        self.calls: list[str] = []

    def extract(self, text: str) -> Document:
        self.calls.append(text)
        if "EXPLODE" in text:
            raise QuotesError("cannot analyse this")
        return fake_document(text)

    def extract_many(self, texts: Iterable[str], n_process: int = 1) -> Iterator[Any]:
        for text in texts:
            if "EXPLODE" in text:
                yield RuntimeError("worker failed")
            else:
                yield fake_document(text)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeExtractor:
    extractor = FakeExtractor()
    monkeypatch.setattr(cli, "_make_extractor", lambda args: extractor)
    return extractor


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "story.txt"
    good.write_text(STORY, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Nothing quoted here.", encoding="utf-8")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("first line\ncaf\u00e9 said so".encode("latin-1"))
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "a1", "text": STORY}) + "\n"
        + "{not json\n"
        + "\n"
        + json.dumps({"text": "No id given."}) + "\n"
        + json.dumps(["a", "list"]) + "\n"
        + json.dumps({"id": "a2", "text": 5}) + "\n",
        encoding="utf-8",
    )
    return {"good": good, "other": other, "latin": latin, "batch": batch}


# --- extract: formats ---------------------------------------------------------
def test_text_format_groups_by_speaker(fake: FakeExtractor, files: dict[str, Path],
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(files["good"])]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"== {files['good']} (rules, 2 quotes)"
    assert out[1] == 'the mayor \u2014 "The plan works" (indirect, said)'
    assert out[2] == 'Alex Jones \u2014 "We will win," (direct, said)'


def test_text_format_without_quotes(fake: FakeExtractor, files: dict[str, Path],
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(files["other"])]) == 0
    assert "(no quotes)" in capsys.readouterr().out


def test_jsonl_format_keeps_ids(fake: FakeExtractor, files: dict[str, Path],
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "jsonl", str(files["good"]), str(files["other"])]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == [str(files["good"]), str(files["other"])]
    first = dict(lines[0])
    del first["id"]
    assert Document.from_dict(first) == fake_document(STORY)


def test_json_format_is_one_array(fake: FakeExtractor, files: dict[str, Path],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "json", str(files["good"]), str(files["other"])]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 2
    assert data[0]["id"] == str(files["good"]) and len(data[0]["quotes"]) == 2


def test_json_format_with_no_documents(fake: FakeExtractor, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "json", str(tmp_path / "missing.txt")]) == 1
    assert json.loads(capsys.readouterr().out) == []


def test_csv_format(fake: FakeExtractor, files: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert main(["extract", "--format", "csv", "-o", str(target), str(files["good"])]) == 0
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["id", *COLUMNS]
    assert [row["speaker"] for row in rows] == ["", "Alex Jones"]
    assert [row["source"] for row in rows] == ["the mayor", "Jones"]
    assert all(row["id"] == str(files["good"]) for row in rows)


def test_output_file(fake: FakeExtractor, files: dict[str, Path], tmp_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.jsonl"
    assert main(["extract", "--format", "jsonl", "--output", str(target),
                 str(files["good"])]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == str(files["good"])


def test_unwritable_output(fake: FakeExtractor, files: dict[str, Path], tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "-o", str(tmp_path / "no" / "dir.txt"), str(files["good"])]) == 1
    assert "cannot write" in capsys.readouterr().err


# --- extract: inputs and errors ------------------------------------------------
def test_stdin(fake: FakeExtractor, monkeypatch: pytest.MonkeyPatch,
               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8"))))
    assert main(["extract", "--format", "jsonl", "-"]) == 0
    line = json.loads(capsys.readouterr().out)
    assert line["id"] == "<stdin>" and line["text"] == STORY


def test_stdin_as_jsonl(fake: FakeExtractor, monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    data = json.dumps({"id": "x", "text": STORY}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    assert main(["extract", "--jsonl", "--format", "jsonl", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "x"


def test_bad_jsonl_lines_are_reported_and_skipped(fake: FakeExtractor, files: dict[str, Path],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    batch = str(files["batch"])
    assert main(["extract", "--format", "jsonl", batch]) == 1
    captured = capsys.readouterr()
    ids = [json.loads(line)["id"] for line in captured.out.splitlines()]
    assert ids == ["a1", f"{batch}:4"]  # good lines still processed; no id: PATH:LINE
    errors = captured.err.splitlines()
    assert errors[0].startswith(f"quotes: error: {batch}:2: bad JSON")
    assert errors[1].startswith(f"quotes: error: {batch}:5: want a JSON object")
    assert errors[2].startswith(f"quotes: error: {batch}:6: ")
    assert len(errors) == 3


def test_missing_file(fake: FakeExtractor, tmp_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["extract", str(missing)]) == 1
    assert capsys.readouterr().err.strip() == f"quotes: error: {missing}: no such file"


def test_directory_is_an_error(fake: FakeExtractor, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path)]) == 1
    assert "is a directory" in capsys.readouterr().err


def test_bytes_that_are_not_utf8(fake: FakeExtractor, files: dict[str, Path],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(files["latin"])]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"quotes: error: {files['latin']}:2: not UTF-8 text (byte 0xe9")


def test_non_utf8_jsonl_line(fake: FakeExtractor, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "ok", "text": "fine"}\n{"id": "bad", "text": "caf\xe9"}\n')
    assert main(["extract", "--format", "jsonl", str(path)]) == 1
    captured = capsys.readouterr()
    assert [json.loads(x)["id"] for x in captured.out.splitlines()] == ["ok"]
    assert f"{path}:2: not UTF-8" in captured.err


def test_mixed_good_and_bad_inputs(fake: FakeExtractor, files: dict[str, Path], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    boom = tmp_path / "boom.txt"
    boom.write_text("EXPLODE", encoding="utf-8")
    paths = [str(files["good"]), str(tmp_path / "missing.txt"), str(boom), str(files["latin"]),
             str(files["other"])]
    assert main(["extract", "--format", "jsonl", *paths]) == 1
    captured = capsys.readouterr()
    ids = [json.loads(line)["id"] for line in captured.out.splitlines()]
    assert ids == [str(files["good"]), str(files["other"])]
    assert len(captured.err.splitlines()) == 3
    assert f"{boom}: [Q000] cannot analyse this" in captured.err


def test_parallel_path_keeps_order_and_reports_failures(
        fake: FakeExtractor, files: dict[str, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    boom = tmp_path / "boom.txt"
    boom.write_text("EXPLODE", encoding="utf-8")
    paths = [str(files["good"]), str(tmp_path / "missing.txt"), str(boom), str(files["other"])]
    assert main(["extract", "--jobs", "2", "--format", "jsonl", *paths]) == 1
    captured = capsys.readouterr()
    assert [json.loads(x)["id"] for x in captured.out.splitlines()] == [paths[0], paths[3]]
    err = captured.err.splitlines()
    assert "missing.txt: no such file" in err[0] and "worker failed" in err[1]


def test_a_failed_parallel_run_is_reported(fake: FakeExtractor, files: dict[str, Path],
                                           monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    def dying(texts: Iterable[str], n_process: int = 1) -> Iterator[Any]:
        yield fake_document(next(iter(texts)))
        raise QuotesError("a worker process died")

    monkeypatch.setattr(fake, "extract_many", dying)
    assert main(["extract", "-j", "2", "--format", "jsonl", str(files["good"]),
                 str(files["other"])]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "quotes: error: [Q000] a worker process died" in captured.err


def test_progress_only_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    reporter = cli.Reporter(stream, progress=True)
    reporter.tick(1, 1, 3)
    reporter.error("x: broken")
    reporter.tick(2, 2, 3)
    reporter.finish()
    text = stream.getvalue()
    assert text.startswith("\rquotes: 1 document(s), input 1/3")
    assert "quotes: error: x: broken\n" in text and text.endswith("input 2/3\n")
    quiet = io.StringIO()
    silent = cli.Reporter(quiet, progress=False)
    silent.tick(1, 1, 3)
    silent.finish()
    assert quiet.getvalue() == ""


def test_engine_errors_are_reported(files: dict[str, Path],
                                    capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(args: Any) -> Any:
        raise quotes.ModelNotFoundError("no stanza models: run `quotes download`")

    monkeypatch.setattr(cli, "_make_extractor", broken)
    assert main(["extract", "--engine", "stanza", str(files["good"])]) == 1
    assert "quotes download" in capsys.readouterr().err


def test_real_rules_engine(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--engine", "rules", "--format", "jsonl", str(files["good"])]) == 0
    line = json.loads(capsys.readouterr().out)
    assert line["engine"] == "rules" and line["text"] == STORY


# --- usage ------------------------------------------------------------------
@pytest.mark.parametrize("argv", [
    [], ["extract"], ["extract", "--format", "xml", "a.txt"], ["extract", "--jobs", "0", "a"],
    ["extract", "--engine", "spacy", "a"], ["evaluate", "gold.jsonl"], ["frobnicate"],
])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"quotes {quotes.__version__}"


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--help"]) == 0
    assert "--engine" in capsys.readouterr().out


# --- evaluate -------------------------------------------------------------
@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    start = STORY.index("We will win")
    gold = {"id": "g1", "text": STORY, "attributions": [
        {"content": [[0, 14]], "source": [[16, 25]], "cue": [[26, 30]], "kind": "indirect"},
        {"content": [[start - 1, start + 13]], "source": [[STORY.index("Jones"),
                                                            STORY.index("Jones") + 5]],
         "cue": [[STORY.rindex("said"), STORY.rindex("said") + 4]], "kind": "direct"},
    ]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    return path


def test_evaluate_scorer_format(gold_file: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    system = tmp_path / "sys.jsonl"
    quotes_ = [{k: a[k] for k in ("content", "source", "cue")} for a in gold["attributions"]]
    system.write_text(json.dumps({"id": "g1", "quotes": quotes_[:1]}) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold_file), str(system), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["all"]["content"]["exact"] == {"p": 1.0, "r": 0.5, "f1": 0.6667, "tp": 1,
                                               "gold": 2, "pred": 1}
    assert "by_kind" not in data


def test_evaluate_extract_output(fake: FakeExtractor, gold_file: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "g1", "text": STORY}) + "\n", encoding="utf-8")
    system = tmp_path / "sys.jsonl"
    assert main(["extract", "--format", "jsonl", "-o", str(system), str(source)]) == 0
    assert main(["evaluate", str(gold_file), str(system), "--by-kind"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("articles 1, gold attributions 2, predictions 2")
    assert "content      |   1.000  1.000  1.000 |" in out
    assert "KIND direct" in out and "KIND mixed" in out


def test_evaluate_errors(gold_file: Path, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(gold_file), str(tmp_path / "none.jsonl")]) == 1
    assert "none.jsonl" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{}\n[oops\n", encoding="utf-8")
    assert main(["evaluate", str(gold_file), str(bad)]) == 1
    assert "bad.jsonl:2: bad JSON" in capsys.readouterr().err


# --- download -------------------------------------------------------------
def test_download_reports_errors(monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    seen: dict[str, Any] = {}

    def failing(lang: str, model_dir: str | None) -> None:
        seen.update(lang=lang, model_dir=model_dir)
        raise quotes.ModelNotFoundError("no network")

    monkeypatch.setattr(quotes, "download", failing, raising=False)
    assert main(["download", "--lang", "en", "--model-dir", "/tmp/models"]) == 1
    assert seen == {"lang": "en", "model_dir": "/tmp/models"}
    assert "quotes: error: [Q003] no network" in capsys.readouterr().err


def test_download_success(monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(quotes, "download", lambda lang, model_dir: "/models/here",
                        raising=False)
    assert main(["download"]) == 0
    assert "/models/here" in capsys.readouterr().out


# --- the module entry point ---------------------------------------------------
def test_python_dash_m_quotes_reads_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", "--engine", "rules", "--format", "jsonl",
         "-"],
        input=STORY.encode("utf-8"), capture_output=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    line = json.loads(done.stdout)
    assert line["id"] == "<stdin>" and line["text"] == STORY and line["engine"] == "rules"

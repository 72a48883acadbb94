"""The example notebook runs from top to bottom and shows what it promises."""

from __future__ import annotations

from pathlib import Path

import pytest

for module in ("nbclient", "nbformat", "ipykernel", "matplotlib", "pandas"):
    pytest.importorskip(module)

import nbformat  # noqa: E402
from nbclient import NotebookClient  # noqa: E402

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "notebook.ipynb"


def test_notebook_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert not any(cell.get("outputs") for cell in nb.cells if cell.cell_type == "code"), (
        "commit the notebook without outputs"
    )
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    html = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any(h.startswith('<div class="qx">') for h in html), "the document view"
    assert any("<table" in h and "speaker" in h for h in html), "the data frame"
    assert any("image/png" in out.get("data", {}) for out in outputs), "the chart"

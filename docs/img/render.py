"""Regenerate ``quotes-html.png``: the example article as ``render_html`` shows it.

    python docs/img/render.py [--engine rules]

Extracts ``examples/newsroom_article.txt`` (a made-up article written for
this project), writes the standalone page to a temporary folder and takes a
screenshot with headless Chromium (Debian: ``apt-get install chromium``),
offline.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

import quotes
from quotes.html import render_html

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "examples" / "newsroom_article.txt"
OUT = Path(__file__).resolve().parent / "quotes-html.png"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="rules")
    parser.add_argument("--size", default="860,2300", help="window width,height in pixels")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium is not installed (Debian: apt-get install chromium)")
    doc = quotes.extract(ARTICLE.read_text(encoding="utf-8"), engine=args.engine)
    title = ARTICLE.read_text(encoding="utf-8").splitlines()[0]
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "article.html"
        page.write_text(render_html(doc, title=title), encoding="utf-8")
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
             "--hide-scrollbars",
             "--force-device-scale-factor=1", f"--user-data-dir={tmp}/profile",
             f"--screenshot={OUT}", f"--window-size={args.size}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )
    print(f"{OUT}: {len(doc.quotes)} quotes, engine {doc.engine}")


if __name__ == "__main__":
    main()

"""Direct quotations (work in progress in this commit)."""
from __future__ import annotations


def find_direct(analysis, regions, lexicon):
    return []

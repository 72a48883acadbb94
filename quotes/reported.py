"""Reported speech (work in progress in this commit)."""
from __future__ import annotations


def find_reported(analysis, regions, lexicon, direct):
    return []

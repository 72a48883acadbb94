"""Speakers (work in progress in this commit)."""
from __future__ import annotations


def resolve(analysis, candidates):
    return (), ()

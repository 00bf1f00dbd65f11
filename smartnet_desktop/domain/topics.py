"""How a topic of the network's catalogue (fields of action and processes, each with the
other words organisations use for it) is recognised in free text. The catalogue lives in
the database: migration 0011 seeded the first one (it keeps that as data of its own);
organisers edit it afterwards (Organisations › Topics)."""

from __future__ import annotations

from smartnet_desktop.domain.search import normalise


def topic_keys(name: str, synonyms: str | list[str]) -> set[str]:
    """The folded words by which a topic is recognised."""
    words = synonyms.split(";") if isinstance(synonyms, str) else synonyms
    return {normalise(w) for w in [name, *words] if normalise(w)}

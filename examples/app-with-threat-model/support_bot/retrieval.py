"""The ticket index: retrieval over past support tickets, limited to what the caller may see.

A real deployment uses a vector database; this in-memory index scores by word
overlap so that the example runs anywhere. What matters for the threat model
is the filter: a customer only ever retrieves their own tickets
(``PermissionAwareRetrieval`` in ``threat_model.py``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

_WORD = re.compile(r"[a-z0-9']+")


def _bag(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.lower()))


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(a[w] * b[w] for w in a.keys() & b.keys())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


@dataclass(frozen=True)
class Ticket:
    """A resolved support ticket."""

    ticket_id: str
    customer_id: str
    text: str


@dataclass
class TicketIndex:
    """Tickets and their word vectors, searchable per customer."""

    _tickets: list[tuple[Ticket, Counter[str]]] = field(default_factory=list)

    def add(self, ticket: Ticket) -> None:
        """Index one ticket (the ingestion pipeline calls this)."""
        self._tickets.append((ticket, _bag(ticket.text)))

    def search(self, query: str, *, customer_id: str, k: int = 3) -> list[Ticket]:
        """The ``k`` most similar tickets *of this customer*; never anyone else's."""
        if not customer_id:
            raise PermissionError("retrieval needs the authenticated customer's id")
        q = _bag(query)
        scored = [
            (_cosine(q, vec), t.ticket_id, t)
            for t, vec in self._tickets
            if t.customer_id == customer_id
        ]
        scored.sort(key=lambda s: (-s[0], s[1]))
        return [t for score, _, t in scored[:k] if score > 0]

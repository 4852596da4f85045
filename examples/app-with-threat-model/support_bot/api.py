"""The chat endpoint: authenticate, rate-limit and validate, then hand over to the agent.

Framework-free on purpose: ``handle_chat`` takes and returns plain values, so a
web framework adapter stays a few lines long.
"""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from support_bot.agent import SupportAgent

MAX_QUESTION_CHARS = 2000
REQUESTS_PER_MINUTE = 20


@dataclass(frozen=True)
class ChatRequest:
    """What the web layer passes in; ``customer_id`` comes from the verified session."""

    customer_id: str
    question: str


@dataclass(frozen=True)
class ChatResponse:
    """HTTP-ish status and body."""

    status: int
    body: str


@dataclass
class RateLimiter:
    """A sliding one-minute window per customer (``RateLimiting``)."""

    limit: int = REQUESTS_PER_MINUTE
    clock: Callable[[], float] = time.monotonic
    _seen: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))

    def allow(self, key: str) -> bool:
        """True when ``key`` has made fewer than ``limit`` requests in the last minute."""
        now = self.clock()
        window = self._seen[key]
        while window and now - window[0] >= 60:
            window.popleft()
        if len(window) >= self.limit:
            return False
        window.append(now)
        return True


def validate(question: str) -> str | None:
    """Why the question is rejected, or None (``InputValidation``)."""
    if not question.strip():
        return "empty question"
    if len(question) > MAX_QUESTION_CHARS:
        return f"question longer than {MAX_QUESTION_CHARS} characters"
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in question):
        return "control characters in question"
    return None


def handle_chat(request: ChatRequest, agent: SupportAgent, limiter: RateLimiter) -> ChatResponse:
    """Answer one chat message."""
    if not request.customer_id:
        return ChatResponse(401, "sign in first")
    if not limiter.allow(request.customer_id):
        return ChatResponse(429, "too many requests; try again in a minute")
    problem = validate(request.question)
    if problem:
        return ChatResponse(400, problem)
    return ChatResponse(200, agent.answer(request.customer_id, request.question))

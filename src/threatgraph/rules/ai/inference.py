"""Inference and serving: prompts, model endpoints, outputs (phase P4)."""

from __future__ import annotations

from threatgraph.elements import LLM, Actor, Agent, Device, Endpoint, ExternalService
from threatgraph.rules._core import on_flow, rule
from threatgraph.rules.views import FlowView

_CALLERS = (Actor, ExternalService, Device)
_GENERATIVE = (LLM, Agent, Endpoint)


@rule(
    "ai/prompt-injection-direct",
    threat="prompt_injection_direct",
    applies_to=on_flow(_CALLERS, _GENERATIVE),
    placement=("flow", "target"),
)
def prompt_injection_direct(f: FlowView) -> str | None:
    """A caller's prompt can carry instructions that override the system prompt and make
    the model act against the operator's intent. It applies wherever untrusted or
    cross-boundary input reaches an LLM, an agent or the endpoint in front of one."""
    if isinstance(f.target, Endpoint) and not f.system.successors(f.target):
        return None
    if isinstance(f.target, Endpoint) and not any(
        isinstance(s, (LLM, Agent)) for s in f.system.successors(f.target)
    ):
        return None
    if not (f.from_untrusted or f.crosses):
        return None
    return f"{f.described}; the prompt can override the model's instructions."

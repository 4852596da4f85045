"""Model files and helpers for the CLI tests."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import threatgraph.cli

MODEL = """\
import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel("CLI test model", profile="high")
prompt = tg.Data("Prompt", sensitivity="pii")
with tm.boundary("Internet", trust="untrusted"):
    user = tm.add(tg.Actor("Customer"))
with tm.boundary("VPC", trust="internal"):
    api = tm.add(tg.Endpoint("Chat API", controls={{{controls}}}))
    llm = tm.add(tg.LLM("Assistant", origin="api"))
{extra}
tm.flow(user, api, prompt, protocol="http")
tm.flow(api, llm, prompt)
{extra_flows}
"""

AGENT = """\
    agent = tm.add(tg.Agent("Helper agent", autonomy="autonomous"))
    shell = tm.add(tg.Tool("Shell", capabilities={"execute-code"}))
"""
AGENT_FLOWS = """\
tm.flow(user, agent, prompt, protocol="https")
tm.flow(agent, llm, prompt)
tm.flow(agent, shell, prompt)
"""


def write_wide_model(folder: Path, name: str = "wide.py", *, assistants: int = 8) -> Path:
    """A model with several assistants behind one gateway: more findings than a summary shows."""
    lines = [
        "import threatgraph as tg",
        'tm = tg.ThreatModel("Wide model", profile="high")',
        'prompt = tg.Data("Prompt", sensitivity="pii")',
        'with tm.boundary("Internet", trust="untrusted"):',
        '    user = tm.add(tg.Actor("Customer"))',
        'with tm.boundary("VPC", trust="internal"):',
    ]
    for i in range(assistants):
        lines += [
            f'    api{i} = tm.add(tg.Endpoint("API {i}"))',
            f'    llm{i} = tm.add(tg.LLM("Assistant {i}"))',
        ]
    for i in range(assistants):
        lines += [
            f'tm.flow(user, api{i}, prompt, protocol="http")',
            f"tm.flow(api{i}, llm{i}, prompt)",
        ]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_model(
    folder: Path,
    name: str = "threat_model.py",
    *,
    controls: str = "c.RateLimiting()",
    agent: bool = False,
) -> Path:
    """Write a small model file and return its path."""
    text = MODEL.format(
        controls=controls,
        extra=AGENT if agent else "",
        extra_flows=AGENT_FLOWS if agent else "",
    )
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def write(path: Path, text: str) -> Path:
    """Write dedented text."""
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def main(*argv: str | Path) -> int:
    """``threatgraph ARGV`` in-process."""
    return threatgraph.cli.main([str(a) for a in argv])


TODAY = dt.date(2026, 3, 1)

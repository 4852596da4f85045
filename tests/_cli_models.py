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
prompt = tg.Data("Prompt")
with tm.boundary("Internet", trust="untrusted"):
    user = tm.add(tg.Actor("Customer"))
with tm.boundary("VPC", trust="internal"):
    api = tm.add(tg.Endpoint("Chat API", controls={{{controls}}}))
    llm = tm.add(tg.LLM("Assistant", origin="api"))
{extra}
tm.flow(user, api, prompt, protocol="https")
tm.flow(api, llm, prompt)
{extra_flows}
"""

AGENT = """\
    agent = tm.add(tg.Agent("Helper agent", autonomy="autonomous"))
    shell = tm.add(tg.Tool("Shell", capabilities={"execute-code"}))
"""
AGENT_FLOWS = """\
tm.flow(llm, agent, prompt)
tm.flow(agent, shell, prompt)
"""


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

"""Parameters that take a vocabulary are typed for IDEs and mypy: the enum, or a Literal of
its values. A misspelt value is a type error before the model ever runs."""

from __future__ import annotations

import textwrap
import typing
from pathlib import Path

import pytest

from threatgraph import vocab

api = pytest.importorskip("mypy.api", reason="mypy is in the dev extra")

USER_CODE = textwrap.dedent(
    """\
    import threatgraph as tg
    from threatgraph.testing import assert_no_open_findings

    tm = tg.ThreatModel("Typed", profile="high", frameworks=["gdpr", tg.Framework.HIPAA])
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer", maturity="production"))
    vpc = tg.Boundary("VPC", trust=tg.Trust.INTERNAL)
    tickets = tg.Data("Tickets", sensitivity="pii", kind="records", cia=tg.CIA(integrity="high"))
    weights = tg.Data("Weights", format="safetensors")
    shell = tg.Tool("Shell", capabilities={"execute-code", tg.Capability.READ}, origin="third-party")
    reader = tg.Tool("Reader", capabilities="read")
    llm = tg.LLM("Chat", origin="third-party-api", task="generative")
    source = tg.DataSource("Web", origin="public-web")
    agent = tg.Agent("Agent", autonomy="supervised")
    api = tg.Endpoint("API", purpose="api")
    job = tg.Pipeline("Trainer", stage="fine-tuning")
    hub = tg.ExternalService("Hub", provides="model-hub")
    actor = tg.ThreatActor("Crook", capability="high", goals={"steal-model"}, entry="internal")
    can_run = shell.can("execute-code")
    report = tm.analyze()
    high = report.open("high")
    assert_no_open_findings(tm, "critical")
    bad = tg.Boundary("VPC", trust="untrustd")  # error
    with tm.boundary("DMZ", trust="dmz"):  # error
        pass
    bad_data = tg.Data("Tickets", sensitivity="pi")  # error
    bad_tool = tg.Tool("Shell", capabilities={"execute"})  # error
    bad_llm = tg.LLM("Chat", origin="3rd-party")  # error
    bad_model = tg.ThreatModel("Typed", profile="medium")  # error
    bad_actor = tg.ThreatActor("Crook", goals={"steal"})  # error
    bad_open = report.open("severe")  # error
    """
)


def test_mypy_accepts_the_values_and_rejects_a_misspelt_one(tmp_path: Path) -> None:
    path = tmp_path / "threat_model.py"
    path.write_text(USER_CODE, encoding="utf-8")
    out, err, _ = api.run(
        [
            "--strict",
            "--no-error-summary",
            "--hide-error-context",
            "--no-color-output",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            str(path),
        ]
    )
    assert err == ""
    errors = [line for line in out.splitlines() if ": error: " in line]
    flagged = sorted({int(line.split(":")[1]) for line in errors})
    expected = [n for n, line in enumerate(USER_CODE.splitlines(), 1) if line.endswith("# error")]
    assert flagged == expected, out
    assert all("[arg-type]" in line for line in errors), out


@pytest.mark.parametrize("cls", list(vocab.LITERALS), ids=lambda c: c.__name__)
def test_each_literal_lists_exactly_its_enums_values(cls: type[vocab.Trust]) -> None:
    values = typing.get_args(vocab.LITERALS[cls])
    assert values == tuple(member.value for member in cls)
    assert getattr(vocab, f"{cls.__name__}Value") is vocab.LITERALS[cls]

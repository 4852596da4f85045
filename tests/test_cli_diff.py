"""``threatgraph diff`` and the report diff behind it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import threatgraph as tg
import threatgraph.analysis
from _cli_models import main, write, write_model
from _report_example import HOSTILE, build_report, build_system
from threatgraph import controls as c
from threatgraph.findings import RuleError
from threatgraph.report.diff import diff_json, diff_markdown, diff_reports, diff_text
from threatgraph.report.markdown import md_escape
from threatgraph.vocab import Severity, Status


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --------------------------------------------------------------------------- library


def test_identical_reports_have_no_changes() -> None:
    d = diff_reports(build_report(), build_report())
    assert d.empty
    assert diff_text(d).endswith("No changes.\n")
    assert "No changes." in diff_markdown(d)
    assert json.loads(diff_json(d))["summary"]["new"] == 0


def test_new_resolved_and_changed_findings() -> None:
    old = build_report()
    f0, f1, f2 = old.findings[0], old.findings[1], old.findings[2]
    new_findings = (
        attrs.evolve(f0, severity=Severity.HIGH),  # changed severity
        attrs.evolve(f1, status=Status.ACCEPTED),  # changed status
        *old.findings[3:],  # f2 resolved
        attrs.evolve(f2, id="TG-abcdefabcdef", rule="ai/new-rule"),  # new
    )
    new = build_report(findings=new_findings)
    d = diff_reports(old, new, old_label="v1", new_label="v2")
    assert [f.id for f in d.new] == ["TG-abcdefabcdef"]
    assert [f.id for f in d.resolved] == [f2.id]
    changes = {ch.new.id: ch.changes for ch in d.changed}
    assert changes == {
        f0.id: ("severity critical → high",),
        f1.id: ("status open → accepted",),
    }
    assert not any(ch.worse for ch in d.changed)
    # worsened: new open findings at or above the threshold
    assert [f.id for f in d.worsened(Severity.MEDIUM)] == ["TG-abcdefabcdef"]
    assert d.worsened(Severity.HIGH) == []
    text = diff_text(d)
    assert text.startswith("threatgraph diff: v1 → v2\nFindings: 1 new, 1 resolved, 2 changed\n")
    assert "  + MEDIUM   Poisoned retrieval content — Ticket index [TG-abcdefabcdef, open]" in text
    assert "severity critical → high" in text
    data = json.loads(diff_json(d))
    assert data["findings"]["changed"][1]["old_status"] == "open"
    assert data["findings"]["resolved"][0]["target"] == "element:ticket-index"


def test_reopened_and_more_severe_findings_are_worse() -> None:
    old = build_report()
    accepted = old.findings[5]
    low = old.findings[2]
    new = build_report(
        findings=tuple(
            attrs.evolve(f, status=Status.OPEN)
            if f.id == accepted.id
            else attrs.evolve(f, severity=Severity.CRITICAL)
            if f.id == low.id
            else f
            for f in old.findings
        )
    )
    d = diff_reports(old, new)
    assert {f.id for f in d.worsened(Severity.HIGH)} == {accepted.id, low.id}


def test_model_changes() -> None:
    old_sys = build_system()
    tm = tg.ThreatModel("Support assistant", profile="high", frameworks=["soc2"])
    for b in old_sys.boundaries:
        with tm.boundary(b):
            pass
    for e in old_sys.all_elements:
        if e.id == "shell":
            continue  # removed
        if e.id == "chat-api":
            e = attrs.evolve(e, controls={c.RateLimiting(), c.Guardrails()}, description="new")
        b = old_sys.boundary_of(e)
        tm.add(e, boundary=b.id if b else None)
    tm.add(tg.Tool("Search", id="search"), boundary="production-vpc")
    for f in old_sys.all_flows:
        if "shell" in (f.source, f.target):
            continue
        if f.id == "customer->chat-api":
            f = attrs.evolve(f, controls=frozenset(), protocol="http")
        tm.flow(f.source, f.target, *f.data, protocol=f.protocol, controls=f.controls, id=f.id)
    tm.flow("ticket-agent", "search", id="ticket-agent->search")
    new_sys = tm.freeze()
    d = diff_reports(build_report(old_sys), build_report(new_sys, findings=()))
    assert [e.id for e in d.elements_added] == ["search"]
    assert [e.id for e in d.elements_removed] == ["shell"]
    assert [(x.id, x.changes) for x in d.elements_changed] == [
        (
            "chat-api",
            (
                "control added: guardrails",
                "control removed: input_validation",
                "description '' → 'new'",
            ),
        )
    ]
    assert [f.id for f in d.flows_added] == ["ticket-agent->search"]
    assert [f.id for f in d.flows_removed] == ["ticket-agent->shell"]
    assert [(x.id, x.changes) for x in d.flows_changed] == [
        (
            "customer->chat-api",
            ("control removed: encryption_in_transit", "protocol 'https' → 'http'"),
        )
    ]
    text = diff_text(d)
    assert (
        "Model: elements 1 added, 1 removed, 1 changed; flows 1 added, 1 removed, 1 changed" in text
    )
    assert "  + element search (tool): Search" in text
    assert (
        "  ~ flow customer->chat-api: control removed: encryption_in_transit; protocol 'https' → 'http'"
        in text
    )
    md = diff_markdown(d)
    assert "### Model changes" in md
    assert "| element removed | shell | Shell |" in md
    data = json.loads(diff_json(d))
    assert data["model"]["elements"]["added"] == [
        {"id": "search", "name": "Search", "kind": "tool"}
    ]


def test_element_moves_and_kind_changes_are_described() -> None:
    tm1 = tg.ThreatModel("m")
    with tm1.boundary("A", trust="internal"):
        tm1.add(tg.Service("X"))
    with tm1.boundary("B", trust="internal"):
        pass
    tm2 = tg.ThreatModel("m")
    with tm2.boundary("A", trust="internal"):
        pass
    with tm2.boundary("B", trust="internal"):
        tm2.add(tg.Endpoint("X"))
    d = diff_reports(
        build_report(tm1.freeze(), findings=()), build_report(tm2.freeze(), findings=())
    )
    assert d.elements_changed[0].changes == ("kind service → endpoint", "moved from A to B")


def test_markdown_escapes_hostile_text() -> None:
    old = build_report()
    new = build_report(
        findings=(attrs.evolve(old.findings[0], id="TG-999999999999", title=HOSTILE),)
    )
    md = diff_markdown(diff_reports(old, new, old_label=HOSTILE, new_label="b"))
    assert md_escape(HOSTILE) in md
    assert "<script>" not in md
    text = diff_text(diff_reports(old, new))
    assert "\r" not in text
    assert all(not line.startswith("| ---") for line in text.splitlines())


# --------------------------------------------------------------------------- command


def test_diff_two_targets(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write_model(project, "old.py")
    new = write_model(project, "new.py", agent=True, controls="c.RateLimiting(), c.Guardrails()")
    assert main("diff", old, new) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"threatgraph diff: {old} → {new}\n")
    assert "New:" in out
    assert "  + element helper-agent (agent): Helper agent" in out
    assert "  ~ element chat-api: control added: guardrails" in out
    assert "flows 3 added, 0 removed" in out


def test_diff_report_jsons_and_mixed(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write_model(project, "old.py")
    new = write_model(project, "new.py", agent=True)
    assert main("analyze", old, "--format", "json", "-o", "old.json") == 0
    assert main("analyze", new, "--format", "json", "-o", "new.json") == 0
    capsys.readouterr()
    assert main("diff", "old.json", "new.json", "--format", "json") == 0
    from_reports = json.loads(capsys.readouterr().out)
    assert main("diff", "old.json", new, "--format", "json") == 0
    mixed = json.loads(capsys.readouterr().out)
    assert from_reports["summary"] == mixed["summary"]
    assert from_reports["summary"]["new"] > 0
    assert from_reports["summary"]["elements_added"] == 2


def test_diff_markdown_to_a_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write_model(project, "old.py")
    new = write_model(project, "new.py", agent=True)
    assert main("diff", old, new, "--format", "md", "-o", "changes.md") == 0
    text = (project / "changes.md").read_text("utf-8")
    assert text.startswith("## Threat model changes:")
    assert "### New findings" in text
    assert "wrote changes.md" in capsys.readouterr().err


def test_diff_fail_on(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write_model(project, "old.py")
    new = write_model(project, "new.py", agent=True)
    assert main("diff", old, new, "--fail-on", "critical") == 1
    assert "are new or worse than in OLD" in capsys.readouterr().err
    assert main("diff", new, old, "--fail-on", "critical") == 0  # only resolved findings
    assert main("diff", old, old, "--fail-on", "info") == 0
    assert "No changes." in capsys.readouterr().out


def test_diff_register_and_today(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    assert main("analyze", model, "--format", "json", "-o", "r.json") == 0
    fid = next(
        f["id"]
        for f in json.loads((project / "r.json").read_text("utf-8"))["findings"]
        if f["status"] == "open"
    )
    reg = write(
        project / "reg.toml",
        f'[findings.{fid}]\nstatus = "accepted"\nowner = "o"\nreason = "r"\nexpires = 2026-06-30\n',
    )
    capsys.readouterr()
    assert main("diff", "r.json", model, "--register", reg, "--today", "2026-01-01") == 0
    out = capsys.readouterr().out
    assert "status open → accepted" in out
    assert main("diff", "r.json", model, "--register", reg, "--today", "2026-07-01") == 0
    assert "No changes." in capsys.readouterr().out
    with pytest.raises(SystemExit) as info:
        main("diff", "r.json", model, "--today", "tomorrow")
    assert info.value.code == 2


def test_diff_incomplete_analysis(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    model = write_model(project)
    real = threatgraph.analysis.analyze

    def broken(*args: Any, **kwargs: Any) -> Any:
        return attrs.evolve(real(*args, **kwargs), errors=(RuleError("x", "model", "boom"),))

    monkeypatch.setattr(threatgraph.analysis, "analyze", broken)
    assert main("diff", model, model) == 1
    assert "the analysis of OLD is incomplete" in capsys.readouterr().err


def test_diff_bad_inputs(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    assert main("diff", "missing.py", model) == 2
    assert capsys.readouterr().err == "threatgraph: error: no such file: missing.py\n"
    (project / "broken.json").write_text('{"findings": [], "model": 3}', "utf-8")
    assert main("diff", "broken.json", model) == 2
    assert "cannot load the report from broken.json" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main("diff", model)
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main("diff", model, model, "--format", "html")
    assert info.value.code == 2


def test_diff_accepts_otm_json(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    assert main("analyze", model, "--format", "otm", "-o", "m.json") == 0
    assert main("diff", "m.json", model, "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["elements_added"] == 0


def test_diff_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main("diff", "--help")
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert "exit codes:" in out
    for option in ("--format", "--output", "--fail-on", "--register", "--today"):
        assert option in out


def _changed_report() -> Any:
    old = build_report()
    f0, f1, f2 = old.findings[0], old.findings[1], old.findings[2]
    return build_report(
        findings=(
            attrs.evolve(f0, severity=Severity.HIGH),
            attrs.evolve(f1, status=Status.ACCEPTED),
            *old.findings[3:],
            attrs.evolve(f2, id="TG-abcdefabcdef", rule="ai/new-rule"),
        )
    )


@pytest.mark.parametrize(
    ("name", "render"),
    [
        ("example.diff.txt", diff_text),
        ("example.diff.md", diff_markdown),
        ("example.diff.json", diff_json),
    ],
)
def test_golden_diffs(name: str, render: Any) -> None:
    from _golden import check_golden

    d = diff_reports(
        build_report(), _changed_report(), old_label="v1.json", new_label="threat_model.py"
    )
    check_golden(name, render(d))

"""The public API given what it does not expect, and what the analysis already counts.

- filters, queries and assertions count a flow's declared protocol and an agent's
  supervised (or assistive) autonomy as controls, as the analysis does;
- the pytest plugin applies the risk register of ``[tool.threatgraph]``;
- the SARIF writer takes severity names and checks ``max_results``;
- the report writers reject a System or ThreatModel with a threatgraph error;
- Unicode bidirectional controls in names land inert in every output.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from typing import Any

import pytest

import threatgraph as tg
from _plugin_models import MODEL
from threatgraph import controls as c
from threatgraph import queries as q
from threatgraph.errors import (
    ArchitectureViolation,
    InvalidTypeError,
    InvalidValueError,
    ThreatGraphError,
)
from threatgraph.export.json import report_to_dict, report_to_json, write_report_json
from threatgraph.export.sarif import sarif_json, to_sarif, write_sarif
from threatgraph.filters import declared_control_classes, holds_any_control
from threatgraph.render import to_dot, to_mermaid
from threatgraph.report.diff import diff_json, diff_markdown, diff_reports, diff_text
from threatgraph.report.html import esc, to_html
from threatgraph.report.markdown import md_escape, to_markdown, write_markdown
from threatgraph.testing import (
    assert_elements_have,
    assert_flows_encrypted,
    assert_flows_have,
    assert_no_path,
)

pytest_plugins = ["pytester"]


# --------------------------------------------------------------------------- 1. declared controls


def _model(
    protocol: str | None = "https", autonomy: Any = "supervised"
) -> tuple[tg.ThreatModel, tg.System]:
    tm = tg.ThreatModel("T")
    with tm.boundary("Internet", trust="untrusted"):
        u = tm.add(tg.Actor("User"))
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Endpoint("API"))
        a = tm.add(tg.Agent("Agent", autonomy=autonomy))
        t = tm.add(tg.Tool("Shell", capabilities={"execute-code"}))
    tm.flow(u, api, tg.Data("Form", sensitivity="pii"), protocol=protocol)
    tm.flow(api, a)
    tm.flow(a, t)
    return tm, tm.freeze()


@pytest.mark.parametrize("protocol", ["https", "HTTPS", "sftp", "mtls", "tls", "ssh", "wss"])
def test_an_encrypted_protocol_counts_as_encryption_in_transit(protocol: str) -> None:
    tm, s = _model(protocol)
    assert [f.id for f in s.flows(without_control="encryption_in_transit")] == [
        "agent->shell",
        "api->agent",
    ]
    assert [f.id for f in s.flows(with_control=c.EncryptionInTransit)] == ["user->api"]
    assert [f.id for f in tg.FlowFilter(with_control=c.MessageIntegrity).apply(s)] == ["user->api"]
    assert q.flows_lacking(s, c.EncryptionInTransit, carrying="pii") == []
    assert [f.id for f in q.flows_with(s, "tls", crossing=True)] == ["user->api"]
    assert_flows_encrypted(s, carrying="pii", crossing=True)
    assert_flows_encrypted(tm, carrying="pii", crossing=True)
    assert_flows_have(s, c.MessageIntegrity, carrying="pii")


@pytest.mark.parametrize("protocol", ["mtls", "sftp", "ssh", "ipsec"])
def test_a_client_authenticating_protocol_counts_as_mutual_authentication(
    protocol: str,
) -> None:
    _, s = _model(protocol)
    assert [f.id for f in s.flows(with_control=c.MutualAuthentication)] == ["user->api"]
    assert_flows_have(s, c.MutualAuthentication, carrying="pii")


@pytest.mark.parametrize("protocol", ["https", "tls", "wss"])
def test_a_server_only_protocol_is_not_mutual_authentication(protocol: str) -> None:
    _, s = _model(protocol)
    assert [f.id for f in s.flows(without_control=c.MutualAuthentication)] == [
        "agent->shell",
        "api->agent",
        "user->api",
    ]
    with pytest.raises(ArchitectureViolation, match="without MutualAuthentication"):
        assert_flows_have(s, c.MutualAuthentication, carrying="pii")


@pytest.mark.parametrize("protocol", [None, "http", "ftp", "grpc", "local", "jdbc"])
def test_a_cleartext_local_unknown_or_undeclared_protocol_still_fails(
    protocol: str | None,
) -> None:
    _, s = _model(protocol)
    assert [f.id for f in s.flows(without_control="encryption_in_transit")] == [
        "agent->shell",
        "api->agent",
        "user->api",
    ]
    assert [f.id for f in q.flows_lacking(s, c.EncryptionInTransit, carrying="pii")] == [
        "user->api"
    ]
    with pytest.raises(ArchitectureViolation) as failure:
        assert_flows_encrypted(s, carrying="pii", crossing=True)
    assert [v.ids for v in failure.value.violations] == [("user->api",)]


@pytest.mark.parametrize("autonomy", ["supervised", "assistive", tg.Autonomy.SUPERVISED])
def test_a_supervised_or_assistive_agent_counts_as_human_in_the_loop(autonomy: Any) -> None:
    _, s = _model(autonomy=autonomy)
    assert q.paths_avoiding(s, "internet", "shell", c.HumanInTheLoop) == []
    assert q.witness_paths(s, "internet", "shell", avoiding="human_in_the_loop") == []
    assert_no_path(s, from_="internet", to="shell", unless=c.HumanInTheLoop)
    assert [e.id for e in s.elements(tg.Agent, with_control=c.HumanInTheLoop)] == ["agent"]
    assert s.elements(tg.Agent, without_control=c.HumanInTheLoop) == []
    assert [e.id for e in q.elements_with(s, tg.Agent, c.HumanInTheLoop)] == ["agent"]
    assert q.elements_lacking(s, tg.Agent, c.HumanInTheLoop) == []
    assert_elements_have(s, tg.Agent, c.HumanInTheLoop)
    # it is a person approving, not a sandbox
    assert [e.id for e in q.elements_lacking(s, tg.Agent, c.Sandboxing)] == ["agent"]


@pytest.mark.parametrize("autonomy", ["autonomous", None])
def test_an_autonomous_or_undeclared_agent_still_fails(autonomy: str | None) -> None:
    _, s = _model(autonomy=autonomy)
    paths = q.paths_avoiding(s, "internet", "shell", c.HumanInTheLoop)
    assert [p.elements for p in paths] == [("user", "api", "agent", "shell")]
    with pytest.raises(ArchitectureViolation, match="1 path from Internet to Shell"):
        assert_no_path(s, from_="internet", to="shell", unless=c.HumanInTheLoop)
    with pytest.raises(ArchitectureViolation, match="Agent Agent in VPC has no HumanInTheLoop"):
        assert_elements_have(s, tg.Agent, c.HumanInTheLoop)


def test_a_protocol_on_an_edge_opens_no_path_for_an_element_control() -> None:
    _, s = _model("mtls", autonomy="autonomous")
    # the mtls flow has EncryptionInTransit, so the path through it is not "avoiding" it
    assert q.paths_avoiding(s, "internet", "shell", c.EncryptionInTransit) == []
    assert [p.elements for p in q.paths_avoiding(s, "api", "shell", c.EncryptionInTransit)] == [
        ("api", "agent", "shell")
    ]


def test_declared_control_classes_match_the_protocol_table() -> None:
    _, s = _model("sftp")
    flow = s.flow("user->api")
    assert declared_control_classes(flow) == (
        c.EncryptionInTransit,
        c.MessageIntegrity,
        c.MutualAuthentication,
    )
    assert declared_control_classes(s.flow("api->agent")) == ()
    assert declared_control_classes(s.element("agent")) == (c.HumanInTheLoop,)
    assert declared_control_classes(s.element("shell")) == ()
    assert holds_any_control(flow, (c.Sandboxing, c.EncryptionInTransit))
    assert not holds_any_control(flow, (c.Sandboxing,))


@pytest.mark.parametrize("protocol", ["http", "ftp", "https", "sftp", "mtls"])
def test_the_filters_agree_with_the_analysis_on_protocols(protocol: str | None) -> None:
    """The flows the analysis calls unencrypted are the flows the filters call unencrypted."""
    _, s = _model(protocol)
    flagged = sorted(
        f.target.ids[0]
        for f in tg.analyze(s).open()
        if f.rule == "stride/unencrypted-boundary-crossing"
    )
    assert flagged == [f.id for f in s.flows(crossing=True, without_control=c.EncryptionInTransit)]
    assert flagged == ([] if protocol in ("https", "sftp", "mtls") else ["user->api"])


@pytest.mark.parametrize("autonomy", ["supervised", "assistive", "autonomous", None])
def test_the_filters_agree_with_the_analysis_on_autonomy(autonomy: str | None) -> None:
    _, s = _model(autonomy=autonomy)
    misuse = [f for f in tg.analyze(s).findings if f.rule == "ai/tool-misuse"]
    assert len(misuse) == 1
    credited = "human_in_the_loop" in misuse[0].controls_present
    assert credited == (autonomy in ("supervised", "assistive"))
    assert credited == (q.elements_lacking(s, tg.Agent, c.HumanInTheLoop) == [])


# --------------------------------------------------------------------------- 2. pytest plugin


def _first_open_finding() -> str:
    namespace: dict[str, Any] = {}
    exec(MODEL, namespace)
    return str(namespace["tm"].analyze().open()[0].id)


def _project(pytester: pytest.Pytester, register: str | None, reports: str) -> None:
    pkg = pytester.mkpydir("demo_pkg")
    (pkg / "threat_model.py").write_text(MODEL, encoding="utf-8")
    table = f'[tool.threatgraph]\nmodel = "demo_pkg.threat_model:tm"\nreport = {reports}\n'
    if register is not None:
        table += f'register = "{register}"\n'
    pytester.makefile(".toml", pyproject=table)
    pytester.makepyfile(test_it="def test_nothing():\n    pass\n")


def test_the_plugin_applies_the_register_of_the_pyproject(pytester: pytest.Pytester) -> None:
    accepted = _first_open_finding()
    (pytester.path / "security").mkdir()
    (pytester.path / "security" / "risk.toml").write_text(
        "version = 1\n\n"
        f"[findings.{accepted}]\n"
        'status = "accepted"\n'
        'owner = "alice@example.com"\n'
        'reason = "Vendor contract covers it."\n'
        "expires = 2099-12-31\n"
        'ticket = "SEC-42"\n',
        encoding="utf-8",
    )
    _project(pytester, "security/risk.toml", '["build/r.json", "build/r.md"]')
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(passed=1)
    assert result.ret == pytest.ExitCode.OK
    doc = json.loads((pytester.path / "build" / "r.json").read_text(encoding="utf-8"))
    status = {f["id"]: f["status"] for f in doc["findings"]}
    assert status[accepted] == "accepted"
    assert list(status.values()).count("accepted") == 1
    # the Markdown report shows the register's columns, as threatgraph analyze writes them
    markdown = (pytester.path / "build" / "r.md").read_text(encoding="utf-8")
    assert "SEC-42" in markdown
    assert "alice" in markdown


def test_without_a_register_the_findings_stay_open(pytester: pytest.Pytester) -> None:
    accepted = _first_open_finding()
    _project(pytester, None, '["build/r.json"]')
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(passed=1)
    doc = json.loads((pytester.path / "build" / "r.json").read_text(encoding="utf-8"))
    assert {f["id"]: f["status"] for f in doc["findings"]}[accepted] == "open"


def test_a_missing_register_fails_the_report_not_the_tests(pytester: pytest.Pytester) -> None:
    _project(pytester, "nowhere.toml", '["build/r.json"]')
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(passed=1)
    assert result.ret == pytest.ExitCode.INTERNAL_ERROR
    result.stdout.fnmatch_lines(
        ["threatgraph: could not write the threat report to *r.json: *risk register*"]
    )
    assert not (pytester.path / "build" / "r.json").exists()


# --------------------------------------------------------------------------- 3. SARIF arguments


def _report() -> tg.Report:
    """Open findings of high, medium and low severity."""
    tm = tg.ThreatModel("S")
    with tm.boundary("Internet", trust="untrusted"):
        u = tm.add(tg.Actor("User"))
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Endpoint("API"))
        a = tm.add(tg.Agent("Agent", autonomy="autonomous"))
        t = tm.add(tg.Tool("Shell", capabilities={"execute-code"}))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("LLM", origin="third-party-api"))
    tm.flow(u, api, tg.Data("Form", sensitivity="pii"), protocol="http")
    tm.flow(api, a)
    tm.flow(a, t)
    tm.flow(a, llm, tg.Data("Tickets", sensitivity="pii"))
    report = tm.analyze()
    assert {f.severity for f in report.open()} >= {
        tg.Severity.HIGH,
        tg.Severity.MEDIUM,
        tg.Severity.LOW,
    }
    return report


def _results(text: str) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = json.loads(text)["runs"][0]["results"]
    return results


@pytest.mark.parametrize("level", ["medium", "MEDIUM", tg.Severity.MEDIUM])
def test_sarif_takes_a_severity_by_name(level: Any) -> None:
    report = _report()
    wanted = [f.id for f in report.open(min_severity="medium")]
    assert wanted  # the case shows something
    assert len(wanted) < len(report.open())
    got = _results(sarif_json(report, min_severity=level))
    assert [r["partialFingerprints"]["threatgraphFindingId/v1"] for r in got] == wanted
    assert to_sarif(report, min_severity=level)["runs"][0]["results"] == got


def test_sarif_rejects_an_unknown_severity() -> None:
    with pytest.raises(InvalidValueError, match="min_severity"):
        sarif_json(_report(), min_severity="urgent")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="min_severity"):
        sarif_json(_report(), min_severity=3)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["5", 2.0, True, [1]])
def test_sarif_rejects_a_max_results_that_is_not_an_int(bad: Any) -> None:
    for write in (
        lambda: sarif_json(_report(), max_results=bad),
        lambda: to_sarif(_report(), max_results=bad),
        lambda: write_sarif(_report(), io.StringIO(), max_results=bad),
    ):
        with pytest.raises(InvalidTypeError, match="'max_results' must be an int"):
            write()


def test_sarif_rejects_a_negative_max_results() -> None:
    out = io.StringIO()
    with pytest.raises(InvalidValueError, match=r"'max_results' must be 0 or more .*got -1"):
        write_sarif(_report(), out, max_results=-1)
    assert out.getvalue() == ""  # nothing half-written


def test_sarif_max_results_keeps_the_most_severe_and_counts_the_rest() -> None:
    report = _report()
    total = len(report.open())
    assert total >= 2
    for limit in (0, 1, total, total + 5):
        log = json.loads(sarif_json(report, max_results=limit))
        run = log["runs"][0]
        kept = min(limit, total)
        assert len(run["results"]) == kept
        assert run["properties"].get("omittedResults", 0) == total - kept


# --------------------------------------------------------------------------- 4. writers and models


def _unanalysed() -> list[tuple[str, Any]]:
    tm = tg.ThreatModel("U")
    tm.add(tg.LLM("L"))
    return [("System", tm.freeze()), ("ThreatModel", tm)]


WRITERS: list[tuple[str, Callable[[Any], object]]] = [
    ("to_markdown", to_markdown),
    ("write_markdown", lambda r: write_markdown(r, io.StringIO())),
    ("to_html", to_html),
    ("report_to_json", report_to_json),
    ("report_to_dict", report_to_dict),
    ("write_report_json", lambda r: write_report_json(r, io.StringIO())),
    ("sarif_json", sarif_json),
    ("to_sarif", to_sarif),
    ("write_sarif", lambda r: write_sarif(r, io.StringIO())),
]


@pytest.mark.parametrize(("name", "write"), WRITERS, ids=[n for n, _ in WRITERS])
@pytest.mark.parametrize("what", [0, 1], ids=["System", "ThreatModel"])
def test_report_writers_reject_a_model_that_was_not_analysed(
    name: str, write: Callable[[Any], object], what: int
) -> None:
    kind, model = _unanalysed()[what]
    with pytest.raises(InvalidTypeError) as failure:
        write(model)
    text = str(failure.value)
    assert text.startswith(f"{name}(): 'report' must be a Report")
    assert f"that is a {kind}" in text
    assert "analyze(" in text
    assert isinstance(failure.value, ThreatGraphError)


@pytest.mark.parametrize("bad", [None, "report.json", 42])
def test_report_writers_reject_other_values(bad: Any) -> None:
    for name, write in WRITERS:
        with pytest.raises(InvalidTypeError, match=rf"^{name}\(\): 'report' must be a Report"):
            write(bad)


def test_diff_reports_rejects_models_and_names_the_side() -> None:
    report = _report()
    system: Any = report.system
    with pytest.raises(InvalidTypeError, match=r"diff_reports\(\): 'old' must be a Report"):
        diff_reports(system, report)
    with pytest.raises(InvalidTypeError, match=r"diff_reports\(\): 'new' must be a Report"):
        diff_reports(report, system)
    for show in (diff_text, diff_markdown, diff_json):
        with pytest.raises(InvalidTypeError, match="'d' must be a ReportDiff"):
            show(report)
    assert diff_reports(report, report).empty


# --------------------------------------------------------------------------- 5. bidi controls

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def _bidi_report() -> tg.Report:
    tm = tg.ThreatModel("Demo\u202e model")
    with tm.boundary("VPC\u2067", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API\u202e", description="ends in RLO\u202e"))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Vendor LLM\u2066x\u200f\u061c", origin="third-party-api"))
    tm.flow(api, llm, tg.Data("Tickets\u202d", sensitivity="pii"), label="send\u202b")
    return tm.analyze()


def _raw_bidi(text: str) -> list[str]:
    return sorted({f"U+{ord(ch):04X}" for ch in text if ch in BIDI})


@pytest.mark.parametrize("ch", list(BIDI))
def test_md_escape_and_esc_show_bidi_controls_as_visible_text(ch: str) -> None:
    # a character reference would be turned back into the control once displayed
    ref = f"\\u{ord(ch):04x}"
    assert md_escape(f"Chat API{ch} TG-1") == f"Chat API{ref} TG-1"
    assert esc(f"Chat API{ch} TG-1") == f"Chat API{ref} TG-1"
    assert md_escape(f"{ch}#1 <b>") == f"{ref}\\#\u20601 &lt;b&gt;"
    assert esc(f'{ch}"<') == f"{ref}&quot;&lt;"


def test_ordinary_text_is_unchanged_by_the_bidi_handling() -> None:
    for text in ("Chat API", "Vendor LLM (v2)", "Zürich – café", "ملف", "日本語"):
        assert md_escape(text) == text
        assert esc(text) == text


def test_markdown_and_html_reports_have_no_raw_bidi_controls() -> None:
    report = _bidi_report()
    markdown = to_markdown(report)
    page = to_html(report)
    assert _raw_bidi(markdown) == []
    assert _raw_bidi(page) == []
    # no character reference a browser would turn back into the control
    assert not re.search("&#x(0*61c|200[ef]|202[a-e]|206[6-9]);", markdown + page, re.I)
    assert "Chat API\\u202e" in markdown
    assert "Chat API\\u202e" in page
    assert "Vendor LLM\\u2066x\\u200f\\u061c" in page


def test_sarif_message_text_shows_bidi_controls_as_visible_escapes() -> None:
    report = _bidi_report()
    text = sarif_json(report)
    log = json.loads(text)
    messages = [r["message"]["text"] for r in log["runs"][0]["results"]]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    shown = [*messages, *(r["shortDescription"]["text"] for r in rules)]
    shown += [r["fullDescription"]["text"] for r in rules]
    shown += [r["help"]["text"] for r in rules] + [r["help"]["markdown"] for r in rules]
    assert all(_raw_bidi(m) == [] for m in shown)
    assert any("\\u202e" in m for m in messages)  # visible, as text


@pytest.mark.parametrize("draw", [to_dot, to_mermaid], ids=["dot", "mermaid"])
@pytest.mark.parametrize("analysed", [True, False], ids=["report", "system"])
def test_diagrams_show_bidi_controls_as_visible_escapes(
    draw: Callable[[Any], str], analysed: bool
) -> None:
    report = _bidi_report()
    text = draw(report if analysed else report.system)
    assert _raw_bidi(text) == []
    assert "\\u202e" in text
    assert "\\u2066" in text


def test_diagrams_of_ordinary_names_are_unchanged() -> None:
    tm = tg.ThreatModel("Plain")
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API"))
    llm = tm.add(tg.LLM("Zürich LLM"))
    tm.flow(api, llm)
    for text in (to_dot(tm.freeze()), to_mermaid(tm.freeze())):
        assert "Zürich LLM" in text
        assert "\\u" not in text


def test_the_diff_shows_bidi_controls_inert() -> None:
    old = _report()
    new = _bidi_report()
    d = diff_reports(old, new)
    assert _raw_bidi(diff_text(d)) == []
    assert "\\u202e" in diff_text(d)
    assert _raw_bidi(diff_markdown(d)) == []
    assert "\\u202e" in diff_markdown(d)


def test_system_paths_avoiding_count_a_supervised_agent_as_a_person_approving() -> None:
    def model(autonomy: str) -> tg.System:
        tm = tg.ThreatModel("Paths", actors=())
        with tm.boundary("Internet", trust="untrusted"):
            user = tm.add(tg.Actor("User"))
        with tm.boundary("VPC", trust="internal"):
            agent = tm.add(tg.Agent("Agent", autonomy=autonomy))
            shell = tm.add(tg.Tool("Shell", capabilities={"execute-code"}))
        tm.flow(user, agent, tg.Data("Ask", kind="prompt"))
        tm.flow(agent, shell, tg.Data("Cmd", kind="tool-call"))
        return tm.freeze()

    assert model("supervised").paths("user", "shell", avoiding=c.HumanInTheLoop) == []
    assert model("autonomous").paths("user", "shell", avoiding=c.HumanInTheLoop) == [
        ("user", "agent", "shell")
    ]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"catalogue": "default"}, "catalogue"),
        ({"register": "risk.toml"}, "register"),
        ({"scorer": 3}, "scorer"),
    ],
)
def test_analyze_refuses_arguments_of_the_wrong_type(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidTypeError, match=f"analyze\\(\\): '{field}' must be"):
        _report().system.analyze(**kwargs)


def test_register_inputs_of_the_wrong_type_are_threatgraph_errors() -> None:
    from threatgraph.errors import LoadError
    from threatgraph.register import Register

    with pytest.raises(LoadError) as raised:
        Register.from_dict({"findings": {1: {}, "TG-0123456789ab": {}}})
    assert "$.findings[1]" in str(raised.value)
    with pytest.raises(LoadError):
        Register.from_dict({2: "x"})
    with pytest.raises(InvalidTypeError, match=r"Register\.from_toml"):
        Register.from_toml(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"Register\.load"):
        Register.load(None)  # type: ignore[arg-type]


def test_diff_change_lines_show_old_and_new_values() -> None:
    from threatgraph.report.diff import _field_change
    from threatgraph.vocab import Autonomy

    assert (
        _field_change("autonomy", Autonomy.AUTONOMOUS, Autonomy.SUPERVISED)
        == "autonomy autonomous → supervised"
    )
    assert _field_change("protocol", "https", "http") == "protocol 'https' → 'http'"
    assert (
        _field_change("tags", frozenset({"a"}), frozenset({"b"})) == "tags: added 'b'; removed 'a'"
    )
    long = _field_change("description", "x" * 200, "y")
    assert len(long) < 100
    assert long.endswith("→ 'y'")
    assert _field_change("stores", frozenset(range(20)), frozenset()) == "stores changed"


def test_sarif_related_locations_point_at_where_each_place_was_declared() -> None:
    import runpy
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    model = root / "examples" / "rag_assistant" / "before.py"
    report = runpy.run_path(str(model))["tm"].analyze()
    log = json.loads(sarif_json(report, base_dir=root))
    related = [x for r in log["runs"][0]["results"] for x in r.get("relatedLocations", ())]
    assert related, "the example has findings with affected places"
    system = report.system
    for x in related:
        key = x["logicalLocations"][0]["fullyQualifiedName"]
        assert x["message"]["text"] == key
        kind, _, ids = key.partition(":")
        # a flow id holds "->"; a path's steps are joined by ">"
        holder = system.flow(ids) if kind == "flow" else system.element(ids.split(">")[0])
        assert holder.declared_at is not None
        physical = x["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == "examples/rag_assistant/before.py"
        assert physical["region"]["startLine"] == holder.declared_at.line

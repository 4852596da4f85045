"""The Markdown report: structure, escaping, grouping, register and diagram sections."""

from __future__ import annotations

import datetime as dt
import re
import sys
import types
from typing import Any

import pytest

from _golden import check_golden
from _report_example import HOSTILE, build_report, hostile_report, incomplete_report
from threatgraph.errors import InvalidValueError
from threatgraph.register import Register
from threatgraph.report import md_escape, to_markdown

SECTIONS = [
    "1. Summary",
    "2. Scope",
    "3. Threat actors in scope",
    "4. Diagram",
    "5. Threats by priority",
    "6. By lifecycle phase",
    "7. Design decisions by layer",
    "8. Profile requirements",
    "9. Risk register",
    "10. Appendix",
]


def _h2(text: str) -> list[str]:
    return [line[3:] for line in text.splitlines() if line.startswith("## ")]


def _unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


# --------------------------------------------------------------------------- golden


def test_golden_priority() -> None:
    check_golden("example.md", to_markdown(build_report(), diagram=False))


@pytest.mark.parametrize("group_by", ["element", "stride", "actor"])
def test_golden_grouped(group_by: str) -> None:
    check_golden(
        f"example-by-{group_by}.md", to_markdown(build_report(), group_by=group_by, diagram=False)
    )


def test_output_is_deterministic() -> None:
    assert to_markdown(build_report(), diagram=False) == to_markdown(build_report(), diagram=False)


# --------------------------------------------------------------------------- structure


def test_has_the_ten_sections_in_order() -> None:
    assert _h2(to_markdown(build_report(), diagram=False)) == SECTIONS


def test_summary_counts_and_top_risks() -> None:
    text = to_markdown(build_report(), diagram=False)
    summary = text.split("\n## 2. Scope")[0]
    assert "**Risk profile:** high" in summary
    assert "**Compliance frameworks:** SOC 2" in summary
    assert "**Findings:** 8 in total, 4 open" in summary
    assert "| critical | 1 |" in summary
    assert "| high | 1 |" in summary
    assert "| accepted | 1 |" in summary
    assert "| false-positive | 1 |" in summary
    top = summary.split("**Top risks**")[1]
    # the four open findings, most severe first; the accepted one is not a top risk
    assert re.findall(r"\[#(\d)\]", top) == ["1", "2", "3", "4"]
    assert "Differential privacy is beyond" in summary


def test_scope_lists_elements_data_and_boundaries() -> None:
    text = to_markdown(build_report(), diagram=False)
    scope = text.split("\n## 2. Scope")[1].split("\n## 3.")[0]
    assert (
        "| Chat API | endpoint | Production VPC | internal | Input validation, Rate limiting |"
        in scope
    )
    assert "| Support tickets | pii | Support LLM, Ticket index |" in scope
    assert "| ML enclave | restricted | Production VPC | Model registry |" in scope
    assert "Internet → Production VPC (inbound)" in scope


def test_actors_section_shows_goals_and_reach() -> None:
    text = to_markdown(build_report(), diagram=False)
    actors = text.split("\n## 3. Threat actors in scope")[1].split("\n## 4.")[0]
    insider = next(line for line in actors.splitlines() if line.startswith("| Insider"))
    # the insider enters at internal trust: reaches the VPC but not the Internet elements
    assert "internal boundaries" in insider
    assert "Ticket index" in insider
    assert "Customer" not in insider
    opportunist = next(line for line in actors.splitlines() if line.startswith("| Opportunist"))
    assert "untrusted boundaries and unplaced elements" in opportunist
    assert "Shell" in opportunist
    assert "Model registry" not in opportunist
    assert "bypass safeguards" in opportunist


def test_finding_details_link_taxonomies() -> None:
    text = to_markdown(build_report(), diagram=False)
    assert (
        "[AML.T0051.000](https://atlas.mitre.org/techniques/AML.T0051.000) LLM Prompt Injection: Direct"
        in text
    )
    assert "[CWE-1427](https://cwe.mitre.org/data/definitions/1427.html)" in text
    assert "[LLM01:2025](https://genai.owasp.org/llm-top-10/) Prompt Injection" in text
    assert "[ML06:2023](https://owasp.org/www-project-machine-learning-security-top-10/)" in text
    assert "| Controls missing | Sandboxing, Human in the loop |" in text
    assert "| Controls present | Input validation |" in text
    assert "| Declared at | threat\\_model.py:30 |" in text
    assert "path Customer → Chat API → Support LLM → Ticket agent → Shell" in text
    assert "model the whole model" in text


def test_phases_and_layers() -> None:
    text = to_markdown(build_report(), diagram=False)
    phases = text.split("\n## 6. By lifecycle phase")[1].split("\n## 7.")[0]
    assert [h for h in phases.splitlines() if h.startswith("### ")] == [
        "### Data collection &amp; preparation",
        "### Training &amp; fine-tuning",
        "### Model registry &amp; versioning",
        "### Inference &amp; serving",
    ]
    registry = phases.split("### Model registry")[1].split("###")[0]
    assert "**Mitigations in place:** Signed models" in registry
    assert "**Mitigations missing:** Audit logging" in registry
    training = phases.split("### Training")[1].split("###")[0]
    assert "**Risks:** none found" in training
    layers = text.split("\n## 7. Design decisions by layer")[1].split("\n## 8.")[0]
    assert [h for h in layers.splitlines() if h.startswith("### ")] == [
        "### Data",
        "### Model",
        "### Deployment",
        "### Process",
    ]
    deployment = layers.split("### Deployment")[1].split("###")[0]
    assert "- Rate limiting: Chat API" in deployment
    assert "- Sandboxing: would address [#1](#finding-1)" in deployment
    # the accepted finding's missing controls are not recommendations
    assert "Output filtering" not in layers


def test_requirements_register_and_appendix() -> None:
    text = to_markdown(build_report(), diagram=False)
    req = text.split("\n## 8. Profile requirements")[1].split("\n## 9.")[0]
    assert "| Red teaming before release | profile:high | **unmet** |" in req
    assert "| Access is authenticated | framework:soc2 | met |" in req
    reg = text.split("\n## 9. Risk register")[1].split("\n## 10.")[0]
    assert "tickets are redacted upstream" in reg
    assert "behind the CDN" in reg
    assert "**Expired entries**" in reg
    assert "Poisoned retrieval content" in reg
    assert "**Orphaned entries**" in reg
    assert "TG-000000000000" in reg
    appendix = text.split("\n## 10. Appendix")[1]
    assert "**Rule catalogue:** threatgraph-default 2026.11" in appendix
    assert "| MITRE ATLAS | 5.6.0 |" in appendix


def test_register_columns_when_the_register_is_given() -> None:
    report = build_report()
    accepted = report.findings[5]
    reg = Register.from_toml(
        f"""
        [findings.{accepted.id}]
        status = "accepted"
        owner = "alice@example.com"
        reason = "tickets are redacted upstream"
        expires = 2030-01-31
        ticket = "SEC-12"
        """
    )
    applied = reg.apply(
        build_report(
            findings=tuple(f if f.id != accepted.id else _reopen(f) for f in report.findings)
        ),
        today=dt.date(2026, 1, 1),
    )
    text = to_markdown(applied, register=reg, diagram=False)
    row = next(
        line
        for line in text.splitlines()
        if "tickets are redacted upstream" in line and line.startswith("| [#6]")
    )
    # a word joiner after the @ keeps GitHub from making the address a link
    assert "| accepted | alice@\u2060example.com | 2030-01-31 | SEC-12 |" in row


def _reopen(f):  # type: ignore[no-untyped-def]
    import attrs

    from threatgraph.vocab import Status

    return attrs.evolve(f, status=Status.OPEN, status_reason=None)


def test_incomplete_analysis_is_flagged() -> None:
    text = to_markdown(incomplete_report(), diagram=False)
    assert "**Analysis incomplete:** 1 rule error(s)" in text
    assert "ai/broken on element:shell: KeyError: 'x'" in text


@pytest.mark.parametrize("group_by", ["element", "stride", "actor"])
def test_grouping_lists_every_finding(group_by: str) -> None:
    report = build_report()
    text = to_markdown(report, group_by=group_by, diagram=False)
    threats = text.split("\n## 5.")[1].split("\n## 6.")[0]
    for f in report.findings:
        assert f'<a id="finding-{f.number}"></a>' in threats
        assert threats.count(f'<a id="finding-{f.number}"></a>') == 1


def test_grouping_headings() -> None:
    report = build_report()
    by_stride = to_markdown(report, group_by="stride", diagram=False)
    heads = [
        h[4:]
        for h in by_stride.split("\n## 5.")[1].split("\n## 6.")[0].splitlines()
        if h.startswith("### ")
    ]
    assert heads == [
        "Spoofing",
        "Tampering",
        "Repudiation",
        "Information disclosure",
        "Denial of service",
        "Elevation of privilege",
    ]
    by_element = to_markdown(report, group_by="element", diagram=False)
    assert "### The whole model" in by_element
    assert "### Shell (tool)" in by_element
    by_actor = to_markdown(report, group_by="actor", diagram=False)
    assert "### Hacktivist" in by_actor
    assert "### No in-scope actor reaches it" in by_actor


def test_bad_group_by_is_a_clear_error() -> None:
    with pytest.raises(InvalidValueError, match="group_by"):
        to_markdown(build_report(), group_by="colour")


def test_empty_report() -> None:
    report = build_report(
        findings=(), requirements=(), register_orphans=(), register_expired=(), notes=()
    )
    text = to_markdown(report, diagram=False)
    assert "No open findings." in text
    assert "No threats were found." in text
    assert "No accepted or false-positive findings." in text
    assert "The risk profile and frameworks add no requirements." in text


# --------------------------------------------------------------------------- diagram


def test_diagram_note_when_disabled() -> None:
    text = to_markdown(build_report(), diagram=False)
    assert (
        "threatgraph render TARGET --format svg"
        in text.split("\n## 4. Diagram")[1].split("\n## 5.")[0]
    )


def test_mermaid_block_uses_a_fence_longer_than_any_backtick_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = types.ModuleType("threatgraph.render.mermaid")
    fake.to_mermaid = lambda obj: 'flowchart LR\n  a["````` nasty"]\n'  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "threatgraph.render.mermaid", fake)
    import threatgraph.render

    monkeypatch.setattr(threatgraph.render, "mermaid", fake, raising=False)
    text = to_markdown(build_report())
    section = text.split("\n## 4. Diagram")[1].split("\n## 5.")[0]
    assert "``````mermaid\nflowchart LR\n" in section
    assert section.rstrip().endswith("``````")


# --------------------------------------------------------------------------- escaping


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a|b", "a\\|b"),
        ("`code`", "\\`code\\`"),
        ("*b* _i_", "\\*b\\* \\_i\\_"),
        ("[x](y)", "\\[x\\](y)"),
        ("<b>&", "&lt;b&gt;&amp;"),
        ("# h", "\\# h"),
        ("line1\nline2\r\nline3", "line1 line2 line3"),
        ("tab\tbell\x07", "tab\tbell"),
        ("back\\slash", "back\\\\slash"),
        ("![img](x)", "\\!\\[img\\](x)"),
        (42, "42"),
    ],
)
def test_md_escape(raw: object, escaped: str) -> None:
    assert md_escape(raw) == escaped


def test_hostile_strings_cannot_break_tables_or_inject_markup() -> None:
    text = to_markdown(hostile_report(), group_by="element", diagram=False)
    lines = text.splitlines()
    # tables keep their columns: every row has as many unescaped pipes as its header
    i = 0
    while i < len(lines):
        if lines[i].startswith("| ") and i + 1 < len(lines) and lines[i + 1].startswith("|---"):
            width = _unescaped_pipes(lines[i])
            j = i + 1
            while j < len(lines) and lines[j].startswith("|"):
                assert _unescaped_pipes(lines[j]) == width, lines[j]
                j += 1
            i = j
        else:
            i += 1
    # no raw HTML but the anchors the report itself writes
    for line in lines:
        stripped = re.sub(r'<a id="finding-\d+"></a>', "", line)
        assert "<" not in stripped, line
    # no link the report did not make, no heading the report did not make
    assert not re.search(r"(?<!\\)\]\(javascript", text)
    for line in lines:
        if line.startswith("#"):
            assert re.match(r"#{1,4} (Threat model: |\d+\. |[A-Z\\]|&lt;)", line), line
    # line breaks in user text never start a new line of their own
    assert not any(line.startswith(("| --- |", "\" '")) for line in lines)
    # the hostile text is still shown, escaped
    assert md_escape(HOSTILE) in text


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("- 19 can write", "\\- 19 can write"),  # would be a list item
        ("+ plus", "\\+ plus"),
        ("1. first", "1\\. first"),  # a numbered item
        ("12) twelfth", "12\\) twelfth"),
        ("===", "\\==="),  # a setext underline
        ("---", "\\---"),  # a thematic break
        ("    code", "&#32;   code"),  # an indented code block
        ("GPT-4", "GPT-4"),  # only what opens a block at the start changes
        ("1.5 Turbo", "1.5 Turbo"),
        ("-x", "-x"),
        ("a - b", "a - b"),
    ],
)
def test_md_escape_makes_a_leading_block_marker_inert(text: str, escaped: str) -> None:
    assert md_escape(text) == escaped


def test_target_label_is_public_and_names_targets_as_the_reports_do() -> None:
    from threatgraph.findings import Target
    from threatgraph.report import target_label

    system = build_report().system
    assert target_label(system, Target.model()) == "the whole model"
    assert target_label(system, Target.element("ticket-index")) == "Ticket index"
    assert target_label(system, Target.flow("customer->chat-api")) == "Customer → Chat API"
    path = Target.path(["customer", "chat-api", "support-llm"])
    assert target_label(system, path) == "Customer → Chat API → Support LLM"
    # ids the system does not know are shown as they are
    assert target_label(system, Target.element("gone")) == "gone"
    assert target_label(system, Target.flow("a->b")) == "a->b"


def test_the_markdown_writer_streams_the_same_text() -> None:
    """write_markdown writes as it goes; the text is to_markdown's."""
    import io

    from threatgraph.report.markdown import write_markdown

    report = build_report()
    for group_by in ("priority", "element", "stride", "actor"):
        buffer = io.StringIO()
        write_markdown(report, buffer, group_by=group_by)
        assert buffer.getvalue() == to_markdown(report, group_by=group_by)


@pytest.mark.parametrize(
    "calls",
    [
        [],
        [("line", "")],
        [("line", ""), ("line", "")],
        [("line", ""), ("line", "a")],
        [("blank",), ("line", "a"), ("blank",), ("blank",), ("line", "b"), ("line", "")],
        [("line", "a"), ("line", ""), ("line", ""), ("line", "b"), ("blank",)],
        [("heading", 2, "H"), ("bullets", ["x", "y"]), ("table", ["A"], [["1"], [""]])],
    ],
)
def test_the_streaming_writer_matches_joining_the_lines(calls: list[tuple[Any, ...]]) -> None:
    """The old writer kept a list of lines, collapsed blank runs in blank(), dropped
    trailing blank lines and joined with newlines; the streaming one must agree."""
    import io

    from threatgraph.report.markdown import _Writer

    lines: list[str] = []

    def blank() -> None:
        if lines and lines[-1] != "":
            lines.append("")

    buffer = io.StringIO()
    w = _Writer(buffer)
    for name, *args in calls:
        getattr(w, name)(*args)
        if name == "line":
            lines.append(args[0])
        elif name == "blank":
            blank()
        elif name == "heading":
            blank()
            lines.extend(["#" * args[0] + " " + args[1], ""])
        elif name == "bullets":
            lines.extend(f"- {i}" for i in args[0])
        elif name == "table":
            blank()
            lines.append("| " + " | ".join(args[0]) + " |")
            lines.append("|" + "|".join("---" for _ in args[0]) + "|")
            lines.extend("| " + " | ".join(c or "—" for c in row) + " |" for row in args[1])
            lines.append("")
    w.close()
    while lines and lines[-1] == "":
        lines.pop()
    assert buffer.getvalue() == "\n".join(lines) + "\n"


def test_a_finding_without_explanation_keeps_its_blank_lines() -> None:
    """A finding is written as one block when it has an explanation; one with an empty
    explanation goes line by line, where the empty line counts as a blank one: two blank
    lines then stand between the target line and the field table, as they always did."""
    import attrs

    from threatgraph.report.markdown import to_markdown

    report = build_report()
    first = report.findings[0]
    marked = attrs.evolve(
        report, findings=(attrs.evolve(first, explanation="MARK"), *report.findings[1:])
    )
    empty = attrs.evolve(
        report, findings=(attrs.evolve(first, explanation=""), *report.findings[1:])
    )
    with_mark = to_markdown(marked)
    assert with_mark.count("\n\nMARK\n\n| Field | Value |") == 1
    assert to_markdown(empty) == with_mark.replace("\n\nMARK\n\n| Field", "\n\n\n| Field")

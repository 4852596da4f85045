"""Mermaid export: a structural parse of every line, escaping, classes and determinism."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import threatgraph as tg
from _render_models import (
    NASTY,
    check_golden_diagram,
    finding,
    nasty_model,
    nasty_report,
    rag_model,
    rag_report,
    report,
    training_model,
    training_report,
)
from threatgraph.findings import Report, Target
from threatgraph.render import to_mermaid, write
from threatgraph.render._text import clean
from threatgraph.vocab import Severity, Status

# --------------------------------------------------------------------------- a small parser

_ID = r"[A-Za-z_][A-Za-z0-9_]*"
_SHAPES = [
    (r'\(\(\("', r'"\)\)\)'),
    (r'\(\["', r'"\]\)'),
    (r'\[\("', r'"\)\]'),
    (r'\[\["', r'"\]\]'),
    (r'\(\("', r'"\)\)'),
    (r'\{\{"', r'"\}\}'),
    (r'\[/"', r'"/\]'),
    (r'\[\\"', r'"\\\]'),
    (r'\[/"', r'"\\\]'),
    (r'\[\\"', r'"/\]'),
    (r'>"', r'"\]'),
    (r'\["', r'"\]'),
    (r'\("', r'"\)'),
]
_LABEL = r'[^"]*'
NODE = re.compile(
    rf"^(?P<id>{_ID})(?:"
    + "|".join(f"{o}{_LABEL}{c}" for o, c in _SHAPES)
    + rf")(?::::(?P<cls>{_ID}))?$"
)
EDGE = re.compile(rf'^(?P<a>{_ID}) (?P<arrow>-->|==>)\|"(?P<label>{_LABEL})"\| (?P<b>{_ID})$')
SUBGRAPH = re.compile(rf'^subgraph (?P<id>{_ID})\["(?P<label>{_LABEL})"\]$')
CLASSDEF = re.compile(rf"^classDef (?P<name>{_ID}) [a-z-]+:[^ ]+(?:,[a-z-]+:[^,]+)*$")
CLASS = re.compile(rf"^class (?P<ids>{_ID}(?:,{_ID})*) (?P<name>{_ID})$")
STYLE = re.compile(rf"^style (?P<id>{_ID}) [a-z-]+:.+$")
LINKSTYLE = re.compile(
    r"^linkStyle (?P<idx>\d+(?:,\d+)*) stroke:#[0-9a-f]{6},stroke-width:[0-9.]+px$"
)
_ENTITY = re.compile(r"#(?:quot|amp|lt|gt|\d+);")


@attrs.define
class Chart:
    """What a Mermaid flowchart declares, read back from the text."""

    direction: str = ""
    nodes: dict[str, str] = attrs.field(factory=dict)  # id -> label
    subgraphs: dict[str, tuple[str, str | None]] = attrs.field(factory=dict)  # id -> label, parent
    parent_of: dict[str, str | None] = attrs.field(factory=dict)  # node id -> subgraph id
    edges: list[tuple[str, str, str, str]] = attrs.field(factory=list)  # a, arrow, label, b
    class_defs: set[str] = attrs.field(factory=set)
    classes: dict[str, str] = attrs.field(factory=dict)  # node id -> class
    styled: set[str] = attrs.field(factory=set)
    link_styles: list[int] = attrs.field(factory=list)


def parse(text: str) -> Chart:
    """Parse the subset of Mermaid that to_mermaid writes; fail on anything else."""
    chart = Chart()
    lines = text.split("\n")
    assert lines[-1] == "", "the text ends with a newline"
    assert lines[0].startswith("%% threatgraph: ")
    header = re.fullmatch(r"flowchart (LR|TB)", lines[1])
    assert header, lines[1]
    chart.direction = header.group(1)
    stack: list[str] = []
    for raw in lines[2:-1]:
        line = raw.strip()
        indent = len(raw) - len(raw.lstrip(" "))
        assert raw == raw.rstrip(), f"trailing space: {raw!r}"
        if m := SUBGRAPH.match(line):
            assert m.group("id") not in chart.subgraphs, m.group("id")
            chart.subgraphs[m.group("id")] = (m.group("label"), stack[-1] if stack else None)
            stack.append(m.group("id"))
            assert indent == 2 * len(stack)
        elif line == "end":
            assert stack, "unbalanced end"
            stack.pop()
        elif re.fullmatch(r"direction (LR|TB)", line):
            assert stack, "direction outside a subgraph"
        elif m := NODE.match(line):
            nid = m.group("id")
            assert nid not in chart.nodes, f"node {nid} declared twice"
            label = line[len(nid) :]
            chart.nodes[nid] = label
            chart.parent_of[nid] = stack[-1] if stack else None
            if m.group("cls"):
                chart.classes[nid] = m.group("cls")
        elif m := EDGE.match(line):
            assert not stack, "edges are declared at the top level"
            chart.edges.append((m.group("a"), m.group("arrow"), m.group("label"), m.group("b")))
        elif m := CLASSDEF.match(line):
            chart.class_defs.add(m.group("name"))
        elif m := CLASS.match(line):
            for nid in m.group("ids").split(","):
                assert nid not in chart.classes, f"{nid} has two classes"
                chart.classes[nid] = m.group("name")
        elif m := STYLE.match(line):
            chart.styled.add(m.group("id"))
        elif m := LINKSTYLE.match(line):
            chart.link_styles.extend(int(i) for i in m.group("idx").split(","))
        else:
            raise AssertionError(f"unexpected Mermaid line: {raw!r}")
    assert not stack, "unclosed subgraph"
    # cross references
    for a, _, _, b in chart.edges:
        assert a in chart.nodes, a
        assert b in chart.nodes, b
    for nid, cls in chart.classes.items():
        assert nid in chart.nodes, nid
        assert cls in chart.class_defs, cls
    for sid in chart.styled:
        assert sid in chart.nodes or sid in chart.subgraphs, sid
    assert sorted(chart.link_styles) == list(range(len(chart.edges)))
    ids = set(chart.nodes) | set(chart.subgraphs)
    assert not {i.lower() for i in ids} & {"end", "graph", "subgraph", "style", "class"}
    return chart


def check_label(label: str) -> None:
    """A label holds only escaped text, entity codes and <b>, </b>, <br/>."""
    body = re.sub(r"^[^\"]*\"|\"[^\"]*$", "", label) if label.count('"') == 2 else label
    assert '"' not in body
    assert "%" not in body, body
    without_tags = re.sub(r"</?b>|<br/>", "", body)
    assert "<" not in without_tags, body
    assert ">" not in without_tags, body
    assert "|" not in body
    assert "`" not in body
    assert "#" not in _ENTITY.sub("", body), body


def decode(label: str) -> str:
    """The text a label shows, for comparisons."""
    inner = label[label.index('"') + 1 : label.rindex('"')] if '"' in label else label
    inner = re.sub(r"</?b>", "", inner).replace("<br/>", "\n")
    named = {"quot": '"', "amp": "&", "lt": "<", "gt": ">"}
    return re.sub(
        r"#(quot|amp|lt|gt|\d+);",
        lambda m: named.get(m.group(1)) or chr(int(m.group(1))),
        inner,
    )


def all_labels(chart: Chart) -> list[str]:
    out = list(chart.nodes.values())
    out += [f'"{lbl}"' for lbl, _ in chart.subgraphs.values()]
    out += [f'"{e[2]}"' for e in chart.edges]
    return out


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def rag() -> Report:
    return rag_report(rag_model().freeze())


# --------------------------------------------------------------------------- structure


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"show_mitigated": True},
        {"direction": "TB", "legend": False},
        {"boundary": "production-vpc", "collapse": {"payments-enclave"}},
        {"collapse_all": True},
        {"focus": "support-agent", "hops": 1},
        {"phase": "data"},
        {"threats": False},
    ],
)
def test_every_view_parses(rag: Report, kwargs: dict[str, object]) -> None:
    chart = parse(to_mermaid(rag, **kwargs))
    for label in all_labels(chart):
        check_label(label)


def test_boundaries_are_nested_subgraphs_styled_by_trust(rag: Report) -> None:
    chart = parse(to_mermaid(rag, legend=False))
    assert set(chart.subgraphs) == {f"b_{b.id.replace('-', '_')}" for b in rag.system.boundaries}
    assert chart.subgraphs["b_payments_enclave"][1] == "b_production_vpc"
    assert chart.subgraphs["b_production_vpc"][1] is None
    assert "trust: restricted" in chart.subgraphs["b_payments_enclave"][0]
    assert set(chart.subgraphs) <= chart.styled
    text = to_mermaid(rag)
    assert re.search(r"style b_internet .*stroke-dasharray", text)
    assert not re.search(r"style b_production_vpc .*stroke-dasharray", text)
    # elements sit in their boundary
    assert chart.parent_of["e_refund_tool"] == "b_payments_enclave"
    assert chart.parent_of["e_customer"] == "b_internet"


def test_flows_are_numbered_and_crossings_are_thick(rag: Report) -> None:
    s = rag.system
    chart = parse(to_mermaid(s, legend=False))
    assert len(chart.edges) == len(s.all_flows)
    for a, arrow, label, b in chart.edges:
        flow = s.flows(source=a[2:].replace("_", "-"), target=b[2:].replace("_", "-"))[0]
        assert label.startswith(f"{s.number_of(flow)}. ")
        assert (arrow == "==>") == (s.crossing(flow) is not None)
    assert "Support tickets (PII)" in to_mermaid(s)


def test_severity_classes_follow_the_badges(rag: Report) -> None:
    chart = parse(to_mermaid(rag, legend=False))
    assert chart.classes["e_support_agent"] == "sev_critical"
    assert chart.classes["e_ticket_index"] == "sev_high"
    assert chart.classes["e_hosted_llm"] == "sev_info"
    assert "e_customer" not in chart.classes  # its only finding is accepted
    agent = decode(chart.nodes["e_support_agent"])
    numbers = sorted(f.number for f in rag.open() if f.target.ids == ("support-agent",))
    assert agent.splitlines()[-2:] == [f"1 CRITICAL: #{numbers[0]}", f"1 HIGH: #{numbers[1]}"]
    mitigated = parse(to_mermaid(rag, show_mitigated=True, legend=False))
    assert mitigated.classes["e_chat_api"] == "mitigated"  # its only finding is mitigated
    assert "1 mitigated: #" in decode(mitigated.nodes["e_chat_api"])
    hidden = parse(to_mermaid(rag, threats=False, legend=False))
    assert not hidden.classes


def test_model_findings_and_mitigated_flows(rag: Report) -> None:
    text = to_mermaid(rag, show_mitigated=True)
    flow = next(f for f in rag.findings if f.status is Status.MITIGATED and f.target.kind == "flow")
    chart = parse(text)
    edge = next(e for e in chart.edges if f"mitigated: #{flow.number}" in decode(f'"{e[2]}"'))
    assert edge[0] == "e_public_help_pages"


def test_collapsed_boundaries_and_stubs(rag: Report) -> None:
    chart = parse(to_mermaid(rag, boundary="production-vpc", collapse={"payments-enclave"}))
    assert "c_payments_enclave" in chart.nodes
    assert chart.nodes["c_payments_enclave"].startswith('((("')
    assert "e_refund_tool" not in chart.nodes
    assert chart.classes["e_customer"] == "stub"
    assert "outside: Internet (untrusted)" in decode(chart.nodes["e_customer"]).replace("\n", " ")
    merged = [e for e in chart.edges if e[3] == "c_payments_enclave"]
    assert len(merged) == 1


def test_legend_lists_kinds_and_severities(rag: Report) -> None:
    chart = parse(to_mermaid(rag))
    legend = {nid for nid, parent in chart.parent_of.items() if parent == "legend"}
    kinds = {decode(chart.nodes[n]) for n in legend}
    assert {"LLM", "tool", "vector store", "CRITICAL", "INFO"} <= kinds
    assert "legend" not in parse(to_mermaid(rag, legend=False)).subgraphs


# --------------------------------------------------------------------------- escaping


def test_hostile_text_is_escaped_and_survives() -> None:
    r = nasty_report(nasty_model().freeze())
    text = to_mermaid(r, show_mitigated=True)
    chart = parse(text)
    labels = all_labels(chart)
    for label in labels:
        check_label(label)
    shown = "\n".join(decode(lbl) for lbl in labels)
    for fragment in (
        "<script>alert('x')",
        'Quote " and \\" and',
        "{x} | pipes |",
        "<angle> & ampersand",
        "\\N \\G \\l \\n",
        "🤖🔥",
        "שירות לקוחות مساعد",
        "%%{init: {'theme':'dark'}}%%",
        "#quot; #35; `tick`",
    ):
        assert fragment in shown, fragment
    # no directive or comment can be smuggled in through user text
    assert "%%{" not in text
    assert text.count("%%") == 1
    assert "\x00" not in text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(
        st.text(min_size=1, max_size=60).filter(lambda s: s.strip()), min_size=4, max_size=4
    )
)
def test_any_text_keeps_the_structure(names: list[str]) -> None:
    tm = tg.ThreatModel(names[0])
    with tm.boundary(names[1], trust="untrusted", id="outside"):
        a = tm.add(tg.Actor(names[2], id="a"))
    b = tm.add(tg.Tool(names[3], id="b"))
    tm.flow(a, b, tg.Data(names[0], id="d"), protocol=names[1], label=names[3])
    s = tm.freeze()
    r = report(s, [finding("x", Target.element("b"), Severity.HIGH, title=names[2])])
    chart = parse(to_mermaid(r))
    for label in all_labels(chart):
        check_label(label)
    name = clean(names[3]).split()
    if name and len(name[0]) < 20:
        assert name[0] in decode(chart.nodes["e_b"])


def test_ids_are_safe_and_distinct() -> None:
    tm = tg.ThreatModel("ids")
    tm.add(tg.Service("one", id="a-b"))
    tm.add(tg.Service("two", id="a_b"))
    tm.add(tg.Service("three", id="a:b"))
    tm.add(tg.Service("four", id="end"))
    tm.add(tg.Service("five", id="x" * 90))
    chart = parse(to_mermaid(tm, legend=False))
    assert len(chart.nodes) == 5
    assert all(len(n) < 60 for n in chart.nodes)


# --------------------------------------------------------------------------- determinism and files


def test_deterministic_and_independent_of_declaration_order() -> None:
    forward = to_mermaid(rag_report(rag_model().freeze()))
    backward = to_mermaid(rag_report(rag_model(reverse=True).freeze()))
    assert forward == backward
    assert forward == to_mermaid(rag_report(rag_model().freeze()))


def test_golden_mermaid(rag: Report) -> None:
    check_golden_diagram("rag.mmd", to_mermaid(rag, show_mitigated=True))
    check_golden_diagram(
        "training-collapsed.mmd",
        to_mermaid(training_report(training_model().freeze()), collapse_all=True, direction="TB"),
    )


def test_markdown_file_is_a_mermaid_block(rag: Report, tmp_path: object) -> None:
    from pathlib import Path

    path = write(rag, Path(str(tmp_path)) / "model.md")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("```mermaid\n")
    assert text.endswith("\n```\n")
    parse(text[len("```mermaid\n") : -len("```\n")])


def test_nasty_constants_are_all_used() -> None:
    # every hostile string lands somewhere in the nasty model's Mermaid
    text = to_mermaid(nasty_report(nasty_model().freeze()))
    shown = "\n".join(decode(lbl) for lbl in all_labels(parse(text)))
    for item in NASTY:
        start = clean(item).split()[0][:10]
        assert start in shown, start

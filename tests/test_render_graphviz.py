"""Graphviz diagrams: golden DOT, determinism, escaping, badges, views, formats, notebooks."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import graphviz
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import threatgraph as tg
from _render_models import (
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
from threatgraph.errors import (
    GraphvizNotFoundError,
    InvalidTypeError,
    InvalidValueError,
    NotFoundError,
    RenderError,
    UnknownFieldError,
)
from threatgraph.findings import Report, Target
from threatgraph.notebook import mimebundle
from threatgraph.render import DiagramOptions, render, to_digraph, to_dot, write
from threatgraph.render import _style as style
from threatgraph.vocab import Severity, Status

HAS_DOT = shutil.which("dot") is not None
requires_dot = pytest.mark.skipif(
    not HAS_DOT,
    reason="Graphviz's `dot` is not installed (apt-get install graphviz / brew install "
    "graphviz); DOT text is still tested, running it through dot is not",
)
SVG_NS = "{http://www.w3.org/2000/svg}"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def rag() -> Report:
    return rag_report(rag_model().freeze())


@pytest.fixture(scope="module")
def training() -> Report:
    return training_report(training_model().freeze())


@pytest.fixture(scope="module")
def nasty() -> Report:
    return nasty_report(nasty_model().freeze())


# --------------------------------------------------------------------------- DOT parsing helpers

_NAME = r'"(?:[^"\\]|\\.)*"|[^\s\[\]"]+'
_STATEMENT = re.compile(rf"^\s*({_NAME})(?:\s*->\s*({_NAME}))?\s*\[(.*)\]$")


def _unquote(name: str) -> str:
    if name.startswith('"'):
        return re.sub(r"\\(.)", r"\1", name[1:-1])
    return name


def nodes_of(dot: str) -> dict[str, str]:
    """Node name -> its attribute text, for every node statement."""
    out = {}
    for line in dot.splitlines():
        m = _STATEMENT.match(line)
        if m and m.group(2) is None and m.group(1) not in ("graph", "node", "edge"):
            out[_unquote(m.group(1))] = m.group(3)
    return out


def edges_of(dot: str) -> list[tuple[str, str, str]]:
    """(tail, head, attribute text) for every edge statement, in order."""
    out = []
    for line in dot.splitlines():
        m = _STATEMENT.match(line)
        if m and m.group(2) is not None:
            out.append((_unquote(m.group(1)), _unquote(m.group(2)), m.group(3)))
    return out


def label_of(attributes: str) -> str:
    """The HTML-like label of a statement (a table, or plain text for legend samples)."""
    m = re.search(r"label=<(<TABLE.*</TABLE>)>", attributes) or re.search(
        r"label=<([^<>]*)>", attributes
    )
    assert m, attributes
    return m.group(1)


def numbers_in(attributes: str) -> set[int]:
    """Finding numbers shown on a badge (the ``#n`` cells of the label)."""
    return {int(n) for n in re.findall(r"(?<!\")#(\d+)(?![0-9a-fA-F])", label_of(attributes))}


def graph_label(dot: str) -> str:
    line = next(x for x in dot.splitlines() if x.lstrip().startswith("graph ["))
    return label_of(line)


def run_dot(source: str, fmt: str = "svg") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        ["dot", f"-T{fmt}"], input=source.encode("utf-8"), capture_output=True, check=False
    )


def svg_text(svg: bytes) -> str:
    """All the text the SVG shows, joined (wrapped labels become one string per line)."""
    root = ET.fromstring(svg)
    return "\n".join("".join(t.itertext()) for t in root.iter(f"{SVG_NS}text"))


# --------------------------------------------------------------------------- golden files


def _golden_cases() -> dict[str, str]:
    rag_s = rag_model().freeze()
    training_s = training_model().freeze()
    nasty_s = nasty_model().freeze()
    return {
        "rag.dot": to_dot(rag_report(rag_s)),
        "rag-structure.dot": to_dot(rag_s),
        "rag-boundary-view.dot": to_dot(
            rag_report(rag_s),
            boundary="production-vpc",
            collapse={"payments-enclave"},
            show_mitigated=True,
        ),
        "training-tb.dot": to_dot(training_report(training_s), direction="TB"),
        "training-phase.dot": to_dot(training_report(training_s), phase="training"),
        "hostile-text.dot": to_dot(nasty_report(nasty_s), show_mitigated=True),
    }


GOLDEN = _golden_cases()


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden_dot(name: str) -> None:
    check_golden_diagram(name, GOLDEN[name])


@requires_dot
@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_dot_accepts_every_golden_file_without_warnings(name: str) -> None:
    done = run_dot(GOLDEN[name])
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b"", done.stderr.decode()
    ET.fromstring(done.stdout)  # well-formed SVG


# --------------------------------------------------------------------------- determinism


def test_same_model_gives_the_same_bytes() -> None:
    first = to_dot(rag_report(rag_model().freeze()))
    second = to_dot(rag_report(rag_model().freeze()))
    assert first == second
    assert to_dot(training_report(training_model().freeze())) == to_dot(
        training_report(training_model().freeze())
    )


def test_declaration_order_does_not_change_the_output() -> None:
    forward = rag_model().freeze()
    backward = rag_model(reverse=True).freeze()
    assert to_dot(rag_report(forward)) == to_dot(rag_report(backward))
    assert to_dot(forward, collapse_all=True) == to_dot(backward, collapse_all=True)


# --------------------------------------------------------------------------- escaping


def test_user_markup_never_reaches_the_dot_raw(nasty: Report) -> None:
    dot = to_dot(nasty, show_mitigated=True)
    labels = [label_of(a) for a in nodes_of(dot).values()]
    labels += [label_of(a) for _, _, a in edges_of(dot) if "label=" in a]
    labels.append(graph_label(dot))
    for label in labels:
        assert "<script>" not in label
        assert "<b>bold</b>" not in label
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in dot
    # tooltips are plain quoted strings: quotes escaped, markup left as text
    assert "tooltip=\"<script>alert('x')</script><b>bold</b> (untrusted)\"" in dot
    # backslashes are doubled so that \N and \G are not expanded by Graphviz
    assert "\\\\N \\\\G" in dot
    # control characters are dropped, not passed to dot
    assert "\x00" not in dot
    assert "\x07" not in dot


def test_awkward_ids_become_safe_node_names(nasty: Report) -> None:
    dot = to_dot(nasty)
    names = set(nodes_of(dot))
    # 'actor:"1"\' and 'svc:port:n' would be read as ports or break quoting
    assert not any(":" in n or "\\" in n for n in names)
    assert "node" in names  # a DOT keyword as an id is simply quoted
    assert "end" in names
    for tail, head, _ in edges_of(dot):
        assert tail in names
        assert head in names


@requires_dot
def test_hostile_text_renders_literally_in_svg(nasty: Report) -> None:
    svg = render(nasty, "svg", show_mitigated=True)
    root = ET.fromstring(svg)
    assert not any(el.tag.endswith("script") for el in root.iter())
    text = svg_text(svg)
    for fragment in (
        "alert('x')",
        "<b>bold",
        'Quote " and \\" and',
        "{x} | pipes |",
        "<angle> & ampersand",
        "\\N \\G \\l \\n",
        "🤖🔥",
        "שירות לקוחות مساعد",
        "%%{init: {'theme':'dark'}}%%",
        "trailing backslash \\",
    ):
        assert fragment in text, fragment
    assert "Line one" in text
    assert "Line two" in text
    # the long name is wrapped and cut with an ellipsis, not left 150 characters wide
    assert "goes on…" in text
    assert max(len(line) for line in text.splitlines()) < 100


@requires_dot
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    names=st.lists(
        st.text(min_size=1, max_size=80).filter(lambda s: s.strip()), min_size=5, max_size=5
    )
)
def test_dot_accepts_any_text(names: list[str]) -> None:
    tm = tg.ThreatModel(names[0])
    with tm.boundary(names[1], trust="untrusted", id="b1"):
        a = tm.add(tg.Actor(names[2], id="a", description=names[4]))
    with tm.boundary(names[3], trust="internal", id="b2"):
        b = tm.add(tg.LLM(names[4], id="b"))
    tm.flow(a, b, tg.Data(names[0], id="d"), protocol=names[1], label=names[2])
    s = tm.freeze()
    r = report(
        s,
        [
            finding("r1", Target.element("a"), Severity.HIGH, title=names[3]),
            finding("r2", Target.flow(s.all_flows[0].id), Severity.LOW, title=names[2]),
            finding("r3", Target.model(), Severity.INFO, title=names[0]),
        ],
    )
    for source in (to_dot(r), to_dot(r, collapse_all=True, direction="TB")):
        done = run_dot(source)
        assert done.returncode == 0, done.stderr.decode()
        ET.fromstring(done.stdout)


# --------------------------------------------------------------------------- badges


def _expected_numbers(r: Report, *, mitigated: bool = False) -> dict[str, set[int]]:
    """Where each shown finding's number belongs: node name, flow id or 'model'."""
    out: dict[str, set[int]] = {}
    for f in r.findings:
        if not (f.is_open or (mitigated and f.status is Status.MITIGATED)):
            continue
        key = "model" if f.target.kind == "model" else f.target.primary
        out.setdefault(key, set()).add(f.number)
    return out


@pytest.mark.parametrize("mitigated", [False, True])
def test_badges_carry_the_report_numbers_on_their_targets(rag: Report, mitigated: bool) -> None:
    dot = to_dot(rag, show_mitigated=mitigated, legend=False)
    expected = _expected_numbers(rag, mitigated=mitigated)
    nodes = nodes_of(dot)
    for e in rag.system.all_elements:
        assert numbers_in(nodes[e.id]) == expected.get(e.id, set()), e.id
    for tail, head, attrs_ in edges_of(dot):
        flow = rag.system.flows(source=tail, target=head)[0]
        assert numbers_in(attrs_) == expected.get(flow.id, set())
    assert numbers_in(graph_label(dot).join(["label=<", ">"])) == expected["model"]
    accepted = [f for f in rag.findings if f.status is Status.ACCEPTED]
    assert accepted
    for f in accepted:
        assert not any(f.number in numbers_in(a) for a in nodes.values())


def test_badge_rows_go_from_the_most_severe_down(rag: Report) -> None:
    label = label_of(nodes_of(to_dot(rag))["support-agent"])
    critical = label.index(style.SEVERITY[Severity.CRITICAL].fill)
    high = label.index(style.SEVERITY[Severity.HIGH].fill)
    assert critical < high
    assert "1 CRITICAL" in label
    assert "1 HIGH" in label


def test_path_findings_sit_on_the_last_element(rag: Report) -> None:
    path = next(f for f in rag.findings if f.target.kind == "path")
    nodes = nodes_of(to_dot(rag))
    assert path.number in numbers_in(nodes[path.target.primary])
    assert path.number not in numbers_in(nodes[path.target.ids[0]])


def test_many_findings_are_summarised(training: Report) -> None:
    label = label_of(nodes_of(to_dot(training))["fraud-classifier"])
    low = [f for f in training.open() if f.target.primary == "fraud-classifier"]
    low = [f for f in low if f.severity is Severity.LOW]
    assert len(low) > 18
    assert f"{len(low)} LOW" in label
    # at most three lines of six numbers, the rest counted
    assert f"+{len(low) - 17}" in label
    assert len(numbers_in(nodes_of(to_dot(training))["fraud-classifier"])) <= 19


def test_model_wide_findings_and_incomplete_analysis_are_in_the_title(
    rag: Report, training: Report
) -> None:
    title = graph_label(to_dot(rag))
    model_finding = next(f for f in rag.findings if f.target.kind == "model")
    assert "model-wide findings" in title
    assert f"#{model_finding.number}" in title
    assert "analysis incomplete: 1 rule error" in graph_label(to_dot(training))


def test_flow_numbers_match_the_system(rag: Report) -> None:
    s = rag.system
    for tail, head, attrs_ in edges_of(to_dot(s, legend=False)):
        flow = s.flows(source=tail, target=head)[0]
        assert re.search(rf"<B> {s.number_of(flow)} </B>", attrs_), flow.id


def test_crossing_flows_stand_out(rag: Report) -> None:
    s = rag.system
    for tail, head, attrs_ in edges_of(to_dot(s, legend=False)):
        flow = s.flows(source=tail, target=head)[0]
        if s.crossing(flow) is not None:
            assert f'color="{style.CROSSING_COLOUR}"' in attrs_
            assert "penwidth=2.6" in attrs_
        else:
            assert f'color="{style.FLOW_COLOUR}"' in attrs_
            assert "penwidth=1.2" in attrs_


# --------------------------------------------------------------------------- boundaries and shapes


def test_nested_boundaries_are_nested_clusters_styled_by_trust(rag: Report) -> None:
    dot = to_dot(rag.system, legend=False)
    lines = dot.splitlines()
    vpc = next(i for i, x in enumerate(lines) if "cluster_production-vpc" in x)
    enclave = next(i for i, x in enumerate(lines) if "cluster_payments-enclave" in x)
    depth = len(lines[vpc]) - len(lines[vpc].lstrip("\t"))
    assert vpc < enclave
    assert len(lines[enclave]) - len(lines[enclave].lstrip("\t")) == depth + 1
    clusters = {
        m.group(1): lines[i + 1]
        for i, x in enumerate(lines)
        if (m := re.search(r'subgraph "?cluster_([^"\s]+)"? \{', x))
    }
    for bid, attrs_ in clusters.items():
        trust = rag.system.boundary(bid).trust
        assert f"trust: {trust.value}" in attrs_
        dashed = "dashed" in attrs_.split("style=")[1].split(" ")[0]
        assert dashed == (trust in (tg.Trust.UNTRUSTED, tg.Trust.PARTNER)), bid


def test_every_kind_has_its_own_shape() -> None:
    looks = {
        (style.kind_style(k).shape, style.kind_style(k).peripheries, style.kind_style(k).style)
        for k in style.KIND_ORDER
    }
    assert len(looks) == len(style.KIND_ORDER) == len(tg.elements.KINDS)


def test_labels_name_the_element_and_its_key_facts(rag: Report) -> None:
    nodes = nodes_of(to_dot(rag.system))
    assert "LLM · third-party API" in label_of(nodes["hosted-llm"])
    assert "shape=hexagon" in nodes["hosted-llm"]
    assert "peripheries=2" in nodes["hosted-llm"]
    assert "execute code" in label_of(nodes["diagnostics-shell"])
    assert "third-party" in label_of(nodes["diagnostics-shell"])
    assert "shape=component" in nodes["diagnostics-shell"]


def test_the_key_is_part_of_the_title_and_takes_no_place_in_the_layout(rag: Report) -> None:
    """The key is a table in the graph's label: no sample nodes or legend cluster stretch
    the ranks (it took a third of a small diagram); each node's label names its kind."""
    dot = to_dot(rag)
    key = graph_label(dot)
    for trust in tg.Trust:
        assert trust.value in key
    for sev in Severity:
        assert style.SEVERITY[sev].fill in key
    assert "crosses a trust boundary" in key
    assert nodes_of(dot).keys() == {e.id for e in rag.system.all_elements}
    assert dot.count("subgraph") == len(rag.system.boundaries)
    plain = to_dot(rag, legend=False)
    assert "crosses a trust boundary" not in plain
    assert "Support assistant" in graph_label(plain)


def test_the_key_explains_collapsed_focus_and_faded_nodes_only_when_drawn(rag: Report) -> None:
    assert "collapsed boundary" not in graph_label(to_dot(rag))
    assert "collapsed boundary" in graph_label(to_dot(rag, collapse_all=True))
    llm = next(e for e in rag.system.all_elements if e.kind == "llm")
    assert "the focus" in graph_label(to_dot(rag, focus=llm.id))
    vpc = next(b for b in rag.system.boundaries if b.name == "Production VPC")
    assert "outside the view" in graph_label(to_dot(rag, boundary=vpc.id))


def test_a_boundary_called_legend_is_an_ordinary_cluster() -> None:
    tm = tg.ThreatModel("names")
    with tm.boundary("Legend", trust="internal"):
        tm.add(tg.Service("legend"))
    dot = to_dot(tm)
    assert "subgraph cluster_legend {" in dot
    assert set(nodes_of(dot)) == {"legend"}


# --------------------------------------------------------------------------- views


def test_min_severity_filters_badges(rag: Report) -> None:
    dot = to_dot(rag, min_severity="high", legend=False)
    shown = set().union(*(numbers_in(a) for a in nodes_of(dot).values()))
    expected = {f.number for f in rag.open() if f.severity >= Severity.HIGH}
    assert shown | {n for _, _, a in edges_of(dot) for n in numbers_in(a)} >= expected
    low = {f.number for f in rag.open() if f.severity < Severity.HIGH}
    assert not shown & low
    assert "at or above high" in graph_label(dot)


def test_threats_can_be_hidden(rag: Report) -> None:
    dot = to_dot(rag, threats=False, legend=False)
    for sev in Severity:
        assert f'BGCOLOR="{style.SEVERITY[sev].fill}"' not in dot
    assert not any(numbers_in(a) for a in nodes_of(dot).values())
    assert "threats hidden" in dot
    assert "threats not analysed" in to_dot(rag.system)


def test_boundary_view_draws_one_boundary_and_faded_neighbours(rag: Report) -> None:
    dot = to_dot(rag, boundary="production-vpc", legend=False)
    nodes = nodes_of(dot)
    inside = {e.id for e in rag.system.elements_in("production-vpc")}
    stubs = {"customer", "hosted-llm", "public-help-pages"}
    assert set(nodes) == inside | stubs
    for stub in stubs:
        assert "dashed" in nodes[stub]
        assert "outside:" in label_of(nodes[stub])
        assert not numbers_in(nodes[stub])
    assert "cluster_internet" not in dot
    assert "cluster_payments-enclave" in dot


def test_focus_view_keeps_the_neighbourhood(rag: Report) -> None:
    one = set(nodes_of(to_dot(rag, focus="ticket-index", legend=False)))
    assert one == {"ticket-index", "indexer", "support-agent"}
    assert set(nodes_of(to_dot(rag, focus="ticket-index", hops=0, legend=False))) == {
        "ticket-index"
    }
    two = set(nodes_of(to_dot(rag, focus="ticket-index", hops=2, legend=False)))
    assert two > one
    assert "penwidth=3" in nodes_of(to_dot(rag, focus="ticket-index"))["ticket-index"]


def test_collapsed_boundary_is_one_node_with_merged_flows_and_findings(rag: Report) -> None:
    dot = to_dot(rag, collapse={"payments-enclave"}, legend=False)
    nodes = nodes_of(dot)
    assert "b~payments-enclave" in nodes
    assert "refund-tool" not in nodes
    assert "diagnostics-shell" not in nodes
    collapsed = nodes["b~payments-enclave"]
    assert "peripheries=2" in collapsed
    inside = {
        f.number for f in rag.open() if f.target.primary in ("refund-tool", "diagnostics-shell")
    }
    assert numbers_in(collapsed) == inside
    merged = [a for t, h, a in edges_of(dot) if h == "b~payments-enclave"]
    assert len(merged) == 1
    numbers = sorted(
        rag.system.number_of(f)
        for f in rag.system.all_flows
        if f.target in ("refund-tool", "diagnostics-shell")
    )
    assert f"<B> {', '.join(map(str, numbers))} </B>" in merged[0]


def test_collapse_all_draws_the_top_level_boundaries(rag: Report) -> None:
    dot = to_dot(rag, collapse_all=True, legend=False)
    assert set(nodes_of(dot)) == {"b~internet", "b~llm-vendor", "b~production-vpc"}
    assert "subgraph" not in dot
    vpc_ids = {e.id for e in rag.system.elements_in("production-vpc")}
    vpc_flows = {f.id for f in rag.system.all_flows if f.source in vpc_ids and f.target in vpc_ids}
    expected = {
        f.number for f in rag.open() if f.target.primary in vpc_ids or f.target.primary in vpc_flows
    }
    assert numbers_in(nodes_of(dot)["b~production-vpc"]) == expected


def test_phase_view_selects_elements_and_findings(rag: Report) -> None:
    dot = to_dot(rag, phase="data", legend=False)
    assert set(nodes_of(dot)) == {"public-help-pages", "indexer", "ticket-index"}
    shown = {n for a in nodes_of(dot).values() for n in numbers_in(a)}
    data = {f.number for f in rag.open() if tg.Phase.DATA in f.phases}
    assert shown == data
    assert "Data collection" in graph_label(dot)


def test_direction(rag: Report) -> None:
    assert "rankdir=TB" in to_dot(rag, direction="tb")
    assert "rankdir=LR" in to_dot(rag)


# --------------------------------------------------------------------------- options and errors


def test_options_object_and_keyword_overrides(rag: Report) -> None:
    opts = DiagramOptions(min_severity="high", collapse="payments-enclave")
    assert opts.collapse == frozenset({"payments-enclave"})
    assert opts.min_severity is Severity.HIGH
    dot = to_dot(rag, opts, direction="TB")
    assert "rankdir=TB" in dot
    assert "b~payments-enclave" in dot
    assert to_dot(rag, opts) == to_dot(rag, min_severity="high", collapse={"payments-enclave"})
    # elements and boundaries are accepted for ids
    llm = rag.system.element("hosted-llm")
    assert DiagramOptions(focus=llm).focus == "hosted-llm"


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"min_sev": "high"}, UnknownFieldError, "min_severity"),
        ({"direction": "up"}, InvalidValueError, "'LR'"),
        ({"hops": -1}, InvalidValueError, "hops"),
        ({"hops": True}, InvalidTypeError, "hops"),
        ({"min_severity": "hihg"}, InvalidValueError, "high"),
        ({"phase": "deploy"}, InvalidValueError, "phase"),
        ({"threats": "yes"}, InvalidTypeError, "threats"),
        ({"collapse": [1]}, InvalidTypeError, "collapse"),
        ({"boundary": "production-vcp"}, NotFoundError, "production-vpc"),
        ({"focus": "llm"}, NotFoundError, "hosted-llm"),
        ({"collapse": {"nope"}}, NotFoundError, "boundary ids"),
    ],
)
def test_bad_options_are_clear_errors(
    rag: Report, kwargs: dict[str, object], error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=re.escape(words)):
        to_dot(rag, **kwargs)


def test_only_models_and_reports_can_be_drawn() -> None:
    with pytest.raises(InvalidTypeError, match="System, Report or ThreatModel"):
        to_dot(42)
    tm = rag_model()
    assert to_dot(tm) == to_dot(tm.freeze())


def test_a_report_from_another_model_is_refused(rag: Report) -> None:
    stale = report(rag.system, [finding("gone", Target.element("deleted-element"), Severity.HIGH)])
    with pytest.raises(RenderError, match="deleted-element"):
        to_dot(stale)
    stale_flow = report(rag.system, [finding("gone", Target.flow("a->b"), Severity.HIGH)])
    with pytest.raises(RenderError, match="a->b"):
        to_dot(stale_flow)


def test_to_digraph_returns_a_graphviz_object(rag: Report) -> None:
    g = to_digraph(rag)
    assert isinstance(g, graphviz.Digraph)
    assert g.source == to_dot(rag)


# --------------------------------------------------------------------------- formats


@requires_dot
@pytest.mark.parametrize(
    ("fmt", "magic"), [("svg", b"<svg"), ("png", b"\x89PNG"), ("pdf", b"%PDF")]
)
def test_binary_formats_go_through_dot(rag: Report, fmt: str, magic: bytes) -> None:
    data = render(rag, fmt)
    assert magic in data[:400]


def _without_dot(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


def test_dot_and_mermaid_need_no_graphviz_binary(
    rag: Report, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _without_dot(monkeypatch, tmp_path)
    assert render(rag, "dot") == to_dot(rag).encode()
    assert render(rag, "mermaid").startswith(b"%% threatgraph")


@pytest.mark.parametrize("fmt", ["svg", "png", "pdf"])
def test_missing_dot_says_how_to_install_it(
    rag: Report, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fmt: str
) -> None:
    _without_dot(monkeypatch, tmp_path)
    with pytest.raises(GraphvizNotFoundError) as info:
        render(rag, fmt)
    message = str(info.value)
    assert isinstance(info.value, FileNotFoundError)
    for hint in ("apt-get install graphviz", "brew install graphviz", "conda install"):
        assert hint in message
    assert fmt in message


def test_unknown_format(rag: Report) -> None:
    with pytest.raises(InvalidValueError, match="did you mean 'svg'"):
        render(rag, "svgg")


def test_write_picks_the_format_from_the_suffix(rag: Report, tmp_path: Path) -> None:
    assert write(rag, tmp_path / "m.dot").read_text(encoding="utf-8") == to_dot(rag)
    md = write(rag, tmp_path / "m.md").read_text(encoding="utf-8")
    assert md.startswith("```mermaid\n%% threatgraph")
    assert md.endswith("```\n")
    assert write(rag, tmp_path / "m.txt", format="dot").read_text(encoding="utf-8") == to_dot(rag)
    with pytest.raises(InvalidValueError, match=r"\.svg"):
        write(rag, tmp_path / "m.txt")
    assert not (tmp_path / "m.txt.gv").exists()


# --------------------------------------------------------------------------- notebooks


@requires_dot
def test_notebook_bundle_for_a_report(rag: Report) -> None:
    bundle = rag._repr_mimebundle_()
    assert set(bundle) == {"image/svg+xml", "image/png", "text/html", "text/plain"}
    assert bundle["text/plain"] == repr(rag)
    ET.fromstring(bundle["image/svg+xml"])
    assert "Support assistant" in svg_text(bundle["image/svg+xml"].encode())


@requires_dot
def test_notebook_html_shows_the_diagram_and_a_table_of_open_findings(rag: Report) -> None:
    """A trial user saw badges (#3 #5 #6) in the cell and no way to read them."""
    page = rag._repr_mimebundle_()["text/html"]
    assert page.count("<svg") == 1
    open_findings = rag.open()
    assert f"<strong>{len(open_findings)} open findings</strong>" in page
    for f in open_findings:
        assert f"<td>#{f.number}</td>" in page
    assert page.index("<table>") > page.index("</svg>")


def test_notebook_html_escapes_names(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _without_dot(monkeypatch, tmp_path)
    tm = tg.ThreatModel('"><script>x</script>', profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("a<b>&c"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint('"><img src=x>', internet_facing=True))
        llm = tm.add(tg.LLM("LLM", origin="third-party-api"))
    tm.flow(user, api, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(api, llm, tg.Data("Question", kind="prompt"), protocol="https")
    bundle = tm.analyze()._repr_mimebundle_()
    assert set(bundle) == {"text/html", "text/plain"}  # no Graphviz: the table alone
    page = bundle["text/html"]
    assert "<script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;" in page
    assert "&quot;&gt;&lt;img src=x&gt;" in page


@requires_dot
def test_notebook_bundle_honours_include_and_exclude(
    rag: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threatgraph.render.graphviz as rg

    formats: list[str] = []
    real = rg.pipe

    def counting(digraph: graphviz.Digraph, fmt: str) -> bytes:
        formats.append(fmt)
        return real(digraph, fmt)

    monkeypatch.setattr(rg, "pipe", counting)
    bundle = rag._repr_mimebundle_(include={"image/svg+xml", "text/plain"})
    assert set(bundle) == {"image/svg+xml", "text/plain"}
    assert formats == ["svg"]
    formats.clear()
    bundle = rag._repr_mimebundle_(exclude={"image/png"})
    assert set(bundle) == {"image/svg+xml", "text/html", "text/plain"}
    assert "png" not in formats


@requires_dot
def test_notebook_bundle_has_a_png_for_front_ends_that_refuse_svg(rag: Report) -> None:
    """The PNG is the same diagram, base64 as Jupyter stores it, at most 1,920 px a side."""
    import base64
    import struct

    png = base64.b64decode(mimebundle(rag)["image/png"], validate=True)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert 200 < max(width, height) <= 1920
    assert png == render(rag, "png")  # what `threatgraph render -o x.png` writes


@requires_dot
def test_notebook_bundle_for_a_model_is_drawn_without_an_analysis(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threatgraph.analysis

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("showing a model must not run the analysis")

    monkeypatch.setattr(threatgraph.analysis, "analyze", forbidden)
    tm = rag_model()
    bundle = tm._repr_mimebundle_()
    assert set(bundle) == {"image/svg+xml", "image/png", "text/plain"}
    text = svg_text(bundle["image/svg+xml"].encode())
    assert "Support assistant" in text
    assert "open finding" not in text  # no badges: nothing was analysed
    system_bundle = tm.freeze()._repr_mimebundle_()
    assert system_bundle["image/svg+xml"] == bundle["image/svg+xml"]


def test_notebook_bundle_for_an_invalid_model_shows_its_problems() -> None:
    tm = tg.ThreatModel("broken", actors=())
    a = tm.add(tg.Service("A"))
    tm.flow(a, tg.Service("Never added"), tg.Data("x"))
    bundle = tm._repr_mimebundle_()
    assert set(bundle) == {"text/plain"}
    assert bundle["text/plain"].startswith(repr(tm))
    assert "never-added" in bundle["text/plain"]


def test_notebook_bundle_without_dot_is_text(
    rag: Report, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _without_dot(monkeypatch, tmp_path)
    bundle = mimebundle(rag)
    assert set(bundle) == {"text/html", "text/plain"}  # the findings table, no diagram
    assert "<svg" not in bundle["text/html"]
    assert bundle["text/plain"].startswith(repr(rag))
    assert "install Graphviz" in bundle["text/plain"]
    assert set(mimebundle(rag.system)) == {"text/plain"}


def test_notebook_bundle_writes_nothing_and_opens_nothing(
    rag: Report, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("the notebook repr must not write files or open a viewer")

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(graphviz.Digraph, "render", forbidden)
    monkeypatch.setattr(graphviz.Digraph, "view", forbidden)
    monkeypatch.setattr(graphviz.Digraph, "save", forbidden)
    monkeypatch.setattr("webbrowser.open", forbidden)
    mimebundle(rag)
    mimebundle(rag.system)
    assert list(tmp_path.iterdir()) == []


def test_mitigated_only_badge_is_green(rag: Report) -> None:
    nodes = nodes_of(to_dot(rag, show_mitigated=True))
    mitigated = next(
        f for f in rag.findings if f.status is Status.MITIGATED and f.target.kind == "element"
    )
    label = label_of(nodes[mitigated.target.primary])
    assert style.MITIGATED.fill in label
    assert "MITIGATED" in label
    plain = label_of(nodes_of(to_dot(rag))[mitigated.target.primary])
    assert style.MITIGATED.fill not in plain


def test_unknown_custom_kind_gets_a_fallback_shape() -> None:
    @attrs.frozen(kw_only=True)
    class Robot(tg.Service):
        kind = "robot_arm"

    tm = tg.ThreatModel("custom")
    tm.add(Robot(name="Arm"))
    nodes = nodes_of(to_dot(tm))
    assert "rounded" in nodes["arm"]
    assert "robot arm" in label_of(nodes["arm"])


@requires_dot
@pytest.mark.parametrize("n", [60, 100])
def test_dot_lays_out_clustered_estates_of_a_few_dozen_elements(
    n: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Graphviz's old ranking failed on these ("trouble in init_rank" with dot 2.43);
    the diagram asks for the newer one. Found by the benchmark's SVG stage."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent))
    from benchmarks.synth import synthetic_model

    report = synthetic_model(n, seed=0).freeze().analyze()
    svg = render(report, "svg", overview_above=None)
    assert ET.fromstring(svg).tag.endswith("svg")


@requires_dot
@pytest.mark.parametrize("text", ["]", "]]", "[", "]]>"])
def test_a_label_that_is_only_brackets_renders(text: str) -> None:
    """Graphviz 2.43 rejected an HTML-like label element whose whole text is ``]`` or
    ``]]`` (a syntax error, and no diagram); the bracket is written as an entity."""
    tm = tg.ThreatModel("brackets")
    with tm.boundary("inside", trust="internal"):
        a = tm.add(tg.Service(text, id="a"))
        b = tm.add(tg.DataStore("store", id="b"))
    tm.flow(a, b, tg.Data("records"), label=text)
    report = tm.freeze().analyze()
    svg = render(report, "svg")
    assert text in svg_text(svg)

"""Injection-safe outputs: hostile text in every name and description keeps every format sound.

One fixed model shape is built twice: once with plain names and once with
hostile text (DOT metacharacters, HTML and JavaScript, Markdown pipes and
backticks, every kind of newline, NUL and other control characters, zero-width
and right-to-left marks, very long strings) in element, data, boundary, flow,
control and model names and descriptions. Ids are explicit, so both versions
have the same structure and the same findings. Then, for the hostile one:

- ``dot -Tsvg`` (the real Graphviz) accepts the DOT of the system and of the report;
- the HTML report, parsed with :mod:`html.parser`, has exactly the elements and
  attributes of the plain report (nothing came from user text), no script and
  no event handler, and shows the hostile text as text;
- Markdown has the same line structure as the plain report and every table row
  has as many cells as its header;
- Mermaid has the same skeleton as the plain diagram once quoted labels are blanked;
- JSON, SARIF and OTM parse, SARIF validates against the SARIF 2.1.0 schema, and
  the report and model JSON load back with the hostile text intact.

NUL and control characters: DOT, Mermaid and Markdown drop them or turn them
into spaces, the HTML report shows U+FFFD (HTML forbids them in a document),
JSON-based formats escape them (``\\u0000``) and keep them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.export.json import report_to_json, system_to_json
from threatgraph.export.otm import otm_json
from threatgraph.export.sarif import sarif_json
from threatgraph.findings import Report
from threatgraph.load.json import load_model, load_report_json
from threatgraph.render import to_dot, to_mermaid
from threatgraph.report import md_escape, to_html, to_markdown
from threatgraph.testing import strategies as tgst

SARIF_SCHEMA = Path(__file__).resolve().parent / "data" / "schemas" / "sarif-schema-2.1.0.json"
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
HAS_DOT = shutil.which("dot") is not None
needs_dot = pytest.mark.skipif(not HAS_DOT, reason="needs Graphviz's dot")


def budget(n: int) -> int:
    """Examples for one property: ``n`` in CI, ten times more with HYPOTHESIS_PROFILE=fuzz."""
    return n * 10 if PROFILE == "fuzz" else n


LONG = "x" * 10_000
LONG_WORDS = " ".join(["word"] * 2_000)

HOSTILE: tuple[str, ...] = (
    # first the two that the tests look for: model name and model description
    "<script>alert(1)</script>",
    "nul\x00byte",
    # DOT
    'a" -> b [label="pwned"]; "c',
    "} subgraph cluster_x { x",
    "<<TABLE><TR><TD>html label</TD></TR></TABLE>>",
    "back\\slash \\N \\G \\l \\n \\",
    "node [shape=box]; // comment /* x */ #",
    # HTML and JavaScript
    '<img src=x onerror="alert(1)">',
    '" onmouseover="alert(1)" x=\'',
    "javascript:alert(1)",
    "</svg><svg onload=alert(1)>",
    "<!-- comment --> ]]> <![CDATA[ x ]]>",
    "&amp; &lt; &#x3C; &unknown;",
    # Markdown
    "| pipe | table | cell |",
    "`backtick` ``double`` ```fence```",
    "[link](javascript:alert(1)) ![img](x) *bold* _it_ ~~s~~ # h",
    "line\n| --- | --- |\n| injected | row |",
    # newlines and control characters
    "cr\rlf\r\ncrlf\u2028ls\u2029ps\x85nel\x0bvt\x0cff",
    "\x01\x02\x1b[31mred\x1b[0m\x7fdel\x9bcsi",
    "tab\there",
    # invisible and bidirectional
    "zero\u200bwidth\u200c\u200d\u2060\ufeffjoiners",
    "rtl \u202eevil\u202c \u2067isolate\u2069 \u200fmark",
    "emoji 🤖🧠👩\u200d💻 and combining e\u0301\u0301\u0301",
    # Mermaid
    "%%{init: {'theme':'dark'}}%% %% comment",
    "A:::cls --> B ; click A call x()",
    # very long
    LONG,
    LONG_WORDS,
)


SLOTS = 27
"""Places in :func:`build` that take a text."""


def _slot(text: str, i: int, hostile: bool) -> str:
    """The text for slot ``i``: hostile, or a plain stand-in of the same emptiness.

    Text that shows as nothing (spaces, line breaks, control characters) is its own
    stand-in: a report prints such a description as an empty line, and so it should.
    """
    if hostile or not md_escape(text).strip():
        return text
    return f"Plain {i}"


def build(texts: list[str], *, hostile: bool) -> tg.System:
    """A model with a text in every place a user can write one; ids are fixed."""

    def t(i: int, *, name: bool = True) -> str:
        if name:  # names are distinct and never blank, as in real models
            return f"{texts[i % len(texts)]} {i}" if hostile else f"Plain {i}"
        return _slot(texts[i % len(texts)], i, hostile)

    tm = tg.ThreatModel(t(0), profile="high", description=t(1, name=False))
    pii = tg.Data(t(2), sensitivity="pii", id="pii", description=t(3, name=False))
    prompt = tg.Data(t(4), id="prompt", description=t(5, name=False))
    with tm.boundary(t(6), trust="untrusted", id="internet", description=t(7, name=False)):
        user = tm.add(tg.Actor(t(8), id="user", description=t(9, name=False)))
    with tm.boundary(t(10), trust="internal", id="vpc", description=t(11, name=False)):
        api = tm.add(
            tg.Endpoint(
                t(12),
                id="api",
                description=t(13, name=False),
                controls={c.RateLimiting(note=t(14, name=False))},
            )
        )
        with tm.boundary(t(15), trust="restricted", id="enclave"):
            llm = tm.add(tg.LLM(t(16), id="llm", description=t(17, name=False)))
            store = tm.add(tg.VectorStore(t(18), id="index", stores={pii}))
        agent = tm.add(tg.Agent(t(19), id="agent"))
        tool = tm.add(
            tg.Tool(t(20), id="tool", capabilities={"write"}, description=t(26, name=False))
        )
    tm.flow(user, api, prompt, label=t(21, name=False), protocol=t(22, name=False))
    tm.chain(api >> agent >> llm, prompt)
    tm.flow(store, llm, pii, label=t(23, name=False))
    tm.flow(agent, tool, prompt, pii, controls={c.InputValidation(note=t(24, name=False))})
    tm.flow(llm, llm, prompt, allow_self=True, label=t(25, name=False))
    return tm.freeze()


# --------------------------------------------------------------------------- checkers


def run_dot(dot_text: str) -> bytes:
    """``dot -Tsvg`` on the text; fails the test when Graphviz reports an error."""
    proc = subprocess.run(
        ["dot", "-Tsvg"], input=dot_text.encode("utf-8"), capture_output=True, timeout=120
    )
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, stderr
    assert "Error" not in stderr, stderr
    assert "syntax error" not in stderr, stderr
    assert proc.stdout.lstrip().startswith(b"<?xml")
    return proc.stdout


class Structure(HTMLParser):
    """Every start tag with its attribute names and values, and the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def shape(self) -> set[tuple[str, str]]:
        """(tag, attribute name) pairs, and (tag, "") for every tag."""
        out = {(tag, "") for tag, _ in self.tags}
        out |= {(tag, name) for tag, attrs in self.tags for name, _ in attrs}
        return out


def parse_html(page: str) -> Structure:
    parser = Structure()
    parser.feed(page)
    parser.close()
    return parser


def check_html(page: str, plain_page: str) -> Structure:
    assert "\x00" not in page
    p, base = parse_html(page), parse_html(plain_page)
    assert p.shape() == base.shape(), p.shape() ^ base.shape()
    for tag, attrs in p.tags:
        assert tag not in ("script", "iframe", "object", "embed", "base", "form"), tag
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "xlink:href", "action", "formaction"):
                assert not (value or "").strip().lower().startswith(("javascript:", "vbscript:"))
    return p


_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def _line_kind(line: str) -> str:
    if line.startswith("#"):
        return "h" + str(len(line) - len(line.lstrip("#")))
    if line.startswith("|"):
        cells = len(_UNESCAPED_PIPE.findall(line))
        return f"row{cells}"
    if line.startswith("```"):
        return "fence"
    if line.startswith(("- ", "* ", "1. ")):
        return "item"
    return "blank" if not line.strip() else "text"


def check_markdown(text: str, plain_text: str | None) -> None:
    """Tables keep their columns; with ``plain_text``, also the very same line structure
    (only for groupings whose order does not depend on names)."""
    assert "\x00" not in text
    kinds = [_line_kind(line) for line in text.split("\n")]
    if plain_text is not None:
        assert kinds == [_line_kind(line) for line in plain_text.split("\n")]
    # within each table, every row has the header's number of cells
    header: str | None = None
    for kind in kinds:
        if kind.startswith("row"):
            header = header or kind
            assert kind == header
        else:
            header = None
    assert "<script" not in text
    # no live link outside code fences (the Mermaid block is checked by check_mermaid)
    prose = re.sub(r"^```.*?^```", "", text, flags=re.DOTALL | re.MULTILINE)
    assert not re.search(r"(?<!\\)\]\(javascript:", prose)  # an escaped \] is text


_QUOTED = re.compile(r'"[^"\n]*"')


def _skeleton(mermaid: str) -> list[str]:
    return [
        "%%" if line.startswith("%%") else _QUOTED.sub('""', line) for line in mermaid.split("\n")
    ]


def check_mermaid(text: str, plain_text: str) -> None:
    assert "\x00" not in text
    assert _skeleton(text) == _skeleton(plain_text)
    assert "%%{" not in text.split("\n", 1)[1]  # no directive smuggled past the header comment


class _Validator:
    """The SARIF schema validator behind a short repr (hypothesis prints test arguments)."""

    def __init__(self, validator: _Validator) -> None:
        self.validator = validator

    def __repr__(self) -> str:
        return "<SARIF 2.1.0 validator>"


@pytest.fixture(scope="module")
def sarif_validator() -> _Validator:
    return _Validator(jsonschema.Draft7Validator(json.loads(SARIF_SCHEMA.read_text("utf-8"))))


def check_json_formats(report: Report, validator: _Validator) -> None:
    text = report_to_json(report)
    loaded = load_report_json(text)
    assert loaded.findings == report.findings  # hostile text intact, NUL included
    assert loaded.system == report.system
    assert load_model(system_to_json(report.system)) == report.system
    log = json.loads(sarif_json(report))
    errors = list(validator.validator.iter_errors(log))
    assert not errors, [e.message for e in errors[:3]]
    json.loads(otm_json(report))


def check_all(hostile: Report, plain: Report, validator: _Validator, *, svg: bool) -> None:
    assert hostile.complete
    assert plain.complete
    assert [f.id for f in hostile.findings] == [f.id for f in plain.findings]
    if HAS_DOT:
        for obj in (hostile, hostile.system):
            run_dot(to_dot(obj))
    page = to_html(hostile, diagram=svg and HAS_DOT)
    check_html(page, to_html(plain, diagram=svg and HAS_DOT))
    check_markdown(to_markdown(hostile), to_markdown(plain))
    check_markdown(to_markdown(hostile, group_by="element"), None)
    check_mermaid(to_mermaid(hostile), to_mermaid(plain))
    check_json_formats(hostile, validator)


def check_alone(hostile: Report, validator: _Validator) -> None:
    """The checks that need no plain twin of the report."""
    assert hostile.complete
    if HAS_DOT:
        run_dot(to_dot(hostile))
    page = parse_html(to_html(hostile, diagram=False))
    for tag, attrs in page.tags:
        assert tag != "script"
        assert not any(name.startswith("on") for name, _ in attrs)
    check_markdown(to_markdown(hostile), None)
    assert "%%{" not in to_mermaid(hostile).split("\n", 1)[1]
    check_json_formats(hostile, validator)


def test_a_name_the_analysis_reads_is_checked_alone(sarif_validator: _Validator) -> None:
    """A tool named "ALERT" sends alerts: the hostile report has a finding the plain
    one does not, and its outputs are checked on their own."""
    hostile = build(["ALERT"], hostile=True).analyze()
    plain = build(["ALERT"], hostile=False).analyze()
    assert [f.rule for f in hostile.findings if f.rule not in {g.rule for g in plain.findings}]
    check_alone(hostile, sarif_validator)


# --------------------------------------------------------------------------- tests


@pytest.fixture(scope="module")
def reports() -> tuple[Report, Report]:
    texts = list(HOSTILE)
    return build(texts, hostile=True).analyze(), build(texts, hostile=False).analyze()


def test_every_hostile_string_lands_in_the_model(reports: tuple[Report, Report]) -> None:
    """The fixed model really carries the hostile text (the other tests would pass vacuously)."""
    assert len(HOSTILE) == SLOTS
    hostile, _ = reports
    dumped = json.loads(system_to_json(hostile.system))
    blob = json.dumps(dumped, ensure_ascii=False)
    for text in HOSTILE:
        assert json.dumps(text, ensure_ascii=False)[1:-1] in blob


@needs_dot
def test_dot_accepts_the_hostile_diagram(reports: tuple[Report, Report]) -> None:
    hostile, _ = reports
    for obj in (hostile, hostile.system):
        svg = run_dot(to_dot(obj)).decode("utf-8")
        assert "<script" not in svg
        assert "onerror" not in svg.replace("onerror=&quot;", "").replace("onerror=&#34;", "")


def test_html_report_has_no_element_or_attribute_from_user_text(
    reports: tuple[Report, Report],
) -> None:
    hostile, plain = reports
    page = to_html(hostile, diagram=HAS_DOT)
    parsed = check_html(page, to_html(plain, diagram=HAS_DOT))
    text = "".join(parsed.text)
    assert "<script>alert(1)</script>" in text  # shown, as text
    assert "nul\ufffdbyte" in text  # NUL is forbidden in HTML: shown as U+FFFD


def test_markdown_tables_keep_their_columns(reports: tuple[Report, Report]) -> None:
    hostile, plain = reports
    for group_by in ("priority", "stride"):  # same order for plain and hostile names
        check_markdown(
            to_markdown(hostile, group_by=group_by), to_markdown(plain, group_by=group_by)
        )
    for group_by in ("element", "actor"):  # groups sorted by name: compare tables only
        check_markdown(to_markdown(hostile, group_by=group_by), None)


def test_mermaid_keeps_its_skeleton(reports: tuple[Report, Report]) -> None:
    hostile, plain = reports
    check_mermaid(to_mermaid(hostile), to_mermaid(plain))
    check_mermaid(to_mermaid(hostile.system), to_mermaid(plain.system))


def test_json_sarif_and_otm_parse_validate_and_round_trip(
    reports: tuple[Report, Report], sarif_validator: _Validator
) -> None:
    hostile, _ = reports
    check_json_formats(hostile, sarif_validator)
    assert "nul\\u0000byte" in report_to_json(hostile)  # JSON escapes NUL and keeps it


# Any text at all, control characters and NUL included (lone surrogates excluded: no
# loader accepts them, see test_fuzz_loaders, and they cannot be written as UTF-8).
any_text = st.text(
    st.characters(exclude_categories=("Cs",)), min_size=0, max_size=40
) | st.sampled_from(HOSTILE[:-2])


@settings(
    max_examples=budget(15),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(texts=st.lists(any_text, min_size=1, max_size=27))
# Graphviz 2.43 rejected a label element whose whole text is "]" or "]]" (found by this
# test): every slot holding just that
@example(texts=["]"])
@example(texts=["]]"])
@example(texts=["ALERT"])  # a word the analysis reads: checked alone
def test_any_text_anywhere_keeps_every_output_sound(
    texts: list[str], sarif_validator: _Validator
) -> None:
    hostile = build(texts, hostile=True).analyze()
    plain = build(texts, hostile=False).analyze()
    if [f.id for f in hostile.findings] != [f.id for f in plain.findings]:
        # a name that holds a word the analysis reads (the model-format reference lists
        # them under "Names the analysis reads": "ALERT" on a tool makes it send alerts)
        # changes the findings, so there is no plain twin to compare with: every output
        # of the hostile report is still checked on its own
        check_alone(hostile, sarif_validator)
        return
    check_all(hostile, plain, sarif_validator, svg=False)


@needs_dot
@settings(max_examples=budget(10), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(system=tgst.systems(max_elements=6, max_flows=8))
def test_generated_hostile_systems_render_through_dot_and_parse(
    system: tg.System, sarif_validator: _Validator
) -> None:
    report = system.analyze()
    run_dot(to_dot(report))
    page = parse_html(to_html(report, diagram=False))
    for tag, attrs in page.tags:
        assert tag != "script"
        assert not any(name.startswith("on") for name, _ in attrs)
    check_json_formats(report, sarif_validator)


def test_nul_policy_per_output() -> None:
    """The decision for NUL, written down: dropped or a space where a format cannot
    carry it (DOT, Mermaid, Markdown), U+FFFD in HTML, escaped in JSON formats."""
    tm = tg.ThreatModel("nul\x00byte")
    with tm.boundary("nul\x00byte zone", trust="untrusted", id="zone"):
        user = tm.add(tg.Actor("nul\x00byte", id="user"))
    api = tm.add(tg.Endpoint("API"))
    tm.flow(user, api, tg.Data("D"))
    hostile = tm.analyze()
    for text in (to_dot(hostile), to_mermaid(hostile), to_markdown(hostile)):
        assert "\x00" not in text
        assert "nul byte" in text or "nulbyte" in text
    page = to_html(hostile, diagram=False)
    assert "\x00" not in page
    assert "nul\ufffdbyte" in page
    for text in (report_to_json(hostile), sarif_json(hostile), otm_json(hostile)):
        assert "\x00" not in text
        assert "nul\\u0000byte" in text


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\r", "\r\n"])
def test_unicode_line_separators_never_split_a_mermaid_line(separator: str) -> None:
    """Regression: U+2028 in a name reached the Mermaid text raw, and the Markdown report
    split the diagram on it (str.splitlines), which broke labels and let the rest of a
    name escape the ``%%`` comment line as a Mermaid statement."""
    tm = tg.ThreatModel(f"name{separator}click x call alert()")
    tm.add(tg.Service(f"svc{separator}end", id="svc"))
    report = tm.analyze()
    diagram = to_mermaid(report)
    assert not any(ch in diagram for ch in "\u2028\u2029\x85\r")
    assert "%% threatgraph: name click x call alert()" in diagram.split("\n")[0]
    block = to_markdown(report).split("```mermaid\n", 1)[1].split("\n```", 1)[0]
    assert block.split("\n") == diagram.rstrip("\n").split("\n")


@pytest.mark.parametrize("obj", ["system", "report"])
def test_cli_writes_every_format_for_a_hostile_model(
    reports: tuple[Report, Report], tmp_path: Path, obj: str
) -> None:
    """End to end: a hostile JSON model through ``threatgraph analyze`` and ``render``."""
    from threatgraph.cli import main

    hostile, _ = reports
    model = tmp_path / "model.json"
    model.write_text(system_to_json(hostile.system), encoding="utf-8")
    for fmt in ("md", "html", "json", "sarif", "otm"):
        out = tmp_path / f"report.{fmt}"
        assert main(["analyze", str(model), "--format", fmt, "-o", str(out)]) == 0
        assert out.read_text(encoding="utf-8")
    if obj == "system" and HAS_DOT:
        svg = tmp_path / "diagram.svg"
        assert main(["render", str(model), "--format", "svg", "-o", str(svg)]) == 0
        assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")


HOSTILE_IDS = (
    'a"; click a call alert() %%',
    "模型 b|`c`\n<script>",
    "} subgraph x { <b>",
    "back\\slash\\N",
    "-->|x|",
)


def _with_ids(ids: tuple[str, ...]) -> Report:
    """Element, boundary, data and flow ids are user text too (they can be set explicitly)."""
    tm = tg.ThreatModel("ids")
    with tm.boundary("Internet", trust="untrusted", id=ids[2]):
        user = tm.add(tg.Actor("User", id=ids[0]))
    with tm.boundary("VPC", trust="internal", id=ids[3]):
        llm = tm.add(tg.LLM("Assistant", id=ids[1]))
        store = tm.add(tg.DataStore("Store", id=ids[4], stores={tg.Data("Rows", id=ids[3])}))
    tm.flow(user, llm, tg.Data("Prompt", id=ids[0]), id=ids[2])
    tm.flow(llm, store, tg.Data("Rows", id=ids[3]))
    return tm.analyze()


def test_hostile_ids_keep_every_output_sound(sarif_validator: _Validator) -> None:
    hostile = _with_ids(HOSTILE_IDS)
    plain = _with_ids(("user", "llm", "internet", "vpc", "store"))
    assert hostile.complete
    assert len(hostile.findings) == len(plain.findings)
    if HAS_DOT:
        run_dot(to_dot(hostile))
        run_dot(to_dot(hostile.system))
    check_html(to_html(hostile, diagram=HAS_DOT), to_html(plain, diagram=HAS_DOT))
    check_markdown(to_markdown(hostile), None)
    mermaid = to_mermaid(hostile)
    assert len(mermaid.split("\n")) == len(to_mermaid(plain).split("\n"))
    for line in mermaid.split("\n")[1:]:
        outside = _QUOTED.sub('""', line)
        assert "<" not in outside
        assert not outside.strip().startswith(("click", "%%", "classDef e_", "style e_")), line
        assert re.fullmatch(r"[\w\s\[\](){}<>/\\|=.:,#;%\"'-]*", outside), line
    check_json_formats(hostile, sarif_validator)


def test_html_report_loads_nothing_external(reports: tuple[Report, Report]) -> None:
    """Self-contained: a Content-Security-Policy that allows no fetching, no script, no
    stylesheet or frame links; the only ``src`` are data: URIs; links only navigate."""
    hostile, _ = reports
    page = to_html(hostile, diagram=HAS_DOT)
    parsed = parse_html(page)
    csp = [
        dict(attrs).get("content") or ""
        for tag, attrs in parsed.tags
        if tag == "meta" and dict(attrs).get("http-equiv") == "Content-Security-Policy"
    ]
    assert csp
    assert "default-src 'none'" in csp[0]
    for tag, attrs in parsed.tags:
        assert tag not in ("script", "link", "iframe", "frame", "object", "embed", "base")
        values = dict(attrs)
        for name in ("src", "srcset", "data", "poster", "background"):
            if name in values:
                assert (values[name] or "").startswith("data:"), (tag, name)
        if "style" in values:
            assert "url(" not in (values["style"] or "")
    assert "@import" not in page
    assert "url(http" not in page

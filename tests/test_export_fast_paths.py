"""The hand-written fast paths of the exporters give what the generic code gives."""

from __future__ import annotations

from typing import Any

import attrs
from cattrs.gen import make_dict_unstructure_fn
from hypothesis import given, settings
from hypothesis import strategies as st

from _report_example import build_findings, build_report
from threatgraph.findings import Finding, Target
from threatgraph.load.converter import make_converter
from threatgraph.report import _common as common
from threatgraph.vocab import Impact, Likelihood, Phase, Severity, Status, Stride


def _generic(finding: Finding) -> dict[str, Any]:
    """What cattrs' generated function gives, plus the score (the converter's hook)."""
    conv = make_converter()
    out: dict[str, Any] = make_dict_unstructure_fn(Finding, conv)(finding)
    out["score"] = finding.score
    return out


def test_finding_hook_matches_the_generated_one_on_the_example() -> None:
    conv = make_converter()
    for f in build_findings():
        fast = conv.unstructure(f)
        assert fast == _generic(f)
        assert list(fast) == list(_generic(f))  # same key order too


_texts = st.text(max_size=8)
_findings = st.builds(
    Finding,
    id=_texts,
    rule=_texts,
    title=_texts,
    target=st.one_of(  # a Target has the shape of its kind: one id, a path, or none
        st.builds(Target.element, _texts),
        st.builds(Target.flow, _texts),
        st.builds(Target.path, st.lists(_texts, min_size=1, max_size=3)),
        st.just(Target.model()),
    ),
    explanation=_texts,
    stride=st.lists(st.sampled_from(list(Stride)), max_size=3).map(tuple),
    phases=st.lists(st.sampled_from(list(Phase)), max_size=3).map(tuple),
    likelihood=st.sampled_from(list(Likelihood)),
    impact=st.sampled_from(list(Impact)),
    severity=st.sampled_from(list(Severity)),
    inherent_severity=st.sampled_from(list(Severity)),
    status=st.sampled_from(list(Status)),
    atlas=st.lists(_texts, max_size=2).map(tuple),
    owasp=st.lists(_texts, max_size=2).map(tuple),
    cwe=st.lists(_texts, max_size=2).map(tuple),
    controls_present=st.lists(_texts, max_size=2).map(tuple),
    controls_missing=st.lists(_texts, max_size=2).map(tuple),
    actors=st.lists(_texts, max_size=2).map(tuple),
    status_reason=st.none() | _texts,
    location=st.none() | _texts,
    number=st.integers(min_value=0, max_value=10_000),
    description=_texts,
    family=_texts,
)


@settings(max_examples=100)
@given(_findings)
def test_finding_hook_matches_the_generated_one(finding: Finding) -> None:
    assert make_converter().unstructure(finding) == _generic(finding)


def _group_by_scan(report: Any, group_by: common.GroupBy) -> list[tuple[str, list[Finding]]]:
    """The grouping as first written: a scan of the bucket for each finding."""
    system = report.system
    groups: dict[tuple[int, str], list[Finding]] = {}

    def add(key: tuple[int, str], f: Finding) -> None:
        bucket = groups.setdefault(key, [])
        if f not in bucket:
            bucket.append(f)

    for f in report.findings:
        if group_by == "element":
            ids: Any = f.target.ids
            if f.target.kind == "flow":
                flow = system.flow(f.target.ids[0])
                ids = (flow.source, flow.target)
            if f.target.kind == "model" or not ids:
                add((1, "The whole model"), f)
            for i in ids:
                add((0, f"{common.element_name(system, i)} ({system.element(i).kind})"), f)
        elif group_by == "stride":
            if not f.stride:
                add((99, "No STRIDE category"), f)
            for s in f.stride:
                add(("STRIDE".index(s.letter), common.stride_title(s)), f)
        else:
            if not f.actors:
                add((1, "No in-scope actor reaches it"), f)
            for name in common.actor_names(system, f.actors):
                add((0, name), f)
    return [(label, groups[(rank, label)]) for rank, label in sorted(groups)]


def test_grouping_keeps_one_of_equal_findings_like_a_scan_would() -> None:
    report = build_report()
    first = report.findings[0]
    twin = attrs.evolve(first)  # equal, not identical
    doubled = attrs.evolve(report, findings=(*report.findings, twin, first))
    for group_by in ("element", "stride", "actor"):
        got = common.group_findings(doubled, group_by)  # type: ignore[arg-type]
        expected = _group_by_scan(doubled, group_by)  # type: ignore[arg-type]
        assert [(label, [id(f) for f in fs]) for label, fs in got] == [
            (label, [id(f) for f in fs]) for label, fs in expected
        ]


# ---------------------------------------------------------------- text escapers

_awkward = st.text(
    alphabet=st.sampled_from(
        [
            *"ab -.,&<>\"'|#%`*_[]{}~!\\",
            *("\t", "\n", "\r", "\x0b", "\x0c", "\x1f", "\x00", "\x7f", "\x85", "\x9f", "\xa0"),
            *("\u2000", "\u3000", "\u2028", "\u2029", "\ufdd0", "\ufffe", "\ud800", "é"),
        ]
    ),
    max_size=14,
)


def _clean_slow(text: str) -> str:
    import re

    text = re.sub("\r\n|[\r\x85\u2028\u2029]", "\n", text).replace("\t", " ")
    return re.sub(
        "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]",
        lambda m: "\ufffd" if "\ud800" <= m.group() <= "\udfff" else " ",
        text,
    )


@settings(max_examples=300)
@given(_awkward, st.integers(min_value=1, max_value=9))
def test_text_helpers_match_their_plain_definitions(text: str, width: int) -> None:
    import html
    import re
    import textwrap

    from threatgraph.render import _text
    from threatgraph.report.html import esc
    from threatgraph.report.markdown import md_escape

    assert _text.clean(text) == _clean_slow(text)
    entities = {'"': "#quot;", "#": "#35;", "&": "#amp;", "<": "#lt;", ">": "#gt;"}
    entities.update({"|": "#124;", "`": "#96;", "%": "#37;"})
    assert _text.mermaid_text(text) == "<br/>".join(
        "".join(entities.get(ch, ch) for ch in line) for line in _clean_slow(text).split("\n")
    )
    lines: list[str] = []
    for para in _clean_slow(text).split("\n"):
        para = re.sub(r"[ \t]+", " ", para).strip()
        if para:
            lines += textwrap.wrap(para, width=width, break_long_words=True, break_on_hyphens=False)
    assert _text.wrap(text, width, 99) == lines
    forbidden = "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]"
    assert esc(text) == html.escape(re.sub(forbidden, "\ufffd", text), quote=True)
    md = re.sub(r"\r\n|[\r\n\v\f\x85\u2028\u2029]", " ", text)
    md = re.sub(r"[\x00-\x08\x0e-\x1f\x7f]", "", md)
    md = md.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    md = re.sub(r"([\\`*_\[\]#|~!{}])", r"\\\1", md)
    # what GitHub would make live (mentions, URLs, www., #refs) gets a word joiner
    md = re.sub(r"@|:(?=//)|(?i:www)(?=\.)|\\#(?=\w)", lambda m: m.group(0) + "\u2060", md)
    # a leading list item, underline or code-block indent is made inert
    if re.match(r"[-+](?=[ \t]|$)|[-=]+[ \t]*$", md):
        md = "\\" + md
    elif number := re.match(r"\d{1,9}(?=[.)](?:[ \t]|$))", md):
        md = md[: number.end()] + "\\" + md[number.end() :]
    elif md[:1] in (" ", "\t"):
        md = {" ": "&#32;", "\t": "&#9;"}[md[0]] + md[1:]
    assert md_escape(text) == md


_words = st.text(
    alphabet=st.characters(categories=("L", "N", "Zs", "P", "S", "Cc")), max_size=12
) | st.sampled_from(["Agent 12", " lead", "1. item", "- x", "@here", "www.x", "a_b", "²", ""])


@settings(max_examples=500)
@given(_words)
def test_markdown_escape_shortcut_for_plain_words_changes_nothing(text: str) -> None:
    """md_escape returns plain words (letters, digits, inner spaces) untouched without
    running its substitutions: they would have left them untouched too."""
    from threatgraph.report.markdown import _escape, md_escape

    assert md_escape(text) == _escape(text)


_texts = st.text(max_size=16) | st.sampled_from(
    ["a: b", "http://x", "x:\x01//y", "a:/b", "see https://e.com", "1: x", ":// ", "\x85://"]
)


@settings(max_examples=500)
@given(_texts)
def test_markdown_escape_skips_only_text_its_substitutions_leave_alone(text: str) -> None:
    """md_escape's check for text that needs no escaping (a colon counts only before
    ``//``) never skips a change the substitutions would make."""
    from threatgraph.report.markdown import _escape, _substituted

    assert _escape(text) == _substituted(text)

"""The HTML report: self-contained, structured, and nothing in it comes from user text."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from typing import Any

import pytest

import threatgraph.render
from _golden import check_golden
from _report_example import HOSTILE, build_report, hostile_report, incomplete_report
from threatgraph.errors import GraphvizNotFoundError, InvalidValueError
from threatgraph.report import to_html

ALLOWED_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "nav",
    "ol",
    "ul",
    "li",
    "a",
    "main",
    "section",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "strong",
    "span",
    "article",
    "code",
    "br",
    "div",
    # the risk matrix: a figure with inline SVG drawn from counts and fixed words
    "figure",
    "figcaption",
    "svg",
    "rect",
    "text",
}
ALLOWED_ATTRS = {
    "lang",
    "charset",
    "http-equiv",
    "content",
    "name",
    "href",
    "id",
    "class",
    "aria-label",
    # the risk matrix's SVG
    "xmlns",
    "width",
    "height",
    "viewbox",
    "role",
    "font-family",
    "font-size",
    "font-weight",
    "x",
    "y",
    "text-anchor",
    "fill",
    "stroke",
    "stroke-width",
    "transform",
}


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._stack: list[str] = []
        self.h2: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._stack and self._stack[-1] == "h2":
            self.h2.append(data)


def parse(page: str) -> _Collect:
    p = _Collect()
    p.feed(page)
    p.close()
    return p


def _fake_render(result: Any) -> Any:
    def render(obj: Any, format: str = "svg", **options: Any) -> Any:
        assert options == {"finding_links": True}  # the report's badges link to its findings
        if isinstance(result, Exception):
            raise result
        return result

    return render


# --------------------------------------------------------------------------- golden


def test_golden() -> None:
    check_golden("example.html", to_html(build_report(), diagram=False))


def test_deterministic() -> None:
    assert to_html(build_report(), diagram=False) == to_html(build_report(), diagram=False)


# --------------------------------------------------------------------------- structure


def test_sections_and_self_containment() -> None:
    page = to_html(build_report(), diagram=False)
    p = parse(page)
    assert p.h2 == [
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
    tags = {t for t, _ in p.tags}
    assert tags <= ALLOWED_TAGS
    assert "script" not in tags
    assert "link" not in tags
    assert "img" not in tags
    csp = [a for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp
    assert "default-src 'none'" in (csp[0]["content"] or "")
    # links only to the page itself or to public taxonomy pages
    for t, a in p.tags:
        if t == "a":
            href = a.get("href") or ""
            assert href.startswith(
                (
                    "#",
                    "https://atlas.mitre.org/",
                    "https://cwe.mitre.org/",
                    "https://genai.owasp.org/",
                    "https://owasp.org/",
                )
            ), href
    ids = [a["id"] for _, a in p.tags if a.get("id")]
    assert len(ids) == len(set(ids))
    assert {f"finding-{n}" for n in range(1, 9)} <= set(ids)


def test_content() -> None:
    page = to_html(build_report(), diagram=False)
    assert (
        '<a href="https://atlas.mitre.org/techniques/AML.T0051.000">AML.T0051.000</a> LLM Prompt Injection: Direct'
        in page
    )
    assert '<span class="sev sev-critical">critical</span>' in page
    assert "Sandboxing, Human in the loop" in page
    assert "tickets are redacted upstream" in page
    assert "TG-000000000000" in page
    assert "Insider" in page


@pytest.mark.parametrize("group_by", ["element", "stride", "actor"])
def test_grouping(group_by: str) -> None:
    report = build_report()
    page = to_html(report, group_by=group_by, diagram=False)
    p = parse(page)
    ids = [a.get("id") for t, a in p.tags if t == "article"]
    assert sorted(ids) == sorted(f"finding-{f.number}" for f in report.findings)
    assert (
        p.h2[4]
        == {
            "element": "5. Threats by element",
            "stride": "5. Threats by STRIDE category",
            "actor": "5. Threats by threat actor",
        }[group_by]
    )


def test_bad_group_by() -> None:
    with pytest.raises(InvalidValueError):
        to_html(build_report(), group_by="nope")


def test_incomplete() -> None:
    page = to_html(incomplete_report(), diagram=False)
    assert "Analysis incomplete:" in page
    assert "ai/broken on element:shell: KeyError: &#x27;x&#x27;" in page


def test_empty_report() -> None:
    page = to_html(
        build_report(
            findings=(), requirements=(), register_orphans=(), register_expired=(), notes=()
        ),
        diagram=False,
    )
    assert "No threats were found." in page
    assert "No open findings." in page


# --------------------------------------------------------------------------- hostile text


@pytest.mark.parametrize("group_by", ["priority", "element", "stride", "actor"])
def test_no_element_or_attribute_comes_from_user_text(group_by: str) -> None:
    page = to_html(hostile_report(), group_by=group_by, diagram=False)
    p = parse(page)
    for tag, attrs in p.tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs.items():
            assert name in ALLOWED_ATTRS, name
            if name == "href":
                assert value
                assert value.startswith(("#", "https://")), value
            if name in ("id", "class"):
                assert value
                assert "<" not in value
                assert " on" not in value
    # the hostile strings are shown as text, intact
    text = "".join(p.text)
    assert HOSTILE.replace("\r\n", "\n") in text.replace("\r\n", "\n")
    assert "<script>" not in page


# --------------------------------------------------------------------------- diagram


SVG = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n'
    "<!-- Generated by graphviz version 99 -->\n"
    '<svg width="10pt" height="10pt" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg">'
    '<g id="graph0" class="graph"><title>G</title><text x="1" y="2">Chat API</text></g></svg>\n'
)


def test_inline_svg(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threatgraph.render, "render", _fake_render(SVG), raising=False)
    page = to_html(build_report())
    assert '<div class="diagram">\n<svg width="10pt"' in page
    assert "<?xml" not in page
    assert "DOCTYPE svg" not in page
    assert "graphviz version" not in page


def test_inline_svg_from_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threatgraph.render, "render", _fake_render(SVG.encode()), raising=False)
    assert "<svg width" in to_html(build_report())


def test_unsafe_svg_is_shown_as_an_image(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = SVG.replace("<title>G</title>", '<script>alert(1)</script><a href="javascript:x">x</a>')
    monkeypatch.setattr(threatgraph.render, "render", _fake_render(bad), raising=False)
    page = to_html(build_report())
    assert "<script>" not in page
    assert '<img alt="Diagram of Support assistant" src="data:image/svg+xml;base64,' in page


def test_note_when_graphviz_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        threatgraph.render, "render", _fake_render(GraphvizNotFoundError()), raising=False
    )
    page = to_html(build_report())
    section = page.split('id="diagram"')[1].split("</section>")[0]
    assert "The diagram is not included" in section
    assert "Graphviz" in section


def test_note_when_the_renderer_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(threatgraph.render, "render", raising=False)
    page = to_html(build_report())
    assert "The diagram is not included: the diagram renderer is not available" in page


@pytest.mark.skipif(shutil.which("dot") is None, reason="needs Graphviz's dot")
def test_real_diagram_when_dot_is_installed() -> None:
    if getattr(threatgraph.render, "render", None) is None:
        pytest.skip("threatgraph.render.render is not available yet")
    page = to_html(build_report())
    section = page.split('id="diagram"')[1].split("</section>")[0]
    assert "<svg" in section
    assert "<script" not in section


@pytest.mark.skipif(shutil.which("dot") is None, reason="needs Graphviz's dot")
def test_real_diagram_with_hostile_names_is_inert() -> None:
    page = to_html(hostile_report())
    p = parse(page)
    svg_tags = {
        "svg",
        "g",
        "title",
        "path",
        "polygon",
        "polyline",
        "ellipse",
        "text",
        "a",
        "defs",
        "lineargradient",
        "radialgradient",
        "stop",
        "tspan",
        "rect",
        "line",
        "circle",
        "desc",
    }
    assert "<svg" in page
    for tag, attrs in p.tags:
        assert tag in ALLOWED_TAGS | svg_tags, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), name
            if name in ("href", "xlink:href"):
                assert (value or "").startswith(("#", "https://")), value
    assert "<script" not in page


def test_severity_labels_have_the_colours_of_the_diagram_badges() -> None:
    # a critical finding is purple in the picture and in the text beside it
    import re

    from threatgraph.render.palette import SEVERITY, SEVERITY_TINT

    report = build_report()
    page = to_html(report, diagram=False)
    for sev, colour in SEVERITY.items():
        rule = re.search(rf"\.sev-{sev.value} \{{([^}}]*)\}}", page)
        assert rule is not None, sev
        assert f"background: {colour.fill}" in rule.group(1)
        assert f"color: {colour.text}" in rule.group(1)
    # the risk matrix's cells are the same hues, lightened
    assert "<svg" in page
    assert any(t.fill in page for t in SEVERITY_TINT.values())

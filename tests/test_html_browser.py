"""The HTML report in a real browser: headless Chromium loads the example reports.

Checked in the page as a reader's browser builds it (``tests/_browser.py``
drives Chromium over the DevTools protocol):

- no console error or warning, no uncaught exception and no
  Content-Security-Policy violation;
- every in-page link (``href="#..."``, in the page and in the diagram's SVG)
  names an element of the page;
- the diagram and the risk matrix are drawn, with a size, and visible;
- no word in a table cell is broken across lines (narrow columns used to wrap
  words letter by letter);
- a model whose every name is markup renders as inert text: no script runs,
  no dialog opens, nothing is loaded, and the names read as written.

Skipped, with the reason, where Chromium is not installed; ``.ci/run``
installs Debian's ``chromium`` package. ``THREATGRAPH_SCREENSHOTS=DIR`` saves
a screenshot of every page for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import threatgraph as tg
from _browser import Browser, Page, find_chromium
from _report_example import HOSTILE, hostile_report
from threatgraph.load.target import load_target
from threatgraph.report.html import to_html

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(
    p for p in (ROOT / "examples").glob("*/*.py") if p.stem in ("before", "after", "model")
)

pytestmark = [
    pytest.mark.skipif(
        find_chromium() is None,
        reason="Chromium is not installed (apt-get install chromium; .ci/run installs it), "
        "so the HTML report cannot be checked in a browser",
    ),
    pytest.mark.skipif(shutil.which("dot") is None, reason="the diagram needs Graphviz's dot"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with Browser.start() as b:
        yield b


def _load(browser: Browser, html: str, path: Path) -> Page:
    path.write_text(html, encoding="utf-8")
    page = browser.open(path)
    shots = os.environ.get("THREATGRAPH_SCREENSHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        page.screenshot(Path(shots) / f"{path.stem}.png")
    return page


BROKEN_LINKS = """
[...document.querySelectorAll('a')].map(a =>
    a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || ''
).filter(h => h.startsWith('#'))
 .filter(h => !document.getElementById(decodeURIComponent(h.slice(1))))
"""

IN_PAGE_LINKS = """
[...document.querySelectorAll('a')].filter(a =>
    (a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '')
        .startsWith('#')).length
"""


def _box(selector: str) -> str:
    return f"""
(() => {{
  const e = document.querySelector({selector!r});
  if (!e) return null;
  const r = e.getBoundingClientRect(), s = getComputedStyle(e);
  return {{width: r.width, height: r.height, visibility: s.visibility, display: s.display,
           opacity: s.opacity, texts: e.querySelectorAll('text').length}};
}})()
"""


# words of table cells that the browser broke across lines: each piece between
# blanks, hyphens and slashes (where a line may break) must sit on one line;
# tokens longer than 40 characters may break, so that they fit at all
BROKEN_WORDS = """
(() => {
  const out = [];
  for (const cell of document.querySelectorAll('th, td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const piece = /[^\\s\\-\\/]+/g;
      let m;
      while ((m = piece.exec(node.data))) {
        if (m[0].length < 2 || m[0].length > 40) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (lines.size > 1) out.push(m[0]);
      }
    }
  }
  return out;
})()
"""


@pytest.mark.parametrize("path", EXAMPLES, ids=[f"{p.parent.name}_{p.stem}" for p in EXAMPLES])
def test_example_report_in_a_browser(browser: Browser, path: Path, tmp_path: Path) -> None:
    report = tg.analyze(load_target(str(path)))
    page = _load(browser, to_html(report), tmp_path / f"{path.parent.name}_{path.stem}.html")
    assert page.problems == []
    assert page.evaluate(BROKEN_LINKS) == []
    assert page.evaluate(IN_PAGE_LINKS) >= 10  # the contents alone have ten
    diagram = page.evaluate(_box(".diagram svg"))
    assert diagram is not None, "the diagram is missing"
    assert diagram["width"] > 300
    assert diagram["height"] > 150
    assert (diagram["visibility"], diagram["display"], diagram["opacity"]) == (
        "visible",
        "inline",
        "1",
    )
    assert diagram["texts"] > 5
    matrix = page.evaluate(_box("figure.matrix svg"))
    assert matrix is not None
    assert matrix["width"] > 200
    assert page.evaluate(BROKEN_WORDS) == []


def test_diagram_badges_link_to_the_findings(browser: Browser, tmp_path: Path) -> None:
    report = tg.analyze(load_target(str(ROOT / "examples" / "rag_assistant" / "before.py")))
    page = _load(browser, to_html(report), tmp_path / "badges.html")
    hrefs = page.evaluate(
        "[...document.querySelectorAll('.diagram svg a')]"
        ".map(a => a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || a.getAttribute('href'))"
        ".filter(h => h && h.startsWith('#finding-'))"
    )
    assert {f"#finding-{f.number}" for f in report.open()} <= set(hrefs)
    assert page.evaluate(BROKEN_LINKS) == []


def _dialogs(browser: Browser) -> list[dict[str, Any]]:
    return [e for e in browser.events if e.get("method") == "Page.javascriptDialogOpening"]


def test_hostile_names_render_as_inert_text(browser: Browser, tmp_path: Path) -> None:
    report = hostile_report()
    page = _load(browser, to_html(report), tmp_path / "hostile.html")
    assert page.problems == []
    assert _dialogs(browser) == []
    assert page.evaluate("document.querySelectorAll('script, img, iframe, object').length") == 0
    hrefs = page.evaluate(
        "[...document.querySelectorAll('a')].map(a => a.getAttribute('href')"
        " || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '')"
    )
    assert not [h for h in hrefs if h and not h.startswith(("#", "https://"))]
    text = page.evaluate("document.body.innerText")
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert page.evaluate(BROKEN_LINKS) == []
    assert HOSTILE.split("\n")[0].strip() in text


def test_an_analysed_model_with_markup_names_draws_an_inert_diagram(
    browser: Browser, tmp_path: Path
) -> None:
    names = (
        "</svg><svg onload=alert(1)>",
        '<img src=x onerror="alert(2)">',
        "<script>alert(3)</script>",
        '" onmouseover="alert(4)" x=\'',
    )
    tm = tg.ThreatModel(names[0])
    with tm.boundary(names[1], trust="untrusted"):
        user = tm.add(tg.Actor(names[2]))
    with tm.boundary(names[3], trust="internal"):
        llm = tm.add(tg.LLM(names[1] + " model", origin="third-party-api"))
    tm.flow(user, llm, tg.Data(names[3]), protocol=names[0])
    page = _load(browser, to_html(tg.analyze(tm.freeze())), tmp_path / "markup-names.html")
    assert page.problems == []
    assert _dialogs(browser) == []
    assert page.evaluate("document.querySelectorAll('script, img').length") == 0
    assert page.evaluate("document.querySelectorAll('svg').length") == 2  # diagram and matrix
    tooltips = page.evaluate(
        "[...document.querySelectorAll('.diagram svg a')]"
        ".map(a => a.getAttributeNS('http://www.w3.org/1999/xlink', 'title')).join(' ')"
    )
    assert "<script>alert(3)</script> (actor)" in tooltips
    assert "</svg><svg onload=alert(1)>" in page.evaluate(
        "document.querySelector('.diagram svg').textContent"
    )


# --------------------------------------------------------------------------- the checks can fail


def test_the_checks_see_a_csp_violation_a_broken_link_and_broken_words(
    browser: Browser, tmp_path: Path
) -> None:
    """Each check above, shown failing on a page that has the fault."""
    report = tg.analyze(load_target(str(ROOT / "examples" / "small_internal" / "model.py")))
    page_html = to_html(report, diagram=False)
    faulty = page_html.replace(
        "</main>",
        '<img src="https://example.invalid/x.png"><script>alert(1)</script>'
        '<a href="#no-such-place">x</a></main>',
    ).replace("overflow-wrap: break-word;", "overflow-wrap: anywhere;")
    page = _load(browser, faulty, tmp_path / "faulty.html")
    problems = " ".join(page.problems)
    assert "Content Security Policy" in problems
    assert page.evaluate(BROKEN_LINKS) == ["#no-such-place"]
    assert page.evaluate(BROKEN_WORDS)  # the old style broke words letter by letter
    assert _dialogs(browser) == []  # the script was refused, not run

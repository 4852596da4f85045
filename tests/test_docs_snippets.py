"""Every ```python block in the docs and the README runs.

The blocks of one page run in order, in one fresh namespace, with a temporary
directory as the working directory, so a page can build on its earlier blocks
the way a reader does. A block that genuinely cannot run (it needs a network,
a CI runner or a file the reader supplies) is opted out with an HTML comment
on the line just before its fence::

    <!-- skip -->
    ```python
    ...
    ```

The blocks are written to a script in which each block keeps the line numbers
it has in the Markdown file, so a failure's traceback points at the page line.
"""

from __future__ import annotations

import contextlib
import io
import re
import runpy
from pathlib import Path

import attrs
import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<ticks>`{3,}|~{3,})\s*(?P<lang>[\w+-]*)[^\n]*$")
SKIP = "<!-- skip -->"


@attrs.frozen
class Block:
    """One fenced code block: its language, first code line (1-based) and text."""

    lang: str
    line: int
    code: str
    skipped: bool


def blocks(text: str) -> list[Block]:
    """The fenced code blocks of a Markdown text, in order."""
    lines = text.splitlines()
    out: list[Block] = []
    i = 0
    while i < len(lines):
        m = FENCE_OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        indent, ticks, lang = m["indent"], m["ticks"], m["lang"].lower()
        previous = next((ln.strip() for ln in reversed(lines[:i]) if ln.strip()), "")
        start = i + 1
        j = start
        closing = re.compile(rf"^{re.escape(indent)}{re.escape(ticks[0])}{{{len(ticks)},}}\s*$")
        while j < len(lines) and not closing.match(lines[j]):
            j += 1
        body = [
            ln[len(indent) :] if ln.startswith(indent) else ln.lstrip() for ln in lines[start:j]
        ]
        out.append(Block(lang, start + 1, "\n".join(body), previous == SKIP))
        i = j + 1
    return out


def pages() -> list[Path]:
    found = sorted(DOCS.rglob("*.md")) if DOCS.is_dir() else []
    readme = ROOT / "README.md"
    return ([readme] if readme.is_file() else []) + found


def python_pages() -> list[Path]:
    return [
        p
        for p in pages()
        if any(b.lang in ("python", "py") for b in blocks(p.read_text(encoding="utf-8")))
    ]


def script_for(page: Path) -> str:
    """The page's runnable Python blocks, each at its own line numbers, the rest blank."""
    text = page.read_text(encoding="utf-8")
    total = len(text.splitlines())
    out = [""] * (total + 1)
    for b in blocks(text):
        if b.lang not in ("python", "py") or b.skipped:
            continue
        for offset, code_line in enumerate(b.code.splitlines()):
            out[b.line - 1 + offset] = code_line
    return "\n".join(out) + "\n"


def _page_id(page: Path) -> str:
    return str(page.relative_to(ROOT))


# ---------------------------------------------------------------------------- the parser


def test_blocks_finds_fences_and_skip_markers() -> None:
    text = "\n".join(
        [
            "# Title",
            "```python",
            "x = 1",
            "```",
            "<!-- skip -->",
            "",
            "```python",
            "raise SystemExit",
            "```",
            "```console",
            "$ threatgraph analyze model.py",
            "```",
            "- item",
            "",
            "    ```python",
            "    y = x + 1",
            "    ```",
        ]
    )
    found = blocks(text)
    assert [(b.lang, b.line, b.code, b.skipped) for b in found] == [
        ("python", 3, "x = 1", False),
        ("python", 8, "raise SystemExit", True),
        ("console", 11, "$ threatgraph analyze model.py", False),
        ("python", 16, "y = x + 1", False),
    ]


def test_script_keeps_line_numbers(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("Intro\n\n```python\na = 1\nb = 2\n```\n\ntext\n```python\nc = a + b\n```\n")
    script = script_for(page).splitlines()
    assert script[3] == "a = 1"
    assert script[4] == "b = 2"
    assert script[9] == "c = a + b"
    assert all(not ln for i, ln in enumerate(script) if i not in (3, 4, 9))


# ---------------------------------------------------------------------------- the docs


def test_docs_have_python_examples() -> None:
    assert len(python_pages()) >= 5


@pytest.mark.parametrize("page", python_pages(), ids=_page_id)
def test_page_code_blocks_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / f"{page.stem}_snippets.py"
    script.write_text(script_for(page), encoding="utf-8")
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    monkeypatch.syspath_prepend(str(workdir))
    runpy.run_path(str(script), run_name="__docs__")


@pytest.mark.parametrize("page", python_pages(), ids=_page_id)
def test_printed_output_on_the_page_is_what_the_code_prints(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ```text block right after a Python block that prints is that block's output:
    it must be what the code prints now (line ends aside). A page that shows output
    its code no longer produces tells the reader something false."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    namespace: dict[str, object] = {"__name__": "__docs__"}
    printed: str | None = None
    for b in blocks(page.read_text(encoding="utf-8")):
        if b.lang in ("python", "py"):
            printed = None
            if b.skipped:
                continue
            out = io.StringIO()
            source = "\n" * (b.line - 1) + b.code + "\n"  # tracebacks point at the page
            with contextlib.redirect_stdout(out):
                # the page's own code, run as a reader would run it
                exec(compile(source, str(page), "exec"), namespace)
            printed = out.getvalue()
            continue
        if b.lang == "text" and printed:
            shown = [ln.rstrip() for ln in b.code.rstrip().splitlines()]
            assert shown == [ln.rstrip() for ln in printed.rstrip().splitlines()], (
                f"{page}:{b.line}: the output shown is not what the block above prints"
            )
        printed = None


@pytest.mark.parametrize("page", pages(), ids=_page_id)
def test_skip_markers_only_on_python_blocks(page: Path) -> None:
    """A skip marker before a non-Python block is a mistake: it would skip nothing."""
    for b in blocks(page.read_text(encoding="utf-8")):
        if b.skipped:
            assert b.lang in ("python", "py"), f"{page}:{b.line}: skip marker on a {b.lang} block"

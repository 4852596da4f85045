"""README.md is also the package's page on the package index, which shows it without the
repository around it: its links must be absolute, and those to the docs site must name
pages that exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
LINKS = re.findall(r"\]\(([^)\s]+)\)", README)


def _site() -> str:
    """The Documentation URL of [project.urls], where Read the Docs serves /en/latest/."""
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    found = re.search(r'^Documentation = "([^"]+)"$', pyproject, re.MULTILINE)
    assert found, "[project.urls] Documentation is missing from pyproject.toml"
    return found[1].rstrip("/") + "/en/latest/"


def test_every_link_is_absolute() -> None:
    assert LINKS
    relative = [link for link in LINKS if not link.startswith(("https://", "#"))]
    assert relative == []


def test_links_to_the_docs_site_name_pages_that_exist() -> None:
    site = _site()
    docs = ROOT / "docs"
    for link in LINKS:
        if not link.startswith(site):
            continue
        page = link.removeprefix(site).split("#")[0]
        if page.endswith("/"):
            candidates = [docs / f"{page.rstrip('/')}.md", docs / page / "index.md"]
        else:
            candidates = [docs / page]
        assert any(p.is_file() for p in candidates), link

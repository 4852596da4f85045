"""Taxonomy references: the public page and the name of an ATLAS, OWASP or CWE id.

Every report and export links taxonomy ids through this one module, so the
URL scheme lives in one place::

    >>> from threatgraph.taxonomy import reference_url, reference_name
    >>> reference_url("AML.T0051.000")
    'https://atlas.mitre.org/techniques/AML.T0051.000'
    >>> reference_url("CWE-1427")
    'https://cwe.mitre.org/data/definitions/1427.html'
    >>> reference_name("LLM01:2025")
    'Prompt Injection'
    >>> reference_url("not-an-id") is None
    True

Which page an id links to:

==========================  =====================================================
``AML.TA0000``              ``https://atlas.mitre.org/tactics/<id>``
``AML.T0051[.000]``         ``https://atlas.mitre.org/techniques/<id>``
``AML.M0015``               ``https://atlas.mitre.org/mitigations/<id>``
``CWE-1427``                ``https://cwe.mitre.org/data/definitions/1427.html``
``LLMxx:2025``              the OWASP Top 10 for LLM Applications page
``LLMxx:2023``              the OWASP Top 10 for LLM project page (2023 edition)
``LLMxx:2026``              the OWASP GenAI Security Project site
``MLxx:2023``               the OWASP Machine Learning Security Top 10 page
``ASIxx:2026``              the OWASP Top 10 for Agentic Applications 2026 page
``AGT-Tn``                  the OWASP GenAI Security Project site
==========================  =====================================================

OWASP ids always carry their year (``LLM01:2025``): the 2026 list renumbers
entries. The OWASP pages are list pages, not per-entry pages, because the
per-entry addresses are not stable across editions.

Names come from the reference data shipped in ``threatgraph/data/taxonomy.json``
(generated from the project's reference CSVs by ``tools/gen_taxonomy.py``).
"""

from __future__ import annotations

import functools
import json
import re
import types
from collections.abc import Mapping
from importlib import resources
from typing import Any

__all__ = [
    "reference_family",
    "reference_name",
    "reference_url",
    "taxonomy_versions",
]

_PATTERNS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"AML\.TA\d{4}"), "MITRE ATLAS", "https://atlas.mitre.org/tactics/{id}"),
    (
        re.compile(r"AML\.T\d{4}(?:\.\d{3})?"),
        "MITRE ATLAS",
        "https://atlas.mitre.org/techniques/{id}",
    ),
    (re.compile(r"AML\.M\d{4}"), "MITRE ATLAS", "https://atlas.mitre.org/mitigations/{id}"),
    (re.compile(r"CWE-(?P<n>\d{1,5})"), "CWE", "https://cwe.mitre.org/data/definitions/{n}.html"),
    (re.compile(r"LLM\d{2}:2025"), "OWASP LLM Top 10 2025", "https://genai.owasp.org/llm-top-10/"),
    (
        re.compile(r"LLM\d{2}:2023"),
        "OWASP LLM Top 10 2023",
        "https://owasp.org/www-project-top-10-for-large-language-model-applications/",
    ),
    (re.compile(r"LLM\d{2}:2026"), "OWASP LLM Top 10 2026", "https://genai.owasp.org/"),
    (
        re.compile(r"ML\d{2}:2023"),
        "OWASP ML Security Top 10 2023",
        "https://owasp.org/www-project-machine-learning-security-top-10/",
    ),
    (
        re.compile(r"ASI\d{2}:2026"),
        "OWASP Agentic Top 10 2026",
        "https://genai.owasp.org/resource/owasp-top-10-for-agentic-applications-for-2026/",
    ),
    (re.compile(r"AGT-T\d{1,2}"), "OWASP Agentic AI Threats", "https://genai.owasp.org/"),
)


def _match(ref: str) -> tuple[re.Match[str], str, str] | None:
    if not isinstance(ref, str):
        return None
    text = ref.strip()
    for pattern, family, template in _PATTERNS:
        m = pattern.fullmatch(text)
        if m is not None:
            return m, family, template
    return None


def reference_url(ref: str) -> str | None:
    """The public page for a taxonomy id, or None when the id is not recognised."""
    found = _match(ref)
    if found is None:
        return None
    m, _, template = found
    return template.format(id=m.group(0), **m.groupdict())


def reference_family(ref: str) -> str | None:
    """Which taxonomy an id belongs to (``"MITRE ATLAS"``, ``"CWE"``, ``"OWASP LLM Top 10 2025"``…)."""
    found = _match(ref)
    return None if found is None else found[1]


def reference_name(ref: str) -> str | None:
    """The entry's name from the shipped reference data, or None when it is unknown."""
    if not isinstance(ref, str):
        return None
    name = _table()["names"].get(ref.strip())
    return name if isinstance(name, str) else None


def taxonomy_versions() -> Mapping[str, str]:
    """Versions of the taxonomies the shipped names come from (``{"MITRE ATLAS": "5.6.0"}``)."""
    versions: Mapping[str, str] = _table()["versions"]
    return versions


@functools.lru_cache(maxsize=1)
def _table() -> Mapping[str, Any]:
    """The shipped table, read once and exposed read-only."""
    text = resources.files("threatgraph").joinpath("data/taxonomy.json").read_text("utf-8")
    raw = json.loads(text)
    return types.MappingProxyType(
        {
            "names": types.MappingProxyType(dict(raw["names"])),
            "versions": types.MappingProxyType(dict(raw["versions"])),
        }
    )

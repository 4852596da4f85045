"""Taxonomy references: URLs, names and the shipped table's sync with the reference data."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from threatgraph.taxonomy import (
    reference_family,
    reference_name,
    reference_url,
    taxonomy_versions,
)

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference"


@pytest.mark.parametrize(
    ("ref", "url"),
    [
        ("AML.T0051", "https://atlas.mitre.org/techniques/AML.T0051"),
        ("AML.T0051.000", "https://atlas.mitre.org/techniques/AML.T0051.000"),
        ("AML.M0015", "https://atlas.mitre.org/mitigations/AML.M0015"),
        ("AML.TA0002", "https://atlas.mitre.org/tactics/AML.TA0002"),
        ("CWE-1427", "https://cwe.mitre.org/data/definitions/1427.html"),
        ("LLM01:2025", "https://genai.owasp.org/llm-top-10/"),
        (
            "LLM05:2023",
            "https://owasp.org/www-project-top-10-for-large-language-model-applications/",
        ),
        ("LLM03:2026", "https://genai.owasp.org/"),
        ("ML06:2023", "https://owasp.org/www-project-machine-learning-security-top-10/"),
        (
            "ASI05:2026",
            "https://genai.owasp.org/resource/owasp-top-10-for-agentic-applications-for-2026/",
        ),
        ("AGT-T6", "https://genai.owasp.org/"),
        (" CWE-79 ", "https://cwe.mitre.org/data/definitions/79.html"),
    ],
)
def test_reference_url(ref: str, url: str) -> None:
    assert reference_url(ref) == url


@pytest.mark.parametrize(
    "ref",
    [
        "",
        "LLM01",
        "AML.T51",
        "CWE-",
        "CWE-12x",
        "javascript:alert(1)",
        "AML.T0051.000.1",
        "x CWE-79",
    ],
)
def test_unknown_ids_have_no_url(ref: str) -> None:
    assert reference_url(ref) is None
    assert reference_family(ref) is None


def test_non_strings() -> None:
    assert reference_url(None) is None  # type: ignore[arg-type]
    assert reference_name(42) is None  # type: ignore[arg-type]


def test_names_and_families() -> None:
    assert reference_name("LLM01:2025") == "Prompt Injection"
    assert reference_name("LLM01:2026") == "Prompt Injection"
    assert reference_name("LLM03:2026") == "Excessive Agency"
    assert reference_name("AML.T0051.000") == "LLM Prompt Injection: Direct"
    assert reference_name("AML.M0015") is not None
    assert reference_name("CWE-1427") == "Improper Neutralization of Input Used for LLM Prompting"
    assert reference_name("nope") is None
    assert reference_family("ASI01:2026") == "OWASP Agentic Top 10 2026"
    assert reference_family("CWE-20") == "CWE"
    assert taxonomy_versions()["MITRE ATLAS"] == "5.6.0"


def test_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        taxonomy_versions()["MITRE ATLAS"] = "x"  # type: ignore[index]


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="needs ../shared/reference")
def test_shipped_table_is_in_sync_with_the_reference_data() -> None:
    spec = importlib.util.spec_from_file_location(
        "gen_taxonomy", ROOT / "tools" / "gen_taxonomy.py"
    )
    assert spec
    assert spec.loader
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    shipped = (ROOT / "src" / "threatgraph" / "data" / "taxonomy.json").read_text("utf-8")
    assert shipped == gen.render(gen.build(REFERENCE)), "run: python tools/gen_taxonomy.py"
    table = json.loads(shipped)
    # every id in the table gets a URL
    assert all(reference_url(k) for k in table["names"]), [
        k for k in table["names"] if not reference_url(k)
    ]

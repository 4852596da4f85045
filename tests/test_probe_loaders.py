"""Loaders the adversarial probe found too lenient (issue 18), from its reproducers in
``tests/data/repro/``: how a file's kind is decided, repeated YAML keys, custom element
kinds, parameter ranges, format versions and register dates.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

import threatgraph.controls as c
from _cli_models import main
from threatgraph._util import iso_date
from threatgraph.errors import InvalidValueError, LoadError
from threatgraph.load import load_model
from threatgraph.load._documents import read_document
from threatgraph.load.json import document_kind_of
from threatgraph.load.target import load_target
from threatgraph.register import Register

REPRO = Path(__file__).parent / "data" / "repro"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The reproducers copied into an empty folder, which is the current directory."""
    shutil.copytree(REPRO, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --------------------------------------------------------------------------- OTM or not


def test_a_model_that_mentions_otmversion_is_still_a_model(project: Path) -> None:
    # named_otm.json names an element "otmVersion": a sniff of the first 4 KiB took it
    # for an OTM document and failed; parsing it says it is a model
    assert document_kind_of(project / "named_otm.json") == "model"
    system = load_target("named_otm.json")
    assert system.element("llm").name == "otmVersion"
    assert main("analyze", "named_otm.json") == 0


def test_an_otm_document_is_found_by_its_top_level_key_anywhere_in_the_file(
    project: Path,
) -> None:
    doc = json.loads((project / "otm_cycle.otm.json").read_text("utf-8"))
    doc["components"][1]["parent"] = {"trustZone": "vpc"}
    doc["components"][2]["parent"] = {"trustZone": "vpc"}
    doc["components"][3]["parent"] = {"trustZone": "vpc"}
    # the key comes last, after more than 4 KiB of components
    doc["components"] += [
        {"id": f"svc-{i}", "name": "S" * 100, "type": "service", "parent": {"trustZone": "vpc"}}
        for i in range(60)
    ]
    version = doc.pop("otmVersion")
    text = json.dumps({**doc, "otmVersion": version})
    assert text.index("otmVersion") > 4096
    (project / "late.json").write_text(text, encoding="utf-8")
    assert document_kind_of(project / "late.json") == "otm"
    assert len(load_target("late.json").all_elements) == 64


def test_a_report_whose_model_mentions_otmversion_is_still_a_report(project: Path) -> None:
    assert main("analyze", "named_otm.json", "-f", "json", "-o", "report.json") == 0
    assert document_kind_of(project / "report.json") == "report"
    assert main("diff", "report.json", "named_otm.json") == 0


# --------------------------------------------------------------------------- YAML


def test_yaml_keys_written_twice_are_refused_as_in_json(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # dup.yaml: a reviewer reads "boundary: internet", the loader kept "boundary: vault"
    assert main("analyze", "dup.yaml") == 2
    err = capsys.readouterr().err
    assert (
        "$.elements[1].boundary: appears more than once in the same object (keep one; "
        "readers disagree on which value wins)"
    ) in err
    with pytest.raises(LoadError) as info:
        load_model("name: M\nthreatgraph: '1'\nname: N\n")
    assert [p.where for p in info.value.problems] == ["$.name"]


def test_yaml_merge_keys_and_aliases_are_not_repeated_keys() -> None:
    doc = read_document(
        "base: &b {kind: llm, name: A}\nother:\n  <<: *b\n  name: B\nagain: *b\nlist: [*b, *b]\n"
    )
    assert doc.problems == ()
    assert doc.data["other"] == {"kind": "llm", "name": "B"}
    doc = read_document("a: {1: x, 1: y, true: z}\n")
    assert [p.where for p in doc.problems] == ["$.a[1]"]


# --------------------------------------------------------------------------- custom kinds


def test_a_custom_element_kind_works_everywhere_but_reading_back(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # docs/reference/model-format.md: kinds defined in Python are written to documents
    # but cannot be read back. custom_kind.py crashed analyze --format json with a
    # KeyError, and diff of the file against itself reported a change of kind.
    assert main("analyze", "custom_kind.py", "--format", "json", "-o", "report.json") == 0
    data = json.loads((project / "report.json").read_text("utf-8"))
    kinds = {e["id"]: e["kind"] for e in data["model"]["elements"]}
    assert kinds == {"api": "endpoint", "gpu": "gpu_cluster"}
    for fmt in ("sarif", "otm", "md", "html"):
        assert main("analyze", "custom_kind.py", "--format", fmt, "-o", f"r.{fmt}") == 0
    assert main("render", "custom_kind.py", "--format", "dot") == 0
    assert main("check", "custom_kind.py") == 0
    assert main("export", "custom_kind.py", "--format", "json", "-o", "model.json") == 0
    capsys.readouterr()
    assert main("diff", "custom_kind.py", "custom_kind.py") == 0
    out = capsys.readouterr().out
    assert "No changes." in out
    assert "kind gpu_cluster" not in out
    # reading one back is refused with a message that says why
    for command in (["diff", "report.json", "custom_kind.py"], ["analyze", "model.json"]):
        assert main(*command) == 2
        err = capsys.readouterr().err
        assert "'gpu_cluster' is not an element kind" in err
        assert "a kind defined in Python (a subclass of Element) is written to a document" in err


# --------------------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("control", "field", "value"),
    [
        ("rate_limiting", "requests_per_minute", -5),
        ("rate_limiting", "requests_per_minute", 0),
        ("circuit_breaker", "max_steps", -1),
        ("audit_logging", "retention_days", 0),
        ("differential_privacy", "epsilon", -1.5),
        ("differential_privacy", "epsilon", 0),
    ],
)
def test_counts_rates_and_budgets_must_be_above_zero(
    control: str, field: str, value: float
) -> None:
    doc = {
        "threatgraph": "1",
        "name": "M",
        "elements": [
            {"kind": "llm", "name": "LLM", "controls": [{"control": control, field: value}]}
        ],
    }
    with pytest.raises(LoadError) as info:
        load_model(json.dumps(doc))
    (problem,) = info.value.problems
    assert problem.where == "$.elements[0].controls[0]"
    assert f"'{field}' must be a " in problem.message
    assert "above 0" in problem.message
    with pytest.raises(InvalidValueError, match="above 0"):
        c.DifferentialPrivacy(epsilon=float("inf"))
    with pytest.raises(InvalidValueError, match="above 0"):
        c.DifferentialPrivacy(epsilon=float("nan"))
    assert c.DifferentialPrivacy(epsilon=0.5).epsilon == 0.5
    assert c.RateLimiting(requests_per_minute=60).requests_per_minute == 60


@pytest.mark.parametrize("version", ["1.0", "true", '"1.0"', "2", '"01"'])
def test_only_format_version_1_is_read(version: str) -> None:
    with pytest.raises(LoadError) as info:
        load_model(f'{{"threatgraph": {version}, "name": "M"}}')
    (problem,) = info.value.problems
    assert problem.where == "$.threatgraph"
    assert "is not supported" in problem.message
    for good in ('"1"', "1"):
        assert load_model(f'{{"threatgraph": {good}, "name": "M"}}').name == "M"


@pytest.mark.parametrize("written", ["2026W27", "2026-W27-1", "20260630", "2026-183", "2026-6-30"])
def test_register_dates_are_only_yyyy_mm_dd(written: str) -> None:
    entry = (
        "version = 1\n[findings.TG-0123456789ab]\nstatus = 'accepted'\nowner = 'a@b.c'\n"
        "reason = 'r'\nexpires = '{}'\n"
    )
    with pytest.raises(LoadError, match=r"must be a date \(YYYY-MM-DD\)"):
        Register.from_toml(entry.format(written))
    assert Register.from_toml(entry.format("2026-06-30")).entries[0].expires == dt.date(2026, 6, 30)
    assert iso_date(written) is None
    assert iso_date(" 2026-06-30 ") == dt.date(2026, 6, 30)
    assert iso_date("2026-02-30") is None


def test_today_is_only_yyyy_mm_dd(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main("analyze", "named_otm.json", "--today", "2026W27")
    assert info.value.code == 2
    assert "'2026W27' is not a date; write it as YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("option", "value"),
    [("--owasp", "bogus"), ("--atlas", "AML.X"), ("--reference", "ASI01"), ("--kind", "robot")],
)
def test_rules_with_a_filter_that_names_nothing_exits_2(
    capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    assert main("rules", option, value) == 2
    err = capsys.readouterr().err
    assert err.startswith("threatgraph: error: ")
    assert err.count("\n") == 1


def test_rules_with_a_known_reference_still_lists(capsys: pytest.CaptureFixture[str]) -> None:
    assert main("rules", "--owasp", "llm01:2025") == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("5 of ")
    assert main("rules", "--cwe", "CWE-99999") == 0  # a real kind of id that no rule cites
    assert capsys.readouterr().out.splitlines()[-1].startswith("0 of ")

"""The reference tables shipped as data: threats, control metadata and vocabulary aliases.

Each table is read once, when its module is imported, and checked then; these tests
check the shipped files say what the modules need, and that a damaged copy of each
file is refused with an error that names the file, the entry and the field.
"""

from __future__ import annotations

import ast
import copy
import inspect
import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest

from threatgraph import _data, vocab
from threatgraph import controls as c
from threatgraph.errors import CatalogueError
from threatgraph.rules import THREATS, Threat
from threatgraph.rules.threats import load_threats

Edit = Callable[[Any], None]


def _shipped(name: str) -> Any:
    return json.loads(resources.files("threatgraph").joinpath(f"data/{name}").read_text("utf-8"))


def _refused(
    load: Callable[[str, str], object], name: str, edit: Edit, tmp_path: Path
) -> CatalogueError:
    """Load an edited copy of a shipped table from a file; return the error it raises."""
    table = copy.deepcopy(_shipped(name))
    edit(table)
    damaged = tmp_path / name
    damaged.write_text(json.dumps(table), encoding="utf-8")
    with pytest.raises(CatalogueError) as exc:
        load(damaged.read_text(encoding="utf-8"), str(damaged))
    assert str(exc.value).startswith(f"{damaged}: ")
    return exc.value


@pytest.mark.parametrize("name", ["threats.json", "controls.json", "aliases.json"])
def test_the_tables_ship_inside_the_package(name: str) -> None:
    text, source = _data.read(name)
    assert source == f"threatgraph/data/{name}"
    assert json.loads(text)


# ----------------------------------------------------------------------------- threats


def test_the_threat_table_is_the_reference_mapping() -> None:
    assert len(THREATS) == 62
    rows = _shipped("threats.json")
    assert [row["slug"] for row in rows] == list(THREATS)  # file order is table order
    names = [f.name for f in attrs.fields(Threat)]
    assert all(list(row) == names for row in rows)  # every field, named, in field order
    poisoning = THREATS["training_data_poisoning"]
    assert poisoning.phases == (vocab.Phase.DATA, vocab.Phase.TRAINING)
    assert poisoning.likelihood is vocab.Likelihood.LIKELY
    assert poisoning.mitigations == ("data_sanitization", "provenance_tracking")


def test_every_control_a_threat_names_exists() -> None:
    keys = {cls.key for cls in c.ALL}
    for t in THREATS.values():
        assert set(t.mitigations) | set(t.supporting) <= keys, t.slug


def _set(index: int, **fields: Any) -> Edit:
    return lambda rows: rows[index].update(fields)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (_set(0, colour="red"), "training_data_poisoning: unknown field(s) 'colour'"),
        (lambda rows: rows[0].pop("title"), "training_data_poisoning.title: missing"),
        (_set(0, title=3), "training_data_poisoning.title: must be a string (got 3)"),
        (
            _set(0, phases=["data"]),
            "training_data_poisoning.phases[0]: 'data' is not a Phase (one of",
        ),
        (
            _set(0, phases="training-and-fine-tuning"),
            "training_data_poisoning.phases: must be a list",
        ),
        (
            _set(0, likelihood="likley"),
            "training_data_poisoning.likelihood: 'likley' is not a Likelihood",
        ),
        (
            _set(0, likelihood="rare"),
            "training_data_poisoning.likelihood: 'rare', but maturity 'realized' gives 'likely'",
        ),
        (_set(0, stride="X"), "training_data_poisoning.stride: 'X' is not one of"),
        (_set(0, cia="CIX"), "training_data_poisoning.cia: 'CIX' is not letters from 'CIA'"),
        (
            _set(0, mitigations=["rate_limting"]),
            "training_data_poisoning.mitigations: 'rate_limting' is not the key of a control",
        ),
        (
            _set(0, supporting=["nope"]),
            "training_data_poisoning.supporting: 'nope' is not the key of a control",
        ),
        (_set(0, atlas=["CWE-20"]), "training_data_poisoning.atlas: 'CWE-20' is not a MITRE"),
        (_set(1, slug="training_data_poisoning"), "training_data_poisoning.slug: a second threat"),
        (lambda rows: rows.__setitem__(0, ["x"]), "[0]: must be an object"),
    ],
)
def test_a_damaged_threat_table_is_refused_naming_slug_and_field(
    edit: Edit, message: str, tmp_path: Path
) -> None:
    error = _refused(load_threats, "threats.json", edit, tmp_path)
    assert message in str(error)


def test_every_problem_in_a_threat_table_is_reported_at_once(tmp_path: Path) -> None:
    def edit(rows: Any) -> None:
        rows[0]["title"] = None
        rows[5]["maturity"] = "rumoured"

    error = _refused(load_threats, "threats.json", edit, tmp_path)
    assert "2 problems" in str(error)
    assert "training_data_poisoning.title: must be a string (got None)" in str(error)
    assert f"{_shipped('threats.json')[5]['slug']}.maturity: 'rumoured'" in str(error)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[", "not valid JSON"),
        ("{}", "must be a list of threats"),
        ('[{"slug": "a", "slug": "b"}]', "the key 'slug' appears twice in one object"),
    ],
)
def test_a_threat_file_that_is_not_a_table_is_refused(text: str, message: str) -> None:
    with pytest.raises(CatalogueError, match=f"^bad.json: {message}"):
        load_threats(text, "bad.json")


# ----------------------------------------------------------------------------- controls


def test_all_is_every_control_class_in_the_module_in_definition_order() -> None:
    defined = [
        v
        for v in vars(c).values()
        if isinstance(v, type) and issubclass(v, c.Control) and v is not c.Control
    ]
    assert list(c.ALL) == defined
    lines = [inspect.getsourcelines(cls)[1] for cls in c.ALL]
    assert lines == sorted(lines)
    assert c.ALL[:3] == (c.InputValidation, c.Guardrails, c.UntrustedInputSegregation)
    assert c.ALL[-3:] == (c.SafetyLimits, c.FailClosed, c.PolicyEnforcement)


def test_each_control_is_written_once() -> None:
    """A class body holds its docstring and its parameters; the rest is data."""
    tree = ast.parse(Path(inspect.getfile(c)).read_text(encoding="utf-8"))
    names = {cls.__name__ for cls in c.ALL}
    bodies = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name in names]
    assert len(bodies) == len(c.ALL)
    for node in bodies:
        doc, *rest = node.body
        assert isinstance(doc, ast.Expr)
        for stmt in rest:
            if isinstance(stmt, ast.AnnAssign):
                assert "ClassVar" not in ast.unparse(stmt.annotation), node.name
                assert isinstance(stmt.value, ast.Call), node.name
                assert ast.unparse(stmt.value.func) == "param", node.name
            else:  # an attribute docstring
                assert isinstance(stmt, ast.Expr), node.name


def test_the_control_table_is_what_the_classes_say() -> None:
    table = _shipped("controls.json")
    assert list(table) == [cls.__name__ for cls in c.ALL]
    for cls in c.ALL:
        entry = table[cls.__name__]
        assert entry == {
            "key": cls.key,
            "title": cls.title,
            "layer": cls.layer.value,
            "atlas_mitigations": list(cls.atlas_mitigations),
            "saif_controls": list(cls.saif_controls),
            "aliases": list(cls.aliases),
        }
        assert cls.description == cls.__doc__


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda t: t["RateLimiting"].update(colour="red"),
            "RateLimiting: unknown field(s) 'colour'",
        ),
        (
            lambda t: t["RateLimiting"].update(description="Quotas."),
            "RateLimiting: unknown field(s) 'description'",
        ),
        (
            lambda t: t["RateLimiting"].update(layer="network"),
            "RateLimiting.layer: 'network' is not a Layer (one of 'data', 'model',",
        ),
        (lambda t: t["RateLimiting"].pop("title"), "RateLimiting.title: missing"),
        (lambda t: t.pop("RateLimiting"), "RateLimiting: no entry for this control class"),
        (
            lambda t: t.__setitem__("RateLimitng", t.pop("RateLimiting")),
            "RateLimitng: no control class has this name; did you mean 'RateLimiting'?",
        ),
        (
            lambda t: t["RateLimiting"].update(key="guardrails"),
            "RateLimiting.key: 'guardrails' is also a name of Guardrails",
        ),
        (
            lambda t: t["RateLimiting"]["aliases"].append("hitl"),
            "'hitl' is also a name of",
        ),
        (
            lambda t: t["RateLimiting"]["aliases"].append("rbac"),
            "RateLimiting.aliases: 'rbac' is also a name of RBAC",
        ),
        (
            lambda t: t["RateLimiting"]["aliases"].append("quotas"),
            "RateLimiting.aliases: 'quotas' is given twice",
        ),
        (
            lambda t: t["RateLimiting"]["aliases"].append("Quota Limits"),
            "RateLimiting.aliases: 'Quota Limits' is not snake_case",
        ),
        (
            lambda t: t["RateLimiting"].update(title="Guardrails"),
            "RateLimiting.title: 'Guardrails' is also the title of Guardrails",
        ),
        (
            lambda t: t["RateLimiting"].update(aliases="quotas"),
            "RateLimiting.aliases: must be a list (got 'quotas')",
        ),
        (
            lambda t: t["RateLimiting"].update(atlas_mitigations=["M0004"]),
            "RateLimiting.atlas_mitigations: 'M0004' is not an ATLAS mitigation id",
        ),
    ],
)
def test_a_damaged_control_table_is_refused_naming_class_and_field(
    edit: Edit, message: str, tmp_path: Path
) -> None:
    error = _refused(c.load_control_table, "controls.json", edit, tmp_path)
    assert message in str(error)


# ----------------------------------------------------------------------------- aliases


def test_every_alias_in_the_table_parses_to_its_member() -> None:
    table = _shipped("aliases.json")
    assert len(table) >= 10
    for enum_name, members in table.items():
        cls = getattr(vocab, enum_name)
        for value, aliases in members.items():
            for alias in aliases:
                assert cls.parse(alias) is cls(value), (enum_name, alias)
                assert cls.parse(alias.upper().replace("-", " ")) is cls(value)


def test_aliases_are_not_attributes_of_the_members() -> None:
    # regression: aliases used to be monkey-patched onto members as `_aliases`
    for name in vocab.__all__:
        for member in getattr(vocab, name):
            assert not hasattr(member, "_aliases"), member


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda t: t.__setitem__("Phaze", {}), "Phaze: no vocabulary has this name"),
        (
            lambda t: t["Phase"].__setitem__("serving", ["live"]),
            "Phase.serving: Phase has no member of this value",
        ),
        (
            lambda t: t["Phase"]["inference-and-serving"].append("p1"),
            "Phase.inference-and-serving: 'p1' is already a word for "
            "'data-collection-and-preparation'",
        ),
        (
            lambda t: t["Stride"]["spoofing"].append("tampering"),
            "Stride.spoofing: 'tampering' is already a word for 'tampering'",
        ),
        (
            lambda t: t["Phase"]["inference-and-serving"].append("Serve Time"),
            "'Serve Time' is not in the form parse() compares ('serve-time')",
        ),
        (
            lambda t: t["Phase"]["inference-and-serving"].append("serving"),
            "Phase.inference-and-serving: an alias is given twice",
        ),
        (
            lambda t: t["Phase"].__setitem__("inference-and-serving", "serving"),
            "Phase.inference-and-serving: must be a list (got 'serving')",
        ),
        (
            lambda t: t["Phase"].__setitem__("inference-and-serving", [3]),
            "Phase.inference-and-serving[0]: must be a string (got 3)",
        ),
        (lambda t: t.__setitem__("Phase", []), "Phase: must be an object keyed by member value"),
    ],
)
def test_a_damaged_alias_table_is_refused_naming_enum_and_member(
    edit: Edit, message: str, tmp_path: Path
) -> None:
    error = _refused(vocab.load_aliases, "aliases.json", edit, tmp_path)
    assert message in str(error)

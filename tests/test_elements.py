"""Element kinds, data, boundaries and flows: frozen values that validate on construction."""

from __future__ import annotations

import inspect
import os
import re
import sys
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import threatgraph as tg
from threatgraph import controls as c
from threatgraph._util import SourceLocation
from threatgraph.elements import KINDS, Element, Exclusion, kind_of
from threatgraph.errors import InvalidTypeError, InvalidValueError, UnknownFieldError
from threatgraph.testing import strategies as tgst
from threatgraph.vocab import Phase, _Vocab

ALL_KINDS = list(KINDS.values())
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

EXPECTED_KINDS = {
    "actor": tg.Actor,
    "external_service": tg.ExternalService,
    "data_source": tg.DataSource,
    "data_store": tg.DataStore,
    "dataset": tg.Dataset,
    "feature_store": tg.FeatureStore,
    "vector_store": tg.VectorStore,
    "pipeline": tg.Pipeline,
    "model": tg.Model,
    "llm": tg.LLM,
    "model_registry": tg.ModelRegistry,
    "endpoint": tg.Endpoint,
    "agent": tg.Agent,
    "tool": tg.Tool,
    "service": tg.Service,
    "device": tg.Device,
}


def _line() -> int:
    """The caller's line number."""
    frame = inspect.currentframe()
    assert frame is not None
    assert frame.f_back is not None
    return frame.f_back.f_lineno


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def test_kinds_lists_every_builtin_kind_and_is_read_only() -> None:
    assert dict(KINDS) == EXPECTED_KINDS
    with pytest.raises(TypeError):
        KINDS["mine"] = tg.Service  # type: ignore[index]
    for name, cls in KINDS.items():
        assert cls.kind == name
        assert kind_of(name) is cls


def test_kind_of_an_unknown_name_suggests_one() -> None:
    with pytest.raises(InvalidValueError, match="unknown element kind 'vectorstore'; did you mean"):
        kind_of("vectorstore")


@pytest.mark.parametrize("cls", ALL_KINDS, ids=lambda c: c.kind)
def test_every_kind_constructs_from_a_name_alone(cls: type[Element]) -> None:
    e = cls("Chat API (v2)")
    assert e.name == "Chat API (v2)"
    assert e.id == "chat-api-v2"
    assert e.kind == cls.kind
    assert e.category in {"external", "process", "store"}
    assert isinstance(e.default_phase, Phase)
    assert e.title == f"Chat API (v2) ({cls.kind})"
    assert e.controls == frozenset()
    assert e.tags == frozenset()
    assert e.exclude == frozenset()


@pytest.mark.parametrize("cls", ALL_KINDS, ids=lambda c: c.kind)
def test_every_kind_is_frozen(cls: type[Element]) -> None:
    e = cls("x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        e.name = "y"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        e.controls = frozenset()  # type: ignore[misc]
    assert e.name == "x"


@pytest.mark.parametrize("cls", ALL_KINDS, ids=lambda c: c.kind)
def test_every_kind_is_a_hashable_value(cls: type[Element]) -> None:
    a = cls("Thing", controls={c.AuditLogging()}, tags={"pci"})
    b = cls("Thing", controls={c.AuditLogging()}, tags={"pci"})
    assert a == b
    assert hash(a) == hash(b)
    assert len({a, b}) == 1
    assert a != cls("Thing", tags={"other"})
    assert a.declared_at != b.declared_at  # two lines, still equal


@pytest.mark.parametrize("cls", ALL_KINDS, ids=lambda c: c.kind)
def test_evolve_makes_a_changed_copy(cls: type[Element]) -> None:
    e = cls("Thing")
    changed = attrs.evolve(e, description="now described", controls={c.RBAC()})
    assert changed.description == "now described"
    assert changed.has(c.RBAC)
    assert changed.id == e.id
    assert e.description == ""
    assert not e.has(c.RBAC)
    with pytest.raises(InvalidTypeError):
        attrs.evolve(e, description=5)


@pytest.mark.parametrize("cls", ALL_KINDS, ids=lambda c: c.kind)
def test_unknown_keyword_is_an_error_with_a_suggestion(cls: type[Element]) -> None:
    with pytest.raises(UnknownFieldError) as exc:
        cls("x", contrls={c.RBAC()})
    message = str(exc.value)
    assert message.startswith(f"{cls.__name__} 'x': unknown field 'contrls'")
    assert "did you mean 'controls'?" in message
    assert "valid fields: " in message
    assert isinstance(exc.value, TypeError)


@pytest.mark.parametrize("cls", ALL_KINDS, ids=lambda c: c.kind)
def test_extra_positional_arguments_are_refused(cls: type[Element]) -> None:
    with pytest.raises(UnknownFieldError, match=r"takes 1 positional argument\(s\) \(name\)"):
        cls("x", "y")  # type: ignore[misc]


def _wrong_values(hint: Any) -> list[Any]:
    if hint is bool:
        return ["yes", 1, None]
    if hint is str:
        return [5, ["x"]]
    if isinstance(hint, type) and issubclass(hint, _Vocab):
        return [3, None, 1.5]
    if typing.get_origin(hint) is frozenset:
        return [5, [5]]
    return []


@pytest.mark.parametrize("cls", ALL_KINDS, ids=lambda c: c.kind)
def test_wrong_types_are_invalid_type_errors(cls: type[Element]) -> None:
    checked = 0
    for field in attrs.fields(cls):
        if field.name in ("declared_at",):
            continue
        for bad in _wrong_values(_hints(cls)[field.name]):
            kwargs = {"name": "x", field.name: bad}
            with pytest.raises(InvalidTypeError, match=repr(field.name)):
                cls(**kwargs)
            checked += 1
    with pytest.raises(InvalidTypeError, match="'name' must be a str"):
        cls(42)  # type: ignore[arg-type]
    assert checked >= 10


@pytest.mark.parametrize(
    ("cls", "field", "bad", "suggestion"),
    [
        (tg.LLM, "origin", "third-party", "third-party-api"),
        (tg.Pipeline, "stage", "fine-tunning", "fine-tuning"),
        (tg.DataSource, "origin", "public_webb", "public-web"),
        (tg.Agent, "autonomy", "autonomus", "autonomous"),
        (tg.Tool, "origin", "first-part", "first-party"),
        (tg.Endpoint, "purpose", "inferense", "inference"),
        (tg.ExternalService, "provides", "model-apis", "model-api"),
        (tg.Service, "maturity", "experimentl", "experimental"),
        (tg.Model, "task", "clasifier", "classifier"),
    ],
)
def test_bad_enum_strings_are_invalid_value_errors_with_a_suggestion(
    cls: type[Element], field: str, bad: str, suggestion: str
) -> None:
    with pytest.raises(InvalidValueError) as exc:
        cls("x", **{field: bad})
    assert f"'{field}' must be" in str(exc.value)
    assert f"did you mean {suggestion!r}?" in str(exc.value)


def test_enum_fields_accept_members_values_and_aliases() -> None:
    llm = tg.LLM("x", origin="hosted")
    assert llm.origin is tg.ModelOrigin.THIRD_PARTY_API
    assert tg.Pipeline("p", stage=tg.Stage.TRAINING).stage is tg.Stage.TRAINING
    assert tg.Tool("t", capabilities={"shell", tg.Capability.WRITE}).capabilities == {
        tg.Capability.EXECUTE_CODE,
        tg.Capability.WRITE,
    }
    assert tg.Tool("t", capabilities="read").capabilities == {tg.Capability.READ}
    with pytest.raises(InvalidValueError, match="did you mean 'write'"):
        tg.Tool("t", capabilities={"writ"})


def test_blank_names_are_invalid_values() -> None:
    for blank in ("", "   ", "\n\t"):
        with pytest.raises(InvalidValueError, match="non-empty name"):
            tg.Service(blank)
        with pytest.raises(InvalidValueError):
            tg.Data(blank)
        with pytest.raises(InvalidValueError):
            tg.Boundary(blank, trust="internal")


# ----------------------------------------------------------------------------- ids


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Chat API", "chat-api"),
        ("  Chat   API  ", "chat-api"),
        ("Über Service", "uber-service"),
        ("model_registry v2.1", "model-registry-v2-1"),
        ("<script>", "script"),
        ("Support LLM (prod)", "support-llm-prod"),
    ],
)
def test_ids_are_slugs_of_names(name: str, slug: str) -> None:
    assert tg.Service(name).id == slug


def test_ids_without_ascii_are_deterministic_digests() -> None:
    a, b = tg.Agent("🤖🧠"), tg.Agent("🤖🧠")
    assert a.id == b.id
    assert re.fullmatch(r"x-[0-9a-f]{10}", a.id)
    assert a.id != tg.Agent("模型").id


def test_long_names_give_ids_of_at_most_80_characters() -> None:
    e = tg.Service("word " * 40)
    assert len(e.id) <= 80
    assert SLUG.match(e.id)


def test_an_explicit_id_wins() -> None:
    assert tg.LLM("Support LLM", id="llm-1").id == "llm-1"
    assert tg.Data("Prompt", id="p").id == "p"
    assert tg.Boundary("VPC", trust="internal", id="vpc-1").id == "vpc-1"


@given(tgst.names())
def test_any_name_gives_a_slug_id_that_is_the_same_every_time(name: str) -> None:
    first, second = tg.Service(name), tg.Service(name)
    assert first.id == second.id
    assert SLUG.match(first.id), first.id
    assert first.name == name


# ----------------------------------------------------------------------------- declared_at


def test_declared_at_points_at_the_line_that_built_the_element() -> None:
    e = tg.LLM("Support LLM")
    line = _line() - 1
    assert e.declared_at is not None
    assert e.declared_at.file.endswith("tests/test_elements.py")
    assert e.declared_at.line == line
    assert e.declared_at.short == f"test_elements.py:{line}"
    assert str(e.declared_at).endswith(f"test_elements.py:{line}")


def test_declared_at_of_boundaries_and_flows() -> None:
    b = tg.Boundary("VPC", trust="internal")
    b_line = _line() - 1
    f = tg.Flow("a", "b")
    f_line = _line() - 1
    assert b.declared_at is not None
    assert b.declared_at.line == b_line
    assert f.declared_at is not None
    assert f.declared_at.line == f_line


def test_declared_at_does_not_take_part_in_equality_or_repr() -> None:
    a = tg.Service("x")
    b = tg.Service("x")
    assert a.declared_at != b.declared_at
    assert a == b
    assert "declared_at" not in repr(a)


def test_a_location_is_shown_from_the_working_directory_of_the_moment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "project" / "src").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "project" / "src" / "tm.py").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "project")
    e = tg.LLM("Support LLM")
    line = _line() - 1
    here = SourceLocation("src/tm.py", 7, directory=os.getcwd())
    assert str(here) == "src/tm.py:7"  # unchanged while the directory is
    assert e.declared_at is not None

    monkeypatch.chdir(tmp_path / "elsewhere")
    assert str(here) == "../project/src/tm.py:7"
    assert (tmp_path / "elsewhere" / here.shown).is_file()
    assert here.path == os.path.join(os.path.realpath(tmp_path), "project", "src", "tm.py")
    assert here.file == "src/tm.py"  # as recorded
    assert here.short == "tm.py:7"
    # the element's own location follows too (this test file is far away from here)
    assert str(e.declared_at) == f"{os.path.abspath(__file__)}:{line}".replace(os.sep, "/")
    # compared, hashed and ordered as recorded, whatever the working directory
    bare = SourceLocation("src/tm.py", 7)
    assert here == bare
    assert hash(here) == hash(bare)
    assert not here < bare
    assert repr(here) == "SourceLocation(file='src/tm.py', line=7)"
    # shown as given: no directory, pseudo files, absolute paths
    assert str(bare) == "src/tm.py:7"
    assert str(SourceLocation("<string>", 3, directory=str(tmp_path))) == "<string>:3"
    absolute = str(tmp_path / "tm.py")
    assert str(SourceLocation(absolute, 3, directory="/nowhere")) == f"{absolute}:3"


@pytest.mark.skipif(sys.platform == "win32", reason="the working directory cannot be removed")
def test_a_location_is_shown_in_full_when_the_working_directory_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loc = SourceLocation("tm.py", 3, directory=str(tmp_path))
    (tmp_path / "gone").mkdir()
    monkeypatch.chdir(tmp_path / "gone")
    (tmp_path / "gone").rmdir()
    assert str(loc) == f"{tmp_path / 'tm.py'}:3"


# ----------------------------------------------------------------------------- kinds


def test_kind_specific_attributes_and_defaults() -> None:
    assert tg.Actor("a").human is True
    assert tg.Actor("a").role == "user"
    assert tg.LLM("l").task is tg.Task.GENERATIVE
    assert tg.Model("m").task is tg.Task.CLASSIFIER
    assert isinstance(tg.LLM("l"), tg.Model)
    assert isinstance(tg.VectorStore("v"), tg.DataStore)
    assert tg.Pipeline("p", stage="fine-tuning").phase is Phase.TRAINING
    assert tg.Tool("t").capabilities == {tg.Capability.READ}
    assert tg.Tool("t", capabilities={"execute-code"}).can("exec")
    assert not tg.Tool("t").can(tg.Capability.WRITE)
    assert tg.Dataset("d").default_phase is Phase.DATA
    assert tg.ModelRegistry("r").category == "store"
    assert tg.Device("d").fleet is True


def test_stores_and_provides_hold_data_values() -> None:
    pii = tg.Data("Tickets", sensitivity="pii")
    assert tg.VectorStore("v", stores={pii}).stores == {pii}
    assert tg.VectorStore("v", stores=pii).stores == {pii}
    assert tg.DataSource("s", provides=[pii]).provides == {pii}
    with pytest.raises(InvalidTypeError, match="write stores="):
        tg.DataStore("s", stores="Tickets")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        tg.DataStore("s", stores={"Tickets"})  # type: ignore[arg-type]


def test_has_matches_control_subclasses() -> None:
    class StrictRateLimiting(c.RateLimiting):
        pass

    api = tg.Endpoint("api", controls={StrictRateLimiting(requests_per_minute=5)})
    assert api.has(c.RateLimiting)
    assert api.has(StrictRateLimiting)
    assert not api.has(c.RBAC)


def test_controls_accept_classes_names_and_instances() -> None:
    e = tg.Endpoint("api", controls=[c.RateLimiting, "tls", c.RBAC()])
    assert {type(x) for x in e.controls} == {c.RateLimiting, c.EncryptionInTransit, c.RBAC}
    with pytest.raises(InvalidValueError, match="unknown control 'rate-limitng'"):
        tg.Endpoint("api", controls={"rate-limitng"})
    with pytest.raises(InvalidTypeError, match="controls"):
        tg.Endpoint("api", controls={"a": "b"})  # type: ignore[arg-type]


def test_tags_are_strings() -> None:
    assert tg.Service("s", tags="pci").tags == {"pci"}
    assert tg.Service("s", tags=["a", "b"]).tags == {"a", "b"}
    with pytest.raises(InvalidTypeError, match="tags"):
        tg.Service("s", tags=[1])  # type: ignore[list-item]


# ----------------------------------------------------------------------------- data


def test_data_defaults_and_label() -> None:
    d = tg.Data("Support tickets", sensitivity="personal")
    assert d.sensitivity is tg.Sensitivity.PII
    assert d.id == "support-tickets"
    assert d.label == "Support tickets (PII)"
    assert tg.Data("x").sensitivity is tg.Sensitivity.INTERNAL
    cia = tg.CIA(confidentiality="high", integrity=tg.Level.LOW)
    assert cia.availability is tg.Level.MEDIUM
    assert tg.Data("x", cia=cia).cia == cia
    with pytest.raises(InvalidTypeError, match="'cia' must be CIA"):
        tg.Data("x", cia="high")  # type: ignore[arg-type]
    with pytest.raises(UnknownFieldError, match="did you mean 'sensitivity'"):
        tg.Data("x", sensitivty="pii")  # type: ignore[call-arg]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        d.name = "y"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        cia.integrity = tg.Level.HIGH  # type: ignore[misc]


def test_boundaries() -> None:
    b = tg.Boundary("Production VPC", trust="internal")
    assert b.id == "production-vpc"
    assert b.trust is tg.Trust.INTERNAL
    assert b.parent is None
    assert b.label == "Production VPC (internal)"
    with pytest.raises(InvalidValueError, match="did you mean 'restricted'"):
        tg.Boundary("x", trust="restricetd")
    with pytest.raises(UnknownFieldError):
        tg.Boundary("x", trust="internal", truts="internal")  # type: ignore[call-arg]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        b.trust = tg.Trust.UNTRUSTED  # type: ignore[misc]


# ----------------------------------------------------------------------------- flows


def test_flows_take_element_ids_and_derive_their_id() -> None:
    a, b = tg.Actor("User"), tg.Endpoint("API")
    prompt, tickets = tg.Data("Prompt"), tg.Data("Tickets", sensitivity="pii")
    f = tg.Flow(a, b, [tickets, prompt, prompt], protocol="https")
    assert (f.source, f.target, f.id) == ("user", "api", "user->api")
    assert f.data == (prompt, tickets)  # de-duplicated, sorted by id
    assert f.sensitivity is tg.Sensitivity.PII
    assert tg.Flow("user", "api").sensitivity is None
    assert tg.Flow("user", "api", prompt).data == (prompt,)
    assert tg.Flow("user", "api", id="login").id == "login"
    assert hash(f) == hash(tg.Flow(a, b, [prompt, tickets], protocol="https"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        f.protocol = "http"  # type: ignore[misc]


def test_flow_validation() -> None:
    with pytest.raises(InvalidTypeError, match="source/target"):
        tg.Flow("a", 7)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="source/target"):
        tg.Flow("", "b")
    with pytest.raises(InvalidTypeError, match="Data values"):
        tg.Flow("a", "b", "Prompt")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"tg\.Data"):
        tg.Flow("a", "b", ["Prompt"])  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match="allow_self"):
        tg.Flow("a", "a", allow_self="yes")  # type: ignore[arg-type]
    with pytest.raises(UnknownFieldError, match="did you mean 'protocol'"):
        tg.Flow("a", "b", protocl="https")  # type: ignore[call-arg]


def test_routes_chain_elements_without_side_effects() -> None:
    a, b, c_, d = tg.Actor("a"), tg.Endpoint("b"), tg.LLM("c"), tg.Tool("d")
    route = a >> b >> c_
    assert isinstance(route, tg.Route)
    assert route.elements == (a, b, c_)
    assert route.hops() == [(a, b), (b, c_)]
    assert (route >> (c_ >> d)).elements == (a, b, c_, c_, d)
    assert (a >> b).hops() == [(a, b)]


# ----------------------------------------------------------------------------- exclusions


def test_exclusions_from_a_mapping_or_values() -> None:
    e = tg.Service("s", exclude={"tg-rate-limit": "internal batch job"})
    assert e.exclude == {Exclusion(rule="tg-rate-limit", reason="internal batch job")}
    assert tg.Service("s", exclude=Exclusion("r", "why")).exclude == {Exclusion("r", "why")}
    with pytest.raises(InvalidValueError, match="non-empty reason"):
        tg.Service("s", exclude={"r": "  "})
    with pytest.raises(InvalidTypeError, match='exclude=\\{"rule-id": "why"\\}'):
        tg.Service("s", exclude=["r"])  # type: ignore[list-item]


def test_exclusion_type_errors_and_unknown_keywords() -> None:
    # regression: these used to be InvalidValueError / a plain TypeError from attrs
    with pytest.raises(InvalidTypeError, match="'rule' must be a str"):
        Exclusion(rule=5, reason="why")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="'reason' must be a str"):
        Exclusion(rule="r", reason=None)  # type: ignore[arg-type]
    with pytest.raises(UnknownFieldError, match="did you mean 'reason'"):
        Exclusion(rule="r", reason="why", reasn="x")  # type: ignore[call-arg]
    with pytest.raises(InvalidValueError, match="rule id"):
        Exclusion(rule="", reason="why")


# ----------------------------------------------------------------------------- properties


@given(tgst.elements())
def test_generated_elements_are_frozen_hashable_values(e: Element) -> None:
    assert e.kind in KINDS
    assert e == attrs.evolve(e)
    assert hash(e) == hash(attrs.evolve(e))
    assert e in {e}
    assert SLUG.match(e.id)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        e.name = "changed"  # type: ignore[misc]
    rebuilt = type(e)(**{f.name: getattr(e, f.name) for f in attrs.fields(type(e)) if f.init})
    assert rebuilt == e


@given(st.sampled_from(ALL_KINDS), tgst.names())
def test_hostile_names_are_kept_verbatim(cls: type[Element], name: str) -> None:
    assert cls(name).name == name
    assert tg.Data(name).name == name

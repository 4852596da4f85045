"""The vocabulary enums: lenient parsing, helpful errors, ordering and helpers."""

from __future__ import annotations

import enum
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threatgraph import vocab
from threatgraph.errors import InvalidTypeError, InvalidValueError, ThreatGraphError
from threatgraph.vocab import (
    Autonomy,
    Capability,
    Framework,
    Impact,
    Level,
    Likelihood,
    ModelOrigin,
    Origin,
    Phase,
    Sensitivity,
    Severity,
    Stage,
    Stride,
    Task,
    Trust,
)

ALL_VOCABS = [getattr(vocab, name) for name in vocab.__all__]
ORDERED = [v for v in ALL_VOCABS if issubclass(v, vocab._Ordered)]
UNORDERED = [v for v in ALL_VOCABS if not issubclass(v, vocab._Ordered)]


def test_every_public_name_is_a_string_valued_enum() -> None:
    assert len(ALL_VOCABS) == len(vocab.__all__) > 20
    for cls in ALL_VOCABS:
        assert issubclass(cls, enum.Enum)
        assert all(isinstance(m.value, str) and m.value for m in cls)


@pytest.mark.parametrize("cls", ALL_VOCABS, ids=lambda c: c.__name__)
def test_parse_accepts_members_values_and_names_in_any_case(cls: type[vocab._Vocab]) -> None:
    for member in cls:
        assert cls.parse(member) is member
        assert cls.parse(member.value) is member
        assert cls.parse(member.value.upper()) is member
        assert cls.parse(f"  {member.value}  ") is member
        assert cls.parse(member.name) is member
        assert cls.parse(member.name.lower().replace("_", " ")) is member
        assert str(member) == member.value
        assert member.label == member.value.replace("-", " ")


@pytest.mark.parametrize(
    ("cls", "alias", "member"),
    [
        (Sensitivity, "PHI", Sensitivity.REGULATED),
        (Sensitivity, "personal data", Sensitivity.PII),
        (Stride, "dos", Stride.DENIAL_OF_SERVICE),
        (Stride, "EoP", Stride.ELEVATION_OF_PRIVILEGE),
        (Phase, "serving", Phase.INFERENCE),
        (Phase, "p1", Phase.DATA),
        (Stage, "CI-CD", Stage.DEPLOYMENT),
        (Stage, "labelling", Stage.LABELING),
        (ModelOrigin, "public-hub", ModelOrigin.OPEN_WEIGHTS),
        (ModelOrigin, "hosted", ModelOrigin.THIRD_PARTY_API),
        (Capability, "shell", Capability.EXECUTE_CODE),
        (Capability, "payments", Capability.MONEY_MOVEMENT),
        (Framework, "SOC-2", Framework.SOC2),
        (Framework, "eu ai act", Framework.EU_AI_ACT_HIGH_RISK),
    ],
)
def test_parse_knows_the_documented_aliases(
    cls: type[vocab._Vocab], alias: str, member: vocab._Vocab
) -> None:
    assert cls.parse(alias) is member


def test_a_bad_string_names_the_field_shows_the_value_and_suggests_the_closest() -> None:
    with pytest.raises(InvalidValueError) as exc:
        Trust.parse("internl", field="trust", owner="Boundary 'VPC'")
    message = str(exc.value)
    assert message.startswith("Boundary 'VPC': 'trust' must be Trust")
    assert "untrusted, partner, internal, restricted" in message
    assert "(got 'internl' that is a str)" in message
    assert "did you mean 'internal'?" in message


def test_a_bad_string_far_from_everything_gets_no_suggestion() -> None:
    with pytest.raises(InvalidValueError) as exc:
        Severity.parse("zzzzzz")
    assert "did you mean" not in str(exc.value)
    assert "'severity' must be Severity" in str(exc.value)


def test_invalid_value_error_is_also_a_value_error() -> None:
    with pytest.raises(ValueError, match="Sensitivity"):
        Sensitivity.parse("top-secret-ish")


@pytest.mark.parametrize("bad", [3, 2.5, None, b"internal", ["internal"], Level.HIGH])
def test_parse_of_a_non_string_is_a_type_error(bad: object) -> None:
    # regression: non-strings used to raise InvalidValueError like a misspelt string
    with pytest.raises(InvalidTypeError) as exc:
        Trust.parse(bad, field="trust")
    assert "'trust' must be Trust" in str(exc.value)
    assert isinstance(exc.value, TypeError)
    assert isinstance(exc.value, ThreatGraphError)


@given(st.text(max_size=20))
def test_parse_returns_a_member_or_raises_invalid_value_error(text: str) -> None:
    for cls in (Trust, Sensitivity, Stride, Capability):
        try:
            member = cls.parse(text)
        except InvalidValueError:
            continue
        assert isinstance(member, cls)


# ----------------------------------------------------------------------------- ordering


@pytest.mark.parametrize("cls", ORDERED, ids=lambda c: c.__name__)
def test_ordered_vocabularies_sort_by_declaration(cls: type[vocab._Ordered]) -> None:
    declared = list(cls)
    backwards = declared[::-1]
    assert sorted(backwards) == declared
    assert [m.rank for m in declared] == list(range(len(declared)))
    for low, high in itertools.pairwise(declared):
        assert low < high
        assert low <= high
        assert high > low
        assert high >= low
        assert not high < low
    assert max(declared) is declared[-1]
    assert len(set(declared)) == len(declared)
    assert {m: m.value for m in declared}[declared[0]] == declared[0].value


def test_declaration_order_is_not_alphabetical() -> None:
    assert Trust.UNTRUSTED < Trust.PARTNER < Trust.INTERNAL < Trust.RESTRICTED
    assert Sensitivity.PUBLIC < Sensitivity.INTERNAL < Sensitivity.PII < Sensitivity.REGULATED
    assert Severity.INFO < Severity.LOW < Severity.MEDIUM < Severity.HIGH < Severity.CRITICAL
    assert Autonomy.ASSISTIVE < Autonomy.AUTONOMOUS
    assert Phase.DATA < Phase.TRAINING < Phase.REGISTRY < Phase.INFERENCE


def test_members_of_different_vocabularies_do_not_compare() -> None:
    with pytest.raises(TypeError):
        assert Severity.HIGH < Impact.SEVERE  # type: ignore[operator]
    with pytest.raises(TypeError):
        assert Trust.INTERNAL >= "internal"  # type: ignore[operator]
    assert Level.HIGH != Severity.HIGH


@pytest.mark.parametrize("cls", UNORDERED, ids=lambda c: c.__name__)
def test_unordered_vocabularies_refuse_ordering(cls: type[vocab._Vocab]) -> None:
    a, b = list(cls)[:2]
    with pytest.raises(TypeError):
        assert a < b  # type: ignore[operator]


# ----------------------------------------------------------------------------- helpers


def test_likelihood_and_impact_scores_run_from_one_to_five_and_clamp() -> None:
    assert [m.score for m in Likelihood] == [1, 2, 3, 4, 5]
    assert [m.score for m in Impact] == [1, 2, 3, 4, 5]
    assert Likelihood.from_score(3) is Likelihood.POSSIBLE
    assert Likelihood.from_score(-4) is Likelihood.RARE
    assert Likelihood.from_score(99) is Likelihood.ALMOST_CERTAIN
    assert Impact.from_score(0) is Impact.NEGLIGIBLE
    assert Impact.from_score(7) is Impact.SEVERE


def test_stride_letters() -> None:
    assert "".join(s.letter for s in Stride) == "STRIDE"
    assert Stride.from_letters("ti") == {Stride.TAMPERING, Stride.INFORMATION_DISCLOSURE}
    assert Stride.from_letters("") == frozenset()
    with pytest.raises(InvalidValueError, match="use S, T, R, I, D, E"):
        Stride.from_letters("TX")


def test_stages_belong_to_phases_in_lifecycle_order() -> None:
    assert Stage.INGESTION.phase is Phase.DATA
    assert Stage.LABELING.phase is Phase.DATA
    assert Stage.FINE_TUNING.phase is Phase.TRAINING
    assert Stage.EVALUATION.phase is Phase.TRAINING
    assert Stage.DEPLOYMENT.phase is Phase.REGISTRY
    assert [s.phase for s in Stage] == sorted(s.phase for s in Stage)


def test_phase_titles_and_framework_titles_exist_for_every_member() -> None:
    assert Phase.INFERENCE.title == "Inference & serving"
    assert all(p.title for p in Phase)
    assert Framework.SOC2.title == "SOC 2"
    assert all(f.title for f in Framework)


def test_property_helpers() -> None:
    assert Sensitivity.PII.is_personal
    assert Sensitivity.REGULATED.is_personal
    assert not Sensitivity.SECRET.is_personal
    assert Origin.PUBLIC_WEB.untrusted
    assert Origin.USER_UPLOAD.untrusted
    assert not Origin.PARTNER.untrusted
    assert Origin.PARTNER.external
    assert not Origin.SYNTHETIC.external
    assert Task.CLASSIFIER.predictive
    assert not Task.GENERATIVE.predictive
    assert not Task.EMBEDDING.predictive
    assert not Capability.READ.consequential
    assert all(c.consequential for c in Capability if c is not Capability.READ)

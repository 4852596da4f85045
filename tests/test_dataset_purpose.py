"""``Dataset.purpose`` is a vocabulary, not free text.

A day-of-use trial found that ``purpose="bogus"`` passed ``threatgraph check`` and was
printed on the diagram, though the analysis read only one value of it. A user reading
the diagram believed the word meant something. It is now :class:`DatasetPurpose`:
its three values and their aliases are accepted, anything else is an error naming the
dataset, and the one value the analysis reads (a test set) is the same whichever word
declares it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import threatgraph as tg
from test_fresh_review_fixes_37 import _leaderboard
from threatgraph.errors import InvalidValueError, LoadError
from threatgraph.load.json import load_model
from threatgraph.load.model_io import dump_system
from threatgraph.render.graphviz import to_dot


@pytest.mark.parametrize(
    ("word", "member"),
    [
        ("training", tg.DatasetPurpose.TRAINING),
        ("Pre-training", tg.DatasetPurpose.TRAINING),
        ("fine-tuning", tg.DatasetPurpose.FINE_TUNING),
        ("fine_tuning", tg.DatasetPurpose.FINE_TUNING),
        ("SFT", tg.DatasetPurpose.FINE_TUNING),
        ("evaluation", tg.DatasetPurpose.EVALUATION),
        ("Test set", tg.DatasetPurpose.EVALUATION),
        ("validation", tg.DatasetPurpose.EVALUATION),
        ("holdout", tg.DatasetPurpose.EVALUATION),
        (tg.DatasetPurpose.EVALUATION, tg.DatasetPurpose.EVALUATION),
    ],
)
def test_values_and_aliases_are_accepted(word: Any, member: tg.DatasetPurpose) -> None:
    assert tg.Dataset("Set", purpose=word).purpose is member


def test_the_default_is_training() -> None:
    assert tg.Dataset("Set").purpose is tg.DatasetPurpose.TRAINING


def test_free_text_is_an_error_naming_the_dataset_and_the_values() -> None:
    with pytest.raises(InvalidValueError) as info:
        tg.Dataset("Rejected tube images", purpose="review and retraining")
    message = str(info.value)
    assert "Dataset 'Rejected tube images'" in message
    assert "'purpose'" in message
    assert "'review and retraining'" in message
    assert "training, fine-tuning, evaluation" in message


def test_a_misspelling_gets_the_closest_value() -> None:
    with pytest.raises(InvalidValueError, match="did you mean 'evaluation'"):
        tg.Dataset("Set", purpose="evalutaion")


def test_a_non_string_is_a_type_error_not_a_crash() -> None:
    with pytest.raises(tg.ThreatGraphError, match="purpose"):
        tg.Dataset("Set", purpose=3)  # type: ignore[arg-type]


def _doc(purpose: str) -> dict[str, Any]:
    return {
        "threatgraph": "1",
        "name": "Purposes",
        "elements": [{"kind": "dataset", "name": "Held-out set", "purpose": purpose}],
    }


def test_a_document_takes_the_value_and_exports_it() -> None:
    system = load_model(json.dumps(_doc("evaluation")))
    (dataset,) = system.all_elements
    assert isinstance(dataset, tg.Dataset)
    assert dataset.purpose is tg.DatasetPurpose.EVALUATION
    (exported,) = dump_system(system)["elements"]
    assert exported["purpose"] == "evaluation"


@pytest.mark.parametrize(("word", "hint"), [("bogus", None), ("test", "evaluation")])
def test_a_document_with_another_word_fails_at_the_field(word: str, hint: str | None) -> None:
    """Documents take the canonical values only, as for every vocabulary; a word close
    to one gets it suggested."""
    with pytest.raises(LoadError) as info:
        load_model(json.dumps(_doc(word)))
    (problem,) = info.value.problems
    assert problem.where == "$.elements[0].purpose"
    assert repr(word) in problem.message
    if hint is not None:
        assert f"did you mean {hint!r}" in (problem.hint or "")


def test_the_diagram_prints_the_value() -> None:
    tm = tg.ThreatModel("Diagram")
    with tm.boundary("Lab", trust="internal"):
        tm.add(tg.Dataset("Held-out set", purpose="holdout"))
    dot = to_dot(tm.freeze())
    assert "evaluation" in dot
    assert "holdout" not in dot


def _insider(tm: tg.ThreatModel) -> list[str]:
    report = tg.analyze(tm.freeze())
    return [f.id for f in report.findings if f.rule == "ai/insider-ml-tampering"]


def test_an_alias_for_a_test_set_reads_as_a_test_set() -> None:
    """A maintainer edits a test set whose scores go to a leaderboard only: it changes no
    serving model, whichever word declares it; declared as training data it does."""
    assert _insider(_leaderboard(gate=False, purpose="evaluation")) == []
    assert _insider(_leaderboard(gate=False, purpose="validation")) == []
    assert _insider(_leaderboard(gate=False, purpose="training")) != []

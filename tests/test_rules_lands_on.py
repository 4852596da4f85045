"""``threatgraph rules --kind`` lists the rules whose findings land on that kind.

A trial user's poisoning finding sat on their fine-tuning dataset, but
``threatgraph rules --kind dataset`` did not list ``ai/training-data-poisoning``: the
rule runs on training jobs and models, and places its finding where the data enters.
"""

from __future__ import annotations

import json

import pytest

import threatgraph as tg
from threatgraph.cli import main
from threatgraph.rules import Catalogue, ElementView, on_element, rule


def test_the_poisoning_rules_are_listed_for_datasets() -> None:
    ids = {r.id for r in Catalogue.default().filter(kind="dataset")}
    assert {"ai/training-data-poisoning", "ai/feedback-loop"} <= ids
    assert "ai/training-data-poisoning" in {
        r.id for r in Catalogue.default().filter(kind="feature_store")
    }
    assert "ai/training-data-poisoning" not in {
        r.id for r in Catalogue.default().filter(kind="vector_store")
    }


def test_the_listing_says_where_findings_also_land(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--kind", "dataset", "--format", "json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)["rules"]}
    assert rows["ai/training-data-poisoning"]["applies_to"] == (
        "element: pipeline, model; findings also on: dataset, feature_store"
    )


@rule(
    "acme/job-note",
    title="A note on a training job's dataset",
    stride="T",
    phases="training",
    applies_to=on_element(tg.Pipeline),
    lands_on=(tg.Dataset,),
    likelihood="possible",
    impact="minor",
)
def job_note(view: ElementView) -> str | None:
    """Found from a training job, placed on its dataset."""
    return None


def test_a_custom_rule_declares_where_its_findings_land() -> None:
    assert Catalogue([job_note]).filter(kind="dataset") == [job_note]
    assert job_note.lands_on == (tg.Dataset,)

"""Evasion needs a decision to flip. Reviewers struck ``ai/adversarial-evasion`` on
estimates nothing high stakes hangs on (an arrival time a parent looks up, the price a
seller is offered, a fleet's energy forecast) and on generative models whose output
another model judges next (speech recognition before a toxicity classifier), as copies
of the finding on the model that decides. These tests pin where the finding stays and
where it goes."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph.findings import Finding

EVASION = "ai/adversarial-evasion"


def _open(tm: tg.ThreatModel, rule: str = EVASION) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _asked(
    task: str = "regressor",
    *,
    high_stakes: bool = False,
    online_learning: bool = False,
    source: tg.Element | None = None,
) -> tg.ThreatModel:
    """Customers ask an app for an estimate; a service builds the features and calls the
    model, and the answer goes back to them."""
    tm = tg.ThreatModel("estimate", profile="high")
    ask = tg.Data("Request", kind="records")
    answer = tg.Data("Estimate", kind="model-output")
    with tm.boundary("Internet", trust="untrusted"):
        who = tm.add(source or tg.Actor("Customer"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("App API"))
        svc = tm.add(tg.Service("Estimate service"))
        model = tm.add(
            tg.Model(
                "Estimate model",
                task=task,
                high_stakes=high_stakes,
                online_learning=online_learning,
            )
        )
    tm.flow(who, api, ask, protocol="https")
    tm.flow(api, svc, ask)
    tm.flow(svc, model, tg.Data("Features", kind="features"))
    tm.flow(model, svc, answer)
    tm.flow(svc, api, answer)
    if isinstance(who, tg.Actor):
        tm.flow(api, who, answer, protocol="https")
    return tm


def test_an_estimate_only_its_askers_shape_raises_no_evasion() -> None:
    assert _open(_asked()) == []


@pytest.mark.parametrize(
    ("task", "high_stakes", "online_learning"),
    [
        ("regressor", True, False),  # a valuation a loan hangs on
        ("regressor", False, True),  # what they send also teaches it
        ("classifier", False, False),  # a decision to flip
    ],
)
def test_a_decision_or_a_high_stakes_estimate_keeps_it(
    task: str, high_stakes: bool, online_learning: bool
) -> None:
    (f,) = _open(_asked(task, high_stakes=high_stakes, online_learning=online_learning))
    assert f.target.ids == ("estimate-model",)


def test_what_anyone_may_publish_into_an_estimate_still_counts() -> None:
    pages = tg.DataSource("Competitor rate pages", origin="public-web")
    (f,) = _open(_asked(source=pages))
    assert "Competitor rate pages" in f.explanation


def _transcribed(*, then: str) -> tg.ThreatModel:
    """Players talk in voice chat; a moderation service has speech recognition write a
    transcript and passes it to a toxicity classifier (``then="classifier"``), or keeps
    the transcript for people to read (``then="people"``)."""
    tm = tg.ThreatModel("voice", profile="high")
    audio = tg.Data("Voice audio", kind="media")
    text = tg.Data("Transcript", kind="model-output")
    with tm.boundary("Internet", trust="untrusted"):
        player = tm.add(tg.Actor("Player"))
    with tm.boundary("Cloud", trust="internal"):
        svc = tm.add(tg.Service("Moderation service"))
        asr = tm.add(tg.Model("Speech recognition", task="generative"))
        store = tm.add(tg.DataStore("Transcript store"))
    tm.flow(player, svc, audio, protocol="https")
    tm.flow(svc, asr, audio)
    tm.flow(asr, svc, text)
    if then == "classifier":
        clf = tm.add(tg.Model("Toxicity classifier", task="classifier"), boundary="cloud")
        tm.flow(svc, clf, text)
        tm.flow(clf, svc, tg.Data("Verdict", kind="model-output"))
    tm.flow(svc, store, text)
    return tm


def test_a_transcriber_whose_text_a_classifier_judges_is_left_to_the_classifier() -> None:
    found = _open(_transcribed(then="classifier"))
    assert [f.target.ids for f in found] == [("toxicity-classifier",)]


def test_a_transcriber_no_model_judges_after_keeps_its_own_finding() -> None:
    (f,) = _open(_transcribed(then="people"))
    assert f.target.ids == ("speech-recognition",)

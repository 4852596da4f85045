"""Copying a scoring model takes a caller that can query it in bulk.

Reviewers struck ``ai/model-extraction`` on eight in-house classifiers whose every
caller signs in and asks about its own cases: vets about their cows, patients about
their own skin, course participants about the fungi they found, pilots on port
tablets, a kiosk's own tablet. Too few chosen queries, each one under a known account,
to copy a classifier. A caller that needs no sign-in, or another party's program
calling the model as an API, can still send queries by the thousand; a model that
writes (an LLM, a translator) is still copied through its answers.
"""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c

EXTRACTION = "ai/model-extraction"


def _lesion_triage(*, caller: str, task: str = "classifier") -> tg.ThreatModel:
    """A patient app sends skin photos through an API to an in-house classifier that
    returns its confidence to the app. ``caller`` is who calls the API: the signed-in
    patient's app, the same app with no sign-in, or a partner clinic's program."""
    tm = tg.ThreatModel("Lesion triage", profile="high")
    photo = tg.Data("Skin photo", kind="media", sensitivity="phi")
    score = tg.Data("Triage score", kind="model-output", sensitivity="phi")
    signed_in = {c.Authentication(method="OIDC")} if caller != "anonymous" else set()
    with tm.boundary("Internet", trust="untrusted"):
        if caller == "partner":
            who = tm.add(tg.Actor("Partner clinic system", human=False))
        else:
            who = tm.add(tg.Device("Patient app"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Triage API", returns_scores=True, internet_facing=True))
        model = tm.add(tg.Model("Lesion model", task=task))
    tm.flow(who, api, photo, protocol="https", controls=signed_in)
    tm.flow(api, model, photo)
    tm.flow(model, api, score)
    tm.flow(api, who, score, protocol="https")
    return tm


def test_signed_in_callers_asking_about_their_own_cases_copy_no_classifier() -> None:
    report = _lesion_triage(caller="app").analyze()
    assert report.for_rule(EXTRACTION) == []
    # the scores it returns still help someone craft inputs that slip past it
    assert [f.target.key for f in report.for_rule("ai/adversarial-evasion")] == [
        "element:lesion-model"
    ]


@pytest.mark.parametrize(
    ("caller", "named"), [("anonymous", "Patient app"), ("partner", "Partner clinic system")]
)
def test_an_open_caller_or_another_partys_program_can_still_copy_it(
    caller: str, named: str
) -> None:
    (f,) = _lesion_triage(caller=caller).analyze().for_rule(EXTRACTION)
    assert f.target.key == "element:lesion-model"
    assert named in f.explanation
    assert "scores it returns" in f.explanation


def test_a_model_that_writes_is_copied_through_its_answers_even_to_signed_in_callers() -> None:
    (f,) = _lesion_triage(caller="app", task="generative").analyze().for_rule(EXTRACTION)
    assert f.target.key == "element:lesion-model"

"""Findings an independent reviewer struck on the day-of-use ML platform (2026-12-07,
``benchmarks/quality/day-of-use/2026-12-07/ml_platform.md``), each fixed where the
design states the answer, with the cases that must still raise."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c

INSIDER = "ai/insider-ml-tampering"
ACCOUNT = "stride/privileged-actor-access"
EVASION = "ai/adversarial-evasion"


def _open(tm: tg.ThreatModel, rule: str) -> list[str]:
    return sorted(f.target.key for f in tm.analyze().open() if f.rule == rule)


def _release(launcher: str) -> tg.ThreatModel:
    """A data scientist launches training runs; the ML lead, the approver the promotion
    pipeline names, signs each release off and hands it no weights."""
    tm = tg.ThreatModel("release", profile="high")
    weights = tg.Data("Weights", kind="model-artifact", sensitivity="confidential")
    with tm.boundary("Vendor", trust="partner"):
        vendor = tm.add(tg.Actor("Vendor engineer"))
    with tm.boundary("Corporate network", trust="internal"):
        scientist = tm.add(tg.Actor("Data scientist", role="data scientist"))
        lead = tm.add(tg.Actor("ML lead", role="approver", privileged=True))
    with tm.boundary("ML platform", trust="internal"):
        training = tm.add(tg.Pipeline("Training job", stage="training"))
        registry = tm.add(tg.ModelRegistry("Model registry", controls={c.RBAC()}))
        promotion = tm.add(
            tg.Pipeline(
                "Promotion pipeline",
                stage="deployment",
                controls={c.HumanInTheLoop(approver="ML lead")},
            )
        )
        served = tm.add(tg.Model("Churn model", task="classifier"))
    who = {"staff": scientist, "vendor": vendor}[launcher]
    tm.flow(who, training, tg.Data("Run config", kind="records"), label="launches run")
    tm.flow(training, registry, weights)
    tm.flow(registry, promotion, weights)
    tm.flow(lead, promotion, tg.Data("Approval", kind="records"), label="approves release")
    tm.flow(promotion, served, weights)
    return tm


def test_the_approver_of_runs_our_staff_launch_is_the_second_person() -> None:
    """Struck as wrong: "the ML lead is the second person, who approves releases that
    someone else trained ... flagging the approver as the single point of control
    inverts the roles". The data scientist is not declared privileged, but is staff of
    ours. The approver's own account still needs strong authentication (reviewers kept
    that finding on approvers: "a stolen validator account that approves a tampered
    version defeats it")."""
    tm = _release("staff")
    assert _open(tm, INSIDER) == []
    assert _open(tm, ACCOUNT) == ["element:ml-lead"]


def test_work_only_a_partners_person_starts_leaves_the_approver_alone_of_ours() -> None:
    """Another company's engineer is no second person of ours: the approver signing off
    what a vendor trains is still the only one of ours in the way."""
    assert _open(_release("vendor"), INSIDER) == ["element:ml-lead"]


def _shop(*, back_to: str, via_store: bool = False) -> tg.ThreatModel:
    """A shopper asks for recommendations from the app on their phone; the ranker's
    answers go back to the phone (or to a store others are shown from)."""
    tm = tg.ThreatModel("shop", profile="high")
    request = tg.Data("Recommendation request", kind="records", sensitivity="pii")
    answer = tg.Data("Recommendations", kind="model-output")
    with tm.boundary("Internet", trust="untrusted"):
        shopper = tm.add(tg.Actor("Shopper"))
        phone = tm.add(tg.Device("Mobile app", fleet=True))
    with tm.boundary("Serving", trust="internal"):
        api = tm.add(tg.Endpoint("Recommendation API", purpose="inference"))
        ranker = tm.add(tg.Model("Recommender model", task="ranker"))
        shown = tm.add(tg.DataStore("Shared picks", stores={answer}))
    tm.flow(shopper, phone, request)
    tm.flow(phone, api, request, protocol="https")
    if via_store:
        kept = tm.add(tg.DataStore("Request store", stores={request}), boundary="serving")
        tm.flow(api, kept, request)
        tm.flow(kept, ranker, request)
    else:
        tm.flow(api, ranker, request)
    tm.flow(ranker, api, answer)
    if back_to == "phone":
        tm.flow(api, phone, answer, protocol="https")
    else:
        tm.flow(api, shown, answer)
    return tm


def test_a_ranking_shown_on_the_phone_it_was_asked_from_is_the_askers_own_pick() -> None:
    """Struck as wrong: "a shopper evading the recommender only changes their own
    recommendations, so there is no victim". The design drew no flow from the phone
    back to the shopper; the phone is theirs, so its screen is theirs."""
    assert _open(_shop(back_to="phone"), EVASION) == []


@pytest.mark.parametrize(
    ("back_to", "via_store"), [("store", False), ("phone", True)], ids=["to others", "kept"]
)
def test_a_ranking_others_see_or_input_kept_for_others_still_counts(
    back_to: str, via_store: bool
) -> None:
    assert _open(_shop(back_to=back_to, via_store=via_store), EVASION) == [
        "element:recommender-model"
    ]

"""Fixes taken from the review of fresh set 33 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round40-fresh33``): each test pins
what a reviewer struck and the variant of the same design on which the finding stays."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph.findings import Finding
from threatgraph.graph import facts

INDIRECT = "ai/indirect-prompt-injection"


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _retention(*, forwards: bool) -> tg.ThreatModel:
    """Subscribers chat with a retention agent; a human specialist who takes over a
    chat reads it in the helpdesk and records a manual offer in the billing system,
    whose records the agent's lookup tool reads. In the variant the specialist pastes
    the customer's message into the billing record as it came."""
    tm = tg.ThreatModel("retention")
    chat = tg.Data("Customer message", kind="documents", sensitivity="pii")
    adjustment = tg.Data("Billing adjustment", kind="records", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        subscriber = tm.add(tg.Actor("Subscriber"))
    with tm.boundary("Vendor", trust="partner"):
        helpdesk = tm.add(tg.Service("Helpdesk platform"))
    with tm.boundary("Operations", trust="internal"):
        specialist = tm.add(tg.Actor("Retention specialist"))
        billing = tm.add(tg.DataStore("Billing system", stores={adjustment}))
        agent = tm.add(tg.Agent("Retention agent"))
        lookup = tm.add(tg.Tool("Account lookup tool", capabilities={"read"}))
    tm.flow(subscriber, helpdesk, chat, protocol="https")
    tm.flow(helpdesk, specialist, chat, protocol="https")
    tm.flow(specialist, billing, chat if forwards else adjustment, protocol="https")
    tm.flow(billing, lookup, adjustment)
    tm.flow(agent, lookup, tg.Data("Lookup", kind="tool-call"))
    tm.flow(lookup, agent, tg.Data("Account", kind="tool-result"))
    return tm


def test_what_a_person_writes_after_reading_is_their_own_words() -> None:
    """Set 33's retention agent (struck as wrong, high): the route from the subscriber
    through the specialist who reads their chat to the billing record the agent reads.
    The specialist writes a billing adjustment, not the subscriber's text."""
    tm = _retention(forwards=False)
    g = facts(tm.freeze())
    assert g.sources("retention-agent") == []
    assert g.source_count("retention-agent") == 0
    # what remains is the specialist's own words: a colleague who writes what the
    # agent reads, not the subscriber
    for f in _open(tm, INDIRECT):
        assert "Subscriber" not in f.explanation


def test_a_person_who_passes_the_message_on_as_it_came_relays_it() -> None:
    tm = _retention(forwards=True)
    (f,) = _open(tm, INDIRECT)
    assert "Subscriber" in f.explanation
    g = facts(tm.freeze())
    assert [x.element.id for x in g.sources("retention-agent")] == ["subscriber"]
    assert g.source_count("retention-agent") == 1


DOS = "stride/denial-of-service"
FLOOD = "stride/internet-facing-flood"
PER_CALLER = "stride/missing-subject-authorization"


def _claims_app(
    *, auth: bool = True, task: str | None = "regressor", media: bool = False
) -> tg.ThreatModel:
    """Farmers file claims in an app whose API runs a loss model on each claim; in the
    variants the API lets anyone call it, the model generates or verifies people, or is
    sent the farmer's photos."""
    tm = tg.ThreatModel("claims")
    claim = tg.Data("Claim", kind="media" if media else "records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        farmer = tm.add(tg.Actor("Farmer"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(
            tg.Endpoint(
                "Claims API",
                purpose="api",
                controls={tg.controls.Authentication()} if auth else set(),
            )
        )
        model = tm.add(tg.Model("Loss model", task=task))
    tm.flow(farmer, api, claim, protocol="https")
    tm.flow(api, model, claim)
    tm.flow(model, api, tg.Data("Loss estimate", kind="model-output"))
    return tm


def _floods(tm: tg.ThreatModel) -> list[Finding]:
    """The flood finding, from either rule of its family (one id whichever explains it)."""
    return [f for f in tm.analyze().findings if f.rule in (DOS, FLOOD)]


def test_signed_in_callers_of_a_cheap_model_answer_a_flood() -> None:
    """Sets 32 and 33 (struck as weak on a claims API, a bus telematics gateway, and on
    four earlier designs): callers who sign in, each request one regressor's estimate
    over records. The finding stays, answered by the sign-in."""
    (f,) = _floods(_claims_app())
    assert f.rule == FLOOD
    assert f.status.value == "mitigated"
    assert "authentication" in f.controls_present
    assert "Farmer" in f.explanation


def test_without_a_sign_in_the_cheap_models_flood_stays_open() -> None:
    (f,) = _floods(_claims_app(auth=False))
    assert f.status.value == "open"
    assert f.target.ids == ("claims-api",)


@pytest.mark.parametrize(
    "variant",
    [{"task": "generative"}, {"task": "verification"}, {"media": True}],
)
def test_a_sign_in_does_not_answer_floods_of_costly_requests(
    variant: dict[str, object],
) -> None:
    (f,) = _floods(_claims_app(**variant))  # type: ignore[arg-type]
    assert f.rule == DOS
    assert f.status.value == "open"
    assert f.target.ids == ("claims-api",)


def _representment(
    *, approver: str = "payments analyst, for disputes above $250", asks: bool = False
) -> tg.ThreatModel:
    """A processor's webhook starts an agent on each chargeback; it reads the order
    records and puts its filing up for a payments analyst's approval in a console. In
    the variants the analyst also sends the agent instructions, or the approval names
    someone else."""
    tm = tg.ThreatModel("chargebacks")
    orders = tg.Data("Order records", kind="records", sensitivity="pii")
    with tm.boundary("Processor", trust="partner"):
        processor = tm.add(tg.ExternalService("Processor dispute API"))
    with tm.boundary("Merchant", trust="internal"):
        webhook = tm.add(tg.Endpoint("Dispute webhook", purpose="api"))
        agent = tm.add(
            tg.Agent(
                "Representment agent",
                controls={tg.controls.HumanInTheLoop(approver=approver)},
            )
        )
        store = tm.add(tg.DataStore("Order database", stores={orders}))
        console = tm.add(tg.Endpoint("Review console", purpose="api"))
        analyst = tm.add(tg.Actor("Payments analyst"))
    notice = tg.Data("Chargeback notice", kind="records", sensitivity="regulated")
    tm.flow(processor, webhook, notice, protocol="https")
    tm.flow(webhook, agent, notice)
    tm.flow(store, agent, orders)
    tm.flow(agent, console, tg.Data("Case for approval", kind="records", sensitivity="pii"))
    tm.flow(
        console,
        analyst,
        tg.Data("Case for approval", kind="records", sensitivity="pii"),
        protocol="https",
    )
    decision = tg.Data("Analyst decision", kind="records")
    sent = [decision, tg.Data("Analyst request", kind="instructions")] if asks else [decision]
    tm.flow(analyst, console, *sent, protocol="https")
    tm.flow(console, agent, *sent)
    return tm


def test_the_approver_who_asks_nothing_is_not_a_caller() -> None:
    """Set 33's chargeback agent (struck as wrong): the agent acts for the merchant on
    the case a processor's webhook opened; the analyst only approves its filing."""
    assert _open(_representment(), PER_CALLER) == []


@pytest.mark.parametrize(
    "variant",
    [
        {"asks": True},
        {"asks": True, "approver": "finance manager"},
        {"asks": True, "approver": "payments analyst team"},
    ],
)
def test_a_person_who_asks_the_agent_for_work_is_a_caller(variant: dict[str, object]) -> None:
    (f,) = _open(_representment(**variant), PER_CALLER)  # type: ignore[arg-type]
    assert "Payments analyst" in f.explanation


@pytest.mark.parametrize("approver", ["finance manager", "payments analyst team"])
def test_a_person_who_only_sends_decisions_asks_nothing_whoever_the_approval_names(
    approver: str,
) -> None:
    """Set 127's timesheet agent (struck as wrong: 'the client approver never causes a
    fetch, it only clicks a signed link'): what a person sends is a decision, not a
    request, so the agent fetches nothing for them."""
    assert _open(_representment(approver=approver), PER_CALLER) == []


@pytest.mark.parametrize(
    ("approver", "name", "named"),
    [
        ("payments analyst, for disputes above $250", "Payments analyst", True),
        ("the shopper, by tapping a confirmation card", "Shopper", True),
        ("customers on the confirm screen", "Customer", True),
        ("the employee confirms the election summary", "Employee", True),
        ("the requesting engineer", "Engineer", True),
        ("customer support lead", "Customer", False),
        ("payments analyst team", "Payments analyst", False),
        ("finance manager", "Payments analyst", False),
    ],
)
def test_an_approver_text_names_a_person_only_by_its_opening_words(
    approver: str, name: str, named: bool
) -> None:
    from threatgraph.rules._kit import names_approver

    assert names_approver(approver, name) is named


FORGED = "ai/forged-device-readings"


def _truck(*, protocol: str | None = None, same_boundary: bool = True) -> tg.ThreatModel:
    """A haul truck's cameras and radar feed its on-board detector directly; in the
    variants the link declares a network protocol, or the sensors sit in a boundary of
    their own (roadside units)."""
    tm = tg.ThreatModel("truck")
    frames = tg.Data("Camera and radar frames", kind="media")
    with tm.boundary("Haul truck", trust="internal"):
        detector = tm.add(tg.Model("On-board detector", task="detector"))
        sensors = tm.add(tg.Device("Truck sensor suite")) if same_boundary else None
    if sensors is None:
        with tm.boundary("Roadside", trust="internal"):
            sensors = tm.add(tg.Device("Truck sensor suite"))
    tm.flow(sensors, detector, frames, protocol=protocol)
    return tm


def test_sensors_wired_into_the_model_they_feed_need_the_vehicle_itself() -> None:
    """Set 33's haul trucks (struck as weak): forging what the truck's own sensors send
    its on-board detector takes physical access to the truck; mutual authentication
    on that link is the wrong fix."""
    assert _open(_truck(), FORGED) == []


@pytest.mark.parametrize("variant", [{"protocol": "mqtt"}, {"same_boundary": False}])
def test_sensors_on_a_network_link_are_still_raised(variant: dict[str, object]) -> None:
    (f,) = _open(_truck(**variant), FORGED)  # type: ignore[arg-type]
    assert f.target.ids == ("on-board-detector",)


SWAP = "ai/unsigned-model-to-serving"


def _deployed_detector(*, controls: set[tg.controls.Control]) -> tg.ThreatModel:
    """A training job writes a detector's weights to a registry that serving loads
    from for an inspection service, with the registry's declared controls as given."""
    tm = tg.ThreatModel("swap")
    weights = tg.Data("Detector weights", kind="model-artifact", format="pickle")
    with tm.boundary("ML", trust="internal"):
        job = tm.add(tg.Pipeline("Retraining", stage="training"))
        registry = tm.add(tg.ModelRegistry("Registry", stores={weights}, controls=controls))
    with tm.boundary("Serving", trust="internal"):
        detector = tm.add(tg.Model("Detector", task="detector"))
        service = tm.add(tg.Service("Inspection service"))
    tm.flow(job, registry, weights)
    tm.flow(registry, detector, weights, protocol="https")
    tm.flow(service, detector, tg.Data("Images", kind="media"))
    tm.flow(detector, service, tg.Data("Detections", kind="model-output"))
    return tm


def test_versioning_is_no_integrity_check() -> None:
    """Reviewers rated this finding too low 28 times, many of them naming the registry's
    versioning as what wrongly lowered it ("versioning and HTTPS are not integrity
    checks"; set 33's haul-truck detector): restoring an old version does not tell
    a swapped file from a good one."""
    (bare,) = _open(_deployed_detector(controls=set()), SWAP)
    (versioned,) = _open(_deployed_detector(controls={tg.controls.ModelVersioning()}), SWAP)
    assert versioned.likelihood == bare.likelihood
    assert versioned.severity == bare.severity
    (gated,) = _open(_deployed_detector(controls={tg.controls.RBAC()}), SWAP)
    assert gated.likelihood < bare.likelihood  # who may write the registry still counts

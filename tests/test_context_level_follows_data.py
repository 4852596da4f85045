"""What a model "sees" is what reaches it, not everything its suppliers were sent.

Held-out set 283 struck an injection finding on a charity shop's pricing model partly
because it said the model "sees personal data": the shop tablet sends the intake
service a donor's Gift Aid reference beside the item's photos and notes, but the intake
service passes the pricing service only the photos and notes. Along the way to the
model, only data a component hands on as it came counts, unless it makes something of
what it gets.
"""

from __future__ import annotations

import threatgraph as tg


def _pricing(*, reference_to_pricing: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Donation pricing", profile="high")
    photos = tg.Data("Item photos", kind="media")
    notes = tg.Data("Item notes", kind="records")
    reference = tg.Data("Gift Aid reference", kind="records", sensitivity="pii")
    prompt = tg.Data("Pricing prompt", kind="prompt")
    guide = tg.Data("Pricing guide", kind="documents")
    with tm.boundary("Public", trust="untrusted"):
        donor = tm.add(tg.Actor("Donor"))
    with tm.boundary("Shop", trust="internal"):
        tablet = tm.add(tg.Device("Shop tablet"))
        intake = tm.add(tg.Service("Intake service"))
        pricing = tm.add(tg.Service("Pricing service"))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Pricing LLM", origin="third-party-api"))
    tm.flow(donor, tablet, photos, notes, reference, label="handed over with the bag")
    tm.flow(tablet, intake, photos, notes, reference, protocol="https")
    sent = (photos, notes, reference) if reference_to_pricing else (photos, notes)
    tm.flow(intake, pricing, *sent)
    tm.flow(pricing, llm, prompt, guide, protocol="https")
    return tm


def _seen(tm: tg.ThreatModel) -> list[str]:
    report = tg.analyze(tm.freeze())
    return [f.explanation for f in report.open() if f.rule == "ai/indirect-prompt-injection"]


def test_a_reference_left_at_the_intake_service_is_not_seen() -> None:
    said = _seen(_pricing(reference_to_pricing=False))
    assert said
    assert not any("personal data" in x for x in said)


def test_a_reference_passed_on_is() -> None:
    assert any("personal data" in x for x in _seen(_pricing(reference_to_pricing=True)))

"""Fixes taken from the review of fresh set 80 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round95-fresh80``): each test pins
what reviewers struck, and the variants of the same design on which the finding
stays."""

from __future__ import annotations

import threatgraph as tg

INJECTION = "ai/indirect-prompt-injection"


def _salon(*, provider_echoes: bool) -> tg.ThreatModel:
    """A booking agent creates deposit links at a payment provider; pet owners type
    their card details into the provider's hosted page. The provider sends back its own
    payment link, or (``provider_echoes``) the owner's own note with the payment."""
    tm = tg.ThreatModel("salon")
    with tm.boundary("Internet", trust="untrusted"):
        owner = tm.add(tg.Actor("Pet owner"))
    with tm.boundary("Payment provider", trust="partner"):
        provider = tm.add(tg.ExternalService("Payment provider API"))
    with tm.boundary("Booking cloud", trust="internal"):
        agent = tm.add(tg.Agent("Booking agent"))
        llm = tm.add(tg.LLM("Hosted LLM"))
        tool = tm.add(tg.Tool("Deposit tool", capabilities={"money-movement"}))
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"))
    tm.flow(llm, agent, tg.Data("Reply", kind="model-output"))
    tm.flow(agent, tool, tg.Data("Deposit request", kind="tool-call"))
    tm.flow(tool, provider, tg.Data("Payment link request", kind="records"), protocol="https")
    if provider_echoes:
        note = tg.Data("Note to the salon", kind="documents")
        tm.flow(owner, provider, note, protocol="https")
        tm.flow(provider, tool, note, protocol="https")
    else:
        card = tg.Data("Card details", kind="records", sensitivity="regulated")
        tm.flow(owner, provider, card, protocol="https", label="hosted checkout page")
        link = tg.Data("Payment link", kind="tool-result")
        tm.flow(provider, tool, link, protocol="https")
    tm.flow(tool, agent, tg.Data("Deposit result", kind="tool-result"))
    return tm


def _sources(tm: tg.ThreatModel) -> list[str]:
    return [f.explanation for f in tm.analyze().for_rule(INJECTION)]


def test_a_provider_answering_with_its_own_data_carries_no_ones_words() -> None:
    """Set 80's salon reviewer struck the injection path through a payment provider's
    hosted checkout: the owner types card details there, and only a provider-made
    payment link comes back. Reviewers had struck findings resting on such a path on six
    other tracked designs (a boat charter, a golf club, a parking permit agent and a
    baggage claim agent through payment providers, a coworking space's door events, a
    gym's e-mail provider); on the two kept designs it touched, the finding stays, on
    the routes the reviewers had named."""
    assert _sources(_salon(provider_echoes=False)) == []


def test_a_service_that_passes_the_text_on_still_carries_it() -> None:
    (explanation,) = _sources(_salon(provider_echoes=True))
    assert explanation.startswith("Content from Pet owner (Internet, untrusted)")


CLEARTEXT = "stride/unencrypted-boundary-crossing"
CONTROL_WRITE = "stride/control-network-write"


def _still(*, telemetry_back: bool) -> tg.ThreatModel:
    """An advisory service on the site network writes cut points over Modbus into the
    still house PLC on the control network; with ``telemetry_back`` the PLC also sends
    its readings back over Modbus (a read leg the control-network finding does not
    cover)."""
    tm = tg.ThreatModel("distillery")
    with tm.boundary("Site network", trust="internal"):
        advisor = tm.add(tg.Service("Cut advisory service"))
    with tm.boundary("Still house OT network", trust="restricted"):
        plc = tm.add(tg.Service("Still house PLC controller"))
    cuts = tg.Data("Cut points", kind="records", sensitivity="confidential")
    tm.flow(advisor, plc, cuts, protocol="modbus")
    if telemetry_back:
        readings = tg.Data("Still readings", kind="records", sensitivity="confidential")
        tm.flow(plc, advisor, readings, protocol="modbus")
    return tm


def test_a_cleartext_link_that_only_writes_into_a_control_network_is_that_finding() -> None:
    """Reviewers struck the cleartext finding as a duplicate of the control-network one
    on three links that carry only writes into a control network (a distillery's PLC, a
    canal SCADA master, a line PC taking model files; sets 49, 70, 9), and kept it on
    one (a wind farm's curtailment link). The control-network finding now says the
    writes cross in cleartext: one secure mode answers both."""
    report = _still(telemetry_back=False).analyze()
    assert list(report.for_rule(CLEARTEXT)) == []
    (f,) = report.for_rule(CONTROL_WRITE)
    assert "outside it, over modbus in cleartext; whoever compromises" in f.explanation


def test_a_read_leg_back_over_the_plant_protocol_is_that_finding_too() -> None:
    """Sets 78 and 80 kept the cleartext finding on such a link when it also carries
    the equipment's readings back. Reviewers went on striking it as a duplicate (15
    struck and 5 kept over the reviewed designs by set 136): the control-network
    finding's ask, the protocol's secure mode, signs and encrypts both legs. Over a
    general protocol a read leg keeps its own finding
    (tests/test_fresh_review_fixes_136.py)."""
    report = _still(telemetry_back=True).analyze()
    assert list(report.for_rule(CLEARTEXT)) == []
    assert list(report.for_rule(CONTROL_WRITE))

"""Fixes taken from the review of fresh set 31 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round38-fresh31``): each test pins
what a reviewer struck and the variant of the same design on which the finding stays."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph.findings import Finding

CLEARTEXT = "stride/unencrypted-boundary-crossing"
UNDECLARED = "hygiene/undeclared-protocol"


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _counters(*, counts: str) -> tg.ThreatModel:
    """Ceiling sensors publish passenger counts over plain MQTT to an ingestion job
    whose counts a queue-time model forecasts from; the counts are internal (in the
    variant, confidential)."""
    tm = tg.ThreatModel("queues")
    data = tg.Data("Passenger counts", kind="records", sensitivity=counts)
    with tm.boundary("Terminal", trust="internal"):
        sensors = tm.add(tg.Device("Ceiling sensors"))
    with tm.boundary("Cloud", trust="restricted"):
        ingest = tm.add(tg.Pipeline("Count ingestion", stage="ingestion"))
        model = tm.add(tg.Model("Queue-time model", task="regressor"))
    tm.flow(sensors, ingest, data, protocol="mqtt")
    tm.flow(ingest, model, tg.Data("Features", kind="features"))
    return tm


def test_a_sensors_counts_in_cleartext_are_the_forged_readings_finding() -> None:
    """Set 31's airport (struck as a duplicate of the forged-readings finding on the
    same MQTT link): aggregate counts, whose integrity is what matters, and that
    finding says it."""
    tm = _counters(counts="internal")
    assert _open(tm, CLEARTEXT) == []
    assert _open(tm, "ai/forged-device-readings") != []


def test_confidential_readings_in_cleartext_are_still_raised() -> None:
    (f,) = _open(_counters(counts="confidential"), CLEARTEXT)
    assert f.target.ids == ("ceiling-sensors->count-ingestion",)


@pytest.mark.parametrize("protocol", [None, "dlms/cosem"])
def test_the_protocol_list_says_which_flows_declare_none_and_which_one_it_does_not_know(
    protocol: str | None,
) -> None:
    """Set 31's telecom voice agent (struck as wrong): "without a declared protocol" for
    flows declared pstn and sms. (A call declared pstn is no longer listed at all: the
    carriers run that network; see ``test_fresh_review_fixes_86``. SMS is known since
    set 99, as cleartext; a smart meter's DLMS/COSEM stands in for a name it does not
    know.)"""
    tm = tg.ThreatModel("calls")
    with tm.boundary("Partner", trust="partner"):
        carrier = tm.add(tg.ExternalService("Carrier"))
    with tm.boundary("Core", trust="internal"):
        gateway = tm.add(tg.Service("Voice gateway"))
    tm.flow(
        carrier,
        gateway,
        tg.Data("Call audio", kind="media", sensitivity="confidential"),
        protocol=protocol,
    )
    (f,) = _open(tm, UNDECLARED)
    if protocol is None:
        assert "1 declare no protocol: carrier->voice-gateway" in f.explanation
        assert "does not know" not in f.explanation
    else:
        assert "declare no protocol" not in f.explanation
        assert (
            "1 declare one threatgraph does not know (dlms/cosem), so whether it encrypts cannot "
            "be judged: carrier->voice-gateway"
        ) in f.explanation


EXPOSED = "stride/exposed-interface"


@pytest.mark.parametrize("protocol", ["smtp+starttls", "smtp", "https"])
def test_a_mail_gateway_is_open_to_anyones_mail_by_design(protocol: str) -> None:
    """Set 31's KYC refresh agent, an earlier support-mail triage and a desktop
    assistant's mail server (all struck as wrong): an inbound mail gateway has to take
    mail from anyone. The same component taking web requests is still an interface."""
    tm = tg.ThreatModel("mail")
    reply = tg.Data("Customer reply", kind="documents", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        # the customers' systems: a mail server, or (https) an integration calling in
        customer = tm.add(tg.Actor("Customer system", human=False))
    with tm.boundary("DMZ", trust="internal"):
        gateway = tm.add(tg.Service("Mail gateway", internet_facing=True))
    with tm.boundary("Core", trust="internal"):
        store = tm.add(tg.DataStore("Case store", stores={reply}))
    tm.flow(customer, gateway, reply, protocol=protocol)
    tm.flow(
        gateway,
        customer,
        tg.Data("Document request", kind="documents", sensitivity="pii"),
        protocol=protocol,
    )
    tm.flow(gateway, store, reply)
    found = _open(tm, EXPOSED)
    if protocol == "https":
        assert [f.target.ids for f in found] == [("mail-gateway",)]
    else:
        assert found == []


BINDING = "ai/tool-caller-binding"


@pytest.mark.parametrize("started_by", ["nobody", "job", "customer"])
def test_an_agent_working_its_own_cases_does_not_act_for_the_people_it_mails(
    started_by: str,
) -> None:
    """Set 31's KYC refresh agent and set 28's renewal agent (struck as wrong): the
    agent e-mails customers (or suppliers) and reads their replies through its mailbox
    tool, and looks up case records; it works for the bank on cases a schedule picks,
    not for the people it writes to. A customer who chats with it is someone it acts
    for."""
    tm = tg.ThreatModel("kyc")
    reply = tg.Data("Customer reply", kind="documents", sensitivity="pii")
    case = tg.Data("KYC file", kind="records", sensitivity="pii")
    call = tg.Data("Tool call", kind="tool-call", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Business customer"))
    with tm.boundary("Bank", trust="internal"):
        gateway = tm.add(tg.Service("Mail gateway"))
        agent = tm.add(tg.Agent("KYC agent"))
        mailbox = tm.add(tg.Tool("Mailbox tool", capabilities={"read", "send-messages"}))
        case_tool = tm.add(tg.Tool("Case tool", capabilities={"read", "write"}))
        cases = tm.add(tg.Service("Case management"))
        if started_by == "job":
            scheduler = tm.add(tg.Service("Refresh scheduler"))
            tm.flow(scheduler, agent, tg.Data("Refresh task", kind="instructions"))
    tm.flow(customer, gateway, reply, protocol="smtp+starttls")
    tm.flow(gateway, mailbox, reply)
    tm.flow(mailbox, agent, reply)
    tm.flow(agent, mailbox, call)
    tm.flow(agent, case_tool, call)
    tm.flow(case_tool, cases, call)
    tm.flow(cases, case_tool, case)
    tm.flow(case_tool, agent, case)
    if started_by == "customer":
        tm.flow(customer, agent, tg.Data("Question", kind="prompt"), protocol="https")
    found = _open(tm, BINDING)
    if started_by == "customer":
        assert [f.target.ids for f in found] == [("kyc-agent",)]
    else:
        assert found == []


APPROVAL = "ai/unbound-approval"


@pytest.mark.parametrize("workbench_approves", [True, False])
def test_an_approval_made_where_the_agent_hands_its_work_covers_no_tool_call(
    workbench_approves: bool,
) -> None:
    """Set 31's redline agent (struck as weak): the lawyer approves the redlines in the
    workbench, which sends them; the agent, declared supervised, writes to the document
    system through its tool with nobody approving that. Without the workbench's
    approval, "supervised" is all the design says, and the finding stays."""
    from threatgraph import controls as c

    tm = tg.ThreatModel("redlines", profile="high")
    draft = tg.Data("Counterparty draft", kind="documents", sensitivity="confidential")
    redlines = tg.Data("Redlines", kind="model-output", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        counsel = tm.add(tg.Actor("Counterparty counsel"))
    with tm.boundary("Firm", trust="internal"):
        lawyer = tm.add(tg.Actor("Lawyer"))
        workbench = tm.add(
            tg.Endpoint(
                "Workbench",
                controls={c.HumanInTheLoop(approver="the lawyer")} if workbench_approves else set(),
            )
        )
        agent = tm.add(tg.Agent("Redline agent", autonomy="supervised"))
        dms_tool = tm.add(tg.Tool("DMS tool", capabilities={"read", "write"}))
        dms = tm.add(tg.DataStore("DMS", stores={draft}))
    tm.flow(counsel, dms, draft, protocol="smtp+starttls")
    tm.flow(lawyer, workbench, tg.Data("Review task", kind="prompt"), protocol="https")
    tm.flow(workbench, agent, tg.Data("Review task", kind="prompt"))
    tm.flow(agent, workbench, redlines)
    tm.flow(workbench, lawyer, redlines, protocol="https")
    tm.flow(agent, dms_tool, tg.Data("Tool call", kind="tool-call"))
    tm.flow(dms_tool, dms, redlines)
    tm.flow(dms, dms_tool, draft)
    tm.flow(dms_tool, agent, draft)
    report = tm.analyze()
    found = [f for f in report.open() if f.rule == APPROVAL]
    (oversight,) = [r for r in report.requirements if r.id == "profile/high/human-oversight"]
    if workbench_approves:
        assert found == []
        # the reviewer's "met without evidence": the writes are approved by nobody
        assert oversight.status == "unmet"
        assert oversight.missing == ("redline-agent->dms-tool",)
    else:
        assert [f.target.ids for f in found] == [("redline-agent",)]
        assert oversight.status == "met"


@pytest.mark.parametrize("analyst_signs_off", [True, False])
def test_an_agent_wide_approval_made_where_one_tool_writes_covers_no_other_tool(
    analyst_signs_off: bool,
) -> None:
    """Set 31's KYC agent (struck as weak): the approval it declares is the analyst
    signing off the rating its case tool writes into case management; its mailbox tool
    sends customers mail nobody approves. Without that sign-off in the design, the
    declared approval is read as covering its tools, and the finding stays."""
    from threatgraph import controls as c

    tm = tg.ThreatModel("kyc approvals", profile="high")
    reply = tg.Data("Customer reply", kind="documents", sensitivity="pii")
    rating = tg.Data("Proposed rating", kind="records", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Bank", trust="internal"):
        analyst = tm.add(tg.Actor("Compliance analyst"))
        agent = tm.add(
            tg.Agent("KYC agent", controls={c.HumanInTheLoop(approver="compliance analyst")})
        )
        mailbox = tm.add(tg.Tool("Mailbox tool", capabilities={"read", "send-messages"}))
        case_tool = tm.add(tg.Tool("Case tool", capabilities={"write"}))
        cases = tm.add(tg.Service("Case management"))
    tm.flow(customer, mailbox, reply, protocol="smtp+starttls")
    tm.flow(mailbox, agent, reply)
    tm.flow(agent, mailbox, tg.Data("Mail to send", kind="tool-call"))
    tm.flow(mailbox, customer, tg.Data("Request", kind="documents"), protocol="smtp+starttls")
    tm.flow(agent, case_tool, tg.Data("Rating call", kind="tool-call"))
    tm.flow(case_tool, cases, rating)
    if analyst_signs_off:
        tm.flow(cases, analyst, rating, protocol="https")
        tm.flow(analyst, cases, tg.Data("Sign-off", kind="records"), protocol="https")
    report = tm.analyze()
    found = [f for f in report.open() if f.rule == APPROVAL]
    (oversight,) = [r for r in report.requirements if r.id == "profile/high/human-oversight"]
    if analyst_signs_off:
        assert found == []
        assert oversight.missing == ("kyc-agent->mailbox-tool",)
    else:
        (f,) = found
        assert "Mailbox tool" in f.explanation
        assert oversight.status == "met"


PERSONAL = "ai/personal-data-to-model-provider"


@pytest.mark.parametrize("minimised", [False, True])
def test_one_vendors_models_are_one_finding_unless_minimisation_differs(minimised: bool) -> None:
    """Set 31's telecom agent (text-to-speech struck as a duplicate of speech
    recognition at the same vendor), and earlier reviewers' "could be merged" on a
    storefront and a voice bank. Where only one of the flows declares minimisation the
    two stay apart, so one model's redaction never answers the other's."""
    from threatgraph import controls as c

    tm = tg.ThreatModel("voice")
    audio = tg.Data("Caller audio", kind="media", sensitivity="pii")
    reply = tg.Data("Reply text", kind="model-output", sensitivity="pii")
    with tm.boundary("Speech vendor", trust="partner"):
        stt = tm.add(tg.Model("Speech recognition", task="generative", origin="third-party-api"))
        tts = tm.add(tg.Model("Text to speech", task="generative", origin="third-party-api"))
    with tm.boundary("Operator", trust="internal"):
        bot = tm.add(tg.Service("Voice bot"))
    tm.flow(bot, stt, audio, protocol="https")
    tm.flow(
        bot, tts, reply, protocol="https", controls={c.DataMinimization()} if minimised else set()
    )
    found = _open(tm, PERSONAL)
    if minimised:
        assert [f.target.ids for f in found] == [("speech-recognition",)]
    else:
        (f,) = found
        assert f.target.ids == ("speech-recognition",)
        assert "(and Text to speech)" in f.explanation
        assert ("text-to-speech",) in [a.ids for a in f.affected]

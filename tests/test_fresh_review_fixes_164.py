"""Changes taken from held-out verdicts (sets 164 and 165), made in the session of
2026-12-05 (eighteenth)."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c

INDIRECT = "ai/indirect-prompt-injection"


def _swarm_reports(*, task: str) -> tg.ThreatModel:
    """Set 165's swarm-report chatbot: the public uploads photos that a species
    classifier labels for the chatbot, and chats with the chatbot directly."""
    tm = tg.ThreatModel("swarms", profile="low")
    chat = tg.Data("Chat message", kind="prompt", sensitivity="pii")
    photo = tg.Data("Swarm photo", kind="media", sensitivity="internal")
    verdict = tg.Data("Species verdict", kind="model-output", sensitivity="internal")
    reply = tg.Data("Bot reply", kind="model-output", sensitivity="internal")
    alert = tg.Data("Collector alert", kind="tool-call", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        reporter = tm.add(tg.Actor("Member of the public"))
    with tm.boundary("Cloud", trust="internal"):
        endpoint = tm.add(tg.Endpoint("Chat endpoint", purpose=tg.EndpointPurpose.API))
        bucket = tm.add(tg.DataStore("Photo bucket", stores={photo}))
        model = tm.add(tg.Model("Species model", task=task))
        bot = tm.add(tg.Agent("Swarm chatbot", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Collector alert tool", capabilities={"send-messages"}))
    tm.flow(reporter, endpoint, chat, photo, protocol="https")
    tm.flow(endpoint, reporter, reply, protocol="https")
    tm.flow(endpoint, bucket, photo)
    tm.flow(endpoint, bot, chat)
    tm.flow(bot, endpoint, reply)
    tm.flow(bucket, model, photo)
    tm.flow(model, bot, verdict)
    tm.flow(bot, tool, alert)
    return tm


def _rules(tm: tg.ThreatModel) -> set[str]:
    return {f.rule for f in tg.analyze(tm.freeze()).findings}


def test_no_indirect_injection_through_a_model_that_answers_with_a_label() -> None:
    """'The declared path goes through the image classifier, which returns only a
    species label and scores' (set 165): instructions hidden in the photo do not come
    out of a classifier, and the reporter's chat is the direct finding's."""
    rules = _rules(_swarm_reports(task="classifier"))
    assert INDIRECT not in rules
    assert "ai/prompt-injection-direct" in rules


def test_a_model_that_writes_text_still_carries_it() -> None:
    """A captioning model that writes what it sees passes the photo's words on."""
    assert INDIRECT in _rules(_swarm_reports(task="generative"))


def _claims_agent(*, above: str | None) -> tg.ThreatModel:
    """A claims agent reads the claimant's uploaded photos (text in them reaches a
    multimodal model) and pays small claims itself; a handler approves larger ones."""
    tm = tg.ThreatModel("claims", profile="high")
    chat = tg.Data("Claim chat", kind="prompt", sensitivity="pii")
    photo = tg.Data("Damage photo", kind="media", sensitivity="pii")
    call = tg.Data("Payout call", kind="tool-call", sensitivity="confidential")
    approval = c.HumanInTheLoop(approver="claims handler", above=above) if above else None
    with tm.boundary("Internet", trust="untrusted"):
        claimant = tm.add(tg.Actor("Claimant"))
    with tm.boundary("Cloud", trust="internal"):
        portal = tm.add(
            tg.Endpoint(
                "Claims portal",
                purpose=tg.EndpointPurpose.API,
                controls={c.InputValidation()},
            )
        )
        store = tm.add(tg.DataStore("Claim store", stores={photo}))
        agent = tm.add(
            tg.Agent(
                "Claims agent",
                autonomy="autonomous",
                controls={approval} if approval else set(),
            )
        )
        tool = tm.add(tg.Tool("Payout tool", capabilities={"money-movement"}))
    tm.flow(claimant, portal, chat, photo, protocol="https")
    tm.flow(portal, store, photo)
    tm.flow(portal, agent, chat)
    tm.flow(store, agent, photo)
    tm.flow(agent, tool, call)
    return tm


def test_an_approval_of_large_payments_only_does_not_make_injection_rarer() -> None:
    """'Human approval applies only above GBP 50', 'rare is unjustified' (set 163 and
    six other designs, rated low where reviewers asked for high): the approval is not
    counted (``Match.uncounted``), so the threshold leaves the finding where no approval
    would, before and after controls."""
    (gated,) = [
        f
        for f in tg.analyze(_claims_agent(above="GBP 50 per claim").freeze()).findings
        if f.rule == INDIRECT
    ]
    (open_,) = [
        f for f in tg.analyze(_claims_agent(above=None).freeze()).findings if f.rule == INDIRECT
    ]
    assert "human_in_the_loop" not in gated.controls_present
    assert gated.likelihood == open_.likelihood
    assert gated.severity == open_.severity
    assert gated.inherent_severity == open_.inherent_severity


RETENTION = "compliance/gdpr/storage-limitation"


def _letters(*, record_name: str, own_store: bool) -> tg.ThreatModel:
    """Set 156's discharge letters: an agent reads the patient record and files its
    drafts in a letter store of its own."""
    tm = tg.ThreatModel("letters", profile="high", frameworks=("gdpr",))
    record = tg.Data("Patient record", kind="records", sensitivity="regulated")
    draft = tg.Data("Draft letter", kind="documents", sensitivity="regulated")
    with tm.boundary("Hospital", trust="internal"):
        epr = tm.add(tg.DataStore(record_name, stores={record}))
        agent = tm.add(tg.Agent("Letter agent", autonomy="supervised"))
        tm.flow(epr, agent, record)
        if own_store:
            letters = tm.add(tg.DataStore("Letter store", stores={draft}))
            tm.flow(agent, letters, draft)
    return tm


def _retention(tm: tg.ThreatModel) -> list[tg.findings.Finding]:
    return [f for f in tg.analyze(tm.freeze()).findings if f.rule == RETENTION]


def test_a_system_of_record_keeps_its_records_as_its_law_says() -> None:
    """'The EPR is the statutory medical record; its retention follows the records
    retention schedules' (sets 120 to 167, struck many times): a store named as a system
    of record is not listed; the design's own copies still are."""
    assert _retention(_letters(record_name="Electronic patient record", own_store=False)) == []
    (finding,) = _retention(_letters(record_name="EPR", own_store=True))
    assert [t.ids for t in finding.affected] == [("letter-store",)]
    # set 168's graduation announcements: the registry's student record system
    assert _retention(_letters(record_name="Student record system", own_store=False)) == []
    # a store with another name is still asked
    (other,) = _retention(_letters(record_name="Patient notes cache", own_store=False))
    assert [t.ids for t in other.affected] == [("patient-notes-cache",)]


def _survey_reports(*, task: str) -> tg.ThreatModel:
    """Set 168's drain surveys: an engineer's video is coded by a defect model, and a
    drafting service asks a hosted LLM for the report from the codes."""
    tm = tg.ThreatModel("drain surveys", profile="low")
    video = tg.Data("Survey video", kind="media", sensitivity="pii")
    notes = tg.Data("Engineer's report", kind="documents", sensitivity="pii")
    codes = tg.Data("Defect codes", kind="model-output", sensitivity="internal")
    prompt = tg.Data("Report prompt", kind="prompt", sensitivity="pii")
    draft = tg.Data("Draft report", kind="model-output", sensitivity="pii")
    with tm.boundary("Van", trust="internal"):
        engineer = tm.add(tg.Actor("Survey engineer"))
    with tm.boundary("Cloud", trust="internal"):
        store = tm.add(tg.DataStore("Video store", stores={video, notes}))
        coder = tm.add(tg.Model("Defect coding model", task=task))
        drafting = tm.add(tg.Service("Report drafting service"))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted report LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    tm.flow(engineer, store, video, notes, protocol="https")
    tm.flow(store, coder, video)
    tm.flow(coder, drafting, codes)
    tm.flow(drafting, llm, prompt, protocol="https")
    tm.flow(llm, drafting, draft, protocol="https")
    return tm


def test_a_colleagues_content_does_not_pass_a_model_that_answers_with_a_label() -> None:
    """'The path runs through a detector that only outputs defect codes' (set 168): as
    for outsiders' content, a colleague's video coded by a detector carries no
    instructions on to the LLM."""
    assert INDIRECT not in _rules(_survey_reports(task="detector"))
    assert INDIRECT in _rules(_survey_reports(task="generative"))

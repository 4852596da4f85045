"""Changes taken from held-out verdicts, made in the session of 2026-12-05
(nineteenth)."""

from __future__ import annotations

import pytest

import threatgraph as tg

MEMORY = "ai/agent-memory-poisoning"


def _rota_agent(*, through_tool: bool, memory: bool = False) -> tg.ThreatModel:
    """A rota agent that volunteers message and that reads the swap requests e-mailed
    to the office: it books shifts and reads the rota back when it plans. Either a booking tool writes the rota (set 139's hospice rota,
    set 155's ski school plan) or the agent writes its own notes there."""
    tm = tg.ThreatModel("rota", profile="high")
    msg = tg.Data("Volunteer message", kind="prompt", sensitivity="pii")
    reply = tg.Data("Agent reply", kind="model-output", sensitivity="pii")
    shift = tg.Data("Shift booking", kind="records", sensitivity="pii")
    call = tg.Data("Booking call", kind="tool-call", sensitivity="pii")
    mail = tg.Data("Swap request e-mail", kind="documents", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        volunteer = tm.add(tg.Actor("Volunteer"))
        inbox = tm.add(tg.DataSource("Office inbox", origin="public-web"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", purpose=tg.EndpointPurpose.API))
        agent = tm.add(tg.Agent("Rota agent", autonomy="autonomous"))
        if memory:
            rota: tg.DataStore = tm.add(tg.VectorStore("Rota", stores={shift}, memory=True))
        else:
            rota = tm.add(tg.DataStore("Rota", stores={shift}))
        tool = tm.add(tg.Tool("Booking tool", capabilities={"write"}))
    tm.flow(volunteer, api, msg, protocol="https")
    tm.flow(api, volunteer, reply, protocol="https")
    tm.flow(api, agent, msg)
    tm.flow(agent, api, reply)
    tm.flow(inbox, agent, mail)
    tm.flow(agent, tool, call)
    if through_tool:
        tm.flow(tool, rota, shift)
    else:
        tm.flow(agent, rota, shift)
    tm.flow(rota, agent, shift)
    return tm


def _rules(tm: tg.ThreatModel) -> set[str]:
    return {f.rule for f in tg.analyze(tm.freeze()).findings}


def test_records_a_tool_writes_are_not_the_agents_memory() -> None:
    """'The Rota and claims database holds the rota and mileage claims ... No
    conversation history or agent memory is declared' (set 139), 'the Daily plan store
    holds the day's plan ... not conversation memory' (set 155): a tool writes the
    fields of its call, not what the agent was told. The agent misusing the tool is
    the tool finding's."""
    assert MEMORY not in _rules(_rota_agent(through_tool=True))


def test_what_the_agent_writes_itself_and_reads_back_is_still_memory() -> None:
    """An agent writing its own notes into a store it reloads keeps a history."""
    assert MEMORY in _rules(_rota_agent(through_tool=False))


def test_a_store_declared_as_memory_counts_whoever_writes_it() -> None:
    """A store declared as the agent's memory is memory, even written by a tool."""
    assert MEMORY in _rules(_rota_agent(through_tool=True, memory=True))


FAIRNESS = "profile/high/fairness"


def _screening(model_name: str) -> tg.ThreatModel:
    """A high-stakes detector that reads a filed record with personal data in it (a
    cargo manifest naming the consignee) next to an image, and flags for officers."""
    tm = tg.ThreatModel("screening", profile="high")
    image = tg.Data("Scan image", kind="media", sensitivity="confidential")
    record = tg.Data("Filed record", kind="records", sensitivity="pii")
    flag = tg.Data("Flag", kind="model-output", sensitivity="confidential")
    with tm.boundary("Data centre", trust="restricted"):
        store = tm.add(tg.DataStore("Record store", stores={record, image}))
        service = tm.add(tg.Service("Triage service"))
        model = tm.add(tg.Model(model_name, task="detector", high_stakes=True))
        officer = tm.add(tg.Actor("Officer", privileged=True))
    tm.flow(store, service, record, image)
    tm.flow(service, model, record, image)
    tm.flow(model, service, flag)
    tm.flow(service, officer, flag)
    return tm


def _needs_fairness(tm: tg.ThreatModel) -> bool:
    return FAIRNESS in _rules(tm)


def test_a_model_named_for_the_goods_or_watch_it_judges_decides_about_no_one() -> None:
    """'The model flags containers by comparing the image with declared HS codes. It
    makes no decision about a natural person' (set 170's undeclared goods model); 'the
    model judges whether a watch is genuine' (set 170's watch model)."""
    assert not _needs_fairness(_screening("Undeclared goods anomaly model"))
    assert not _needs_fairness(_screening("Watch authenticity model"))
    assert not _needs_fairness(_screening("Crash detection model"))


def test_a_model_judging_the_person_in_the_record_still_needs_bias_testing() -> None:
    assert _needs_fairness(_screening("Benefit fraud risk model"))


SUBJECT = "stride/missing-subject-authorization"


def _site_records(*, admin_role: str, admin_privileged: bool = True) -> tg.ThreatModel:
    """A site service shows a site's records to a grower, and to a second person who
    administers the system (set 170's greenhouse: the robot maker's release engineer)."""
    tm = tg.ThreatModel("site", profile="high")
    rec = tg.Data("Site records", kind="records", sensitivity="confidential")
    req = tg.Data("Records request", kind="records", sensitivity="internal")
    with tm.boundary("Site", trust="internal"):
        grower = tm.add(tg.Actor("Grower"))
        admin = tm.add(tg.Actor("Second person", role=admin_role, privileged=admin_privileged))
        service = tm.add(tg.Service("Site service"))
        store = tm.add(tg.DataStore("Site database", stores={rec}))
    for who in (grower, admin):
        tm.flow(who, service, req, protocol="https")
        tm.flow(service, who, rec, protocol="https")
    tm.flow(store, service, rec)
    return tm


def test_an_administrator_is_not_a_second_caller_to_keep_apart() -> None:
    """'The site system serves one grower's own records, so there are no cross-caller
    permissions to enforce' (set 170): whoever administers it may see every record."""
    assert SUBJECT not in _rules(_site_records(admin_role="robotics engineer"))


def test_two_ordinary_callers_still_need_a_per_caller_check() -> None:
    assert SUBJECT in _rules(_site_records(admin_role="robotics engineer", admin_privileged=False))


def test_privileged_people_who_each_own_a_share_still_count() -> None:
    """Hosts each see their own properties' guests, associates their own matters:
    privileged in the tool, but not meant to see one another's records."""
    assert SUBJECT in _rules(_site_records(admin_role="host"))


def _voice_booking(*, speech_models: bool) -> tg.ThreatModel:
    """Set 173's spa voice agent: guests phone in; speech recognition turns their words
    into text for the agent and speech synthesis reads its answers back; a tool reads
    guests' health questionnaires for the agent."""
    tm = tg.ThreatModel("spa", profile="high")
    audio = tg.Data("Call audio", kind="media", sensitivity="pii")
    words = tg.Data("Utterance", kind="prompt", sensitivity="pii")
    answer = tg.Data("Agent reply", kind="model-output", sensitivity="pii")
    speech = tg.Data("Reply audio", kind="media", sensitivity="pii")
    call = tg.Data("Check call", kind="tool-call", sensitivity="pii")
    forms = tg.Data("Health questionnaire", kind="records", sensitivity="regulated")
    with tm.boundary("Phone network", trust="untrusted"):
        guest = tm.add(tg.Actor("Guest"))
    with tm.boundary("Spa cloud", trust="internal"):
        gateway = tm.add(tg.Service("Telephony gateway"))
        agent = tm.add(tg.Agent("Spa voice agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Questionnaire tool", capabilities={"read"}))
        store = tm.add(tg.DataStore("Questionnaire store", stores={forms}))
        if speech_models:
            stt = tm.add(tg.Model("Speech-to-text", task="generative"))
            tts = tm.add(tg.Model("Text-to-speech", task="generative"))
    tm.flow(guest, gateway, audio, protocol="pstn")
    tm.flow(gateway, guest, speech, protocol="pstn")
    if speech_models:
        tm.flow(gateway, stt, audio)
        tm.flow(stt, agent, words)
        tm.flow(agent, tts, answer)
        tm.flow(tts, gateway, speech)
    else:
        tm.flow(gateway, agent, words)
        tm.flow(agent, gateway, answer)
    tm.flow(agent, tool, call)
    tm.flow(tool, agent, forms)
    tm.flow(store, tool, forms)
    return tm


def test_a_caller_heard_through_speech_models_is_still_a_caller() -> None:
    """'The tools are not limited to the signed-in guest's own records ... hear that
    guest's health information read back' (set 173): speech recognition and synthesis
    pass the guest's words in and the agent's answers out, as a chat page would."""
    assert SUBJECT in _rules(_voice_booking(speech_models=False))
    assert SUBJECT in _rules(_voice_booking(speech_models=True))


FORGED = "stride/forged-decision"


def _notes_approval(*, with_sign_in: bool) -> tg.ThreatModel:
    """Set 174's grooming salon: a groomer's tablet app sends the approval of a drafted
    owner message to the notes service, which sends it on (in the variant, the same
    request carries the groomer's staff sign-in)."""
    tm = tg.ThreatModel("salon", profile="low")
    approval = tg.Data("Message approval", kind="records", sensitivity="pii")
    token = tg.Data("Staff sign-in token", kind="credentials", sensitivity="secret")
    sms = tg.Data("Owner SMS", kind="records", sensitivity="pii")
    with tm.boundary("Salon", trust="internal"):
        tablet = tm.add(tg.Endpoint("Salon tablet app"))
    with tm.boundary("Cloud", trust="internal"):
        notes = tm.add(tg.Service("Notes service"))
    with tm.boundary("SMS provider", trust="partner"):
        provider = tm.add(tg.ExternalService("SMS gateway"))
    carried = (approval, token) if with_sign_in else (approval,)
    tm.flow(tablet, notes, *carried, protocol="https")
    tm.flow(notes, provider, sms, protocol="https")
    return tm


def test_a_decision_sent_with_the_senders_sign_in_names_its_sender() -> None:
    """'Flow 18 carries the groomer's staff sign-in credentials over https ... so the
    sender is authenticated' (set 174): the receiver can check who sent the approval."""
    assert FORGED in _rules(_notes_approval(with_sign_in=False))
    assert FORGED not in _rules(_notes_approval(with_sign_in=True))


def test_a_privileged_manager_administers_the_system() -> None:
    """'Both bar staff and the manager are meant to see bookings' (set 172's snooker
    club): a manager declared privileged runs the whole system, unlike a host or an
    associate, who each own a share of the records."""
    assert SUBJECT not in _rules(_site_records(admin_role="club manager"))
    assert SUBJECT in _rules(_site_records(admin_role="associate"))


KEY_ABUSE = "ai/model-api-key-abuse"


def _scheduler(credential: str) -> tg.ThreatModel:
    """Set 177's bell-ringing guild: a scheduling service calls a hosted LLM and reads
    a store of credentials (the towers' door codes; in the variant, the LLM key)."""
    tm = tg.ThreatModel("guild", profile="high")
    secret = tg.Data(credential, kind="credentials", sensitivity="secret")
    prompt = tg.Data("Schedule prompt", kind="prompt", sensitivity="pii")
    draft = tg.Data("Schedule draft", kind="model-output", sensitivity="pii")
    with tm.boundary("Guild cloud", trust="internal"):
        store = tm.add(tg.DataStore("Credential store", stores={secret}))
        service = tm.add(tg.Service("Scheduling service"))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    tm.flow(store, service, secret)
    tm.flow(service, llm, prompt, protocol="https")
    tm.flow(llm, service, draft, protocol="https")
    return tm


def test_a_door_code_is_no_model_providers_key() -> None:
    """'The Tower access code store holds physical door codes for towers, not LLM API
    keys' (set 177)."""
    assert KEY_ABUSE not in _rules(_scheduler("Tower access code"))
    assert KEY_ABUSE in _rules(_scheduler("LLM API key"))


UNCAPPED = "ai/uncapped-automatic-steps"


def _kiln_agent(above: str) -> tg.ThreatModel:
    """Set 176's pottery studio: members book firings with an agent; the technician
    approves firings above a threshold."""
    tm = tg.ThreatModel("kiln", profile="high")
    msg = tg.Data("Booking message", kind="prompt", sensitivity="pii")
    reply = tg.Data("Agent reply", kind="model-output", sensitivity="pii")
    call = tg.Data("Firing schedule", kind="tool-call", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        member = tm.add(tg.Actor("Member"))
    with tm.boundary("Studio cloud", trust="internal"):
        agent = tm.add(
            tg.Agent(
                "Firing booking agent",
                autonomy="autonomous",
                controls={tg.controls.HumanInTheLoop(approver="technician", above=above)},
            )
        )
        tool = tm.add(tg.Tool("Kiln schedule tool", capabilities={"write"}))
    tm.flow(member, agent, msg, protocol="https")
    tm.flow(agent, member, reply, protocol="https")
    tm.flow(agent, tool, call)
    return tm


def test_a_threshold_on_a_level_each_step_has_is_not_split() -> None:
    """'The threshold is a firing temperature, not an amount. Several cone-5 firings
    do not add up to a cone-10 firing' (set 176)."""
    assert UNCAPPED not in _rules(_kiln_agent("stoneware temperature (cone 6)"))
    assert UNCAPPED in _rules(_kiln_agent("GBP 200 per booking"))


def _shop_thread(*, builds_prompt: bool) -> tg.ThreatModel:
    """Set 176's butcher: the storefront keeps each order's message thread, shows it to
    the customer, and hands the agent each new message as it came (in the variant, a
    prompt it builds from the thread)."""
    tm = tg.ThreatModel("butcher", profile="low")
    message = tg.Data("Order message", kind="prompt", sensitivity="pii")
    built = tg.Data("Thread prompt", kind="prompt", sensitivity="pii")
    reply = tg.Data("Agent reply", kind="model-output", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Shop cloud", trust="internal"):
        storefront = tm.add(tg.Service("Storefront"))
        store = tm.add(tg.DataStore("Order database", stores={message, reply}))
        agent = tm.add(tg.Agent("Order agent", autonomy="autonomous"))
    tm.flow(customer, storefront, message, protocol="https")
    tm.flow(storefront, customer, reply, protocol="https")
    tm.flow(storefront, store, message)
    tm.flow(store, storefront, reply, label="thread shown to the customer")
    tm.flow(storefront, agent, built if builds_prompt else message)
    tm.flow(agent, storefront, reply)
    tm.flow(agent, store, reply, label="posts reply to thread")
    return tm


def _reads_back(tm: tg.ThreatModel) -> bool:
    """Whether the storefront's read of the thread can reach the agent's context."""
    from threatgraph.graph import Facts
    from threatgraph.rules.ai.prompts import _relays_to_model

    s = tm.freeze()
    (read,) = [f for f in s.all_flows if f.source == "order-database" and f.target == "storefront"]
    return _relays_to_model(Facts(s), read)


def test_a_message_forwarded_as_it_came_replays_no_history() -> None:
    """'No declared flow feeds the stored thread back into the agent's context. The
    Storefront only displays it' (set 176): the message it hands the agent is the one
    the customer sent, not a prompt it builds from the thread."""
    assert not _reads_back(_shop_thread(builds_prompt=False))
    assert _reads_back(_shop_thread(builds_prompt=True))
    assert MEMORY not in _rules(_shop_thread(builds_prompt=False))


@pytest.mark.parametrize(
    ("method", "raised"),
    [
        ("per-kiosk API key and staff PIN", False),
        ("per-device token and PIN", False),
        ("API key and staff PIN", True),
        ("staff PIN", True),
    ],
)
def test_a_key_bound_to_the_kiosk_is_a_second_factor(method: str, raised: bool) -> None:
    """'The declared sign-in is a per-kiosk API key plus a staff PIN, not a reusable
    password' (set 178): the key the kiosk holds is something the person has, there."""
    from test_fresh_review_fixes_112 import _portal

    found = [
        f for f in _portal(method).analyze().findings if f.rule == "stride/password-only-sign-in"
    ]
    assert bool(found) is raised

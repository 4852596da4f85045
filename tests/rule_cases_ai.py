"""A firing and a non-firing model for every AI rule (``ai/...``).

``CASES[rule_id]`` is a pair of factories ``(fires, quiet)``: the first builds a
small model on which the rule raises, the second a near-copy that differs in the
one fact the rule depends on, and on which it raises nothing. The catalogue
meta-test (``test_catalogue_meta.py``) runs them all.

Each case is a ``build(fire: bool)`` function whose docstring names the deciding
fact; the pair is ``build(True)`` and ``build(False)``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import threatgraph as tg
from threatgraph.elements import Element

__all__ = ["CASES", "Zones"]

Factory = Callable[[], tg.ThreatModel]


class Zones:
    """A model with four boundaries to place elements in: internet (untrusted),
    partner, corp (internal) and vault (restricted)."""

    def __init__(self, name: str) -> None:
        self.tm = tg.ThreatModel(name)
        for bname, trust in (
            ("Internet", "untrusted"),
            ("Partner", "partner"),
            ("Corp", "internal"),
            ("Vault", "restricted"),
        ):
            with self.tm.boundary(bname, trust=trust):
                pass

    def internet(self, e: Element) -> Element:
        return self.tm.add(e, boundary="internet")

    def partner(self, e: Element) -> Element:
        return self.tm.add(e, boundary="partner")

    def corp(self, e: Element) -> Element:
        return self.tm.add(e, boundary="corp")

    def vault(self, e: Element) -> Element:
        return self.tm.add(e, boundary="vault")

    def outside_or_corp(self, e: Element, outside: bool) -> Element:
        """On the internet when ``outside``, else inside the organisation."""
        return self.internet(e) if outside else self.corp(e)

    def flow(self, a: Element, b: Element, *data: tg.Data) -> None:
        self.tm.flow(a, b, *data)


PUBLIC = tg.Data("Public pages", sensitivity="public")
INTERNAL = tg.Data("Internal notes", sensitivity="internal")
PII = tg.Data("Customer records", sensitivity="pii")
CONFIDENTIAL = tg.Data("Pricing plans", sensitivity="confidential")
PROMPT = tg.Data("Question", kind="prompt", sensitivity="internal")
ANSWER = tg.Data("Answer", kind="model-output", sensitivity="internal")


# ---------------------------------------------------------------------------- prompts


def prompt_injection_direct(fire: bool) -> tg.ThreatModel:
    """Who prompts the LLM: a customer on the internet, or an employee."""
    z = Zones("direct injection")
    user = z.outside_or_corp(tg.Actor("User"), fire)
    api = z.corp(tg.Endpoint("Chat API"))
    llm = z.corp(tg.LLM("Assistant"))
    z.flow(user, api, PROMPT)
    z.flow(api, llm, PROMPT)
    return z.tm


def indirect_prompt_injection(fire: bool) -> tg.ThreatModel:
    """Where the indexed pages come from: the public web, or the internal wiki."""
    z = Zones("indirect injection")
    employee = z.corp(tg.Actor("Employee"))
    src = z.corp(tg.DataSource("Pages", origin="public-web" if fire else "internal"))
    index = z.corp(tg.VectorStore("Index"))
    llm = z.corp(tg.LLM("Assistant"))
    z.flow(src, index, tg.Data("Pages", kind="documents"))
    z.flow(index, llm, tg.Data("Chunks", kind="retrieved-context"))
    z.flow(employee, llm, PROMPT)
    return z.tm


def agent_instructions_tampering(fire: bool) -> tg.ThreatModel:
    """Who writes the agent's rules file: an outside contributor, or a maintainer."""
    z = Zones("instructions")
    writer = z.outside_or_corp(tg.Actor("Contributor"), fire)
    rules = z.corp(tg.DataStore("Rules file"))
    employee = z.corp(tg.Actor("Developer"))
    agent = z.corp(tg.Agent("Coding agent"))
    z.flow(writer, rules, tg.Data("Rules edit", kind="instructions"))
    z.flow(rules, agent, tg.Data("Rules", kind="instructions"))
    z.flow(employee, agent, PROMPT)
    return z.tm


def tool_misuse(fire: bool) -> tg.ThreatModel:
    """What the agent's tool can do: write, or only read."""
    z = Zones("tool misuse")
    user = z.internet(tg.Actor("Customer"))
    api = z.corp(tg.Endpoint("Chat API"))
    agent = z.corp(tg.Agent("Support agent"))
    tool = z.corp(tg.Tool("Tickets", capabilities={"write"} if fire else {"read"}))
    z.flow(user, api, PROMPT)
    z.flow(api, agent, PROMPT)
    z.flow(agent, tool, tg.Data("Ticket update", kind="tool-call"))
    return z.tm


def unbound_approval(fire: bool) -> tg.ThreatModel:
    """Who can steer the agent whose payments a person approves: a customer on the
    internet, or only colleagues inside."""
    z = Zones("unbound approval")
    user = z.internet(tg.Actor("Customer")) if fire else z.corp(tg.Actor("Clerk"))
    agent = z.corp(tg.Agent("Payments agent", controls={tg.controls.HumanInTheLoop()}))
    tool = z.corp(tg.Tool("Payments", capabilities={"money-movement"}))
    z.flow(user, agent, PROMPT)
    z.flow(agent, tool, tg.Data("Payment", kind="tool-call"))
    return z.tm


def uncapped_automatic_steps(fire: bool) -> tg.ThreatModel:
    """What the finance manager's approval of the agent's credits covers: only credits
    above USD 1,000, or every credit."""
    z = Zones("uncapped steps")
    user = z.internet(tg.Actor("Customer"))
    agent = z.corp(tg.Agent("Dispute agent"))
    approval = tg.controls.HumanInTheLoop(
        approver="finance manager", above="USD 1,000" if fire else None
    )
    tool = z.corp(tg.Tool("Credit tool", capabilities={"money-movement"}, controls={approval}))
    z.flow(user, agent, PROMPT)
    z.flow(agent, tool, tg.Data("Credit note", kind="tool-call"))
    return z.tm


def unreviewed_passes(fire: bool) -> tg.ThreatModel:
    """A tray checker's results go to a pharmacist who reviews every mismatch, or every
    tray."""
    z = Zones("unreviewed passes")
    model = z.corp(tg.Model("Tray checker", task="detector"))
    who = "pharmacist, for every mismatch" if fire else "pharmacist, for every tray"
    service = z.corp(
        tg.Service("Tray verification", controls={tg.controls.HumanInTheLoop(approver=who)})
    )
    z.flow(model, service, tg.Data("Tray check result", kind="model-output"))
    return z.tm


def forged_device_readings(fire: bool) -> tg.ThreatModel:
    """How the shelf sensors publish their weights to the broker: plain MQTT, or mutual
    TLS."""
    z = Zones("forged readings")
    sensors = z.partner(tg.Device("Shelf sensors"))
    broker = z.corp(tg.Service("Sensor broker"))
    model = z.corp(tg.Model("Stock-out detector", task="detector"))
    weights = tg.Data("Shelf weights", kind="records")
    z.tm.flow(sensors, broker, weights, protocol="mqtt" if fire else "mtls")
    z.flow(broker, model, weights)
    return z.tm


def silent_detection_failure(fire: bool) -> tg.ThreatModel:
    """Pool cameras feed a high-stakes distress detector, live, whose alerts reach
    lifeguards; the quiet variant stores the frames for a nightly batch review."""
    z = Zones("silent detector")
    cams = z.corp(tg.Device("Pool cameras"))
    model = z.corp(tg.Model("Distress detector", task="detector", high_stakes=True))
    alerts = z.corp(tg.Service("Alert manager"))
    guard = z.corp(tg.Actor("Lifeguard"))
    frames = tg.Data("Video frames", kind="media")
    if fire:
        z.tm.flow(cams, model, frames, protocol="rtsp")
    else:
        store = z.corp(tg.DataStore("Frame archive"))
        batch = z.corp(tg.Pipeline("Nightly review job"))
        z.tm.flow(cams, store, frames, protocol="rtsp")
        z.flow(store, batch, frames)
        z.flow(batch, model, frames)
    z.flow(model, alerts, tg.Data("Distress alert", kind="model-output"))
    z.flow(alerts, guard, tg.Data("Alert", kind="records"))
    return z.tm


def alert_waits_on_model(fire: bool) -> tg.ThreatModel:
    """Race trackers report to a tracking service; a runner-safety agent decides, with a
    hosted LLM, when to page the medical team through a paging tool. The quiet variant's
    tracking service also pages the team itself when a runner stops moving."""
    z = Zones("alert waits on model")
    trackers = z.internet(tg.Device("Runner trackers"))
    tracking = z.corp(tg.Service("Race tracking service"))
    agent = z.corp(tg.Agent("Runner safety agent", autonomy="autonomous"))
    llm = z.corp(tg.LLM("Hosted LLM"))
    pager = z.corp(tg.Tool("Paging tool"))
    medics = z.internet(tg.Actor("Medical team"))
    z.flow(trackers, tracking, tg.Data("Positions", kind="records"))
    z.flow(tracking, agent, tg.Data("Stopped runner event", kind="records"))
    z.flow(agent, llm, tg.Data("Prompt", kind="prompt"))
    z.flow(llm, agent, tg.Data("Completion", kind="model-output"))
    z.flow(agent, pager, tg.Data("Page request", kind="records"))
    z.flow(pager, medics, tg.Data("Medical alert page", kind="records"))
    if not fire:
        z.flow(tracking, medics, tg.Data("Stopped runner alarm", kind="records"))
    return z.tm


def fail_open_check(fire: bool) -> tg.ThreatModel:
    """A checkout service asks a fraud model about each payment and answers the shop
    that called it; in the quiet variant the model it asks suggests a delivery slot,
    which guards nothing."""
    z = Zones("fail open check")
    shop = z.corp(tg.Service("Shop backend"))
    checkout = z.corp(tg.Service("Checkout service"))
    name, verdict = ("Fraud model", "Fraud score") if fire else ("Slot model", "Slot choice")
    model = z.corp(tg.Model(name, task="classifier", high_stakes=True))
    payment = tg.Data("Payment request", kind="records")
    z.flow(shop, checkout, payment)
    z.flow(checkout, model, payment)
    z.flow(model, checkout, tg.Data(verdict, kind="model-output"))
    z.flow(checkout, shop, tg.Data("Payment decision", kind="records"))
    return z.tm


def check_left_to_agent(fire: bool) -> tg.ThreatModel:
    """A booking agent asks an eligibility check and books through a tool; in the quiet
    variant the check's verdict goes to the booking tool itself."""
    z = Zones("check left to agent")
    user = z.internet(tg.Actor("Customer"))
    agent = z.corp(tg.Agent("Booking agent"))
    check = z.corp(tg.Tool("Eligibility check tool", capabilities={"read"}))
    book = z.corp(tg.Tool("Booking tool", capabilities={"write"}))
    verdict = tg.Data("Eligibility verdict", kind="tool-result")
    z.flow(user, agent, PROMPT)
    z.flow(agent, check, tg.Data("Eligibility query", kind="tool-call"))
    z.flow(check, agent, verdict)
    z.flow(agent, book, tg.Data("Booking call", kind="tool-call"))
    if not fire:
        z.flow(check, book, verdict)
    return z.tm


def unverified_evidence(fire: bool) -> tg.ThreatModel:
    """A claims agent refunds small claims on the receipt photo the customer uploads; in
    the quiet variant a claims handler approves every refund."""
    z = Zones("unverified evidence")
    user = z.internet(tg.Actor("Customer"))
    agent = z.corp(tg.Agent("Claims agent", autonomy="autonomous"))
    controls = set() if fire else {tg.controls.HumanInTheLoop(approver="claims handler")}
    refund = z.corp(tg.Tool("Refund tool", capabilities={"money-movement"}, controls=controls))
    z.flow(user, agent, PROMPT, tg.Data("Receipt photo", kind="media"))
    z.flow(agent, refund, tg.Data("Refund call", kind="tool-call"))
    return z.tm


def model_read_credential(fire: bool) -> tg.ThreatModel:
    """A check tool has an LLM read the licence a member uploads and records its status;
    in the quiet variant the tool also hears back from the licensing body's register."""
    z = Zones("model read credential")
    user = z.internet(tg.Actor("Member"))
    portal = z.corp(tg.Service("Member portal"))
    check = z.corp(tg.Tool("Licence check tool", capabilities={"read", "write"}))
    llm = z.partner(tg.LLM("Hosted LLM", origin="third-party-api"))
    db = z.corp(tg.DataStore("Member database"))
    licence = tg.Data("Licence scan", kind="documents", sensitivity="pii")
    z.flow(user, portal, licence)
    z.flow(portal, check, licence)
    z.flow(check, llm, licence)
    z.flow(llm, check, tg.Data("Extracted licence details", kind="model-output"))
    z.flow(check, db, tg.Data("Licence status", kind="records", sensitivity="pii"))
    if not fire:
        register = z.partner(tg.ExternalService("Licensing body register"))
        z.flow(register, check, tg.Data("Register entry", kind="records"))
    return z.tm


def agent_set_charge(fire: bool) -> tg.ThreatModel:
    """Customers book through an agent that sends them a payment link; in the quiet
    variant a person approves every link before it is sent."""
    z = Zones("agent set charge")
    user = z.internet(tg.Actor("Customer"))
    agent = z.corp(tg.Agent("Booking agent", autonomy="autonomous"))
    controls = set() if fire else {tg.controls.HumanInTheLoop(approver="box office")}
    link = z.corp(tg.Tool("Payment link tool", capabilities={"network-egress"}, controls=controls))
    z.flow(user, agent, PROMPT)
    z.flow(agent, link, tg.Data("Payment link request", kind="tool-call"))
    return z.tm


def unbounded_actuation(fire: bool) -> tg.ThreatModel:
    """A climate model's setpoints reach the barn's fans through a control service; the
    quiet variant shows them to a farmer, who sets the fans themselves."""
    z = Zones("unbounded actuation")
    model = z.corp(tg.Model("Heat-stress model", task="regressor"))
    service = z.corp(tg.Service("Climate service"))
    fans = z.corp(tg.Device("Barn fans", fleet=False))
    setpoints = tg.Data("Fan setpoints", kind="records")
    z.flow(model, service, tg.Data("Heat forecast", kind="model-output"))
    if fire:
        z.flow(service, fans, setpoints)
    else:
        farmer = z.corp(tg.Actor("Farmer"))
        z.flow(service, farmer, setpoints)
        z.flow(farmer, fans, setpoints)
    return z.tm


def tool_ssrf(fire: bool) -> tg.ThreatModel:
    """Where the agent's fetch tool runs: inside our network, or in a partner's sandbox."""
    z = Zones("tool ssrf")
    user = z.internet(tg.Actor("Customer"))
    web = z.internet(tg.DataSource("Web", origin="public-web"))
    agent = z.corp(tg.Agent("Research agent"))
    tool = tg.Tool("Page fetcher", capabilities={"read", "network-egress"})
    tool = z.corp(tool) if fire else z.partner(tool)
    z.flow(user, agent, PROMPT)
    z.flow(agent, tool, tg.Data("URL to fetch", kind="tool-call"))
    z.flow(web, tool, tg.Data("Pages", kind="documents"))
    z.flow(tool, agent, tg.Data("Page text", kind="tool-result"))
    return z.tm


def queries_reveal_work(fire: bool) -> tg.ThreatModel:
    """What the research agent's search tool sends to the public search API: queries
    built from the client's confidential matter, or public keywords."""
    z = Zones("queries out")
    user = z.corp(tg.Actor("Analyst"))
    search = z.internet(tg.ExternalService("Web search API", provides="data-provider"))
    agent = z.corp(tg.Agent("Research agent"))
    tool = z.corp(tg.Tool("Search tool", capabilities={"read", "network-egress"}))
    query = tg.Data(
        "Search query", kind="tool-call", sensitivity="confidential" if fire else "public"
    )
    z.flow(user, agent, PROMPT)
    z.flow(agent, tool, query)
    z.flow(tool, search, query)
    z.flow(search, tool, tg.Data("Results", kind="documents"))
    z.flow(tool, agent, tg.Data("Search results", kind="tool-result"))
    return z.tm


def shared_answer_cache(fire: bool) -> tg.ThreatModel:
    """What the service gets back from its store: answers alone (a cache looked up by
    question), or the whole turn with the question (a conversation history)."""
    z = Zones("answer cache")
    user = z.corp(tg.Actor("Employee"))
    svc = z.corp(tg.Service("Answer service"))
    llm = z.partner(tg.LLM("Hosted LLM"))
    cache = z.vault(tg.DataStore("Answers"))
    question = tg.Data("Question", kind="prompt", sensitivity="confidential")
    answer = tg.Data("Answer", kind="model-output", sensitivity="confidential")
    z.flow(user, svc, question)
    z.flow(svc, llm, question)
    z.flow(llm, svc, answer)
    z.flow(svc, cache, question, answer)
    z.flow(cache, svc, answer) if fire else z.flow(cache, svc, question, answer)
    z.flow(svc, user, answer)
    return z.tm


def tool_caller_binding(fire: bool) -> tg.ThreatModel:
    """What the agent's order tool gets from the order service: a customer's orders
    (records about people), or the public catalogue."""
    z = Zones("caller binding")
    user = z.internet(tg.Actor("Customer"))
    agent = z.corp(tg.Agent("Shop agent"))
    tool = z.corp(tg.Tool("Order tool", capabilities={"read"}))
    svc = z.corp(tg.Service("Order service"))
    got = PII if fire else PUBLIC
    z.flow(user, agent, PROMPT)
    z.flow(agent, tool, tg.Data("Order lookup", kind="tool-call"))
    z.flow(tool, svc, tg.Data("Lookup request", kind="tool-call"))
    z.flow(svc, tool, got)
    z.flow(tool, agent, tg.Data("Lookup result", kind="tool-result"))
    return z.tm


def agent_code_execution(fire: bool) -> tg.ThreatModel:
    """Whether the agent's tool runs the code it is given."""
    z = Zones("code execution")
    dev = z.corp(tg.Actor("Developer"))
    agent = z.corp(tg.Agent("Coding agent"))
    tool = z.corp(tg.Tool("Shell", capabilities={"execute-code"} if fire else {"read"}))
    z.flow(dev, agent, PROMPT)
    z.flow(agent, tool, tg.Data("Command", kind="tool-call"))
    return z.tm


def agent_exfiltration(fire: bool) -> tg.ThreatModel:
    """What the agent sees: customer records, or public pages only. Pages from the web
    steer it besides the customer who prompts it (a customer alone is shown what it
    sees anyway)."""
    z = Zones("exfiltration")
    seen = PII if fire else PUBLIC
    user = z.internet(tg.Actor("Customer"))
    web = z.internet(tg.ExternalService("Web"))
    agent = z.corp(tg.Agent("Support agent"))
    crm = z.corp(tg.DataStore("CRM", stores={seen}))
    fetch = z.corp(tg.Tool("Web fetch", capabilities={"network-egress"}))
    z.flow(user, agent, PROMPT)
    z.flow(crm, agent, seen)
    z.flow(agent, fetch, tg.Data("URL", kind="tool-call", sensitivity="public"))
    z.flow(web, fetch, tg.Data("Page", kind="documents", sensitivity="public"))
    z.flow(fetch, agent, tg.Data("Page", kind="documents", sensitivity="public"))
    return z.tm


def improper_output_handling(fire: bool) -> tg.ThreatModel:
    """Whether outsiders shape the LLM whose output is written into the ticket DB."""
    z = Zones("output handling")
    user = z.outside_or_corp(tg.Actor("User"), fire)
    api = z.corp(tg.Endpoint("Chat API"))
    llm = z.corp(tg.LLM("Triage LLM"))
    db = z.corp(tg.DataStore("Ticket DB"))
    z.flow(user, api, PROMPT)
    z.flow(api, llm, PROMPT)
    z.flow(llm, db, tg.Data("Ticket", kind="model-output"))
    return z.tm


def output_rendering(fire: bool) -> tg.ThreatModel:
    """Whether the pages the assistant reads come from the web or from our own wiki; the
    customer reads its answers in the chat page either way."""
    z = Zones("output rendering")
    customer = z.internet(tg.Actor("Customer"))
    page = z.corp(tg.Endpoint("Chat page"))
    llm = z.corp(tg.LLM("Assistant"))
    pages = tg.Data("Pages", kind="documents", sensitivity="public")
    if fire:
        src = z.internet(tg.DataSource("Web", origin="public-web", provides={pages}))
    else:
        src = z.corp(tg.DataSource("Wiki", origin="internal", provides={pages}))
    z.flow(customer, page, PROMPT)
    z.flow(page, llm, PROMPT)
    z.flow(src, llm, pages)
    z.flow(llm, page, ANSWER)
    z.flow(page, customer, ANSWER)
    return z.tm


def hallucination(fire: bool) -> tg.ThreatModel:
    """Who reads the LLM's answers: a customer, or an automated client."""
    z = Zones("hallucination")
    reader = z.internet(tg.Actor("Reader", human=fire))
    api = z.corp(tg.Endpoint("Chat API"))
    llm = z.corp(tg.LLM("Assistant"))
    z.flow(reader, api, PROMPT)
    z.flow(api, llm, PROMPT)
    z.flow(llm, api, ANSWER)
    z.flow(api, reader, ANSWER)
    return z.tm


def third_party_model_provider(fire: bool) -> tg.ThreatModel:
    """What is sent to the hosted model: confidential plans, or internal notes."""
    z = Zones("provider")
    app = z.corp(tg.Service("Summariser"))
    api = z.partner(tg.ExternalService("Model API", provides="model-api"))
    z.flow(app, api, CONFIDENTIAL if fire else INTERNAL)
    return z.tm


def personal_data_to_model_provider(fire: bool) -> tg.ThreatModel:
    """What is sent to the hosted model: customer records, or confidential plans (the
    other rule's)."""
    z = Zones("provider personal")
    app = z.corp(tg.Service("Summariser"))
    api = z.partner(tg.ExternalService("Model API", provides="model-api"))
    z.flow(app, api, PII if fire else CONFIDENTIAL)
    return z.tm


def model_api_key_abuse(fire: bool) -> tg.ThreatModel:
    """Where the key to a third-party model API sits: in a config store next to the
    caller, or nowhere the model says (every API has a key; that alone is no finding)."""
    z = Zones("api keys")
    app = z.corp(tg.Service("Summariser"))
    llm = z.corp(tg.LLM("Model", origin="third-party-api"))
    z.flow(app, llm, PROMPT)
    if fire:
        key = tg.Data("API key", kind="credentials", sensitivity="secret")
        z.flow(z.corp(tg.DataStore("App config", stores={key})), app, key)
    return z.tm


def agent_memory_poisoning(fire: bool) -> tg.ThreatModel:
    """Whether untrusted text reaches the agent that writes its own memory."""
    z = Zones("memory")
    user = z.outside_or_corp(tg.Actor("User"), fire)
    agent = z.corp(tg.Agent("Assistant agent"))
    memory = z.corp(tg.VectorStore("Memory", memory=True))
    z.flow(user, agent, PROMPT)
    z.flow(agent, memory, tg.Data("Memory entry"))
    z.flow(memory, agent, tg.Data("Recalled memory", kind="retrieved-context"))
    return z.tm


# ---------------------------------------------------------------------------- models


def adversarial_evasion(fire: bool) -> tg.ThreatModel:
    """Who submits the transactions the fraud classifier scores: customers, or staff."""
    z = Zones("evasion")
    user = z.outside_or_corp(tg.Actor("Submitter"), fire)
    api = z.corp(tg.Endpoint("Scoring API"))
    model = z.corp(tg.Model("Fraud classifier", task="classifier"))
    z.flow(user, api, tg.Data("Transaction", kind="features"))
    z.flow(api, model, tg.Data("Transaction", kind="features"))
    return z.tm


def verification_spoofing(fire: bool) -> tg.ThreatModel:
    """Who captures the selfies the face match verifies: the applicant's own phone, or
    a clerk at a branch."""
    z = Zones("verification")
    who = z.outside_or_corp(tg.Actor("Applicant" if fire else "Clerk"), fire)
    camera = z.outside_or_corp(tg.Device("Camera"), fire)
    api = z.corp(tg.Endpoint("Onboarding API"))
    model = z.corp(tg.Model("Face match", task="verification"))
    onboarding = z.corp(tg.Service("Account opening"))
    selfie = tg.Data("Selfie", kind="media", sensitivity="pii")
    z.flow(who, camera, selfie)
    z.flow(camera, api, selfie)
    z.flow(api, model, selfie)
    z.flow(model, onboarding, tg.Data("Verdict", kind="model-output"))
    return z.tm


def model_extraction(fire: bool) -> tg.ThreatModel:
    """Whether the model we trained returns confidence scores to its callers."""
    z = Zones("extraction")
    user = z.internet(tg.Actor("Client"))
    api = z.corp(tg.Endpoint("Scoring API"))
    model = z.corp(tg.Model("Risk scorer", task="classifier", returns_scores=fire))
    z.flow(user, api, tg.Data("Application", kind="features"))
    z.flow(api, model, tg.Data("Application", kind="features"))
    z.flow(model, api, tg.Data("Score", kind="model-output"))
    z.flow(api, user, tg.Data("Score", kind="model-output"))
    return z.tm


def training_data_inference(fire: bool) -> tg.ThreatModel:
    """What the in-house LLM was fine-tuned on: customer records, or internal notes."""
    z = Zones("inference")
    taught = PII if fire else INTERNAL
    ds = z.corp(tg.Dataset("Chat logs", stores={taught}))
    job = z.corp(tg.Pipeline("Fine-tune", stage="fine-tuning"))
    llm = z.corp(tg.LLM("Support LLM"))
    user = z.internet(tg.Actor("Customer"))
    api = z.corp(tg.Endpoint("Chat API"))
    z.flow(ds, job, taught)
    z.flow(job, llm, tg.Data("Weights", kind="model-artifact"))
    z.flow(user, api, PROMPT)
    z.flow(api, llm, PROMPT)
    z.flow(llm, api, ANSWER)
    z.flow(api, user, ANSWER)
    return z.tm


def model_on_user_device(fire: bool) -> tg.ThreatModel:
    """Where the liveness check runs: on users' phones, or on our servers."""
    z = Zones("on device")
    registry = z.corp(tg.ModelRegistry("Registry"))
    phone = z.internet(tg.Device("Phone app"))
    model = z.outside_or_corp(tg.Model("Liveness check", task="verification"), fire)
    z.flow(registry, model, tg.Data("Weights", kind="model-artifact"))
    z.flow(phone, model, tg.Data("Selfie", kind="media"))
    return z.tm


# ---------------------------------------------------------------------------- lifecycle


def training_data_poisoning(fire: bool) -> tg.ThreatModel:
    """Where the training examples come from: a public dataset, or internal records."""
    z = Zones("poisoning")
    src = z.corp(tg.DataSource("Examples", origin="public-dataset" if fire else "internal"))
    ds = z.corp(tg.Dataset("Training set"))
    job = z.corp(tg.Pipeline("Train", stage="training"))
    model = z.corp(tg.Model("Classifier"))
    z.flow(src, ds, tg.Data("Examples", kind="training-data"))
    z.flow(ds, job, tg.Data("Examples", kind="training-data"))
    z.flow(job, model, tg.Data("Weights", kind="model-artifact"))
    return z.tm


def label_manipulation(fire: bool) -> tg.ThreatModel:
    """Who writes the labels: a person, or an automated labeller."""
    z = Zones("labels")
    labeller = z.corp(tg.Actor("Labeller", human=fire))
    step = z.corp(tg.Pipeline("Labeling", stage="labeling"))
    ds = z.corp(tg.Dataset("Labeled set"))
    train = z.corp(tg.Pipeline("Training", stage="training"))
    z.flow(labeller, step, tg.Data("Labels", kind="labels"))
    z.flow(step, ds, tg.Data("Labels", kind="labels"))
    z.flow(ds, train, tg.Data("Training set", kind="training-data"))
    return z.tm


def personal_data_to_labellers(fire: bool) -> tg.ThreatModel:
    """What the export sends the vendor's annotators: frames declared as showing
    people, or frames of empty shelves."""
    z = Zones("labelling vendor")
    store = z.corp(tg.DataStore("Frame archive"))
    export = z.corp(tg.Pipeline("Labelling export", stage="labeling"))
    annotator = z.partner(tg.Actor("Vendor annotator", role="annotator"))
    ds = z.corp(tg.Dataset("Labelled frames"))
    train = z.corp(tg.Pipeline("Training", stage="training"))
    frames = tg.Data("Sampled frames", kind="media", sensitivity="pii" if fire else "internal")
    z.flow(store, export, frames)
    z.flow(export, annotator, frames)
    z.flow(annotator, export, tg.Data("Boxes", kind="labels"))
    z.flow(export, ds, tg.Data("Boxes", kind="labels"))
    z.flow(ds, train, tg.Data("Training set", kind="training-data"))
    return z.tm


def feedback_loop(fire: bool) -> tg.ThreatModel:
    """Where the reviewed cases come from: the model's own flags, or a random sample."""
    z = Zones("feedback loop")
    model = z.corp(tg.Model("Scorer"))
    service = z.corp(tg.Service("Scoring service"))
    sampler = z.corp(tg.Service("Random sampler"))
    queue = z.corp(tg.DataStore("Review queue"))
    reviewer = z.corp(tg.Actor("Reviewer"))
    ds = z.corp(tg.Dataset("Labelled cases"))
    job = z.corp(tg.Pipeline("Retraining", stage="training"))
    z.flow(service, model, tg.Data("Features", kind="features"))
    z.flow(model, service, tg.Data("Scores", kind="model-output"))
    z.flow(service if fire else sampler, queue, tg.Data("Cases", kind="records"))
    z.flow(queue, reviewer, tg.Data("Cases", kind="records"))
    z.flow(reviewer, ds, tg.Data("Verdicts", kind="labels"))
    z.flow(ds, job, tg.Data("Examples", kind="training-data"))
    z.flow(job, model, tg.Data("Weights", kind="model-artifact"))
    return z.tm


def federated_update_poisoning(fire: bool) -> tg.ThreatModel:
    """Whether the phones train locally and send model updates, or only telemetry."""
    z = Zones("federated poisoning")
    phone = z.internet(tg.Device("Phone", trains_locally=fire))
    agg = z.corp(tg.Service("Aggregator"))
    z.flow(phone, agg, tg.Data("Update", sensitivity="internal"))
    return z.tm


def federated_update_leakage(fire: bool) -> tg.ThreatModel:
    """What the local training data is: the user's typing history, or public text."""
    z = Zones("federated leakage")
    user = z.internet(tg.Actor("User"))
    phone = z.internet(tg.Device("Phone", trains_locally=True))
    agg = z.corp(tg.Service("Aggregator"))
    typed = tg.Data("Typing history", sensitivity="pii" if fire else "public")
    z.flow(user, phone, typed)
    z.flow(phone, agg, tg.Data("Gradient update", sensitivity="internal"))
    return z.tm


def insider_ml_tampering(fire: bool) -> tg.ThreatModel:
    """Whether the engineer who writes to the registry holds privileged access."""
    z = Zones("insider")
    eng = z.corp(tg.Actor("ML engineer", privileged=fire))
    registry = z.corp(tg.ModelRegistry("Registry"))
    model = z.corp(tg.Model("Classifier"))
    z.flow(eng, registry, tg.Data("Weights", kind="model-artifact"))
    z.flow(registry, model, tg.Data("Weights", kind="model-artifact"))
    return z.tm


def unsigned_model_to_serving(fire: bool) -> tg.ThreatModel:
    """Whether the model loaded from the registry serves requests, or only scores a
    batch into a table."""
    z = Zones("unsigned")
    registry = z.corp(tg.ModelRegistry("Registry"))
    model = z.corp(tg.Model("Classifier"))
    out = z.corp(tg.Endpoint("Scoring API") if fire else tg.DataStore("Scores table"))
    z.flow(registry, model, tg.Data("Weights", kind="model-artifact"))
    z.flow(model, out, tg.Data("Scores", kind="model-output"))
    return z.tm


def model_published_externally(fire: bool) -> tg.ThreatModel:
    """Which way the weights go: pushed from our job to the hub, or pulled from it."""
    z = Zones("published")
    job = z.corp(tg.Pipeline("Fine-tune", stage="fine-tuning"))
    hub = z.internet(tg.ExternalService("Model hub", provides="model-hub"))
    weights = tg.Data("Weights", kind="model-artifact", format="safetensors")
    if fire:
        z.flow(job, hub, weights)
    else:
        z.flow(hub, job, weights)
    return z.tm


# ---------------------------------------------------------------------------- supply chain


def unsafe_model_deserialization(fire: bool) -> tg.ThreatModel:
    """How weights from a public hub are serialized: pickle, or safetensors."""
    z = Zones("deserialization")
    hub = z.internet(tg.ExternalService("Model hub", provides="model-hub"))
    model = z.corp(tg.Model("Classifier"))
    z.flow(hub, model, tg.Data("Weights", format="pickle" if fire else "safetensors"))
    return z.tm


def unsafe_model_deserialization_internal() -> tg.ThreatModel:
    """Pickle files only the organisation's own training job writes: swapping them is
    ai/unsigned-model-to-serving's concern, not a deserialization finding."""
    z = Zones("deserialization internal")
    job = z.corp(tg.Pipeline("Train", stage="training"))
    registry = z.corp(tg.ModelRegistry("Registry"))
    model = z.corp(tg.Model("Classifier"))
    weights = tg.Data("Weights", format="pickle")
    z.flow(job, registry, weights)
    z.flow(registry, model, weights)
    return z.tm


def untrusted_model_source(fire: bool) -> tg.ThreatModel:
    """Where the base model comes from: a public hub, or our own registry."""
    z = Zones("model source")
    if fire:
        src = z.internet(tg.ExternalService("Model hub", provides="model-hub"))
    else:
        src = z.corp(tg.ModelRegistry("Registry"))
    job = z.corp(tg.Pipeline("Fine-tune", stage="fine-tuning"))
    z.flow(src, job, tg.Data("Base model", kind="model-artifact", format="safetensors"))
    return z.tm


def mlops_supply_chain(fire: bool) -> tg.ThreatModel:
    """Where the training job's packages come from: a public registry, or an internal
    mirror nobody outside writes to."""
    z = Zones("supply chain")
    if fire:
        src = z.internet(tg.ExternalService("PyPI", provides="package-registry"))
    else:
        src = z.corp(tg.DataStore("Package mirror"))
    job = z.corp(tg.Pipeline("Train", stage="training"))
    z.flow(src, job, tg.Data("Python packages", kind="code"))
    return z.tm


def malicious_tool(fire: bool) -> tg.ThreatModel:
    """Who wrote the agent's tool: a third party, or us."""
    z = Zones("malicious tool")
    dev = z.corp(tg.Actor("Employee"))
    agent = z.corp(tg.Agent("Assistant agent"))
    tool = z.corp(tg.Tool("Calendar", origin="third-party" if fire else "first-party"))
    z.flow(dev, agent, PROMPT)
    z.flow(agent, tool, tg.Data("Lookup", kind="tool-call"))
    return z.tm


def code_environment_exfiltration(fire: bool) -> tg.ThreatModel:
    """Whether the training job installs third-party packages at run time."""
    z = Zones("code environment")
    ds = z.corp(tg.Dataset("Customer data", stores={PII}))
    job = z.corp(tg.Pipeline("Train", stage="training", third_party_packages=fire))
    tracker = z.internet(tg.ExternalService("Experiment tracker"))
    z.flow(ds, job, PII)
    z.flow(job, tracker, tg.Data("Metrics", kind="logs"))
    return z.tm


def exposed_credentials(fire: bool) -> tg.ThreatModel:
    """Whether the service that reads the keys file is internet facing."""
    z = Zones("credentials")
    keys = z.corp(tg.DataStore("Env file", stores={tg.Data("API keys", kind="credentials")}))
    svc = z.corp(tg.Service("Orders API", internet_facing=fire))
    z.flow(keys, svc, tg.Data("API keys", kind="credentials"))
    return z.tm


def ai_service_channel(fire: bool) -> tg.ThreatModel:
    """Where the AI service sits: anywhere on the internet, or a contracted provider."""
    z = Zones("ai channel")
    host = z.corp(tg.Service("Build server"))
    api = tg.ExternalService("AI API", provides="model-api")
    (z.internet if fire else z.partner)(api)
    z.flow(host, api, PROMPT)
    return z.tm


# ---------------------------------------------------------------------------- table


_BUILDERS: dict[str, Callable[[bool], tg.ThreatModel]] = {
    "ai/adversarial-evasion": adversarial_evasion,
    "ai/agent-code-execution": agent_code_execution,
    "ai/agent-exfiltration": agent_exfiltration,
    "ai/agent-instructions-tampering": agent_instructions_tampering,
    "ai/agent-memory-poisoning": agent_memory_poisoning,
    "ai/ai-service-channel": ai_service_channel,
    "ai/code-environment-exfiltration": code_environment_exfiltration,
    "ai/exposed-credentials": exposed_credentials,
    "ai/feedback-loop": feedback_loop,
    "ai/federated-update-leakage": federated_update_leakage,
    "ai/federated-update-poisoning": federated_update_poisoning,
    "ai/forged-device-readings": forged_device_readings,
    "ai/silent-detection-failure": silent_detection_failure,
    "ai/unbounded-actuation": unbounded_actuation,
    "ai/fail-open-check": fail_open_check,
    "ai/alert-waits-on-model": alert_waits_on_model,
    "ai/check-left-to-agent": check_left_to_agent,
    "ai/unverified-evidence": unverified_evidence,
    "ai/model-read-credential": model_read_credential,
    "ai/agent-set-charge": agent_set_charge,
    "ai/hallucination": hallucination,
    "ai/improper-output-handling": improper_output_handling,
    "ai/output-rendering": output_rendering,
    "ai/indirect-prompt-injection": indirect_prompt_injection,
    "ai/insider-ml-tampering": insider_ml_tampering,
    "ai/label-manipulation": label_manipulation,
    "ai/personal-data-to-labellers": personal_data_to_labellers,
    "ai/malicious-tool": malicious_tool,
    "ai/mlops-supply-chain": mlops_supply_chain,
    "ai/model-api-key-abuse": model_api_key_abuse,
    "ai/model-extraction": model_extraction,
    "ai/model-on-user-device": model_on_user_device,
    "ai/model-published-externally": model_published_externally,
    "ai/prompt-injection-direct": prompt_injection_direct,
    "ai/third-party-model-provider": third_party_model_provider,
    "ai/personal-data-to-model-provider": personal_data_to_model_provider,
    "ai/tool-misuse": tool_misuse,
    "ai/queries-reveal-work": queries_reveal_work,
    "ai/shared-answer-cache": shared_answer_cache,
    "ai/tool-caller-binding": tool_caller_binding,
    "ai/tool-ssrf": tool_ssrf,
    "ai/training-data-inference": training_data_inference,
    "ai/unbound-approval": unbound_approval,
    "ai/uncapped-automatic-steps": uncapped_automatic_steps,
    "ai/unreviewed-passes": unreviewed_passes,
    "ai/training-data-poisoning": training_data_poisoning,
    "ai/unsafe-model-deserialization": unsafe_model_deserialization,
    "ai/unsigned-model-to-serving": unsigned_model_to_serving,
    "ai/untrusted-model-source": untrusted_model_source,
    "ai/verification-spoofing": verification_spoofing,
}

CASES: dict[str, tuple[Factory, Factory]] = {
    rid: (partial(build, True), partial(build, False)) for rid, build in _BUILDERS.items()
}

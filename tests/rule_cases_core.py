"""A firing and a non-firing model for every classic rule and requirement.

Covers the rules whose ids start with ``stride/``, ``hygiene/``, ``profile/`` and
``compliance/``. ``CASES[rule_id]`` is a pair of factories ``(fires, quiet)``: the
first builds a small model on which the rule raises (for a requirement: on which it is
reported ``unmet``), the second a near-copy that differs in the one fact or control
the rule depends on, on which it raises nothing at all (a requirement is ``met`` or
``not-applicable``). The catalogue meta-test runs them all.

Each case is a ``build(fire: bool)`` function; the pair is ``build(True)`` and
``build(False)``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.elements import Element

__all__ = ["CASES", "Zones"]

Factory = Callable[[], tg.ThreatModel]

QUERY = tg.Data("Order lookup", sensitivity="internal")
CUSTOMERS = tg.Data("Customer records", sensitivity="pii")
CATALOGUE = tg.Data("Product catalogue", sensitivity="public")
ORDERS = tg.Data("Order history", sensitivity="internal")
PHI = tg.Data("Patient charts", sensitivity="regulated")
CARDS = tg.Data("Cardholder data", sensitivity="regulated")
APPLICANT = tg.Data("Applicant profile", sensitivity="pii")
TELEMETRY = tg.Data("Turbine telemetry", sensitivity="internal")
EMAILS = tg.Data("E-mails", kind="documents")
WEIGHTS = tg.Data("Model weights", kind="model-artifact", sensitivity="confidential")
TRAINING = tg.Data("Labelled examples", kind="training-data", sensitivity="internal")


class Zones:
    """A model with three boundaries to place elements in: internet (untrusted), corp
    (internal) and ml (internal, a second zone for crossings between trusted parts)."""

    def __init__(self, name: str, **kw: Any) -> None:
        self.tm = tg.ThreatModel(name, **kw)
        for bname, trust in (("Internet", "untrusted"), ("Corp", "internal"), ("ML", "internal")):
            with self.tm.boundary(bname, trust=trust):
                pass

    def internet(self, e: Element) -> Element:
        return self.tm.add(e, boundary="internet")

    def corp(self, e: Element) -> Element:
        return self.tm.add(e, boundary="corp")

    def ml(self, e: Element) -> Element:
        return self.tm.add(e, boundary="ml")

    def flow(self, a: Element, b: Element, *data: tg.Data, **kw: Any) -> None:
        self.tm.flow(a, b, *data, **kw)


def _ctl(fire: bool, *controls: c.Control) -> frozenset[c.Control]:
    """The controls of the quiet variant; none on the firing one."""
    return frozenset() if fire else frozenset(controls)


# ---------------------------------------------------------------------------- stride


def unencrypted_crossing(fire: bool) -> tg.ThreatModel:
    """Customer details cross from the internet to the app over http (https is quiet)."""
    z = Zones("unencrypted-crossing")
    user = z.internet(tg.Actor("Customer"))
    app = z.corp(tg.Service("Shop"))
    z.flow(user, app, CUSTOMERS, protocol="http" if fire else "https")
    return z.tm


def undeclared_protocol(fire: bool) -> tg.ThreatModel:
    """Customer records go between two internal zones with no protocol declared (https
    is quiet)."""
    z = Zones("undeclared-protocol")
    app = z.corp(tg.Service("Shop"))
    db = z.ml(tg.DataStore("Warehouse", stores={CUSTOMERS}))
    z.flow(app, db, CUSTOMERS, protocol=None if fire else "https")
    return z.tm


def exposed_interface(fire: bool) -> tg.ThreatModel:
    """A backend on the internet calls a service that returns customer records (a service
    that only returns the public catalogue guards nothing worth having)."""
    z = Zones("exposed-interface")
    user = z.internet(tg.Actor("Partner backend", human=False))
    app = z.corp(tg.Service("Shop"))
    held = CUSTOMERS if fire else CATALOGUE
    db = z.corp(tg.DataStore("Shop DB", stores={held}))
    z.flow(user, app, QUERY, protocol="https")
    z.flow(app, user, held, protocol="https")
    z.flow(db, app, held, protocol="https")
    return z.tm


def control_network_write(fire: bool) -> tg.ThreatModel:
    """An optimiser on the corporate network writes setpoints into a SCADA server in the
    plant network (which drives a PLC over Modbus); in the quiet variant it only reads
    the plant's telemetry from the SCADA server."""
    tm = tg.ThreatModel("control-network-write")
    setpoints = tg.Data("Setpoints", kind="records", sensitivity="internal")
    with tm.boundary("Corporate IT", trust="internal"):
        optimiser = tm.add(tg.Service("Optimiser"))
    with tm.boundary("Plant network", trust="restricted"):
        scada = tm.add(tg.Service("SCADA server"))
        plc = tm.add(tg.Device("Pump PLC", fleet=False))
    if fire:
        tm.flow(optimiser, scada, setpoints, protocol="https")
    else:
        tm.flow(scada, optimiser, tg.Data("Telemetry", kind="records"), protocol="https")
    tm.flow(scada, plc, setpoints, protocol="modbus")
    return tm


def supplier_remote_access(fire: bool) -> tg.ThreatModel:
    """A pump maker's engineer reaches the plant's PLC through a remote-access gateway in
    the DMZ; in the quiet variant the gateway forwards to the office file server."""
    tm = tg.ThreatModel("supplier-remote-access")
    firmware = tg.Data("PLC firmware", kind="code")
    with tm.boundary("Pump maker", trust="partner"):
        engineer = tm.add(tg.Actor("Service engineer", privileged=True))
    with tm.boundary("DMZ", trust="internal"):
        gateway = tm.add(tg.Service("Remote access gateway"))
    with tm.boundary("Plant network", trust="restricted"):
        plc = tm.add(tg.Service("Pump PLC"))
        pumps = tm.add(tg.Device("Pumps", fleet=False))
    with tm.boundary("Office", trust="internal"):
        files = tm.add(tg.Service("File server"))
    tm.flow(engineer, gateway, firmware, protocol="ipsec")
    tm.flow(gateway, plc if fire else files, firmware, protocol="modbus" if fire else "smb")
    tm.flow(plc, pumps, tg.Data("Pump commands", kind="records"))
    return tm


def forged_decision(fire: bool) -> tg.ThreatModel:
    """An analyst's console sends release decisions for held payments to the payments
    service; in the quiet variant the console sends it only a case note to file."""
    tm = tg.ThreatModel("forged-decision")
    with tm.boundary("Cloud", trust="internal"):
        analyst = tm.add(tg.Actor("Fraud analyst"))
        console = tm.add(tg.Service("Case console"))
        payments = tm.add(tg.Service("Payments service"))
        ledger = tm.add(tg.DataStore("Ledger"))
    what = "Release decision" if fire else "Case note"
    tm.flow(analyst, console, tg.Data(what, kind="records"), protocol="https")
    tm.flow(console, payments, tg.Data(what, kind="records"), protocol="https")
    tm.flow(payments, ledger, tg.Data("Payment", kind="records"))
    return tm


def payee_change(fire: bool) -> tg.ThreatModel:
    """A supplier states bank details in a portal; a payment run pays from them. In the
    quiet variant the supplier states only contact details."""
    tm = tg.ThreatModel("payee-change")
    what = "Supplier bank details" if fire else "Supplier contact details"
    details = tg.Data(what, kind="records", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        supplier = tm.add(tg.Actor("Supplier"))
    with tm.boundary("Cloud", trust="internal"):
        portal = tm.add(tg.Endpoint("Supplier portal", purpose="api"))
        run = tm.add(tg.Pipeline("Payment run"))
    tm.flow(supplier, portal, details, protocol="https")
    tm.flow(portal, run, details)
    return tm


def unauthenticated_plant_command(fire: bool) -> tg.ThreatModel:
    """A SCADA server drives a pump PLC in the same plant network over Modbus; the
    quiet variant runs Modbus in its secure mode (TLS with client certificates)."""
    tm = tg.ThreatModel("plant-command")
    with tm.boundary("Plant network", trust="restricted"):
        scada = tm.add(tg.Service("SCADA server"))
        plc = tm.add(tg.Device("Pump PLC", fleet=False))
    protocol = "modbus" if fire else "modbus+tls"
    tm.flow(scada, plc, tg.Data("Pump setpoints", kind="records"), protocol=protocol)
    return tm


def denial_of_service(fire: bool) -> tg.ThreatModel:
    """Customers on the internet prompt an API that runs an LLM (staff on the corporate
    network are not untrusted callers)."""
    z = Zones("denial-of-service")
    caller = tg.Actor("Customer" if fire else "Staff member")
    user = z.internet(caller) if fire else z.corp(caller)
    api = z.corp(tg.Endpoint("Chat API"))
    llm = z.corp(tg.LLM("Assistant LLM"))
    z.flow(user, api, tg.Data("Question", kind="prompt"), protocol="https")
    z.flow(api, llm, tg.Data("Question", kind="prompt"), protocol="https")
    return z.tm


def internet_facing_flood(fire: bool) -> tg.ThreatModel:
    """An API running an LLM that only a partner's platform is drawn calling: declared
    internet facing, or not."""
    z = Zones("internet-facing flood")
    platform = z.corp(tg.ExternalService("Partner platform"))
    api = z.corp(tg.Endpoint("Webhook API", internet_facing=fire))
    llm = z.corp(tg.LLM("Assistant LLM"))
    z.flow(platform, api, tg.Data("Event", kind="prompt"), protocol="https")
    z.flow(api, llm, tg.Data("Event", kind="prompt"), protocol="https")
    return z.tm


def privileged_actor_access(fire: bool) -> tg.ThreatModel:
    """An ML admin pushes to the model registry (a non-privileged viewer is quiet)."""
    z = Zones("privileged-actor-access")
    admin = z.corp(tg.Actor("ML admin", privileged=fire))
    reg = z.ml(tg.ModelRegistry("Registry", stores={WEIGHTS}))
    z.flow(admin, reg, WEIGHTS, protocol="https")
    return z.tm


def password_only_sign_in(fire: bool) -> tg.ThreatModel:
    """Customers sign in to the shop with e-mail and a password (quiet when the same
    method names a second factor)."""
    z = Zones("password-only-sign-in")
    user = z.internet(tg.Actor("Customer"))
    method = "e-mail and password" if fire else "e-mail and password with TOTP"
    app = z.corp(tg.Service("Shop", controls={c.Authentication(method=method)}))
    z.flow(user, app, CUSTOMERS, protocol="https")
    return z.tm


def shared_sign_in(fire: bool) -> tg.ThreatModel:
    """Shop staff sign in to the counter tablet with one PIN they all share (quiet when
    each has their own)."""
    z = Zones("shared-sign-in")
    staff = z.corp(tg.Actor("Shop staff"))
    method = "shared shop PIN" if fire else "each assistant's own PIN"
    tablet = z.corp(tg.Device("Counter tablet", controls={c.Authentication(method=method)}))
    z.flow(staff, tablet, tg.Data("Refund marked paid", kind="records"))
    return z.tm


def lasting_access_code(fire: bool) -> tg.ThreatModel:
    """A booking service texts guests the cottage's key safe code (quiet when it texts a
    booking reference, which opens nothing)."""
    z = Zones("lasting-access-code")
    guest = z.internet(tg.Actor("Guest"))
    bookings = z.corp(tg.Service("Booking service"))
    sent = (
        tg.Data("Key safe code", kind="credentials", sensitivity="secret")
        if fire
        else tg.Data("Booking reference", kind="records")
    )
    z.flow(guest, bookings, tg.Data("Booking request", kind="records"), protocol="https")
    z.flow(bookings, guest, sent, protocol="sms")
    return z.tm


def carried_device_records(fire: bool) -> tg.ThreatModel:
    """A booking service sends the technician's phone app the day's job list (quiet when
    the phone belongs to the customer, who is sent their own booking)."""
    z = Zones("carried-device-records")
    customer = z.internet(tg.Actor("Customer"))
    bookings = z.corp(tg.Service("Booking service"))
    user = z.internet(tg.Actor("Technician" if fire else "Homeowner"))
    phone = z.internet(tg.Device("Technician phone app" if fire else "Homeowner phone app"))
    z.flow(customer, bookings, tg.Data("Booking", kind="records", sensitivity="pii"))
    z.flow(bookings, phone, tg.Data("Job list", kind="records", sensitivity="pii"))
    z.flow(phone, user, tg.Data("Job list", kind="records", sensitivity="pii"))
    return z.tm


def cross_account_access(fire: bool) -> tg.ThreatModel:
    """Customers sign in to a portal that sends them their claim status, with the claims
    database behind it (quiet when it only acknowledges what they send)."""
    z = Zones("cross-account-access")
    user = z.internet(tg.Actor("Customer"))
    portal = z.corp(tg.Service("Claims portal", controls={c.Authentication(method="OIDC")}))
    db = z.ml(tg.DataStore("Claims database", stores={CUSTOMERS}))
    status = (
        tg.Data("Claim status", kind="records", sensitivity="pii")
        if fire
        else tg.Data("Receipt", kind="records", sensitivity="internal")
    )
    z.flow(user, portal, tg.Data("Status request", kind="records"), protocol="https")
    z.flow(portal, db, CUSTOMERS, protocol="https")
    z.flow(portal, user, status, protocol="https")
    return z.tm


def agent_action_logging(fire: bool) -> tg.ThreatModel:
    """An agent runs shell commands (met when the agent logs what it does)."""
    z = Zones("agent-action-logging")
    staff = z.corp(tg.Actor("Engineer"))
    agent = z.corp(tg.Agent("Ops agent", controls=_ctl(fire, c.AuditLogging())))
    shell = z.corp(tg.Tool("Shell", capabilities={"execute-code"}))
    z.flow(staff, agent, QUERY)
    z.flow(agent, shell, tg.Data("Command", kind="tool-call"))
    return z.tm


def data_at_rest(fire: bool) -> tg.ThreatModel:
    """A store keeps customer records (met when it declares encryption at rest)."""
    z = Zones("data-at-rest")
    app = z.corp(tg.Service("Shop"))
    db = z.corp(
        tg.DataStore("Shop DB", stores={CUSTOMERS}, controls=_ctl(fire, c.EncryptionAtRest()))
    )
    z.flow(app, db, CUSTOMERS)
    return z.tm


def model_rollback(fire: bool) -> tg.ThreatModel:
    """Serving loads its model from a registry (met when the registry keeps versions)."""
    z = Zones("model-rollback")
    reg = z.ml(
        tg.ModelRegistry("Registry", stores={WEIGHTS}, controls=_ctl(fire, c.ModelVersioning()))
    )
    m = z.corp(tg.Model("Scorer"))
    z.flow(reg, m, WEIGHTS)
    return z.tm


def missing_subject_authorization(fire: bool) -> tg.ThreatModel:
    """A service fetches customer records on behalf of the public (a back-office tool
    used by one clerk on the corporate network is not a confused deputy)."""
    z = Zones("missing-subject-authorization")
    caller = tg.Actor("Customer" if fire else "Clerk")
    user = z.internet(caller) if fire else z.corp(caller)
    app = z.corp(tg.Service("Account portal"))
    db = z.corp(tg.DataStore("CRM", stores={CUSTOMERS}))
    z.flow(user, app, QUERY, protocol="https")
    z.flow(app, user, CUSTOMERS, protocol="https")
    z.flow(db, app, CUSTOMERS)
    return z.tm


def phishing(fire: bool) -> tg.ThreatModel:
    """E-mails written outside reach an employee who opens them on a laptop (mail from a
    colleague inside the organisation is quiet)."""
    z = Zones("phishing")
    sender = tg.Actor("Correspondent" if fire else "Colleague")
    src = z.internet(sender) if fire else z.corp(sender)
    mail = z.corp(tg.Service("Mail server"))
    staff = z.corp(tg.Actor("Accountant"))
    laptop = z.corp(tg.Device("Laptop", fleet=False))
    z.flow(src, mail, EMAILS, protocol="smtps")
    z.flow(mail, staff, EMAILS)
    z.flow(staff, laptop, EMAILS)
    return z.tm


def spoofed_sender(fire: bool) -> tg.ThreatModel:
    """Suppliers e-mail invoices to a mailbox that an agent reads and pays from (mail from
    a colleague inside is quiet)."""
    z = Zones("spoofed sender")
    sender = tg.Actor("Supplier" if fire else "Colleague")
    src = z.internet(sender) if fire else z.corp(sender)
    mailbox = z.corp(tg.DataStore("AP mailbox"))
    agent = z.corp(tg.Agent("AP agent", autonomy="autonomous"))
    pay = z.corp(tg.Tool("Payment tool", capabilities={"money-movement"}))
    z.flow(src, mailbox, EMAILS, protocol="smtp")
    z.flow(mailbox, agent, EMAILS)
    z.flow(agent, pay, tg.Data("Payment", kind="tool-call"))
    return z.tm


def unverified_webhook(fire: bool) -> tg.ThreatModel:
    """A payment provider confirms payments to an order service by webhook; the quiet
    variant verifies the provider's signature on each call."""
    z = Zones("webhook")
    with z.tm.boundary("Payment provider", trust="partner"):
        psp = z.tm.add(tg.ExternalService("Payment provider"))
    orders = z.corp(
        tg.Service("Order service", controls=_ctl(fire, c.MessageIntegrity(note="signature")))
    )
    z.flow(orders, psp, tg.Data("Payment order", kind="records"), protocol="https")
    z.flow(
        psp,
        orders,
        tg.Data("Payment confirmation", kind="records"),
        protocol="https",
        label="webhook",
    )
    return z.tm


def untrusted_file_parsing(fire: bool) -> tg.ThreatModel:
    """What the upload service does with a CV from outside: turns it into a record
    (it opens it), or only stores it as it came."""
    z = Zones("file parsing")
    cv = tg.Data("CV file", kind="documents", sensitivity="pii")
    record = tg.Data("Candidate record", kind="records", sensitivity="pii")
    candidate = z.internet(tg.Actor("Candidate"))
    upload = z.corp(tg.Service("Upload service"))
    store = z.corp(tg.DataStore("Candidates"))
    z.flow(candidate, upload, cv, protocol="https")
    z.flow(upload, store, record if fire else cv)
    return z.tm


# ---------------------------------------------------------------------------- profile


def audit_logging(fire: bool) -> tg.ThreatModel:
    """An API takes requests across a trust boundary (met when it logs them)."""
    z = Zones("audit-logging")
    user = z.internet(tg.Actor("Customer"))
    api = z.corp(tg.Endpoint("Chat API", controls=_ctl(fire, c.AuditLogging())))
    z.flow(user, api, QUERY, protocol="https")
    return z.tm


def access_control(fire: bool) -> tg.ThreatModel:
    """A retrieval index the app reads (met when the index declares role-based access)."""
    z = Zones("access-control")
    app = z.corp(tg.Service("Search"))
    idx = z.corp(tg.VectorStore("Docs index", controls=_ctl(fire, c.RBAC())))
    z.flow(idx, app, ORDERS)
    return z.tm


def input_validation(fire: bool) -> tg.ThreatModel:
    """An API receives requests from the internet (met when it validates them)."""
    z = Zones("input-validation")
    user = z.internet(tg.Actor("Customer"))
    api = z.corp(tg.Endpoint("Chat API", controls=_ctl(fire, c.InputValidation())))
    z.flow(user, api, QUERY, protocol="https")
    return z.tm


def periodic_review(fire: bool) -> tg.ThreatModel:
    """A low-risk system (met when a periodic review is declared anywhere)."""
    z = Zones("periodic-review", profile="low")
    app = z.corp(tg.Service("Shop", controls=_ctl(fire, c.PeriodicReview())))
    db = z.corp(tg.DataStore("Shop DB", stores={ORDERS}))
    z.flow(app, db, ORDERS)
    return z.tm


def human_oversight(fire: bool) -> tg.ThreatModel:
    """An autonomous agent can move money (a supervised agent has a person approve)."""
    z = Zones("human-oversight", profile="high")
    agent = z.corp(tg.Agent("Payments agent", autonomy="autonomous" if fire else "supervised"))
    pay = z.corp(tg.Tool("Payout tool", capabilities={"money-movement"}))
    z.flow(agent, pay, tg.Data("Payout", kind="tool-call"))
    return z.tm


def red_teaming(fire: bool) -> tg.ThreatModel:
    """Customers on the internet prompt an LLM (staff inside: nothing untrusted reaches
    it, so nothing needs red-teaming)."""
    z = Zones("red-teaming", profile="high")
    caller = tg.Actor("Customer" if fire else "Staff member")
    user = z.internet(caller) if fire else z.corp(caller)
    api = z.corp(tg.Endpoint("Chat API"))
    llm = z.corp(tg.LLM("Assistant LLM"))
    z.flow(user, api, tg.Data("Question", kind="prompt"), protocol="https")
    z.flow(api, llm, tg.Data("Question", kind="prompt"))
    return z.tm


def _scoring(
    fire_data: bool, name: str = "case", frameworks: tuple[str, ...] = (), **model: Any
) -> tuple[Zones, Element]:
    """An API sends a high-stakes model either applicant profiles (about people) or
    turbine telemetry (about machines)."""
    z = Zones(name, profile="high", frameworks=frameworks)
    api = z.corp(tg.Endpoint("Scoring API"))
    m = z.corp(tg.Model("Scoring model", high_stakes=True, **model))
    z.flow(api, m, APPLICANT if fire_data else TELEMETRY)
    return z, m


def fairness(fire: bool) -> tg.ThreatModel:
    """A high-stakes model decides about applicants (one that scores turbine telemetry
    decides about machines, not people)."""
    z, _ = _scoring(fire, "fairness")
    return z.tm


def contestability(fire: bool) -> tg.ThreatModel:
    """A high-stakes model decides about applicants (met when they can contest it)."""
    z, _ = _scoring(True, "contestability", controls=_ctl(fire, c.Contestability()))
    return z.tm


def promotion_gate(fire: bool) -> tg.ThreatModel:
    """A training job's output is promoted through the registry to serving (met when an
    evaluation pipeline that declares model validation stands between them)."""
    z = Zones("promotion-gate", profile="high")
    ds = z.ml(tg.Dataset("Training set", stores={TRAINING}))
    train = z.ml(tg.Pipeline("Trainer", stage="training"))
    reg = z.ml(tg.ModelRegistry("Registry", stores={WEIGHTS}))
    m = z.corp(tg.Model("Ranker"))
    z.flow(ds, train, TRAINING)
    if fire:
        z.flow(train, reg, WEIGHTS)
    else:
        ev = z.ml(tg.Pipeline("Evaluator", stage="evaluation", controls={c.ModelValidation()}))
        z.flow(train, ev, WEIGHTS)
        z.flow(ev, reg, WEIGHTS)
    z.flow(reg, m, WEIGHTS, protocol="https")
    return z.tm


# ---------------------------------------------------------------------------- compliance


def _store_of(data: tg.Data, framework: str, fire: bool, control: c.Control) -> tg.ThreatModel:
    """An app writes ``data`` to a store (met when the store has ``control``)."""
    z = Zones(f"{framework}-store", frameworks=(framework,))
    app = z.corp(tg.Service("Records app"))
    db = z.corp(tg.DataStore("Records DB", stores={data}, controls=_ctl(fire, control)))
    z.flow(app, db, data)
    return z.tm


def _in_transit(data: tg.Data, framework: str, fire: bool) -> tg.ThreatModel:
    """``data`` crosses from the internet over http (https encrypts it)."""
    z = Zones(f"{framework}-transit", frameworks=(framework,))
    user = z.internet(tg.Actor("Patient" if data is PHI else "Cardholder"))
    api = z.corp(tg.Endpoint("Intake API"))
    z.flow(user, api, data, protocol="http" if fire else "https")
    return z.tm


def soc2_change(fire: bool) -> tg.ThreatModel:
    """A training job publishes to a registry (met when both need a second approver)."""
    z = Zones("soc2-change", frameworks=("soc2",))
    approval = _ctl(fire, c.MultiPartyApproval())
    train = z.ml(tg.Pipeline("Trainer", stage="training", controls=approval))
    reg = z.ml(tg.ModelRegistry("Registry", stores={WEIGHTS}, controls=approval))
    m = z.corp(tg.Model("Ranker"))
    z.flow(train, reg, WEIGHTS)
    z.flow(reg, m, WEIGHTS)
    return z.tm


def soc2_incidents(fire: bool) -> tg.ThreatModel:
    """Any system (met when an incident response plan is declared anywhere)."""
    z = Zones("soc2-incidents", frameworks=("soc2",))
    api = z.corp(tg.Endpoint("Chat API", controls=_ctl(fire, c.IncidentResponse())))
    llm = z.corp(tg.LLM("Assistant LLM"))
    z.flow(api, llm, tg.Data("Question", kind="prompt"))
    return z.tm


def _eu_model(control: c.Control, fire: bool) -> tg.ThreatModel:
    """A high-stakes model under the EU AI Act (met when it has ``control``)."""
    z, _ = _scoring(
        True, "eu-ai-act", frameworks=("eu-ai-act-high-risk",), controls=_ctl(fire, control)
    )
    return z.tm


def eu_data(fire: bool) -> tg.ThreatModel:
    """A training dataset under the EU AI Act (met when its provenance is tracked)."""
    z = Zones("eu-data", frameworks=("eu-ai-act-high-risk",))
    ds = z.ml(
        tg.Dataset("Training set", stores={TRAINING}, controls=_ctl(fire, c.ProvenanceTracking()))
    )
    train = z.ml(tg.Pipeline("Trainer", stage="training"))
    z.flow(ds, train, TRAINING)
    return z.tm


def gdpr_decisions(fire: bool) -> tg.ThreatModel:
    """An agent refunds small claims on the photos claimants upload (met when claimants
    can ask for a person to review its decision)."""
    z = Zones("gdpr-decisions", frameworks=("gdpr",))
    claimant = z.internet(tg.Actor("Claimant"))
    agent = z.corp(
        tg.Agent("Claims agent", autonomy="autonomous", controls=_ctl(fire, c.Contestability()))
    )
    refund = z.corp(tg.Tool("Refund tool", capabilities={"money-movement"}))
    z.flow(claimant, agent, tg.Data("Receipt photo", kind="media", sensitivity="pii"))
    z.flow(agent, refund, tg.Data("Refund call", kind="tool-call"))
    return z.tm


def gdpr_special_category(fire: bool) -> tg.ThreatModel:
    """A symptom checker sends patients' symptoms (health data) to an LLM (met when an
    impact assessment with its Art. 9 condition is declared on the LLM)."""
    z = Zones("gdpr-special-category", frameworks=("gdpr",))
    patient = z.internet(tg.Actor("Patient"))
    checker = z.corp(tg.Service("Symptom checker"))
    llm = z.corp(
        tg.LLM(
            "Triage LLM",
            controls=_ctl(fire, c.ImpactAssessment(basis="health care, Art. 9(2)(h)")),
        )
    )
    symptoms = tg.Data("Symptoms", kind="records", sensitivity="regulated")
    z.flow(patient, checker, symptoms)
    z.flow(checker, llm, symptoms)
    return z.tm


def gdpr_basis(fire: bool) -> tg.ThreatModel:
    """A model is trained on a dataset of customer records (met when the dataset records
    where they came from and on what basis)."""
    z = Zones("gdpr-basis", frameworks=("gdpr",))
    ds = z.ml(
        tg.Dataset("Customer set", stores={CUSTOMERS}, controls=_ctl(fire, c.ProvenanceTracking()))
    )
    train = z.ml(tg.Pipeline("Trainer", stage="training"))
    z.flow(ds, train, CUSTOMERS)
    return z.tm


def gdpr_minimise(fire: bool) -> tg.ThreatModel:
    """Customer records are sent to a model (met when the flow minimises them)."""
    z = Zones("gdpr-minimise", frameworks=("gdpr",))
    app = z.corp(tg.Service("Shop"))
    m = z.corp(tg.Model("Churn model"))
    z.tm.flow(app, m, CUSTOMERS, controls=_ctl(fire, c.DataMinimization()))
    return z.tm


def _pair(build: Callable[[bool], tg.ThreatModel]) -> tuple[Factory, Factory]:
    return partial(build, True), partial(build, False)


CASES: dict[str, tuple[Factory, Factory]] = {
    # stride
    "stride/unencrypted-boundary-crossing": _pair(unencrypted_crossing),
    "stride/exposed-interface": _pair(exposed_interface),
    "stride/control-network-write": _pair(control_network_write),
    "stride/unauthenticated-plant-command": _pair(unauthenticated_plant_command),
    "stride/supplier-remote-access": _pair(supplier_remote_access),
    "stride/forged-decision": _pair(forged_decision),
    "stride/payee-change": _pair(payee_change),
    "stride/denial-of-service": _pair(denial_of_service),
    "stride/internet-facing-flood": _pair(internet_facing_flood),
    "stride/privileged-actor-access": _pair(privileged_actor_access),
    "stride/password-only-sign-in": _pair(password_only_sign_in),
    "stride/shared-sign-in": _pair(shared_sign_in),
    "stride/lasting-access-code": _pair(lasting_access_code),
    "stride/carried-device-records": _pair(carried_device_records),
    "stride/cross-account-access": _pair(cross_account_access),
    "stride/missing-subject-authorization": _pair(missing_subject_authorization),
    "stride/phishing": _pair(phishing),
    "stride/spoofed-sender": _pair(spoofed_sender),
    "stride/unverified-webhook": _pair(unverified_webhook),
    "stride/untrusted-file-parsing": _pair(untrusted_file_parsing),
    # hygiene
    "hygiene/undeclared-protocol": _pair(undeclared_protocol),
    # profile: every profile
    "profile/baseline/audit-logging": _pair(audit_logging),
    "profile/baseline/access-control": _pair(access_control),
    "profile/baseline/input-validation": _pair(input_validation),
    "profile/baseline/data-at-rest": _pair(data_at_rest),
    "profile/baseline/agent-action-logging": _pair(agent_action_logging),
    "profile/baseline/model-rollback": _pair(model_rollback),
    "profile/low/periodic-review": _pair(periodic_review),
    # profile: high
    "profile/high/human-oversight": _pair(human_oversight),
    "profile/high/red-teaming": _pair(red_teaming),
    "profile/high/fairness": _pair(fairness),
    "profile/high/contestability": _pair(contestability),
    "profile/high/promotion-gate": _pair(promotion_gate),
    # compliance
    "compliance/hipaa/encryption-in-transit": _pair(partial(_in_transit, PHI, "hipaa")),
    "compliance/hipaa/encryption-at-rest": _pair(
        lambda fire: _store_of(PHI, "hipaa", fire, c.EncryptionAtRest())
    ),
    "compliance/hipaa/access-control": _pair(lambda fire: _store_of(PHI, "hipaa", fire, c.RBAC())),
    "compliance/pci-dss/encryption-in-transit": _pair(partial(_in_transit, CARDS, "pci-dss")),
    "compliance/pci-dss/encryption-at-rest": _pair(
        lambda fire: _store_of(CARDS, "pci-dss", fire, c.EncryptionAtRest())
    ),
    "compliance/gdpr/lawful-basis": _pair(gdpr_basis),
    "compliance/gdpr/data-minimization": _pair(gdpr_minimise),
    "compliance/gdpr/storage-limitation": _pair(
        lambda fire: _store_of(CUSTOMERS, "gdpr", fire, c.RetentionLimits(days=365))
    ),
    "compliance/gdpr/automated-decisions": _pair(gdpr_decisions),
    "compliance/gdpr/special-category": _pair(gdpr_special_category),
    "compliance/soc2/change-management": _pair(soc2_change),
    "compliance/soc2/incident-response": _pair(soc2_incidents),
    "compliance/eu-ai-act-high-risk/human-oversight": _pair(partial(_eu_model, c.HumanInTheLoop())),
    "compliance/eu-ai-act-high-risk/record-keeping": _pair(partial(_eu_model, c.AuditLogging())),
    "compliance/eu-ai-act-high-risk/robustness": _pair(partial(_eu_model, c.ModelValidation())),
    "compliance/eu-ai-act-high-risk/transparency": _pair(partial(_eu_model, c.ModelCards())),
    "compliance/eu-ai-act-high-risk/data-governance": _pair(eu_data),
}

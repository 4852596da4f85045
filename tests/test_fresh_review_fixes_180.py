"""Changes taken from reviewers' verdicts, made in the session of 2026-12-05
(twentieth)."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c

PER_CALLER = "stride/missing-subject-authorization"
CROSS = "stride/cross-account-access"


def _shop(*, agent: bool = False) -> tg.ThreatModel:
    """Customers sign in to a web shop and place orders through an order service (or an
    order agent), which sends back their account, kept with their sign-in in the
    account database, and shows counter staff the orders from the order database on
    their tablet (set 176's board game cafe)."""
    tm = tg.ThreatModel("shop", profile="high")
    ask = tg.Data("Order question", kind="prompt", sensitivity="pii")
    account = tg.Data("Account profile", kind="records", sensitivity="pii")
    login = tg.Data("Member login", kind="credentials", sensitivity="secret")
    orders = tg.Data("Order history", kind="records", sensitivity="pii")
    done = tg.Data("Order confirmation", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Cloud", trust="internal"):
        shop = tm.add(
            tg.Endpoint(
                "Web shop",
                purpose=tg.EndpointPurpose.API,
                internet_facing=True,
                controls=[c.Authentication(method="password")],
            )
        )
        accounts = tm.add(tg.DataStore("Account database", stores={account, login}))
        reader: tg.Element
        if agent:
            reader = tm.add(tg.Agent("Order agent", autonomy="autonomous"))
            llm = tm.add(tg.LLM("Order LLM"))
        else:
            reader = tm.add(tg.Service("Order service"))
        store = tm.add(tg.DataStore("Order database", stores={orders}))
    with tm.boundary("Shop floor", trust="internal"):
        staff = tm.add(tg.Actor("Counter staff"))
        tablet = tm.add(tg.Device("Staff tablet", fleet=False))
    tm.flow(customer, shop, ask, login, protocol="https")
    tm.flow(shop, customer, account, done, protocol="https")
    tm.flow(accounts, reader, account, login)
    tm.flow(shop, reader, ask)
    tm.flow(store, reader, orders)
    tm.flow(reader, store, orders)
    tm.flow(reader, shop, account, done)
    tm.flow(staff, tablet, tg.Data("Order lookup", kind="records", sensitivity="internal"))
    tm.flow(tablet, reader, tg.Data("Order lookup", kind="records", sensitivity="internal"))
    tm.flow(reader, tablet, orders, protocol="https")
    tm.flow(tablet, staff, orders)
    if agent:
        tm.flow(reader, llm, ask, orders)
        tm.flow(llm, reader, tg.Data("Answer", kind="model-output", sensitivity="pii"))
    return tm


def _found(tm: tg.ThreatModel) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in tg.analyze(tm.freeze()).findings:
        out.setdefault(f.rule, set()).update(t for t in f.target.ids)
    return out


def test_a_store_behind_the_interface_that_has_the_cross_account_finding_is_not_a_second() -> None:
    """'The same missing per-caller check in Booking service as F4, this time for
    booking records' (set 176), 'same missing per-caller authorisation as F2, just
    moved to the store behind the API' (set 173): the ownership check missing at the
    interface customers sign in to is one finding, whichever store the records behind
    it come from."""
    found = _found(_shop())
    assert CROSS in found
    assert "web-shop" in found[CROSS]
    assert PER_CALLER not in found


def test_an_agent_reading_the_store_for_the_same_customers_still_has_its_own() -> None:
    """'This is separate from F4. The orchestrator pulls household profiles for a
    member's question, and nothing declared ties the fetch to that member' (set 64):
    an agent or LLM that fetches for the caller is a different control point."""
    report = tg.analyze(_shop(agent=True).freeze())
    covered = {
        i
        for f in report.findings
        if f.rule == PER_CALLER
        for t in (f.target, *f.affected)
        for i in t.ids
    }
    assert "order-database" in covered


PHISHING = "stride/phishing"


def _vendor_engineer(*, outsider_mail: bool) -> tg.ThreatModel:
    """A turbine maker's service engineer reads the condition reports the maker's own
    platform sends them, and reaches our plant server through our VPN gateway (set
    183's run-of-river hydro plant). Optionally, a stranger on the internet also mails
    the engineer."""
    tm = tg.ThreatModel("hydro")
    report = tg.Data("Condition report", kind="documents", sensitivity="confidential")
    session = tg.Data("Diagnostic session", kind="records", sensitivity="confidential")
    with tm.boundary("Plant", trust="internal"):
        gateway = tm.add(tg.Service("Remote access VPN gateway"))
    with tm.boundary("Turbine maker", trust="partner"):
        platform = tm.add(tg.ExternalService("Maker monitoring platform"))
        engineer = tm.add(tg.Actor("Maker service engineer"))
    tm.flow(platform, engineer, report)
    tm.flow(engineer, gateway, session, protocol="ipsec")
    if outsider_mail:
        with tm.boundary("Internet", trust="untrusted"):
            stranger = tm.add(tg.Actor("Stranger"))
        tm.flow(stranger, engineer, tg.Data("E-mail", kind="documents"), protocol="smtp")
    return tm


def test_a_partners_staff_reading_their_own_companys_reports_are_not_phished_by_it() -> None:
    """'The condition reports come from the turbine maker's own platform to the
    turbine maker's own engineer, not from outsiders to plant staff' (set 183)."""
    assert PHISHING not in _found(_vendor_engineer(outsider_mail=False))


def test_a_partners_staff_mailed_by_strangers_still_are() -> None:
    """Mail from someone outside both companies still reaches them."""
    assert PHISHING in _found(_vendor_engineer(outsider_mail=True))


def _pricing_agent(store_name: str) -> tg.ThreatModel:
    """A booking agent that passengers prompt reads the price floors revenue managers
    set, to quote them a price (set 184's airline upsell agent)."""
    tm = tg.ThreatModel("upsell", profile="high")
    ask = tg.Data("Passenger request", kind="prompt", sensitivity="pii")
    floors = tg.Data("Price floors", kind="records", sensitivity="confidential")
    quote = tg.Data("Quote", kind="model-output", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        passenger = tm.add(tg.Actor("Passenger"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("App API", purpose=tg.EndpointPurpose.API))
        agent = tm.add(tg.Agent("Upsell agent", autonomy="autonomous"))
        llm = tm.add(tg.LLM("Hosted LLM"))
        store = tm.add(tg.DataStore(store_name, stores={floors}))
    tm.flow(passenger, api, ask, protocol="https")
    tm.flow(api, passenger, quote, protocol="https")
    tm.flow(api, agent, ask)
    tm.flow(agent, api, quote)
    tm.flow(agent, llm, ask, floors)
    tm.flow(llm, agent, quote)
    tm.flow(store, agent, floors)
    return tm


def test_a_store_of_price_floor_rules_is_reference_data_every_caller_works_from() -> None:
    """'Price floors are system-wide business configuration, not per-passenger records'
    (set 184): a store named for rules, settings or thresholds, holding nothing about a
    person, has no caller whose records another could see."""
    assert PER_CALLER not in _found(_pricing_agent("Ancillary price floor rules"))
    assert PER_CALLER not in _found(_pricing_agent("Agent settings"))


def test_a_store_not_named_as_reference_data_still_is_asked_for_a_check() -> None:
    """The same confidential store under a plain name keeps the finding."""
    assert PER_CALLER in _found(_pricing_agent("Pricing store"))


UNSIGNED = "ai/unsigned-model-to-serving"


def _prediction_service(host: str) -> tg.ThreatModel:
    """A prediction service (an inference endpoint, or a plain service) loads the
    current pickled model from the registry and asks it per request (set 184's steel
    mill: 'no finding covers the prediction service loading a pickle model file from a
    registry that has no declared access control or signing')."""
    tm = tg.ThreatModel("ladle")
    weights = tg.Data("Model file", kind="model-artifact", format="pickle")
    inputs = tg.Data("Heat data", kind="features", sensitivity="internal")
    answer = tg.Data("Predicted temperature", kind="model-output", sensitivity="internal")
    with tm.boundary("Plant IT", trust="internal"):
        job = tm.add(tg.Pipeline("Retraining job", stage="training"))
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
        server: tg.Element = (
            tm.add(tg.Endpoint("Prediction service", purpose=tg.EndpointPurpose.INFERENCE))
            if host == "endpoint"
            else tm.add(tg.Service("Prediction service"))
        )
        model = tm.add(tg.Model("Temperature model", task="regressor"))
        client = tm.add(tg.Service("Automation system"))
    tm.flow(job, registry, weights)
    tm.flow(registry, server, weights)
    tm.flow(client, server, inputs, protocol="https")
    tm.flow(server, model, inputs)
    tm.flow(model, server, answer)
    tm.flow(server, client, answer, protocol="https")
    return tm


def test_a_model_an_inference_endpoint_loads_from_the_registry_can_be_swapped() -> None:
    """The endpoint receives the files and hands none on: they are the model's."""
    assert UNSIGNED in _found(_prediction_service("endpoint"))
    assert UNSIGNED in _found(_prediction_service("service"))


def _booking_agent(*, with_logins: bool) -> tg.ThreatModel:
    """Parents chat with a booking agent whose tool reads and writes the booking
    database; the staff portal's logins are kept in the same database (set 186's
    dance school: 'the Booking tool isn't tied to the parent who is chatting')."""
    tm = tg.ThreatModel("dance school", profile="high")
    ask = tg.Data("Parent message", kind="prompt", sensitivity="pii")
    reply = tg.Data("Agent reply", kind="model-output", sensitivity="pii")
    child = tg.Data("Child booking records", kind="records", sensitivity="pii")
    logins = tg.Data("Staff logins", kind="credentials", sensitivity="secret")
    call = tg.Data("Booking call", kind="tool-call", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        parent = tm.add(tg.Actor("Parent"))
    with tm.boundary("Cloud", trust="internal"):
        chat = tm.add(tg.Endpoint("Chat endpoint", purpose=tg.EndpointPurpose.API))
        agent = tm.add(tg.Agent("Booking agent", autonomy="autonomous"))
        llm = tm.add(tg.LLM("Hosted LLM"))
        tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
        held = {child, logins} if with_logins else {child}
        db = tm.add(tg.DataStore("Booking database", stores=held))
    tm.flow(parent, chat, ask, protocol="https")
    tm.flow(chat, parent, reply, protocol="https")
    tm.flow(chat, agent, ask)
    tm.flow(agent, chat, reply)
    tm.flow(agent, llm, ask, child)
    tm.flow(llm, agent, reply)
    tm.flow(agent, tool, call)
    tm.flow(tool, db, child)
    tm.flow(db, tool, child)
    tm.flow(tool, agent, child)
    return tm


def test_records_kept_beside_staff_logins_still_need_a_check_on_the_agents_reads() -> None:
    """The logins made the store a secrets store, and the parents' records were never
    asked a per-caller check."""
    assert "booking-database" in _found(_booking_agent(with_logins=True)).get(PER_CALLER, set())
    assert "booking-database" in _found(_booking_agent(with_logins=False)).get(PER_CALLER, set())


CHARGE = "ai/agent-set-charge"


def _charging_agent(
    tool_name: str, *, approved: bool = False, enforced: bool = False
) -> tg.ThreatModel:
    """Parents book classes through an agent that sends them a payment link for the
    fee (set 186's dance school: 'the model builds the payment link request, so a
    parent can talk it into a lower fee')."""
    tm = tg.ThreatModel("classes", profile="high")
    ask = tg.Data("Parent message", kind="prompt", sensitivity="pii")
    reply = tg.Data("Agent reply", kind="model-output", sensitivity="pii")
    call = tg.Data("Tool call", kind="tool-call", sensitivity="internal")
    controls: set[tg.controls.Control] = set()
    if approved:
        controls.add(c.HumanInTheLoop(approver="school owner"))
    if enforced:
        controls.add(c.PolicyEnforcement(rules="the link tool prices the booking itself"))
        controls.add(c.TransactionLimits(limit="EUR 200 per family per term"))
    with tm.boundary("Internet", trust="untrusted"):
        parent = tm.add(tg.Actor("Parent"))
    with tm.boundary("Cloud", trust="internal"):
        agent = tm.add(tg.Agent("Booking agent", autonomy="autonomous"))
        tool = tm.add(
            tg.Tool(tool_name, capabilities={"write", "network-egress"}, controls=controls)
        )
    with tm.boundary("Payment provider", trust="partner"):
        provider = tm.add(tg.ExternalService("Payment provider"))
    tm.flow(parent, agent, ask, protocol="https")
    tm.flow(agent, parent, reply, protocol="https")
    tm.flow(agent, tool, call)
    tm.flow(tool, provider, call, protocol="https")
    return tm


def test_an_agent_that_takes_its_callers_money_sets_the_amount() -> None:
    """Named missing on set 186's dance school and set 183's theatre ('nothing shows
    the payment link amount is checked against the ticket price')."""
    assert CHARGE in _found(_charging_agent("Payment link tool"))
    assert CHARGE in _found(_charging_agent("Deposit checkout tool"))


def test_paying_out_or_a_person_approving_every_charge_is_not_it() -> None:
    """A refund or an interim payment goes to the caller (the evidence and cap findings
    say that); a person who approves every link sees the amount."""
    assert CHARGE not in _found(_charging_agent("Refund tool"))
    assert CHARGE not in _found(_charging_agent("Interim payment tool"))
    assert CHARGE not in _found(_charging_agent("Payment plan tool"))
    assert CHARGE not in _found(_charging_agent("Payment link tool", approved=True))


def test_a_tool_that_prices_the_booking_itself_closes_it() -> None:
    """Policy enforcement where the money is taken answers it (with a cap beside it:
    the high-risk profile asks two controls of a high finding)."""
    report = tg.analyze(_charging_agent("Payment link tool", enforced=True).freeze())
    assert report.for_rule(CHARGE)
    assert not [f for f in report.open() if f.rule == CHARGE]


WEBHOOK = "stride/unverified-webhook"


def _whatsapp_gateway(method: str) -> tg.ThreatModel:
    """A messaging platform posts learners' messages to our gateway's webhook, and the
    gateway identifies the learner by the sender's phone number (set 187's re-reviews:
    'the WhatsApp webhook has no signature check, and learners are identified only by
    the sender phone number in it')."""
    tm = tg.ThreatModel("lessons")
    msg = tg.Data("Learner message", kind="prompt", sensitivity="pii")
    with tm.boundary("Messaging platform", trust="partner"):
        platform = tm.add(tg.ExternalService("WhatsApp Business Platform"))
    with tm.boundary("Cloud", trust="internal"):
        gateway = tm.add(
            tg.Endpoint(
                "Messaging gateway",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method=method)},
            )
        )
        agent = tm.add(tg.Agent("Booking agent"))
    tm.flow(platform, gateway, msg, protocol="https", label="inbound message webhook")
    tm.flow(gateway, agent, msg)
    return tm


def _open_rules(tm: tg.ThreatModel) -> set[str]:
    return {f.rule for f in tg.analyze(tm.freeze()).open()}


def test_a_sender_number_matched_to_a_record_does_not_check_who_posted_the_call() -> None:
    assert WEBHOOK in _open_rules(
        _whatsapp_gateway("WhatsApp sender phone number matched to learner record")
    )


def test_a_webhook_signature_still_does() -> None:
    assert WEBHOOK not in _open_rules(
        _whatsapp_gateway("WhatsApp webhook signature verified; sender number matched")
    )

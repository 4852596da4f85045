"""Fixes taken from the review of fresh set 71 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round86-fresh71``) and the earlier
verdicts it confirmed: each test pins what reviewers struck, and the variants of the
same design on which the finding stays."""

from __future__ import annotations

import pytest

import threatgraph as tg

CREDENTIALS = "ai/exposed-credentials"


def _subscriptions(token: str) -> tg.ThreatModel:
    """An internet-facing subscription API keeps, per subscriber, a credential it reads
    back to renew: a payment provider's token for the card, or something else."""
    tm = tg.ThreatModel("car wash")
    held = tg.Data(token, kind="credentials", sensitivity="secret")
    with tm.boundary("Internet", trust="untrusted"):
        subscriber = tm.add(tg.Actor("Subscriber"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Subscription API", internet_facing=True))
        db = tm.add(tg.DataStore("Subscriber database", stores={held}))
    tm.flow(subscriber, api, tg.Data("Sign-up", kind="records", sensitivity="pii"))
    tm.flow(api, db, held)
    tm.flow(db, api, held)
    return tm


@pytest.mark.parametrize("token", ["Payment method token", "Saved card token", "Card tokens"])
def test_a_payment_providers_card_token_is_no_key(token: str) -> None:
    """Set 71's car wash reviewer and a travel booking reviewer struck the finding on a
    store of payment tokens: a token charges the card only through the merchant's own
    provider account, whose API key is the credential."""
    assert list(_subscriptions(token).analyze().for_rule(CREDENTIALS)) == []


def test_a_store_of_other_credentials_behind_the_same_api_stays() -> None:
    (f,) = _subscriptions("Partner API keys").analyze().for_rule(CREDENTIALS)
    assert f.is_open


MEMORY = "ai/agent-memory-poisoning"


def _client_chat(device: str) -> tg.ThreatModel:
    """Clients chat with an assistant through an app on their own phones; the assistant
    keeps each case's chat history and reads it back. ``device`` names the app."""
    tm = tg.ThreatModel("broker chat")
    turn = tg.Data("Chat turn", kind="prompt", sensitivity="pii")
    answer = tg.Data("Answer", kind="model-output", sensitivity="pii")
    history = tg.Data("Chat history", kind="records", sensitivity="pii")
    with tm.boundary("Clients", trust="untrusted"):
        client = tm.add(tg.Actor("Client"))
        app = tm.add(tg.Device(device))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Client API"))
        agent = tm.add(tg.Agent("Chat orchestrator"))
        cases = tm.add(tg.DataStore("Case database", stores={history}))
    tm.flow(client, app, turn)
    tm.flow(app, client, answer)
    tm.flow(app, api, turn, protocol="https")
    tm.flow(api, app, answer, protocol="https")
    tm.flow(api, agent, turn)
    tm.flow(agent, api, answer)
    tm.flow(agent, cases, history)
    tm.flow(cases, agent, history)
    return tm


def test_a_history_typed_through_the_clients_own_phone_app_is_their_own() -> None:
    """Set 71's mortgage broker reviewer (and earlier ones of a budgeting app and a
    wellbeing companion) struck the finding: the client's phone app sends what the client
    types, so a planted entry steers only that client's own sessions."""
    assert list(_client_chat("Client mobile app").analyze().for_rule(MEMORY)) == []


def test_a_desktop_client_is_not_only_its_users_words() -> None:
    # anything running as the user on a desktop can act as its AI client (AIKatz)
    (f,) = _client_chat("Desktop chat client").analyze().for_rule(MEMORY)
    assert f.target.ids == ("case-database",)


FLOOD = "stride/denial-of-service"


def _self_checkout(
    *, protocol: str | None = None, internet_facing: bool = False, kind: type = tg.Service
) -> tg.ThreatModel:
    """Shoppers use a self-checkout terminal in the store, whose scale camera shows a
    vision model what is on the scale. With ``protocol``, the shopper's flow names one
    (a network app); ``kind`` is how the terminal is declared (a service or an
    endpoint)."""
    tm = tg.ThreatModel("self-checkout")
    with tm.boundary("Shop floor", trust="untrusted"):
        shopper = tm.add(tg.Actor("Shopper"))
    with tm.boundary("Store network", trust="internal"):
        lane = tm.add(kind("Self-checkout terminal", internet_facing=internet_facing))
        camera = tm.add(tg.Device("Scale camera", fleet=False))
        model = tm.add(tg.LLM("Produce recognition model", origin="in-house"))
    tm.flow(shopper, lane, tg.Data("Scan", kind="records"), protocol=protocol)
    tm.flow(camera, lane, tg.Data("Scale image", kind="media"))
    tm.flow(lane, model, tg.Data("Scale image", kind="media"))
    tm.flow(model, lane, tg.Data("Item", kind="model-output"))
    return tm


def test_a_person_at_the_machine_itself_is_no_flood_source() -> None:
    """Set 71's self-checkout and car wash reviewers (and earlier ones of a library
    returns machine, a cafeteria till and a station kiosk) struck the request flood on
    a machine people use where it stands: one person floods one machine only by standing
    at it."""
    assert list(_self_checkout().analyze().for_rule(FLOOD)) == []


def test_a_kiosk_declared_as_an_endpoint_is_a_machine_people_stand_at_too() -> None:
    # set 258's reviewer struck the flood on a ski hire shop's fitting kiosk, declared
    # as an endpoint: one customer typing at a touchscreen floods nothing
    assert list(_self_checkout(kind=tg.Endpoint).analyze().for_rule(FLOOD)) == []


@pytest.mark.parametrize("kind", [tg.Service, tg.Endpoint])
@pytest.mark.parametrize(("protocol", "facing"), [("https", False), (None, True)])
def test_a_caller_over_a_network_or_an_internet_facing_service_still_floods(
    protocol: str | None, facing: bool, kind: type
) -> None:
    tm = _self_checkout(protocol=protocol, internet_facing=facing, kind=kind)
    (f,) = tm.analyze().for_rule(FLOOD)
    assert f.is_open


EXPOSED = "stride/exposed-interface"
PASSWORD = "stride/password-only-sign-in"


def _portal(method: str, *, keys: bool = False) -> tg.ThreatModel:
    """Customers sign in to an internet-facing portal with ``method``; it hands them
    records from a store of everyone's (with ``keys``, it also holds an API key from a
    secret store)."""
    tm = tg.ThreatModel("portal")
    record = tg.Data("Account record", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Cloud", trust="internal"):
        portal = tm.add(
            tg.Endpoint(
                "Customer portal",
                internet_facing=True,
                controls={tg.controls.Authentication(method=method)},
            )
        )
        db = tm.add(tg.DataStore("Accounts", stores={record}))
    tm.flow(customer, portal, tg.Data("Request", kind="records"), protocol="https")
    tm.flow(portal, customer, record, protocol="https")
    tm.flow(portal, db, tg.Data("Lookup", kind="records"))
    tm.flow(db, portal, record)
    if keys:
        with tm.boundary("Cloud"):
            vault = tm.add(tg.DataStore("Key vault"))
        tm.flow(vault, portal, tg.Data("API key", kind="credentials", sensitivity="secret"))
    return tm


def test_a_stolen_account_as_the_way_in_is_told_once() -> None:
    """Set 71's car wash and water tower reviewers (and set 70's cold storage one, and
    earlier ones whose inputs held both) struck the exposed-interface finding as the
    password-only finding again: with a sign-in declared, a stolen account is the way
    in, and that finding says so."""
    report = _portal("e-mail and password").analyze()
    assert list(report.for_rule(PASSWORD))
    assert list(report.for_rule(EXPOSED)) == []


def test_with_a_second_factor_the_exposure_finding_is_judged_as_before() -> None:
    # a portal built for the customers it answers, guarding only data: neither finding
    # (whether each sees only their own records is the subject-authorization finding's)
    report = _portal("password and TOTP").analyze()
    assert list(report.for_rule(PASSWORD)) == []
    assert list(report.for_rule(EXPOSED)) == []
    # one that also holds keys is judged on its own, a stolen account being the way in
    keyed = _portal("password and TOTP", keys=True).analyze()
    assert list(keyed.for_rule(PASSWORD)) == []
    (f,) = keyed.for_rule(EXPOSED)
    assert "a stolen, shared or freely registered account is the way in" in f.explanation


INSTRUCTIONS = "ai/agent-instructions-tampering"


def _dispatch(*, writer: str) -> tg.ThreatModel:
    """An agent reads customers' uploads and takes its case instructions from a review
    console, where a dispatcher of ours writes them; with ``writer="customer"`` the
    customer also writes notes there that the console passes on as instructions."""
    tm = tg.ThreatModel("dispatch")
    upload = tg.Data("Uploaded document", kind="documents", sensitivity="pii")
    decision = tg.Data("Dispatcher decision", kind="instructions")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Office", trust="internal"):
        dispatcher = tm.add(tg.Actor("Dispatcher"))
        console = tm.add(tg.Service("Review console"))
        agent = tm.add(tg.Agent("Dispatch agent"))
    tm.flow(customer, agent, upload, protocol="https")
    tm.flow(agent, console, upload)
    tm.flow(console, dispatcher, upload)
    tm.flow(dispatcher, console, decision)
    if writer == "customer":
        note = tg.Data("Customer note", kind="instructions")
        tm.flow(customer, console, note, protocol="https")
        tm.flow(console, agent, decision, note)
    else:
        tm.flow(console, agent, decision)
    return tm


def test_staff_writing_through_their_console_are_the_operators_own_channel() -> None:
    """Set 73's locksmith and escape-room reviewers (and set 72's gym, and earlier ones
    of a code migration agent and a procurement agent) struck the finding where the
    only writer is staff of ours, or a console writing on only what staff type: the
    declared approver's decisions are intended use, not tampering."""
    assert list(_dispatch(writer="dispatcher").analyze().for_rule(INSTRUCTIONS)) == []


def test_a_console_passing_outsiders_content_into_the_instructions_stays() -> None:
    (f,) = _dispatch(writer="customer").analyze().for_rule(INSTRUCTIONS)
    assert f.target.ids == ("review-console",)

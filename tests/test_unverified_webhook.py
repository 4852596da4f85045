"""``stride/unverified-webhook``: a system we do not run calls one of ours when
something happens there, and nothing declared checks that the call comes from it.
Reviewers of fourteen designs named a forged webhook as missing (a "paid" payment
confirmation, a stage change in an applicant tracking system, a passed identity
check)."""

from __future__ import annotations

from typing import Any

import pytest

import threatgraph as tg
import threatgraph.controls as c

RULE = "stride/unverified-webhook"


def _shop(
    *,
    label: str | None = "webhook",
    data_name: str = "Payment confirmation",
    sender: str = "provider",
    receiver_controls: frozenset[c.Control] = frozenset(),
    protocol: str = "https",
    data_kind: str = "records",
    **flow: Any,
) -> tg.ThreatModel:
    """An order service sends a payment order to a payment provider, which confirms the
    payment by calling back; ``sender`` picks who calls back."""
    tm = tg.ThreatModel("shop")
    order = tg.Data("Payment order", kind="records")
    confirmation = tg.Data(data_name, kind=data_kind)
    with tm.boundary("Provider", trust="partner"):
        psp: tg.Element = tm.add(tg.ExternalService("Payment provider"))
    with tm.boundary("Internet", trust="untrusted"):
        person = tm.add(tg.Actor("Customer"))
        phone = tm.add(tg.Device("Customer phone", fleet=False))
    with tm.boundary("Cloud", trust="internal"):
        orders = tm.add(tg.Service("Order service", controls=set(receiver_controls)))
        ours = tm.add(tg.Service("Payments relay"))
    src = {"provider": psp, "person": person, "device": phone, "ours": ours}[sender]
    tm.flow(orders, psp, order, protocol="https")
    tm.flow(src, orders, confirmation, protocol=protocol, label=label, **flow)
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return list(tm.analyze().for_rule(RULE))


def test_a_callback_nothing_checks_is_raised_on_the_receiver() -> None:
    (f,) = _found(_shop())
    assert f.is_open
    assert f.target.ids == ("order-service",)
    assert f.explanation.startswith(
        "Order service (Cloud, internal) takes webhook calls from Payment provider, and "
        "nothing declared checks that a call comes from it"
    )
    assert [a.ids for a in f.affected] == [("payment-provider->order-service",)]
    assert f.controls_missing == ("authentication", "mutual_authentication")
    assert f.stride_letters == "ST"


@pytest.mark.parametrize(
    "how",
    [
        {"label": "stage-change callback"},
        {"label": None, "data_name": "Payment webhook event"},
    ],
)
def test_the_design_says_webhook_or_callback_on_the_flow_or_its_data(how: dict[str, Any]) -> None:
    (f,) = _found(_shop(**how))
    assert f.target.ids == ("order-service",)


def test_an_answer_with_no_such_word_is_not_a_webhook() -> None:
    assert _found(_shop(label="payment status")) == []


def test_https_alone_is_not_a_signature_but_a_declared_one_is() -> None:
    # the integrity https gives on the way says nothing of who sent the call
    (f,) = _found(_shop(protocol="https"))
    assert f.is_open
    signed = _shop(receiver_controls=frozenset({c.MessageIntegrity(note="HMAC verified")}))
    assert _found(signed) == []
    on_flow = _shop(controls={c.MessageIntegrity(note="signature header checked")})
    assert _found(on_flow) == []


@pytest.mark.parametrize(
    ("control", "protocol"),
    [(c.Authentication(method="shared secret in a header"), "https"), (None, "mtls")],
)
def test_authenticating_the_call_answers_it(control: c.Control | None, protocol: str) -> None:
    # a check declared on the call is the answer: no finding claims nothing checks it
    controls = {control} if control is not None else set()
    assert _found(_shop(protocol=protocol, controls=controls)) == []
    if control is not None:
        assert _found(_shop(receiver_controls=frozenset({control}))) == []


def test_a_receivers_sign_in_for_its_users_does_not_check_a_vendors_calls() -> None:
    tm = _shop(receiver_controls=frozenset({c.Authentication(method="customer login")}))
    tm.flow("customer", "order-service", tg.Data("Order", kind="records"), protocol="https")
    (f,) = _found(tm)
    assert f.is_open


def test_only_the_calls_nothing_checks_are_named() -> None:
    tm = _shop(controls={c.Authentication(method="signature")})
    with tm.boundary("Carrier", trust="partner"):
        carrier = tm.add(tg.ExternalService("Carrier"))
    tm.flow(carrier, "order-service", tg.Data("Delivery event", kind="records"), label="webhook")
    (f,) = _found(tm)
    assert "from Carrier, and nothing declared" in f.explanation
    assert [a.ids for a in f.affected] == [("carrier->order-service",)]


@pytest.mark.parametrize("sender", ["person", "device", "ours"])
def test_people_devices_and_our_own_components_do_not_send_webhooks(sender: str) -> None:
    assert _found(_shop(sender=sender)) == []


def test_a_sign_in_callback_carrying_only_a_credential_is_left_to_the_sign_in() -> None:
    assert _found(_shop(label="OAuth callback", data_kind="credentials")) == []

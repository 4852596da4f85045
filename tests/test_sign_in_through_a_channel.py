"""A person pays a card payment provider; the provider tells us the deposit is paid.

The password-only sign-in finding read that as the customer signing in to our back end
through the provider (a channel, as a phone carrier is), and named them, with the
payment flows as the way in. Four reviewers struck it, and five who kept it for our own
staff's password said the text named the wrong person. A channel passes on what the
person sent it; a payment notice is not that.
"""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c

RULE = "stride/password-only-sign-in"


def _design(into: tg.Data, out: tg.Data) -> tg.ThreatModel:
    tm = tg.ThreatModel("deposits", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        client = tm.add(tg.Actor("Client", role="customer"))
    with tm.boundary("Provider", trust="partner"):
        provider = tm.add(tg.ExternalService("Channel provider"))
    with tm.boundary("Cloud", trust="internal"):
        back_end = tm.add(
            tg.Service(
                "Studio back end",
                controls={c.Authentication(method="staff e-mail and password")},
            )
        )
    tm.flow(client, provider, into, protocol="https")
    tm.flow(provider, back_end, out, protocol="https")
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def test_a_payment_notice_is_not_the_customer_signing_in() -> None:
    card = tg.Data("Card details", sensitivity="regulated", kind="records")
    paid = tg.Data("Deposit paid webhook", kind="records")
    assert _found(_design(card, paid)) == []


@pytest.mark.parametrize(
    ("into", "out"),
    [
        # a phone line: the call goes in, its events come out
        (tg.Data("Call", kind="media"), tg.Data("Call webhook", kind="records")),
        # a messaging platform passing the message itself on
        (tg.Data("Message", kind="records"), None),
    ],
)
def test_a_channel_that_passes_the_person_s_words_on_still_counts(
    into: tg.Data, out: tg.Data | None
) -> None:
    (f,) = _found(_design(into, out or into))
    assert f.explanation.startswith("Client signs in to Studio back end")

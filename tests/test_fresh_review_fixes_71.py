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

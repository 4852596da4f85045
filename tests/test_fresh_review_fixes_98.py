"""Changes taken from held-out set 98's verdicts (``v2-round116-fresh98``).

Its audit-assistant reviewer struck the exposed-interface finding on a web app whose
auditors sign in through the firm's SSO with MFA: they bring the identity provider's
token to the app themselves (the browser carries it, as in any OIDC sign-in), and the
finding read that as "a freely registered account is the way in". Tracked reviews had
struck it the same way on three designs (a benefits assistant behind the corporate
IdP, an exam-proctoring stream API behind the university's SSO, a physiotherapy clinic
API behind the patients' IdP)."""

from __future__ import annotations

import threatgraph as tg

RULE = "stride/exposed-interface"
TOKEN = tg.Data("SSO ID token", kind="credentials", sensitivity="secret")
QUESTION = tg.Data("Question", kind="prompt", sensitivity="confidential")
ANSWER = tg.Data("Answer", kind="model-output", sensitivity="confidential")
RECORDS = tg.Data("Client ledgers", kind="records", sensitivity="confidential")


def _assistant(*, token_from_idp: bool) -> tg.ThreatModel:
    """An auditor on the internet signs in at the firm's identity provider and brings
    its token to the assistant app (``token_from_idp``), or brings credentials of the
    app's own; the app answers from confidential client records."""
    tm = tg.ThreatModel("audit assistant", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        auditor = tm.add(tg.Actor("Auditor", role="auditor"))
    with tm.boundary("Identity provider", trust="partner"):
        sso = tm.add(tg.ExternalService("Company SSO", provides="identity-provider"))
    with tm.boundary("Cloud", trust="internal"):
        app = tm.add(
            tg.Endpoint(
                "Assistant web app",
                purpose="api",
                controls={tg.controls.Authentication(method="OIDC via company SSO with MFA")},
            )
        )
        store = tm.add(tg.DataStore("Ledger store", stores={RECORDS}))
    if token_from_idp:
        tm.flow(auditor, sso, tg.Data("SSO sign-in", kind="credentials"), protocol="https")
        tm.flow(sso, auditor, TOKEN, protocol="https")
    tm.flow(auditor, app, TOKEN, QUESTION, protocol="https")
    tm.flow(app, auditor, ANSWER, protocol="https")
    tm.flow(app, store, tg.Data("Ledger query", kind="records"))
    tm.flow(store, app, RECORDS)
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def test_a_token_the_caller_brings_from_the_identity_provider_signs_it_in() -> None:
    assert _found(_assistant(token_from_idp=True)) == []


def test_credentials_of_the_apps_own_still_raise_it() -> None:
    (f,) = _found(_assistant(token_from_idp=False))
    assert f.target.ids == ("assistant-web-app",)
    assert "freely registered account" in f.explanation

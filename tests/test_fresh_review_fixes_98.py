"""Changes taken from held-out sets 98 and 99's verdicts (``v2-round116-fresh98``,
``v2-round117-fresh99``).

Set 98's audit-assistant reviewer struck the exposed-interface finding on a web app whose
auditors sign in through the firm's SSO with MFA: they bring the identity provider's
token to the app themselves (the browser carries it, as in any OIDC sign-in), and the
finding read that as "a freely registered account is the way in". Tracked reviews had
struck it the same way on three designs (a benefits assistant behind the corporate
IdP, an exam-proctoring stream API behind the university's SSO, a physiotherapy clinic
API behind the patients' IdP).

The same set's reviewer rated the missing per-caller check two bands too low on that
app's shared index; the tracked verdicts said why (audit logging lowered it). Set 99's
reviewers struck the undeclared-protocol finding on flows threatgraph could have
judged (SMS, USB) and on a vendor's own traffic inside its zones."""

from __future__ import annotations

import threatgraph as tg

RULE = "stride/exposed-interface"
SUBJECT = "stride/missing-subject-authorization"
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


def _portal(*, logged: bool) -> tg.ThreatModel:
    """Patients on the internet sign in to a portal that fetches their letters from a
    repository of everyone's; the portal logs every read when ``logged``."""
    tm = tg.ThreatModel("patient portal", profile="high")
    letters = tg.Data("Discharge letters", kind="documents", sensitivity="regulated")
    with tm.boundary("Internet", trust="untrusted"):
        patient = tm.add(tg.Actor("Patient"))
    with tm.boundary("Hospital", trust="internal"):
        controls: set[tg.controls.Control] = {tg.controls.Authentication(method="password + OTP")}
        if logged:
            controls.add(tg.controls.AuditLogging(retention_days=365))
        portal = tm.add(tg.Endpoint("Patient portal", purpose="api", controls=controls))
        repo = tm.add(tg.DataStore("Clinical document repository", stores={letters}))
    tm.flow(patient, portal, tg.Data("Letter request", kind="records"), protocol="https")
    tm.flow(portal, patient, letters, protocol="https")
    tm.flow(portal, repo, tg.Data("Letter query", kind="records"))
    tm.flow(repo, portal, letters)
    return tm


def test_audit_logging_does_not_lower_a_missing_per_caller_check() -> None:
    """Nineteen tracked verdicts rated this finding two bands too low, most of them
    noting that audit logging "only detects after the fact": one patient reading
    another's letters is not made less likely or less harmful by a log of it."""
    (bare,) = [f for f in _portal(logged=False).analyze().open() if f.rule == SUBJECT]
    (logged,) = [f for f in _portal(logged=True).analyze().open() if f.rule == SUBJECT]
    assert logged.severity is bare.severity
    assert "audit_logging" not in logged.controls_present


HYGIENE = "hygiene/undeclared-protocol"
CLEARTEXT = "stride/unencrypted-boundary-crossing"


def test_sms_and_usb_are_known_protocols() -> None:
    """Set 99's reviewers struck the undeclared-protocol finding on a pickup notice sent
    by SMS ("known to be plaintext") and on a phone plugged in by USB ("encryption in
    transit does not apply"): threatgraph did not know either name."""
    from threatgraph.protocols import lookup

    sms, usb = lookup("SMS"), lookup("usb")
    assert sms is not None
    assert not sms.encrypted
    assert not sms.local
    assert usb is not None
    assert usb.local


def _texts(*, to_staff: bool) -> tg.ThreatModel:
    """A job system texts a notice with personal data to a customer on the internet, or
    to a member of staff in the company's own zone."""
    tm = tg.ThreatModel("texts")
    notice = tg.Data("Pickup notice", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Vehicle owner"))
    with tm.boundary("Cloud", trust="internal"):
        jobs = tm.add(tg.Service("Job management system"))
    with tm.boundary("Shop floor", trust="internal"):
        staff = tm.add(tg.Actor("Supervisor"))
    tm.flow(jobs, staff if to_staff else customer, notice, protocol="sms")
    return tm


def test_a_text_to_an_outsider_is_their_carriers_not_a_gap_of_ours() -> None:
    found = _texts(to_staff=False).analyze().open()
    assert [f for f in found if f.rule in (HYGIENE, CLEARTEXT)] == []


def test_personal_data_texted_between_our_zones_is_cleartext() -> None:
    found = _texts(to_staff=True).analyze().open()
    (f,) = [f for f in found if f.rule == CLEARTEXT]
    assert f.target.ids == ("job-management-system->supervisor",)
    assert [f for f in found if f.rule == HYGIENE] == []


def test_a_vendors_own_traffic_inside_its_nested_zones_is_not_ours_to_declare() -> None:
    """Set 99's embryo-grading reviewer struck the finding on two flows inside the
    vendor's cloud (its API writing to its image pool, its registry deploying its
    model): a vendor's network drawn as two boxes, not a link between parties."""
    tm = tg.ThreatModel("vendor")
    images = tg.Data("Embryo images", kind="media", sensitivity="regulated")
    with tm.boundary("Clinic", trust="internal"):
        lab = tm.add(tg.Service("Lab connector"))
    with tm.boundary("Vendor cloud", trust="partner"):
        api = tm.add(tg.ExternalService("Grading API"))
        with tm.boundary("Vendor ML environment", trust="partner"):
            pool = tm.add(tg.DataStore("Image pool", stores={images}))
    tm.flow(lab, api, images, protocol="https")
    tm.flow(api, pool, images)
    assert [f for f in tm.analyze().open() if f.rule == HYGIENE] == []


POISONING = "ai/training-data-poisoning"


def _wires(*, bank_feed: bool) -> tg.ThreatModel:
    """A wire service releases wires through the bank's API and keeps the bank's
    confirmations with the fraud cases a monthly job trains on; with ``bank_feed`` the
    bank also pushes a fraud-report feed of its own into the cases."""
    tm = tg.ThreatModel("escrow")
    wire = tg.Data("Wire instruction", kind="records", sensitivity="confidential")
    confirmation = tg.Data("Wire confirmation", kind="records", sensitivity="confidential")
    cases = tg.Data("Fraud cases", kind="training-data", sensitivity="confidential")
    with tm.boundary("Bank", trust="partner"):
        bank = tm.add(tg.ExternalService("Bank wire API"))
    with tm.boundary("Cloud", trust="internal"):
        svc = tm.add(tg.Service("Wire service"))
        store = tm.add(tg.Dataset("Fraud case dataset", stores={cases}))
        job = tm.add(tg.Pipeline("Monthly retraining", stage="training"))
        model = tm.add(tg.Model("Wire fraud model", task="classifier"))
    tm.flow(svc, bank, wire, protocol="mtls")
    tm.flow(bank, svc, confirmation, protocol="mtls")
    tm.flow(svc, store, cases)
    tm.flow(store, job, cases)
    tm.flow(job, model, tg.Data("Weights", kind="model-artifact"))
    if bank_feed:
        feed = tm.add(tg.DataSource("Bank fraud report feed", origin="partner"))
        tm.flow(feed, store, cases, protocol="sftp")
    return tm


def test_a_partners_answers_to_our_own_calls_poison_nothing() -> None:
    """Set 99's escrow reviewer (and sets 89 and 98 before it) struck the finding naming
    a bank's wire confirmations, a blockchain node's receipts and an identity
    provider's sign-in signals as the way poison gets in: they answer our own calls."""
    assert [f for f in _wires(bank_feed=False).analyze().open() if f.rule == POISONING] == []
    (f,) = [f for f in _wires(bank_feed=True).analyze().open() if f.rule == POISONING]
    assert "Bank fraud report feed" in f.explanation
    assert "Bank wire API" not in f.explanation

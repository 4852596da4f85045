"""``stride/cross-account-access``: a signed-in outsider can fetch another account's
records through an interface we run.

Taken from the "important threats missing" lists recorded on the fresh sets
(``benchmarks/quality/reviews``): reviewers of a customs broker's shipper portal, a
dental claims provider portal, a freight marketplace API, a loan applicant portal, a
payroll provider's client portal, a reinsurance broker portal and a tax authority's
e-filing portal named broken object-level authorisation (one account's ids, changed
in a request, returning another's) where only sign-in was declared. Each test pins the
design and a variant on which the answer goes the other way."""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.findings import Finding, Status

RULE = "stride/cross-account-access"

FILED = tg.Data("Filed return", kind="records", sensitivity="regulated")
RESULT = tg.Data("Audit result", kind="records", sensitivity="regulated")


def _found(tm: tg.ThreatModel) -> list[Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def _portal(
    *,
    person_zone: str = "untrusted",
    sign_in: bool = True,
    back: tg.Data = RESULT,
    portal_controls: tuple[c.Control, ...] = (),
    store: type[tg.DataStore] = tg.DataStore,
    reader_role: bool = False,
) -> tg.ThreatModel:
    """A taxpayer signs in to an e-filing portal that files returns into the returns
    database and sends back audit results."""
    tm = tg.ThreatModel("e-filing")
    with tm.boundary("Public", trust=person_zone):
        taxpayer = tm.add(tg.Actor("Taxpayer"))
    controls = {*portal_controls}
    if sign_in:
        controls.add(c.Authentication(method="national eID"))
    with tm.boundary("Authority DMZ", trust="internal"):
        portal = tm.add(tg.Endpoint("E-filing portal", controls=controls))
    with tm.boundary("Authority core", trust="restricted"):
        db = tm.add(store("Returns database", stores={FILED}))
    tm.flow(taxpayer, portal, FILED, protocol="https")
    tm.flow(portal, db, FILED, protocol="https")
    tm.flow(portal, taxpayer, back, protocol="https")
    if reader_role:
        # the portal also reads the returns back for its callers: the store's own
        # per-caller finding covers that read
        tm.flow(db, portal, FILED, protocol="https")
    return tm


def test_a_signed_in_taxpayer_is_sent_records_with_the_returns_of_all_behind() -> None:
    (f,) = _found(_portal())
    assert f.status is Status.OPEN
    assert f.target.ids == ("e-filing-portal",)
    assert "Taxpayer signs in to E-filing portal" in f.explanation
    assert "sends back Audit result" in f.explanation
    assert "Returns database holds everyone's records" in f.explanation
    assert set(f.controls_missing) == {"abac", "permission_aware_retrieval", "rbac"}


def test_per_caller_access_control_on_the_interface_mitigates_it() -> None:
    for control in (c.ABAC(), c.RBAC(), c.PermissionAwareRetrieval()):
        (f,) = _found(_portal(portal_controls=(control,)))
        assert f.status is Status.MITIGATED, control


def test_audit_logging_lowers_it() -> None:
    (plain,) = _found(_portal())
    (logged,) = _found(_portal(portal_controls=(c.AuditLogging(),)))
    assert logged.status is Status.OPEN
    assert logged.likelihood.score == plain.likelihood.score - 1


def test_no_sign_in_is_left_to_the_exposed_interface_finding() -> None:
    assert not _found(_portal(sign_in=False))


def test_staff_and_partners_are_left_out() -> None:
    assert not _found(_portal(person_zone="partner"))
    assert not _found(_portal(person_zone="internal"))


def test_what_is_sent_back_must_be_someones_record() -> None:
    receipt = tg.Data("Receipt", kind="records", sensitivity="internal")
    answer = tg.Data("Assistant answer", kind="model-output", sensitivity="pii")
    assert not _found(_portal(back=receipt))
    assert not _found(_portal(back=answer))


def test_a_training_set_behind_it_is_not_where_records_are_kept() -> None:
    assert not _found(_portal(store=tg.Dataset))


def test_the_stores_per_caller_finding_is_not_repeated_on_the_interface() -> None:
    report = _portal(reader_role=True).analyze()
    assert not [f for f in report.findings if f.rule == RULE]
    (store,) = [f for f in report.findings if f.rule == "stride/missing-subject-authorization"]
    assert store.target.ids == ("returns-database",)


def test_through_the_app_on_the_persons_phone() -> None:
    tm = tg.ThreatModel("app")
    with tm.boundary("Phones", trust="untrusted"):
        person = tm.add(tg.Actor("Borrower"))
        app = tm.add(tg.Service("Lender app"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Loan API", controls={c.Authentication(method="OIDC")}))
        db = tm.add(tg.DataStore("Loan files", stores={FILED}))
    tm.flow(person, app, FILED)
    tm.flow(app, api, FILED, protocol="https")
    tm.flow(api, db, FILED, protocol="https")
    tm.flow(api, app, RESULT, protocol="https")
    (f,) = _found(tm)
    assert f.target.ids == ("loan-api",)
    assert "Borrower signs in to Loan API" in f.explanation

"""``stride/payee-change``: bank details that a person or an outside party states reach
what pays them, and nothing declared confirms a change before it is paid. Held-out
and tracked reviewers named payment redirection through changed bank details missing
on over a dozen designs ("contractors can submit or replace bank details through the
portal... with no out-of-band verification")."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c

RULE = "stride/payee-change"


def _suppliers(
    *,
    datum: str = "Supplier bank details",
    portal_controls: frozenset[c.Control] = frozenset(),
    payer: str = "Weekly payment run",
    console: bool = False,
    pays: bool = True,
) -> tg.ThreatModel:
    """Suppliers on the internet state their bank details in a portal, kept in the
    supplier master, which a payment run (named ``payer``) reads and sends to the
    bank (or, without ``pays``, writes a report); with ``console`` a payments review
    console reads the master too."""
    tm = tg.ThreatModel("ap")
    details = tg.Data(datum, kind="records", sensitivity="confidential")
    file = tg.Data("Payment file", kind="records", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        supplier = tm.add(tg.Actor("Supplier"))
    with tm.boundary("Bank", trust="partner"):
        bank = tm.add(tg.ExternalService("Bank payments API"))
    with tm.boundary("Cloud", trust="internal"):
        portal = tm.add(
            tg.Endpoint("Supplier portal", purpose="api", controls=set(portal_controls))
        )
        master = tm.add(tg.DataStore("Supplier master", stores={details}))
        run = tm.add(tg.Pipeline(payer))
        if console:
            screen = tm.add(tg.Service("Payments review console"))
            tm.flow(master, screen, details)
    tm.flow(supplier, portal, details, protocol="https")
    tm.flow(portal, master, details)
    tm.flow(master, run, details)
    if pays:
        tm.flow(run, bank, file, protocol="mtls")
    else:
        with tm.boundary("Analytics", trust="internal"):
            report = tm.add(tg.DataStore("Supplier report store"))
        tm.flow(run, report, tg.Data("Supplier report", kind="records"))
    return tm


def _open(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def _all(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def test_bank_details_a_supplier_states_and_a_payment_run_pays_are_raised_at_the_portal() -> None:
    (f,) = _open(_suppliers())
    assert f.target.ids == ("supplier-portal",)
    assert "takes Supplier bank details from Supplier" in f.explanation
    assert "which Weekly payment run pays" in f.explanation
    assert "nothing declared confirms a change" in f.explanation
    assert f.severity is tg.Severity.HIGH


def test_a_person_confirming_each_change_closes_it_and_one_above_a_threshold_lowers_it() -> None:
    every = frozenset({c.HumanInTheLoop(approver="AP team, call-back to the number on file")})
    assert _open(_suppliers(portal_controls=every)) == []
    (mitigated,) = _all(_suppliers(portal_controls=every))
    assert mitigated.status is tg.Status.MITIGATED
    some = frozenset({c.HumanInTheLoop(approver="AP team", above="risk score 0.7")})
    (f,) = _open(_suppliers(portal_controls=some))
    assert "a person checks only changes above risk score 0.7" in f.explanation


def test_card_or_direct_debit_details_are_what_someone_pays_with_not_where_we_pay() -> None:
    """Set 108's nursery reviewer struck the finding on direct-debit bank details: the
    bureau collects from that account, so changing it redirects nothing to anyone."""
    assert _all(_suppliers(datum="Card payment details")) == []
    assert _all(_suppliers(datum="Direct debit bank details")) == []


def test_details_that_reach_nothing_that_pays_are_left_out() -> None:
    assert _all(_suppliers(payer="Supplier analytics job", pays=False)) == []


def test_a_console_people_work_at_is_no_payer() -> None:
    (f,) = _open(_suppliers(console=True))
    assert "which Weekly payment run pays;" in f.explanation


def test_a_payee_list_an_outside_service_answers_with_is_no_change() -> None:
    """A bill-payment tool that reads the member's saved payees from the bill-pay
    platform it calls has been told nothing new."""
    tm = tg.ThreatModel("bill pay")
    payees = tg.Data("Saved payees", kind="records", sensitivity="pii")
    with tm.boundary("Partner", trust="partner"):
        platform = tm.add(tg.ExternalService("Bill-pay platform"))
    with tm.boundary("Cloud", trust="internal"):
        tool = tm.add(tg.Tool("Bill payment tool", capabilities={"money-movement"}))
    tm.flow(tool, platform, tg.Data("Payee lookup", kind="records"), protocol="https")
    tm.flow(platform, tool, payees, protocol="https")
    assert _all(tm) == []

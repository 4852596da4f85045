"""Changes taken from the held-out verdicts of sets 135 and 136 (session of
2026-12-05, fourteenth), after those sets were reviewed at the rules before them."""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c


def _open(tm: tg.ThreatModel, rule: str) -> list[tg.findings.Finding]:
    return [f for f in tg.analyze(tm.freeze()).open() if f.rule == rule]


RETENTION = "compliance/gdpr/storage-limitation"


def _outcomes(*, name: str) -> tg.ThreatModel:
    """Set 136's casino: security officers record each encounter in a store whose audit
    logging keeps it 365 days."""
    tm = tg.ThreatModel("casino", frameworks=["gdpr"])
    outcome = tg.Data("Encounter outcome", kind="records", sensitivity="pii")
    with tm.boundary("Casino", trust="internal"):
        officer = tm.add(tg.Actor("Security officer"))
        console = tm.add(tg.Endpoint("Security console", purpose="api"))
        store = tm.add(
            tg.DataStore(name, stores={outcome}, controls={c.AuditLogging(retention_days=365)})
        )
    tm.flow(officer, console, outcome)
    tm.flow(console, store, outcome)
    return tm


def test_a_store_named_as_a_log_keeps_what_its_audit_logging_says() -> None:
    """'The log declares a 365-day retention, so calling retention not met here misreads
    the declared controls' (set 136)."""
    assert _open(_outcomes(name="Encounter outcome log"), RETENTION) == []


def test_a_store_not_named_as_a_log_still_needs_a_retention_limit() -> None:
    (f,) = _open(_outcomes(name="Encounter outcome database"), RETENTION)
    assert [t.ids for t in f.affected] == [("encounter-outcome-database",)]


INSIDER = "ai/insider-ml-tampering"


def _release(*, approver: str | None, above: str | None = None) -> tg.ThreatModel:
    """Set 135's socket-design vendor: the ML engineer asks the release pipeline to
    ship a model; the pipeline declares who approves each release."""
    tm = tg.ThreatModel("release")
    request = tg.Data("Model release approval", kind="records")
    weights = tg.Data("Socket model", kind="model-artifact", sensitivity="confidential")
    controls = set() if approver is None else {c.HumanInTheLoop(approver=approver, above=above)}
    with tm.boundary("Vendor", trust="internal"):
        engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
        release = tm.add(
            tg.Pipeline("Model release pipeline", stage="deployment", controls=controls)
        )
        model = tm.add(tg.Model("Socket shape model", task="regressor"))
    tm.flow(engineer, release, request, label="requests release")
    tm.flow(registry, release, weights)
    tm.flow(release, model, weights)
    return tm


def test_a_release_someone_else_approves_is_not_one_persons_change() -> None:
    """'The release pipeline declares human_in_the_loop with the vendor clinical lead as
    approver, and the engineer only requests release' (set 135)."""
    assert _open(_release(approver="vendor clinical lead"), INSIDER) == []


def test_an_approval_by_the_same_role_a_threshold_or_no_approver_is_no_second_person() -> None:
    assert _open(_release(approver=None), INSIDER)
    assert _open(_release(approver="the ML engineer"), INSIDER)
    assert _open(_release(approver="clinical lead", above="major versions"), INSIDER)


PASSWORD = "stride/password-only-sign-in"


def _app(method: str) -> tg.ThreatModel:
    tm = tg.ThreatModel("lockers")
    login = tg.Data("App login", kind="credentials", sensitivity="secret")
    status = tg.Data("Parcel status", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        person = tm.add(tg.Actor("Recipient"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(
            tg.Endpoint(
                "App API",
                purpose="api",
                internet_facing=True,
                controls={c.Authentication(method=method)},
            )
        )
        db = tm.add(tg.DataStore("Parcel database", stores={status}))
    tm.flow(person, api, login, protocol="https")
    tm.flow(api, person, status, protocol="https")
    tm.flow(db, api, status)
    return tm


def test_a_code_asked_at_every_sign_in_from_a_new_device_is_a_second_factor() -> None:
    """'Sign-in is not password-only. The declared method requires an SMS code on any new
    device, which blunts credential stuffing and phishing from another device' (set
    135): an attacker with a stolen password signs in from a device of theirs."""
    assert _open(_app("password sign-in, SMS code when signing in on a new device"), PASSWORD) == []


def test_a_code_asked_only_for_some_actions_is_not() -> None:
    assert _open(_app("password; SMS code when payout details change"), PASSWORD)
    assert _open(_app("password with optional SMS code"), PASSWORD)


CROSS = "stride/cross-account-access"


def _lockers(method: str) -> tg.ThreatModel:
    """Set 135's parcel lockers: recipients type codes at a locker on a public site; the
    locker calls the operator's gateway, which checks the code against everyone's
    parcels and sends the locker an unlock command."""
    tm = tg.ThreatModel("lockers")
    code = tg.Data("Collection code", kind="credentials", sensitivity="secret")
    parcels = tg.Data("Parcel and account records", kind="records", sensitivity="pii")
    unlock = tg.Data("Compartment unlock command", kind="records", sensitivity="confidential")
    with tm.boundary("Locker sites", trust="untrusted"):
        person = tm.add(tg.Actor("Recipient"))
        locker = tm.add(tg.Device("Parcel lockers"))
    with tm.boundary("Operator cloud", trust="internal"):
        gateway = tm.add(
            tg.Endpoint(
                "Locker IoT gateway",
                purpose="api",
                internet_facing=True,
                controls={c.Authentication(method=method)},
            )
        )
        db = tm.add(tg.DataStore("Parcel and account database", stores={parcels}))
    tm.flow(person, locker, code, label="typed on the keypad")
    tm.flow(locker, gateway, code, protocol="mtls")
    tm.flow(gateway, db, code)
    tm.flow(db, gateway, parcels)
    tm.flow(gateway, locker, unlock, protocol="mtls")
    tm.flow(locker, person, unlock, label="compartment opens")
    return tm


def test_people_at_a_shared_device_sign_in_to_nothing_its_certificate_proves() -> None:
    """'Couriers and recipients do not sign in to the IoT gateway. Only lockers reach
    it, with X.509 device certificates' (set 135)."""
    assert _open(_lockers("per-locker X.509 device certificates"), CROSS) == []


def test_a_sign_in_that_names_the_people_still_counts() -> None:
    assert _open(_lockers("recipient account login with password"), CROSS)


CLEARTEXT = "stride/unencrypted-boundary-crossing"


def _dye_house(*, protocol: str) -> tg.ThreatModel:
    """Set 136's dye house: the scheduling system in the office network writes dye
    programs to the machine controllers in the OT network and reads their status back
    over the same protocol."""
    tm = tg.ThreatModel("dye")
    program = tg.Data("Dye program", kind="instructions", sensitivity="confidential")
    status = tg.Data("Machine status", kind="logs", sensitivity="confidential")
    with tm.boundary("Office network", trust="internal"):
        scheduler = tm.add(tg.Service("Dye machine scheduling system"))
    with tm.boundary("Dye floor OT network", trust="restricted"):
        controllers = tm.add(tg.Device("Dyeing machine controllers"))
    tm.flow(scheduler, controllers, program, protocol=protocol)
    tm.flow(controllers, scheduler, status, protocol=protocol)
    return tm


def test_writes_into_a_control_network_and_their_status_replies_are_one_finding() -> None:
    """'F1 already raises the same flow, the same OPC UA with no security mode, and the
    same tampering. The fix is the same too' (set 136): the control-network finding
    asks for the protocol's secure mode, which signs and encrypts both legs."""
    tm = _dye_house(protocol="opc-ua")
    assert _open(tm, CLEARTEXT) == []
    assert _open(tm, "stride/control-network-write")


def test_a_general_protocol_with_a_read_leg_keeps_its_cleartext_finding() -> None:
    """Kept by reviewers on HTTP and SMB links into a lab network: a cleartext read leg
    there is its own exposure."""
    (f,) = _open(_dye_house(protocol="http"), CLEARTEXT)
    assert f.target.kind == "flow"


PAYEE = "stride/payee-change"


def _coop(*, switch_approved: bool, threshold: str | None = None) -> tg.ThreatModel:
    """Set 134's energy co-op, re-reviewed: a supervised agent records members' bank
    details through a membership tool; with ``switch_approved`` the design places the
    member's approval on its switch tool only. With ``threshold`` the update tool
    declares a treasurer's approval of large changes only."""
    tm = tg.ThreatModel("coop")
    bank = tg.Data("Member bank details", kind="records", sensitivity="pii")
    payouts = tg.Data("Dividend payout records", kind="records", sensitivity="pii")
    chat = tg.Data("Member chat", kind="prompt", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        member = tm.add(tg.Actor("Member"))
    with tm.boundary("Co-op cloud", trust="internal"):
        agent = tm.add(tg.Agent("Switching agent", autonomy="supervised"))
        update = tm.add(
            tg.Tool(
                "Membership update tool",
                capabilities={"write"},
                controls={c.HumanInTheLoop(approver="treasurer", above=threshold)}
                if threshold
                else set(),
            )
        )
        switch = tm.add(
            tg.Tool(
                "Switch submission tool",
                capabilities={"write"},
                controls={c.HumanInTheLoop(approver="the member")} if switch_approved else set(),
            )
        )
        store = tm.add(tg.DataStore("Membership system", stores={bank, payouts}))
    tm.flow(member, agent, chat, protocol="https")
    tm.flow(agent, member, tg.Data("Agent reply", kind="model-output"), protocol="https")
    tm.flow(agent, update, bank, tg.Data("Membership update call", kind="tool-call"))
    tm.flow(agent, switch, tg.Data("Switch call", kind="tool-call"))
    tm.flow(update, store, bank)
    return tm


def test_a_supervised_agent_whose_approvals_sit_on_other_tools_approves_no_bank_change() -> None:
    """'The member's approval covers only Switch submission tool, not bank-detail writes
    through Membership update tool' (re-review of set 134, asking for high, not low)."""
    (f,) = _open(_coop(switch_approved=True), PAYEE)
    assert "nothing declared confirms a change out of band" in f.explanation
    assert "approves the steps" not in f.explanation
    assert f.severity.value == "high"


def test_a_threshold_approval_is_said_as_such_beside_a_supervised_agent() -> None:
    """'The claim that a person checks each change is false below GBP 250' (re-review
    of set 118's pothole claims): the text said so whenever a supervised agent was on
    the way."""
    report = tg.analyze(_coop(switch_approved=False, threshold="GBP 250").freeze())
    (f,) = [x for x in report.findings if x.rule == PAYEE]
    assert "a person checks only changes above GBP 250" in f.explanation

"""Changes taken from reviewers' verdicts on held-out sets 197 and later, made in the
session of 2026-12-05 (twenty-second)."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c

BINDING = "ai/tool-caller-binding"


def _bridge_agent(method: str | None) -> tg.ThreatModel:
    """A ticket agent whose booking tool changes bookings at the booking service."""
    tm = tg.ThreatModel("canyon bridge", profile="high")
    bookings = tg.Data("Booking", kind="records", sensitivity="pii")
    controls = {c.Authentication(method=method)} if method else set()
    with tm.boundary("Internet", trust="untrusted"):
        visitor = tm.add(tg.Actor("Visitor"))
    with tm.boundary("Attraction cloud", trust="internal"):
        agent = tm.add(tg.Agent("Ticket agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}, controls=controls))
        service = tm.add(tg.Service("Booking service"))
    tm.flow(visitor, agent, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(agent, visitor, tg.Data("Answer", kind="model-output"), protocol="https")
    tm.flow(agent, tool, tg.Data("Change request", kind="tool-call"))
    tm.flow(tool, service, tg.Data("Change request", kind="tool-call"), protocol="https")
    tm.flow(service, tool, bookings, protocol="https")
    tm.flow(tool, agent, tg.Data("Changed booking", kind="tool-result", sensitivity="pii"))
    return tm


@pytest.mark.parametrize(
    ("method", "raised"),
    [
        ("booking reference and e-mail address", False),
        ("order number and surname", False),
        ("booking reference", True),
        ("API key", True),
        (None, True),
    ],
)
def test_a_tool_that_asks_for_the_records_reference_and_owner_binds_its_calls(
    method: str | None, raised: bool
) -> None:
    """Set 197's canyon bridge (struck as weak): both of the agent's tools declare an
    authentication by booking reference and e-mail address on every call, which is the
    binding the finding said was missing. A reference alone, or the tool's own key,
    binds nothing to the person asking."""
    found = [f for f in _bridge_agent(method).analyze().open() if f.rule == BINDING]
    assert bool(found) == raised


CHARGE = "ai/agent-set-charge"


@pytest.mark.parametrize(
    ("datum", "raised"),
    [
        ("Membership fee price list", False),
        ("Lesson fee schedule", False),
        ("Fee payment link", True),
        ("Player registrations", True),
    ],
)
def test_a_fee_price_list_sent_to_the_checkout_tool_is_prices(datum: str, raised: bool) -> None:
    """Set 197's water polo club (struck as wrong): the checkout tool looks the fee up in
    the club's membership fee price list. "Fee" alone is also what a payment link coming
    back says; a price list says it is prices."""
    tm = tg.ThreatModel("water polo club", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        parent = tm.add(tg.Actor("Parent"))
    with tm.boundary("Club cloud", trust="internal"):
        agent = tm.add(tg.Agent("Membership agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Fee checkout tool", capabilities={"write", "network-egress"}))
        store = tm.add(tg.DataStore("Club store", stores={tg.Data(datum, kind="records")}))
    tm.flow(parent, agent, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(agent, parent, tg.Data("Answer", kind="model-output"), protocol="https")
    tm.flow(agent, tool, tg.Data("Checkout call", kind="tool-call"))
    tm.flow(store, tool, tg.Data(datum, kind="records"))
    tm.flow(tool, agent, tg.Data("Checkout link", kind="tool-result"))
    found = [f for f in tm.analyze().open() if f.rule == CHARGE]
    assert bool(found) == raised


@pytest.mark.parametrize(
    ("description", "raised"),
    [
        ("Coaches see the rosters of the teams they are assigned to.", False),
        ("Each coach sees the squads assigned to them.", False),
        ("Coaches see team rosters.", True),
        ("Rosters are assigned to pools by the secretary.", True),
    ],
)
def test_a_portal_described_as_showing_each_coach_only_their_assigned_teams(
    description: str, raised: bool
) -> None:
    """Set 197's water polo club (struck as weak): the club portal declares that coaches
    see the rosters of the teams they are assigned to, under role-based access: a check
    of whose records each coach gets, declared in words."""
    tm = tg.ThreatModel("water polo club", profile="high")
    roster = tg.Data("Team roster", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        coach = tm.add(tg.Actor("Volunteer coach"))
    with tm.boundary("Club cloud", trust="internal"):
        portal = tm.add(
            tg.Service(
                "Club portal",
                description=description,
                controls={c.Authentication(method="e-mail and password with TOTP"), c.RBAC()},
            )
        )
        db = tm.add(tg.DataStore("Member database", stores={roster}))
    tm.flow(coach, portal, tg.Data("Roster request", kind="records"), protocol="https")
    tm.flow(db, portal, roster)
    tm.flow(portal, coach, roster, protocol="https")
    rules = {"stride/missing-subject-authorization", "stride/cross-account-access"}
    found = [f for f in tm.analyze().open() if f.rule in rules]
    assert bool(found) == raised


@pytest.mark.parametrize(
    ("datum", "needed"),
    [("Decoded video frames", False), ("Gangway camera images", False), ("Rider features", True)],
)
def test_a_detector_fed_video_frames_as_features_decides_about_no_one(
    datum: str, needed: bool
) -> None:
    """Set 198's sightseeing boats (struck as wrong): the passenger counter takes the
    gangway video as decoded frames (declared as features, not media) and sends on only
    internal detections: a count, no decision about anyone, as when it takes the video
    itself."""
    tm = tg.ThreatModel("boats", profile="high")
    with tm.boundary("Pier", trust="internal"):
        box = tm.add(tg.Service("Edge box"))
        model = tm.add(tg.Model("Passenger counter", task="detector", high_stakes=True))
    tm.flow(box, model, tg.Data(datum, kind="features", sensitivity="pii"))
    tm.flow(model, box, tg.Data("Detections", kind="model-output", sensitivity="internal"))
    (req,) = [r for r in tm.analyze().requirements if r.id == "profile/high/fairness"]
    assert ("passenger-counter" in req.missing) == needed


@pytest.mark.parametrize(
    ("device", "protocol", "raised"),
    [
        ("Office scanner", None, False),
        ("Multifunction copier", None, False),
        ("Office scanner", "usb", True),
        ("Visitor kiosk", None, True),
    ],
)
def test_papers_handed_to_our_scanner_are_no_file_an_outsider_made(
    device: str, protocol: str | None, raised: bool
) -> None:
    """Set 198's refugee casework (struck as wrong): families hand over paper and the
    charity's own scanner makes the files, so no outsider crafted them. A file brought
    on a USB stick, or documents given to a device that is no scanner, still count."""
    tm = tg.ThreatModel("casework", profile="high")
    papers = tg.Data("Identity papers", kind="documents", sensitivity="pii")
    with tm.boundary("Public", trust="untrusted"):
        family = tm.add(tg.Actor("Family"))
    with tm.boundary("Office", trust="internal"):
        dev = tm.add(tg.Device(device, fleet=False))
        case = tm.add(tg.Service("Case system"))
        store = tm.add(tg.DataStore("Case store", stores={papers}))
    tm.flow(family, dev, papers, protocol=protocol, label="hands over papers")
    tm.flow(dev, case, papers, protocol="https")
    tm.flow(case, store, papers, tg.Data("Case record", kind="records", sensitivity="pii"))
    found = [f for f in tm.analyze().open() if f.rule == "stride/untrusted-file-parsing"]
    assert bool(found) == raised


CREDENTIAL = "ai/model-read-credential"


def _range(
    *, approval: bool = False, register: bool = False, name: str = "Firearm certificate"
) -> tg.ThreatModel:
    """Set 198's shooting range: guests upload a certificate scan to the portal, which
    keeps it; the agent's check tool has the hosted LLM read it and records its status,
    which the till later trusts."""
    tm = tg.ThreatModel("shooting range", profile="high")
    scan = tg.Data(f"{name} scan", kind="documents", sensitivity="pii")
    status = tg.Data("Certificate status", kind="records", sensitivity="pii")
    gate = {c.HumanInTheLoop(approver="range officer")} if approval else set()
    with tm.boundary("Internet", trust="untrusted"):
        guest = tm.add(tg.Actor("Guest"))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    with tm.boundary("Club cloud", trust="internal"):
        portal = tm.add(tg.Service("Member portal"))
        uploads = tm.add(tg.DataStore("Upload store", stores={scan}))
        agent = tm.add(tg.Agent("Booking agent", autonomy="autonomous"))
        tool = tm.add(
            tg.Tool("Certificate check tool", capabilities={"read", "write"}, controls=gate)
        )
        db = tm.add(tg.DataStore("Club database", stores={status}))
    tm.flow(guest, portal, scan, protocol="https", label="upload")
    tm.flow(guest, portal, tg.Data("Chat message", kind="prompt"), protocol="https")
    tm.flow(portal, uploads, scan)
    tm.flow(portal, agent, tg.Data("Chat message", kind="prompt"))
    tm.flow(agent, tool, tg.Data("Check call", kind="tool-call"))
    tm.flow(uploads, tool, scan)
    tm.flow(tool, llm, scan, protocol="https")
    tm.flow(llm, tool, tg.Data("Extracted details", kind="model-output"), protocol="https")
    tm.flow(tool, db, status)
    if register:
        with tm.boundary("Police", trust="partner"):
            reg = tm.add(tg.ExternalService("Firearms licensing register"))
        tm.flow(reg, tool, tg.Data("Register entry", kind="records"), protocol="https")
    return tm


def test_a_certificate_an_llm_reads_and_records_as_valid_is_raised_on_the_check() -> None:
    """Set 198's shooting range: its reviewer named it the most important threat missing
    (critical): a forged, altered or borrowed certificate is accepted automatically."""
    (found,) = [f for f in _range().analyze().findings if f.rule == CREDENTIAL]
    assert found.status.value == "open"
    assert found.target.ids == ("certificate-check-tool",)
    assert "Firearm certificate scan" in found.explanation
    assert "Certificate status" in found.explanation


def test_a_person_looking_at_each_document_mitigates_it() -> None:
    (found,) = [f for f in _range(approval=True).analyze().findings if f.rule == CREDENTIAL]
    assert found.status.value == "mitigated"


@pytest.mark.parametrize(
    ("register", "name"), [(True, "Firearm certificate"), (False, "Range booking")]
)
def test_a_register_check_or_a_document_that_proves_nothing_is_left_out(
    register: bool, name: str
) -> None:
    model = _range(register=register, name=name)
    assert not [f for f in model.analyze().findings if f.rule == CREDENTIAL]


def _funicular() -> tg.ThreatModel:
    """Set 199's funicular: the sensor vendor's remote support sends a maintenance
    session through our VPN gateway, which loads the PLC program into the brake
    monitoring PLC."""
    tm = tg.ThreatModel("funicular", profile="high")
    program = tg.Data("PLC monitoring program", kind="code")
    with tm.boundary("Sensor vendor", trust="partner"):
        vendor = tm.add(tg.ExternalService("Vendor remote support"))
    with tm.boundary("Operations network", trust="internal"):
        gateway = tm.add(tg.Service("Remote access VPN gateway"))
    with tm.boundary("Drive station control network", trust="restricted"):
        plc = tm.add(tg.Device("Brake monitoring PLC", fleet=False))
    tm.flow(vendor, gateway, tg.Data("Remote maintenance session", kind="code"), protocol="ipsec")
    tm.flow(gateway, plc, program, protocol="s7comm")
    tm.flow(plc, gateway, tg.Data("Brake test measurements", kind="records"), protocol="s7comm")
    return tm


def test_a_suppliers_programs_through_a_remote_gateway_are_the_remote_access_finding() -> None:
    """Set 199's funicular (both struck as wrong): the PLC and the VPN gateway were said
    to take packages from public registries; the vendor's way in, which sends them the
    programs, is the supplier remote-access finding's, raised beside it."""
    rules = {f.rule for f in _funicular().analyze().open()}
    assert "stride/supplier-remote-access" in rules
    assert "ai/mlops-supply-chain" not in rules


def test_code_from_a_registry_into_a_build_service_is_still_a_supply_chain() -> None:
    tm = tg.ThreatModel("builds", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        registry = tm.add(tg.ExternalService("Package registry", provides="package-registry"))
    with tm.boundary("Cloud", trust="internal"):
        build = tm.add(tg.Service("Build service"))
    tm.flow(registry, build, tg.Data("Python packages", kind="code"), protocol="https")
    assert "ai/mlops-supply-chain" in {f.rule for f in tm.analyze().open()}


def test_a_certificate_that_stops_in_a_store_is_not_what_the_model_reads() -> None:
    """The re-review of the gig platform (struck as wrong): applicants' ID photos stop in
    the document store; what goes on to the agent is their profile and a consent form,
    so no model reads the ID document."""
    tm = tg.ThreatModel("gig platform", profile="high")
    photos = tg.Data("ID document photos", kind="media", sensitivity="pii")
    consent = tg.Data("Background check consent", kind="documents", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        applicant = tm.add(tg.Actor("Applicant"))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Service("Onboarding API"))
        store = tm.add(tg.DataStore("Applicant document store", stores={photos, consent}))
        agent = tm.add(tg.Agent("Background check agent", autonomy="autonomous"))
        accounts = tm.add(tg.DataStore("Worker accounts"))
    tm.flow(applicant, api, photos, consent, protocol="https")
    tm.flow(api, store, photos, consent)
    tm.flow(store, agent, consent)
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"), protocol="https")
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"), protocol="https")
    tm.flow(agent, accounts, tg.Data("Onboarding status", kind="records", sensitivity="pii"))
    assert not [f for f in tm.analyze().findings if f.rule == CREDENTIAL]
    tm.flow(store, agent, photos)
    assert [f for f in tm.analyze().findings if f.rule == CREDENTIAL]


@pytest.mark.parametrize("portal", [False, True])
def test_a_staff_tablet_shows_clips_to_staff_not_to_owners_whose_records_reach_it(
    portal: bool,
) -> None:
    """Set 199's cattery (struck as wrong): staff play flagged clips on their tablet,
    which also gets owners' stay details from the app API; the owners never see clips.
    When the owners' app asks for the clips itself, the per-caller question stands."""
    tm = tg.ThreatModel("cattery", profile="high")
    clips = tg.Data("Flagged clips", kind="media", sensitivity="pii")
    records = tg.Data("Owner records", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        owner = tm.add(tg.Actor("Cat owner"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Service("Cattery app API"))
    with tm.boundary("Site", trust="internal"):
        staff = tm.add(tg.Actor("Cattery staff"))
        tablet = tm.add(tg.Device("Staff tablet"))
        hub = tm.add(tg.Service("Camera edge box"))
        store = tm.add(tg.DataStore("Flagged clip store", stores={clips}))
    tm.flow(owner, api, records, protocol="https")
    tm.flow(api, tablet, records, protocol="https", label="stay details")
    tm.flow(staff, tablet, tg.Data("Care notes", kind="records"))
    tm.flow(tablet, staff, clips, records)
    request = tg.Data("Clip request", kind="records")
    tm.flow(tablet, hub, request, protocol="https")
    tm.flow(store, hub, clips)
    tm.flow(hub, tablet, clips, protocol="https")
    if portal:
        tm.flow(api, hub, request, protocol="https")
        tm.flow(hub, api, clips, protocol="https")
        tm.flow(api, owner, clips, protocol="https")
    found = [
        f
        for f in tm.analyze().open()
        if f.rule == "stride/missing-subject-authorization" and "Cat owner" in f.explanation
    ]
    assert bool(found) == portal


@pytest.mark.parametrize(
    ("description", "raised"),
    [
        ("Hosted checkout pages; membership products and prices are configured here.", False),
        ("Hosted checkout pages.", True),
    ],
)
def test_a_provider_that_holds_the_prices_prices_the_checkout(
    description: str, raised: bool
) -> None:
    """Set 199's sauna spa (struck as weak): memberships are products whose prices are
    configured at the payment provider the checkout tool calls."""
    tm = tg.ThreatModel("sauna", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        member = tm.add(tg.Actor("Member"))
    with tm.boundary("Payment provider", trust="partner"):
        payments = tm.add(tg.ExternalService("Payment provider", description=description))
    with tm.boundary("Spa cloud", trust="internal"):
        agent = tm.add(tg.Agent("Booking agent", autonomy="autonomous"))
        tool = tm.add(tg.Tool("Membership checkout tool", capabilities={"write", "money-movement"}))
    tm.flow(member, agent, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(agent, member, tg.Data("Answer", kind="model-output"), protocol="https")
    tm.flow(agent, tool, tg.Data("Checkout request", kind="tool-call"))
    tm.flow(tool, payments, tg.Data("Checkout session", kind="records"), protocol="https")
    tm.flow(payments, tool, tg.Data("Payment link", kind="records"), protocol="https")
    tm.flow(tool, agent, tg.Data("Payment link result", kind="tool-result"))
    found = [f for f in tm.analyze().open() if f.rule == CHARGE]
    assert bool(found) == raised

"""Changes taken from the verdicts of sets 451 and 452 and the re-review of this
session's additions (``v2-round509-session-additions``):

- a decision that reaches a gate on a relay wire (a dry contact) is not sent over a
  network anything else can reach (struck WRONG on an airline lounge's gate);
- a partner's training set of personal data, in the boundary our components send the
  data into, is a copy an erasure has to reach (reviewers called the GDPR storage
  requirement met without evidence where only our own store declared a retention).
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

FORGED = "stride/forged-decision"
STORAGE = "compliance/gdpr/storage-limitation"


def _lounge(label: str) -> tg.ThreatModel:
    """The lounge's gate controller opens the motorised gate on what the access service
    decides."""
    tm = tg.ThreatModel("lounge")
    with tm.boundary("Lounge", trust="internal"):
        service = tm.add(tg.Service("Access service"))
        controller = tm.add(tg.Device("Gate controller"))
        gate = tm.add(tg.Device("Lounge entrance gate"))
    decision = tg.Data("Gate decision", kind="records")
    tm.flow(service, controller, decision, protocol="https")
    tm.flow(controller, gate, decision, label=label)
    return tm


def _forged_on(tm: tg.ThreatModel) -> set[str]:
    return {f.target.ids[0] for f in tm.analyze().open() if f.rule == FORGED}


def test_a_relay_contact_wired_to_the_gate_is_no_network() -> None:
    assert "lounge-entrance-gate" not in _forged_on(_lounge("dry-contact relay"))
    assert "lounge-entrance-gate" not in _forged_on(_lounge("hard-wired"))
    # a label that says nothing of a wire leaves it a network link
    assert "lounge-entrance-gate" in _forged_on(_lounge("open command"))


def _vendor_copy(
    *, retention_at_vendor: bool = False, vendor_trust: str = "partner"
) -> tg.ThreatModel:
    """A cable car's snapshot store keeps passengers' images 7 days and exports them
    weekly to the integrator's cloud, where its labelling stage writes them into a
    training set (set 475's cable car, re-reviewed in round 509)."""
    tm = tg.ThreatModel("cable car", frameworks={"gdpr"})
    snapshots = tg.Data("Held-cabin snapshots", kind="media", sensitivity="pii")
    labelled = tg.Data("Labelled cabin images", kind="training-data", sensitivity="pii")
    with tm.boundary("Station", trust="internal"):
        store = tm.add(
            tg.DataStore("Snapshot store", stores={snapshots}, controls={c.RetentionLimits(days=7)})
        )
    with tm.boundary("Integrator cloud", trust=vendor_trust):
        labelling = tm.add(tg.Pipeline("Snapshot labelling", stage="labeling"))
        training_set = tm.add(
            tg.Dataset(
                "Cabin training set",
                stores={labelled},
                controls={c.RetentionLimits(days=365)} if retention_at_vendor else set(),
            )
        )
        training = tm.add(tg.Pipeline("Occupancy training", stage="training"))
    tm.flow(store, labelling, snapshots, protocol="https")
    tm.flow(labelling, training_set, labelled)
    tm.flow(training_set, training, labelled)
    return tm


def _storage(tm: tg.ThreatModel) -> tg.Requirement:
    (req,) = [r for r in tm.analyze().requirements if r.id == STORAGE]
    return req


def test_a_vendors_training_set_of_our_personal_data_needs_a_retention_limit() -> None:
    req = _storage(_vendor_copy())
    assert req.status == "unmet"
    assert req.missing == ("cabin-training-set",)
    assert _storage(_vendor_copy(retention_at_vendor=True)).status == "met"


def test_our_own_zones_and_a_partner_we_send_nothing_personal_are_unchanged() -> None:
    # the same training set in a zone of ours was always listed
    assert _storage(_vendor_copy(vendor_trust="internal")).missing == ("cabin-training-set",)
    # a partner's dataset holding nothing of ours: theirs to run
    tm = tg.ThreatModel("open data", frameworks={"gdpr"})
    with tm.boundary("Research partner", trust="partner"):
        tm.add(
            tg.Dataset(
                "Public benchmark",
                stores={tg.Data("Benchmark faces", kind="training-data", sensitivity="pii")},
            )
        )
    with tm.boundary("Office", trust="internal"):
        tm.add(tg.Service("Reports"))
    assert _storage(tm).status != "unmet"


POISONING = "ai/training-data-poisoning"


def _platform(*, uploads: bool = False) -> tg.ThreatModel:
    """Passengers stand in front of a platform camera, whose clips are labelled by our
    staff and retrained on (a railway's platform gap model); with ``uploads`` they also
    send photos through an app."""
    tm = tg.ThreatModel("platform")
    clip = tg.Data("Platform clip", kind="media", sensitivity="pii")
    with tm.boundary("Platform", trust="untrusted"):
        passenger = tm.add(tg.Actor("Passenger"))
    with tm.boundary("Railway", trust="internal"):
        camera = tm.add(tg.Device("Platform camera"))
        store = tm.add(tg.DataStore("Clip store", stores={clip}))
        labeller = tm.add(tg.Actor("Safety analyst"))
        ds = tm.add(tg.Dataset("Gap training set", purpose="training"))
        job = tm.add(tg.Pipeline("Gap model training", stage="training"))
        api = tm.add(tg.Service("Report API"))
    tm.flow(passenger, camera, clip, label="filmed on the platform")
    tm.flow(camera, store, clip, protocol="https")
    tm.flow(store, ds, clip)
    tm.flow(labeller, ds, tg.Data("Gap labels", kind="labels"))
    tm.flow(ds, job, tg.Data("Training clips", kind="training-data"))
    if uploads:
        photo = tg.Data("Reported photo", kind="media", sensitivity="pii")
        tm.flow(passenger, api, photo, protocol="https")
        tm.flow(api, store, photo)
    return tm


def test_people_who_are_only_filmed_poison_nothing() -> None:
    """Reviewers struck the finding on 12 of the 14 designs whose only way in was people
    a camera of ours films ("poisoning through being filmed would need sustained,
    coordinated presence"); a person who also sends us photos still counts."""
    assert not [f for f in _platform().analyze().open() if f.rule == POISONING]
    (f,) = [f for f in _platform(uploads=True).analyze().open() if f.rule == POISONING]
    assert "Passenger" in f.explanation


def _newsroom(description: str) -> tg.ThreatModel:
    """A community radio's newsroom web app checks volunteers' sign-ins against its
    account table, and drafts bulletins with a hosted LLM from press releases anyone
    can e-mail in (set 453)."""
    tm = tg.ThreatModel("radio")
    accounts = tg.Data(
        "Volunteer accounts", kind="credentials", sensitivity="pii", description=description
    )
    with tm.boundary("Internet", trust="untrusted"):
        sender = tm.add(tg.Actor("Press officer"))
        llm = tm.add(tg.LLM("Hosted LLM"))
    with tm.boundary("Station", trust="internal"):
        app = tm.add(tg.Service("Newsroom web app"))
        store = tm.add(tg.DataStore("Volunteer account database", stores={accounts}))
    tm.flow(sender, app, tg.Data("Press release", kind="documents"), protocol="https")
    tm.flow(app, llm, tg.Data("Bulletin prompt", kind="prompt"), protocol="https")
    tm.flow(llm, app, tg.Data("Draft bulletin", kind="model-output"), protocol="https")
    tm.flow(app, store, accounts, label="sign-in check")
    tm.flow(store, app, accounts, label="sign-in check")
    return tm


def test_accounts_described_as_password_hashes_are_what_a_sign_in_checks() -> None:
    """Struck WRONG on set 453's radio ("the web app reading its own account table to
    check sign-ins is the design") and on two earlier designs whose account data say
    in their description that they are names, e-mail addresses and password hashes."""
    hashes = "Names, e-mail addresses and password hashes of volunteers."
    assert not [f for f in _newsroom(hashes).analyze().open() if f.rule == "ai/exposed-credentials"]
    # accounts said to hold an API token are still a key within reach
    assert [
        f
        for f in _newsroom("Each volunteer's API token for the playout system.").analyze().open()
        if f.rule == "ai/exposed-credentials"
    ]


def _rebooking(*, rebook_writes: bool) -> tg.ThreatModel:
    """A driving test agency's agent looks bookings up and moves them for candidates
    through its tools, straight on the booking database (set 454)."""
    tm = tg.ThreatModel("driving tests")
    booking = tg.Data("Test booking", kind="records", sensitivity="pii")
    query = tg.Data("Booking query", kind="tool-call")
    with tm.boundary("Internet", trust="untrusted"):
        candidate = tm.add(tg.Actor("Test candidate"))
    with tm.boundary("Agency cloud", trust="internal"):
        agent = tm.add(tg.Agent("Scheduling agent"))
        lookup = tm.add(tg.Tool("Booking lookup tool", capabilities={"read"}))
        rebook = tm.add(tg.Tool("Rebooking tool", capabilities={"read", "write"}))
        db = tm.add(tg.DataStore("Booking database", stores={booking}))
    tm.flow(candidate, agent, tg.Data("Chat message", kind="prompt"), protocol="https")
    tm.flow(agent, candidate, tg.Data("Agent reply", kind="model-output"), protocol="https")
    tm.flow(lookup, agent, booking)
    tm.flow(rebook, agent, booking)
    tm.flow(agent, lookup, query)
    tm.flow(agent, rebook, query)
    tm.flow(lookup, db, query)
    tm.flow(db, lookup, booking)
    tm.flow(rebook, db, booking if rebook_writes else query)
    tm.flow(db, rebook, booking)
    return tm


def test_a_tool_that_writes_back_is_said_to_change_records_too() -> None:
    """Set 454's reviewer kept the per-caller finding on the booking database and still
    named as missing that the rebooking tool moves anyone's test: the finding now says
    the tools that write records back can change another person's, naming them (not a
    lookup that sends only its query)."""
    (f,) = [
        f
        for f in _rebooking(rebook_writes=True).analyze().open()
        if f.rule == "stride/missing-subject-authorization"
    ]
    assert "Rebooking tool writes to it too" in f.explanation
    assert "Booking lookup tool writes" not in f.explanation
    (g,) = [
        f
        for f in _rebooking(rebook_writes=False).analyze().open()
        if f.rule == "stride/missing-subject-authorization"
    ]
    assert "changed as well as seen" not in g.explanation

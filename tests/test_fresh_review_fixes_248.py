"""Fixes from held-out set 248's verdicts (v2-round300-fresh248) that are not in a file
of their own: a form handed over at the counter is no file an outsider made."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c

PARSING = "stride/untrusted-file-parsing"


@pytest.mark.parametrize(("protocol", "raised"), [(None, False), ("usb", True)])
def test_a_form_handed_to_our_staff_is_photographed_by_us(
    protocol: str | None, raised: bool
) -> None:
    """The tattoo studio: clients hand the signed form to front-desk staff, who
    photograph it with the studio's tablet; the back end opens the photo. Struck as
    wrong: no outsider made that file. A file brought on a USB stick still counts."""
    tm = tg.ThreatModel("studio", profile="high")
    form = tg.Data("Signed consent form photo", kind="documents", sensitivity="regulated")
    text = tg.Data("Form text", kind="records", sensitivity="regulated")
    with tm.boundary("Internet", trust="untrusted"):
        client = tm.add(tg.Actor("Client", role="customer"))
    with tm.boundary("Studio", trust="internal"):
        staff = tm.add(tg.Actor("Front-desk staff"))
        tablet = tm.add(tg.Device("Front-desk tablet", fleet=True))
    with tm.boundary("Cloud", trust="internal"):
        back_end = tm.add(tg.Service("Studio back end"))
        store = tm.add(tg.DataStore("Records", stores={text}))
    tm.flow(client, staff, form, protocol=protocol, label="handed over at the counter")
    tm.flow(staff, tablet, form, label="photographed on the tablet")
    tm.flow(tablet, back_end, form, protocol="https")
    tm.flow(back_end, store, text)
    found = [f for f in tm.analyze().open() if f.rule == PARSING]
    assert bool(found) == raised


ALERT = "ai/alert-waits-on-model"


@pytest.mark.parametrize(("console_opens", "raised"), [(True, False), (False, True)])
def test_a_console_that_sends_the_door_the_same_command_is_another_way(
    console_opens: bool, raised: bool
) -> None:
    """The escape room: the hint agent releases the emergency door through a tool only
    when its LLM says so, but the game master's console, which the puzzle events reach
    too, sends the lock the same unlock command. Struck as wrong: the door does not wait
    on the model. Without the console's command it does."""
    tm = tg.ThreatModel("escape room", profile="high")
    events = tg.Data("Puzzle state events", kind="records")
    unlock = tg.Data("Door unlock command")
    with tm.boundary("Rooms", trust="untrusted"):
        players = tm.add(tg.Actor("Players", role="customer"))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    with tm.boundary("Venue", trust="internal"):
        props = tm.add(tg.Device("Puzzle prop controller"))
        lock = tm.add(tg.Device("Emergency door lock"))
        console = tm.add(tg.Service("Game master console"))
        agent = tm.add(tg.Agent("Hint agent", autonomy="autonomous"))
        release = tm.add(tg.Tool("Emergency door release tool", capabilities={"write"}))
    tm.flow(players, props, tg.Data("Prop interactions"), label="in person")
    tm.flow(props, agent, events, protocol="mqtt")
    tm.flow(props, console, events, protocol="mqtt")
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"), protocol="https")
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"), protocol="https")
    tm.flow(agent, release, tg.Data("Release emergency door call", kind="tool-call"))
    tm.flow(release, lock, unlock, protocol="http")
    tm.flow(lock, console, tg.Data("Door lock status"), protocol="http")
    if console_opens:
        tm.flow(console, lock, unlock, protocol="http", label="manual open")
    found = [f for f in tm.analyze().open() if f.rule == ALERT]
    assert bool(found) == raised


EVASION = "ai/adversarial-evasion"


@pytest.mark.parametrize(
    ("approver", "raised"), [("the volunteer who took it", False), ("the coordinator", True)]
)
def test_people_who_confirm_the_reading_do_not_evade_it(approver: str, raised: bool) -> None:
    """The community fridge: a volunteer photographs a label in the charity's app, a
    model reads the use-by date and allergens, and the same volunteer confirms or
    corrects the reading. Struck as wrong: they could simply type a wrong date. When
    someone else confirms it, the finding stays."""
    tm = tg.ThreatModel("fridge", profile="high")
    photo = tg.Data("Label photo", kind="media", sensitivity="internal")
    reading = tg.Data("Use-by and allergen reading", kind="model-output", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))
        app = tm.add(tg.Device("Volunteer phone app", fleet=False))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Service("Donation API"))
        reader = tm.add(
            tg.Model(
                "Label reader",
                task="detector",
                high_stakes=True,
                controls={c.HumanInTheLoop(approver=approver)},
            )
        )
        listing = tm.add(tg.DataStore("Listing", stores={reading}))
    tm.flow(volunteer, app, photo, label="photographed")
    tm.flow(app, api, photo, protocol="https")
    tm.flow(api, reader, photo)
    tm.flow(reader, listing, reading)
    found = [f for f in tm.analyze().open() if f.rule == EVASION]
    assert bool(found) == raised


FAIL_OPEN = "ai/fail-open-check"


@pytest.mark.parametrize(
    ("approval", "raised"),
    [
        (c.HumanInTheLoop(approver="the volunteer who took it confirms each reading"), False),
        (c.HumanInTheLoop(approver="the coordinator reviews every flag"), True),
        (None, True),
    ],
)
def test_a_check_whose_every_verdict_a_person_confirms_does_not_fail_open(
    approval: c.HumanInTheLoop | None, raised: bool
) -> None:
    """The community fridge: the API waits on a high-stakes reader, and a volunteer
    confirms or corrects every reading before it is listed. Struck as wrong: the reader
    is no gate anything passes unseen. An approval only of what it flags still leaves
    the rest to pass unchecked while it is down."""
    tm = tg.ThreatModel("fridge", profile="high")
    photo = tg.Data("Label photo", kind="media", sensitivity="internal")
    reading = tg.Data("Allergen reading", kind="model-output", sensitivity="internal")
    record = tg.Data("Donation record", kind="records", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Service("Donation API"))
        reader = tm.add(
            tg.Model(
                "Food hazard detector",
                task="detector",
                high_stakes=True,
                controls={approval} if approval else set(),
            )
        )
        db = tm.add(tg.DataStore("Inventory database", stores={record, photo}))
    tm.flow(volunteer, api, photo, protocol="https")
    tm.flow(api, reader, photo)
    tm.flow(reader, api, reading)
    tm.flow(api, db, record, photo)
    found = [f for f in tm.analyze().open() if f.rule == FAIL_OPEN]
    assert bool(found) == raised


SUBJECT = "stride/missing-subject-authorization"


@pytest.mark.parametrize(("tablet_forwards_jobs", "visitor_named"), [(False, False), (True, True)])
def test_who_booked_a_job_is_not_the_assistant_s_caller(
    tablet_forwards_jobs: bool, visitor_named: bool
) -> None:
    """The repair café: visitors book jobs through the platform, which sends the day's
    job list to the café tablet; volunteers ask the repair assistant from that tablet,
    and the assistant reads the records. Struck as wrong: visitors never call the
    assistant, which the tablet sends only the volunteer's question. When the platform
    and the tablet pass each visitor's registration on to it, their requests do."""
    tm = tg.ThreatModel("repair cafe", profile="high")
    job = tg.Data("Item registration", kind="records", sensitivity="pii")
    jobs = tg.Data("Repair job list", kind="records", sensitivity="pii")
    question = tg.Data("Fault question", kind="prompt", sensitivity="internal")
    answer = tg.Data("Repair suggestion", kind="model-output", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        visitor = tm.add(tg.Actor("Visitor", role="customer"))
    with tm.boundary("Café", trust="internal"):
        volunteer = tm.add(tg.Actor("Volunteer repairer", role="volunteer"))
        tablet = tm.add(tg.Device("Café tablet", fleet=True))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Service("Platform API"))
        db = tm.add(tg.DataStore("Repair records database", stores={job, jobs}))
        assistant = tm.add(tg.Service("Repair assistant service"))
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    tm.flow(visitor, api, job, protocol="https")
    tm.flow(api, db, job)
    tm.flow(db, api, jobs)
    # the platform sends the tablet the day's job list; in the second variant it also
    # passes each visitor's registration on, and the tablet hands that to the assistant
    passed = [job] if tablet_forwards_jobs else []
    tm.flow(api, tablet, jobs, *passed, protocol="https")
    tm.flow(volunteer, tablet, question)
    tm.flow(tablet, assistant, question, *passed, protocol="https")
    tm.flow(db, assistant, jobs)
    tm.flow(assistant, llm, tg.Data("Prompt", kind="prompt", sensitivity="pii"), protocol="https")
    tm.flow(llm, assistant, answer, protocol="https")
    tm.flow(assistant, tablet, answer, protocol="https")
    tm.flow(tablet, volunteer, answer, jobs)
    # the conversation is logged in the records, and visitors get booking e-mails
    tm.flow(assistant, db, tg.Data("Conversation log", kind="logs", sensitivity="internal"))
    tm.flow(api, visitor, tg.Data("Booking confirmation", kind="records", sensitivity="internal"))
    found = [f for f in tm.analyze().open() if f.rule == SUBJECT]
    assert any("Visitor" in f.explanation for f in found) == visitor_named

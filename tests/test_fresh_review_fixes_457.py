"""Changes taken from reviewers' verdicts on earlier sets, made in the session of
2026-12-08 (fifty-first), while sets 457 and 458 were held out."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c

PARSING = "stride/untrusted-file-parsing"


def _on(tm: tg.ThreatModel, rule: str) -> list[str]:
    return sorted(f.target.key for f in tm.analyze().open() if f.rule == rule)


def _triage(*, vendor: bool) -> tg.ThreatModel:
    """A rowing club's damage triage (set 406): members upload photos, a service sends
    each photo with a prompt it builds to a vision LLM and files the draft it gets back."""
    tm = tg.ThreatModel("triage")
    photos = tg.Data("Damage photos", kind="media", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        member = tm.add(tg.Actor("Club member"))
    with tm.boundary("Club cloud", trust="internal"):
        form = tm.add(tg.Endpoint("Damage report form", controls={c.InputValidation()}))
        bucket = tm.add(tg.DataStore("Damage photo bucket"))
        triage = tm.add(tg.Service("Triage service"))
        board = tm.add(tg.DataStore("Repair job board"))
    zone = ("LLM vendor", "partner") if vendor else ("Club cloud", "internal")
    with tm.boundary(zone[0], trust=zone[1]):
        llm = tm.add(tg.LLM("Vision LLM", origin="third-party-api" if vendor else "in-house"))
    draft = tg.Data("Draft repair job", kind="model-output", sensitivity="internal")
    tm.flow(member, form, photos, protocol="https")
    tm.flow(form, bucket, photos)
    tm.flow(bucket, triage, photos)
    tm.flow(triage, llm, photos, tg.Data("Triage prompt", kind="prompt"), protocol="https")
    tm.flow(llm, triage, draft, protocol="https")
    tm.flow(triage, board, draft)
    return tm


def test_a_photo_handed_to_a_vendor_model_is_opened_there() -> None:
    """Struck 15 times as weak ("the service mainly forwards the photos to the LLM";
    "nothing declared says it decodes the images") on services that send an upload
    unchanged to a hosted model and keep its answer: the vendor decodes the file."""
    assert _on(_triage(vendor=True), PARSING) == []


def test_a_model_we_run_still_has_it_opened_in_our_zone() -> None:
    """A vision model we host decodes the photo in our zone: the finding stays on the
    service nearest the outside that hands the file on beside a prompt it made."""
    assert _on(_triage(vendor=False), PARSING) == ["element:triage-service"]


FLOOD = "stride/denial-of-service"


def _inspection_api(method: str) -> tg.ThreatModel:
    """Set 399's scaffolding inspections: inspectors on company phones send photos to an
    internet-facing API that signs them in, and each upload runs a vendor's vision LLM."""
    tm = tg.ThreatModel("inspections")
    photos = tg.Data("Inspection photos", kind="media", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        inspector = tm.add(tg.Actor("Inspector"))
    with tm.boundary("Company cloud", trust="internal"):
        api = tm.add(
            tg.Endpoint(
                "Inspection API",
                internet_facing=True,
                controls={c.Authentication(method=method)},
            )
        )
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Vision LLM", origin="third-party-api"))
    tm.flow(inspector, api, photos, protocol="https")
    tm.flow(api, llm, photos, tg.Data("Defect prompt", kind="prompt"), protocol="https")
    tm.flow(llm, api, tg.Data("Defect notes", kind="model-output"), protocol="https")
    return tm


def _flood(tm: tg.ThreatModel) -> list[tuple[str, str]]:
    return sorted(
        (f.status.value, f.rule)
        for f in tm.analyze().findings
        if f.rule in (FLOOD, "stride/internet-facing-flood")
    )


def test_callers_signed_in_with_mfa_answer_a_flood() -> None:
    """Struck 39 times as weak against 23 kept ("the callers are company tablets signed
    in with Entra ID and MFA"; "a flood needs a compromised account"): the entry's
    sign-in with a second factor answers the flood, which is then mitigated."""
    tm = _inspection_api("Entra ID single sign-on with MFA")
    assert _flood(tm) == [("mitigated", "stride/internet-facing-flood")]


@pytest.mark.parametrize(
    "method", ["e-mail and password", "password and SMS code", "magic link by e-mail"]
)
def test_other_sign_ins_leave_the_flood_open(method: str) -> None:
    """A password alone, or a code sent by text (which a flood of sign-ins runs up, as
    kept reviews said of SMS pumping), leaves the rate limit asked for."""
    assert _flood(_inspection_api(method)) == [("open", FLOOD)]


APPROVAL = "ai/unbound-approval"


def _appeals(*, draft_name: str = "Draft appeal decision", sender: bool = False) -> tg.ThreatModel:
    """Set 458's plagiarism appeals: a supervised agent files a draft decision through a
    tool into the case system and shows it in its chat; the misconduct officer reads the
    draft there, edits it and issues their own decision letter."""
    tm = tg.ThreatModel("appeals")
    with tm.boundary("Internet", trust="untrusted"):
        student = tm.add(tg.Actor("Student"))
    with tm.boundary("University cloud", trust="internal"):
        officer = tm.add(tg.Actor("Misconduct officer"))
        portal = tm.add(tg.Endpoint("Appeals portal"))
        cases = tm.add(tg.DataStore("Misconduct case system"))
        agent = tm.add(tg.Agent("Appeal drafting agent", autonomy="supervised"))
        tool = tm.add(tg.Tool("Draft saving tool", capabilities={"write"}))
        mailer = tm.add(tg.Service("Letter sender"))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    statement = tg.Data("Appeal statement", kind="documents", sensitivity="pii")
    draft = tg.Data(draft_name, kind="documents", sensitivity="pii")
    letter = tg.Data("Appeal decision letter", kind="documents", sensitivity="pii")
    tm.flow(student, portal, statement, protocol="https")
    tm.flow(portal, cases, statement)
    tm.flow(cases, agent, statement)
    tm.flow(agent, llm, tg.Data("LLM prompt", kind="prompt"), protocol="https")
    tm.flow(llm, agent, tg.Data("LLM completion", kind="model-output"), protocol="https")
    tm.flow(officer, agent, tg.Data("Drafting request", kind="prompt"))
    tm.flow(agent, tool, draft)
    tm.flow(tool, cases, draft)
    tm.flow(cases, officer, draft)
    tm.flow(agent, officer, draft)  # the agent shows its draft in the chat too
    tm.flow(officer, cases, letter)
    if sender:
        tm.flow(cases, mailer, draft)  # a service sends the stored draft on itself
    return tm


def test_a_draft_filed_for_colleagues_who_act_themselves_needs_no_bound_approval() -> None:
    """Sets 457 and 458 (struck as wrong: "the officer does not approve tool calls; the
    officer edits the draft and issues the decision directly"), and the same verdict
    on a probate letter tool in set 309: the colleague works on the stored draft."""
    assert _on(_appeals(), APPROVAL) == []


@pytest.mark.parametrize(
    "kwargs", [{"draft_name": "Appeal decision"}, {"sender": True}], ids=["not-a-draft", "sent-on"]
)
def test_a_step_the_tool_takes_still_needs_it(kwargs: dict[str, object]) -> None:
    """What the tool writes is the decision itself, or a service of ours takes the
    stored draft on: the approval the agent asks for is what stands in the way."""
    assert _on(_appeals(**kwargs), APPROVAL) == ["element:appeal-drafting-agent"]  # type: ignore[arg-type]


def _balloon(*, report: str | None) -> tg.Report:
    """Set 458's balloon go/no-go model (high risk): a weekly job retrains it and, in the
    design, sends the chief pilot an evaluation report; the chief pilot approves each
    release at the deployment job that loads it from the registry."""
    tm = tg.ThreatModel("balloon", profile="high")
    with tm.boundary("Operator cloud", trust="internal"):
        pilot = tm.add(tg.Actor("Chief pilot", privileged=True))
        logs = tm.add(tg.Dataset("Flight log dataset"))
        job = tm.add(tg.Pipeline("Weekly retraining job", stage="training"))
        registry = tm.add(tg.ModelRegistry("Model registry"))
        deploy = tm.add(
            tg.Pipeline(
                "Model deployment job",
                stage="deployment",
                controls={c.HumanInTheLoop(approver="the chief pilot")},
            )
        )
        model = tm.add(tg.Model("Go/no-go model", task="classifier"))
        api = tm.add(tg.Endpoint("Advice API"))
    weights = tg.Data("Go/no-go weights", kind="model-artifact")
    tm.flow(logs, job, tg.Data("Flight logs", kind="training-data"))
    tm.flow(job, registry, weights)
    tm.flow(registry, deploy, weights)
    tm.flow(deploy, model, weights)
    tm.flow(pilot, deploy, tg.Data("Model release approval", kind="records"))
    if report is not None:
        tm.flow(job, pilot, tg.Data(report, kind="records"))
    tm.flow(api, model, tg.Data("Conditions", kind="features"))
    tm.flow(model, api, tg.Data("Go/no-go advice", kind="model-output"))
    return tm.analyze()


def _gate(report: tg.Report) -> bool:
    (gate,) = [r for r in report.requirements if "validation gate" in r.title]
    return gate.met


def test_an_evaluation_report_the_approver_acts_on_is_a_gate() -> None:
    """Set 458 (struck as weak: "the architecture declares an evaluation report sent to
    the chief pilot and his approval before deployment, which is a validation gate")."""
    assert _gate(_balloon(report="Evaluation report"))


@pytest.mark.parametrize("report", [None, "Training run log"])
def test_an_approval_with_no_evaluation_report_is_no_gate(report: str | None) -> None:
    """An approval given on nothing the design shows, or on a log that is no
    evaluation, still leaves the gate unmet."""
    assert not _gate(_balloon(report=report))


LOOP = "ai/feedback-loop"


def _lambing(alert_name: str) -> tg.ThreatModel:
    """Set 457's lambing alerts: an edge box runs the distress detector on pen cameras and
    posts each alert with its clip to the cloud alert API; the flagged clips are exported
    weekly to the set an engineer labels for retraining."""
    tm = tg.ThreatModel("lambing")
    clips = tg.Data("Lambing event clips", kind="media")
    with tm.boundary("Farm shed", trust="internal"):
        cameras = tm.add(tg.Device("Pen cameras"))
        box = tm.add(tg.Service("Edge inference box"))
        model = tm.add(tg.Model("Distress detector", task="detector"))
    with tm.boundary("Farm cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Alert API"))
        store = tm.add(tg.DataStore("Cloud clip store"))
        labelled = tm.add(tg.Dataset("Labelled clip set"))
        job = tm.add(tg.Pipeline("Detector retraining", stage="training"))
        engineer = tm.add(tg.Actor("ML engineer"))
    tm.flow(cameras, box, tg.Data("Pen video", kind="media"), protocol="rtsp")
    tm.flow(box, model, tg.Data("Frames", kind="features"))
    tm.flow(model, box, tg.Data("Distress score", kind="model-output"))
    tm.flow(box, api, tg.Data(alert_name, kind="records"), clips, protocol="https")
    tm.flow(api, store, clips)
    tm.flow(store, labelled, clips, label="weekly export of flagged clips")
    tm.flow(engineer, labelled, tg.Data("Distress labels", kind="labels"))
    tm.flow(labelled, job, clips, tg.Data("Distress labels", kind="labels"))
    tm.flow(job, model, tg.Data("Detector weights", kind="model-artifact"))
    return tm


def test_alerts_an_edge_box_posts_carry_the_models_decision_back() -> None:
    """Set 457 (named missing: "retraining never sees its own misses: only clips the
    detector flagged are exported"), and the same loop named missing on a beach camera
    (set 252) and a shop's shoplifting detector (sets 16 and 81)."""
    assert _on(_lambing("Lambing alert"), LOOP) == ["element:labelled-clip-set"]


def test_other_data_an_endpoint_takes_in_is_new_input() -> None:
    """What the box posts is no decision of the model's (a heartbeat): the endpoint is a
    front door, and what comes through it is new input."""
    assert _on(_lambing("Box heartbeat"), LOOP) == []


SILENT = "ai/silent-detection-failure"


def _cab(watched: str) -> tg.ThreatModel:
    """Set 459's crane cab: an infrared camera films the operator; an edge analyser runs
    the high-stakes fatigue detector and sounds a buzzer, and sends events to the alert
    service the shift supervisor watches."""
    tm = tg.ThreatModel("crane", profile="high")
    with tm.boundary("Terminal OT network", trust="internal"):
        operator = tm.add(tg.Actor("Crane operator"))
        camera = tm.add(tg.Device("Cab infrared camera", fleet=True))
        edge = tm.add(tg.Service("Crane edge analyser"))
        model = tm.add(tg.Model("Fatigue detector", task="detector", high_stakes=True))
        alerts = tm.add(tg.Service("Fatigue alert service"))
        supervisor = tm.add(tg.Actor("Shift supervisor"))
    tm.flow(operator, camera, tg.Data(watched, kind="media"), label="seen in the cab")
    tm.flow(camera, edge, tg.Data("Cab camera feed", kind="media"), protocol="rtsp")
    tm.flow(edge, model, tg.Data("Face frames", kind="features"), protocol="local")
    tm.flow(model, edge, tg.Data("Fatigue score", kind="model-output"), protocol="local")
    tm.flow(edge, alerts, tg.Data("Fatigue event", kind="records"), protocol="mqtt")
    tm.flow(alerts, supervisor, tg.Data("Fatigue alert", kind="records"), protocol="https")
    return tm


def test_a_camera_filming_the_person_it_warns_about_watches_live() -> None:
    """Set 459 (named missing: "nothing detects the safety function failing silently"),
    and the same gap named on a bus driver's fatigue camera, a forklift's pedestrian
    detector and a tram's door cameras: the operator in view of the camera is filmed,
    not working it, and its silence reads as all clear."""
    assert _on(_cab("Cab infrared video"), SILENT) == ["element:fatigue-detector"]


def test_a_photograph_a_person_has_taken_is_no_live_watch() -> None:
    """A still photograph of a person (a retinal photograph, a car photographed at the
    counter) is taken per case: a missing answer is noticed, not read as all clear."""
    assert _on(_cab("Operator photograph"), SILENT) == []


def _entry_desk(label: str) -> tg.ThreatModel:
    """Set 462's water park: a guest gives their details at the entry desk, where staff
    work the ticketing system behind their own logins; the system keeps the guests in a
    database."""
    tm = tg.ThreatModel("water park")
    details = tg.Data("Day ticket and guest details", kind="records", sensitivity="pii")
    with tm.boundary("Park entrance", trust="untrusted"):
        guest = tm.add(tg.Actor("Guest"))
    with tm.boundary("Park server room", trust="internal"):
        ticketing = tm.add(
            tg.Service(
                "Ticketing system",
                controls={c.Authentication(method="individual staff login and password")},
            )
        )
        db = tm.add(tg.DataStore("Guest ticket database", stores={details}))
    tm.flow(guest, ticketing, details, label=label)
    tm.flow(ticketing, db, details)
    return tm


@pytest.mark.parametrize("label", ["at the entry desk", "handed in at the counter"])
def test_details_given_at_a_desk_are_no_sign_in_and_no_link(label: str) -> None:
    """Set 462 (struck as wrong twice: "guests do not sign in, they hand over their
    details at the entry desk"; "there is no network channel to encrypt"), and a soft
    play centre's reception app struck the same way in set 211."""
    tm = _entry_desk(label)
    assert _on(tm, "stride/password-only-sign-in") == []
    assert _on(tm, "hygiene/undeclared-protocol") == []


def test_details_sent_from_outside_are_a_sign_in() -> None:
    """The same flow with nothing saying it is in person is the guest's own sign-in
    from outside, and a link whose protection is not declared."""
    tm = _entry_desk("online booking")
    assert _on(tm, "stride/password-only-sign-in") == ["element:ticketing-system"]
    assert _on(tm, "hygiene/undeclared-protocol") == ["model"]

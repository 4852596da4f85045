"""Gate-touch judging model for a canoe slalom World Cup venue: the first design.

Fixed course cameras cover every gate section. A capture server on the venue's
course network records the streams and feeds frames to an in-house detector on an
edge GPU server, which flags gate touches (2 s) and missed gates (50 s) per bib with
a confidence. The judging server turns each detection into a proposed penalty and
pushes it, with a short review clip, to the section's gate judge on an event
tablet; the judge confirms, changes or rejects it, and can still call penalties by
eye when nothing is proposed. The chief judge rules on disputed calls from the
replays. Confirmed penalties go to the timing partner's scoring system, which sends
the start list back. After each event the clips and the judges' decisions train the
next detector in the federation's cloud; a validated, versioned ONNX model is
deployed before the next race. Judges sign in with their own PIN, and every
proposal, decision and ruling is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canoe slalom gate-touch judging",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Detects gate touches and missed gates from course cameras and proposes "
        "penalties to gate judges for confirmation."
    ),
)

# ---------------------------------------------------------------- data assets
course_video = tg.Data(
    "Course camera video",
    kind="media",
    sensitivity="pii",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Athletes on the course, identifiable by bib and face.",
)
frames = tg.Data("Gate section frames", kind="media", sensitivity="pii")
detections = tg.Data(
    "Gate touch and miss detections",
    kind="model-output",
    description="Bib, gate number, touch or miss, confidence and timestamp.",
)
start_list = tg.Data(
    "Start list and run times",
    kind="records",
    sensitivity="pii",
    description="Athletes' names, nations, bibs and start and finish times.",
)
proposal = tg.Data("Proposed penalty", kind="records")
clip = tg.Data("Review clip", kind="media", sensitivity="pii")
decision = tg.Data(
    "Judge penalty decision",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ruling = tg.Data("Chief judge ruling", kind="records")
penalties = tg.Data(
    "Confirmed penalties",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
labels = tg.Data("Judge decision labels", kind="labels")
weights = tg.Data("Detector model", sensitivity="confidential", format="onnx")
approval = tg.Data("Release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Venue course network", trust="internal"):
    # One camera per gate section, on a dedicated VLAN.
    cameras = tm.add(tg.Device("Course cameras"))
    # Records every stream and cuts frames for the detector.
    capture = tm.add(tg.Service("Video capture server"))
    # All race footage, for video review and later training.
    archive = tm.add(
        tg.DataStore(
            "Footage archive",
            stores={course_video},
            controls={c.RBAC(note="chief judge and the ML team only")},
        )
    )
    # The detector, on the edge GPU server beside the capture server.
    detector = tm.add(
        tg.Model(
            "Gate-touch detector",
            task="detector",
            origin="in-house",
            returns_scores=True,
            high_stakes=True,
            description="Flags gate touches and missed gates per bib; a penalty costs 2 s or 50 s.",
        )
    )
    # Matches detections to runs, proposes penalties, collects decisions.
    judging = tm.add(
        tg.Service(
            "Judging server",
            controls={
                c.HumanInTheLoop(
                    approver="the gate judge of the section; the chief judge for disputes"
                ),
                c.Authentication(method="each judge's own PIN on an MDM-enrolled event tablet"),
                c.AuditLogging(note="every proposal, decision and ruling, with the clip id"),
                c.FailClosed(
                    fallback="if the detector is down, gate judges call penalties by eye on the tablets"
                ),
            },
        )
    )
    # Rules on disputed calls and video-review requests from team leaders.
    chief_judge = tm.add(tg.Actor("Chief judge", role="chief judge", privileged=True))

with tm.boundary("Judging Wi-Fi", trust="internal"):
    # Event tablets at each gate section showing proposals and clips.
    tablets = tm.add(tg.Device("Judge tablets"))
    # Watches their gates and confirms, changes or rejects each proposal.
    gate_judge = tm.add(tg.Actor("Gate judge", role="gate judge"))

with tm.boundary("Timing partner", trust="partner"):
    # Official timing and scoring: adds penalties to run times and publishes results.
    timing = tm.add(tg.ExternalService("Timing and scoring system"))

with tm.boundary("Federation cloud", trust="internal"):
    # Clips from past events with the judges' decisions as labels.
    dataset = tm.add(tg.Dataset("Labelled gate clips", stores={course_video, labels}))
    # Retrains the detector between events and checks it on held-out runs.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage="training",
            controls={c.ModelValidation(note="held-out runs from earlier events")},
        )
    )
    # Versions of the detector; the one for an event is pinned before it starts.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Federation office", trust="internal"):
    # Trains the detector and approves the version for the next event.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, capture, course_video, protocol="rtsp")
tm.flow(capture, archive, course_video)
tm.flow(capture, detector, frames, protocol="grpc")
tm.flow(detector, judging, detections, protocol="grpc")

tm.flow(timing, judging, start_list, protocol="https")
tm.flow(judging, tablets, proposal, clip, protocol="wss")
tm.flow(tablets, gate_judge, proposal, clip, label="on the touchscreen")
tm.flow(gate_judge, tablets, decision, label="on the touchscreen")
tm.flow(tablets, judging, decision, protocol="wss")

tm.flow(archive, judging, clip, label="replay for video review")
tm.flow(judging, chief_judge, proposal, decision, clip, protocol="https")
tm.flow(chief_judge, judging, ruling, protocol="https")
tm.flow(judging, timing, penalties, protocol="https")

tm.flow(archive, dataset, course_video, protocol="https", label="post-event upload of gate clips")
tm.flow(judging, dataset, labels, protocol="https", label="post-event export of decisions")
tm.flow(dataset, training, course_video, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, protocol="https", label="approves the event version")
tm.flow(registry, detector, weights, protocol="https", label="deploy before the event")

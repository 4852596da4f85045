"""Kart track incident agent: the first design, before any security review.

An indoor karting venue in the UK runs arrive-and-drive sessions, junior leagues and
corporate events. IP cameras cover every corner; a detector on the venue GPU server
flags contacts, spins and blocking, and the transponder timing system reports laps and
positions. An LLM agent on the venue server (its model a hosted API) combines the two,
judges whether an incident is a collision or dangerous driving, messages the marshals'
handsets so they can flag or stop a kart, bookmarks the clip and writes a provisional
penalty to the race results. The race director reviews each penalty with its clip in
the race control console and confirms or drops it; only confirmed results go to the
timing vendor's online results portal that drivers check. Race control signs in with
a username and password, the results tool may only add provisional penalties, and
recorded video is kept 30 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kart track incident agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags collisions and dangerous driving from track cameras and lap timing, "
    "alerts marshals and proposes penalties for the race director to confirm.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Track camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live streams of identifiable drivers, juniors included, and spectators at the barriers.",
)
detections = tg.Data(
    "Contact and collision detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Camera, timestamp, kart numbers seen, event type and confidence.",
)
laps = tg.Data(
    "Lap times and positions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Live timing per transponder, linked to the driver's registered name.",
)
prompt = tg.Data(
    "Incident prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Session rules, the detections, timing around the event and driver names.",
)
completion = tg.Data("Agent model response", kind="model-output", sensitivity=tg.Sensitivity.PII)
marshal_msg = tg.Data(
    "Marshal incident message",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Corner, kart number and what to do: yellow flag, warn, black flag, stop kart.",
)
ack = tg.Data("Marshal acknowledgement", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
penalty = tg.Data(
    "Proposed penalty",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Driver, session, penalty type and the reason the agent gives.",
)
results = tg.Data(
    "Race results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Classification, best laps and penalties per session; league points for juniors.",
)
bookmark = tg.Data("Clip bookmark", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data(
    "Incident clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Recorded video around each flagged incident.",
)
confirmation = tg.Data(
    "Penalty confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The race director confirms, changes or drops each provisional penalty.",
)
published = tg.Data(
    "Published results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed results with driver names or nicknames, as drivers see them online.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers look up their results after the session.
    driver = tm.add(tg.Actor("Driver", role="customer"))

with tm.boundary("Timing vendor cloud", trust=tg.Trust.PARTNER):
    # The timing vendor's hosted results site, fed by the venue.
    portal = tm.add(
        tg.ExternalService(
            "Online results portal",
            description="The timing vendor's public results and league tables site.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("Venue network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Camera VLAN", trust=tg.Trust.INTERNAL):
        # The eyes on the track: one camera per corner and the pit lane.
        cameras = tm.add(tg.Device("Track cameras", description="Fixed PoE IP cameras."))

    # Turns video into incident candidates the agent can reason about.
    detector = tm.add(
        tg.Model(
            "Incident detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-weights object detector and tracker fine-tuned on the venue's "
            "footage; flags contact, spins and blocking on the venue GPU server.",
        )
    )
    # The venue's transponder timing software; the source of laps and the raw classification.
    timing = tm.add(
        tg.Service(
            "Lap timing server",
            description="Vendor timing software reading the transponder loop decoder.",
        )
    )
    # The agent that decides what is an incident and what to do about it.
    agent = tm.add(
        tg.Agent(
            "Incident agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Combines detections with live timing, messages marshals and "
            "proposes penalties.",
            controls={
                c.HumanInTheLoop(
                    approver="the race director",
                    note="penalties wait for the race director; marshal messages go out directly",
                ),
            },
        )
    )
    # How the agent reaches marshals during a session.
    messaging = tm.add(
        tg.Tool(
            "Marshal messaging tool",
            capabilities={"send-messages"},
            description="Pushes a message to the marshal app on the handsets at one corner or all.",
        )
    )
    # How the agent records a penalty; provisional until the director confirms.
    results_tool = tm.add(
        tg.Tool(
            "Results adjustment tool",
            capabilities={"read", "write"},
            description="Adds a provisional penalty to a session's results.",
            controls={
                c.LeastPrivilegeTools(
                    note="can add provisional penalty entries only; cannot edit laps or confirm"
                ),
            },
        )
    )
    # System of record for sessions, results and penalties.
    results_db = tm.add(
        tg.DataStore("Race results database", stores={results, penalty, confirmation})
    )
    # Continuous recording, so incidents can be reviewed after the fact.
    clip_store = tm.add(
        tg.DataStore(
            "Video recorder",
            stores={clips, bookmark},
            description="Network video recorder keeping all track cameras.",
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Where the race director reviews clips and confirms penalties.
    console = tm.add(
        tg.Endpoint(
            "Race control console",
            purpose=tg.EndpointPurpose.API,
            description="Web app on the race control PC and the director's tablet.",
            controls={c.Authentication(method="username and password")},
        )
    )
    # The person who confirms or drops each penalty.
    director = tm.add(tg.Actor("Race director", role="race director", privileged=True))
    # Venue-issued phones running the marshal app.
    handsets = tm.add(tg.Device("Marshal handsets", description="Venue phones on the staff Wi-Fi."))
    # Track staff who act on the messages at the corners.
    marshal = tm.add(tg.Actor("Marshal", role="track marshal"))

# ---------------------------------------------------------------- flows
# seeing the track
tm.flow(cameras, detector, video, protocol="rtsp")
tm.flow(cameras, clip_store, video, protocol="rtsp", label="continuous recording")
tm.flow(detector, agent, detections)
tm.flow(timing, agent, laps, label="live timing feed")

# reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# marshals
tm.flow(agent, messaging, marshal_msg)
tm.flow(messaging, handsets, marshal_msg, protocol="https")
tm.flow(handsets, marshal, marshal_msg, label="on screen")
tm.flow(marshal, handsets, ack, label="tap to acknowledge")
tm.flow(handsets, messaging, ack, protocol="https")
tm.flow(messaging, agent, ack)

# penalties and results
tm.flow(agent, clip_store, bookmark)
tm.flow(agent, results_tool, penalty)
tm.flow(results_tool, results_db, penalty)
tm.flow(results_db, results_tool, results)
tm.flow(results_tool, agent, results)
tm.flow(timing, results_db, results, label="session classification")
tm.flow(results_db, console, results, penalty)
tm.flow(clip_store, console, clips, bookmark)
tm.flow(console, director, results, penalty, clips, protocol="https")
tm.flow(director, console, confirmation, protocol="https")
tm.flow(console, results_db, confirmation)
tm.flow(results_db, portal, published, protocol="https", label="publish confirmed results")
tm.flow(portal, driver, published, protocol="https")

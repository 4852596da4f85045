"""Race tracking and protest drafting for a radio-controlled model yacht club.

On race days an IP camera on a mast at the pond films the course. A tracking
service on the clubhouse PC runs an open-weights yacht detector on the stream,
follows each boat by sail number against the day's entries and course, and logs
collisions, missed marks and other course infringements with a short clip. Skippers
lodge protests from their phones through a form on the club website, signed in with
their member login. The race officer pulls the protests into a console on the
clubhouse PC and asks a rules agent to draft a decision: the agent, backed by a
hosted LLM, reads the protest, looks up the logged incidents and stills, checks the
Racing Rules of Sailing (Appendix E) and writes a draft decision. The race officer
confirms or rewrites every decision before results are published on the website.
The console uses one shared race-team password; the agent's step count is capped.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Model yacht race tracking and rules agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Tracks RC yachts from a shore camera, logs incidents and drafts "
    "protest decisions for the race officer.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Pond video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The course from the mast; skippers on the bank are at the frame's edge.",
)
detections = tg.Data("Yacht detections", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
entries = tg.Data(
    "Course and entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Mark positions, skipper names, sail numbers and radio channels.",
)
incident_log = tg.Data(
    "Incident log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Time, boats involved, positions and type of each detected incident.",
)
clips = tg.Data("Incident clips", kind="media", sensitivity=tg.Sensitivity.PII)
protest = tg.Data(
    "Protest",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text written by the protesting skipper, with boats and leg.",
)
drafting_request = tg.Data(
    "Decision drafting request", kind="prompt", sensitivity=tg.Sensitivity.PII
)
rules_text = tg.Data(
    "Racing rules and sailing instructions",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Incident lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data("Incidents and stills", kind="tool-result", sensitivity=tg.Sensitivity.PII)
draft_call = tg.Data("Draft decision write", kind="tool-call", sensitivity=tg.Sensitivity.PII)
draft_decision = tg.Data(
    "Draft protest decision",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Facts found, rules applied and the proposed penalty.",
)
final_decision = tg.Data(
    "Confirmed protest decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
results = tg.Data("Race results", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members racing; they lodge protests and read results on their phones.
    skipper = tm.add(tg.Actor("Skipper", role="club member"))

with tm.boundary("Web host", trust=tg.Trust.PARTNER):
    # The club's website: protest form for members, results pages for everyone.
    website = tm.add(
        tg.Endpoint(
            "Club website",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="member e-mail and password")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Clubhouse network", trust=tg.Trust.INTERNAL):
    # Runs the race; reviews every draft and confirms or rewrites it.
    race_officer = tm.add(tg.Actor("Race officer", role="race officer"))
    # Fixed IP camera on the mast overlooking the course.
    camera = tm.add(tg.Device("Shore camera", fleet=False))
    # Follows each yacht and logs collisions and course infringements.
    tracker = tm.add(
        tg.Service(
            "Race tracking service",
            description="Runs the detector per frame, tracks boats by sail number, "
            "checks mark roundings and overlaps against the course.",
        )
    )
    # Open-weights object detector fine-tuned by a member on club footage.
    detector = tm.add(
        tg.Model(
            "Yacht detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="YOLO-style model fine-tuned to find hulls and sail numbers.",
        )
    )
    # Entries, course, incident log and decisions for each race day.
    race_db = tm.add(
        tg.DataStore(
            "Race database", stores={entries, incident_log, draft_decision, final_decision}
        )
    )
    # Short clips around each logged incident, kept for the protest period.
    footage = tm.add(
        tg.DataStore(
            "Incident footage store",
            stores={clips},
            controls={c.RetentionLimits(days=30, note="deleted after the protest period")},
        )
    )
    # The race officer's screen: pulls protests, asks for drafts, publishes results.
    console = tm.add(
        tg.Endpoint(
            "Race officer console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared race-team password")},
        )
    )
    # LLM agent that drafts protest decisions from the evidence and the rules.
    agent = tm.add(
        tg.Agent(
            "Rules agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the race officer confirms every decision"),
                c.CircuitBreaker(max_steps=15),
            },
        )
    )
    # Appendix E of the Racing Rules of Sailing, class rules and sailing instructions.
    rules_library = tm.add(tg.DataStore("Rules library", stores={rules_text}))
    # Reads logged incidents and stills for the boats and time in a protest.
    lookup_tool = tm.add(tg.Tool("Incident lookup tool", capabilities={"read"}))
    # Writes the agent's draft into the race database's drafts table.
    draft_tool = tm.add(
        tg.Tool(
            "Draft decision tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="may only insert into the drafts table")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(camera, tracker, video, protocol="rtsp")
tm.flow(tracker, detector, video, label="frames")
tm.flow(detector, tracker, detections)
tm.flow(race_db, tracker, entries)
tm.flow(tracker, race_db, incident_log)
tm.flow(tracker, footage, clips)

tm.flow(skipper, website, protest, protocol="https")
tm.flow(website, console, protest, protocol="https", label="new protests")
tm.flow(race_officer, console, drafting_request, final_decision, label="at the clubhouse PC")
tm.flow(console, race_officer, draft_decision, clips, label="at the clubhouse PC")
tm.flow(footage, console, clips)

tm.flow(console, agent, drafting_request, protest)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(rules_library, agent, rules_text)
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(race_db, lookup_tool, incident_log, entries)
tm.flow(footage, lookup_tool, clips)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, draft_tool, draft_call)
tm.flow(draft_tool, race_db, draft_decision)
tm.flow(agent, console, draft_decision)

tm.flow(race_db, console, draft_decision)
tm.flow(console, race_db, final_decision)
tm.flow(console, website, results, final_decision, protocol="https")
tm.flow(website, skipper, results, final_decision, protocol="https")

"""Missing person search planning agent: the first design, before any security review.

A volunteer lowland search and rescue team in England is called out by the police
through the national callout system, which forwards the police missing person report
by e-mail. The search manager opens the incident in a web planning console (team cloud
tenancy, used from the control vehicle over 4G). A planning agent built on a hosted LLM
reads the report, looks up terrain and paths through a map tool, reads the GPS tracks
already walked by searchers and the list of members and dog teams who responded, and
proposes search sectors with an assignment of dog teams and foot searchers to each.
The search manager reviews and approves the plan; only then does the assignment tool
record it in the incident log and text each team its sector. Searchers carry GPS
trackers that upload their tracks during the search.
Controls today: HTTPS on internet links, Google Workspace sign-in with 2-step verification
for the console, per-tracker API keys, an audit trail on the incident log, provider
encryption at rest, and the search manager's approval before assignments go out.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Missing person search sector planning agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that divides a search area into sectors from the police report and "
        "GPS tracks, and proposes dog team and searcher assignments for approval."
    ),
)

# ---------------------------------------------------------------- data assets
mp_report = tg.Data(
    "Police missing person report",
    sensitivity="regulated",
    kind="documents",
    description=(
        "Name, photo, description, last seen location, medical and mental health "
        "conditions, risk grading and police search advice."
    ),
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
manager_instructions = tg.Data(
    "Search manager instructions",
    sensitivity="confidential",
    kind="prompt",
    description="Search area, priorities and constraints typed by the search manager.",
)
planning_request = tg.Data(
    "Planning request",
    sensitivity="regulated",
    kind="prompt",
    description="The report text and the manager's instructions, passed to the agent.",
)
llm_prompt = tg.Data("Planning prompt with context", sensitivity="regulated", kind="prompt")
llm_completion = tg.Data("LLM completion", sensitivity="regulated", kind="model-output")
proposed_plan = tg.Data(
    "Proposed sectors and assignments",
    sensitivity="confidential",
    kind="model-output",
    description="Sector polygons, probability ranking and the team proposed for each.",
)
map_query = tg.Data("Search area map query", sensitivity="internal", kind="tool-call")
map_data = tg.Data(
    "Map and terrain data",
    sensitivity="public",
    kind="records",
    description="Paths, watercourses, field boundaries, woodland and elevation tiles.",
)
terrain_result = tg.Data("Terrain features for the area", sensitivity="public", kind="tool-result")
tracks = tg.Data(
    "Searcher GPS tracks",
    sensitivity="pii",
    kind="records",
    description="Timestamped positions of each searcher and dog team during the search.",
)
track_query = tg.Data("Track coverage query", sensitivity="internal", kind="tool-call")
track_result = tg.Data("Areas already searched", sensitivity="pii", kind="tool-result")
callout_responses = tg.Data(
    "Callout responses",
    sensitivity="pii",
    kind="records",
    description="Which members replied available, with their ETA.",
)
roster = tg.Data(
    "Team roster and availability",
    sensitivity="pii",
    kind="records",
    description="Members, phone numbers, search and dog qualifications, who is available.",
)
assignment_call = tg.Data(
    "Sector assignment instructions", sensitivity="confidential", kind="tool-call"
)
plan_approval = tg.Data("Search manager plan approval", sensitivity="internal", kind="records")
assignments = tg.Data(
    "Sector assignments",
    sensitivity="confidential",
    kind="records",
    description="Final sectors, team per sector, times; kept in the incident log.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
assignment_sms = tg.Data(
    "Assignment text message",
    sensitivity="regulated",
    kind="records",
    description="Sector, grid references and a short description of the missing person.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Police and callout partners", trust=tg.Trust.PARTNER):
    # National SAR callout system; forwards the police request and member replies.
    callout = tm.add(
        tg.ExternalService(
            "SAR callout system",
            description="Sends the police missing person report and logs member responses.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent plans with; function calling for the tools.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Map provider", trust=tg.Trust.PARTNER):
    # National mapping API for paths, terrain and elevation.
    map_service = tm.add(
        tg.ExternalService("Mapping API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers assignment texts to members' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Search area", trust=tg.Trust.UNTRUSTED):
    # Volunteer dog handlers and foot searchers in the field, on their own phones.
    searchers = tm.add(tg.Actor("Dog handlers and searchers", role="volunteer searcher"))
    # Handheld GPS trackers issued to each team; upload positions over mobile data.
    trackers = tm.add(tg.Device("Searcher GPS trackers", fleet=True))

with tm.boundary("Control vehicle", trust=tg.Trust.INTERNAL):
    # Runs the search; reviews the agent's proposal and approves assignments.
    manager = tm.add(tg.Actor("Search manager", role="search manager"))

with tm.boundary("Team cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web console where incidents are opened, plans shown and approved.
    console = tm.add(
        tg.Endpoint(
            "Search planning console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace accounts with 2-step verification")
            },
        )
    )
    # The LLM agent that divides the area into sectors and proposes assignments.
    agent = tm.add(
        tg.Agent(
            "Sector planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Plans sectors from the report, terrain, tracks and available teams.",
        )
    )
    # Fetches terrain and paths for the search area from the mapping API.
    map_tool = tm.add(tg.Tool("Map and terrain tool", capabilities={"read", "network-egress"}))
    # Receives tracker uploads and writes them to the track store.
    track_ingest = tm.add(
        tg.Service(
            "Track ingest service",
            controls={c.Authentication(method="per-tracker API key")},
        )
    )
    # All GPS tracks of the incident, for coverage and the search report.
    track_store = tm.add(tg.DataStore("Track store", stores={tracks}))
    # Lets the agent ask which ground has already been covered.
    track_tool = tm.add(tg.Tool("Track coverage tool", capabilities={"read"}))
    # Members, qualifications and who has responded to this callout.
    roster_store = tm.add(tg.DataStore("Team roster", stores={roster}))
    # Records the approved plan and texts each team its sector.
    assignment_tool = tm.add(
        tg.Tool(
            "Assignment tool",
            capabilities={"write", "send-messages"},
            controls={c.HumanInTheLoop(approver="the search manager")},
        )
    )
    # Incident log: report, sectors, assignments; evidence for the police and inquest.
    incident_log = tm.add(
        tg.DataStore(
            "Incident log",
            stores={mp_report, assignments},
            controls={
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Callout and incident set-up
tm.flow(callout, console, mp_report, protocol="smtp+starttls", label="callout e-mail")
tm.flow(console, incident_log, mp_report)
tm.flow(searchers, callout, callout_responses, protocol="sms", label="reply available")
tm.flow(callout, roster_store, callout_responses, protocol="https", label="responder sync")
tm.flow(manager, console, manager_instructions, plan_approval, protocol="https")
tm.flow(console, manager, mp_report, proposed_plan, protocol="https")

# Planning
tm.flow(console, agent, planning_request)
tm.flow(agent, console, proposed_plan)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(roster_store, agent, roster, label="available teams")

tm.flow(agent, map_tool, map_query)
tm.flow(map_tool, map_service, map_query, protocol="https")
tm.flow(map_service, map_tool, map_data, protocol="https")
tm.flow(map_tool, agent, terrain_result)

tm.flow(trackers, track_ingest, tracks, protocol="https")
tm.flow(track_ingest, track_store, tracks)
tm.flow(agent, track_tool, track_query)
tm.flow(track_tool, track_store, track_query)
tm.flow(track_store, track_tool, tracks)
tm.flow(track_tool, agent, track_result)

# Assignment, after approval
tm.flow(agent, assignment_tool, assignment_call)
tm.flow(console, assignment_tool, plan_approval)
tm.flow(assignment_tool, incident_log, assignments)
tm.flow(assignment_tool, sms_gateway, assignment_sms, protocol="https")
tm.flow(sms_gateway, searchers, assignment_sms, protocol="sms")

"""Reservoir sailing club: rescue boat dispatch agent, the first design.

During club races every dinghy carries a GPS tracker that reports over the
mobile network to the tracker vendor's cloud; our dispatch agent (a hosted LLM
driving a few tools on the club's cloud VM) polls the vendor's API for the
fleet's positions. When a boat stops dead or its tracker flags a capsize, the
agent looks up who is aboard and pages the rescue boat crew through the
clubhouse radio pager transmitter without waiting for anyone, then writes the
incident to a log the safety officer reviews on a small web dashboard. The race
officer loads each race's entries through the club's race management app.
Controls: sign-in on the race app and dashboard, HTTPS to the vendor and the
LLM, API keys in the VM's secret store, logging of the agent's calls, and
provider-managed encryption of the club database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Reservoir sailing club rescue boat dispatch agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent watches dinghy trackers during races and pages the rescue boat crew.",
)

# ---------------------------------------------------------------- data assets
positions = tg.Data(
    "Dinghy GPS positions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tracker id, position, speed, heading and the tracker's capsize (tilt) flag.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
entries = tg.Data(
    "Race entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Helm and crew names, sail number, tracker id, emergency contact phone.",
)
entry_lookup = tg.Data("Entry lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
entry_details = tg.Data("Boat entry details", kind="tool-result", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Dispatch prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Standing instructions, recent positions of the fleet and the entry of any boat of concern.",
)
agent_reply = tg.Data("Dispatch decision", kind="model-output", sensitivity=tg.Sensitivity.PII)
page_request = tg.Data(
    "Pager alert request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Sail number, helm name, last position and what was seen (stopped or capsized).",
)
pager_message = tg.Data(
    "Rescue pager message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
incident_write = tg.Data("Incident log entry", kind="tool-call", sensitivity=tg.Sensitivity.PII)
incidents = tg.Data(
    "Incident records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Time, boat, people aboard, position track, alert sent, outcome added later.",
)
incident_notes = tg.Data(
    "Safety officer notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Outcome of each incident, injuries, follow-up with the sailors.",
)
vendor_key = tg.Data(
    "Tracker vendor API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Reservoir", trust=tg.Trust.UNTRUSTED):
    # The trackers ride on the boats; anyone with a boat can fit, move or swap one.
    trackers = tm.add(
        tg.Device(
            "Dinghy GPS trackers",
            fleet=True,
            description="Club-owned trackers lent to each boat for the race, SIM on the mobile network.",
        )
    )
    # Volunteers on duty in the RIBs carry the pagers and launch on an alert.
    rescue_crew = tm.add(tg.Actor("Rescue boat crew", role="rescue volunteer"))

with tm.boundary("Tracker vendor", trust=tg.Trust.PARTNER):
    # The vendor's platform receives the trackers' reports and serves them by API.
    tracker_cloud = tm.add(
        tg.ExternalService(
            "Tracker vendor cloud",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Receives tracker reports over the mobile network; REST API per fleet.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that reads the fleet picture and decides whether to page.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Club cloud VM", trust=tg.Trust.INTERNAL):
    # The dispatch agent itself: polls positions, asks the LLM, pages and logs on its own.
    agent = tm.add(
        tg.Agent(
            "Rescue dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Polls positions every 5 seconds during a race; pages without waiting for anyone.",
            controls={
                c.SecretsManagement(note="vendor and LLM API keys in the VM's secret store"),
                c.AuditLogging(note="every prompt, decision and tool call is logged"),
            },
        )
    )
    # Lets the agent find who is aboard a boat from its tracker id.
    lookup_tool = tm.add(tg.Tool("Race entry lookup tool", capabilities={"read"}))
    # Sends the alert text to the clubhouse pager transmitter.
    pager_tool = tm.add(tg.Tool("Pager alert tool", capabilities={"send-messages"}))
    # Appends an incident to the log whenever the agent pages.
    log_tool = tm.add(tg.Tool("Incident log tool", capabilities={"write"}))
    # The club's race management app, where the race officer sets up each race.
    race_app = tm.add(
        tg.Service(
            "Race management app",
            internet_facing=True,
            controls={c.Authentication(method="club member e-mail and password")},
        )
    )
    # Club database: entries for each race.
    entries_db = tm.add(
        tg.DataStore(
            "Race entries database",
            stores={entries},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Club database: the incident log the safety officer works from.
    incident_log = tm.add(
        tg.DataStore(
            "Incident log",
            stores={incidents, incident_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Small web page where the safety officer reads and closes incidents.
    dashboard = tm.add(
        tg.Endpoint(
            "Safety dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Clubhouse", trust=tg.Trust.INTERNAL):
    # Paging transmitter on the clubhouse roof, wired to the VM through a USB modem link.
    transmitter = tm.add(
        tg.Device("Radio pager transmitter", fleet=False, description="POCSAG paging base station.")
    )
    # Runs the race from the committee box; loads entries before the start.
    race_officer = tm.add(tg.Actor("Race officer", role="race officer"))
    # Reviews every incident after racing and follows up with the sailors.
    safety_officer = tm.add(tg.Actor("Safety officer", role="safety officer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(trackers, tracker_cloud, positions, protocol="lte-m", label="tracker reports")
tm.flow(agent, tracker_cloud, vendor_key, protocol="https", label="poll fleet positions")
tm.flow(tracker_cloud, agent, positions, protocol="https")

tm.flow(race_officer, race_app, entries, protocol="https")
tm.flow(race_app, entries_db, entries)
tm.flow(entries_db, race_app, entries)

tm.flow(agent, lookup_tool, entry_lookup, protocol="local")
tm.flow(lookup_tool, entries_db, entry_lookup)
tm.flow(entries_db, lookup_tool, entries)
tm.flow(lookup_tool, agent, entry_details, protocol="local")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")

tm.flow(agent, pager_tool, page_request, protocol="local")
tm.flow(pager_tool, transmitter, pager_message, protocol="usb")
tm.flow(transmitter, rescue_crew, pager_message, protocol="pocsag", label="radio page")

tm.flow(agent, log_tool, incident_write, protocol="local")
tm.flow(log_tool, incident_log, incidents)

tm.flow(incident_log, dashboard, incidents, incident_notes)
tm.flow(dashboard, safety_officer, incidents, incident_notes, protocol="https")
tm.flow(safety_officer, dashboard, incident_notes, protocol="https", label="closes incidents")
tm.flow(dashboard, incident_log, incident_notes)

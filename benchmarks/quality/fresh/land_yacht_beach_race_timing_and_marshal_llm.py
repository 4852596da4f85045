"""Land yacht race office assistant: the first design, before any security review.

A land yacht racing club on the Belgian coast runs beach races most winter
weekends. Club-owned GPS trackers clipped to each yacht send position fixes over
LoRaWAN to a gateway in the race HQ van; a small timing service in the club's
cloud account turns them into lap times and publishes live results on a public
results page. A race office assistant, built on a hosted LLM, drafts the race
instructions for each event from the club's templates, the entry list and the
tide and wind forecast, and helps beach marshals log incidents: a marshal types
or dictates notes on their phone, the assistant matches sail numbers and GPS
positions and writes a structured entry to the incident log once the marshal
confirms it. The race officer edits and publishes the instructions by hand.
Officers and marshals sign in to the club app with their club account; the club
database is encrypted at rest by the cloud provider.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Land yacht race timing and marshal assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Club assistant for race instructions, GPS race timing and beach incident logging.",
)

# ---------------------------------------------------------------- data assets
gps_fixes = tg.Data(
    "Yacht GPS fixes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sail number, position, speed and time, once a second during a race.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
results = tg.Data(
    "Lap times and race results",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
entry_list = tg.Data(
    "Entry list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Competitor names, sail numbers, classes, phone numbers and emergency contacts.",
)
forecast = tg.Data("Tide and wind forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
templates = tg.Data(
    "Race instruction templates and past instructions",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
officer_request = tg.Data(
    "Race officer request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
marshal_notes = tg.Data(
    "Marshal incident notes",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the beach: who, where, what happened, any injury.",
)
llm_prompt = tg.Data("Assistant prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_instructions = tg.Data(
    "Draft race instructions", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
published_instructions = tg.Data(
    "Published race instructions", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
incident_draft = tg.Data(
    "Incident drafts and summaries", kind="model-output", sensitivity=tg.Sensitivity.PII
)
incident_entry = tg.Data(
    "Incident log entry call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
incident_report = tg.Data(
    "Incident reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Collisions, capsizes, injuries and protests, with the yachts and people involved.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tool_result = tg.Data(
    "Incident log confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Beach race course", trust=tg.Trust.UNTRUSTED):
    # Club-owned trackers clipped to every yacht; out on the open beach all day.
    trackers = tm.add(tg.Device("Yacht GPS trackers", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer race officer, working from home or the clubhouse laptop.
    race_officer = tm.add(tg.Actor("Race officer", role="race committee volunteer"))
    # Volunteer marshals on the beach, using their own phones on the mobile network.
    marshal = tm.add(tg.Actor("Beach marshal", role="marshal volunteer"))
    # Competitors and spectators who follow live results and read the instructions.
    competitor = tm.add(tg.Actor("Competitor", role="competitor"))

with tm.boundary("Forecast provider", trust=tg.Trust.PARTNER):
    # Public tide and wind forecast API the instructions' start times depend on.
    forecast_api = tm.add(
        tg.ExternalService("Tide and wind forecast API", provides="data-provider")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Race HQ van", trust=tg.Trust.INTERNAL):
    # LoRaWAN gateway and laptop in the race HQ van, uplinked over 4G.
    gateway = tm.add(
        tg.Service(
            "LoRa gateway",
            description="Receives tracker uplinks and forwards them to the timing service.",
        )
    )

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Turns GPS fixes into lap times using the course marks and the entry list.
    timing = tm.add(tg.Service("Timing service"))
    # Holds every fix and lap time of the season, for results and protest hearings.
    timing_db = tm.add(tg.DataStore("Timing database", stores={gps_fixes, results}))
    # Public live results page, also where published instructions are posted.
    results_page = tm.add(
        tg.Endpoint("Results page", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # The club app officers and marshals use to talk to the assistant.
    club_app = tm.add(
        tg.Endpoint(
            "Club app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="club account e-mail and password")},
        )
    )
    # LLM agent: drafts instructions and turns marshal notes into incident entries.
    assistant = tm.add(
        tg.Agent(
            "Race office assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the marshal confirms each incident entry before it is saved"
                )
            },
        )
    )
    # Tool the assistant calls to write a confirmed entry into the incident log.
    incident_tool = tm.add(tg.Tool("Incident logging tool", capabilities={"read", "write"}))
    # Templates, past instructions and the current published instructions.
    docs_store = tm.add(
        tg.DataStore("Race documents store", stores={templates, published_instructions})
    )
    # Club database tables: entries for each event.
    entry_register = tm.add(
        tg.DataStore(
            "Entry register",
            stores={entry_list},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Club database tables: incidents kept for protest hearings and insurance claims.
    incident_log = tm.add(
        tg.DataStore(
            "Incident log",
            stores={incident_report},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
# timing
tm.flow(trackers, gateway, gps_fixes, protocol="lorawan")
tm.flow(gateway, timing, gps_fixes, protocol="mqtts", label="4G uplink")
tm.flow(entry_register, timing, entry_list, label="sail numbers to names")
tm.flow(timing, timing_db, gps_fixes, results)
tm.flow(timing_db, timing, gps_fixes, results, label="season standings")
tm.flow(timing, results_page, results)
tm.flow(docs_store, results_page, published_instructions)
tm.flow(results_page, competitor, results, published_instructions, protocol="https")

# race instructions
tm.flow(race_officer, club_app, officer_request, entry_list, protocol="https")
tm.flow(club_app, entry_register, entry_list, label="entry list upload")
tm.flow(club_app, assistant, officer_request, marshal_notes)
tm.flow(docs_store, assistant, templates)
tm.flow(entry_register, assistant, entry_list)
tm.flow(forecast_api, assistant, forecast, protocol="https")
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")
tm.flow(assistant, club_app, draft_instructions, incident_draft)
tm.flow(club_app, race_officer, draft_instructions, incident_draft, protocol="https")
tm.flow(
    race_officer, club_app, published_instructions, protocol="https", label="edited and published"
)
tm.flow(club_app, docs_store, published_instructions)

# incidents
tm.flow(marshal, club_app, marshal_notes, protocol="https")
tm.flow(club_app, marshal, incident_draft, protocol="https", label="confirm entry")
tm.flow(timing_db, assistant, gps_fixes, label="positions around the incident time")
tm.flow(assistant, incident_tool, incident_entry)
tm.flow(incident_tool, incident_log, incident_report)
tm.flow(incident_tool, assistant, tool_result)
tm.flow(incident_log, assistant, incident_report, label="summaries for protest hearings")

"""Ultramarathon checkpoint tracker and medical drop agent: the first design.

A 170 km mountain ultramarathon in the Alps. Every runner carries a rented GPS
tracker that reports its position over satellite to the tracker vendor's cloud,
which posts the positions to our race ingest API. Volunteers at each checkpoint
scan runners' bibs with a phone app and can mark a runner as dropped, with a note.
A tracking service in our cloud merges positions and scans with the runner
registrations (emergency contacts and declared medical conditions) and the
cut-off schedule. A safety agent, built on a hosted LLM, watches for runners who
stop moving or miss a cut-off and pages the medical team and the race director by
SMS on its own, because minutes matter on the mountain. Staff follow alerts in a
race control console signed in with the organiser's accounts; families follow
runners on a public live map. Traffic is HTTPS, the database is encrypted at rest,
the paging tool only reaches numbers on the staff roster, and pages are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ultramarathon checkpoint tracker and medical drop agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Live runner tracking, checkpoint scans and automatic medical paging for a mountain race.",
)

# ---------------------------------------------------------------- data assets
positions = tg.Data(
    "Tracker position reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Tracker id, latitude, longitude, altitude and time, every 3 minutes.",
)
bib_scans = tg.Data(
    "Checkpoint bib scans",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Bib number, checkpoint, time, in/out/dropped status and a volunteer's free-text note.",
)
scan_confirmation = tg.Data("Scan confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
registrations = tg.Data(
    "Runner registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, bib, nationality, phone, emergency contact, tracker id.",
)
medical = tg.Data(
    "Declared medical conditions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Conditions, medication and allergies runners declare at registration.",
)
cutoffs = tg.Data("Checkpoint cut-off schedule", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
status_events = tg.Data(
    "Runner status events",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Runner stopped, off course or past a cut-off, with last position, scans, notes and medical conditions.",
)
agent_prompt = tg.Data("Safety agent prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
page_call = tg.Data("Page tool call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
page_result = tg.Data(
    "Page delivery status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
page = tg.Data(
    "Medical alert page",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Bib, name, last position, why the agent is worried, declared conditions.",
)
alert_log = tg.Data("Alert log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
acknowledgement = tg.Data(
    "Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
console_view = tg.Data("Race control view", kind="records", sensitivity=tg.Sensitivity.REGULATED)
map_positions = tg.Data(
    "Live map positions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Runner name, bib, last position and checkpoint times, shown to anyone.",
)
runner_search = tg.Data("Runner search query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Mountain course", trust=tg.Trust.UNTRUSTED):
    # Each runner carries one; it only reports, nobody types into it.
    tracker = tm.add(
        tg.Device("Runner GPS tracker", description="Rented satellite tracker, one per runner.")
    )
    # Volunteers staff the checkpoints for the weekend; recruited, not employees.
    volunteer = tm.add(tg.Actor("Checkpoint volunteer", role="volunteer"))
    # The volunteers' own phones run the scanning app.
    scan_app = tm.add(
        tg.Device(
            "Volunteer bib scanning app",
            description="Phone app that scans bib QR codes; works offline and syncs.",
        )
    )
    # Medics at aid stations and on the trail; they get pages on their phones.
    medics = tm.add(tg.Actor("Medical team", role="race medic"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Families and friends following a runner; anyone can open the map.
    family = tm.add(tg.Actor("Family and followers", role="spectator"))

with tm.boundary("Tracker vendor", trust=tg.Trust.PARTNER):
    # The rental company's cloud receives the satellite messages and forwards them.
    vendor = tm.add(
        tg.ExternalService("Tracker vendor platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model the safety agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API, high_stakes=True))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers pages to the medics' and director's phones; mobile coverage beats data in the valleys.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Race cloud", trust=tg.Trust.INTERNAL):
    # One API for the vendor's position posts and the volunteers' scans.
    ingest = tm.add(
        tg.Endpoint(
            "Race ingest API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="vendor API key in a header", note="position posts"),
                c.Authentication(
                    method="checkpoint PIN shared by the volunteers at each checkpoint",
                    note="scanning app",
                ),
            },
        )
    )
    # Merges positions and scans, works out last-seen times and cut-off misses.
    tracking = tm.add(tg.Service("Race tracking service"))
    # All race data for the event: registrations, medical declarations, positions, scans, alerts.
    race_db = tm.add(
        tg.DataStore(
            "Race database",
            stores={registrations, medical, positions, bib_scans, cutoffs, alert_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Decides whether a status event means a runner needs help, and pages without waiting for anyone.
    agent = tm.add(
        tg.Agent(
            "Runner safety agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.AuditLogging(note="every page and the reasoning behind it")},
        )
    )
    # The agent's only action: an SMS page to the on-duty roster.
    pager = tm.add(
        tg.Tool(
            "Paging tool",
            capabilities={"send-messages"},
            controls={c.LeastPrivilegeTools(note="can only send to numbers on the staff roster")},
        )
    )
    # Where the director and medical lead see alerts, runner details and acknowledge.
    console = tm.add(
        tg.Endpoint(
            "Race control console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC with the organiser's Google Workspace accounts"),
                c.RBAC(),
            },
        )
    )
    # Public page families watch; served through a CDN.
    live_map = tm.add(
        tg.Endpoint(
            "Public live map",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(note="CDN rate limits")},
        )
    )

with tm.boundary("Race HQ", trust=tg.Trust.INTERNAL):
    # Runs the race; decides on evacuations, course changes and neutralisations.
    director = tm.add(tg.Actor("Race director", role="race director", privileged=True))

# ---------------------------------------------------------------- flows
https = "https"
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(tracker, vendor, positions, protocol="iridium sbd", label="satellite position messages")
tm.flow(vendor, ingest, positions, protocol=https, label="position webhook")

tm.flow(volunteer, scan_app, bib_scans, label="scans bib QR code, marks drops")
tm.flow(scan_app, ingest, bib_scans, protocol=https)
tm.flow(ingest, scan_app, scan_confirmation, protocol=https)
tm.flow(scan_app, volunteer, scan_confirmation, label="runner name on screen")

tm.flow(ingest, tracking, positions, bib_scans)
tm.flow(tracking, race_db, positions, bib_scans)
tm.flow(race_db, tracking, registrations, medical, cutoffs, positions, bib_scans)
tm.flow(tracking, agent, status_events)

tm.flow(agent, llm, agent_prompt, protocol=https, controls={tls})
tm.flow(llm, agent, completion, protocol=https, controls={tls})
tm.flow(agent, pager, page_call)
tm.flow(pager, agent, page_result)
tm.flow(pager, sms, page, protocol=https)
tm.flow(sms, pager, page_result, protocol=https, label="delivery receipts")
tm.flow(sms, medics, page, protocol="sms")
tm.flow(sms, director, page, protocol="sms")
tm.flow(agent, race_db, alert_log)

tm.flow(race_db, console, console_view, alert_log)
tm.flow(console, director, console_view, protocol=https)
tm.flow(console, medics, console_view, protocol=https)
tm.flow(director, console, acknowledgement, protocol=https)
tm.flow(medics, console, acknowledgement, protocol=https)
tm.flow(console, race_db, acknowledgement)

tm.flow(race_db, live_map, map_positions)
tm.flow(family, live_map, runner_search, protocol=https)
tm.flow(live_map, family, map_positions, protocol=https)

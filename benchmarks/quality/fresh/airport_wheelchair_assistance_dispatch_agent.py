"""Airport wheelchair assistance dispatch agent: the first design, before any security review.

An EU airport must give assistance to passengers with reduced mobility (PRM) who
booked it with their airline. Airlines send PRM notifications (passenger name,
flight, wheelchair code such as WCHR or WCHC and free-text remarks) over the IATA
Type B network to the airport; an ingest service parses them into assistance
requests. An LLM agent, running in the airport operations network and using a hosted
LLM in the vendor's EU region, watches those requests and live flight movements from
the airport operational database (AODB), looks up who is on shift and where, and
which wheelchairs are free, and assigns staff and chairs itself. Jobs are pushed to
the assistance staff's handhelds, which report status and position back. The PRM
dispatch supervisor watches the dispatch board and can reassign jobs by hand.
Controls in this design: a strict Type B parser, a step limit and an action log on
the agent, SSO with MFA on the console, device certificates plus a personal PIN on
the handhelds, HTTPS on network links and TDE on the booking database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport wheelchair assistance dispatch agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent assigning PRM assistance staff and wheelchairs from airline "
    "notifications and live flight data.",
)

# ---------------------------------------------------------------- data assets
prm_notice = tg.Data(
    "PRM notifications",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Airline PAL/CAL messages: passenger name, flight, seat, SSR mobility "
    "code (health data) and free-text remarks typed by airline agents.",
)
requests = tg.Data(
    "Assistance requests",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="One record per passenger and leg, with mobility needs, remarks, "
    "meeting point, assigned staff, chair and job status.",
)
flights = tg.Data(
    "Flight movement updates",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Estimated and actual times, stand and gate changes from the AODB.",
)
prompt = tg.Data(
    "Dispatch planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Open requests with remarks, flight times, free staff and chairs.",
)
plan = tg.Data("Planned assignments", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Resource lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
resources = tg.Data(
    "Available staff and chairs",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Staff on shift with their last known zone, and free wheelchairs.",
)
assign_call = tg.Data("Assignment call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
assign_result = tg.Data(
    "Assignment result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
roster = tg.Data(
    "Staff roster and positions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Assistance staff names, shifts, skills (e.g. aisle chair, ambulift) "
    "and last reported zone.",
)
chairs = tg.Data("Wheelchair fleet status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job = tg.Data(
    "Assistance job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger name, flight, mobility code, remarks, meeting point and chair.",
)
job_status = tg.Data(
    "Job status and staff position",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
reassignment = tg.Data("Manual reassignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
board = tg.Data("Dispatch board", kind="records", sensitivity=tg.Sensitivity.PII)
action_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Airline partners", trust=tg.Trust.PARTNER):
    # Airlines' departure control systems send the PRM bookings the airport must serve.
    airline_feed = tm.add(
        tg.DataSource(
            "Airline PRM notifications",
            origin=tg.Origin.PARTNER,
            provides={prm_notice},
            description="PAL/CAL Type B messages from every airline operating at the airport.",
        )
    )

with tm.boundary("LLM vendor EU region", trust=tg.Trust.PARTNER):
    # The planning brain of the agent, hosted by a model vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted planning LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, EU region.",
            controls={
                c.SupplierAssessment(note="vendor DPA, EU data residency, no training on prompts")
            },
        )
    )

with tm.boundary("Airport operations network", trust=tg.Trust.INTERNAL):
    # Source of live flight times, stands and gates.
    aodb = tm.add(
        tg.DataSource(
            "Airport operational database",
            origin=tg.Origin.INTERNAL,
            provides={flights},
            description="The AODB publishes flight movement events on the airport service bus.",
        )
    )
    # Turns airline Type B messages into assistance requests.
    prm_ingest = tm.add(
        tg.Service(
            "PRM message ingest",
            description="Parses PAL/CAL messages and creates or updates assistance requests.",
            controls={
                c.InputValidation(note="strict Type B PAL/CAL parser, malformed messages rejected")
            },
        )
    )
    # Holds every booked assistance request and its assignment.
    booking_db = tm.add(
        tg.DataStore(
            "Assistance booking database",
            stores={requests},
            controls={c.EncryptionAtRest(key_management="SQL Server TDE")},
        )
    )
    # The LLM agent that decides who helps whom, with which chair.
    agent = tm.add(
        tg.Agent(
            "Assistance dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Re-plans on each new request or flight change and assigns "
            "staff and chairs without waiting for a person.",
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(note="every prompt and tool call written to the agent action log"),
            },
        )
    )
    # Read-only tool the agent uses to see free staff and chairs.
    lookup_tool = tm.add(
        tg.Tool(
            "Resource lookup tool",
            capabilities={"read"},
            description="Returns staff on shift with their zone, and available wheelchairs.",
        )
    )
    # Tool that books the assignment and sends the job to a handheld.
    assign_tool = tm.add(
        tg.Tool(
            "Job assignment tool",
            capabilities={"write", "send-messages"},
            description="Records staff and chair on the request, reserves the chair and "
            "hands the job to the dispatch service.",
        )
    )
    # Who is working, with which skills, and where they last were.
    roster_db = tm.add(tg.DataStore("Staff roster store", stores={roster}))
    # Which wheelchairs are free, in use or out of service.
    fleet_db = tm.add(tg.DataStore("Wheelchair fleet register", stores={chairs}))
    # Pushes jobs to handhelds and collects their status updates.
    dispatch_svc = tm.add(
        tg.Service(
            "Handheld dispatch service",
            controls={
                c.Authentication(
                    method="per-device MDM certificate and the staff member's own PIN at shift start"
                )
            },
        )
    )
    # What the agent did and why, for the supervisor and for complaints.
    log_store = tm.add(tg.DataStore("Agent action log store", stores={action_log}))
    # The supervisor's web console over the booking database.
    console = tm.add(
        tg.Endpoint(
            "Dispatch console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="airport Entra ID single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # Oversees the day's assistance and overrides the agent when needed.
    supervisor = tm.add(tg.Actor("PRM dispatch supervisor", role="dispatch supervisor"))

with tm.boundary("Terminal staff Wi-Fi", trust=tg.Trust.INTERNAL):
    # MDM-managed handhelds carried by assistance staff airside and landside.
    handhelds = tm.add(tg.Device("Assistance staff handhelds", fleet=True))
    # The people who push the chairs.
    staff = tm.add(tg.Actor("Assistance staff", role="PRM assistance agent"))

# ---------------------------------------------------------------- flows
tm.flow(airline_feed, prm_ingest, prm_notice, protocol="iata type b", label="PAL/CAL messages")
tm.flow(prm_ingest, booking_db, requests)
tm.flow(prm_ingest, agent, requests, label="new or changed request")
tm.flow(aodb, agent, flights, label="flight movement events")
tm.flow(booking_db, agent, requests, label="open requests")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, plan, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(roster_db, lookup_tool, roster)
tm.flow(fleet_db, lookup_tool, chairs)
tm.flow(lookup_tool, agent, resources)

tm.flow(agent, assign_tool, assign_call)
tm.flow(assign_tool, booking_db, requests, label="assignment")
tm.flow(assign_tool, fleet_db, chairs, label="chair reservation")
tm.flow(assign_tool, dispatch_svc, job)
tm.flow(assign_tool, agent, assign_result)
tm.flow(agent, log_store, action_log)

tm.flow(dispatch_svc, handhelds, job, protocol="https")
tm.flow(handhelds, dispatch_svc, job_status, protocol="https")
tm.flow(handhelds, staff, job, label="job shown on touchscreen")
tm.flow(staff, handhelds, job_status, label="accept, pick-up, complete on touchscreen")
tm.flow(dispatch_svc, booking_db, job_status)
tm.flow(dispatch_svc, roster_db, job_status, label="last known zone")

tm.flow(booking_db, console, board)
tm.flow(log_store, console, action_log)
tm.flow(console, supervisor, board, protocol="https")
tm.flow(supervisor, console, reassignment, protocol="https")
tm.flow(console, booking_db, reassignment)
tm.flow(console, dispatch_svc, job, label="manual reassignment")

"""Into-plane fuel dispatch agent: the first design, before any security review.

Our into-plane fuelling company serves the airlines at one airport with refueller
bowsers and hydrant dispensers. An LLM dispatch agent, running in our cloud account
and calling a hosted model, decides which vehicle and driver serve which aircraft
stand. It reads the airport's flight schedule feed, the fuel orders that airlines'
dispatch systems send to our order inbox API, and vehicle positions from the
telematics platform that collects our GPS trackers. It assigns jobs through a job
assignment tool; drivers get them on rugged handheld terminals over the cellular
network. The shift supervisor sees every assignment on a console and can reassign.
Before fuelling, the airline's flight crew confirm the quantity on the handheld.
Controls in this design: TLS on every link, per-airline API keys and schema checks
on the order inbox, company SSO on the console, driver PINs on the handhelds, the
crew's quantity confirmation, and an audit trail of jobs and deliveries.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Into-plane fuel dispatch agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that dispatches fuel bowsers and hydrant dispensers to aircraft stands.",
)

# ---------------------------------------------------------------- data assets
schedule = tg.Data(
    "Flight schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Flights, registrations, aircraft types, stands, scheduled and estimated times.",
)
fuel_order = tg.Data(
    "Airline fuel order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Flight, registration, fuel grade, requested uplift and free-text remarks.",
)
order_ack = tg.Data("Order acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
positions = tg.Data(
    "Vehicle positions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="GPS position, speed and ignition state of each bowser and dispenser.",
)
prompt = tg.Data(
    "Dispatch prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, open orders, schedule window, vehicle states.",
)
completion = tg.Data("Dispatch plan", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
assign_call = tg.Data(
    "Assignment tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
assign_result = tg.Data(
    "Assignment result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
job = tg.Data(
    "Fuelling job",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Stand, flight, registration, fuel grade, quantity, vehicle, driver, due time.",
)
reassignment = tg.Data("Job reassignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_status = tg.Data(
    "Job status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accepted, on stand, fuelling, complete; driver availability.",
)
crew_confirmation = tg.Data(
    "Crew quantity confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
delivery = tg.Data(
    "Fuel delivery record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Meter start and end, delivered quantity, density, crew sign-off; used for billing.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Airport operator", trust=tg.Trust.PARTNER):
    # The airport operational database's flight schedule feed (stands and times).
    schedule_feed = tm.add(
        tg.DataSource("Flight schedule feed", origin=tg.Origin.PARTNER, provides={schedule})
    )

with tm.boundary("Airline operations", trust=tg.Trust.PARTNER):
    # Each airline's flight dispatch system sends fuel orders for its flights.
    airline_dispatch = tm.add(
        tg.Actor("Airline dispatch system", role="airline flight dispatch", human=False)
    )
    # The operating crew who confirm the uplift quantity at the aircraft.
    flight_crew = tm.add(tg.Actor("Airline flight crew", role="flight crew"))

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # Collects tracker data and offers it through an API.
    telematics = tm.add(tg.ExternalService("Fleet telematics platform", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the dispatch agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Dispatch cloud", trust=tg.Trust.INTERNAL):
    # Receives fuel order messages from the airlines.
    order_inbox = tm.add(
        tg.Endpoint(
            "Fuel order inbox API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-airline API key"),
                c.SchemaEnforcement(note="IATA fuel order fields required; remarks free text"),
            },
        )
    )
    # Decides which vehicle and driver serve which stand, and replans as things change.
    agent = tm.add(
        tg.Agent(
            "Fuel dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Assigns jobs directly; the supervisor can reassign afterwards.",
            controls={
                c.SecretsManagement(note="LLM and telematics API keys in the secret manager")
            },
        )
    )
    # The only tool the agent has: create or change a job assignment.
    assign_tool = tm.add(
        tg.Tool(
            "Job assignment tool",
            capabilities={"read", "write", "send-messages"},
            controls={
                c.LeastPrivilegeTools(note="can create and reassign jobs, not cancel orders")
            },
        )
    )
    # Orders, jobs, statuses and delivery records.
    dispatch_db = tm.add(
        tg.DataStore(
            "Dispatch database",
            stores={fuel_order, job, job_status, delivery},
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Pushes jobs to the handhelds and takes their status and delivery reports.
    handheld_api = tm.add(tg.Endpoint("Handheld job API", purpose=tg.EndpointPurpose.API))
    # Where the shift supervisor watches and overrides assignments.
    console = tm.add(
        tg.Service(
            "Supervisor dispatch console",
            controls={c.Authentication(method="company SSO (OIDC)"), c.RBAC()},
        )
    )

with tm.boundary("Operations office", trust=tg.Trust.INTERNAL):
    # Runs the shift; can reassign any job.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="shift supervisor", privileged=True))

with tm.boundary("Apron", trust=tg.Trust.INTERNAL):
    # Drives the bowser or dispenser and fuels the aircraft.
    driver = tm.add(tg.Actor("Fuelling driver", role="into-plane operator"))
    # Rugged handheld terminal in each vehicle, on the public cellular network.
    handheld = tm.add(
        tg.Device(
            "Driver handheld terminal",
            controls={
                c.Authentication(method="driver badge and PIN"),
                c.HumanInTheLoop(
                    approver="airline flight crew", note="crew confirm quantity before fuelling"
                ),
            },
        )
    )
    # GPS tracker fitted to each bowser and hydrant dispenser.
    trackers = tm.add(tg.Device("Vehicle GPS trackers"))

# ---------------------------------------------------------------- flows
# Inputs the agent reads.
tm.flow(airline_dispatch, order_inbox, fuel_order, protocol="https")
tm.flow(order_inbox, airline_dispatch, order_ack, protocol="https")
tm.flow(order_inbox, dispatch_db, fuel_order)
tm.flow(schedule_feed, agent, schedule, protocol="https")
tm.flow(trackers, telematics, positions, protocol="mqtts")
tm.flow(telematics, agent, positions, protocol="https")
tm.flow(dispatch_db, agent, fuel_order, job, job_status)

# Planning with the hosted model.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Assigning jobs.
tm.flow(agent, assign_tool, assign_call)
tm.flow(assign_tool, agent, assign_result)
tm.flow(assign_tool, dispatch_db, job)
tm.flow(assign_tool, handheld_api, job)
tm.flow(handheld_api, handheld, job, reassignment, protocol="https")
tm.flow(handheld, handheld_api, job_status, delivery, crew_confirmation, protocol="https")
tm.flow(handheld_api, dispatch_db, job_status, delivery, crew_confirmation)

# At the aircraft.
tm.flow(handheld, driver, job, label="shown on the touchscreen")
tm.flow(driver, handheld, job_status, delivery, label="entered on the touchscreen")
tm.flow(handheld, flight_crew, job, label="quantity shown on the touchscreen")
tm.flow(flight_crew, handheld, crew_confirmation, label="signs on the touchscreen")

# Supervision.
tm.flow(dispatch_db, console, job, job_status, fuel_order)
tm.flow(console, supervisor, job, job_status, protocol="https")
tm.flow(supervisor, console, reassignment, protocol="https")
tm.flow(console, dispatch_db, reassignment)
tm.flow(console, handheld_api, reassignment)

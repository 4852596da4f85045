"""Ladder job risk agent for a chimney and gutter contractor: the first design.

A small UK chimney-sweeping and gutter-clearing firm takes bookings through a
web portal, where customers describe the job and upload photos of the roofline.
For each booked job an LLM agent drafts the working-at-height risk assessment
and method statement (RAMS): it reads the job, the crew's ladder training and
the ladder inspection register, the company's working-at-height procedures and
a wind and rain forecast, then proposes ladder, tower or scaffold access and
updates the job schedule. Where scaffolding is needed it drafts a hire request
to the scaffold supplier. The operations supervisor signs off each RAMS and each
hire request in the portal before they go out; crews see the approved RAMS and
record pre-use ladder checks and site photos from their own phones. Everything
runs in one cloud tenancy; the model is a vendor-hosted LLM. Staff and crew sign
in with e-mail and password; the job database uses the cloud's default encryption.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Chimney and gutter ladder job risk agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts working-at-height RAMS and access plans for booked chimney and gutter jobs.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Job booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, address, phone number and a description of the job.",
)
property_photos = tg.Data("Property roofline photos", kind="media", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
job_details = tg.Data(
    "Job details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
site_photos = tg.Data("Site photos", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
ladder_checks = tg.Data(
    "Ladder pre-use checks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
crew_records = tg.Data(
    "Crew training and ladder inspection records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
procedures = tg.Data(
    "Working-at-height procedures", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
procedure_chunks = tg.Data(
    "Procedure passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "RAMS drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Job details, photos, crew records, procedure passages and the forecast.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
procedure_query = tg.Data(
    "Procedure lookup query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
location_query = tg.Data(
    "Site postcode and job date", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
forecast = tg.Data("Wind and rain forecast", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
schedule_update = tg.Data(
    "Job schedule update",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Access method, equipment, crew size and a weather hold on the job.",
)
draft_rams = tg.Data("Draft RAMS", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
approved_rams = tg.Data(
    "Approved RAMS",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
sign_off = tg.Data("Supervisor sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
hire_request = tg.Data(
    "Scaffold hire request",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Site address, access notes, scaffold height and dates.",
)
hire_confirmation = tg.Data(
    "Scaffold hire confirmation", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Homeowners and landlords who book a sweep or gutter clear; anyone can book.
    customer = tm.add(tg.Actor("Customer", role="homeowner"))

with tm.boundary("Crew phones", trust=tg.Trust.UNTRUSTED):
    # Operatives' own phones (no device management) on mobile networks.
    operative = tm.add(tg.Actor("Crew operative", role="ladder operative"))
    crew_app = tm.add(
        tg.Device(
            "Crew phone app",
            description="Mobile web app on the operatives' own phones: RAMS, ladder checks, photos.",
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Signs off every RAMS and scaffold hire request; also edits the schedule.
    supervisor = tm.add(tg.Actor("Operations supervisor", role="supervisor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the RAMS text.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API; wind speed decides whether ladders may be used.
    weather_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Scaffold supplier", trust=tg.Trust.PARTNER):
    # Local scaffold hire firm that takes requests by e-mail.
    scaffolder = tm.add(tg.ExternalService("Scaffold hire firm"))

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # One web app serves the customer booking form, the office portal and the crew app.
    portal = tm.add(
        tg.Endpoint(
            "Job portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="e-mail and password for staff and crew; customers book without an account"
                ),
                tg.controls.InputValidation(note="file type and size checks on photo uploads"),
            },
        )
    )
    # The LLM agent that assembles each job's RAMS and access plan.
    agent = tm.add(
        tg.Agent(
            "Ladder job risk agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="operations supervisor",
                    note="signs off each RAMS and each scaffold hire request before it is issued",
                ),
                tg.controls.CircuitBreaker(max_steps=30),
            },
        )
    )
    # Reads and updates jobs in the schedule: access method, crew, weather holds.
    schedule_tool = tm.add(
        tg.Tool("Job schedule tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Looks up the forecast for the site on the job date.
    weather_tool = tm.add(
        tg.Tool(
            "Weather lookup tool", capabilities={"read", "network-egress"}, origin="first-party"
        )
    )
    # Sends the approved scaffold hire request to the supplier by e-mail.
    hire_tool = tm.add(
        tg.Tool("Scaffold hire request tool", capabilities={"send-messages"}, origin="first-party")
    )
    # Bookings, customer details, the schedule and issued RAMS.
    job_db = tm.add(
        tg.DataStore(
            "Job database",
            stores={
                booking,
                property_photos,
                job_details,
                site_photos,
                ladder_checks,
                approved_rams,
            },
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Training certificates per operative and the six-monthly ladder inspection register.
    crew_register = tm.add(tg.DataStore("Crew and ladder register", stores={crew_records}))
    # Drafts awaiting the supervisor's sign-off.
    rams_store = tm.add(tg.DataStore("RAMS drafts store", stores={draft_rams}))
    # The company's working-at-height procedures and HSE ladder guidance, chunked for retrieval.
    procedures_index = tm.add(
        tg.VectorStore("Procedures index", stores={procedure_chunks, procedures})
    )

# ---------------------------------------------------------------- flows
# Booking
tm.flow(customer, portal, booking, property_photos, protocol="https")
tm.flow(portal, customer, booking_confirmation, protocol="https")
tm.flow(portal, job_db, booking, property_photos)
tm.flow(portal, agent, job_details, label="new job to assess")

# Agent reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, procedures_index, procedure_query, label="similarity query")
tm.flow(procedures_index, agent, procedure_chunks)
tm.flow(crew_register, agent, crew_records)
tm.flow(job_db, agent, property_photos, site_photos, label="job photos")

# Tools
tm.flow(agent, schedule_tool, schedule_update)
tm.flow(schedule_tool, agent, job_details)
tm.flow(schedule_tool, job_db, schedule_update)
tm.flow(job_db, schedule_tool, job_details)
tm.flow(agent, weather_tool, location_query)
tm.flow(weather_tool, agent, forecast)
tm.flow(weather_tool, weather_api, location_query, protocol="https")
tm.flow(weather_api, weather_tool, forecast, protocol="https")
tm.flow(agent, hire_tool, hire_request)
tm.flow(hire_tool, scaffolder, hire_request, protocol="smtp+starttls")
tm.flow(
    scaffolder, supervisor, hire_confirmation, protocol="smtp+starttls", label="reply by e-mail"
)

# Sign-off
tm.flow(agent, rams_store, draft_rams)
tm.flow(rams_store, portal, draft_rams)
tm.flow(portal, supervisor, draft_rams, hire_request, protocol="https")
tm.flow(supervisor, portal, sign_off, approved_rams, protocol="https")
tm.flow(portal, agent, sign_off)
tm.flow(portal, job_db, approved_rams)

# Crew on site
tm.flow(job_db, portal, approved_rams, job_details)
tm.flow(portal, crew_app, approved_rams, job_details, protocol="https")
tm.flow(crew_app, portal, ladder_checks, site_photos, protocol="https")
tm.flow(portal, job_db, ladder_checks, site_photos)
tm.flow(crew_app, operative, approved_rams, label="on the phone screen")
tm.flow(operative, crew_app, ladder_checks, site_photos)

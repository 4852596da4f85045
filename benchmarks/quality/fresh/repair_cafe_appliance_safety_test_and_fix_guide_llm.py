"""Repair café network: appliance safety tests and an LLM fix guide (first design).

A network of volunteer-run repair cafés in the Netherlands and Belgium. Visitors
register a broken item (name, e-mail, what it is, what is wrong) on a public
booking site before the session. At the café, volunteers work from a shared
tablet: they see the day's jobs, log the portable-appliance (PAT) safety test
results for each electrical item, and ask a repair assistant for likely faults
and repair steps. The assistant retrieves excerpts from a library of service
manuals (uploaded by coordinators or fetched from manufacturers' support sites)
and asks a hosted LLM; its system prompt tells the model to refuse mains-voltage
repairs unless the platform marks the volunteer as qualified. Coordinators keep
the volunteer roster and qualifications. The platform runs in one cloud account
with a managed, encrypted database; volunteers sign in with e-mail and password,
and everything travels over HTTPS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Repair café safety test and fix guide",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Item registration, PAT result logging and an LLM repair guide for volunteer repair cafés.",
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Item registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Visitor name, e-mail, item type, brand and model, fault description.",
)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)
jobs = tg.Data("Repair job list", kind="records", sensitivity=tg.Sensitivity.PII)
pat_results = tg.Data(
    "PAT safety test results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Visual inspection, earth continuity, insulation resistance, pass or fail.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
roster = tg.Data(
    "Volunteer roster and qualifications",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Volunteer contact details and the 'qualified for mains work' flag.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
qualification_update = tg.Data(
    "Qualification update", kind="records", sensitivity=tg.Sensitivity.PII
)
fault_question = tg.Data("Fault question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
manuals = tg.Data("Service manuals", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
manufacturer_docs = tg.Data(
    "Manufacturer support documents", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
manual_chunks = tg.Data(
    "Manual excerpts and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
llm_prompt = tg.Data(
    "Repair assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt with the refusal rule and the volunteer's qualification flag, "
    "the item details, the question and manual excerpts.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
suggestion = tg.Data(
    "Fault and repair suggestion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
assistant_log = tg.Data(
    "Assistant conversation log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who bring a broken item to a session.
    visitor = tm.add(tg.Actor("Visitor", role="member of the public"))
    # Manufacturers' public support pages where manuals and exploded views are fetched from.
    manufacturer_sites = tm.add(
        tg.DataSource(
            "Manufacturer support sites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={manufacturer_docs},
        )
    )

with tm.boundary(
    "Café venue",
    trust=tg.Trust.PARTNER,
    description="Community halls and libraries; the tablet uses the venue's Wi-Fi.",
):
    # Volunteer fixers; some are qualified electricians, most are not.
    volunteer = tm.add(tg.Actor("Volunteer repairer", role="volunteer"))
    # The café's shared tablet: job list, PAT result entry and the repair assistant screen.
    tablet = tm.add(
        tg.Device("Café tablet", fleet=True, description="One Android tablet per café.")
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends booking confirmations to visitors.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model that writes the fault and repair suggestions.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.ModelAlignment(note="the vendor's safety tuning")},
        )
    )

with tm.boundary("Platform cloud", trust=tg.Trust.INTERNAL):
    # Public site where visitors register their item for a session.
    booking_site = tm.add(
        tg.Endpoint(
            "Booking site",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.InputValidation(note="form schema and length checks")},
        )
    )
    # Back end for bookings, job lists, PAT results and the volunteer roster.
    platform_api = tm.add(
        tg.Service(
            "Platform API",
            controls={
                tg.controls.Authentication(method="volunteer e-mail and password"),
                tg.controls.RBAC(note="volunteer and coordinator roles"),
            },
        )
    )
    # Managed database holding registrations, jobs, PAT results and the roster.
    records_db = tm.add(
        tg.DataStore(
            "Repair records database",
            stores={registration, jobs, pat_results, roster, assistant_log},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Orchestrator: looks up the volunteer's qualification, retrieves manual excerpts,
    # builds the prompt and calls the LLM.
    assistant = tm.add(
        tg.Service(
            "Repair assistant service",
            description="Adds the volunteer's mains-qualification flag to the system prompt; "
            "the model is instructed to refuse mains-voltage repair steps when it is false.",
        )
    )
    # Vector index over the service manual library.
    manual_index = tm.add(tg.VectorStore("Service manual index", stores={manual_chunks}))
    # Chunks and embeds uploaded manuals and fetched manufacturer documents.
    ingestion = tm.add(tg.Pipeline("Manual ingestion pipeline", stage=tg.Stage.INGESTION))

with tm.boundary("Coordinator laptops", trust=tg.Trust.INTERNAL):
    # Regional coordinators: run the roster, mark who is qualified, upload manuals.
    coordinator = tm.add(tg.Actor("Café coordinator", role="coordinator", privileged=True))

# ---------------------------------------------------------------- flows
# Registration and confirmation
tm.flow(visitor, booking_site, registration, protocol="https")
tm.flow(booking_site, platform_api, registration, protocol="https")
tm.flow(platform_api, records_db, registration, pat_results, assistant_log)
tm.flow(records_db, platform_api, jobs, roster)
tm.flow(platform_api, mailer, confirmation, protocol="https")
tm.flow(mailer, visitor, confirmation, protocol="smtp")

# At the café: job list and PAT results
tm.flow(volunteer, tablet, pat_results, fault_question, label="typed on the touchscreen")
tm.flow(platform_api, tablet, jobs, protocol="https")
tm.flow(tablet, platform_api, pat_results, protocol="https")
tm.flow(tablet, volunteer, jobs, suggestion, label="shown on the touchscreen")

# Repair assistant
tm.flow(tablet, assistant, fault_question, protocol="https")
tm.flow(records_db, assistant, roster, jobs, label="volunteer qualification and item details")
tm.flow(assistant, manual_index, fault_question, label="similarity query")
tm.flow(manual_index, assistant, manual_chunks, label="retrieved excerpts")
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, tablet, suggestion, protocol="https")
tm.flow(assistant, records_db, assistant_log)

# Roster and manual library
tm.flow(coordinator, platform_api, qualification_update, protocol="https")
tm.flow(coordinator, ingestion, manuals, protocol="https", label="manual upload")
tm.flow(manufacturer_sites, ingestion, manufacturer_docs, protocol="https", label="fetch")
tm.flow(ingestion, manual_index, manual_chunks)

"""Hedgerow cutting scheduler agent: the first design, before any security review.

A farm co-operative in Ireland books hedge cutting contractors for its members. A
member asks for hedges to be cut through the co-op's web portal (e-mail and password
accounts). An LLM agent, running in the co-op's cloud account with a hosted model in
an EU region, reads the request, calls a rules check tool that compares each hedge and
date with the closed nesting season (1 March to 31 August) and the member's agri-
environment scheme commitments in the hedgerow register, then books a contractor in
the shared calendar and e-mails the job sheet. Requests that fail the check, or that
claim a road-safety exemption, wait for the co-op's compliance officer; passing ones
are booked straight away. Each check result and booking, and the contractor's
geotagged completion photos, go to an evidence store from which the compliance
officer assembles packs for Department of Agriculture inspections. Stores are
encrypted at rest; the portal checks uploaded files' type and size.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hedgerow cutting scheduler agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Books hedge cutting contractors for co-op members, checks the closed season and "
        "scheme rules, and keeps evidence for inspections."
    ),
)

# ---------------------------------------------------------------- data assets
cutting_request = tg.Data(
    "Hedge cutting request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Member, herd number, hedge ids, wanted dates, reason and free-text notes.",
)
request_status = tg.Data("Request status", kind="records", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the request, tool results so far.",
)
llm_reply = tg.Data(
    "LLM reply with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
check_query = tg.Data("Rules check query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
check_result = tg.Data(
    "Closed season and scheme check result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
hedgerow_records = tg.Data(
    "Hedgerow and agreement records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Members' holdings, land parcels, hedge segments and scheme actions on them.",
)
cutting_rules = tg.Data(
    "Cutting rules and closed season dates",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
register_updates = tg.Data("Register updates", kind="records", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Contractor bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who cuts which hedges on which day, with the farm's location.",
)
availability = tg.Data("Contractor availability", kind="records", sensitivity=tg.Sensitivity.PII)
job_sheet = tg.Data("Job sheet", kind="documents", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
evidence_entry = tg.Data("Evidence entry", kind="tool-call", sensitivity=tg.Sensitivity.PII)
completion_photos = tg.Data(
    "Geotagged completion photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Before and after photos with GPS position and time, taken by the contractor.",
)
evidence_records = tg.Data(
    "Inspection evidence records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
flagged_request = tg.Data(
    "Flagged request for review", kind="records", sensitivity=tg.Sensitivity.PII
)
review_decision = tg.Data(
    "Compliance review decision", kind="records", sensitivity=tg.Sensitivity.PII
)
evidence_pack = tg.Data(
    "Inspection evidence pack", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members ask for their hedges to be cut and follow the request.
    farmer = tm.add(tg.Actor("Member farmer", role="co-op member"))
    # Contractors get job sheets, give their availability and upload proof of work.
    contractor = tm.add(tg.Actor("Hedge cutting contractor", role="contractor"))

with tm.boundary("LLM provider (EU region)", trust=tg.Trust.PARTNER):
    # The language model the scheduling agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, EU data residency.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers job sheets and confirmations; contractors work from their phones' mail.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Department of Agriculture", trust=tg.Trust.PARTNER):
    # Checks at inspection that no hedge was cut in the closed season or against a scheme action.
    inspector = tm.add(tg.Actor("Department inspector", role="scheme inspector"))

with tm.boundary("Co-op office", trust=tg.Trust.INTERNAL):
    # Reviews what the agent cannot book on its own and answers inspections.
    officer = tm.add(tg.Actor("Compliance officer", role="co-op compliance officer"))

with tm.boundary("Co-op cloud account", trust=tg.Trust.INTERNAL):
    # The one front door for members, contractors and co-op staff.
    portal = tm.add(
        tg.Service(
            "Co-op member portal",
            description="Web app: request form, contractor job list and uploads, admin pages.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="photo uploads limited to JPEG/HEIC under 15 MB"),
            },
        )
    )
    # Works each request through check, booking and evidence.
    agent = tm.add(
        tg.Agent(
            "Cutting scheduler agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Plans each request with the hosted LLM and calls the co-op's tools.",
            controls={
                c.HumanInTheLoop(
                    approver="co-op compliance officer",
                    note="only requests that fail the check or claim a road-safety exemption; "
                    "passing requests are booked automatically",
                ),
            },
        )
    )
    # The closed season and scheme check, in one place, from the register.
    rules_tool = tm.add(
        tg.Tool(
            "Cutting rules check tool",
            capabilities={"read"},
            description="Returns pass or fail per hedge and date, with the rule that applies.",
        )
    )
    # Puts the job in a contractor's diary and sends out the paperwork.
    booking_tool = tm.add(
        tg.Tool(
            "Contractor booking tool",
            capabilities={"read", "write", "send-messages"},
            description="Creates or moves a booking and e-mails the job sheet and confirmation.",
        )
    )
    # Writes what was checked and booked, for inspections.
    evidence_tool = tm.add(
        tg.Tool(
            "Evidence recorder tool",
            capabilities={"write"},
            description="Appends the check result and booking to the hedge's evidence file.",
        )
    )
    # Members' hedges and scheme commitments, and the cutting rules themselves.
    register = tm.add(
        tg.DataStore(
            "Hedgerow register",
            stores={hedgerow_records, cutting_rules},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys"), c.RBAC()},
        )
    )
    # The shared diary of contractors' days.
    calendar = tm.add(
        tg.DataStore(
            "Booking calendar",
            stores={bookings, availability},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # What an inspector may ask for: checks, bookings, photos.
    evidence_store = tm.add(
        tg.DataStore(
            "Inspection evidence store",
            stores={evidence_records, completion_photos},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# requests
tm.flow(farmer, portal, cutting_request, protocol="https")
tm.flow(portal, farmer, request_status, protocol="https")
tm.flow(portal, agent, cutting_request)
tm.flow(agent, portal, request_status)

# reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

# closed season and scheme check
tm.flow(agent, rules_tool, check_query)
tm.flow(register, rules_tool, hedgerow_records, cutting_rules)
tm.flow(rules_tool, agent, check_result)

# booking
tm.flow(agent, booking_tool, booking_request)
tm.flow(calendar, booking_tool, availability, bookings)
tm.flow(booking_tool, calendar, bookings)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, mailer, job_sheet, confirmation, protocol="https")
tm.flow(mailer, contractor, job_sheet, protocol="smtp+starttls")
tm.flow(mailer, farmer, confirmation, protocol="smtp+starttls")

# evidence
tm.flow(agent, evidence_tool, evidence_entry)
tm.flow(evidence_tool, evidence_store, evidence_records)
tm.flow(contractor, portal, completion_photos, availability, protocol="https")
tm.flow(portal, contractor, bookings, protocol="https", label="contractor job list")
tm.flow(portal, evidence_store, completion_photos)
tm.flow(portal, calendar, availability)
tm.flow(calendar, portal, bookings)

# compliance review and inspections
tm.flow(agent, officer, flagged_request, protocol="https", label="review queue in portal admin")
tm.flow(officer, agent, review_decision, protocol="https", label="approve, amend or refuse")
tm.flow(officer, portal, register_updates, protocol="https", label="register maintenance")
tm.flow(portal, register, register_updates)
tm.flow(evidence_store, portal, evidence_records, completion_photos, label="evidence export")
tm.flow(portal, officer, evidence_pack, protocol="https")
tm.flow(
    officer,
    inspector,
    evidence_pack,
    protocol="smtp+starttls",
    label="e-mailed ahead of the inspection",
)

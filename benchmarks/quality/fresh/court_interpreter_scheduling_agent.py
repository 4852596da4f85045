"""Court interpreter scheduling agent: the first design, before any security review.

Listing officers book hearings in the courts' case listing system and flag those
that need an interpreter (language, dialect, and whether the case needs a
security-cleared interpreter). Every hour a scheduling agent, running in the courts
service's cloud tenancy on a hosted LLM, picks up unfilled hearings, searches the
register of freelance interpreters for language, qualification, clearance and
availability, ranks candidates and sends booking offers by e-mail through the
government notification service. Interpreters sign in to a web portal to keep their
availability and profile up to date and to accept or decline offers. Clearance
levels arrive monthly from the national vetting service. Offers for hearings that
need clearance wait for a booking coordinator's approval; other offers go out
directly. Controls in this design: portal sign-in with an SMS code, read-only and
minimised hearing lookups, TLS on external links, a vetted LLM vendor with UK data
residency, encrypted stores and a log of every agent tool call.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Court interpreter scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Matches hearings needing interpreters with freelance interpreters "
    "and sends them booking offers.",
)

# ---------------------------------------------------------------- data assets
hearing_listing = tg.Data(
    "Hearing listings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Case number, parties, court, date and time, hearing type, "
    "interpreter language and clearance needed; includes criminal cases.",
)
hearing_need = tg.Data(
    "Interpreter requirement",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Court, date, time, duration, language, dialect, case type and "
    "clearance level; no party names.",
)
interpreter_profiles = tg.Data(
    "Interpreter profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, contact details, home postcode, languages, qualifications, "
    "clearance level, availability calendar and a free-text notes field.",
)
clearance_status = tg.Data(
    "Interpreter clearance levels",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
availability_update = tg.Data(
    "Availability and profile updates", kind="records", sensitivity=tg.Sensitivity.PII
)
portal_sign_in = tg.Data("Portal sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
candidates = tg.Data(
    "Matching interpreters",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Interpreters with the language, clearance and free time, with their profile notes.",
)
search_call = tg.Data(
    "Interpreter search request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lookup_call = tg.Data(
    "Unfilled hearing query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
offer_call = tg.Data("Send offer request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Scheduling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the interpreter requirement and the candidate list.",
)
agent_completion = tg.Data(
    "Ranking and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_offer = tg.Data(
    "Booking offer",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Court, date, time, language and fee, with a link to accept in the portal.",
)
offer_response = tg.Data(
    "Offer acceptance or decline", kind="records", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data("Interpreter bookings", kind="records", sensitivity=tg.Sensitivity.PII)
pending_offer = tg.Data("Offer awaiting approval", kind="records", sensitivity=tg.Sensitivity.PII)
coordinator_approval = tg.Data(
    "Coordinator approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Self-employed interpreters on the courts' register; they receive and answer offers.
    interpreter = tm.add(tg.Actor("Freelance interpreter", role="interpreter"))

with tm.boundary("Courts network", trust=tg.Trust.INTERNAL):
    # Court staff who list hearings and mark the interpreter need.
    listing_officer = tm.add(tg.Actor("Listing officer", role="court staff"))
    # Staff who approve offers for cleared hearings and handle hearings the agent cannot fill.
    coordinator = tm.add(tg.Actor("Booking coordinator", role="interpreter bookings team"))

    with tm.boundary("Case data zone", trust=tg.Trust.RESTRICTED):
        # The existing case listing system: the source of truth for hearings.
        listings = tm.add(
            tg.DataStore(
                "Case listing system",
                stores={hearing_listing, bookings},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="on-premises HSM"),
                },
            )
        )

with tm.boundary("Courts cloud tenancy", trust=tg.Trust.INTERNAL):
    # The LLM agent that fills interpreter requests, run hourly by a scheduler.
    agent = tm.add(
        tg.Agent(
            "Interpreter scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Works through unfilled hearings, picks up to three candidates "
            "per hearing and offers the booking to them in ranked order.",
            controls={
                c.HumanInTheLoop(
                    approver="booking coordinator",
                    note="only for hearings that need a security-cleared interpreter; "
                    "other offers are sent automatically",
                ),
                c.AuditLogging(retention_days=365, note="every prompt and tool call"),
            },
        )
    )
    # Read-only view of unfilled hearings needing an interpreter.
    hearing_tool = tm.add(
        tg.Tool(
            "Hearing lookup",
            capabilities={"read"},
            description="Returns unfilled hearings with only the fields needed to book an interpreter.",
            controls={
                c.LeastPrivilegeTools(note="read-only database account on one view"),
                c.DataMinimization(note="party names and case details are not returned"),
            },
        )
    )
    # Searches the register by language, clearance and free time.
    search_tool = tm.add(tg.Tool("Interpreter search", capabilities={"read"}))
    # Records the provisional booking and sends the offer e-mail.
    offer_tool = tm.add(tg.Tool("Booking offer sender", capabilities={"write", "send-messages"}))
    # Interpreters' own web portal.
    portal = tm.add(
        tg.Endpoint(
            "Interpreter portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Shows an interpreter only their own offers and bookings.",
            controls={
                c.Authentication(method="e-mail and password with SMS code at every sign-in")
            },
        )
    )
    # The register of freelance interpreters, with their calendars.
    register = tm.add(
        tg.DataStore(
            "Interpreter register",
            stores={interpreter_profiles, clearance_status, portal_sign_in},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Offers made, their state, and confirmed bookings.
    booking_store = tm.add(
        tg.DataStore(
            "Offers and bookings database",
            stores={booking_offer, offer_response, bookings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that ranks candidates and chooses tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK data residency, no training on our data")},
        )
    )

with tm.boundary("Government notification service", trust=tg.Trust.PARTNER):
    # Sends the offer e-mails on our behalf.
    notify = tm.add(tg.ExternalService("Notification service", provides="generic"))

with tm.boundary("Vetting authority", trust=tg.Trust.PARTNER):
    # Issues and withdraws security clearances; sends a monthly file of levels.
    vetting = tm.add(
        tg.DataSource(
            "National vetting service",
            origin=tg.Origin.PARTNER,
            provides={clearance_status},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# listing
tm.flow(listing_officer, listings, hearing_listing, label="books hearing, flags interpreter need")
tm.flow(listings, hearing_tool, hearing_listing, label="hourly query of unfilled hearings")

# agent loop
tm.flow(agent, hearing_tool, lookup_call)
tm.flow(hearing_tool, agent, hearing_need)
tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, agent_completion, protocol="https", controls={tls})
tm.flow(agent, search_tool, search_call)
tm.flow(register, search_tool, interpreter_profiles)
tm.flow(search_tool, agent, candidates)
tm.flow(
    agent, coordinator, pending_offer, protocol="https", label="approval queue in the staff web app"
)
tm.flow(coordinator, agent, coordinator_approval, protocol="https", label="approve or reject offer")
tm.flow(agent, offer_tool, offer_call)
tm.flow(offer_tool, booking_store, booking_offer)
tm.flow(offer_tool, notify, booking_offer, protocol="https", controls={tls})
tm.flow(notify, interpreter, booking_offer, protocol="smtp+starttls", label="offer e-mail")

# interpreter portal
tm.flow(
    interpreter,
    portal,
    portal_sign_in,
    availability_update,
    offer_response,
    protocol="https",
    controls={tls},
)
tm.flow(portal, interpreter, booking_offer, bookings, protocol="https", controls={tls})
tm.flow(portal, register, availability_update)
tm.flow(register, portal, interpreter_profiles, portal_sign_in)
tm.flow(portal, booking_store, offer_response)
tm.flow(booking_store, portal, booking_offer, bookings)

# clearance and confirmed bookings
tm.flow(vetting, register, clearance_status, protocol="sftp", label="monthly clearance file")
tm.flow(booking_store, listings, bookings, label="nightly sync of confirmed bookings")
tm.flow(
    booking_store,
    coordinator,
    bookings,
    protocol="https",
    label="unfilled and declined hearings report",
)

"""Court interpreter booking assistant: the first design, before any security review.

Listing officers of a courts service book freelance interpreters for hearings.
In a booking console they ask an LLM assistant to find an interpreter for a
hearing: the assistant looks the hearing up in the court listing system (read
only), searches the interpreter register for language, qualification, vetting
and availability, proposes a shortlist and drafts the booking confirmation.
The officer approves the booking in the console before the assistant's booking
tool records it and e-mails the confirmation through the courts' mail relay.
Interpreters keep their availability up to date, and accept or decline
bookings, in an interpreter portal on the internet. The assistant runs in the
courts' cloud tenancy and calls a hosted LLM under a vendor contract. Staff
sign in with single sign-on and MFA; interpreters with e-mail and password.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Court interpreter booking assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant that matches hearings to freelance interpreters "
    "and drafts booking confirmations for listing officers to approve.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="The officer's request, e.g. a Romanian interpreter for a case on Tuesday.",
)
officer_approval = tg.Data(
    "Officer booking approval",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="The officer's choice of interpreter and click to approve the booking.",
)
hearing_details = tg.Data(
    "Hearing details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Case number, court, date and time, language needed, party and "
    "defendant names, case type and special measures.",
)
interpreter_profiles = tg.Data(
    "Interpreter profiles",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, languages, qualifications, vetting status, contact details, "
    "home postcode and travel radius.",
)
availability = tg.Data(
    "Interpreter availability and notes",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Dates free, and free-text notes the interpreters type in the portal.",
)
prompt = tg.Data(
    "Assistant prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, the officer's request and the tool results so far.",
)
completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="The model's next tool call or its shortlist and draft text.",
)
hearing_query = tg.Data(
    "Hearing lookup call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
hearing_result = tg.Data(
    "Hearing lookup result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
search_criteria = tg.Data(
    "Interpreter search call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
candidates = tg.Data("Candidate interpreters", sensitivity=tg.Sensitivity.PII, kind="tool-result")
shortlist = tg.Data(
    "Interpreter match shortlist", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
draft_confirmation = tg.Data(
    "Draft booking confirmation", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
booking_call = tg.Data(
    "Booking tool call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Interpreter, hearing and the confirmation text to send.",
)
booking_result = tg.Data(
    "Booking tool result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
booking_records = tg.Data(
    "Booking records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
confirmation_email = tg.Data(
    "Booking confirmation e-mail", sensitivity=tg.Sensitivity.PII, kind="documents"
)
booking_response = tg.Data(
    "Booking acceptance or decline", sensitivity=tg.Sensitivity.PII, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelancers on their own devices: they receive bookings and maintain their availability.
    interpreter = tm.add(tg.Actor("Freelance interpreter", role="freelance interpreter"))

with tm.boundary("Courts staff network", trust=tg.Trust.INTERNAL):
    # Court staff who list hearings and arrange interpreters for them.
    officer = tm.add(tg.Actor("Listing officer", role="listing officer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reads the request and tool results and decides the next step.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, behind the vendor's API.",
            controls={
                tg.controls.SupplierAssessment(
                    note="vendor contract: UK data residency, no training on our prompts"
                )
            },
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The courts' outbound mail relay, used for every e-mail the platform sends.
    mail_relay = tm.add(tg.ExternalService("Outbound mail relay"))

with tm.boundary("Court case systems", trust=tg.Trust.RESTRICTED):
    # The existing system of record for hearings; the assistant only reads it.
    listing_system = tm.add(
        tg.DataStore(
            "Court listing system",
            stores={hearing_details},
            controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
        )
    )

with tm.boundary("Booking platform", trust=tg.Trust.INTERNAL):
    # Web app the officers work in: chat with the assistant, review and approve bookings.
    console = tm.add(
        tg.Endpoint(
            "Booking console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="courts staff single sign-on (OIDC) with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # The LLM agent: calls the lookup and search tools, drafts, books once approved.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling loop around the hosted LLM.",
            controls={tg.controls.CircuitBreaker(max_steps=20)},
        )
    )
    # Reads one hearing from the listing system's API.
    hearing_tool = tm.add(
        tg.Tool(
            "Hearing lookup tool",
            capabilities={"read"},
            controls={
                tg.controls.LeastPrivilegeTools(note="read-only service account on the listing API")
            },
        )
    )
    # Searches the register for interpreters by language, qualification and availability.
    search_tool = tm.add(tg.Tool("Interpreter search tool", capabilities={"read"}))
    # Records the booking and sends the confirmation e-mail to the interpreter.
    booking_tool = tm.add(
        tg.Tool(
            "Booking confirmation tool",
            capabilities={"write", "send-messages"},
            controls={
                tg.controls.HumanInTheLoop(approver="the listing officer, in the booking console")
            },
        )
    )
    # The courts' register of freelance interpreters, with their availability.
    register = tm.add(
        tg.DataStore(
            "Interpreter register",
            stores={interpreter_profiles, availability},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Bookings made, with their status; read back to avoid double booking.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={booking_records},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Public web app where interpreters see their bookings and update availability.
    portal = tm.add(
        tg.Endpoint(
            "Interpreter portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# officer and console
tm.flow(officer, console, booking_request, officer_approval, protocol="https")
tm.flow(console, officer, shortlist, draft_confirmation, protocol="https")
tm.flow(console, assistant, booking_request, officer_approval)
tm.flow(assistant, console, shortlist, draft_confirmation)

# assistant and model
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

# hearing lookup
tm.flow(assistant, hearing_tool, hearing_query)
tm.flow(hearing_tool, listing_system, hearing_query, protocol="https")
tm.flow(listing_system, hearing_tool, hearing_details, protocol="https")
tm.flow(hearing_tool, assistant, hearing_result)

# interpreter search
tm.flow(assistant, search_tool, search_criteria)
tm.flow(search_tool, register, search_criteria)
tm.flow(register, search_tool, interpreter_profiles, availability)
tm.flow(bookings_db, search_tool, booking_records, label="existing bookings")
tm.flow(search_tool, assistant, candidates)

# booking and confirmation
tm.flow(assistant, booking_tool, booking_call)
tm.flow(booking_tool, bookings_db, booking_records)
tm.flow(booking_tool, mail_relay, confirmation_email, protocol="smtp+starttls")
tm.flow(mail_relay, interpreter, confirmation_email, protocol="smtp")
tm.flow(booking_tool, assistant, booking_result)

# interpreter portal
tm.flow(interpreter, portal, availability, booking_response, protocol="https")
tm.flow(portal, interpreter, booking_records, protocol="https", label="my bookings")
tm.flow(portal, register, availability)
tm.flow(register, portal, interpreter_profiles, availability)
tm.flow(portal, bookings_db, booking_response)
tm.flow(bookings_db, portal, booking_records)

"""Bereavement booking chatbot: the first design, before any security review.

A council's bereavement service adds a chatbot to its website so families can
book an ash scattering appointment in the crematorium gardens or order a memorial
plaque without phoning the office. An LLM agent, calling a hosted model through
the council's cloud tenancy, talks with the applicant, finds the cremation record
from the deceased's name, cremation date and the applicant's postcode, offers
free slots, books them and sends a payment link from the council's card payment
provider; the fee comes from the booking record. Plaque orders wait for a
bereavement officer to approve the inscription. A booking API in front of the
bereavement records system does the reads and writes, receives the provider's
payment callbacks and sends confirmation e-mails through the council's
notification service. Staff sign in with council single sign-on and MFA;
transcripts are kept for 90 days; the model vendor was assessed by procurement.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Bereavement booking chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description=(
        "Council chatbot that books ash scattering and memorial plaque appointments, "
        "checks cremation records and takes payment."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Applicant chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Names of the deceased and applicant, dates, wishes, often grief.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation and tool results.",
)
completion = tg.Data(
    "Model completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
tool_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
api_request = tg.Data("Booking API request", kind="records", sensitivity=tg.Sensitivity.PII)
api_response = tg.Data("Booking API response", kind="records", sensitivity=tg.Sensitivity.PII)
cremation_records = tg.Data(
    "Cremation records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Deceased, date of cremation, applicant, where the ashes are held.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bookings = tg.Data(
    "Scattering and plaque bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Appointment slot, plaque inscription, applicant contact, fee and payment status.",
)
fees = tg.Data("Bereavement fees and charges", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
payment_request = tg.Data(
    "Payment request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Amount, booking reference, applicant e-mail.",
)
payment_link = tg.Data("Payment link", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the provider's hosted payment page.",
)
payment_callback = tg.Data(
    "Payment status callback", kind="records", sensitivity=tg.Sensitivity.PII
)
email_request = tg.Data(
    "Confirmation e-mail request", kind="records", sensitivity=tg.Sensitivity.PII
)
email = tg.Data("Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
plaque_decision = tg.Data(
    "Plaque inscription approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
worklist = tg.Data(
    "Bookings and pending plaque orders", kind="records", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Bereaved family member or funeral director acting for them; no account.
    applicant = tm.add(tg.Actor("Applicant", role="bereaved family member"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model reached through the council's cloud tenancy.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the provider's content filter"),
                c.SupplierAssessment(
                    note="procurement due diligence and data processing agreement"
                ),
            },
        )
    )

with tm.boundary("Payment and notification providers", trust=tg.Trust.PARTNER):
    # Council's card payment provider with a hosted payment page.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted payment pages; card data never reaches council systems.",
        )
    )
    # Government e-mail and text notification service.
    notify = tm.add(
        tg.ExternalService("Notification service", description="Sends e-mails from templates.")
    )

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # Chat API behind the widget on the council website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose="api",
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30), c.InputValidation()},
        )
    )
    # Runs the conversation and decides which booking tools to call.
    agent = tm.add(
        tg.Agent(
            "Bereavement booking assistant",
            autonomy="autonomous",
            description="Books scattering slots and raises plaque orders and payment links for the applicant.",
            controls={
                c.ImpactAssessment(
                    basis="public task; DPIA by the council's information governance team"
                ),
            },
        )
    )
    # Finds the cremation record the applicant is asking about.
    lookup_tool = tm.add(
        tg.Tool(
            "Cremation record lookup",
            capabilities={"read"},
            controls={
                c.Authentication(
                    method="deceased's name, date of cremation and applicant's postcode matched to the cremation record"
                )
            },
        )
    )
    # Lists free slots and books a scattering appointment in the diary.
    booking_tool = tm.add(tg.Tool("Scattering appointment booking", capabilities={"read", "write"}))
    # Raises a plaque order held for a bereavement officer's approval.
    plaque_tool = tm.add(
        tg.Tool(
            "Memorial plaque order",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="bereavement officer approves each inscription before the order is placed"
                )
            },
        )
    )
    # Asks the booking API for a payment link for a booking.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write"},
            description="The amount comes from the booking record's fee; the tool only names the booking.",
        )
    )
    # Integration layer over the records system, used by the tools and the staff console.
    booking_api = tm.add(
        tg.Service(
            "Booking API",
            description="Reads and writes the bereavement records system; fees are configured there per service.",
            controls={
                c.PolicyEnforcement(
                    rules="refuses double-booked slots and dates outside the gardens' opening hours"
                ),
            },
        )
    )
    # Existing bereavement records system: cremation register, diary, fees.
    records_system = tm.add(
        tg.DataStore(
            "Bereavement records system",
            stores={cremation_records, bookings, fees},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys"), c.RBAC()},
        )
    )
    # Conversation history for complaints and quality checks.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store", stores={transcripts}, controls={c.RetentionLimits(days=90)}
        )
    )
    # Office screen for bereavement staff.
    staff_console = tm.add(
        tg.Service(
            "Bereavement staff console",
            controls={
                c.Authentication(method="council single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Reviews bookings and approves plaque inscriptions.
    officer = tm.add(tg.Actor("Bereavement officer", role="bereavement services staff"))

# ---------------------------------------------------------------- flows
# conversation
tm.flow(applicant, chat_api, message, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, applicant, reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# tools
for tool in (lookup_tool, booking_tool, plaque_tool, payment_tool):
    tm.flow(agent, tool, tool_call)
    tm.flow(tool, agent, tool_result)
    tm.flow(tool, booking_api, api_request, protocol="https")
    tm.flow(booking_api, tool, api_response, protocol="https")

tm.flow(booking_api, records_system, bookings, protocol="tls")
tm.flow(records_system, booking_api, cremation_records, bookings, fees, protocol="tls")

# payment
tm.flow(booking_api, payments, payment_request, protocol="https")
tm.flow(payments, booking_api, payment_link, protocol="https")
tm.flow(applicant, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, booking_api, payment_callback, protocol="https", label="payment webhook")

# confirmation
tm.flow(booking_api, notify, email_request, protocol="https")
tm.flow(notify, applicant, email, protocol="smtp+starttls")

# staff
tm.flow(officer, staff_console, plaque_decision, protocol="https")
tm.flow(staff_console, booking_api, plaque_decision, protocol="https")
tm.flow(booking_api, staff_console, worklist, protocol="https")
tm.flow(staff_console, officer, worklist, protocol="https")

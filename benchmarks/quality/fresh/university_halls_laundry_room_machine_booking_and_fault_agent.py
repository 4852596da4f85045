"""Halls laundry booking and fault agent: the first design.

Students in a university hall of residence book the laundry room's washing
machines through the halls app, signing in with the university's single
sign-on, and pay for each cycle through a card payment provider. The machines
report each cycle's start, finish and error codes over the halls network to a
telemetry gateway, which forwards them to our cloud telemetry store. An agent in
the app, backed by a hosted LLM, answers students' questions, looks up their
bookings and the cycle telemetry, refunds a cycle that the telemetry shows failed,
and raises fault tickets in the laundry contractor's ticket system. Halls staff
review refunds and faults through an admin view of the same app. Controls in this
design: SSO with MFA and a request quota on the app, a step limit and audit log
on the agent, a per-refund cap, API keys in a vault and encrypted booking storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Halls laundry booking and fault agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Washing-machine booking app for a hall of residence, with an agent that answers "
        "students, refunds failed cycles from machine telemetry and raises contractor fault tickets."
    ),
)

# ---------------------------------------------------------------- data assets
sso_login = tg.Data(
    "University sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data("SSO ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
booking_request = tg.Data("Machine booking request", kind="records", sensitivity=tg.Sensitivity.PII)
question = tg.Data("Student chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation, booking and telemetry results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Bookings and payments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student, room number, machine, slot, amount paid and refund status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
telemetry = tg.Data(
    "Machine cycle telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Machine id, cycle start and end, door lock, water and error codes.",
)
status_query = tg.Data("Cycle status lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
status_result = tg.Data("Cycle status result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
refund_request = tg.Data("Cycle refund request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
refund_result = tg.Data(
    "Refund confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data(
    "Student card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the provider's hosted payment page.",
)
payment_event = tg.Data(
    "Cycle payment webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
fault_ticket = tg.Data(
    "Fault ticket",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Machine, room, fault description written by the agent, recent error codes.",
)
ticket_update = tg.Data(
    "Fault ticket status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
review = tg.Data("Staff refund and fault review", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents of the hall, using the app on their phones.
    student = tm.add(tg.Actor("Student resident", role="student"))

with tm.boundary("University IT", trust=tg.Trust.PARTNER):
    # The university's identity provider, used for every student and staff sign-in.
    sso = tm.add(
        tg.ExternalService(
            "University single sign-on", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("Halls network", trust=tg.Trust.INTERNAL):
    # The laundry room's machines, each with a telemetry module on the halls Wi-Fi.
    machines = tm.add(tg.Device("Washing machines", fleet=True))
    # Small box in the laundry room that collects machine messages and forwards them.
    gateway = tm.add(tg.Service("Laundry telemetry gateway"))
    # Halls office staff who look after residents and the laundry room.
    staff = tm.add(tg.Actor("Halls staff", role="halls staff"))

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Takes cycle payments on a hosted page and issues refunds.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the laundry assistant.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Laundry contractor", trust=tg.Trust.PARTNER):
    # The contractor who owns and repairs the machines; their ticket system's API.
    contractor = tm.add(tg.ExternalService("Contractor fault ticket system"))

with tm.boundary("Laundry app cloud", trust=tg.Trust.INTERNAL):
    # Back end of the halls app: bookings, the chat, the staff view, payment webhooks.
    app_api = tm.add(
        tg.Endpoint(
            "Laundry app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # The assistant that answers, refunds and reports faults.
    agent = tm.add(
        tg.Agent(
            "Laundry assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=10), c.AuditLogging(retention_days=365)},
        )
    )
    # Bookings, payments and refunds.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Cycle events from every machine, kept for refunds and fault history.
    telemetry_store = tm.add(tg.DataStore("Telemetry store", stores={telemetry}))
    # Looks up a student's booking and the telemetry of that cycle.
    status_tool = tm.add(tg.Tool("Cycle status tool", capabilities={"read"}))
    # Refunds a failed cycle through the payment provider.
    refund_tool = tm.add(
        tg.Tool(
            "Cycle refund tool",
            capabilities={"money-movement", "write"},
            controls={
                c.TransactionLimits(limit="GBP 4 per refund, one cycle's price"),
                c.SecretsManagement(note="provider API key in the cloud vault"),
            },
        )
    )
    # Opens and follows fault tickets with the contractor.
    ticket_tool = tm.add(
        tg.Tool(
            "Fault ticket tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="contractor API key in the cloud vault")},
        )
    )

# ---------------------------------------------------------------- flows
# Sign-in and bookings.
tm.flow(student, sso, sso_login, protocol="https")
tm.flow(sso, app_api, id_token, protocol="oidc")
tm.flow(student, app_api, booking_request, question, protocol="https")
tm.flow(app_api, student, bookings, answer, protocol="https")
tm.flow(app_api, booking_db, bookings)
tm.flow(booking_db, app_api, bookings)
tm.flow(student, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, app_api, payment_event, protocol="https", label="payment webhook")

# Machine telemetry.
tm.flow(machines, gateway, telemetry, protocol="mqtt")
tm.flow(gateway, telemetry_store, telemetry, protocol="https")

# The chat and the model.
tm.flow(app_api, agent, question)
tm.flow(agent, app_api, answer)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Booking and cycle lookups.
tm.flow(agent, status_tool, status_query)
tm.flow(booking_db, status_tool, bookings)
tm.flow(telemetry_store, status_tool, telemetry)
tm.flow(status_tool, agent, status_result)

# Refunds of failed cycles.
tm.flow(agent, refund_tool, refund_request)
tm.flow(refund_tool, payments, refund_request, protocol="https")
tm.flow(payments, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, booking_db, bookings, label="records refund")
tm.flow(refund_tool, agent, refund_result)

# Fault tickets with the contractor.
tm.flow(agent, ticket_tool, fault_ticket)
tm.flow(ticket_tool, contractor, fault_ticket, protocol="https")
tm.flow(contractor, ticket_tool, ticket_update, protocol="https")
tm.flow(ticket_tool, agent, ticket_update)

# Halls staff review refunds and faults in the admin view.
tm.flow(staff, sso, sso_login, protocol="https")
tm.flow(staff, app_api, review, protocol="https")
tm.flow(app_api, staff, bookings, ticket_update, protocol="https")

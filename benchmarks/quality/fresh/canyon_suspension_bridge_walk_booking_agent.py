"""Canyon suspension-bridge walk: booking agent, first design before security review.

Visitors chat with an AI booking agent on the attraction's website to buy timed tickets
for the bridge walk, ask questions, and change or refund bookings. The agent runs on our
cloud booking platform, uses a vendor's hosted LLM, and acts through a booking tool and a
refund tool that call the booking service. The bridge holds at most 40 people at once, so
the booking service sells each timed slot up to 40 tickets. Payment is taken on the
payment provider's hosted checkout, which also executes refunds. Gate staff scan QR
tickets with handheld scanners that ask the booking service whether each is valid. An
anemometer feeds a closure controller on the site network that closes the bridge above
the wind limit and tells the booking service and the agent; the duty manager reopens it.
Controls: HTTPS, chat rate limits, a booking reference and e-mail check before changes,
ticket-office approval of refunds above EUR 150, and encrypted booking data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canyon suspension-bridge walk booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="AI agent selling, changing and refunding timed bridge-walk tickets, "
    "with gate scanning and wind closures.",
)

# ---------------------------------------------------------------- data assets
visitor_message = tg.Data("Visitor chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, conversation so far, tool results and closure notices.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
refund_call = tg.Data("Refund tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
refund_result = tg.Data("Refund tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
bookings = tg.Data(
    "Bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, party size, slot, ticket codes and payment reference.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
slot_availability = tg.Data("Slot availability", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
e_ticket = tg.Data("E-ticket with QR code", sensitivity=tg.Sensitivity.PII, kind="documents")
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
checkout_request = tg.Data("Checkout session request", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_confirmation = tg.Data("Payment confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_instruction = tg.Data("Refund instruction", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_status = tg.Data("Refund status", sensitivity=tg.Sensitivity.CONFIDENTIAL)
ticket_scan = tg.Data(
    "Scanned ticket code", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
scan_result = tg.Data("Admit or refuse result", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
wind_readings = tg.Data("Wind speed readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
closure_status = tg.Data(
    "Bridge closure status",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
closure_notice = tg.Data("Closure notice", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
reopen_command = tg.Data("Reopen decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the web can open the chat; no account is needed to buy tickets.
    visitor = tm.add(tg.Actor("Visitor", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; the vendor's default safety filter is on.",
            controls={c.Guardrails(note="the vendor's built-in content filter")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes card payments on its hosted checkout and executes refunds; we never see cards.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout and refunds API; sends payment confirmations back.",
        )
    )

with tm.boundary("Booking platform", trust=tg.Trust.INTERNAL):
    # The chat API the website widget talks to.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Sells tickets, answers questions, changes and refunds bookings on the visitor's word.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers questions about the walk and books, changes or refunds "
            "tickets through its tools; rebooks visitors when told of a closure.",
            controls={c.AuditLogging(retention_days=90)},
        )
    )
    # Creates and moves bookings in the booking service.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            description="Looks up slots, creates bookings, moves a booking to another slot.",
            controls={c.Authentication(method="booking reference and e-mail address")},
        )
    )
    # Cancels a booking and asks the booking service to refund it.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"write", "money-movement"},
            description="Cancels a booking and refunds it to the card it was paid with.",
            controls={
                c.Authentication(method="booking reference and e-mail address"),
                c.HumanInTheLoop(
                    approver="ticket office staff",
                    above="EUR 150 per booking",
                    note="refunds above EUR 150 wait for the ticket office; smaller ones go through",
                ),
            },
        )
    )
    # System of record for slots and tickets; sells each slot up to the bridge's limit.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            description="Timed slots, bookings, ticket validation at the gate, checkout and refunds.",
            controls={
                c.PolicyEnforcement(
                    rules="no slot is sold past 40 tickets; no sales for a slot while the bridge is closed"
                )
            },
        )
    )
    # Bookings, tickets and payment references.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Attraction site network", trust=tg.Trust.INTERNAL):
    # Staff at the bridge entrance who admit visitors slot by slot.
    gate_staff = tm.add(tg.Actor("Gate staff", role="gate attendant"))
    # Handheld scanners that read the QR code and show admit or refuse.
    scanner = tm.add(
        tg.Device(
            "Gate ticket scanner",
            fleet=True,
            controls={c.Authentication(method="per-scanner API key")},
        )
    )
    # Anemometer on the bridge tower.
    wind_sensor = tm.add(tg.Device("Bridge anemometer", fleet=False))
    # Closes the bridge above the wind limit and tells the booking side.
    closure = tm.add(
        tg.Service(
            "Bridge closure controller",
            description="Compares wind speed with the closure threshold, sets the bridge "
            "closed, and notifies the booking service and the agent.",
        )
    )
    # Decides when the bridge reopens after a wind closure.
    duty_manager = tm.add(tg.Actor("Duty manager", role="site operations", privileged=True))

# ---------------------------------------------------------------- flows
# Chat and agent loop
tm.flow(visitor, chat, visitor_message, protocol="https")
tm.flow(chat, agent, visitor_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, chat, agent_reply)
tm.flow(chat, visitor, agent_reply, protocol="https")

# Tools
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_service, booking_call, protocol="https")
tm.flow(booking_service, booking_tool, booking_result, slot_availability, protocol="https")
tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, agent, refund_result)
tm.flow(refund_tool, booking_service, refund_call, protocol="https")
tm.flow(booking_service, refund_tool, refund_result, protocol="https")

# Booking records
tm.flow(booking_service, booking_db, bookings)
tm.flow(booking_db, booking_service, bookings)

# Payment and refunds
tm.flow(booking_service, payments, checkout_request, refund_instruction, protocol="https")
tm.flow(visitor, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    booking_service,
    payment_confirmation,
    refund_status,
    protocol="https",
    label="payment webhook",
)
tm.flow(booking_service, visitor, e_ticket, protocol="smtp+starttls", label="confirmation e-mail")

# Gate
tm.flow(gate_staff, scanner, ticket_scan, label="scans QR code by hand")
tm.flow(scanner, booking_service, ticket_scan, protocol="https")
tm.flow(booking_service, scanner, scan_result, protocol="https")
tm.flow(scanner, gate_staff, scan_result, label="on the scanner screen")

# Wind closures
tm.flow(wind_sensor, closure, wind_readings, protocol="modbus", label="RS-485 wired link")
tm.flow(closure, booking_service, closure_status, protocol="https")
tm.flow(closure, agent, closure_notice, protocol="https", label="closure alert")
tm.flow(closure, duty_manager, closure_status, label="on the panel")
tm.flow(duty_manager, closure, reopen_command, label="on the panel")

"""Container terminal truck appointment agent: the first design, before any security review.

Hauliers book gate appointments for picking up import containers by e-mail or
WhatsApp. A message gateway in the terminal's IT network receives both channels,
accepts messages only from senders registered to a haulier account, and hands them
to an LLM agent backed by a hosted model. The agent reads the message, checks each
container's release status and customs holds in the terminal operating system (TOS),
books a slot in the gate appointment system and replies with a booking code. At the
gate the driver enters the code at the lane kiosk, a plate-recognition camera reads
the truck's plate and the gate system checks both against the appointment and the
container's status in the TOS. Shipping lines send release messages by EDI over
SFTP into the TOS; terminal planners can override slots there. Controls in this
design: sender allow-listing, a step limit on the agent, a booking-only API
account, EDI schema validation, and SSO, roles and audit logs on the TOS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Container terminal truck appointment agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that books truck gate appointments from hauliers' e-mails and WhatsApp messages.",
)

# ---------------------------------------------------------------- data assets
haulier_message = tg.Data(
    "Haulier booking message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Container numbers, truck plate, driver name and phone, wished time window.",
)
reply = tg.Data(
    "Booking reply with booking code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data("Agent prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
status_query = tg.Data(
    "Container status query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
status_result = tg.Data(
    "Release status and customs holds",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-result",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
slot_request = tg.Data(
    "Slot booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Container, time slot, haulier account and truck plate.",
)
booking_code = tg.Data(
    "Gate booking code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-result",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
edi_release = tg.Data(
    "Shipping line release message",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="EDIFACT release of a container to a named haulier, with the release reference.",
)
container_records = tg.Data(
    "Container status records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
slot_override = tg.Data(
    "Planner slot override", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
plate_image = tg.Data("Truck plate image", sensitivity=tg.Sensitivity.PII, kind="media")
plate_read = tg.Data("Plate read", sensitivity=tg.Sensitivity.PII, kind="records")
gate_check = tg.Data(
    "Gate appointment check",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Booking code and plate read sent for matching.",
)
appointment_match = tg.Data(
    "Appointment match result", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
gate_transaction = tg.Data(
    "Gate-in transaction", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
gate_instruction = tg.Data(
    "Gate ticket and yard instruction", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Haulier dispatchers who book slots for their trucks.
    haulier = tm.add(tg.Actor("Haulier dispatcher", role="haulier"))

with tm.boundary("Gate approach", trust=tg.Trust.UNTRUSTED):
    # The driver arriving at the gate lane with the truck.
    driver = tm.add(tg.Actor("Truck driver", role="driver"))

with tm.boundary("Messaging providers", trust=tg.Trust.PARTNER):
    # WhatsApp Business Platform: delivers haulier messages to our webhook.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business API"))
    # The terminal's hosted mailbox for bookings@.
    mailbox = tm.add(tg.ExternalService("Booking mailbox (hosted e-mail)"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads messages and decides which containers to check and what to book.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Shipping lines", trust=tg.Trust.PARTNER):
    # Each line's EDI system releases containers to hauliers.
    shipping_lines = tm.add(
        tg.DataSource(
            "Shipping line EDI",
            origin=tg.Origin.PARTNER,
            provides={edi_release},
            description="Release messages pushed to the terminal's SFTP drop.",
        )
    )

with tm.boundary("Terminal IT network", trust=tg.Trust.INTERNAL):
    # Receives both channels, checks the sender and sends the agent's replies.
    gateway = tm.add(
        tg.Service(
            "Message gateway",
            controls={
                c.Authentication(
                    method="sender phone number or e-mail address matched to a registered haulier account"
                )
            },
        )
    )
    # The LLM agent that turns a message into checks and a booking.
    agent = tm.add(
        tg.Agent(
            "Appointment agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Read-only view of release status and holds for the agent.
    tos_lookup = tm.add(tg.Tool("TOS status lookup", capabilities={"read"}))
    # Creates, moves and cancels gate slots for the agent.
    booking_tool = tm.add(
        tg.Tool(
            "Slot booking tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="GAS API account can only book and cancel slots")},
        )
    )
    # System of record for containers, releases, holds and gate moves.
    tos = tm.add(
        tg.Service(
            "Terminal operating system",
            controls={
                c.Authentication(method="Active Directory SSO"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Turns EDIFACT release messages into TOS updates.
    edi = tm.add(
        tg.Service(
            "EDI gateway",
            controls={c.SchemaEnforcement(note="EDIFACT syntax and code-list checks")},
        )
    )
    # Holds the slot calendar and issued booking codes.
    gas = tm.add(tg.Service("Gate appointment system"))
    # Terminal planners adjust slots and capacity in the TOS.
    planner = tm.add(tg.Actor("Terminal planner", role="planner", privileged=True))

with tm.boundary("Gate lane network", trust=tg.Trust.INTERNAL):
    # Reads the plate of each truck entering the lane.
    camera = tm.add(tg.Device("Plate-recognition camera", fleet=True))
    # Lane kiosk and gate logic: matches code and plate, prints the gate ticket.
    gate = tm.add(tg.Service("Gate system"))

# ---------------------------------------------------------------- flows
tm.flow(haulier, whatsapp, haulier_message, protocol="https")
tm.flow(whatsapp, haulier, reply, protocol="https")
tm.flow(haulier, mailbox, haulier_message, protocol="smtp")
tm.flow(mailbox, haulier, reply, protocol="smtp")
tm.flow(whatsapp, gateway, haulier_message, protocol="https", label="inbound message webhook")
tm.flow(gateway, whatsapp, reply, protocol="https")
tm.flow(mailbox, gateway, haulier_message, protocol="https", label="mailbox API poll")
tm.flow(gateway, mailbox, reply, protocol="https")

tm.flow(gateway, agent, haulier_message)
tm.flow(agent, gateway, reply)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, tos_lookup, status_query)
tm.flow(tos_lookup, agent, status_result)
tm.flow(tos_lookup, tos, status_query, protocol="https")
tm.flow(tos, tos_lookup, status_result, protocol="https")
tm.flow(agent, booking_tool, slot_request)
tm.flow(booking_tool, agent, booking_code)
tm.flow(booking_tool, gas, slot_request, protocol="https")
tm.flow(gas, booking_tool, booking_code, protocol="https")

tm.flow(shipping_lines, edi, edi_release, protocol="sftp")
tm.flow(edi, tos, container_records)
tm.flow(planner, tos, slot_override, protocol="https")
tm.flow(tos, gas, slot_override, label="slot and capacity changes")

tm.flow(driver, gate, gate_check, label="booking code at lane kiosk")
tm.flow(driver, camera, plate_image, label="truck passes the camera")
tm.flow(camera, gate, plate_read, protocol="http")
tm.flow(gate, gas, gate_check, protocol="https")
tm.flow(gas, gate, appointment_match, protocol="https")
tm.flow(tos, gate, status_result, protocol="https", label="status at the gate")
tm.flow(gate, tos, gate_transaction, protocol="https")
tm.flow(gate, driver, gate_instruction)

"""Port gate truck appointment agent: the first design, before any security review.

Haulier dispatchers book gate appointments for container pick-ups by e-mail or in a
web chat on the port's haulier portal. An LLM agent, running in the port's cloud
account and calling a hosted model, reads the request, checks the container's release
status in the terminal operating system (TOS) and its customs status with the customs
authority, books a free slot in the appointment database and e-mails the driver a QR
gate pass. Shipping lines release containers in the TOS through their own API
integrations. At the gate lane, OCR cameras read the truck plate and container number
and the gate kiosk checks the scanned QR pass against the appointment before it records
the gate-in transaction in the TOS. Controls in this design: portal sign-in and rate
limits on the chat, API keys for shipping lines, mutual TLS to customs, a read-only
service account for status look-ups, a slot-capacity check in the booking service, and
encrypted, audited appointment storage. Drivers' and hauliers' data make it a GDPR system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Port gate truck appointment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent booking truck gate appointments and issuing QR gate passes.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Container number, haulier, driver name, phone, truck plate, wanted time.",
)
agent_reply = tg.Data("Booking reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation and tool results.",
)
llm_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
status_query = tg.Data("Release status query", kind="tool-call")
release_status = tg.Data(
    "Container release status",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Shipping line release, holds, demurrage and customs status per container.",
)
customs_status = tg.Data(
    "Customs clearance status",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
line_release = tg.Data(
    "Shipping line release instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
booking_call = tg.Data("Slot booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Slot booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
appointment = tg.Data(
    "Gate appointment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Slot, container number, haulier, driver name and truck plate.",
)
pass_call = tg.Data("Gate pass request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
gate_pass = tg.Data(
    "QR gate pass",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="QR code holding the appointment reference, with the slot and driver name.",
)
camera_images = tg.Data(
    "Gate lane camera images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Truck front, plate and container side views; drivers are often in frame.",
)
ocr_reads = tg.Data(
    "Plate and container number reads", kind="records", sensitivity=tg.Sensitivity.PII
)
gate_in = tg.Data(
    "Gate-in transaction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
gate_outcome = tg.Data("Gate lane outcome", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Haulier office staff who ask for appointments; anyone can e-mail the booking address.
    dispatcher = tm.add(tg.Actor("Haulier dispatcher", role="haulier"))
    # The truck driver receives the QR pass on their phone and presents it at the gate.
    driver = tm.add(tg.Actor("Truck driver", role="driver"))

with tm.boundary("Shipping lines", trust=tg.Trust.PARTNER):
    # Each shipping line's own system releases its containers in the TOS.
    shipping_line = tm.add(tg.Actor("Shipping line integration", role="shipping line", human=False))

with tm.boundary("Customs authority", trust=tg.Trust.PARTNER):
    # National customs system: tells us whether a container is cleared or held.
    customs = tm.add(
        tg.ExternalService(
            "Customs clearance service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Government port community / customs API queried per container.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA signed, no training on our data")},
        )
    )

with tm.boundary("Port cloud", trust=tg.Trust.INTERNAL):
    # Receives booking e-mails at the public booking address and sends the replies.
    mail_gateway = tm.add(
        tg.Service(
            "Booking mail gateway",
            description="Managed mailbox; hands each new message to the agent.",
        )
    )
    # The web chat on the haulier portal; hauliers sign in with their portal account.
    chat = tm.add(
        tg.Endpoint(
            "Haulier chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="haulier portal e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Reads requests, decides which look-ups to make, books and issues passes on its own.
    agent = tm.add(
        tg.Agent(
            "Appointment agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.AuditLogging(note="every conversation and tool call is logged")},
        )
    )
    # Read-only look-up of release status in the TOS and at customs.
    status_tool = tm.add(
        tg.Tool(
            "Release status lookup",
            capabilities={tg.Capability.READ},
            controls={c.LeastPrivilegeTools(note="read-only TOS service account")},
        )
    )
    # Books a slot for a container, truck and driver in the appointment database.
    booking_tool = tm.add(
        tg.Tool(
            "Slot booking",
            capabilities={tg.Capability.READ, tg.Capability.WRITE},
            controls={c.PolicyEnforcement(rules="slot capacity per gate hour")},
        )
    )
    # Renders the QR pass and e-mails it to the driver's address given in the booking.
    pass_tool = tm.add(tg.Tool("Gate pass sender", capabilities={tg.Capability.SEND_MESSAGES}))
    # System of record for gate appointments, read by the gate kiosks.
    appointments = tm.add(
        tg.DataStore(
            "Appointment database",
            stores={appointment},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Terminal operations network", trust=tg.Trust.RESTRICTED):
    # The terminal operating system: container inventory, releases, holds and gate moves.
    tos = tm.add(
        tg.Service(
            "Terminal operating system",
            description="Commercial TOS running in the terminal's data centre.",
        )
    )

with tm.boundary("Gate lanes", trust=tg.Trust.INTERNAL):
    # OCR cameras on each in-gate lane.
    cameras = tm.add(tg.Device("Gate OCR cameras", fleet=True))
    # The OCR vendor's recognition model, running on the gate server.
    ocr = tm.add(
        tg.Model(
            "Plate and container OCR model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Vendor-supplied recognition software on the lane server.",
        )
    )
    # Self-service kiosk where the driver scans the QR pass; it opens the lane barrier.
    kiosk = tm.add(tg.Service("Gate kiosk"))

# ---------------------------------------------------------------- flows
# e-mail channel
tm.flow(dispatcher, mail_gateway, booking_request, protocol="smtp", label="booking e-mail")
tm.flow(mail_gateway, agent, booking_request, protocol="https")
tm.flow(agent, mail_gateway, agent_reply, protocol="https")
tm.flow(mail_gateway, dispatcher, agent_reply, protocol="smtp", label="reply e-mail")

# web chat channel
tm.flow(dispatcher, chat, booking_request, protocol="https")
tm.flow(chat, agent, booking_request)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, dispatcher, agent_reply, protocol="https")

# the model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# release status look-ups
tm.flow(agent, status_tool, status_query)
tm.flow(status_tool, agent, release_status, customs_status)
tm.flow(status_tool, tos, status_query, protocol="https")
tm.flow(tos, status_tool, release_status, protocol="https")
tm.flow(status_tool, customs, status_query, protocol="mtls")
tm.flow(customs, status_tool, customs_status, protocol="mtls")

# shipping lines release containers in the TOS
tm.flow(
    shipping_line,
    tos,
    line_release,
    protocol="https",
    controls={c.Authentication(method="per-line API key")},
)

# booking and the gate pass
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, appointments, appointment)
tm.flow(appointments, booking_tool, appointment, label="free slots")
tm.flow(booking_tool, agent, booking_result)
tm.flow(agent, pass_tool, pass_call)
tm.flow(pass_tool, driver, gate_pass, protocol="smtp", label="QR pass e-mail")

# at the gate
tm.flow(cameras, ocr, camera_images, protocol="rtsp")
tm.flow(ocr, kiosk, ocr_reads)
tm.flow(driver, kiosk, gate_pass, label="QR scanned at the kiosk")
tm.flow(kiosk, appointments, gate_pass, protocol="https", label="pass lookup")
tm.flow(appointments, kiosk, appointment, protocol="https")
tm.flow(kiosk, tos, gate_in, protocol="https")
tm.flow(kiosk, driver, gate_outcome, label="shown on the kiosk screen")

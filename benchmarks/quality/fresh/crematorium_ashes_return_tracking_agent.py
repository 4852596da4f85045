"""Ashes return tracking agent: the first design, before any security review.

After a cremation the remains are either collected by the funeral director or
by the family (the applicant named on the cremation application). Today the
crematorium office chases these collections by phone. This design adds an LLM
agent, running in the crematorium's cloud tenancy, that watches the custody
status of every set of ashes in the cremation register, proposes collection
slots from the collection diary, and sends SMS and e-mail reminders through a
messaging provider. Families and funeral directors reply to those messages and
the provider posts their replies to our webhook, where the agent reads them and
books or moves the collection. A hosted LLM from a vendor does the language
work. Office staff sign in to a dashboard with Microsoft 365 SSO and MFA, scan
container barcodes at every handover, and release the remains at the counter.
Traffic leaves over TLS; the register is encrypted at rest and role-restricted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crematorium ashes return tracking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent that tracks cremated remains from the crematorium to funeral "
        "directors and families, arranges collection and sends reminders."
    ),
)

# ---------------------------------------------------------------- data assets
cremation_records = tg.Data(
    "Cremation records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description=(
        "Cremation number, name of the deceased, applicant's name, address and phone, "
        "funeral director, and the applicant's instructions for the remains."
    ),
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
custody_status = tg.Data(
    "Ashes custody status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Where each container is (columbarium store, with funeral director, collected) and who holds it.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
handover_scans = tg.Data(
    "Container handover scans",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Container barcode, location and staff member at each move or release.",
)
appointments = tg.Data(
    "Collection appointments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who collects which remains, when, and at which counter.",
)
replies = tg.Data(
    "Family and funeral director replies",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text SMS and e-mail replies to reminders, asking to book, move or delegate a collection.",
)
reminders = tg.Data(
    "Collection reminders",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reminder and booking confirmation messages written by the agent.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, custody status, the reply being handled and the tool results so far.",
)
llm_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
custody_query = tg.Data("Custody lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
custody_result = tg.Data(
    "Custody lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data("Booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
send_call = tg.Data("Send reminder call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
conversation_log = tg.Data(
    "Conversation history",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every message in and out, and each tool call the agent made.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Bereaved families: the applicant, or someone they say will collect.
    family = tm.add(tg.Actor("Family member", role="applicant or next of kin"))

with tm.boundary("Funeral director offices", trust=tg.Trust.PARTNER):
    # Local funeral directors who collect most remains on the family's behalf.
    funeral_director = tm.add(tg.Actor("Funeral director", role="funeral director"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends our SMS and e-mail, and posts inbound replies to our webhook.
    messaging = tm.add(
        tg.ExternalService(
            "SMS and e-mail gateway",
            description="Commercial messaging API with a shared sender number and reply-to address.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Crematorium cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives the provider's webhook calls carrying inbound replies.
    webhook = tm.add(
        tg.Endpoint(
            "Inbound message webhook",
            purpose=tg.EndpointPurpose.API,
            description="Public HTTPS URL registered with the messaging provider.",
        )
    )
    # Plans reminders and bookings; runs on a schedule and on every inbound reply.
    agent = tm.add(
        tg.Agent(
            "Ashes return agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Sends reminders and books or moves collection slots without staff sign-off.",
            controls={c.AuditLogging(), c.CircuitBreaker(max_steps=15)},
        )
    )
    # Read-only look-up of where a set of remains is and who may collect it.
    custody_tool = tm.add(
        tg.Tool(
            "Custody status lookup",
            capabilities={"read"},
            description="Looks up a cremation by number or by the applicant's phone number.",
        )
    )
    # Books, moves and cancels collection slots in the diary.
    booking_tool = tm.add(tg.Tool("Collection booking tool", capabilities={"read", "write"}))
    # Sends an SMS or e-mail through the messaging provider.
    reminder_tool = tm.add(tg.Tool("Reminder sender", capabilities={"send-messages"}))
    # Counter collection slots for families and funeral directors.
    diary = tm.add(tg.DataStore("Collection diary", stores={appointments}))
    # Message history the agent re-reads for context and staff look at.
    log_store = tm.add(tg.DataStore("Conversation log", stores={conversation_log}))
    # Web app office staff use to see custody, bookings and the agent's messages.
    dashboard = tm.add(
        tg.Service(
            "Staff dashboard",
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )

    with tm.boundary("Records tier", trust=tg.Trust.RESTRICTED):
        # System of record for cremations and the custody chain of each container.
        register = tm.add(
            tg.DataStore(
                "Cremation register",
                stores={cremation_records, custody_status},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Crematorium office", trust=tg.Trust.INTERNAL):
    # Office staff who release remains at the counter and fix the records.
    staff = tm.add(tg.Actor("Crematorium office staff", role="bereavement services officer"))
    # Handheld scanner read at every move and handover of a container.
    scanner = tm.add(tg.Device("Container barcode scanner", fleet=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Replies coming in
tm.flow(family, messaging, replies, protocol="sms")
tm.flow(funeral_director, messaging, replies, protocol="smtp")
tm.flow(messaging, webhook, replies, protocol="https", controls={tls})
tm.flow(webhook, agent, replies)

# Agent reasoning
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})
tm.flow(agent, log_store, conversation_log)
tm.flow(log_store, agent, conversation_log, label="earlier messages")

# Custody look-ups
tm.flow(agent, custody_tool, custody_query)
tm.flow(custody_tool, register, custody_query)
tm.flow(register, custody_tool, cremation_records, custody_status)
tm.flow(custody_tool, agent, custody_result)

# Booking collections
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, diary, appointments, label="book, move or cancel slot")
tm.flow(diary, booking_tool, appointments, label="free slots")
tm.flow(booking_tool, agent, booking_result)

# Reminders going out
tm.flow(agent, reminder_tool, send_call)
tm.flow(reminder_tool, messaging, reminders, protocol="https", controls={tls})
tm.flow(messaging, family, reminders, protocol="sms")
tm.flow(messaging, funeral_director, reminders, protocol="smtp")

# Office staff
tm.flow(staff, dashboard, custody_status, appointments, protocol="https", controls={tls})
tm.flow(
    dashboard,
    staff,
    cremation_records,
    custody_status,
    appointments,
    conversation_log,
    protocol="https",
    controls={tls},
)
tm.flow(dashboard, register, custody_status, label="record release or correction")
tm.flow(register, dashboard, cremation_records, custody_status)
tm.flow(diary, dashboard, appointments)
tm.flow(dashboard, diary, appointments, label="staff edits")
tm.flow(log_store, dashboard, conversation_log)
tm.flow(scanner, dashboard, handover_scans, protocol="https", controls={tls})
tm.flow(dashboard, register, handover_scans, label="update custody chain")

"""Blood donor scheduling and haemoglobin follow-up agent: the first design.

A national blood service in the UK lets donors book donation sessions in its
donor app, which talks to a booking API in our cloud. A donor care agent, built
on a hosted LLM, sends reminders by SMS, answers donors' replies and rebooks
missed or cancelled appointments through a booking tool. At each session the
nurse takes a finger-prick sample; a haemoglobin meter sends the reading to the
nurse's managed tablet over Bluetooth, and the tablet syncs the session record
(donor, reading, pass or deferral) to the session records service. The agent
reads that result through a lookup tool and tells the donor when they can give
again. Donor records live in the donor management system, encrypted at rest and
behind role-based access; the booking service itself refuses slots inside the
minimum interval between donations. Donors sign in with e-mail and password,
nurses with their own PIN on an enrolled tablet; SMS goes out through a gateway.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blood donor session scheduling and haemoglobin check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Donor booking app plus an LLM agent that reminds, rebooks and reports "
    "when donors can give again from the session haemoglobin result.",
)

# ---------------------------------------------------------------- data assets
donor_record = tg.Data(
    "Donor record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Identity, contact details, blood group, donation history and deferrals.",
)
booking_request = tg.Data("Booking request", kind="records", sensitivity=tg.Sensitivity.PII)
appointment = tg.Data(
    "Session appointment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="high"),
)
hb_reading = tg.Data(
    "Haemoglobin reading",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
session_record = tg.Data(
    "Session outcome record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Donor id, haemoglobin result, pass or deferral and the nurse's note.",
)
donor_sms = tg.Data("Donor reply SMS", kind="prompt", sensitivity=tg.Sensitivity.PII)
outbound_sms = tg.Data(
    "Reminder and next-donation message", kind="model-output", sensitivity=tg.Sensitivity.PII
)
agent_prompt = tg.Data(
    "Agent prompt and context", kind="prompt", sensitivity=tg.Sensitivity.REGULATED
)
llm_reply = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
rebook_call = tg.Data("Rebooking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Donor eligibility lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
conversation_log = tg.Data(
    "Agent conversation log", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who give blood and book through the app or reply by SMS.
    donor = tm.add(tg.Actor("Blood donor", role="donor"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends reminders and relays donors' replies back to us.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Language model behind the donor care agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model with function calling, UK region.",
        )
    )

with tm.boundary("Donation session venue", trust=tg.Trust.INTERNAL):
    # Takes the finger-prick sample and runs the session.
    nurse = tm.add(tg.Actor("Session nurse", role="donor care nurse"))
    # Point-of-care haemoglobin meter used at the donor chair.
    hb_meter = tm.add(tg.Device("Haemoglobin meter", fleet=True))
    # Managed tablet the nurse records each donor's session on.
    tablet = tm.add(
        tg.Device(
            "Nurse session tablet",
            fleet=True,
            controls={c.Authentication(method="nurse's own PIN on an enrolled tablet")},
        )
    )

with tm.boundary("Blood service cloud", trust=tg.Trust.INTERNAL):
    # Backend of the donor app.
    booking_api = tm.add(
        tg.Endpoint(
            "Donor booking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # Receives session records synced from the nurses' tablets.
    session_service = tm.add(tg.Service("Session records service"))
    # Calendar of sessions and donor appointments; enforces the donation interval.
    calendar = tm.add(
        tg.DataStore(
            "Session appointment calendar",
            stores={appointment},
        )
    )
    # The LLM agent that reminds, rebooks and tells donors when they can give again.
    agent = tm.add(
        tg.Agent(
            "Donor care agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs on a schedule for reminders and on each inbound SMS or new session result.",
        )
    )
    # Moves or creates appointments for the donor in the conversation.
    booking_tool = tm.add(
        tg.Tool(
            "Rebooking tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="booking service refuses slots inside the minimum donation interval"
                )
            },
        )
    )
    # Reads the donor's last session outcome and deferral date.
    lookup_tool = tm.add(tg.Tool("Donor eligibility lookup tool", capabilities={"read"}))
    # Sends SMS to donors through the gateway.
    sms_tool = tm.add(tg.Tool("Donor SMS tool", capabilities={"send-messages"}))
    # Transcripts of every agent conversation, for complaints and audit.
    convo_log = tm.add(tg.DataStore("Agent conversation log store", stores={conversation_log}))

    with tm.boundary("Donor data tier", trust=tg.Trust.RESTRICTED):
        # System of record for donors and session outcomes.
        donor_db = tm.add(
            tg.DataStore(
                "Donor management system",
                stores={donor_record, session_record},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(donor, booking_api, booking_request, protocol="https")
tm.flow(booking_api, donor, appointment, protocol="https")
tm.flow(booking_api, calendar, appointment)
tm.flow(calendar, booking_api, appointment)
tm.flow(donor_db, booking_api, donor_record, label="eligibility and history")

tm.flow(hb_meter, tablet, hb_reading, protocol="bluetooth")
tm.flow(nurse, tablet, session_record)
tm.flow(tablet, nurse, donor_record, hb_reading)
tm.flow(tablet, session_service, session_record, protocol="https", label="session sync")
tm.flow(
    session_service, tablet, donor_record, appointment, protocol="https", label="session roster"
)
tm.flow(calendar, session_service, appointment)
tm.flow(session_service, donor_db, session_record)

tm.flow(donor, sms_gateway, donor_sms, protocol="sms")
tm.flow(sms_gateway, agent, donor_sms, protocol="https", label="inbound SMS webhook")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")
tm.flow(agent, lookup_tool, rebook_call, label="lookup by donor id")
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(donor_db, lookup_tool, donor_record, session_record)
tm.flow(agent, booking_tool, rebook_call)
tm.flow(booking_tool, agent, appointment)
tm.flow(booking_tool, calendar, appointment)
tm.flow(calendar, booking_tool, appointment)
tm.flow(agent, sms_tool, outbound_sms)
tm.flow(sms_tool, sms_gateway, outbound_sms, protocol="https")
tm.flow(sms_gateway, donor, outbound_sms, protocol="sms")
tm.flow(agent, convo_log, conversation_log)

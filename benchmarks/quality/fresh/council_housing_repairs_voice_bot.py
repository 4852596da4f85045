"""Council housing repairs voice bot: the first design, before any security review.

A UK city council's housing department answers its repairs line with a voice bot.
Tenants ring the usual number; the council's cloud contact-centre platform answers,
turns speech to text and posts each utterance to the bot's webhook. An LLM agent
(a hosted model) identifies the tenant by address and date of birth against the
housing management system, asks questions to judge urgency from the council's
repair priority guidance, offers and books a slot in the repairs contractor's
scheduling system and sends a confirmation SMS. Gas smells, flooding and other
emergencies are transferred to the out-of-hours repairs team with a summary.
Transcripts are kept for complaints and quality checks. Controls in this design:
address-and-date-of-birth identification, an API key on the webhook, a read-only
account for tenancy look-ups, HTTPS to every supplier, transcripts encrypted and
deleted after six months, and the housing system's own roles and audit log.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Council housing repairs voice bot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Phone bot that takes tenants' repair requests, triages urgency and books contractor slots.",
)

# ---------------------------------------------------------------- data assets
caller_speech = tg.Data(
    "Caller speech",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The tenant's voice on the call.",
)
bot_speech = tg.Data("Bot speech", kind="media", sensitivity=tg.Sensitivity.PII)
utterance = tg.Data(
    "Transcribed utterance",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Speech-to-text of each thing the caller says, with the caller's number.",
)
reply = tg.Data("Bot reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Conversation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, priority guidance, the conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next thing to say, or a tool call.",
)
guidance = tg.Data(
    "Repair priority guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which faults are emergency (24h), urgent (3 days) or routine (28 days).",
)
lookup_call = tg.Data(
    "Tenant lookup request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Address and date of birth as the caller gave them.",
)
tenancy = tg.Data(
    "Tenancy record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Tenant names, date of birth, address, phone numbers, vulnerability and access notes.",
)
tenant_match = tg.Data(
    "Tenant match",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Tenancy reference, name, mobile number and access notes when address and DOB match.",
)
booking_call = tg.Data(
    "Repair booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Fault description, priority, address, access notes and the chosen slot.",
)
repair_job = tg.Data(
    "Repair job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The job sent to the contractor: address, contact number, fault, priority, slot.",
)
slots = tg.Data(
    "Available slots and booking confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
sms_call = tg.Data(
    "Confirmation SMS request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Mobile number and text with job number, date and slot.",
)
sms = tg.Data("Confirmation SMS", kind="records", sensitivity=tg.Sensitivity.PII)
transfer_call = tg.Data(
    "Emergency transfer request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Call id, emergency type and a short summary with the address.",
)
transfer = tg.Data(
    "Call transfer with summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
staff_speech = tg.Data("Out-of-hours officer speech", kind="media", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data(
    "Call transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Full text of each call, tool calls and outcome.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring the repairs line; the bot only knows them by what they say.
    tenant = tm.add(tg.Actor("Tenant", role="council tenant"))

with tm.boundary("Contact-centre vendor", trust=tg.Trust.PARTNER):
    # Hosted contact-centre platform: numbers, call routing, speech-to-text and text-to-speech.
    platform = tm.add(
        tg.ExternalService(
            "Contact-centre platform",
            description="Answers the repairs number, transcribes speech, speaks the bot's replies, transfers calls.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(
                    note="council procurement security and data-protection questionnaire"
                )
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the booking confirmation texts.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Repairs contractor", trust=tg.Trust.PARTNER):
    # The contractor's own job scheduling system; the council books into it over its API.
    scheduling = tm.add(
        tg.ExternalService(
            "Contractor scheduling system",
            description="Holds operatives' diaries; offers slots by priority and trade, accepts bookings.",
        )
    )

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # Receives the platform's webhook calls, one per caller utterance.
    webhook = tm.add(
        tg.Endpoint(
            "Voice bot webhook",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="static API key from the contact-centre platform")
            },
        )
    )
    # Runs the conversation: identifies the tenant, triages, books, confirms or transfers.
    agent = tm.add(
        tg.Agent(
            "Repairs conversation agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                tg.controls.Authentication(
                    method="tenant's address and date of birth matched to the tenancy record"
                ),
            },
        )
    )
    # The council's urgency categories the agent triages against.
    guidance_store = tm.add(tg.DataStore("Repair priority guidance", stores={guidance}))
    # Finds the tenancy from address and date of birth.
    lookup_tool = tm.add(
        tg.Tool(
            "Tenant lookup",
            capabilities={"read"},
            controls={
                tg.controls.LeastPrivilegeTools(note="read-only service account on tenancy tables")
            },
        )
    )
    # Reads the contractor's free slots and books one.
    booking_tool = tm.add(tg.Tool("Repair booking", capabilities={"read", "write"}))
    # Texts the tenant the job number and appointment.
    sms_tool = tm.add(tg.Tool("Confirmation SMS", capabilities={"send-messages"}))
    # Puts emergencies through to the out-of-hours team.
    transfer_tool = tm.add(tg.Tool("Emergency transfer", capabilities={"send-messages"}))
    # Call transcripts for complaints, disputes and quality checks.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.RetentionLimits(days=180),
            },
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # The council's system of record for tenancies.
    housing_system = tm.add(
        tg.DataStore(
            "Housing management system",
            stores={tenancy},
            controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
        )
    )
    # Council officers who take emergency calls out of hours.
    ooh_team = tm.add(tg.Actor("Out-of-hours repairs team", role="repairs officer"))

# ---------------------------------------------------------------- flows
# The call
tm.flow(tenant, platform, caller_speech, protocol="pstn")
tm.flow(platform, tenant, bot_speech, staff_speech, protocol="pstn")
tm.flow(platform, webhook, utterance, protocol="https")
tm.flow(webhook, platform, reply, protocol="https")
tm.flow(webhook, agent, utterance)
tm.flow(agent, webhook, reply)

# Conversation with the model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(guidance_store, agent, guidance)

# Identifying the tenant
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, housing_system, lookup_call, protocol="https")
tm.flow(housing_system, lookup_tool, tenancy, protocol="https")
tm.flow(lookup_tool, agent, tenant_match)

# Booking the repair
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, scheduling, repair_job, protocol="https")
tm.flow(scheduling, booking_tool, slots, protocol="https")
tm.flow(booking_tool, agent, booking_result)

# Confirmation text
tm.flow(agent, sms_tool, sms_call)
tm.flow(sms_tool, sms_gateway, sms, protocol="https")
tm.flow(sms_gateway, tenant, sms, protocol="sms")

# Emergencies
tm.flow(agent, transfer_tool, transfer_call)
tm.flow(transfer_tool, platform, transfer, protocol="https")
tm.flow(platform, ooh_team, caller_speech, transfer, protocol="pstn")
tm.flow(ooh_team, platform, staff_speech, protocol="pstn")

# Record of the call
tm.flow(agent, transcript_store, transcripts)

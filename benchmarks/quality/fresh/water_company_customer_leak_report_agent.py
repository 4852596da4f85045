"""Leak and no-water report agent: the first design, before any security review.

Members of the public report leaks, bursts and loss of supply to our water
company through a chat window on the website or by phone. Calls go through our
contact-centre telephony provider, which turns speech into text and the agent's
replies back into speech. An LLM agent (a hosted model) asks for the location
and symptoms, looks up the account at that address (including priority services
register flags for customers who depend on water for medical reasons), checks
the network map for known incidents and planned works nearby, and either tells
the caller about an existing incident or raises a new job in the work
management system, then texts the job reference. Control-room dispatchers
triage every new job and assign it to a field crew, who see it in their app.
The agent, its tools and the transcript store run in our cloud; the GIS, CRM
and work management system are on the corporate network. Chat is anonymous but
rate limited; staff systems use SSO with MFA and role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Leak and no-water report agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat and phone agent that takes leak and supply-loss reports and raises field jobs.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text: what is wrong, where, name and a contact number.",
)
call_audio = tg.Data("Call audio", kind="media", sensitivity=tg.Sensitivity.PII)
utterance = tg.Data(
    "Transcribed caller utterance",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Speech-to-text of each caller turn, with the caller's number.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
map_query = tg.Data("Network map query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
map_result = tg.Data(
    "Nearby assets and incidents",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pressure zone, mains near the address, open incidents and planned works.",
)
network_map = tg.Data(
    "Water network map",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Mains, valves, pumping stations, pressure zones, incidents and planned works.",
)
account_query = tg.Data(
    "Account lookup request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Postcode and house number or name given by the caller.",
)
account_result = tg.Data(
    "Account contact and priority flags",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Account holder name, contact number and priority services register needs.",
)
customer_records = tg.Data(
    "Customer accounts and priority services register",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Includes medical dependency on water supply (e.g. home dialysis).",
)
job_request = tg.Data(
    "New job request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Fault type, location, priority chosen by the agent, contact details.",
)
job_reference = tg.Data("Job reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
job = tg.Data(
    "Leak job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
crew_assignment = tg.Data("Crew assignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_update = tg.Data("Job status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sms_request = tg.Data("Confirmation text request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
sms = tg.Data("Confirmation text message", kind="records", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Conversation transcript", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who sees a leak or loses supply: customers and passers-by alike.
    public = tm.add(tg.Actor("Member of the public", role="reporter"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Hosted contact-centre platform: answers calls, speech-to-text and text-to-speech.
    telephony = tm.add(
        tg.ExternalService(
            "Contact-centre telephony platform",
            description="Posts each transcribed caller turn to the agent and speaks its reply.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads the conversation and chooses the tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK data residency, no training on our data")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway we already use for supply interruption notices.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Customer services cloud", trust=tg.Trust.INTERNAL):
    # Web chat API behind the chat window on our website.
    chat_api = tm.add(
        tg.Endpoint(
            "Web chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per chat session and per IP"),
                c.InputValidation(note="message length and character set"),
            },
        )
    )
    # The LLM agent running the conversation and the tools.
    agent = tm.add(
        tg.Agent(
            "Leak report agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Raises jobs and sends texts without a person approving each one.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Read-only lookup of the GIS around a location.
    map_tool = tm.add(tg.Tool("Network map lookup tool", capabilities={"read"}))
    # Finds the account at the address the caller gives.
    account_tool = tm.add(tg.Tool("Customer account lookup tool", capabilities={"read"}))
    # Creates leak and no-water jobs; cannot update, close or cancel jobs.
    job_tool = tm.add(
        tg.Tool(
            "Job creation tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(note="service account may only create leak and supply jobs")
            },
        )
    )
    # Sends the job reference by text to the number the caller gave.
    sms_tool = tm.add(tg.Tool("Confirmation text tool", capabilities={"send-messages"}))
    # Full transcripts for complaint handling and quality review.
    transcripts = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcript},
            controls={c.RetentionLimits(days=180), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # GIS holding the water network and incident layers.
    gis = tm.add(tg.DataStore("GIS network map", stores={network_map}, controls={c.RBAC()}))
    # Customer billing and contact system, including the priority services register.
    crm = tm.add(
        tg.DataStore(
            "Customer CRM",
            stores={customer_records},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # System of record for field jobs; dispatchers triage here.
    wms = tm.add(
        tg.Service(
            "Work management system",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="control-room dispatcher", note="assigns every new job to a crew"
                ),
            },
        )
    )
    # Control-room staff who prioritise jobs and dispatch crews.
    dispatcher = tm.add(tg.Actor("Control-room dispatcher", role="dispatcher"))

with tm.boundary("Field operations", trust=tg.Trust.INTERNAL):
    # Crews who find and fix the leak, using the job app on company phones.
    crew = tm.add(tg.Actor("Field crew", role="field technician"))

# ---------------------------------------------------------------- flows
# Web chat.
tm.flow(public, chat_api, chat_message, protocol="https")
tm.flow(chat_api, public, reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, reply)

# Phone.
tm.flow(public, telephony, call_audio, protocol="pstn")
tm.flow(telephony, public, call_audio, protocol="pstn")
tm.flow(
    telephony,
    agent,
    utterance,
    protocol="https",
    controls={c.Authentication(method="telephony platform API key")},
)
tm.flow(agent, telephony, reply, protocol="https")

# The model.
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Tools.
tm.flow(agent, map_tool, map_query)
tm.flow(map_tool, gis, map_query)
tm.flow(gis, map_tool, network_map)
tm.flow(map_tool, agent, map_result)

tm.flow(agent, account_tool, account_query)
tm.flow(account_tool, crm, account_query)
tm.flow(crm, account_tool, customer_records)
tm.flow(account_tool, agent, account_result)

tm.flow(agent, job_tool, job_request)
tm.flow(job_tool, wms, job, protocol="https")
tm.flow(wms, job_tool, job_reference, protocol="https")
tm.flow(job_tool, agent, job_reference)

tm.flow(agent, sms_tool, sms_request)
tm.flow(sms_tool, sms_gateway, sms, protocol="https")
tm.flow(sms_gateway, public, sms, protocol="sms")

tm.flow(agent, transcripts, transcript)

# Dispatch and field work.
tm.flow(wms, dispatcher, job, protocol="https")
tm.flow(dispatcher, wms, crew_assignment, protocol="https")
tm.flow(wms, crew, job, protocol="https")
tm.flow(crew, wms, job_update, protocol="https")

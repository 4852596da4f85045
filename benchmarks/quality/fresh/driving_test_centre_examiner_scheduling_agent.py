"""Driving test examiner scheduling agent: the first design, before any security review.

A national driving test agency runs an LLM agent with two jobs. Candidates reach it
through a rebooking chat on the agency's website: they give their booking reference
and driving licence number, and the agent looks up their test, checks the rebooking
rules and moves the test to another slot, then texts a confirmation. Scheduling
coordinators use a staff console to ask the agent for next week's examiner rota
across the test centres; the agent drafts it from examiner availability and the
coordinator approves it before it is published and opens bookable slots.
The agent runs in the agency's cloud tenancy and calls a vendor-hosted LLM over
HTTPS; confirmations go out through a commercial SMS gateway. Controls in this
design: rate limiting on the public chat, booking-reference checks on lookups,
staff single sign-on with MFA and roles on the console, a step limit on the agent,
coordinator approval of rotas, and encryption at rest on the booking database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Driving test examiner scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that rebooks candidates' driving tests and drafts examiner rotas.",
)

# ---------------------------------------------------------------- data assets
candidate_message = tg.Data(
    "Candidate chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text, with the booking reference and licence number the candidate types.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, tool results and policy excerpts.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_records = tg.Data(
    "Test booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Candidate name, licence number, phone, test centre, date and time.",
)
test_slots = tg.Data("Bookable test slots", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
lookup_call = tg.Data("Booking lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Booking and free slots", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
rebook_call = tg.Data("Rebooking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
rebook_result = tg.Data("Rebooking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data(
    "Rebooking confirmation text", kind="records", sensitivity=tg.Sensitivity.PII
)
policy_docs = tg.Data(
    "Rebooking and rota rules", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
policy_excerpts = tg.Data(
    "Retrieved policy excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
availability = tg.Data(
    "Examiner availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Working patterns, leave, training days and the centres each examiner covers.",
)
rota = tg.Data(
    "Examiner rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
rota_request = tg.Data("Rota request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
rota_call = tg.Data("Rota assignment call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
rota_result = tg.Data("Rota tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Learner drivers (or someone booking for them) rebooking a practical test.
    candidate = tm.add(tg.Actor("Test candidate", role="candidate"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the rebooking confirmations to candidates' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public chat widget on the agency website, the only way in for candidates.
    chat = tm.add(
        tg.Endpoint(
            "Rebooking chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Internal web console where coordinators and examiners work with rotas.
    console = tm.add(
        tg.Endpoint(
            "Staff scheduling console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="agency OIDC single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # The LLM agent: answers candidates, rebooks tests, drafts rotas.
    agent = tm.add(
        tg.Agent(
            "Scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=20)},
            description="Rebooks candidates on its own; rota drafts wait for a coordinator.",
        )
    )
    # Reads a candidate's booking and the free slots at nearby centres.
    lookup_tool = tm.add(
        tg.Tool(
            "Booking lookup tool",
            capabilities={"read"},
            controls={
                c.Authentication(
                    method="booking reference and driving licence number matched to the booking record"
                )
            },
        )
    )
    # Moves a booking to another slot.
    rebook_tool = tm.add(tg.Tool("Rebooking tool", capabilities={"read", "write"}))
    # Writes examiner assignments; publication needs a coordinator's approval.
    rota_tool = tm.add(
        tg.Tool(
            "Rota assignment tool",
            capabilities={"read", "write"},
            controls={c.HumanInTheLoop(approver="scheduling coordinator approves the weekly rota")},
        )
    )
    # Hands confirmation texts to the SMS gateway.
    notify_tool = tm.add(tg.Tool("Candidate notification tool", capabilities={"send-messages"}))
    # Rebooking rules and rota rules, indexed so the agent can quote them.
    policy_index = tm.add(tg.VectorStore("Policy knowledge base", stores={policy_docs}))
    # Every chat kept for complaints and quality review.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

    with tm.boundary("Booking data tier", trust=tg.Trust.RESTRICTED):
        # System of record for practical test bookings and slots.
        booking_db = tm.add(
            tg.DataStore(
                "Booking database",
                stores={booking_records, test_slots},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Examiners' availability and the published rota per test centre.
        rota_db = tm.add(tg.DataStore("Examiner rota database", stores={availability, rota}))

with tm.boundary("Agency corporate network", trust=tg.Trust.INTERNAL):
    # Plans examiner cover across the centres in a region.
    coordinator = tm.add(tg.Actor("Scheduling coordinator", role="coordinator"))
    # Driving examiners enter availability and read their rota.
    examiner = tm.add(tg.Actor("Driving examiner", role="examiner"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# candidate rebooking conversation
tm.flow(candidate, chat, candidate_message, protocol="https", controls={tls})
tm.flow(chat, candidate, agent_reply, protocol="https", controls={tls})
tm.flow(chat, agent, candidate_message)
tm.flow(agent, chat, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})
tm.flow(agent, policy_index, candidate_message, label="policy query")
tm.flow(policy_index, agent, policy_excerpts)
tm.flow(agent, transcript_store, transcripts)

# booking lookups and rebooking
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, booking_db, lookup_call, label="query")
tm.flow(booking_db, lookup_tool, booking_records, test_slots)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, rebook_tool, rebook_call)
tm.flow(rebook_tool, booking_db, booking_records, label="move booking")
tm.flow(booking_db, rebook_tool, booking_records, test_slots, label="current booking")
tm.flow(rebook_tool, agent, rebook_result)
tm.flow(agent, notify_tool, confirmation)
tm.flow(notify_tool, sms_gateway, confirmation, protocol="https", controls={tls})
tm.flow(sms_gateway, candidate, confirmation, protocol="sms")

# examiner rota planning
tm.flow(coordinator, console, rota_request, protocol="https", controls={tls})
tm.flow(console, coordinator, rota, protocol="https", controls={tls})
tm.flow(examiner, console, availability, protocol="https", controls={tls})
tm.flow(console, examiner, rota, protocol="https", controls={tls})
tm.flow(console, rota_db, availability)
tm.flow(rota_db, console, rota)
tm.flow(console, agent, rota_request)
tm.flow(agent, console, rota, label="draft rota")
tm.flow(agent, rota_tool, rota_call)
tm.flow(rota_tool, rota_db, rota, label="approved rota")
tm.flow(rota_db, rota_tool, availability, rota)
tm.flow(rota_tool, agent, rota_result)
tm.flow(rota_tool, booking_db, test_slots, label="open slots for rostered examiners")

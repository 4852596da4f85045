"""Housing charity legal aid eligibility agent: the first design, before any security review.

Tenants facing eviction reach a chat on the charity's website, without an account.
An LLM agent, running in the charity's cloud tenancy and calling a hosted LLM under
a signed data processing agreement, asks about their tenancy, notice, income,
savings and household, and answers from the charity's published housing guidance,
retrieved from a vector index built from the website CMS. It calls an eligibility
checker tool that applies the legal aid means and merits thresholds, held in a
criteria table, in code, and a booking tool that puts an adviser callback with a
case summary into the callback diary; the tenant gets an SMS confirmation through
an SMS provider. Housing advisers sign in to the adviser portal with Microsoft 365
SSO and MFA to see their callbacks and the chat transcripts. The chat endpoint is
rate limited, the agent has a step limit, and the transcript store is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housing charity legal aid eligibility agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Web chat agent that screens tenants facing eviction for legal aid and books callbacks.",
)

# ---------------------------------------------------------------- data assets
tenant_message = tg.Data(
    "Tenant chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Tenancy, eviction notice, income, benefits, household; may mention health "
    "or domestic abuse.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved guidance and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
guidance_pages = tg.Data(
    "Housing advice pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
guidance_chunks = tg.Data(
    "Guidance chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
criteria = tg.Data(
    "Legal aid eligibility criteria",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Means thresholds, passported benefits and merits rules for housing cases.",
)
eligibility_request = tg.Data(
    "Eligibility check request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Household size, income, savings, benefits and type of possession claim.",
)
eligibility_result = tg.Data(
    "Eligibility result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking_request = tg.Data(
    "Callback booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone number, preferred time, urgency and a case summary.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
callback = tg.Data(
    "Callback booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
transcript = tg.Data("Chat transcript", kind="logs", sensitivity=tg.Sensitivity.PII)
sms = tg.Data("Callback confirmation SMS", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anonymous tenants on the charity's website; no sign-in.
    tenant = tm.add(tg.Actor("Tenant facing eviction", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that drives the conversation and chooses tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed; no training on our data, 30-day abuse log"),
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the callback confirmation text to the tenant's phone.
    sms_provider = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Chat widget backend on the public website.
    chat_api = tm.add(
        tg.Endpoint(
            "Advice chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="message length limit"),
            },
        )
    )
    # The conversational agent: asks questions, retrieves guidance, calls the tools.
    agent = tm.add(
        tg.Agent(
            "Eligibility agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
            description="Books callbacks itself; advisers see them afterwards.",
        )
    )
    # Read-only check: applies the thresholds in code, not by the model.
    checker = tm.add(
        tg.Tool(
            "Legal aid eligibility checker",
            capabilities={"read"},
            description="Deterministic means and merits test over the criteria table.",
        )
    )
    # Reference thresholds, updated by the advice team when the rules change.
    criteria_store = tm.add(tg.DataStore("Eligibility criteria table", stores={criteria}))
    # Writes a callback into the adviser diary and triggers the SMS.
    booker = tm.add(
        tg.Tool(
            "Callback booking tool",
            capabilities={"write", "send-messages"},
            controls={c.LeastPrivilegeTools(note="API key can only create callback slots")},
        )
    )
    # Advisers' callback diary with the tenant's contact details and case summary.
    diary = tm.add(tg.DataStore("Adviser callback diary", stores={callback}))
    # Whole conversations kept for advisers and quality review.
    transcripts = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcript},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Housing guidance the agent answers from.
    guidance_index = tm.add(tg.VectorStore("Housing guidance index", stores={guidance_chunks}))
    # Nightly job that chunks and embeds the published advice pages.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Staff web app for advisers: their callbacks, transcripts, criteria updates.
    portal = tm.add(
        tg.Service(
            "Adviser portal",
            controls={c.Authentication(method="Microsoft 365 SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Charity website", trust=tg.Trust.INTERNAL):
    # The charity's own CMS with its published housing advice.
    cms = tm.add(tg.DataSource("Website CMS", origin=tg.Origin.INTERNAL, provides={guidance_pages}))

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Advisers and solicitors who phone tenants back.
    adviser = tm.add(tg.Actor("Housing adviser", role="adviser"))

# ---------------------------------------------------------------- flows
tm.flow(tenant, chat_api, tenant_message, protocol="https")
tm.flow(chat_api, tenant, agent_reply, protocol="https")
tm.flow(chat_api, agent, tenant_message)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, guidance_index, tenant_message, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, checker, eligibility_request)
tm.flow(criteria_store, checker, criteria)
tm.flow(checker, agent, eligibility_result)

tm.flow(agent, booker, booking_request)
tm.flow(booker, diary, callback)
tm.flow(booker, sms_provider, sms, protocol="https")
tm.flow(sms_provider, tenant, sms, protocol="sms")
tm.flow(booker, agent, booking_confirmation)

tm.flow(agent, transcripts, transcript)

tm.flow(cms, indexer, guidance_pages, protocol="https", label="nightly export")
tm.flow(indexer, guidance_index, guidance_chunks)

tm.flow(diary, portal, callback)
tm.flow(transcripts, portal, transcript)
tm.flow(portal, diary, callback, label="adviser updates outcome")
tm.flow(portal, adviser, callback, transcript, protocol="https")
tm.flow(adviser, portal, callback, criteria, protocol="https")
tm.flow(portal, criteria_store, criteria, label="threshold updates")

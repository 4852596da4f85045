"""Municipal parking permit chatbot: the first design, before any security review.

The city adds a chat assistant to its website for resident parking permits.
Residents ask about zones, prices and rules, answered from the city's published
permit rules; after signing in with the national eID they can apply for or renew
a permit. An LLM agent, hosted in the city's cloud tenant and calling a model
vendor's API, checks eligibility through a read-only lookup in the municipal
address register and issues or renews permits through the permit system's API.
The permit system creates a payment order at the city's payment provider; the
resident pays on the provider's hosted page and the provider confirms by webhook.
Permit clerks handle cases the agent refers to them. Controls: eID sign-in and
rate limits on the chat API, TLS everywhere, a service account limited to the
permit operations the agent needs, and audit logging in the permit system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal parking permit chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "City LLM agent answering residents' permit questions, checking eligibility "
        "against the address register and issuing or renewing parking permits."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Resident message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Questions plus name, address and licence plate when applying.",
)
eid_assertion = tg.Data("eID assertion", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data("Agent prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
rules = tg.Data(
    "Published permit rules", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
address_query = tg.Data(
    "Address eligibility query", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
residency = tg.Data(
    "Registered residents at address",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Who is registered at the address and since when.",
)
address_records = tg.Data(
    "Address register records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
permit_request = tg.Data(
    "Permit issue or renewal request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
permit_status = tg.Data(
    "Permit status and payment link", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
permits = tg.Data(
    "Permit records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Permit holder, address, licence plate, zone, validity.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_order = tg.Data("Payment order", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
card_payment = tg.Data(
    "Resident payment details", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
payment_confirmation = tg.Data(
    "Payment confirmation webhook", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
referral = tg.Data("Referred case", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any resident (or anyone) using the chat on the city website.
    resident = tm.add(tg.Actor("Resident", role="resident"))

with tm.boundary("National eID service", trust=tg.Trust.PARTNER):
    # Government sign-in used before any application or renewal.
    eid = tm.add(tg.ExternalService("National eID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent calls for every turn.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # PSP with a hosted payment page; card data never reaches the city.
    psp = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("City cloud tenant", trust=tg.Trust.INTERNAL):
    # Chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="national eID (SAML), for applications and renewals"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that answers, checks eligibility and issues or renews permits.
    agent = tm.add(
        tg.Agent(
            "Permit agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Issues standard permits itself; refers exceptions to a clerk.",
            controls={c.SecretsManagement(note="permit system API key in the cloud key vault")},
        )
    )
    # City's published permit rules, zones and prices, for answering questions.
    rules_kb = tm.add(tg.VectorStore("Permit rules knowledge base", stores={rules}))
    # Read-only lookup of who is registered at an address.
    address_tool = tm.add(tg.Tool("Address eligibility lookup", capabilities={"read"}))
    # Issues and renews permits through the permit system API.
    permit_tool = tm.add(
        tg.Tool(
            "Permit issuance tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(note="service account limited to issue, renew and status")
            },
        )
    )
    # Keeps chat transcripts for complaints and quality review.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

with tm.boundary("City data centre", trust=tg.Trust.RESTRICTED):
    # Municipal register of residents and addresses (system of record).
    register = tm.add(tg.DataStore("Municipal address register", stores={address_records}))
    # Existing permit back office: permits, zones, payment orders.
    permit_system = tm.add(
        tg.Service(
            "Permit system",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    permit_db = tm.add(tg.DataStore("Permit database", stores={permits}))

with tm.boundary("City offices", trust=tg.Trust.INTERNAL):
    # Handles referred cases (care permits, disputes, business addresses).
    clerk = tm.add(tg.Actor("Permit clerk", role="city staff", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(resident, eid, eid_assertion, protocol="https", label="sign in")
tm.flow(eid, chat_api, eid_assertion, protocol="https", label="SAML assertion")
tm.flow(resident, chat_api, message, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, rules_kb, message, label="rules query")
tm.flow(rules_kb, agent, rules)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, address_tool, address_query)
tm.flow(address_tool, register, address_query, protocol="https")
tm.flow(register, address_tool, address_records, protocol="https")
tm.flow(address_tool, agent, residency)

tm.flow(agent, permit_tool, permit_request)
tm.flow(permit_tool, permit_system, permit_request, protocol="https")
tm.flow(permit_system, permit_tool, permit_status, protocol="https")
tm.flow(permit_tool, agent, permit_status)
tm.flow(permit_system, permit_db, permits)
tm.flow(permit_db, permit_system, permits)

tm.flow(permit_system, psp, payment_order, protocol="https")
tm.flow(resident, psp, card_payment, protocol="https", label="hosted payment page")
tm.flow(psp, permit_system, payment_confirmation, protocol="https", label="webhook")

tm.flow(agent, chat_api, reply)
tm.flow(chat_api, resident, reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, permit_system, referral, protocol="https", label="refer to clerk")
tm.flow(clerk, permit_system, permits, protocol="https", label="handles referred cases")
tm.flow(permit_system, clerk, referral, protocol="https")

"""City council parking permit chatbot: the first design, before any security review.

Residents open a chat window on the council website to ask about parking permits:
zones, prices, who qualifies, how to renew and how to buy visitor permits. General
questions are answered anonymously from the council's published parking guidance,
indexed into a vector store. To check eligibility, renew a resident permit or buy
visitor permits the resident signs in with their council My Account (OIDC), and an
LLM agent in the council's cloud tenancy calls three first-party tools that use the
permit vendor's SaaS API. The agent shows a summary and the resident presses Confirm
before a renewal or purchase is submitted; visitor permits are paid for on the
payment provider's hosted page, so card details never reach the council. The
language model is a hosted model from a cloud vendor with its content filter on.
Transcripts are kept for parking officers, who take over conversations the bot
hands off. Controls in this design: TLS on every external link, My Account sign-in,
an API gateway quota, the vendor's content filter, vaulted API keys and tool logging.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City council parking permit chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Public chatbot answering parking permit questions, checking eligibility and "
        "starting permit renewals and visitor-permit purchases for signed-in residents."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Resident chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; often includes address, vehicle registration and permit number.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data(
    "My Account sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Resident e-mail address and password.",
)
id_token = tg.Data(
    "My Account ID token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OIDC token carrying the resident's account id and verified address.",
)
llm_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved guidance and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text or a tool call chosen by the model.",
)
guidance = tg.Data(
    "Parking permit guidance pages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Zone maps, permit prices, eligibility rules and FAQs from the council website.",
)
guidance_chunks = tg.Data(
    "Guidance chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
eligibility_query = tg.Data(
    "Eligibility lookup call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Account id from the session, address and vehicle registration.",
)
eligibility_result = tg.Data(
    "Eligibility result and current permits",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
)
renewal_request = tg.Data(
    "Permit renewal request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
renewal_result = tg.Data(
    "Renewal application reference", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
visitor_order = tg.Data(
    "Visitor permit order",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Number of visitor sessions or scratch cards, dates and visitor vehicle.",
)
payment_link = tg.Data(
    "Visitor permit payment link",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hosted payment page URL for the order, priced by the permit system.",
)
permit_api_call = tg.Data(
    "Permit system API request", kind="records", sensitivity=tg.Sensitivity.PII
)
permit_api_response = tg.Data(
    "Permit system API response", kind="records", sensitivity=tg.Sensitivity.PII
)
permit_records = tg.Data(
    "Permit holder records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, addresses, vehicle registrations, proofs of residence, permits held.",
)
payment_session = tg.Data(
    "Payment session request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the payment provider's hosted page.",
)
payment_confirmation = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Whole conversations with tool calls and results.",
)
permit_api_key = tg.Data(
    "Permit system API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public can open the chat; residents sign in for permit actions.
    resident = tm.add(tg.Actor("Resident", role="resident"))

with tm.boundary("My Account identity provider", trust=tg.Trust.PARTNER):
    # The council's existing citizen identity service (hosted CIAM tenant).
    my_account = tm.add(
        tg.ExternalService(
            "My Account sign-in",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Hosted citizen identity; e-mail and password accounts.",
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public entry point behind the council's API gateway.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30, note="API gateway quota per session"),
                c.Authentication(
                    method="My Account OIDC (e-mail and password), required for permit actions"
                ),
            },
        )
    )
    # The LLM agent that answers and decides which permit tool to call.
    agent = tm.add(
        tg.Agent(
            "Permit assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description=(
                "Retrieves guidance, calls the permit tools, and shows a summary card the "
                "resident confirms before a renewal or purchase is submitted."
            ),
            controls={
                c.HumanInTheLoop(approver="the signed-in resident, via the Confirm button"),
                c.AuditLogging(note="every tool call and result goes to the transcript store"),
                c.SecretsManagement(note="permit system API key held in the cloud key vault"),
            },
        )
    )
    # Published parking guidance, so answers quote current council rules and prices.
    guidance_index = tm.add(tg.VectorStore("Parking guidance index", stores={guidance_chunks}))
    # Re-indexes the guidance pages whenever the website is republished.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Read-only check of the resident's eligibility and current permits.
    eligibility_tool = tm.add(
        tg.Tool(
            "Eligibility lookup tool",
            capabilities={"read"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description=(
                "Queries the permit system by the account id taken from the chat session "
                "and the address on the resident's My Account."
            ),
        )
    )
    # Starts a resident permit renewal application in the permit system.
    renewal_tool = tm.add(
        tg.Tool(
            "Permit renewal tool",
            capabilities={"write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Submits a renewal for a permit number the agent passes in.",
        )
    )
    # Creates a visitor permit order and returns the provider's payment link.
    visitor_tool = tm.add(
        tg.Tool(
            "Visitor permit purchase tool",
            capabilities={"write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Creates the order; the amount comes from the permit system's tariff.",
        )
    )
    # Conversations kept so officers can pick up hand-offs and answer complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model in the vendor's UK region; the council does not train it.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Permit vendor SaaS", trust=tg.Trust.PARTNER):
    # The council's existing parking permit back office, run by its vendor.
    permit_system = tm.add(
        tg.Service(
            "Parking permit system",
            description=(
                "Permit management SaaS: eligibility rules, applications, permit tariff "
                "and issuing. Exposes a REST API to the council."
            ),
            controls={c.Authentication(method="per-client API key")},
        )
    )
    # System of record for permits and permit holders.
    permit_db = tm.add(tg.DataStore("Permit database", stores={permit_records}))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment pages; card data is taken here, not by the council.
    payments = tm.add(tg.ExternalService("Payment provider", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Parking services staff: take over handed-off chats and manage permits.
    officer = tm.add(tg.Actor("Parking services officer", role="council staff"))
    # The council website CMS the guidance pages are published from.
    cms = tm.add(
        tg.DataSource("Council website CMS", origin=tg.Origin.INTERNAL, provides={guidance})
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# sign-in
tm.flow(resident, my_account, sign_in, protocol="https", controls={tls})
tm.flow(my_account, resident, id_token, protocol="https", controls={tls})

# conversation
tm.flow(resident, chat_api, question, id_token, protocol="https", controls={tls})
tm.flow(chat_api, agent, question)
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, resident, reply, protocol="https", controls={tls})

# retrieval and model calls
tm.flow(agent, guidance_index, question, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks, label="retrieved guidance")
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

# tools
tm.flow(agent, eligibility_tool, eligibility_query)
tm.flow(eligibility_tool, agent, eligibility_result)
tm.flow(agent, renewal_tool, renewal_request)
tm.flow(renewal_tool, agent, renewal_result)
tm.flow(agent, visitor_tool, visitor_order)
tm.flow(visitor_tool, agent, payment_link)

# tools to the permit vendor's API
for tool in (eligibility_tool, renewal_tool, visitor_tool):
    tm.flow(tool, permit_system, permit_api_call, permit_api_key, protocol="https", controls={tls})
    tm.flow(permit_system, tool, permit_api_response, protocol="https", controls={tls})
tm.flow(permit_system, permit_db, permit_records)
tm.flow(permit_db, permit_system, permit_records)

# payment
tm.flow(permit_system, payments, payment_session, protocol="https", controls={tls})
tm.flow(payments, permit_system, payment_link, protocol="https", controls={tls})
tm.flow(resident, payments, card_details, protocol="https", controls={tls})
tm.flow(
    payments,
    permit_system,
    payment_confirmation,
    protocol="https",
    controls={tls},
    label="payment webhook",
)

# transcripts and hand-off
tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, officer, transcripts, protocol="https", label="hand-off queue")
tm.flow(officer, permit_system, permit_records, protocol="https", label="back-office changes")

# guidance indexing
tm.flow(cms, indexer, guidance, protocol="https")
tm.flow(indexer, guidance_index, guidance_chunks)

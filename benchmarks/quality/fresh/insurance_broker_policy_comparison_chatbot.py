"""Home insurance comparison chatbot: the first design, before any security review.

An insurance broker adds a chat assistant to its public website. Visitors describe
their home (address, rebuild value, construction, security, claims history and any
unspent convictions) and the assistant, an LLM agent, asks the follow-up questions
an application form would ask, then fetches home insurance quotes from the insurers
on the broker's panel through their quote APIs and compares cover, excess and price.
When the visitor wants to proceed, the assistant saves their details and the chosen
quote as a lead, which a broker advisor picks up in the CRM console to call back.
Coverage questions are answered from an index of the insurers' policy wordings,
refreshed monthly from the product packs the insurers publish to brokers. The agent
runs in the broker's cloud account; the language model is hosted by an LLM vendor.
Controls in this design: TLS everywhere, a rate limit and message-size checks on the
chat API, a step limit on the agent, the vendor's content filter, insurer API keys
in a vault, encryption of the lead database, and SSO with MFA for advisors.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Home insurance comparison chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chat agent that compares home insurance quotes from panel "
    "insurers and collects customer details for a quote.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Visitor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text typed by the visitor: questions, home and personal details.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved policy wording and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Next reply or the tool call the model chooses.",
)
wording_query = tg.Data("Coverage question", kind="prompt", sensitivity=tg.Sensitivity.PII)
wording_chunks = tg.Data(
    "Policy wording extracts", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
product_packs = tg.Data(
    "Insurer product packs",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Policy wordings, IPIDs and endorsements published by the panel insurers.",
)
quote_call = tg.Data(
    "Quote search tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Property and proposer details the agent fills in for a quote search.",
)
quote_request = tg.Data(
    "Home quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address, property details, claims history, convictions.",
)
insurer_quotes = tg.Data(
    "Insurer quotes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Premium, excess, cover limits and quote reference from each insurer.",
)
quote_results = tg.Data(
    "Quote comparison results", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
application_call = tg.Data(
    "Save application tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
application = tg.Data(
    "Customer quote application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contact details, e-mail, phone, answers to the underwriting questions "
    "and the chosen insurer quote.",
)
application_ack = tg.Data(
    "Application reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
lead_records = tg.Data("Lead records", kind="records", sensitivity=tg.Sensitivity.PII)
lead_notes = tg.Data(
    "Advisor follow-up notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Call outcomes, corrected details and lead status set by the advisor.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing the broker's website; no account is needed to chat.
    visitor = tm.add(tg.Actor("Website visitor", role="prospective customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the assistant, used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Insurer panel", trust=tg.Trust.PARTNER):
    # Each panel insurer's quote engine; the broker's aggregation account calls them.
    insurer_apis = tm.add(
        tg.ExternalService(
            "Insurer quote APIs",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Home insurance rating APIs of the insurers on the broker's panel.",
        )
    )
    # Where the insurers publish their policy documents for brokers.
    broker_portal = tm.add(
        tg.DataSource(
            "Insurer broker portals",
            origin=tg.Origin.PARTNER,
            provides={product_packs},
        )
    )

with tm.boundary("Broker cloud account", trust=tg.Trust.INTERNAL):
    # The public entry point the website's chat widget calls.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="message length and character set checks"),
            },
        )
    )
    # Runs the conversation: decides what to ask, when to search and when to save.
    agent = tm.add(
        tg.Agent(
            "Quote assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Collects the underwriting answers, runs quote searches and saves "
            "the application when the visitor says they want to proceed.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Fans one quote search out to every panel insurer and normalises the answers.
    quote_tool = tm.add(
        tg.Tool(
            "Quote search tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="insurer API keys in the cloud secrets vault")},
        )
    )
    # Writes the visitor's details and chosen quote into the lead database.
    application_tool = tm.add(
        tg.Tool(
            "Save application tool",
            capabilities={"write"},
            controls={c.InputValidation(note="postcode, date of birth and e-mail format checks")},
        )
    )
    # Policy wording the agent cites when visitors ask what is covered.
    wording_index = tm.add(
        tg.VectorStore("Policy wording index", stores={wording_chunks, product_packs})
    )
    # Monthly job that chunks and embeds the insurers' product packs.
    indexer = tm.add(tg.Pipeline("Policy wording indexing job", stage=tg.Stage.INGESTION))
    # Full conversations kept for complaint handling and improving the prompts.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Advisors' web CRM for working the leads the chatbot creates.
    crm_console = tm.add(
        tg.Service(
            "Advisor CRM console",
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Customer data tier", trust=tg.Trust.RESTRICTED):
        # System of record for leads and quote applications.
        lead_db = tm.add(
            tg.DataStore(
                "Lead and application database",
                stores={application, lead_records, lead_notes},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Broker office network", trust=tg.Trust.INTERNAL):
    # Regulated advisor who calls the customer back and arranges the policy.
    advisor = tm.add(tg.Actor("Broker advisor", role="insurance advisor"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(visitor, chat_api, message, protocol="https", controls={tls})
tm.flow(chat_api, visitor, reply, protocol="https", controls={tls})
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, wording_index, wording_query, label="similarity query")
tm.flow(wording_index, agent, wording_chunks, label="retrieved wording")

tm.flow(agent, quote_tool, quote_call)
tm.flow(quote_tool, insurer_apis, quote_request, protocol="https", controls={tls})
tm.flow(insurer_apis, quote_tool, insurer_quotes, protocol="https", controls={tls})
tm.flow(quote_tool, agent, quote_results)

tm.flow(agent, application_tool, application_call)
tm.flow(application_tool, lead_db, application)
tm.flow(application_tool, agent, application_ack)

tm.flow(agent, transcript_store, transcripts)

tm.flow(broker_portal, indexer, product_packs, protocol="https", label="monthly download")
tm.flow(indexer, wording_index, wording_chunks, product_packs)

tm.flow(lead_db, crm_console, lead_records)
tm.flow(crm_console, lead_db, lead_notes)
tm.flow(crm_console, advisor, lead_records, protocol="https", controls={tls})
tm.flow(advisor, crm_console, lead_notes, protocol="https", controls={tls})

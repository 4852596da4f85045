"""Home energy advice chatbot: the first design, before any security review.

Our residential customers open a chat in the account app or on the website and
ask how to cut their energy use. An LLM agent, running in our cloud account, reads
the customer's half-hourly smart-meter consumption and their account details
(property type, tariff, address), retrieves energy-saving guidance written by our
energy advice team, and answers with tailored tips. When the home looks suitable it
offers a heat-pump survey and books a slot in the survey partner's scheduling API.
Meter reads arrive nightly from the smart metering network (DCC) through an
ingestion job. The model is a vendor-hosted LLM reached over HTTPS. Customers sign
in with their existing account login; the chat API has a per-customer rate limit;
the customer stores are encrypted at rest with role-based access; the agent's
loop is capped; transcripts are kept for complaint handling.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Home energy advice chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Customer chatbot giving energy-saving advice from smart-meter usage "
        "and booking heat-pump surveys."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text questions about bills, appliances, heating and the home.",
)
reply = tg.Data("Advice reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Advice prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, usage summary, account facts and guidance.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
meter_reads = tg.Data(
    "Half-hourly meter readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Electricity and gas consumption per half hour; reveals when people are home.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
usage_query = tg.Data("Usage lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
usage_summary = tg.Data("Usage summary", kind="tool-result", sensitivity=tg.Sensitivity.PII)
account = tg.Data(
    "Customer account record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, supply address, contact details, tariff, property type, heating fuel.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
guidance = tg.Data(
    "Energy-saving guidance articles", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
retrieved = tg.Data(
    "Retrieved guidance", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
booking_call = tg.Data(
    "Survey booking call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, address, phone number and chosen survey slot.",
)
booking_result = tg.Data(
    "Survey slots and confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking_request = tg.Data("Survey booking request", kind="records", sensitivity=tg.Sensitivity.PII)
booking_response = tg.Data(
    "Survey booking response", kind="records", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The household asking for advice, through the account app or website chat.
    customer = tm.add(tg.Actor("Customer", role="residential energy customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that writes the advice; hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.Guardrails(note="the vendor's built-in content filter")},
        )
    )

with tm.boundary("Smart metering network", trust=tg.Trust.PARTNER):
    # Where smart-meter consumption comes from: the national DCC service.
    dcc = tm.add(
        tg.DataSource(
            "DCC meter data feed",
            origin=tg.Origin.PARTNER,
            provides={meter_reads},
            description="Daily collection of half-hourly reads for consenting customers.",
        )
    )

with tm.boundary("Survey partner", trust=tg.Trust.PARTNER):
    # The heat-pump installer whose surveyors we book; they own the calendar.
    survey_api = tm.add(
        tg.ExternalService(
            "Survey scheduling API",
            description="The installer partner's booking API for home heat-pump surveys.",
        )
    )

with tm.boundary("Supplier cloud", trust=tg.Trust.INTERNAL):
    # The entry point for chat traffic from the app and website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that holds the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Energy advice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers questions, looks up usage and books surveys when the customer agrees.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Lets the agent read the signed-in customer's consumption and account facts.
    usage_tool = tm.add(
        tg.Tool(
            "Usage lookup tool",
            capabilities={"read"},
            description="Fetches consumption and account facts for the account in the chat session.",
        )
    )
    # Lets the agent book a heat-pump survey slot on the customer's behalf.
    booking_tool = tm.add(
        tg.Tool(
            "Survey booking tool",
            capabilities={"read", "write"},
            description="Lists free survey slots near the address and books the one chosen.",
            controls={c.SecretsManagement(note="partner API key held in the cloud secret store")},
        )
    )
    # Guidance the agent grounds its advice in.
    knowledge_base = tm.add(
        tg.VectorStore("Energy advice knowledge base", stores={guidance, retrieved})
    )
    # Conversations kept for complaint handling and quality review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Customer data zone", trust=tg.Trust.RESTRICTED):
        # Loads the nightly meter reads into our own store.
        ingestion = tm.add(tg.Pipeline("Meter data ingestion job", stage=tg.Stage.INGESTION))
        # Our copy of the half-hourly consumption per meter.
        meter_store = tm.add(
            tg.DataStore(
                "Meter readings store",
                stores={meter_reads},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # The existing customer account system (CRM) the agent reads property facts from.
        account_db = tm.add(
            tg.DataStore(
                "Customer account database",
                stores={account},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who write and publish the energy-saving guidance.
    advice_team = tm.add(tg.Actor("Energy advice team", role="content editor"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, message, protocol="https")
tm.flow(chat_api, customer, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, knowledge_base, message, label="similarity query")
tm.flow(knowledge_base, agent, retrieved)

tm.flow(agent, usage_tool, usage_query)
tm.flow(usage_tool, agent, usage_summary)
tm.flow(meter_store, usage_tool, meter_reads)
tm.flow(account_db, usage_tool, account)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, survey_api, booking_request, protocol="https")
tm.flow(survey_api, booking_tool, booking_response, protocol="https")

tm.flow(agent, transcript_store, transcripts)

tm.flow(dcc, ingestion, meter_reads, protocol="https", label="nightly reads")
tm.flow(ingestion, meter_store, meter_reads)

tm.flow(advice_team, knowledge_base, guidance, protocol="https", label="publishes articles")

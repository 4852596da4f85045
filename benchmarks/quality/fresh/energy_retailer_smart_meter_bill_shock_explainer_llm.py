"""Smart meter bill explainer: the first design, before any security review.

Customers of our energy retail business who open an unexpectedly high bill in the
mobile app can ask the in-app assistant why. The assistant is an LLM agent on our
cloud platform: it looks up the customer's half-hourly smart meter readings, their
bills and their tariff through read-only tools, sends them with the question to a
hosted LLM, and explains the bill in plain language (a colder month, a tariff change,
an estimated read corrected). If the customer wants to speak to someone it books a
callback in the contact-centre platform, where an adviser sees the slot and a summary.
Readings arrive from the national smart meter data network over its mutually
authenticated gateway and are loaded into our meter data store. Customers sign in to
the app with e-mail and password, the assistant API is rate-limited, the vendor's
content filter screens prompts and answers, stores are encrypted and transcripts are
kept for complaint handling.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Smart meter bill shock explainer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="In-app LLM assistant explaining high energy bills from half-hourly "
    "smart meter readings and tariffs, able to book an adviser callback.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Customer question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Bill explanation", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with account context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, and the readings, bills and tariff "
    "the tools returned.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The answer text, or the tool calls the model asks for.",
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
dcc_reads = tg.Data(
    "Half-hourly meter reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Consumption per half hour per meter; shows when a household is home.",
)
readings = tg.Data(
    "Customer consumption history",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="The account's half-hourly and daily consumption for the bill periods asked.",
)
bill_data = tg.Data(
    "Bills and tariff",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Bills, unit rates, standing charges, payments and account balance.",
)
bill_result = tg.Data("Bill and tariff details", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking = tg.Data(
    "Callback booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone number, chosen slot and a summary of the conversation.",
)
booking_result = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
transcript = tg.Data("Chat transcript", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Household customer using the assistant in our mobile app.
    customer = tm.add(tg.Actor("Customer", role="energy customer"))

with tm.boundary("Smart meter data network", trust=tg.Trust.PARTNER):
    # The national smart meter communications service that relays our meters' reads.
    meter_network = tm.add(
        tg.DataSource(
            "Smart meter data service",
            origin=tg.Origin.PARTNER,
            provides={dcc_reads},
            description="Scheduled half-hourly reads for our customers' meters.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the explanation and picks tools.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="procurement review; no training on our data"),
            },
        )
    )

with tm.boundary("Contact centre SaaS", trust=tg.Trust.PARTNER):
    # Cloud contact-centre platform that holds adviser calendars and callback queues.
    contact_centre = tm.add(tg.ExternalService("Contact centre platform"))

with tm.boundary("Retail cloud platform", trust=tg.Trust.INTERNAL):
    # App back end the assistant's chat screen calls.
    assistant_api = tm.add(
        tg.Endpoint(
            "Assistant API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app account e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent: keeps the conversation, calls tools, builds the prompt.
    agent = tm.add(
        tg.Agent(
            "Bill explainer agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books a callback once the customer picks a slot in the chat.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Read-only lookup of the account's consumption for the bill periods asked about.
    readings_tool = tm.add(
        tg.Tool(
            "Meter readings tool",
            capabilities={"read"},
            description="Reads consumption for the account id in the customer's app session.",
        )
    )
    # Read-only lookup of bills, unit rates and standing charges.
    billing_tool = tm.add(
        tg.Tool(
            "Bill and tariff tool",
            capabilities={"read"},
            description="Reads bills and tariff for the account id in the customer's app session.",
        )
    )
    # Books an adviser callback for the customer.
    callback_tool = tm.add(tg.Tool("Callback booking tool", capabilities={"write"}))
    # Loads reads from the smart meter data service into the meter data store.
    ingestion = tm.add(tg.Pipeline("Meter read ingestion", stage=tg.Stage.INGESTION))
    # Half-hourly consumption for every smart-metered account.
    meter_store = tm.add(
        tg.DataStore(
            "Meter data store",
            stores={dcc_reads},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Existing billing system: accounts, tariffs, bills and payments.
    billing = tm.add(
        tg.DataStore(
            "Billing system",
            stores={bill_data},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Chat transcripts kept for complaint handling and quality review.
    transcripts = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcript},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Contact centre", trust=tg.Trust.INTERNAL):
    # Adviser who makes the callback and sees the booking summary.
    adviser = tm.add(tg.Actor("Customer service adviser", role="contact centre adviser"))

# ---------------------------------------------------------------- flows
tm.flow(customer, assistant_api, question, protocol="https")
tm.flow(assistant_api, customer, answer, protocol="https")
tm.flow(assistant_api, agent, question)
tm.flow(agent, assistant_api, answer)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, readings_tool, tool_call)
tm.flow(readings_tool, meter_store, tool_call, label="account query")
tm.flow(meter_store, readings_tool, dcc_reads)
tm.flow(readings_tool, agent, readings)

tm.flow(agent, billing_tool, tool_call)
tm.flow(billing_tool, billing, tool_call, label="account query")
tm.flow(billing, billing_tool, bill_data)
tm.flow(billing_tool, agent, bill_result)

tm.flow(agent, callback_tool, tool_call)
tm.flow(callback_tool, contact_centre, booking, protocol="https")
tm.flow(contact_centre, callback_tool, booking_result, protocol="https")
tm.flow(callback_tool, agent, booking_result)
tm.flow(contact_centre, adviser, booking, protocol="https")

tm.flow(agent, transcripts, transcript)

tm.flow(meter_network, ingestion, dcc_reads, protocol="mtls")
tm.flow(ingestion, meter_store, dcc_reads)

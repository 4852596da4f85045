"""Home energy advice assistant: the first design, before any security review.

An energy supplier adds an assistant to its customer app. Customers who connect their
smart meter let us collect half-hourly readings through the DCC; an ingestion job
stores them per account. In the app, an LLM agent explains the customer's usage,
suggests ways to save, and answers questions about tariffs from the tariff catalogue.
The model is a hosted LLM from a vendor we have assessed. The agent can book a home
energy visit in the field team's scheduling system, and can propose a tariff switch:
the app shows a confirmation screen and the switch is only made in the billing
platform once the customer confirms it there. Customers sign in with e-mail and
password plus an SMS code on new devices; the app API is rate limited, the agent's
tools act only on the signed-in customer's account with a step limit per turn, meter
traffic uses the DCC's signed messages over mutual TLS, and the billing platform is
encrypted, role-restricted and audit logged. Conversations are kept for quality review.
"""

import threatgraph as tg

c = tg.controls

tm = tg.ThreatModel(
    "Home energy advice assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "In-app LLM assistant that explains smart meter usage, answers tariff questions, "
        "books home energy visits and switches tariffs after customer confirmation."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Customer question", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with usage context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, chat history, the customer's usage summary and tariff facts.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
readings = tg.Data(
    "Half-hourly meter readings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Electricity and gas consumption per half hour, linked to the account.",
)
read_request = tg.Data("DCC service request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
consent = tg.Data("Half-hourly data consent", sensitivity=tg.Sensitivity.PII, kind="records")
tariffs = tg.Data(
    "Tariff catalogue",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Current tariffs, unit rates, standing charges and exit fees.",
)
account = tg.Data(
    "Customer account and tariff",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, supply address, current tariff, contract end date, payment method type.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
usage_call = tg.Data("Usage lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
usage_result = tg.Data(
    "Usage and tariff lookup result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
switch_call = tg.Data("Tariff switch request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
switch_prompt = tg.Data(
    "Switch confirmation screen", sensitivity=tg.Sensitivity.PII, kind="records"
)
switch_confirmation = tg.Data(
    "Customer switch confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
tariff_change = tg.Data("Tariff change order", sensitivity=tg.Sensitivity.PII, kind="records")
switch_result = tg.Data("Tariff switch result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
booking_call = tg.Data(
    "Visit booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Account, supply address, chosen slot and access notes from the chat.",
)
slots = tg.Data("Available visit slots", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
booking_result = tg.Data("Visit booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
visit_job = tg.Data("Home energy visit job", sensitivity=tg.Sensitivity.PII, kind="records")
transcript = tg.Data("Conversation transcript", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Supplier customers using the mobile app.
    customer = tm.add(tg.Actor("Customer", role="energy customer"))

with tm.boundary("Customer homes", trust=tg.Trust.UNTRUSTED):
    # SMETS2 smart meters installed at customers' supply addresses.
    meter = tm.add(tg.Device("Smart meter", fleet=True))

with tm.boundary("DCC", trust=tg.Trust.PARTNER):
    # The national smart metering network that relays readings to suppliers.
    dcc = tm.add(tg.ExternalService("DCC smart metering network", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; vendor keeps no prompts")},
        )
    )

with tm.boundary("Supplier cloud", trust=tg.Trust.INTERNAL):
    # The app's backend: sign-in, chat and the confirmation screen for switches.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password, with an SMS code at every sign-in from a new device"
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent: builds the prompt, calls the model and runs its tools.
    agent = tm.add(
        tg.Agent(
            "Energy advice agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Explains usage, suggests savings, answers tariff questions, calls tools.",
            controls={
                c.CircuitBreaker(max_steps=6),
                c.LeastPrivilegeTools(note="tools get a token scoped to the signed-in account"),
            },
        )
    )
    # Read-only tool: the customer's consumption and the tariff catalogue.
    usage_tool = tm.add(tg.Tool("Usage and tariff lookup tool", capabilities={"read"}))
    # Proposes a tariff switch; it goes ahead only after the customer confirms in the app.
    switch_tool = tm.add(
        tg.Tool(
            "Tariff switch tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="the customer, on the app's confirmation screen")},
        )
    )
    # Books a home energy visit slot for the customer.
    booking_tool = tm.add(tg.Tool("Visit booking tool", capabilities={"read", "write"}))
    # Pulls half-hourly readings from the DCC for customers who consented.
    ingestion = tm.add(tg.Pipeline("Meter data ingestion job", stage=tg.Stage.INGESTION))
    # Half-hourly readings per account.
    consumption_db = tm.add(
        tg.DataStore(
            "Consumption store",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Published tariffs and prices the agent quotes from.
    tariff_db = tm.add(tg.DataStore("Tariff catalogue store", stores={tariffs}))
    # Chat transcripts for quality review and complaints.
    transcripts_db = tm.add(tg.DataStore("Conversation log store", stores={transcript}))

with tm.boundary("Billing platform", trust=tg.Trust.INTERNAL):
    # Customer accounts, tariffs and consents; the system of record for billing.
    billing = tm.add(
        tg.DataStore(
            "Customer billing system",
            stores={account, consent},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Field operations", trust=tg.Trust.INTERNAL):
    # The field team's job scheduling system for home visits.
    scheduling = tm.add(tg.Service("Field scheduling system"))
    # Energy advisor who carries out the home visit.
    engineer = tm.add(tg.Actor("Field energy advisor", role="field staff"))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.3")}

# connecting the smart meter
tm.flow(customer, app_api, consent, protocol="https", controls=tls, label="connect smart meter")
tm.flow(app_api, billing, consent, protocol="https", controls=tls)
tm.flow(billing, ingestion, consent, label="accounts that consented")
tm.flow(
    ingestion,
    dcc,
    read_request,
    protocol="mtls",
    controls={c.MessageIntegrity(note="DUIS requests signed with our DCC key")},
)
tm.flow(meter, dcc, readings, protocol="gbcs", controls={c.MessageIntegrity()})
tm.flow(
    dcc,
    ingestion,
    readings,
    protocol="mtls",
    controls={c.MessageIntegrity(note="DUIS responses signed by the DCC")},
)
tm.flow(ingestion, consumption_db, readings)

# chat
tm.flow(customer, app_api, question, protocol="https", controls=tls)
tm.flow(app_api, agent, question)
tm.flow(agent, llm, llm_prompt, protocol="https", controls=tls)
tm.flow(llm, agent, completion, protocol="https", controls=tls)
tm.flow(agent, app_api, reply)
tm.flow(app_api, customer, reply, protocol="https", controls=tls)
tm.flow(agent, transcripts_db, transcript)

# usage and tariff questions
tm.flow(agent, usage_tool, usage_call)
tm.flow(consumption_db, usage_tool, readings)
tm.flow(tariff_db, usage_tool, tariffs)
tm.flow(billing, usage_tool, account, protocol="https", controls=tls)
tm.flow(usage_tool, agent, usage_result)

# tariff switch after confirmation
tm.flow(agent, switch_tool, switch_call)
tm.flow(tariff_db, switch_tool, tariffs, label="rates of the new tariff")
tm.flow(switch_tool, app_api, switch_prompt)
tm.flow(app_api, customer, switch_prompt, protocol="https", controls=tls)
tm.flow(customer, app_api, switch_confirmation, protocol="https", controls=tls)
tm.flow(app_api, switch_tool, switch_confirmation)
tm.flow(switch_tool, billing, tariff_change, protocol="https", controls=tls)
tm.flow(switch_tool, agent, switch_result)

# home energy visit booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(scheduling, booking_tool, slots, protocol="https", controls=tls)
tm.flow(booking_tool, scheduling, visit_job, protocol="https", controls=tls)
tm.flow(booking_tool, agent, booking_result)
tm.flow(scheduling, engineer, visit_job, protocol="https", controls=tls)

"""Customer leak alerts and leak chatbot for a water company: the first design.

Smart water meters at customers' properties send hourly readings to our meter
data platform. A nightly leak detection job runs an in-house model over the
readings to spot continuous overnight flow that suggests a leak on the customer's
side, and texts each affected customer through an SMS provider with a link to a
leak chatbot. Customers sign in to the chatbot with their account number and
postcode. The chatbot is an LLM agent (a hosted model plus our leak guidance)
that explains the readings through a meter readings tool, books a free plumber
visit through the contractor's booking API, and applies a leak allowance to the
bill through the billing system up to a fixed limit; larger allowances are
referred to a billing agent who decides them. Controls in this design: sign-in,
per-session rate limits, an allowance cap with human approval above it, API keys
in a secrets manager, TLS on external links, encryption at rest, role-based
access in billing and conversation logging.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water utility customer leak alert chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Smart-meter leak alerts by SMS, and an LLM chatbot that books plumbers and applies leak allowances.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Smart meter readings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Hourly consumption per meter; reveals when a household is at home.",
)
leak_features = tg.Data("Overnight flow features", sensitivity=tg.Sensitivity.PII, kind="features")
leak_scores = tg.Data("Leak likelihood scores", sensitivity=tg.Sensitivity.PII, kind="model-output")
contact = tg.Data(
    "Customer contact and account details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, mobile number, supply address, account number, balance.",
)
sms = tg.Data(
    "Leak alert SMS",
    sensitivity=tg.Sensitivity.PII,
    description="Suspected leak notice with a link to the chatbot.",
)
sign_in = tg.Data("Account number and postcode", sensitivity=tg.Sensitivity.PII, kind="credentials")
message = tg.Data("Customer chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "LLM prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, leak guidance passages, readings summary and the conversation.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
guidance_passages = tg.Data(
    "Leak guidance passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
readings_query = tg.Data("Readings lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
readings_result = tg.Data("Readings summary", sensitivity=tg.Sensitivity.PII, kind="tool-result")
booking_call = tg.Data(
    "Plumber booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Name, address, phone number and chosen slot.",
)
booking_result = tg.Data(
    "Plumber booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
allowance_call = tg.Data(
    "Leak allowance request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Account number, estimated leaked volume and allowance amount.",
)
allowance_result = tg.Data(
    "Leak allowance outcome", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
bill_credit = tg.Data(
    "Bill credit",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
referral = tg.Data("Allowance referral", sensitivity=tg.Sensitivity.PII, kind="records")
agent_decision = tg.Data(
    "Billing agent allowance decision", sensitivity=tg.Sensitivity.PII, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Household customer who gets the SMS and opens the chatbot on their phone.
    customer = tm.add(tg.Actor("Customer", role="household customer"))

with tm.boundary("Customer premises", trust=tg.Trust.UNTRUSTED):
    # Smart water meters at the boundary box of each property.
    meters = tm.add(tg.Device("Smart water meters", fleet=True))

with tm.boundary("Water company cloud", trust=tg.Trust.INTERNAL):
    # Head-end and time-series store for all meter readings.
    meter_store = tm.add(
        tg.DataStore(
            "Meter data platform",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly batch that scores every meter and sends the alerts.
    leak_job = tm.add(tg.Service("Nightly leak detection job"))
    # In-house model that recognises continuous-flow patterns.
    leak_model = tm.add(
        tg.Model(
            "Continuous flow leak model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Gradient-boosted model over minimum night flow and flow continuity.",
        )
    )
    # Public chat API the SMS link opens; signs the customer in.
    chat_api = tm.add(
        tg.Endpoint(
            "Leak chatbot API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="account number and postcode"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The chatbot: an LLM agent that explains readings and takes the two actions.
    agent = tm.add(
        tg.Agent(
            "Leak chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers from leak guidance, looks up readings, books plumbers, applies allowances.",
            controls={c.AuditLogging(retention_days=365, note="full transcripts and tool calls")},
        )
    )
    # Index of the company's leak guidance articles, for retrieval.
    guidance_index = tm.add(tg.VectorStore("Leak guidance index", stores={guidance_passages}))
    # Reads a customer's recent readings for the agent to explain.
    readings_tool = tm.add(tg.Tool("Meter readings tool", capabilities={"read"}))
    # Creates a plumber visit through the contractor's API.
    booking_tool = tm.add(
        tg.Tool(
            "Plumber booking tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="contractor API key in the cloud secrets manager")},
        )
    )
    # Posts a leak allowance to the bill, or refers it above the limit.
    allowance_tool = tm.add(
        tg.Tool(
            "Leak allowance tool",
            capabilities={"write", "money-movement"},
            controls={
                c.TransactionLimits(limit="GBP 300 per allowance"),
                c.HumanInTheLoop(
                    approver="a billing agent",
                    above="GBP 300 per allowance",
                    note="allowances above GBP 300 are referred, smaller ones are applied directly",
                ),
            },
        )
    )

with tm.boundary("Billing platform", trust=tg.Trust.RESTRICTED):
    # Customer accounts, bills and the allowance referral queue.
    billing = tm.add(
        tg.Service(
            "Billing system",
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="database TDE"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Billing agent who decides allowances over the chatbot's limit.
    billing_agent = tm.add(tg.Actor("Billing agent", role="billing staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model behind the chatbot.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway that delivers the leak alerts.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Plumbing contractor", trust=tg.Trust.PARTNER):
    # The contractor's scheduling system that takes plumber bookings.
    contractor_api = tm.add(tg.ExternalService("Contractor booking API"))

# ---------------------------------------------------------------- flows
tm.flow(
    meters,
    meter_store,
    readings,
    protocol="lorawan",
    controls={c.EncryptionInTransit(protocol="LoRaWAN AES-128")},
)
tm.flow(meter_store, leak_job, readings)
tm.flow(leak_job, leak_model, leak_features)
tm.flow(leak_model, leak_job, leak_scores)
tm.flow(billing, leak_job, contact, label="contact details of flagged accounts")
tm.flow(leak_job, sms_gateway, sms, protocol="https")
tm.flow(sms_gateway, customer, sms, protocol="sms")

tm.flow(customer, chat_api, sign_in, message, protocol="https")
tm.flow(chat_api, customer, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, guidance_index, message, label="similarity query")
tm.flow(guidance_index, agent, guidance_passages)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, readings_tool, readings_query)
tm.flow(readings_tool, agent, readings_result)
tm.flow(meter_store, readings_tool, readings)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, contractor_api, booking_call, protocol="https")
tm.flow(contractor_api, booking_tool, booking_result, protocol="https")

tm.flow(agent, allowance_tool, allowance_call)
tm.flow(allowance_tool, agent, allowance_result)
tm.flow(allowance_tool, billing, bill_credit, referral, protocol="https")
tm.flow(billing, allowance_tool, allowance_result, protocol="https")
tm.flow(billing, billing_agent, referral, label="referral queue")
tm.flow(billing_agent, billing, agent_decision, label="approves or declines")

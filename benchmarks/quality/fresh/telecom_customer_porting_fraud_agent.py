"""Port-out fraud review agent: the first design, before any security review.

A mobile operator in the EU gets port-out requests from the national number
portability clearinghouse whenever another operator asks to take over one of our
numbers. Fraudsters use unauthorised ports to hijack numbers and intercept bank
one-time codes, so every request is now reviewed by an LLM agent before the
porting window closes. The agent looks up the subscriber's account (account age,
recent SIM swaps, address and contact changes), texts the customer through our
SMS aggregator to ask whether they asked for the port, reads the reply, and
places a hold on ports that look suspicious. Holds land in a case queue where
fraud analysts release or cancel the port from their console. The agent runs in
our core network and calls a hosted LLM; the clearinghouse link uses mutual TLS,
analysts sign in with SSO and MFA, subscriber data is encrypted at rest, and the
agent's loop is capped and its actions logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Port-out fraud review agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that reviews number port-out requests, texts customers and holds suspicious ports.",
)

# ---------------------------------------------------------------- data assets
port_request = tg.Data(
    "Port-out request",
    kind="records",
    sensitivity="pii",
    description="MSISDN, account number, port authorisation code and the recipient operator.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
port_response = tg.Data(
    "Port hold or release instruction",
    kind="records",
    sensitivity="internal",
    description="What we answer the clearinghouse for one request: proceed, hold or cancel.",
)
review_prompt = tg.Data(
    "Port review prompt",
    kind="prompt",
    sensitivity="pii",
    description="System prompt, the request, the subscriber profile and any SMS reply.",
)
completion = tg.Data("Agent LLM completion", kind="model-output", sensitivity="pii")
lookup_call = tg.Data("Subscriber lookup call", kind="tool-call", sensitivity="pii")
subscriber_profile = tg.Data(
    "Subscriber risk profile",
    kind="tool-result",
    sensitivity="pii",
    description="Account age, recent SIM swaps, address, contact and device changes.",
)
subscriber_records = tg.Data(
    "Subscriber account records",
    kind="records",
    sensitivity="pii",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sms_call = tg.Data("SMS send call", kind="tool-call", sensitivity="pii")
verification_sms = tg.Data(
    "Port verification SMS",
    sensitivity="pii",
    description="'Did you ask to move your number to <operator>? Reply YES or NO.'",
)
sms_reply = tg.Data("Customer SMS reply", sensitivity="pii")
hold_call = tg.Data("Port hold call", kind="tool-call", sensitivity="internal")
hold_result = tg.Data("Port hold result", kind="tool-result", sensitivity="internal")
fraud_case = tg.Data(
    "Port fraud case",
    kind="records",
    sensitivity="pii",
    description="The request, the signals, the agent's reasoning, the SMS exchange and the outcome.",
)
analyst_decision = tg.Data(
    "Analyst release or cancel decision", kind="records", sensitivity="internal"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public mobile network", trust="untrusted"):
    # The subscriber whose number is being ported (or the victim of a hijack).
    customer = tm.add(tg.Actor("Mobile subscriber", role="customer"))

with tm.boundary("Number portability clearinghouse", trust="partner"):
    # The industry hub that relays port requests between operators.
    clearinghouse = tm.add(
        tg.ExternalService(
            "Porting clearinghouse",
            description="Sends us port-out requests and takes our answers within the porting window.",
        )
    )

with tm.boundary("SMS aggregator", trust="partner"):
    # Sends our application-to-person texts and posts inbound replies back to us.
    aggregator = tm.add(tg.ExternalService("SMS aggregator API"))

with tm.boundary("LLM vendor", trust="partner"):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Operator core network", trust="internal"):
    # Our side of the clearinghouse link: receives requests, sends answers.
    gateway = tm.add(
        tg.Service(
            "Porting gateway",
            description="Queues each port-out request for review and applies holds and releases.",
        )
    )
    # The LLM agent that reviews each request and decides whether to hold it.
    agent = tm.add(
        tg.Agent(
            "Port fraud review agent",
            autonomy="autonomous",
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads the subscriber's account and recent changes for the agent.
    lookup_tool = tm.add(tg.Tool("Subscriber lookup tool", capabilities={"read"}))
    # Texts the subscriber to confirm the port.
    sms_tool = tm.add(tg.Tool("SMS verification tool", capabilities={"send-messages"}))
    # Places a hold on a port-out request at the porting gateway.
    hold_tool = tm.add(
        tg.Tool(
            "Port hold tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="can place holds only; cannot release or cancel")},
        )
    )
    # Receives the subscriber's reply that the aggregator posts back.
    reply_webhook = tm.add(tg.Endpoint("SMS reply webhook", purpose="api"))

    with tm.boundary("Subscriber data zone", trust="restricted"):
        # The BSS/CRM system of record for subscriber accounts.
        crm = tm.add(
            tg.DataStore(
                "Subscriber CRM",
                stores={subscriber_records},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Cases the agent opens and analysts work.
        case_store = tm.add(
            tg.DataStore(
                "Fraud case store",
                stores={fraud_case},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

with tm.boundary("Fraud operations", trust="internal"):
    # Staff who decide held ports.
    analyst = tm.add(tg.Actor("Fraud analyst", role="fraud analyst"))
    # Where analysts see held ports and release or cancel them.
    console = tm.add(
        tg.Service(
            "Fraud analyst console",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Port requests in and answers out
tm.flow(clearinghouse, gateway, port_request, protocol="mtls", label="port-out request")
tm.flow(gateway, clearinghouse, port_response, protocol="mtls")
tm.flow(gateway, agent, port_request, label="request for review")

# Reasoning
tm.flow(agent, llm, review_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Subscriber lookup
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, crm, lookup_call)
tm.flow(crm, lookup_tool, subscriber_records)
tm.flow(lookup_tool, agent, subscriber_profile)

# SMS check with the subscriber
tm.flow(agent, sms_tool, sms_call)
tm.flow(sms_tool, aggregator, verification_sms, protocol="https")
tm.flow(aggregator, customer, verification_sms, protocol="sms")
tm.flow(customer, aggregator, sms_reply, protocol="sms")
tm.flow(aggregator, reply_webhook, sms_reply, protocol="https", label="inbound SMS callback")
tm.flow(reply_webhook, agent, sms_reply)

# Holding a suspicious port
tm.flow(agent, hold_tool, hold_call)
tm.flow(hold_tool, gateway, port_response, label="place hold")
tm.flow(gateway, hold_tool, hold_result)
tm.flow(hold_tool, agent, hold_result)
tm.flow(agent, case_store, fraud_case, label="open case")

# Analyst review
tm.flow(case_store, console, fraud_case)
tm.flow(console, analyst, fraud_case, protocol="https")
tm.flow(analyst, console, analyst_decision, protocol="https")
tm.flow(console, case_store, analyst_decision, label="case outcome")
tm.flow(console, gateway, analyst_decision, label="release or cancel port")

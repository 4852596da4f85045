"""Power cut chatbot for an electricity network operator: the first design, before any security review.

Customers of the distribution network chat with a bot on our website and app to ask
whether there is a power cut at their postcode and when power will be back, to report
a fault (a sparking cable, a damaged substation door, lights out in their street) and
to join the Priority Services Register (PSR) if someone at home depends on powered
medical equipment or is otherwise vulnerable. The bot is an LLM agent on our customer
service cloud platform; the language model is hosted by a vendor. It reads live outages
from the outage management system, which is fed by smart meter "last gasp" alerts from
the smart meter communications provider and updated by control engineers. It raises
fault tickets, and it writes PSR entries; a notification service texts PSR customers
priority updates while their supply is off. Chat is anonymous (postcode only), rate
limited at the edge, and the vendor's content filter screens prompts and answers. The
PSR database is encrypted and role-controlled; PSR and fault entries are not checked
by a person before they take effect.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Power cut chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Customer chatbot for power cut updates, fault reports and PSR registration.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text, usually with a postcode, address, name or phone number.",
)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply or the tool call to make.",
)
outage_query = tg.Data(
    "Outage lookup by postcode", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
outage_status = tg.Data(
    "Outage status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Affected area, cause if known and estimated restoration time.",
)
outage_records = tg.Data(
    "Outage records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
meter_alerts = tg.Data(
    "Smart meter power outage alerts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Last gasp and power restored alerts keyed by meter point (MPAN).",
)
etr_update = tg.Data(
    "Restoration time updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
fault_report = tg.Data(
    "Fault report",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Fault location, description, reporter name and phone number.",
)
fault_ref = tg.Data("Fault reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
fault_tickets = tg.Data(
    "Fault tickets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
psr_request = tg.Data(
    "PSR registration request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, address, date of birth, phone and needs code (e.g. oxygen, dialysis).",
)
psr_result = tg.Data("PSR registration result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
psr_records = tg.Data(
    "Priority Services Register records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Vulnerable customers and their needs: special-category health data.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
priority_sms = tg.Data(
    "Priority power cut text message",
    sensitivity=tg.Sensitivity.PII,
    description="Text to a PSR customer with the outage and restoration time.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website or app; no sign-in, they give a postcode.
    customer = tm.add(tg.Actor("Customer", role="household or business customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="vendor's content filter on prompts and completions"),
                c.SupplierAssessment(note="procurement security questionnaire and DPA"),
            },
        )
    )

with tm.boundary("Smart meter communications provider", trust=tg.Trust.PARTNER):
    # Relays power outage alerts from smart meters in our area.
    meter_feed = tm.add(
        tg.DataSource(
            "Smart meter alert feed",
            origin=tg.Origin.PARTNER,
            provides={meter_alerts},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS aggregator that delivers the priority texts.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Customer service cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the web application firewall.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP at the WAF")},
        )
    )
    # The LLM agent: runs the conversation and decides which tool to call.
    bot = tm.add(
        tg.Agent(
            "Power cut chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Read-only lookup of live outages for a postcode.
    outage_tool = tm.add(tg.Tool("Outage lookup tool", capabilities={"read"}))
    # Raises a fault ticket for the control room.
    fault_tool = tm.add(
        tg.Tool(
            "Fault report tool",
            capabilities={"write"},
            controls={c.InputValidation(note="required fields and formats checked")},
        )
    )
    # Finds an existing PSR entry by address and creates or updates it.
    psr_tool = tm.add(
        tg.Tool(
            "PSR registration tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(note="service account may only insert and update PSR entries")
            },
        )
    )
    # Texts PSR customers when an outage covers their address.
    notifier = tm.add(tg.Service("Priority notification service"))
    # Keeps conversations for quality review and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Customer data", trust=tg.Trust.RESTRICTED):
    # The register of vulnerable customers that the whole business works from.
    psr_db = tm.add(
        tg.DataStore(
            "Priority Services Register",
            stores={psr_records},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Network operations", trust=tg.Trust.RESTRICTED):
    # Outage management system: the live picture of faults and restoration times.
    oms = tm.add(
        tg.DataStore("Outage management system", stores={outage_records}, controls={c.RBAC()})
    )
    # Queue of customer-reported faults for the control room.
    ticket_db = tm.add(tg.DataStore("Fault ticket system", stores={fault_tickets}))
    # Control engineer who triages faults and sets restoration times.
    engineer = tm.add(tg.Actor("Control engineer", role="network control engineer"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, chat_message, protocol="https")
tm.flow(chat_api, customer, chat_reply, protocol="https")
tm.flow(chat_api, bot, chat_message)
tm.flow(bot, chat_api, chat_reply)
tm.flow(bot, llm, llm_prompt, protocol="https")
tm.flow(llm, bot, llm_completion, protocol="https")
tm.flow(bot, transcript_store, transcripts)

tm.flow(bot, outage_tool, outage_query)
tm.flow(outage_tool, bot, outage_status)
tm.flow(oms, outage_tool, outage_records, protocol="https", label="outages by postcode")

tm.flow(bot, fault_tool, fault_report)
tm.flow(fault_tool, bot, fault_ref)
tm.flow(fault_tool, ticket_db, fault_tickets, protocol="https")

tm.flow(bot, psr_tool, psr_request)
tm.flow(psr_tool, bot, psr_result)
tm.flow(psr_tool, psr_db, psr_records, protocol="https", label="create or update entry")
tm.flow(psr_db, psr_tool, psr_records, protocol="https", label="existing entry for address")

tm.flow(meter_feed, oms, meter_alerts, protocol="mtls", label="last gasp alerts")
tm.flow(ticket_db, engineer, fault_tickets)
tm.flow(engineer, oms, etr_update)

tm.flow(oms, notifier, outage_records, protocol="https", label="outage started or updated")
tm.flow(psr_db, notifier, psr_records, protocol="https", label="PSR customers in affected area")
tm.flow(notifier, sms, priority_sms, protocol="https")
tm.flow(sms, customer, priority_sms, protocol="sms")

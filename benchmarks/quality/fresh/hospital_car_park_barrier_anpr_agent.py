"""Hospital car park assistant: the first design, before any security review.

A hospital trust's car parks are run by a contracted parking operator, whose
number plate (ANPR) cameras log each visit and open the barriers, and whose back
office issues parking charge notices. The trust adds an LLM agent, reached from
a chat widget on the trust website and by phone through the contact-centre
platform, that answers parking questions from the operator's session records,
registers blue badge and staff permits after reading photos of the badge or
staff ID card, and refunds the day's charge for visitors of long-stay patients
after checking the stay in the patient administration system. The agent runs in
the trust's cloud tenant and calls a hosted LLM. Permits are synced to the
operator as a whitelist. Controls: chat rate limiting, a per-refund cap, an
operator API key, encrypted permit storage, role-based access and audit logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital car park assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent for hospital parking queries, permits and visitor refunds, "
    "working from the parking operator's ANPR session records.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Parking chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions with names, plates, and sometimes a patient's name and ward.",
)
call_audio = tg.Data("Phone call speech", kind="media", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Call transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
permit_docs = tg.Data(
    "Blue badge and staff ID photos",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Blue badges reveal a disability; staff ID cards carry name and role.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation, document images and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
plate_reads = tg.Data(
    "ANPR plate reads and images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
)
barrier_command = tg.Data("Barrier open command", kind="records")
sessions = tg.Data(
    "Parking session records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, car park, entry and exit times, tariff paid, charge notices.",
)
permits = tg.Data(
    "Parking permits",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Permit type, holder, plates and validity; blue badge number.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
whitelist = tg.Data("Permit plate whitelist", kind="records", sensitivity=tg.Sensitivity.PII)
refund_request = tg.Data(
    "Charge refund request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Session id, amount and reason sent to the operator's refund API.",
)
stay = tg.Data(
    "Inpatient stay confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whether a named patient has been an inpatient for more than 7 days.",
)
stay_query = tg.Data(
    "Inpatient stay query",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, date of birth and ward as given by the visitor.",
)
charge_notice = tg.Data("Parking charge notice", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Visitors, patients, blue badge holders and staff, on the website or the phone.
    user = tm.add(tg.Actor("Car park user", role="visitor, patient or staff member"))

with tm.boundary("Contact centre platform", trust=tg.Trust.PARTNER):
    # The trust's hosted telephony: speech to text and back for the phone line.
    voice = tm.add(
        tg.Service(
            "Phone voice gateway",
            description="Hosted contact-centre service that transcribes callers and "
            "speaks the agent's replies.",
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Understands the conversation and the document photos; plans tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPIA and DTAC completed for the provider")},
        )
    )

with tm.boundary("Parking operator", trust=tg.Trust.PARTNER):
    # The operator's cameras at each barrier: read plates on entry and exit.
    cameras = tm.add(tg.Device("ANPR cameras", fleet=True))
    # Entry and exit barriers the operator controls.
    barriers = tm.add(tg.Device("Car park barriers", fleet=True))
    # The operator's back office: sessions, tariffs, permits whitelist, charge notices.
    operator = tm.add(
        tg.ExternalService(
            "Parking operator back office",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Holds parking sessions, opens barriers for permit plates and "
            "issues parking charge notices; exposes a session and refund API.",
        )
    )

with tm.boundary("Trust cloud tenant", trust=tg.Trust.INTERNAL):
    # Web chat entry point on the trust website.
    chat = tm.add(
        tg.Endpoint(
            "Website parking chat",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The assistant itself: decides what to look up, register or refund.
    agent = tm.add(
        tg.Agent(
            "Parking assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.AuditLogging(retention_days=365, note="conversations and tool calls")},
        )
    )
    # Answers "how much do I owe" and "why did I get a notice".
    session_tool = tm.add(
        tg.Tool(
            "Parking session lookup",
            capabilities={"read"},
            controls={c.SecretsManagement(note="operator API key in the tenant key vault")},
        )
    )
    # Creates blue badge and staff permits once the agent has read the documents.
    permit_tool = tm.add(tg.Tool("Permit registration", capabilities={"write"}))
    # Refunds the day's charge for visitors of long-stay patients.
    refund_tool = tm.add(
        tg.Tool(
            "Visitor charge refund",
            capabilities={"money-movement"},
            controls={c.TransactionLimits(limit="GBP 20 per refund")},
        )
    )
    # Confirms the visitor's patient really is a long-stay inpatient.
    stay_tool = tm.add(tg.Tool("Long-stay eligibility check", capabilities={"read"}))
    # The trust's own record of permits and the document photos behind them.
    permit_store = tm.add(
        tg.DataStore(
            "Permit register",
            stores={permits, permit_docs},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RBAC(note="parking office staff only"),
            },
        )
    )
    # Parking office staff handle escalations and revoke bad permits.
    parking_office = tm.add(tg.Actor("Parking office officer", role="parking administrator"))

with tm.boundary("Clinical network", trust=tg.Trust.RESTRICTED):
    # Source of truth for admissions, used only for the long-stay check.
    pas = tm.add(
        tg.DataStore(
            "Patient administration system",
            stores={stay},
            controls={c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Conversations in
tm.flow(user, chat, chat_message, permit_docs, protocol="https")
tm.flow(chat, agent, chat_message, permit_docs)
tm.flow(agent, chat, reply)
tm.flow(chat, user, reply, protocol="https")
tm.flow(user, voice, call_audio, protocol="pstn")
tm.flow(voice, user, call_audio, protocol="pstn")
tm.flow(voice, agent, transcript, protocol="https")
tm.flow(agent, voice, reply, protocol="https")

# The model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Tools
tm.flow(agent, session_tool, tool_call)
tm.flow(session_tool, agent, tool_result)
tm.flow(
    session_tool,
    operator,
    tool_call,
    protocol="https",
    controls={c.Authentication(method="operator-issued API key")},
)
tm.flow(operator, session_tool, sessions, protocol="https")

tm.flow(agent, permit_tool, tool_call, permit_docs)
tm.flow(permit_tool, agent, tool_result)
tm.flow(permit_tool, permit_store, permits, permit_docs)

tm.flow(agent, refund_tool, tool_call)
tm.flow(refund_tool, agent, tool_result)
tm.flow(
    refund_tool,
    operator,
    refund_request,
    protocol="https",
    controls={c.Authentication(method="operator-issued API key")},
)

tm.flow(agent, stay_tool, tool_call)
tm.flow(stay_tool, agent, tool_result)
tm.flow(stay_tool, pas, stay_query, protocol="https")
tm.flow(pas, stay_tool, stay, protocol="https")

# Permits to the operator, and the parking office
tm.flow(permit_store, operator, whitelist, protocol="sftp", label="nightly whitelist export")
tm.flow(parking_office, permit_store, permits, protocol="https", label="revoke or amend permits")
tm.flow(permit_store, parking_office, permits, permit_docs, protocol="https")

# The operator's estate
tm.flow(cameras, operator, plate_reads, protocol="https")
tm.flow(operator, barriers, barrier_command)
tm.flow(operator, user, charge_notice, label="printed notice by post")

"""Crisis text line reply assistant: the first design, before any security review.

A crisis text line operating in the EU. People in distress text a short code; an SMS
gateway forwards each message to our conversation platform, which queues the
conversation and routes it to a trained volunteer counsellor working from home in the
browser-based counsellor console. While the conversation is live, a reply assistant
sends the recent messages, with phone numbers replaced by a conversation id, and
passages from the clinical protocols index to a hosted LLM, which returns suggested
replies and a risk flag (for example, suicidal ideation with a plan). Counsellors pick,
edit or ignore suggestions; nothing is sent to the texter without them. Conversations
flagged as high risk appear on the supervisors' dashboard, where a staff supervisor
can read along, coach the counsellor and, if needed, call emergency services.
Controls in this design: gateway request signatures, SSO with MFA and roles for
counsellors and supervisors, encryption at rest, an audit log on the supervisor
dashboard, and a data processing agreement with the LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crisis text line reply assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM reply suggestions and risk flags for volunteer crisis counsellors.",
)

# ---------------------------------------------------------------- data assets
texts = tg.Data(
    "Texter messages",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Phone number and message text; mental health data of people in crisis.",
)
replies = tg.Data(
    "Counsellor replies",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
transcript = tg.Data(
    "Conversation transcripts",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
context = tg.Data(
    "Conversation context",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The last messages of a live conversation, keyed by conversation id.",
)
protocols = tg.Data(
    "Clinical protocols",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Risk assessment questions, safety-planning scripts, local referral resources.",
)
protocol_chunks = tg.Data(
    "Protocol passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Suggestion prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System instructions, conversation context and protocol passages.",
)
suggestions = tg.Data(
    "Suggested replies and risk flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
risk_flag = tg.Data("High-risk flag", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
feedback = tg.Data(
    "Suggestion feedback",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Which suggestion was used, edited or ignored, with the prompt and output.",
)
coaching = tg.Data(
    "Supervisor coaching notes", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
rescue_request = tg.Data(
    "Emergency referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Texter phone number, any location given and the risk summary.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person in distress, texting from their own phone.
    texter = tm.add(tg.Actor("Texter", role="person in crisis"))
    # Volunteers work from their own laptops at home.
    counsellor = tm.add(tg.Actor("Volunteer counsellor", role="volunteer counsellor"))

with tm.boundary("SMS gateway provider", trust=tg.Trust.PARTNER):
    # Carrier-facing SMS provider that owns the short code.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that drafts replies and flags risk.
    llm = tm.add(
        tg.LLM(
            "Reply suggestion LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose hosted model; EU region, zero-retention option enabled.",
            controls={c.SupplierAssessment(note="DPA signed, EU data residency")},
        )
    )

with tm.boundary("Emergency services", trust=tg.Trust.PARTNER):
    # Public safety answering point that supervisors phone for an active rescue.
    dispatch = tm.add(tg.ExternalService("Emergency dispatch"))

with tm.boundary("Crisis line cloud", trust=tg.Trust.INTERNAL):
    # Receives inbound texts from the gateway.
    webhook = tm.add(
        tg.Endpoint(
            "Inbound SMS webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.MessageIntegrity(note="gateway request signature checked")},
        )
    )
    # Queues, routes and relays conversations between texters and counsellors.
    platform = tm.add(tg.Service("Conversation platform"))
    # Transcripts of every conversation, kept for safeguarding and quality review.
    convo_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcript},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The web app volunteers use to hold conversations.
    console = tm.add(
        tg.Endpoint(
            "Counsellor console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="SSO with MFA"), c.RBAC()},
        )
    )
    # Builds the prompt for each new texter message and returns suggestions to the console.
    assistant = tm.add(
        tg.Service(
            "Reply assistant",
            controls={
                c.DataMinimization(note="phone numbers replaced by a conversation id"),
                c.HumanInTheLoop(approver="the counsellor chooses and sends every reply"),
            },
        )
    )
    # Logs suggestions and how counsellors used them, for later evaluation.
    assistant_log = tm.add(tg.DataStore("Assistant log", stores={feedback}))
    # Live view of high-risk conversations for staff supervisors.
    dashboard = tm.add(
        tg.Service(
            "Supervisor dashboard",
            controls={
                c.Authentication(method="SSO with MFA"),
                c.AuditLogging(note="who opened which conversation"),
            },
        )
    )

    with tm.boundary("Clinical content", trust=tg.Trust.INTERNAL):
        # The clinical team's approved protocols and referral directory.
        protocol_library = tm.add(
            tg.DataSource(
                "Clinical protocol library", origin=tg.Origin.INTERNAL, provides={protocols}
            )
        )
        # Chunks and embeds the protocols when the clinical team publishes a change.
        indexer = tm.add(tg.Pipeline("Protocol indexing job", stage=tg.Stage.INGESTION))
        # Searched for the protocol passages relevant to the live conversation.
        protocol_index = tm.add(tg.VectorStore("Protocol index", stores={protocol_chunks}))

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Paid clinical staff who monitor high-risk conversations.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="clinical supervisor", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(texter, sms_gateway, texts, protocol="sms")
tm.flow(sms_gateway, texter, replies, protocol="sms")
tm.flow(sms_gateway, webhook, texts, protocol="https")
tm.flow(webhook, platform, texts)
tm.flow(platform, sms_gateway, replies, protocol="https")
tm.flow(platform, convo_store, transcript)
tm.flow(convo_store, platform, transcript, label="conversation history")

tm.flow(platform, console, texts, transcript, coaching)
tm.flow(console, platform, replies)
tm.flow(console, counsellor, texts, transcript, suggestions, protocol="wss")
tm.flow(counsellor, console, replies, feedback, protocol="wss")

tm.flow(platform, assistant, context)
tm.flow(assistant, protocol_index, context, label="protocol search")
tm.flow(protocol_index, assistant, protocol_chunks)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, suggestions, protocol="https")
tm.flow(assistant, console, suggestions)
tm.flow(console, assistant, feedback, label="used, edited or ignored")
tm.flow(assistant, assistant_log, prompt, suggestions, feedback)
tm.flow(assistant, platform, risk_flag, label="mark conversation high risk")

tm.flow(platform, dashboard, transcript, risk_flag, label="flagged conversations")
tm.flow(dashboard, supervisor, transcript, risk_flag, protocol="https")
tm.flow(supervisor, dashboard, coaching, protocol="https")
tm.flow(dashboard, platform, coaching, label="coaching to counsellor")
tm.flow(supervisor, dispatch, rescue_request, label="phone call for active rescue")

tm.flow(protocol_library, indexer, protocols)
tm.flow(indexer, protocol_index, protocol_chunks)

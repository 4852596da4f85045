"""Organ donor register chat assistant: the first design, before any security review.

Members of the public register, change or withdraw their organ donation decision
by chatting with an assistant on the health service website or in its health app.
The assistant, an LLM agent running in the health service cloud, explains the
options from approved guidance pages indexed in a vector store, and answers with a
model hosted by a cloud LLM vendor. Before it reads or changes a decision, the
citizen signs in through the national login service (OIDC); the agent then reads
and writes the organ donor register through a register tool and the register API,
after the citizen confirms a summary card. The register holds each decision, the
organs chosen and faith or belief preferences. Specialist nurses look up a
potential donor's decision through a portal on the health network when they talk
to families. Transport is HTTPS, the register is encrypted and audit-logged, the
chat API is rate-limited, and transcripts are kept for service improvement.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Organ donor register chat assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Public chat assistant that records organ donation decisions in the national "
        "register; specialist nurses read the decisions when talking to families."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Citizen chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and instructions; may mention health, religion or family.",
)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
login_credentials = tg.Data(
    "National login credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Password and one-time code entered at the national login service.",
)
identity_token = tg.Data(
    "Verified identity token",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="OIDC ID token with NHS number, name and date of birth.",
)
decision_request = tg.Data(
    "Register read or update call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Read the citizen's current decision, or write a new one, for the signed-in NHS number.",
)
donation_decision = tg.Data(
    "Donation decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Opt in or out, organs and tissues chosen, nominated representative.",
)
faith_preference = tg.Data(
    "Faith and belief preference",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Whether staff should discuss faith or belief needs with the family.",
)
register_records = tg.Data(
    "Organ donor register records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Every registered decision with identity details and history of changes.",
)
guidance_pages = tg.Data(
    "Approved guidance pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
guidance_chunks = tg.Data(
    "Guidance chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, guidance chunks and register results.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Full conversations, including decisions and faith preferences stated in chat.",
)
donor_lookup = tg.Data(
    "Potential donor lookup",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="NHS number or name and date of birth of a patient in critical care.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone in the country may register; the same person may be mistaken, hurried or hostile.
    citizen = tm.add(tg.Actor("Member of the public", role="citizen"))
    # The health service's phone app embeds the same chat; only the citizen uses it.
    health_app = tm.add(
        tg.Device(
            "Health app",
            description="Phone app of the national health service with an embedded chat view.",
        )
    )

with tm.boundary("National login service", trust=tg.Trust.PARTNER):
    # Government identity provider: the only way a citizen proves who they are.
    login = tm.add(
        tg.ExternalService(
            "National login service",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="OIDC provider with password and one-time code, identity-verified accounts.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model is rented, not run by us; hosted in-country under contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Health service cloud", trust=tg.Trust.INTERNAL):
    # Public entry point for the web chat widget and the app; the only internet-facing part.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.RateLimiting(requests_per_minute=30)},
        )
    )
    # The assistant: reads guidance, talks to the citizen and calls the register tool.
    assistant = tm.add(
        tg.Agent(
            "Donor decision assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="LLM agent that explains options and records the citizen's decision.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the signed-in citizen",
                    note="the citizen taps Confirm on a summary card before a decision is written",
                )
            },
        )
    )
    # The agent's only way into the register: read the current decision, write a new one.
    register_tool = tm.add(
        tg.Tool(
            "Register decision tool",
            capabilities={"read", "write"},
            description="Reads and updates the decision for the NHS number in the session token.",
        )
    )
    # Approved guidance, chunked and embedded so the assistant answers from it.
    guidance_index = tm.add(tg.VectorStore("Guidance index", stores={guidance_chunks}))
    # Re-indexes the guidance pages whenever the content team publishes a change.
    indexer = tm.add(tg.Pipeline("Guidance indexing pipeline", stage=tg.Stage.INGESTION))
    # The content management system where clinical and comms staff approve guidance.
    guidance_cms = tm.add(
        tg.DataSource("Guidance CMS", origin=tg.Origin.INTERNAL, provides={guidance_pages})
    )
    # Conversations kept for quality review and complaints.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

    with tm.boundary("Register zone", trust=tg.Trust.RESTRICTED):
        # Business API in front of the register, shared by the assistant and the nurse portal.
        register_api = tm.add(
            tg.Service(
                "Register API",
                controls={
                    tg.controls.Authentication(method="OAuth client credentials"),
                    tg.controls.AuditLogging(retention_days=3650),
                },
            )
        )
        # The national organ donor register itself.
        register_db = tm.add(
            tg.DataStore(
                "Organ donor register",
                stores={register_records, donation_decision, faith_preference},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.AuditLogging(retention_days=3650),
                    tg.controls.DataVersioning(note="point-in-time restore, daily backups"),
                },
            )
        )

with tm.boundary("Health and care network", trust=tg.Trust.INTERNAL):
    # Specialist nurses for organ donation, in hospitals, speaking with families.
    nurse = tm.add(tg.Actor("Specialist nurse", role="specialist nurse for organ donation"))
    # Read-only portal the nurses use to look up a potential donor's decision.
    nurse_portal = tm.add(
        tg.Service(
            "Nurse lookup portal",
            controls={
                tg.controls.Authentication(method="smartcard with PIN"),
                tg.controls.RBAC(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# chat, on the web and in the app
tm.flow(citizen, chat_api, chat_message, protocol="https", label="web chat widget")
tm.flow(chat_api, citizen, assistant_reply, protocol="https", label="web chat widget")
tm.flow(citizen, health_app, chat_message, label="types in the app")
tm.flow(health_app, citizen, assistant_reply, label="shown in the app")
tm.flow(health_app, chat_api, chat_message, protocol="https")
tm.flow(chat_api, health_app, assistant_reply, protocol="https")

# sign-in before reading or changing a decision
tm.flow(citizen, login, login_credentials, protocol="https")
tm.flow(login, chat_api, identity_token, protocol="https", label="OIDC redirect")

# the assistant
tm.flow(chat_api, assistant, chat_message, identity_token)
tm.flow(assistant, chat_api, assistant_reply)
tm.flow(assistant, guidance_index, chat_message, label="similarity query")
tm.flow(guidance_index, assistant, guidance_chunks, label="retrieved guidance")
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")
tm.flow(assistant, transcript_store, transcripts)

# reading and recording the decision
tm.flow(assistant, register_tool, decision_request, donation_decision, faith_preference)
tm.flow(register_tool, assistant, donation_decision, faith_preference, label="current decision")
tm.flow(
    register_tool,
    register_api,
    decision_request,
    donation_decision,
    faith_preference,
    protocol="https",
)
tm.flow(register_api, register_tool, donation_decision, faith_preference, protocol="https")
tm.flow(register_api, register_db, donation_decision, faith_preference)
tm.flow(register_db, register_api, register_records)

# guidance content
tm.flow(guidance_cms, indexer, guidance_pages, protocol="https")
tm.flow(indexer, guidance_index, guidance_chunks)

# specialist nurses
tm.flow(nurse, nurse_portal, donor_lookup, protocol="https")
tm.flow(nurse_portal, nurse, donation_decision, faith_preference, protocol="https")
tm.flow(nurse_portal, register_api, donor_lookup, protocol="https")
tm.flow(register_api, nurse_portal, donation_decision, faith_preference, protocol="https")

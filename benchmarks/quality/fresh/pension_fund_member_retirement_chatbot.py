"""Pension fund member retirement chatbot: the first design, before any security review.

Members of a workplace pension scheme chat on the scheme's member website about their
retirement options (when to take benefits, tax-free cash, drawdown or annuity). Anyone
can ask general questions; a member signed in through the scheme's identity provider
can also ask for their current pot value and a projected retirement income.
It runs in the scheme's cloud account: an LLM agent answers from an index of scheme
guidance published by the communications team, and calls two read-only tools, one
fetching the pot from the third-party administrator's member API, the other running
the projection with the actuary's assumptions. The model is vendor-hosted behind the
vendor's content filter. Sign-in is password and SMS code, the chat API is rate
limited, the administrator's API key is in the secrets manager, and transcripts are
stored encrypted for member services to review complaints.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pension fund member retirement chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat assistant on the member website answering retirement questions and, "
        "after sign-in, showing pot value and projected retirement income."
    ),
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data(
    "Member sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Password and SMS one-time code entered at the identity provider.",
)
id_token = tg.Data(
    "Member identity token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="OIDC ID token carrying the member's scheme number.",
)
question = tg.Data("Member question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
session_context = tg.Data(
    "Member session context",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Conversation so far plus the scheme number of a signed-in member.",
)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, guidance passages, tool results and the member's question.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Draft answer or a request to call one of the tools.",
)
guidance_docs = tg.Data(
    "Scheme guidance documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Member booklets, retirement options guide, FAQs and scheme rules.",
)
guidance_passages = tg.Data(
    "Guidance passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
pot_call = tg.Data(
    "Pot lookup call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Scheme number of the member whose pot to fetch.",
)
pot_value = tg.Data(
    "Pot value and contribution history",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
member_request = tg.Data("Member record request", kind="records", sensitivity=tg.Sensitivity.PII)
member_record = tg.Data(
    "Member pension record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, date of birth, salary, contributions, fund holdings and pot value.",
)
projection_call = tg.Data(
    "Projection request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Pot value, age, contribution rate and chosen retirement age.",
)
projection = tg.Data(
    "Projected retirement income", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
assumptions = tg.Data(
    "Projection assumptions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Growth rates, inflation, annuity rates and charges set by the scheme actuary.",
)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Full conversations, including pot values and projections shown.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Scheme members (and anyone else) chatting from a browser.
    member = tm.add(tg.Actor("Scheme member", role="pension scheme member"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Hosted member identity service already used by the member website.
    idp = tm.add(
        tg.ExternalService(
            "Member identity provider",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            controls={c.Authentication(method="password and SMS one-time code")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model; writes the answers and decides when to call tools.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's built-in content filter")},
        )
    )

with tm.boundary("Pension administrator", trust=tg.Trust.PARTNER):
    # Third-party administrator: the system of record for member pots.
    admin = tm.add(
        tg.ExternalService(
            "Administrator member API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="REST API of the administration platform, called with a scheme API key.",
        )
    )

with tm.boundary("Scheme cloud account", trust=tg.Trust.INTERNAL):
    # Public chat API behind the member website; serves anonymous and signed-in chats.
    chat_api = tm.add(
        tg.Endpoint(
            "Member chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="OIDC ID token from the member identity provider",
                    note="only signed-in sessions carry a scheme number",
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent: retrieves guidance, calls the tools and composes answers.
    assistant = tm.add(
        tg.Agent(
            "Retirement assistant agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Answers members directly; its tools only read.",
        )
    )
    # Scheme guidance chunks for retrieval.
    guidance_index = tm.add(tg.VectorStore("Scheme guidance index", stores={guidance_passages}))
    # Chunks and embeds the guidance the communications team publishes.
    ingestion = tm.add(tg.Pipeline("Guidance ingestion pipeline", stage=tg.Stage.INGESTION))
    # Reads a member's pot from the administrator's API.
    pot_tool = tm.add(
        tg.Tool(
            "Pot value lookup tool",
            capabilities={"read"},
            description="Fetches pot value and contribution history for the scheme number in the call.",
            controls={
                c.SecretsManagement(note="administrator API key in the cloud secrets manager")
            },
        )
    )
    # Deterministic projection using the actuary's assumptions.
    projection_tool = tm.add(
        tg.Tool(
            "Retirement income projection tool",
            capabilities={"read"},
            description="Runs the scheme's statutory-style projection calculation.",
        )
    )
    # Assumptions table the projection tool reads.
    assumptions_store = tm.add(tg.DataStore("Projection assumptions table", stores={assumptions}))
    # Transcripts for complaints handling and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Scheme office network", trust=tg.Trust.INTERNAL):
    # Publishes the guidance content the assistant answers from.
    comms_team = tm.add(tg.Actor("Member communications team", role="content editor"))
    # Sets the projection assumptions each year.
    actuary = tm.add(tg.Actor("Scheme actuary", role="actuary", privileged=True))
    # Reviews transcripts for complaints and hand-offs.
    member_services = tm.add(tg.Actor("Member services staff", role="member services"))

# ---------------------------------------------------------------- flows
tm.flow(member, idp, credentials, protocol="https", label="sign in")
tm.flow(idp, chat_api, id_token, protocol="oidc")
tm.flow(member, chat_api, question, protocol="https")
tm.flow(chat_api, member, answer, protocol="https")

tm.flow(chat_api, assistant, question, session_context)
tm.flow(assistant, chat_api, answer)

tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

tm.flow(assistant, guidance_index, question, label="similarity query")
tm.flow(guidance_index, assistant, guidance_passages)

tm.flow(assistant, pot_tool, pot_call)
tm.flow(pot_tool, assistant, pot_value)
tm.flow(pot_tool, admin, member_request, protocol="https")
tm.flow(admin, pot_tool, member_record, protocol="https")

tm.flow(assistant, projection_tool, projection_call)
tm.flow(projection_tool, assistant, projection)
tm.flow(assumptions_store, projection_tool, assumptions)
tm.flow(actuary, assumptions_store, assumptions, label="annual update")

tm.flow(assistant, transcript_store, transcripts)
tm.flow(transcript_store, member_services, transcripts, protocol="https")

tm.flow(comms_team, ingestion, guidance_docs, protocol="https", label="publish")
tm.flow(ingestion, guidance_index, guidance_passages)

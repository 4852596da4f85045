"""Eviction help chatbot for a nonprofit legal aid organisation: the first design.

Tenants who have received an eviction notice or court summons open a chat on the
organisation's public website, without an account. An LLM assistant, run on the
organisation's cloud tenancy and calling a hosted model vendor, answers their
questions from a library of state housing law and court self-help guides (a
vector index fed from the state's public statute and court websites and from
guides written by staff). It collects intake details (household, landlord, notice
dates, income), fills in the court's answer form as a draft the tenant downloads
and files themselves, and pushes cases that meet the eligibility rules to the
staff attorneys' hosted case management system through its API.
Controls in this design: HTTPS everywhere, rate limiting on the public chat API,
the vendor's built-in content filter, a step limit on the assistant, encryption
at rest of the intake database, an API key for the case system, and SSO with
MFA and role-based access for staff in the case management system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal aid eviction chatbot",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Public chatbot that answers eviction questions from a legal library, takes intake, "
        "drafts the tenant's answer form and refers eligible cases to staff attorneys."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Tenant question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; tenants often describe their household, health and immigration status.",
)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
intake = tg.Data(
    "Intake details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, address, landlord, notice and hearing dates, income, household members.",
)
transcript = tg.Data("Chat transcript", kind="logs", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with legal context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, intake answers and retrieved guide passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_calls = tg.Data("Assistant tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_results = tg.Data("Tool results", kind="tool-result", sensitivity=tg.Sensitivity.PII)
law_sources = tg.Data(
    "State housing law and court guides",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
staff_guides = tg.Data(
    "Staff-written self-help guides",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
guide_chunks = tg.Data(
    "Legal library chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft_form = tg.Data(
    "Draft answer form",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The court's eviction answer form, pre-filled with the tenant's details and defences.",
)
referral = tg.Data(
    "Case referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Intake details, eligibility result and chat summary for a staff attorney.",
)
case_update = tg.Data("Case acceptance and notes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants reach the chat anonymously from phones and library computers.
    tenant = tm.add(tg.Actor("Tenant", role="tenant facing eviction"))
    # The state legislature's statute site and the courts' self-help pages, crawled weekly.
    law_sites = tm.add(
        tg.DataSource(
            "State law and court websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={law_sources},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted chat model; the vendor's content filter is on by default.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Legal aid cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public API behind the chat widget on the organisation's website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP, at the CDN")},
        )
    )
    # Runs the conversation: retrieves guide passages, calls the LLM, calls the tools.
    assistant = tm.add(
        tg.Agent(
            "Eviction help assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8)},
            description="Saves intake, drafts forms and sends referrals without staff approval.",
        )
    )
    # The legal library the assistant answers from.
    library = tm.add(tg.VectorStore("Legal library index", stores={guide_chunks}))
    # Crawls the public sources and the staff guides, chunks and embeds them.
    ingestion = tm.add(tg.Pipeline("Library ingestion job", stage=tg.Stage.INGESTION))
    # Intake answers and transcripts, kept so a tenant can come back to the chat.
    intake_db = tm.add(
        tg.DataStore(
            "Intake database",
            stores={intake, transcript},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Saves or updates the tenant's intake answers.
    intake_tool = tm.add(
        tg.Tool("Save intake tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Fills the court's answer form template and returns a PDF for the tenant.
    form_tool = tm.add(
        tg.Tool("Answer form filler", capabilities={"read", "write"}, origin="first-party")
    )
    # Applies the eligibility rules and pushes qualifying cases to the case system.
    referral_tool = tm.add(
        tg.Tool(
            "Attorney referral tool",
            capabilities={"read", "send-messages"},
            origin="first-party",
        )
    )

with tm.boundary("Case management SaaS", trust=tg.Trust.PARTNER):
    # The hosted case management system the staff attorneys already use.
    cms = tm.add(
        tg.DataStore(
            "Case management system",
            stores={referral, case_update},
            controls={c.Authentication(method="SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Legal aid office", trust=tg.Trust.INTERNAL):
    # Reviews referrals and decides whether to take the case.
    attorney = tm.add(tg.Actor("Staff attorney", role="attorney"))
    # Writes and updates the organisation's own self-help guides.
    editor = tm.add(tg.Actor("Content editor", role="paralegal"))

# ---------------------------------------------------------------- flows
tm.flow(tenant, chat_api, question, intake, protocol="https")
tm.flow(chat_api, assistant, question, intake)
tm.flow(assistant, library, question, label="similarity query")
tm.flow(library, assistant, guide_chunks, label="retrieved passages")
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, tool_calls, protocol="https")
tm.flow(assistant, intake_db, transcript, label="conversation log")
tm.flow(intake_db, assistant, intake, transcript, label="resume conversation")

tm.flow(assistant, intake_tool, tool_calls, intake)
tm.flow(intake_tool, intake_db, intake)
tm.flow(intake_tool, assistant, tool_results)

tm.flow(assistant, form_tool, tool_calls)
tm.flow(intake_db, form_tool, intake)
tm.flow(form_tool, assistant, draft_form, tool_results)

tm.flow(assistant, referral_tool, tool_calls)
tm.flow(intake_db, referral_tool, intake, transcript)
tm.flow(
    referral_tool,
    cms,
    referral,
    protocol="https",
    controls={c.Authentication(method="API key")},
)
tm.flow(cms, referral_tool, tool_results, protocol="https", label="referral id")
tm.flow(referral_tool, assistant, tool_results)

tm.flow(assistant, chat_api, answer, draft_form)
tm.flow(chat_api, tenant, answer, draft_form, protocol="https")

tm.flow(cms, attorney, referral, protocol="https")
tm.flow(attorney, cms, case_update, protocol="https")

tm.flow(law_sites, ingestion, law_sources, protocol="https", label="weekly crawl")
tm.flow(editor, ingestion, staff_guides, label="guide uploads")
tm.flow(ingestion, library, guide_chunks)

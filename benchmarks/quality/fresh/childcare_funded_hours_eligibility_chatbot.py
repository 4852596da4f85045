"""Childcare funded hours eligibility chatbot: the first design, before any security review.

A local authority adds a chatbot to its Family Information Service pages so that
parents can find out whether they qualify for funded childcare hours. The bot,
an LLM agent running in the council's cloud tenancy, asks about the parent's work,
income and children, answers from the national and local guidance, and, when the
parent gives an eligibility code, checks it (with the parent's National Insurance
number and date of birth) against the national tax authority's eligibility
checking service. Codes that check out are sent to the chosen nursery through the
early years provider portal, a supplier-hosted system that nurseries sign in to.
Parents who disagree with a result can ask for a review, which the bot refers to
the council's early years team in its case management system. The chat page is
rate limited, the hosted model is the vendor's under a council data processing
agreement, the tax authority's API is called with OAuth client credentials kept
in the council's key vault, and transcripts are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Childcare funded hours eligibility chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Council chatbot that tells parents whether they qualify for funded childcare, "
        "checks their eligibility codes with the tax authority and passes valid codes "
        "to their nursery."
    ),
)

# ---------------------------------------------------------------- data assets
parent_message = tg.Data(
    "Parent chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Questions and answers about work, income, partner and children.",
)
bot_reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with household details and guidance",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far and retrieved guidance passages.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
guidance = tg.Data(
    "Funded hours guidance",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="National entitlement rules and the council's local offer pages.",
)
guidance_chunks = tg.Data(
    "Guidance passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
code_check_call = tg.Data(
    "Eligibility code check call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Eligibility code, parent's National Insurance number and date of birth.",
)
code_check_request = tg.Data(
    "Eligibility code check request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
code_check_result = tg.Data(
    "Eligibility code check result",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Valid or not, validity start and end dates, grace period.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
code_check_tool_result = tg.Data(
    "Eligibility code check outcome", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
nursery_submission_call = tg.Data(
    "Code submission to nursery call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Checked code, child's name and date of birth, chosen nursery.",
)
validated_code = tg.Data(
    "Validated eligibility code for nursery",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
portal_ack = tg.Data(
    "Portal submission receipt", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
take_up = tg.Data("Nursery take-up confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
submission_result = tg.Data(
    "Code submission result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
appeal_referral = tg.Data(
    "Eligibility review referral",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Transcript extract, household circumstances and the disputed result.",
)
appeal_outcome = tg.Data("Review outcome letter", sensitivity=tg.Sensitivity.PII, kind="documents")
case_notes = tg.Data("Early years case notes", sensitivity=tg.Sensitivity.PII, kind="records")
hmrc_credentials = tg.Data(
    "Tax authority API client secret", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The parent or carer asking about funded hours, anonymous on the public web page.
    parent = tm.add(tg.Actor("Parent", role="member of the public"))
    # Nursery managers who pick up validated codes to claim the funding.
    nursery_staff = tm.add(tg.Actor("Nursery staff", role="childcare provider"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat widget's backend behind the council's web pages.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per IP at the API gateway"),
                c.InputValidation(note="message length and character set"),
            },
        )
    )
    # The LLM agent that runs the conversation and decides when to call its tools.
    assistant = tm.add(
        tg.Agent(
            "Eligibility assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Asks the eligibility questions, answers from guidance, calls tools.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Indexed guidance so that answers quote the actual entitlement rules.
    guidance_index = tm.add(tg.VectorStore("Guidance index", stores={guidance_chunks, guidance}))
    # Tool that calls the tax authority's eligibility checking service.
    code_check_tool = tm.add(
        tg.Tool(
            "Eligibility code checker",
            capabilities={"read"},
            origin="first-party",
            controls={c.SecretsManagement(note="OAuth client secret in the council key vault")},
        )
    )
    # Tool that posts a checked code to the chosen nursery via the provider portal.
    nursery_tool = tm.add(
        tg.Tool(
            "Nursery code submission",
            capabilities={"write"},
            origin="first-party",
        )
    )
    # Keeps conversations for service improvement and for reviews.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model under the council's data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPIA and processing agreement with the vendor"),
                c.Guardrails(note="the vendor's default content filter"),
            },
        )
    )

with tm.boundary("National tax authority", trust=tg.Trust.PARTNER):
    # The national service that says whether a 30-hours eligibility code is valid.
    eligibility_service = tm.add(
        tg.ExternalService(
            "Eligibility checking service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Provider portal supplier", trust=tg.Trust.PARTNER):
    # The early years provider portal the council licenses; nurseries claim funding here.
    provider_portal = tm.add(
        tg.Service(
            "Early years provider portal",
            controls={
                c.Authentication(method="username and password"),
                c.RBAC(note="each nursery sees its own children"),
            },
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Officer in the early years team who decides eligibility reviews.
    officer = tm.add(tg.Actor("Early years officer", role="council staff"))
    # The team's case management system where review referrals land.
    case_system = tm.add(
        tg.DataStore(
            "Early years case management",
            stores={appeal_referral, case_notes},
            controls={
                c.Authentication(method="council SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(parent, chat_api, parent_message, protocol="https")
tm.flow(chat_api, parent, bot_reply, protocol="https")
tm.flow(chat_api, assistant, parent_message)
tm.flow(assistant, chat_api, bot_reply)

tm.flow(assistant, guidance_index, parent_message, label="similarity query")
tm.flow(guidance_index, assistant, guidance_chunks, label="retrieved guidance")
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")

tm.flow(assistant, code_check_tool, code_check_call)
tm.flow(code_check_tool, assistant, code_check_tool_result)
tm.flow(
    code_check_tool,
    eligibility_service,
    code_check_request,
    protocol="https",
    controls={c.Authentication(method="OAuth 2.0 client credentials")},
)
tm.flow(eligibility_service, code_check_tool, code_check_result, protocol="https")

tm.flow(assistant, nursery_tool, nursery_submission_call)
tm.flow(nursery_tool, assistant, submission_result)
tm.flow(
    nursery_tool,
    provider_portal,
    validated_code,
    protocol="https",
    controls={c.Authentication(method="portal integration API key")},
)
tm.flow(provider_portal, nursery_tool, portal_ack, protocol="https")
tm.flow(nursery_staff, provider_portal, take_up, protocol="https", label="confirms take-up")
tm.flow(provider_portal, nursery_staff, validated_code, protocol="https")

tm.flow(assistant, transcript_store, transcripts)
tm.flow(assistant, case_system, appeal_referral, protocol="https", label="review request")
tm.flow(officer, case_system, case_notes, protocol="https")
tm.flow(case_system, officer, appeal_referral, protocol="https")
tm.flow(transcript_store, officer, transcripts, protocol="https", label="reads during a review")
tm.flow(case_system, parent, appeal_outcome, protocol="smtp", label="outcome by e-mail")
tm.flow(officer, guidance_index, guidance, protocol="https", label="publishes guidance updates")

# The API client secret is declared for scope; it lives in the key vault.
tm.data(hmrc_credentials)

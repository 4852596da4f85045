"""Legal aid eligibility chatbot: the first design, before any security review.

A chat widget on the charity's public website lets anyone in England and Wales
describe their legal problem, income, savings and household without signing in.
A chat assistant, built on a language model hosted by a vendor, asks follow-up
questions, calls an eligibility calculator that applies the published means-test
thresholds and scope rules, searches an index of legal aid guidance, and tells the
person whether they are likely eligible and how to apply. With their agreement it
files a referral into the hosted case management system, where caseworkers pick
it up. Transcripts are kept for a supervising solicitor to sample for quality.
Controls in this design: a per-IP rate limit on the chat API, a cap on assistant
steps, the vendor's content filter and a vendor review, staff sign-in with MFA on
the review console and the case system, and encryption of stored transcripts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal aid eligibility chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chatbot that screens people for likely legal aid eligibility and refers them.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="The person's own words: their problem (housing, family, debt, immigration, abuse), "
    "income, benefits, savings and household; may include health and criminal matters.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, tool results and retrieved guidance.",
)
completion = tg.Data(
    "Assistant completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Next reply to the person, or the tool calls to make.",
)
means_query = tg.Data(
    "Means and scope answers",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Problem category, gross income, benefits, capital and household as the assistant extracted them.",
)
eligibility_result = tg.Data(
    "Likely eligibility result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
thresholds = tg.Data(
    "Means-test thresholds and scope rules",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
guidance_query = tg.Data("Guidance search", kind="tool-call", sensitivity=tg.Sensitivity.PII)
guidance_chunks = tg.Data(
    "Guidance passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
guidance_pages = tg.Data(
    "Published legal aid guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="GOV.UK legal aid pages and the charity's own how-to-apply articles.",
)
referral = tg.Data(
    "Referral",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone or e-mail, problem summary and the eligibility result, with consent to contact.",
)
referral_ack = tg.Data(
    "Referral reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
case_records = tg.Data(
    "Client case records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
review_notes = tg.Data("Quality review notes", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who opens the website; often in a crisis, no account needed.
    person = tm.add(tg.Actor("Member of the public", role="help seeker"))
    # Public guidance the index is built from.
    gov_guidance = tm.add(
        tg.DataSource(
            "Public legal aid guidance",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance_pages},
            description="GOV.UK legal aid pages crawled weekly, plus the charity's published articles.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted language model behind the assistant.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's content filter"),
                c.SupplierAssessment(note="DPA with zero data retention, reviewed by the trustees"),
            },
        )
    )

with tm.boundary("Case management vendor", trust=tg.Trust.PARTNER):
    # Existing hosted CRM where the charity keeps its client cases.
    case_system = tm.add(
        tg.DataStore(
            "Case management system",
            stores={case_records},
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(),
                c.EncryptionAtRest(key_management="vendor-managed"),
            },
        )
    )

with tm.boundary("Charity cloud", trust=tg.Trust.INTERNAL):
    # Public entry point behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP address")},
        )
    )
    # Holds the conversation and decides which questions to ask and which tools to call.
    assistant = tm.add(
        tg.Agent(
            "Eligibility assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers the public directly; no staff member sees a conversation before the reply.",
            controls={c.CircuitBreaker(max_steps=8, note="tool calls per turn")},
        )
    )
    # Deterministic means test, so the numbers are not left to the language model.
    calculator = tm.add(
        tg.Tool(
            "Eligibility calculator",
            capabilities={"read"},
            description="Applies the thresholds and scope rules to the answers given and returns likely, "
            "unlikely or needs a caseworker.",
        )
    )
    # The published thresholds, edited by the policy team when the regulations change.
    rules_store = tm.add(tg.DataStore("Means-test rules", stores={thresholds}))
    # Lets the assistant quote guidance on how to apply.
    guidance_tool = tm.add(tg.Tool("Guidance search", capabilities={"read"}))
    # Embedded guidance passages.
    guidance_index = tm.add(tg.VectorStore("Guidance index", stores={guidance_chunks}))
    # Weekly crawl, chunking and embedding of the guidance.
    indexer = tm.add(tg.Pipeline("Guidance indexing", stage=tg.Stage.INGESTION))
    # Files a referral for a caseworker to call the person back.
    referral_tool = tm.add(
        tg.Tool(
            "Referral tool",
            capabilities={"write"},
            description="Creates an intake case in the CRM.",
        )
    )
    # Every conversation, kept for quality sampling.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts, review_notes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Staff page for reading sampled transcripts.
    review_console = tm.add(
        tg.Endpoint(
            "Transcript review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 single sign-on with MFA")},
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Calls referred people back and opens their case.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))
    # Samples transcripts to check the advice given was right.
    solicitor = tm.add(tg.Actor("Supervising solicitor", role="quality reviewer"))

# ---------------------------------------------------------------- flows
tm.flow(person, chat_api, message, protocol="https")
tm.flow(chat_api, person, reply, protocol="https")
tm.flow(chat_api, assistant, message)
tm.flow(assistant, chat_api, reply)

tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

tm.flow(assistant, calculator, means_query)
tm.flow(rules_store, calculator, thresholds)
tm.flow(calculator, assistant, eligibility_result)

tm.flow(assistant, guidance_tool, guidance_query)
tm.flow(guidance_tool, guidance_index, guidance_query, label="similarity query")
tm.flow(guidance_index, guidance_tool, guidance_chunks)
tm.flow(guidance_tool, assistant, guidance_chunks)
tm.flow(gov_guidance, indexer, guidance_pages, protocol="https", label="weekly crawl")
tm.flow(indexer, guidance_index, guidance_chunks)

tm.flow(assistant, referral_tool, referral)
tm.flow(referral_tool, case_system, referral, protocol="https", controls={c.SecretsManagement()})
tm.flow(case_system, referral_tool, referral_ack, protocol="https")
tm.flow(referral_tool, assistant, referral_ack)
tm.flow(case_system, caseworker, case_records, protocol="https")
tm.flow(caseworker, case_system, case_records, protocol="https")

tm.flow(assistant, transcript_store, transcripts)
tm.flow(transcript_store, review_console, transcripts)
tm.flow(review_console, solicitor, transcripts, protocol="https")
tm.flow(solicitor, review_console, review_notes, protocol="https")
tm.flow(review_console, transcript_store, review_notes)

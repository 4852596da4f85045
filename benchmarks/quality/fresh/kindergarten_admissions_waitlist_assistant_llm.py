"""Kindergarten admissions assistant: the first design, before any security review.

The city council adds an assistant to its website for parents applying for a
kindergarten place. Anyone can ask general questions about the admissions rules;
parents who sign in with the city's citizen login (national eID over OIDC) can
also ask what is missing from their application and where their child stands
on the waitlist. An LLM agent in the council's cloud tenancy answers from an
index of the published admissions policy and calls read-only tools scoped to the
signed-in parent's applications, including the text of uploaded documents. It
also drafts offer letters from the allocation results into the officers' queue;
admissions officers review each draft and send it through the national
notification service. The LLM is hosted by a vendor in the EU under a data
processing agreement. The case management system is encrypted, role-based and
audited; chat transcripts are kept for 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kindergarten admissions assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Council web assistant for kindergarten admissions questions, checks and offer letters.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Parent question", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
id_token = tg.Data(
    "Citizen ID token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OIDC token naming the parent's national identity.",
)
prompt = tg.Data(
    "Prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, policy passages and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
policy_docs = tg.Data(
    "Admissions policy documents", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
policy_passages = tg.Data(
    "Policy passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
application = tg.Data(
    "Application records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Child and parents' names, birth date, address, siblings, priority criteria, "
    "waitlist position and allocation result.",
)
documents = tg.Data(
    "Supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Uploaded birth certificates, proof of address, custody orders and "
    "medical or special-needs reports, with their OCR text.",
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data(
    "Application status result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Document checklist, OCR text of uploads and waitlist position.",
)
draft_letter = tg.Data("Draft offer letter", kind="documents", sensitivity=tg.Sensitivity.PII)
sent_letter = tg.Data("Offer letter", kind="documents", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Officer approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents applying for a place, and anyone else visiting the council website.
    parent = tm.add(tg.Actor("Parent", role="applicant"))

with tm.boundary("National eID service", trust=tg.Trust.PARTNER):
    # The existing citizen login both the portal and the assistant rely on.
    idp = tm.add(
        tg.ExternalService(
            "Citizen identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )
    # Sends the approved offer letters by e-mail and to the citizen's digital mailbox.
    notify = tm.add(tg.ExternalService("National notification service"))

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # The language model behind the assistant.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="DPA signed; EU data residency; no training on council data"
                )
            },
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat API behind the widget on the council website.
    chat = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            description="General questions are anonymous; application questions need sign-in.",
            controls={
                c.Authentication(method="OIDC via the city citizen login (national eID)"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Decides how to answer: search the policy, look up the application, draft a letter.
    agent = tm.add(
        tg.Agent(
            "Admissions assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # The published rules: catchments, priority criteria, deadlines, required documents.
    policy_index = tm.add(tg.VectorStore("Admissions policy index", stores={policy_passages}))
    # Keeps the index in step with the policy pages officers publish.
    indexer = tm.add(tg.Pipeline("Policy indexing job", stage=tg.Stage.INGESTION))
    # Lets the agent read one application's checklist, uploads and waitlist place.
    status_tool = tm.add(
        tg.Tool(
            "Application status tool",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(
                    note="read-only account; queries limited to applications linked to the "
                    "signed-in parent's eID, taken from the session, not from the model"
                )
            },
        )
    )
    # Puts offer letter drafts into the officers' review queue; it cannot send them.
    letter_tool = tm.add(
        tg.Tool(
            "Offer letter drafting tool",
            capabilities={"read", "write"},
            controls={c.HumanInTheLoop(approver="admissions officer")},
        )
    )
    # Conversation records for complaints and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )
    # The existing application form where parents submit applications and documents.
    portal = tm.add(tg.Service("Online application portal"))

    with tm.boundary("Admissions data zone", trust=tg.Trust.RESTRICTED):
        # The system of record: applications, uploads, waitlist and allocations.
        case_system = tm.add(
            tg.DataStore(
                "Admissions case management system",
                stores={application, documents, draft_letter},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=365),
                },
            )
        )

with tm.boundary("Council office network", trust=tg.Trust.INTERNAL):
    # Reviews drafts, sends offers and publishes the admissions policy.
    officer = tm.add(tg.Actor("Admissions officer", role="admissions staff", privileged=True))
    # The officers' screen for the draft queue and policy pages.
    console = tm.add(
        tg.Service(
            "Officer review console",
            controls={c.Authentication(method="council SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(parent, idp, id_token, protocol="https", label="eID sign-in")
tm.flow(idp, chat, id_token, protocol="https")
tm.flow(idp, portal, id_token, protocol="https")

tm.flow(parent, chat, question, protocol="https")
tm.flow(chat, parent, reply, protocol="https")
tm.flow(chat, agent, question)
tm.flow(agent, chat, reply)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, policy_index, question, label="similarity query")
tm.flow(policy_index, agent, policy_passages)
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, status_tool, tool_call)
tm.flow(status_tool, case_system, tool_call, protocol="https")
tm.flow(case_system, status_tool, application, documents, protocol="https")
tm.flow(status_tool, agent, tool_result)

tm.flow(case_system, letter_tool, application, protocol="https", label="allocation results")
tm.flow(agent, letter_tool, tool_call, draft_letter)
tm.flow(letter_tool, case_system, draft_letter, protocol="https")

tm.flow(parent, portal, application, documents, protocol="https")
tm.flow(portal, case_system, application, documents, protocol="https")
tm.flow(case_system, portal, application, protocol="https")
tm.flow(portal, parent, application, protocol="https")

tm.flow(case_system, console, draft_letter, application, protocol="https")
tm.flow(console, officer, draft_letter, application, protocol="https")
tm.flow(officer, console, approval, sent_letter, protocol="https")
tm.flow(console, case_system, approval, protocol="https")
tm.flow(console, notify, sent_letter, protocol="https")
tm.flow(notify, parent, sent_letter, protocol="https")

tm.flow(officer, console, policy_docs, protocol="https", label="publishes policy")
tm.flow(console, indexer, policy_docs, protocol="https")
tm.flow(indexer, policy_index, policy_passages)

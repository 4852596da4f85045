"""Organ donation register enquiry assistant: the first design, before any security review.

The national organ donation service adds an LLM assistant to its website that
answers the public's questions about registering, the opt-out law, faith and
family conversations, from approved guidance in a vector index. A caller who
signs in with the national health login (password and SMS code) can ask what
decision they have recorded: the assistant then calls a read-only register
lookup tool with the caller's NHS number and date of birth. Families' e-mails to
the service's mailbox are drafted into replies by the same hosted LLM; every
draft is reviewed, edited and sent by a specialist nurse from a workbench that
needs an NHS smartcard. The LLM runs in the vendor's UK region under a contract
reviewed by the information governance team. The donor register sits in a
restricted enclave, encrypted, with role-based access and every lookup logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Organ donation register enquiry assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Public Q&A and register look-ups about organ donation decisions, and nurse-reviewed "
        "draft replies to families' e-mails."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Public enquiry message", sensitivity=tg.Sensitivity.PII, kind="prompt")
answer = tg.Data("Assistant answer", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
sign_in = tg.Data(
    "Login credentials and SMS code", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
identity_token = tg.Data(
    "Verified identity token",
    sensitivity=tg.Sensitivity.PII,
    kind="credentials",
    description="ID token with the caller's NHS number and date of birth.",
)
chat_prompt = tg.Data(
    "Enquiry prompt with context",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, the conversation, retrieved guidance and any lookup result.",
)
chat_completion = tg.Data(
    "Enquiry completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
guidance = tg.Data(
    "Approved donation guidance",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
guidance_chunks = tg.Data(
    "Retrieved guidance", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
lookup_call = tg.Data(
    "Register lookup request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="NHS number and date of birth.",
)
registration = tg.Data(
    "Recorded donation decisions",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Opt-in, opt-out or nominated representative, organs chosen, faith and belief declaration.",
)
lookup_result = tg.Data(
    "Registration lookup result", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result"
)
transcripts = tg.Data("Enquiry chat transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")
family_email = tg.Data(
    "Family e-mail",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Questions from relatives, often about a patient in intensive care or recently deceased.",
)
draft_prompt = tg.Data("Reply drafting prompt", sensitivity=tg.Sensitivity.REGULATED, kind="prompt")
draft = tg.Data("Draft reply", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
sent_reply = tg.Data("Nurse-approved reply", sensitivity=tg.Sensitivity.REGULATED, kind="documents")
correspondence = tg.Data(
    "Family correspondence case",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="The e-mail thread, the draft, the nurse's edits and the reply sent.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can ask general questions; look-ups need the national login.
    public = tm.add(tg.Actor("Member of the public", role="public enquirer"))
    # Relatives write to the service's published mailbox.
    family = tm.add(tg.Actor("Family member", role="donor's relative"))

with tm.boundary("National health login", trust=tg.Trust.PARTNER):
    # The national identity service that proves who the caller is.
    idp = tm.add(
        tg.ExternalService(
            "National health login",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="OIDC provider; password plus SMS one-time code, identity verified to NHS number.",
        )
    )

with tm.boundary("LLM vendor UK region", trust=tg.Trust.PARTNER):
    # One hosted model serves both the public assistant and reply drafting.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model in a UK region, no training on our data by contract.",
            controls={
                c.SupplierAssessment(note="DPIA and data processing agreement"),
                c.Guardrails(note="the vendor's content filter"),
            },
        )
    )

with tm.boundary("Health network", trust=tg.Trust.INTERNAL):
    # Specialist nurses for organ donation answer families.
    nurse = tm.add(tg.Actor("Specialist nurse", role="specialist nurse for organ donation"))
    # Keeps the guidance the assistant may quote up to date.
    editor = tm.add(tg.Actor("Guidance editor", role="communications team"))

with tm.boundary("Donation service cloud", trust=tg.Trust.INTERNAL):
    # The web chat back end: public questions and the sign-in for look-ups.
    chat_api = tm.add(
        tg.Endpoint(
            "Enquiry chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.Authentication(
                    method="national health login (OIDC, password and SMS code), for register look-ups"
                ),
            },
        )
    )
    # The LLM agent that answers and decides when to look a registration up.
    assistant = tm.add(
        tg.Agent(
            "Registration enquiry assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers the public directly; its only tool is the read-only register lookup.",
            controls={c.CircuitBreaker(max_steps=5)},
        )
    )
    # Read-only view of the register, queried by NHS number and date of birth.
    lookup_tool = tm.add(
        tg.Tool(
            "Register lookup tool",
            capabilities={"read"},
            origin="first-party",
            controls={
                c.LeastPrivilegeTools(note="read-only database account on one view"),
                c.AuditLogging(retention_days=2555, note="every lookup with the session id"),
            },
        )
    )
    # Guidance pages, law and FAQs the assistant answers from.
    guidance_index = tm.add(tg.VectorStore("Guidance index", stores={guidance}))
    # Conversation records kept for complaints and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Receives families' e-mails and sends the nurses' replies.
    mailbox = tm.add(tg.Service("Family enquiries mailbox"))
    # Turns each new family e-mail into a draft reply for a nurse.
    drafter = tm.add(
        tg.Service(
            "Reply drafting service",
            controls={
                c.HumanInTheLoop(
                    approver="a specialist nurse",
                    note="every draft is reviewed, edited and sent by a nurse; nothing is sent unreviewed",
                )
            },
        )
    )
    # Where nurses read the thread, edit the draft and send the reply.
    workbench = tm.add(
        tg.Service(
            "Nurse review workbench",
            controls={
                c.Authentication(method="NHS smartcard and PIN"),
                c.RBAC(),
            },
        )
    )
    # The e-mails, drafts and replies of each family's case.
    case_store = tm.add(
        tg.DataStore(
            "Correspondence case store",
            stores={correspondence},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Register enclave", trust=tg.Trust.RESTRICTED):
        # The national register of people's recorded decisions.
        register = tm.add(
            tg.DataStore(
                "Organ donor register",
                stores={registration},
                controls={
                    c.EncryptionAtRest(key_management="HSM-backed keys"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(public, idp, sign_in, protocol="https")
tm.flow(idp, chat_api, identity_token, protocol="oidc")
tm.flow(public, chat_api, question, protocol="https")
tm.flow(chat_api, assistant, question, identity_token)
tm.flow(assistant, chat_api, answer)
tm.flow(chat_api, public, answer, protocol="https")

tm.flow(assistant, guidance_index, question, label="similarity query")
tm.flow(guidance_index, assistant, guidance_chunks)
tm.flow(editor, guidance_index, guidance, protocol="https", label="publishes approved pages")

tm.flow(assistant, llm, chat_prompt, protocol="https")
tm.flow(llm, assistant, chat_completion, protocol="https")

tm.flow(assistant, lookup_tool, lookup_call)
tm.flow(register, lookup_tool, registration, label="read-only view")
tm.flow(lookup_tool, assistant, lookup_result)
tm.flow(assistant, transcript_store, transcripts)

tm.flow(family, mailbox, family_email, protocol="smtp")
tm.flow(mailbox, drafter, family_email)
tm.flow(drafter, llm, draft_prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, case_store, correspondence, label="thread and draft")
tm.flow(case_store, workbench, correspondence)
tm.flow(workbench, nurse, correspondence, protocol="https")
tm.flow(nurse, workbench, sent_reply, protocol="https", label="edits and approves")
tm.flow(workbench, case_store, correspondence, label="reply recorded")
tm.flow(workbench, mailbox, sent_reply)
tm.flow(mailbox, family, sent_reply, protocol="smtp")

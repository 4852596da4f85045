"""Will instruction capture chatbot: the first design, before any security review.

An online will-writing service in England and Wales replaces its long web form with
a chat. Signed-in clients talk to an instruction-capture assistant in the client
portal; it asks about family, assets, beneficiaries, executors and guardians, and
records the answers in the client's case through a case-record tool. When the
interview is complete, a drafting service fills the firm's clause library templates
and asks a hosted LLM for wording of bespoke gifts. A qualified will-writer checks
every draft against the chat transcript in a review console, amends it, and approves
it; only then is the will published to the portal for the client to print and sign,
and an e-mail tells the client it is ready. Controls so far: portal sign-in and rate
limits, a step limit on the assistant, a case tool scoped to the signed-in client,
encrypted stores, staff SSO with MFA, roles and audit logging, and a vetted LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Will instruction capture chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat-based capture of will instructions, drafted automatically and "
        "checked by a qualified will-writer before release."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Client chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
assistant_reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
interview_prompt = tg.Data(
    "Interview prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, chat history and the instructions captured so far.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
instruction_update = tg.Data("Instruction update", sensitivity=tg.Sensitivity.PII, kind="tool-call")
current_instructions = tg.Data(
    "Captured instructions", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
instructions = tg.Data(
    "Will instructions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description=(
        "Assets and their values, beneficiaries (including children), executors, "
        "guardians, funeral wishes."
    ),
)
transcript = tg.Data("Chat transcript", sensitivity=tg.Sensitivity.PII, kind="logs")
clauses = tg.Data(
    "Clause templates",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
drafting_prompt = tg.Data("Drafting prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
drafted_clauses = tg.Data(
    "Drafted bespoke clauses", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
draft_will = tg.Data(
    "Draft will",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
amendments = tg.Data(
    "Will-writer amendments and approval", sensitivity=tg.Sensitivity.PII, kind="records"
)
approved_will = tg.Data(
    "Approved will",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
notification = tg.Data("Will ready notification", sensitivity=tg.Sensitivity.PII, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public making a will; anyone can open an account.
    client = tm.add(tg.Actor("Client", role="will-writing customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drives the interview and writes bespoke clause wording.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, via the vendor's API.",
            controls={
                c.SupplierAssessment(note="DPA in place; no training on our data; UK region")
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for client notifications.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Service cloud VPC", trust=tg.Trust.INTERNAL):
    # Public web app: sign-in, chat window and the client's documents.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30, note="per session, at the CDN"),
            },
        )
    )
    # LLM agent that conducts the interview and records answers through its tool.
    assistant = tm.add(
        tg.Agent(
            "Instruction capture assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Asks the interview questions, clarifies answers and saves them to the case.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # The assistant's only tool: reads and updates the structured instructions.
    case_tool = tm.add(
        tg.Tool(
            "Case record tool",
            capabilities={"read", "write"},
            description="Updates only the signed-in client's own case, by the case id in the session.",
        )
    )
    # Turns finished instructions into a draft will.
    drafting = tm.add(
        tg.Service(
            "Will drafting service",
            description="Fills clause templates from the instructions; asks the LLM for bespoke gift wording.",
        )
    )
    # Where will-writers check, amend and approve drafts.
    console = tm.add(
        tg.Endpoint(
            "Will-writer review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with MFA"),
                c.RBAC(note="qualified will-writer role"),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="qualified will-writer",
                    note="every draft is checked and approved before the client sees it",
                ),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Case file: instructions, transcript and drafts for each client.
        case_db = tm.add(
            tg.DataStore(
                "Case database",
                stores={instructions, transcript, draft_will, amendments},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The firm's approved clause wording, maintained by senior will-writers.
        clause_library = tm.add(tg.DataStore("Clause library", stores={clauses}))
        # Approved wills, served back to the client as PDFs.
        documents = tm.add(
            tg.DataStore(
                "Will document store",
                stores={approved_will},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Staff devices", trust=tg.Trust.INTERNAL):
    # Qualified will-writers, working from company laptops.
    will_writer = tm.add(tg.Actor("Will-writer", role="qualified will-writer"))

# ---------------------------------------------------------------- flows
# Interview
tm.flow(client, portal, chat_message, protocol="https")
tm.flow(portal, client, assistant_reply, protocol="https")
tm.flow(portal, assistant, chat_message)
tm.flow(assistant, portal, assistant_reply)
tm.flow(assistant, llm, interview_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, case_tool, instruction_update)
tm.flow(case_tool, assistant, current_instructions)
tm.flow(case_tool, case_db, instructions)
tm.flow(case_db, case_tool, instructions)
tm.flow(assistant, case_db, transcript, label="chat transcript")

# Drafting
tm.flow(case_db, drafting, instructions)
tm.flow(clause_library, drafting, clauses)
tm.flow(drafting, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafting, drafted_clauses, protocol="https")
tm.flow(drafting, case_db, draft_will)

# Review and release
tm.flow(case_db, console, instructions, transcript, draft_will)
tm.flow(console, will_writer, instructions, transcript, draft_will, protocol="https")
tm.flow(will_writer, console, amendments, protocol="https")
tm.flow(console, case_db, amendments)
tm.flow(console, documents, approved_will, label="publish approved will")
tm.flow(documents, portal, approved_will)
tm.flow(portal, client, approved_will, protocol="https", label="download to print and sign")
tm.flow(console, mailer, notification, protocol="https")
tm.flow(mailer, client, notification, protocol="smtp")

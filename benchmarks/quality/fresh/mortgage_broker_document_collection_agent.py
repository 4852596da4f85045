"""Mortgage broker document collection agent: the first design, before any security review.

A UK mortgage broker's advisers open a case for each client applying for a mortgage.
An LLM agent then collects the evidence lenders ask for: it chases the client for
payslips, bank statements and ID by e-mail and WhatsApp, reads what comes back, checks
it against the lender's document checklist (right months, right employer, all pages)
and, once the set is complete, packages the case for submission to the lender portal.
Inbound messages reach us through Meta's WhatsApp Business Cloud API and the broker's
Microsoft 365 shared mailbox; a message gateway in the broker's cloud tenancy matches
the sender's number or address to an open case and files attachments in a document
store. The agent uses a hosted LLM to read documents and draft chasers. Chasers go out
on the agent's own judgement (capped per client); a mortgage adviser must approve every
case pack before it is submitted. Documents are encrypted at rest, the case system has
role-based access, adviser sign-in uses SSO with MFA, and the LLM vendor was reviewed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortgage broker document collection agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that chases mortgage clients for payslips and bank statements by e-mail "
        "and WhatsApp, checks completeness and packages cases for lender submission."
    ),
)

# ---------------------------------------------------------------- data assets
client_message = tg.Data(
    "Client message",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Text of a client's e-mail or WhatsApp reply, with sender number or address.",
)
client_documents = tg.Data(
    "Payslips and bank statements",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PDFs and photos of payslips, bank statements, P60s and photo ID.",
)
chase_message = tg.Data(
    "Chase message",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Reminder naming the client and the documents still missing.",
)
review_prompt = tg.Data(
    "Document review prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, lender checklist, document text and the client's message.",
)
review_output = tg.Data(
    "Extracted fields and completeness verdict",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Employer, net pay, statement periods, what is missing, and a chaser draft.",
)
case_record = tg.Data(
    "Case record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Client contact details, target lender, document checklist and case status.",
)
tool_call = tg.Data("Agent tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
case_pack = tg.Data(
    "Lender case pack",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Application summary plus the indexed supporting documents.",
)
submission_approval = tg.Data(
    "Submission approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
submission_reference = tg.Data(
    "Lender submission reference", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The borrower: replies to chasers and sends documents from their own phone or inbox.
    client = tm.add(tg.Actor("Mortgage client", role="borrower"))

with tm.boundary("Meta WhatsApp Cloud", trust=tg.Trust.PARTNER):
    # Meta's hosted WhatsApp Business API: relays messages both ways, calls us by webhook.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business Cloud API",
            description="Delivers inbound client messages to our webhook and sends our chasers.",
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The broker's shared documents@ mailbox; clients e-mail documents here.
    mailbox = tm.add(
        tg.ExternalService(
            "Shared documents mailbox",
            description="Exchange Online mailbox read and sent from through the Graph API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads documents and drafts chasers; no model of our own is trained.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Multimodal model reading payslip and statement images and text.",
            controls={
                c.SupplierAssessment(note="DPA signed; vendor does not train on our data"),
            },
        )
    )

with tm.boundary("Lender", trust=tg.Trust.PARTNER):
    # Where the finished case goes; each lender runs its own broker portal.
    lender_portal = tm.add(
        tg.ExternalService(
            "Lender broker portal",
            description="Lender's API for broker case submissions and document uploads.",
        )
    )

with tm.boundary("Broker cloud tenancy", trust=tg.Trust.INTERNAL):
    # Single entry point for client messages from both channels.
    gateway = tm.add(
        tg.Service(
            "Message gateway",
            description=(
                "Receives WhatsApp webhooks, polls the mailbox, matches the sender to an open "
                "case, stores attachments and hands the message to the agent; sends chasers out."
            ),
            controls={
                c.Authentication(
                    method="sender's WhatsApp number or e-mail address matched to the case record"
                ),
                c.InputValidation(note="attachments limited to PDF, JPEG and PNG under 20 MB"),
            },
        )
    )
    # The LLM agent that runs each case's document chase.
    agent = tm.add(
        tg.Agent(
            "Document collection agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Decides what is missing, chases the client, updates the case, builds the pack.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Lets the agent send a chaser through the gateway.
    chase_tool = tm.add(
        tg.Tool(
            "Chase message tool",
            capabilities={"send-messages"},
            controls={c.RateLimiting(note="at most three chasers per client per week")},
        )
    )
    # Lets the agent read and update the case and its checklist.
    case_tool = tm.add(tg.Tool("Case update tool", capabilities={"read", "write"}))
    # Uploads an approved case pack to the lender.
    submission_tool = tm.add(
        tg.Tool(
            "Lender submission tool",
            capabilities={"write", "network-egress"},
            controls={c.HumanInTheLoop(approver="the mortgage adviser who owns the case")},
        )
    )
    # System of record for cases; advisers work from it.
    case_db = tm.add(
        tg.DataStore(
            "Case management database",
            stores={case_record, submission_reference},
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Every document a client has sent, per case.
    doc_store = tm.add(
        tg.DataStore(
            "Client document store",
            stores={client_documents},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("Broker office", trust=tg.Trust.INTERNAL):
    # Regulated adviser: owns the case and signs off the pack.
    adviser = tm.add(tg.Actor("Mortgage adviser", role="adviser"))

# ---------------------------------------------------------------- flows
# inbound from the client
tm.flow(client, whatsapp, client_message, client_documents, protocol="whatsapp")
tm.flow(client, mailbox, client_message, client_documents, protocol="smtp")
tm.flow(
    whatsapp,
    gateway,
    client_message,
    client_documents,
    protocol="https",
    label="inbound message webhook",
)
tm.flow(
    mailbox,
    gateway,
    client_message,
    client_documents,
    protocol="https",
    label="Graph API mailbox poll",
)
tm.flow(gateway, doc_store, client_documents, label="file attachments")
tm.flow(gateway, agent, client_message, label="new message on case")

# the agent's reasoning
tm.flow(doc_store, agent, client_documents)
tm.flow(agent, llm, review_prompt, protocol="https")
tm.flow(llm, agent, review_output, protocol="https")

# case updates
tm.flow(agent, case_tool, tool_call)
tm.flow(case_tool, case_db, case_record, label="update checklist and status")
tm.flow(case_db, case_tool, case_record)
tm.flow(case_tool, agent, tool_result)

# chasers back out
tm.flow(agent, chase_tool, tool_call)
tm.flow(chase_tool, gateway, chase_message)
tm.flow(chase_tool, agent, tool_result)
tm.flow(gateway, whatsapp, chase_message, protocol="https")
tm.flow(gateway, mailbox, chase_message, protocol="https")
tm.flow(whatsapp, client, chase_message, protocol="whatsapp")
tm.flow(mailbox, client, chase_message, protocol="smtp")

# adviser review and lender submission
tm.flow(case_db, adviser, case_record, protocol="https")
tm.flow(adviser, case_db, case_record, protocol="https")
tm.flow(doc_store, adviser, client_documents, protocol="https", label="reviews the pack")
tm.flow(agent, submission_tool, tool_call)
tm.flow(doc_store, submission_tool, client_documents)
tm.flow(adviser, submission_tool, submission_approval, protocol="https")
tm.flow(submission_tool, lender_portal, case_pack, protocol="https")
tm.flow(lender_portal, submission_tool, submission_reference, protocol="https")
tm.flow(submission_tool, case_db, submission_reference)
tm.flow(submission_tool, agent, tool_result)

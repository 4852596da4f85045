"""Subrogation recovery agent: the first design, before any security review.

Our motor claims department recovers what it paid on claims where another
driver was at fault from that driver's insurer; handlers do this by hand today.
An LLM agent in our claims platform reviews recently paid claims, reads the
claim file (police and engineer's reports, statements), judges whether a third
party is liable and drafts a demand letter to that party's insurer. A recovery
handler approves every draft in the recovery workbench before the agent sends
it by e-mail through the corporate mail gateway. Insurers reply to a shared
recovery mailbox; the agent reads the replies and updates the recovery tracker.
The model is a vendor-hosted LLM reached over TLS. Handlers sign in with SSO and
MFA; the claims systems are encrypted at rest and role-restricted, and the
agent's tool calls are logged. The insurer operates in the EU (GDPR).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Subrogation recovery agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that finds recovery opportunities on paid motor claims, "
    "drafts demand letters to third-party insurers and tracks their replies.",
)

# ---------------------------------------------------------------- data assets
claim_records = tg.Data(
    "Paid motor claim records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policyholder and third-party names, vehicles, registration numbers, "
    "accident circumstances, amounts paid.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim_documents = tg.Data(
    "Claim file documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Police reports, engineer's reports, repair invoices, driver statements, photos.",
)
recovery_task = tg.Data(
    "Recovery review task",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which batch of paid claims to review, or a handler's instruction on one case.",
)
handler_approval = tg.Data(
    "Handler approval of demand letter",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
claims_query = tg.Data(
    "Claim lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
mailbox_query = tg.Data(
    "Mailbox read request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
claim_lookup_result = tg.Data(
    "Claim lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
agent_prompt = tg.Data(
    "Agent prompt with claim context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the task, claim details, documents and insurer replies.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
recovery_assessment = tg.Data(
    "Recovery opportunity assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Liability view, amount to recover and the third-party insurer to pursue.",
)
draft_letter = tg.Data("Draft demand letter", kind="documents", sensitivity=tg.Sensitivity.PII)
demand_letter = tg.Data(
    "Demand letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Approved letter with the claim reference, liability basis and amount demanded.",
)
insurer_reply = tg.Data(
    "Third-party insurer reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="E-mails and attachments: liability accepted, disputed, partial offers.",
)
tracker_update = tg.Data("Tracker update", kind="tool-call", sensitivity=tg.Sensitivity.PII)
recovery_cases = tg.Data(
    "Recovery cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Status, amount demanded, amount agreed, deadlines and the insurer pursued.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Claims handlers at the other drivers' insurers, who receive our demands and reply.
    other_insurer = tm.add(tg.Actor("Third-party insurer", role="counterparty claims handler"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, hosted by a vendor under contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's enterprise API.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The people who own each recovery and approve what goes out.
    handler = tm.add(tg.Actor("Recovery handler", role="claims recovery staff"))
    # Existing corporate mail relay; all external e-mail goes in and out through it.
    mail_gateway = tm.add(
        tg.Service(
            "Corporate mail gateway",
            description="SMTP relay with the corporate spam and malware filter.",
        )
    )

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Web app where handlers start reviews, read assessments and approve drafts.
    workbench = tm.add(
        tg.Endpoint(
            "Recovery workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # The LLM agent: reviews claims, drafts letters, reads replies, updates the tracker.
    agent = tm.add(
        tg.Agent(
            "Subrogation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Works through a batch of paid claims and the open recovery cases.",
            controls={c.AuditLogging(note="every prompt and tool call is logged")},
        )
    )
    # Read-only access to the claim and its file, by claim reference.
    claims_tool = tm.add(
        tg.Tool(
            "Claim lookup tool",
            capabilities={"read"},
            description="Fetches a paid claim and its documents from the claims systems.",
        )
    )
    # Sends an approved letter to the insurer's claims e-mail address.
    letter_tool = tm.add(
        tg.Tool(
            "Letter dispatch tool",
            capabilities={"send-messages"},
            description="Sends the letter as a PDF attachment through the mail gateway.",
            controls={
                c.HumanInTheLoop(
                    approver="the recovery handler, in the workbench, for every letter"
                )
            },
        )
    )
    # Reads the shared mailbox where insurers' replies arrive.
    mailbox_tool = tm.add(
        tg.Tool(
            "Mailbox reader tool",
            capabilities={"read"},
            description="Lists and reads unprocessed replies in the recovery mailbox.",
        )
    )
    # Records each case's status and amounts as the agent progresses it.
    tracker_tool = tm.add(
        tg.Tool(
            "Tracker update tool",
            capabilities={"read", "write"},
            description="Opens recovery cases and updates status, amounts and deadlines.",
        )
    )
    # The shared mailbox other insurers reply to.
    mailbox = tm.add(tg.DataStore("Recovery mailbox", stores={insurer_reply}))
    # New store for recovery cases; recovered amounts are booked by finance from here.
    tracker = tm.add(tg.DataStore("Recovery tracker", stores={recovery_cases}))

    with tm.boundary("Core claims systems", trust=tg.Trust.RESTRICTED):
        # The existing claims system holding paid claims.
        claims_system = tm.add(
            tg.DataStore(
                "Claims management system",
                stores={claim_records},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # The existing document store behind the claims system.
        documents_store = tm.add(
            tg.DataStore(
                "Claim document store",
                stores={claim_documents},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

# ---------------------------------------------------------------- flows
# handler <-> workbench <-> agent
tm.flow(handler, workbench, recovery_task, handler_approval, protocol="https")
tm.flow(workbench, handler, recovery_assessment, draft_letter, recovery_cases, protocol="https")
tm.flow(workbench, agent, recovery_task, handler_approval)
tm.flow(agent, workbench, recovery_assessment, draft_letter)
tm.flow(tracker, workbench, recovery_cases, label="case list")

# agent <-> LLM
tm.flow(
    agent,
    llm,
    agent_prompt,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(
    llm,
    agent,
    llm_completion,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)

# reading claims
tm.flow(agent, claims_tool, claims_query)
tm.flow(claims_tool, claims_system, claims_query)
tm.flow(claims_system, claims_tool, claim_records)
tm.flow(claims_tool, documents_store, claims_query)
tm.flow(documents_store, claims_tool, claim_documents)
tm.flow(claims_tool, agent, claim_lookup_result, claim_records, claim_documents)

# sending demand letters
tm.flow(agent, letter_tool, demand_letter, label="approved letter")
tm.flow(letter_tool, mail_gateway, demand_letter, protocol="smtp")
tm.flow(mail_gateway, other_insurer, demand_letter, protocol="smtp")

# replies from other insurers
tm.flow(other_insurer, mail_gateway, insurer_reply, protocol="smtp")
tm.flow(mail_gateway, mailbox, insurer_reply, protocol="smtp")
tm.flow(mailbox_tool, mailbox, mailbox_query, label="list unread")
tm.flow(mailbox, mailbox_tool, insurer_reply)
tm.flow(mailbox_tool, agent, insurer_reply)
tm.flow(agent, mailbox_tool, mailbox_query, label="fetch replies")

# tracking
tm.flow(agent, tracker_tool, tracker_update)
tm.flow(tracker_tool, tracker, recovery_cases)
tm.flow(tracker, tracker_tool, recovery_cases)
tm.flow(tracker_tool, agent, recovery_cases)

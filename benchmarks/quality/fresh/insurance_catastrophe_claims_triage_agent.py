"""Catastrophe claims triage agent: the first design, before any security review.

After a hurricane our property claims volume jumps by two orders of magnitude.
Policyholders file a first notice of loss (FNOL) in the claims portal with photos
and a text description; calls to the outsourced contact centre arrive as
transcripts over SFTP. An LLM agent in our claims cloud reads each FNOL, asks a
hosted multimodal LLM to summarise it, scores the photos with our in-house damage
severity model, looks up the policy in the core claims system, and schedules a
field adjuster. Adjusters confirm or correct the severity in their workbench.
The agent may issue an advance payment (living expenses) through the bank's
payments API on its own up to USD 2,500 per claim; larger advances wait for an
adjuster. Controls in this design: portal login with policy number and one-time
code, portal rate limits, TLS everywhere, encrypted document storage, role-based
access to the claims system, an audit log of agent actions, and the payment cap.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Catastrophe claims triage agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that triages hurricane FNOL submissions, schedules adjusters "
        "and issues small advance payments."
    ),
)

# ---------------------------------------------------------------- data assets
loss_photos = tg.Data(
    "Loss photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos and videos of the damaged property, uploaded by the policyholder.",
)
loss_description = tg.Data(
    "Loss description",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text account of the loss, contact details, displacement status.",
)
call_transcripts = tg.Data("Call transcripts", kind="documents", sensitivity=tg.Sensitivity.PII)
claim_ack = tg.Data("Claim acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, FNOL text, transcript and photos sent to the hosted LLM.",
)
triage_summary = tg.Data(
    "Triage summary and plan", kind="model-output", sensitivity=tg.Sensitivity.PII
)
severity_score = tg.Data(
    "Damage severity score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
policy_records = tg.Data(
    "Policy and claim records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
claim_update = tg.Data("Claim update", kind="tool-call", sensitivity=tg.Sensitivity.PII)
assignment = tg.Data("Adjuster assignment", kind="tool-call", sensitivity=tg.Sensitivity.PII)
appointment_msg = tg.Data(
    "Inspection appointment SMS", kind="records", sensitivity=tg.Sensitivity.PII
)
adjuster_decision = tg.Data(
    "Adjuster confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_request = tg.Data(
    "Advance payment request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Claim number, payee name, bank account on file, amount.",
)
payment_instruction = tg.Data(
    "Payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_result = tg.Data(
    "Payment confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
tool_result = tg.Data(
    "Claims system lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
agent_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a policy number can file a claim, including fraudsters after a storm.
    policyholder = tm.add(tg.Actor("Policyholder", role="claimant"))

with tm.boundary("Contact centre vendor", trust=tg.Trust.PARTNER):
    # Surge call centre; its speech-to-text transcripts are dropped to us every 15 minutes.
    transcript_feed = tm.add(
        tg.DataSource(
            "Call transcript feed",
            origin=tg.Origin.PARTNER,
            provides={call_transcripts},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads text and photos; under an enterprise contract.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise contract, no training on our data")},
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Our disbursement bank's payments API (ACH and instant payouts).
    bank = tm.add(tg.ExternalService("Bank payments API", provides="generic"))

with tm.boundary("Claims cloud", trust=tg.Trust.INTERNAL):
    # Public entry point for FNOL filing during the event.
    portal = tm.add(
        tg.Endpoint(
            "Claims intake portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="policy number + SMS one-time code"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Holds every FNOL artefact the agent reads.
    fnol_store = tm.add(
        tg.DataStore(
            "FNOL document store",
            stores={loss_photos, loss_description, call_transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The triage agent: reads FNOLs, plans, and calls the tools below.
    agent = tm.add(
        tg.Agent(
            "Triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.AuditLogging(retention_days=2555),
                c.HumanInTheLoop(approver="field adjuster", above="USD 2,500 per claim"),
            },
        )
    )
    # In-house photo model that grades roof, water and structural damage 0-5.
    severity_model = tm.add(
        tg.Model(
            "Damage severity model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            returns_scores=True,
        )
    )
    # Lets the agent read the policy and write triage notes to the claim.
    claims_tool = tm.add(tg.Tool("Claims system tool", capabilities={"read", "write"}))
    # Books adjusters from the CAT roster and texts the policyholder the slot.
    scheduling_tool = tm.add(
        tg.Tool("Adjuster scheduling tool", capabilities={"write", "send-messages"})
    )
    # Issues advance living-expense payments through the bank.
    payment_tool = tm.add(
        tg.Tool(
            "Advance payment tool",
            capabilities={"money-movement"},
            controls={c.TransactionLimits(limit="USD 2,500 per claim")},
        )
    )
    # Record of every tool call and payment the agent made.
    audit_store = tm.add(tg.DataStore("Agent audit log", stores={agent_log}))

    with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
        # System of record for policies, coverage, claims and payees.
        claims_system = tm.add(
            tg.DataStore(
                "Core claims system",
                stores={policy_records},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="HSM")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff and independent CAT adjusters (SSO login) confirm severity and advances.
    adjuster = tm.add(tg.Actor("Field adjuster", role="claims adjuster"))
    # Where adjusters see assignments, confirm severity and approve larger advances.
    adjuster_app = tm.add(
        tg.Service(
            "Adjuster workbench",
            controls={c.Authentication(method="SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tls = "https"

# intake
tm.flow(policyholder, portal, loss_photos, loss_description, protocol=tls)
tm.flow(portal, policyholder, claim_ack, protocol=tls)
tm.flow(portal, fnol_store, loss_photos, loss_description)
tm.flow(transcript_feed, fnol_store, call_transcripts, protocol="sftp")

# triage
tm.flow(fnol_store, agent, loss_photos, loss_description, call_transcripts)
tm.flow(agent, llm, triage_prompt, protocol=tls)
tm.flow(llm, agent, triage_summary, protocol=tls)
tm.flow(agent, severity_model, loss_photos)
tm.flow(severity_model, agent, severity_score)
tm.flow(agent, audit_store, agent_log)

# claims system
tm.flow(agent, claims_tool, claim_update)
tm.flow(claims_tool, agent, tool_result)
tm.flow(claims_tool, claims_system, claim_update, protocol=tls)
tm.flow(claims_system, claims_tool, policy_records, protocol=tls)

# scheduling
tm.flow(agent, scheduling_tool, assignment)
tm.flow(scheduling_tool, adjuster_app, assignment, protocol=tls)
tm.flow(scheduling_tool, policyholder, appointment_msg, label="SMS")
tm.flow(adjuster, adjuster_app, adjuster_decision, protocol=tls)
tm.flow(adjuster_app, adjuster, assignment, triage_summary, protocol=tls)
tm.flow(adjuster_app, claims_system, adjuster_decision, protocol=tls)
tm.flow(adjuster_app, agent, adjuster_decision, label="confirmations and large-advance approvals")

# advance payments
tm.flow(agent, payment_tool, payment_request)
tm.flow(payment_tool, bank, payment_instruction, protocol=tls)
tm.flow(bank, payment_tool, payment_result, protocol=tls)
tm.flow(payment_tool, agent, payment_result)

"""Direct insurance claims for a veterinary practice group: the first design, before any security review.

Pet owners opt in to direct claims in the group's client portal, giving their insurer,
policy number and a signed claim declaration. After treatment, a claim preparation
service pulls the clinical notes and invoices from the vendor-hosted practice management
system and has a hosted LLM read them (including scanned referral invoices) into claim
fields: condition, first signs, treatment dates and invoice line items. A claims agent
then fills in each insurer's online vet portal and submits the claim, checks the portal
for status and payment, and chases insurers by e-mail from the claims mailbox, reading
their replies. Claims over GBP 750 wait for reception staff to approve them in a review
console; smaller ones are submitted without a person. Owners follow their claims in the
portal. Portal logins sit in a vault, the agent is capped in steps and can only reach
insurer domains; staff sign in with Microsoft Entra ID and MFA, owners with a password.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Veterinary direct insurance claims agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Reads treatment records and invoices with an LLM and submits and chases direct "
        "pet insurance claims on insurers' portals for owners who opt in."
    ),
)

# ---------------------------------------------------------------- data assets
opt_in = tg.Data(
    "Owner opt-in and policy details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, address, insurer, policy number and signed claim declaration.",
)
treatment_records = tg.Data(
    "Treatment records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Clinical notes and history of the pet, with the owner's details.",
)
invoices = tg.Data(
    "Treatment invoices",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Practice invoices and scanned referral invoices (PDF).",
)
extraction_prompt = tg.Data("Extraction prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
extracted_fields = tg.Data(
    "Extracted claim fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Condition, date first noticed, treatment dates and invoice line items.",
)
draft_claim = tg.Data(
    "Draft claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim_approval = tg.Data("Claim approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
claim_status = tg.Data("Claim status and payment", kind="records", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The claim, its history and the insurer's latest messages.",
)
agent_decision = tg.Data("Agent next step", kind="model-output", sensitivity=tg.Sensitivity.PII)
portal_submission = tg.Data(
    "Portal claim submission", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
portal_result = tg.Data(
    "Portal claim status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Submission reference, assessment status and payment amount from the portal.",
)
portal_form = tg.Data("Insurer portal claim form", kind="records", sensitivity=tg.Sensitivity.PII)
portal_login = tg.Data(
    "Insurer portal logins", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
chase_request = tg.Data("Chase e-mail request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
chase_email = tg.Data("Chase e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
insurer_email = tg.Data(
    "Insurer e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Requests for clinical history, decisions and remittance advice.",
)
insurer_replies = tg.Data("Insurer replies", kind="tool-result", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Clients who opt in to having the practice claim directly from their insurer.
    owner = tm.add(tg.Actor("Pet owner", role="client"))

with tm.boundary("Practice group cloud", trust=tg.Trust.INTERNAL):
    # Client portal: opt-in, policy details, declaration and claim tracking.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Turns records and invoices into a draft claim with the LLM's help.
    prep = tm.add(
        tg.Service(
            "Claim preparation service",
            description="Runs when an invoice for an opted-in owner is finalised.",
            controls={
                c.SchemaEnforcement(note="extracted fields validated against the claim schema")
            },
        )
    )
    # Draft claims, approvals, submission references, status and payments.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={opt_in, draft_claim, claim_approval, claim_status, insurer_email},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Submits claims on insurer portals, tracks them and chases insurers.
    agent = tm.add(
        tg.Agent(
            "Claims agent",
            autonomy="supervised",
            controls={
                c.HumanInTheLoop(approver="reception staff", above="GBP 750 per claim"),
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(),
            },
        )
    )
    # Browser automation that logs in to each insurer's vet portal.
    portal_tool = tm.add(
        tg.Tool(
            "Insurer portal submission tool",
            capabilities={"read", "write", "network-egress"},
            controls={
                c.SecretsManagement(note="per-insurer practice logins in the vault"),
                c.EgressFiltering(note="allowlist of insurer portal domains"),
            },
        )
    )
    # Sends chase e-mails and reads insurer replies in the claims mailbox.
    email_tool = tm.add(
        tg.Tool(
            "Insurer e-mail tool",
            capabilities={"read", "send-messages"},
            controls={c.LeastPrivilegeTools(note="Graph API access to the claims mailbox only")},
        )
    )
    # Reception's queue of claims over the approval threshold.
    console = tm.add(
        tg.Endpoint(
            "Claims review console",
            purpose="api",
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Practice group Microsoft 365 tenant", trust=tg.Trust.INTERNAL):
    # claims@ mailbox the chase e-mails go from and insurer replies arrive in.
    mailbox = tm.add(tg.DataStore("Claims mailbox", stores={chase_email, insurer_email}))

with tm.boundary("Practice management system vendor", trust=tg.Trust.PARTNER):
    # Hosted PMS: the practices' clinical records and invoicing.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={treatment_records, invoices},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model used for extraction and as the agent's model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.SupplierAssessment(note="zero data retention agreement")},
        )
    )

with tm.boundary("Pet insurers", trust=tg.Trust.PARTNER):
    # Each insurer's online portal for vets submitting direct claims.
    insurer_portals = tm.add(tg.ExternalService("Insurer vet claim portals"))
    # Insurers' claims teams, who answer chases and ask for more history.
    handler = tm.add(tg.Actor("Insurer claims handler", role="claims handler"))

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Writes clinical notes and finalises invoices in the PMS.
    vet = tm.add(tg.Actor("Veterinary surgeon", role="clinician"))
    # Checks and approves claims over the threshold.
    reception = tm.add(tg.Actor("Reception staff", role="receptionist"))

# ---------------------------------------------------------------- flows
tm.flow(owner, portal, opt_in, protocol="https")
tm.flow(portal, claims_db, opt_in)
tm.flow(claims_db, portal, claim_status)
tm.flow(portal, owner, claim_status, protocol="https")

tm.flow(vet, pms, treatment_records, invoices, protocol="https")
tm.flow(pms, prep, treatment_records, invoices, protocol="https", label="PMS API")
tm.flow(claims_db, prep, opt_in)
tm.flow(prep, llm, extraction_prompt, protocol="https")
tm.flow(llm, prep, extracted_fields, protocol="https")
tm.flow(prep, claims_db, draft_claim)

tm.flow(claims_db, console, draft_claim, claim_status)
tm.flow(console, reception, draft_claim, claim_status, protocol="https")
tm.flow(reception, console, claim_approval, protocol="https")
tm.flow(console, claims_db, claim_approval)

tm.flow(claims_db, agent, draft_claim, claim_approval, claim_status)
tm.flow(agent, claims_db, claim_status, insurer_email)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_decision, protocol="https")

tm.flow(agent, portal_tool, portal_submission)
tm.flow(portal_tool, agent, portal_result)
tm.flow(portal_tool, insurer_portals, portal_form, portal_login, protocol="https")
tm.flow(insurer_portals, portal_tool, claim_status, protocol="https")

tm.flow(agent, email_tool, chase_request)
tm.flow(email_tool, mailbox, chase_email, protocol="https", label="Graph API send")
tm.flow(mailbox, handler, chase_email, protocol="smtp+starttls")
tm.flow(handler, mailbox, insurer_email, protocol="smtp+starttls")
tm.flow(mailbox, email_tool, insurer_email, protocol="https", label="Graph API read")
tm.flow(email_tool, agent, insurer_replies)

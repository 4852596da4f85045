"""Housing benefit claim document checking agent: the first design, before any security review.

Claimants sign in to the council's online claims portal with a citizen account, fill
in the claim form and upload payslips, tenancy agreements and bank statements. A
document checking agent in the council's cloud tenancy reads the form and documents
through a hosted LLM, checks one against the other, e-mails the claimant through
GOV.UK Notify for anything missing, and writes a draft assessment to a casework queue.
A benefits officer reviews the draft in the casework portal and decides the claim in
the council's benefits system, which pays claimants and landlords through the
council's bank (BACS). Controls: portal sign-in and upload checks, encrypted stores,
staff single sign-on with MFA and role-based access, audit logging in the benefits
system, a DPIA and a vetted LLM supplier. The officer decides every claim.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housing benefit claim document checking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent checks housing benefit evidence against the claim form "
    "and drafts an assessment for the benefits officer, who decides.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Claim form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Household, income, rent, landlord and bank details the claimant declares.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
evidence = tg.Data(
    "Evidence documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Uploaded payslips, tenancy agreements and bank statements (PDFs and photos).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Document check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the claim form and the text of the uploaded documents.",
)
completion = tg.Data(
    "LLM document check result", kind="model-output", sensitivity=tg.Sensitivity.PII
)
missing_request = tg.Data(
    "Missing evidence request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Which items are missing or do not match, addressed to the claimant.",
)
missing_email = tg.Data("Missing evidence e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Income and rent figures found, mismatches, and a suggested entitlement.",
)
decision = tg.Data(
    "Benefit decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_file = tg.Data(
    "BACS payment file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Payee names, sort codes, account numbers and amounts for the weekly run.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public claiming housing benefit, and anyone able to make an account.
    claimant = tm.add(tg.Actor("Claimant", role="benefit claimant"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public front door: claim form and evidence upload.
    portal = tm.add(
        tg.Endpoint(
            "Online claims portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="citizen account, e-mail and password"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Claim forms as submitted, and the status the portal shows back.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_form, claim_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The uploaded documents, kept for the agent and the officer to read.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence document store",
            stores={evidence},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Compares the evidence with the claim, chases missing items, drafts the assessment.
    agent = tm.add(
        tg.Agent(
            "Document checking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads each new claim and its documents, asks the LLM to extract and "
            "compare income, rent and household details, requests missing items by e-mail "
            "and writes a draft assessment for an officer.",
            controls={
                c.HumanInTheLoop(
                    approver="a benefits officer, who makes every decision",
                    note="missing evidence e-mails are sent by the agent itself",
                ),
                c.ImpactAssessment(basis="public task, UK GDPR Art. 6(1)(e)"),
            },
        )
    )
    # The agent's only way to contact claimants.
    email_tool = tm.add(
        tg.Tool(
            "Missing evidence e-mail tool",
            capabilities={"send-messages"},
            description="Sends a templated e-mail, with the agent's list of missing items, "
            "to the address on the claim.",
        )
    )
    # Drafts waiting for an officer.
    queue = tm.add(tg.DataStore("Assessment queue", stores={draft}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose model under the council's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="bought through a public sector framework; "
                    "data processing agreement, no training on inputs"
                )
            },
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government e-mail service the council already uses for letters and reminders.
    notify = tm.add(tg.ExternalService("GOV.UK Notify", provides="generic"))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Assessor who checks the draft and decides the claim.
    officer = tm.add(tg.Actor("Benefits officer", role="benefits assessor"))
    # Where officers read drafts next to the original documents.
    casework = tm.add(
        tg.Endpoint(
            "Casework portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # The council's system of record for benefit claims and payments.
    benefits_system = tm.add(
        tg.Service(
            "Benefits system",
            description="Revenues and benefits package: holds the decision and runs the weekly payment run.",
            controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
        )
    )

with tm.boundary("Council bank", trust=tg.Trust.PARTNER):
    # Sends the payments to claimants and landlords.
    bank = tm.add(tg.ExternalService("Council bank (BACS)", provides="generic"))

# ---------------------------------------------------------------- flows
tm.flow(claimant, portal, claim_form, evidence, protocol="https")
tm.flow(portal, claimant, claim_status, protocol="https")
tm.flow(portal, claims_db, claim_form)
tm.flow(claims_db, portal, claim_status)
tm.flow(portal, evidence_store, evidence)

tm.flow(claims_db, agent, claim_form)
tm.flow(evidence_store, agent, evidence)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, email_tool, missing_request)
tm.flow(email_tool, notify, missing_email, protocol="https")
tm.flow(notify, claimant, missing_email, protocol="smtp")
tm.flow(agent, claims_db, claim_status, label="evidence requested / ready for officer")
tm.flow(agent, queue, draft)

tm.flow(queue, casework, draft)
tm.flow(evidence_store, casework, evidence)
tm.flow(casework, officer, draft, evidence, protocol="https")
tm.flow(officer, benefits_system, decision, protocol="https")
tm.flow(benefits_system, claims_db, claim_status, label="decision outcome")
tm.flow(benefits_system, bank, payment_file, protocol="sftp")

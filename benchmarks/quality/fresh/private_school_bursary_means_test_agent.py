"""Bursary means-test agent for an independent school group: the first design.

Families apply for a means-tested bursary on the group's online portal, signing in
with e-mail and password, and upload tax returns, payslips and bank statements.
An LLM agent, hosted on our cloud tenancy and calling a vendor's model API, reads
the documents, fills in the means-test calculation against the group's published
criteria, and e-mails families to ask for anything missing. It can award a bursary
of up to 20% of fees on its own; larger awards go to the bursary committee, who
review the case in a staff console. Awards are written to the fees system, which
adjusts the family's termly invoices. Staff sign in with SSO and MFA and access is
by role; uploaded documents are encrypted at rest and the agent's tool calls are
logged. Nothing else is in place yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bursary means-test agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent means-tests bursary applications from family financial documents, "
        "awards up to 20% of fees itself and writes awards to the fees system."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Bursary application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Family, pupil, household and declared income and assets.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
financial_docs = tg.Data(
    "Family financial documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Tax returns, payslips and bank statements uploaded as PDFs or photos.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
criteria = tg.Data(
    "Means-test criteria",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Income bands, allowances and award scale set by the governors.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
agent_prompt = tg.Data(
    "Agent prompt and context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the application, extracted document text and tool results.",
)
agent_reply = tg.Data(
    "Model reply and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
doc_text = tg.Data("Extracted document text", kind="tool-result", sensitivity=tg.Sensitivity.PII)
calculation = tg.Data(
    "Means-test calculation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Assessed income, allowances and the resulting award percentage.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
missing_docs_email = tg.Data(
    "Missing documents request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail text the agent writes to a family asking for documents.",
)
award = tg.Data(
    "Bursary award",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil, award percentage and academic year.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
committee_decision = tg.Data(
    "Committee award decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
invoice = tg.Data(
    "Adjusted fee invoice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Termly fees less the bursary.",
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents or guardians applying on behalf of a pupil.
    family = tm.add(tg.Actor("Applicant family", role="parent or guardian"))

with tm.boundary("Vendors", trust=tg.Trust.PARTNER):
    # The vendor's hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Outbound e-mail provider for messages to families.
    mail_provider = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("School group cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public application portal: forms, uploads and status.
    portal = tm.add(
        tg.Endpoint(
            "Bursary application portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF and image uploads only, 20 MB limit"),
            },
        )
    )
    # Uploaded financial documents.
    document_store = tm.add(
        tg.DataStore(
            "Financial document store",
            stores={financial_docs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Applications, calculations, award decisions and status.
    applications_db = tm.add(
        tg.DataStore(
            "Applications database",
            stores={application, calculation, committee_decision, status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The governors' means-test criteria and award scale.
    criteria_store = tm.add(tg.DataStore("Means-test criteria store", stores={criteria}))
    # The LLM agent that works each application through to a decision or referral.
    agent = tm.add(
        tg.Agent(
            "Means-test agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads documents, fills in the calculation, chases documents, awards.",
            controls={
                c.HumanInTheLoop(
                    approver="bursary committee",
                    above="20% of fees",
                    note="awards above 20% of fees are referred to the committee",
                ),
                c.AuditLogging(note="every tool call and model reply"),
            },
        )
    )
    # Reads an application's uploaded documents and returns their text.
    doc_reader = tm.add(tg.Tool("Document reader tool", capabilities={"read"}))
    # Fills in the means-test calculation and saves it on the application.
    calculator = tm.add(tg.Tool("Means-test calculator tool", capabilities={"read", "write"}))
    # Sends the family an e-mail asking for missing documents.
    email_tool = tm.add(tg.Tool("Family e-mail tool", capabilities={"send-messages"}))
    # Writes an award to the fees system.
    award_tool = tm.add(tg.Tool("Bursary award tool", capabilities={"write", "money-movement"}))
    # Staff console where the committee reviews referred cases.
    console = tm.add(
        tg.Endpoint(
            "Committee review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    # The school group's fees and billing system.
    fees_system = tm.add(
        tg.Service("Fees system", description="Holds fee accounts and issues termly invoices.")
    )

with tm.boundary("School staff network", trust=tg.Trust.INTERNAL):
    # Governors and the bursar deciding awards above the automatic limit.
    committee = tm.add(tg.Actor("Bursary committee member", role="committee member"))

# ---------------------------------------------------------------- flows
# family applies and uploads
tm.flow(family, portal, application, financial_docs, protocol="https")
tm.flow(portal, family, status, protocol="https")
tm.flow(portal, document_store, financial_docs)
tm.flow(portal, applications_db, application)
tm.flow(applications_db, portal, status)

# agent and model
tm.flow(applications_db, agent, application, label="new or updated application")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")

# reading documents
tm.flow(agent, doc_reader, agent_reply, label="read documents")
tm.flow(document_store, doc_reader, financial_docs)
tm.flow(doc_reader, agent, doc_text)

# calculation
tm.flow(agent, calculator, agent_reply, label="calculation inputs")
tm.flow(criteria_store, calculator, criteria)
tm.flow(calculator, applications_db, calculation)
tm.flow(calculator, agent, calculation)

# chasing missing documents
tm.flow(agent, email_tool, missing_docs_email)
tm.flow(email_tool, mail_provider, missing_docs_email, protocol="https")
tm.flow(mail_provider, family, missing_docs_email, protocol="smtp")

# automatic awards up to 20% of fees
tm.flow(agent, award_tool, award)
tm.flow(award_tool, fees_system, award, protocol="https")

# committee referrals
tm.flow(applications_db, console, application, calculation)
tm.flow(document_store, console, financial_docs)
tm.flow(console, committee, application, calculation, financial_docs, protocol="https")
tm.flow(committee, console, committee_decision, protocol="https")
tm.flow(console, applications_db, committee_decision)
tm.flow(console, fees_system, committee_decision, protocol="https", label="approved award")

# invoices
tm.flow(fees_system, family, invoice, protocol="https")

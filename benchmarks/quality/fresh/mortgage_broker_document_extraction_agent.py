"""Mortgage broker document extraction agent: the first design, before any security review.

Applicants upload payslips and bank statements to the broker's client portal. An OCR
service turns the files into text. An LLM agent, using a model hosted by a vendor,
reads that text through a document tool, works out monthly income and regular
outgoings, and fills the chosen lender's application form in the case file. The
mortgage adviser checks the figures against the documents in the adviser workbench
and signs the case off; only then does the agent submit the application through the
lender's intermediary API, and records the lender's reference in the case file.
Everything except the model and the lender runs in the broker's cloud account (UK),
with documents and case records in a restricted data tier. Applicants sign in with
password and SMS code, advisers with SSO and MFA; stores are encrypted, the case
system is role-based, the agent has a step limit and an audit log, and the lender
API key sits in a vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortgage broker document extraction agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent that extracts income and outgoings from applicant documents and files lender applications.",
)

# ---------------------------------------------------------------- data assets
payslips = tg.Data(
    "Payslips",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
statements = tg.Data(
    "Bank statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Three months of PDF statements: every transaction and payee.",
)
applicant_details = tg.Data(
    "Applicant details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address history, employment, property and loan sought.",
)
case_status = tg.Data("Case status", kind="records", sensitivity=tg.Sensitivity.PII)
ocr_text = tg.Data("OCR document text", kind="documents", sensitivity=tg.Sensitivity.PII)
task = tg.Data("Extraction task", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the case details, document text and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
doc_request = tg.Data(
    "Document read request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
figures = tg.Data(
    "Extracted income and outgoings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
form = tg.Data("Draft lender application form", kind="records", sensitivity=tg.Sensitivity.PII)
sign_off = tg.Data("Adviser sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
application = tg.Data(
    "Submitted mortgage application", kind="records", sensitivity=tg.Sensitivity.PII
)
lender_ref = tg.Data(
    "Lender submission reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
activity_log = tg.Data("Agent activity log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people applying for a mortgage through the broker.
    applicant = tm.add(tg.Actor("Mortgage applicant", role="client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK GDPR DPA; zero data retention agreed")},
        )
    )

with tm.boundary("Lender", trust=tg.Trust.PARTNER):
    # The lender's intermediary API that accepts full applications from brokers.
    lender_api = tm.add(tg.ExternalService("Lender application API"))

with tm.boundary("Broker cloud", trust=tg.Trust.INTERNAL):
    # Applicants' portal: case details, document uploads, progress.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with SMS code"),
                c.InputValidation(note="PDF, JPEG or PNG only, 10 MB limit"),
            },
        )
    )
    # Turns uploaded PDFs and photos into text.
    ocr = tm.add(tg.Service("OCR service"))
    # LLM agent that extracts the figures, fills the form and submits after sign-off.
    agent = tm.add(
        tg.Agent(
            "Extraction agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Reads a case's OCR text from the document store.
    doc_tool = tm.add(tg.Tool("Document reader tool", capabilities={"read"}))
    # Reads the case and writes the extracted figures and the draft form.
    case_tool = tm.add(tg.Tool("Case file tool", capabilities={"read", "write"}))
    # Sends the completed application to the lender's API.
    submit_tool = tm.add(
        tg.Tool(
            "Lender submission tool",
            capabilities={"write", "network-egress"},
            controls={
                c.HumanInTheLoop(approver="the mortgage adviser on the case"),
                c.SecretsManagement(note="lender API key in the vault"),
            },
        )
    )
    # Adviser web app: documents beside the extracted figures, sign-off button.
    workbench = tm.add(
        tg.Endpoint(
            "Adviser workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="SSO with MFA")},
        )
    )
    # Every prompt, tool call and result the agent makes.
    audit_log = tm.add(
        tg.DataStore(
            "Agent audit log",
            stores={activity_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

    with tm.boundary("Client data tier", trust=tg.Trust.RESTRICTED):
        # Uploaded payslips and bank statements, with their OCR text.
        doc_store = tm.add(
            tg.DataStore(
                "Document store",
                stores={payslips, statements, ocr_text},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The broker's case management system.
        case_db = tm.add(
            tg.DataStore(
                "Case management database",
                stores={applicant_details, figures, form, sign_off, lender_ref, case_status},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Broker office", trust=tg.Trust.INTERNAL):
    # Regulated adviser who owns the case and signs off the application.
    adviser = tm.add(tg.Actor("Mortgage adviser", role="adviser"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, applicant_details, payslips, statements, protocol="https")
tm.flow(portal, applicant, case_status, protocol="https")
tm.flow(portal, doc_store, payslips, statements)
tm.flow(portal, case_db, applicant_details)
tm.flow(case_db, portal, case_status)
tm.flow(doc_store, ocr, payslips, statements)
tm.flow(ocr, doc_store, ocr_text)

tm.flow(workbench, agent, task, label="documents complete")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, doc_tool, doc_request)
tm.flow(doc_store, doc_tool, ocr_text)
tm.flow(doc_tool, agent, ocr_text)
tm.flow(agent, case_tool, figures, form)
tm.flow(case_tool, case_db, figures, form, lender_ref)
tm.flow(case_db, case_tool, applicant_details)
tm.flow(case_tool, agent, applicant_details)
tm.flow(agent, audit_log, activity_log)

tm.flow(case_db, workbench, applicant_details, figures, form)
tm.flow(doc_store, workbench, payslips, statements)
tm.flow(workbench, adviser, figures, form, payslips, statements, protocol="https")
tm.flow(adviser, workbench, sign_off, protocol="https", label="checks figures and signs off")
tm.flow(workbench, case_db, sign_off)
tm.flow(workbench, agent, sign_off)

tm.flow(agent, submit_tool, application)
tm.flow(submit_tool, lender_api, application, protocol="https")
tm.flow(lender_api, submit_tool, lender_ref, protocol="https")
tm.flow(submit_tool, agent, lender_ref)
tm.flow(agent, case_tool, lender_ref)

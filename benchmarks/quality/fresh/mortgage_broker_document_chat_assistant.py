"""Mortgage broker document chat assistant: the first design, before any security review.

Clients of a mortgage brokerage upload payslips and bank statements through the
broker's mobile app and can ask questions about their application in a chat. In
our cloud account an ingestion job turns the uploads into text, and an
orchestrator sends the text to a hosted LLM that extracts income and regular
spending figures into a fixed JSON schema and answers the client's questions. A
deterministic calculator turns the figures into an affordability assessment.
Brokers sign in to a web portal through the company SSO, check the figures against
the original documents, correct them and submit the application to lenders through
a mortgage trading platform. Clients sign in with e-mail and password; the client
API rate-limits and checks file types; the document bucket and case database are
encrypted with KMS keys; the LLM vendor was vetted under a data processing agreement.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Mortgage broker document chat assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM extraction of income and spending from client documents, reviewed by brokers.",
)

# ---------------------------------------------------------------- data assets
documents = tg.Data(
    "Payslips and bank statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PDFs and phone photos; statements show every transaction and the account numbers.",
)
document_text = tg.Data("Extracted document text", kind="documents", sensitivity=tg.Sensitivity.PII)
question = tg.Data("Client question", kind="prompt", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Extraction and chat prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the document text, the figures so far and the client's question.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
figures = tg.Data(
    "Income and spending figures",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
assessment = tg.Data(
    "Affordability assessment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
chat_history = tg.Data("Chat history", kind="logs", sensitivity=tg.Sensitivity.PII)
application = tg.Data(
    "Mortgage application",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lender_decision = tg.Data(
    "Lender decision in principle", kind="records", sensitivity=tg.Sensitivity.PII
)
sso_assertion = tg.Data(
    "Broker SSO assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The home buyer or remortgaging client.
    client = tm.add(tg.Actor("Client", role="mortgage client"))
    # The broker's iOS/Android app on clients' phones.
    app = tm.add(tg.Device("Client mobile app", fleet=True))

with tm.boundary("Broker cloud account", trust=tg.Trust.INTERNAL):
    # Backend for the app: uploads, chat and status.
    client_api = tm.add(
        tg.Endpoint(
            "Client API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RateLimiting(requests_per_minute=60),
                tg.controls.InputValidation(note="PDF/JPEG/PNG only, 20 MB per file"),
            },
        )
    )
    # OCR and PDF text extraction of each upload.
    ingestion = tm.add(
        tg.Pipeline(
            "Document ingestion job",
            stage=tg.Stage.INGESTION,
            description="Triggered per upload; PDF text layer, OCR for photos.",
        )
    )
    # Builds prompts, calls the LLM, parses the extracted figures and the chat answers.
    orchestrator = tm.add(
        tg.Service(
            "Extraction and chat orchestrator",
            controls={
                tg.controls.SchemaEnforcement(
                    note="extracted figures must parse into the income/outgoings JSON schema"
                )
            },
        )
    )
    # Deterministic affordability rules: income multiples and stressed repayments.
    calculator = tm.add(tg.Service("Affordability calculator"))
    # Where brokers review figures against documents and submit to lenders.
    portal = tm.add(
        tg.Endpoint(
            "Broker portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="OIDC SSO with MFA"),
                tg.controls.HumanInTheLoop(approver="the client's broker"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Object storage bucket of the original uploads.
        doc_bucket = tm.add(
            tg.DataStore(
                "Document bucket",
                stores={documents},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Client cases: document text, figures, assessments, chat history.
        case_db = tm.add(
            tg.DataStore(
                "Case database",
                stores={document_text, figures, assessment, chat_history, lender_decision},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model used for extraction and for answering clients.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={tg.controls.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The brokerage's workforce SSO.
    idp = tm.add(
        tg.ExternalService("Workforce SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Lenders", trust=tg.Trust.PARTNER):
    # Mortgage trading platform that forwards applications to lenders.
    lender_platform = tm.add(tg.ExternalService("Mortgage trading platform"))

with tm.boundary("Broker office", trust=tg.Trust.INTERNAL):
    # Advisers who check the numbers and own the recommendation.
    broker = tm.add(tg.Actor("Mortgage broker", role="adviser"))

# ---------------------------------------------------------------- flows
# client uploads and chat
tm.flow(client, app, documents, question)
tm.flow(app, client_api, documents, question, protocol="https")
tm.flow(client_api, app, answer, figures, protocol="https")
tm.flow(app, client, answer, figures)
tm.flow(client_api, doc_bucket, documents)
tm.flow(doc_bucket, ingestion, documents)
tm.flow(ingestion, case_db, document_text)

# extraction and answers
tm.flow(client_api, orchestrator, question)
tm.flow(case_db, orchestrator, document_text, figures, chat_history)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, case_db, figures, chat_history)
tm.flow(orchestrator, client_api, answer)
tm.flow(case_db, calculator, figures)
tm.flow(calculator, case_db, assessment)

# broker review and submission
tm.flow(idp, portal, sso_assertion, protocol="https")
tm.flow(broker, portal, figures, label="corrections and approval", protocol="https")
tm.flow(portal, broker, documents, figures, assessment, protocol="https")
tm.flow(case_db, portal, figures, assessment, lender_decision)
tm.flow(doc_bucket, portal, documents)
tm.flow(portal, case_db, figures, lender_decision, label="corrected figures")
tm.flow(portal, lender_platform, application, protocol="https")
tm.flow(lender_platform, portal, lender_decision, protocol="https")

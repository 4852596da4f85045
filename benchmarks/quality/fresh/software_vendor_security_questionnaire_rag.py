"""Security questionnaire assistant: the first design, before any security review.

Our sales engineers spend days answering the security questionnaires that
prospects and customers send during deals. Customers upload the questionnaire
as a spreadsheet to the deal room of our sales CRM (a SaaS product). A sales
engineer imports it into the questionnaire assistant, a web app in our AWS
account: an intake service parses the rows into questions, and a RAG
orchestrator retrieves passages from an index built over our security
policies, our SOC 2 Type II report, previously approved answers and the product
documentation, then asks a hosted LLM to draft each answer. Drafts wait in a
review queue; the security team edits and approves them in the app, and only
approved answers are pushed back to the CRM for the customer. Approved answers
also go into the answer library that feeds the index. Staff sign in with
corporate SSO; the LLM vendor was vetted and does not train on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Security questionnaire RAG assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description=(
        "LLM drafts answers to customer security questionnaires from our policies, "
        "SOC 2 report, past answers and product docs; the security team approves them."
    ),
)

# ---------------------------------------------------------------- data assets
questionnaire = tg.Data(
    "Questionnaire spreadsheet",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="XLSX uploaded by the customer: questions, their vendor-risk contacts, deal context.",
)
questions = tg.Data("Extracted questions", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
policies = tg.Data(
    "Security policies and SOC 2 report",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="ISMS policies and the SOC 2 Type II report, shared with customers only under NDA.",
)
product_docs = tg.Data(
    "Product documentation", sensitivity=tg.Sensitivity.INTERNAL, kind="documents"
)
past_answers = tg.Data(
    "Approved past answers",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
chunks = tg.Data(
    "Knowledge chunks and embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings"
)
context = tg.Data(
    "Retrieved passages", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="retrieved-context"
)
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System instructions, one question and the top retrieved passages.",
)
completion = tg.Data("Draft answer", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
review_decision = tg.Data(
    "Review edits and approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
approved = tg.Data(
    "Approved questionnaire answers",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospects' and customers' vendor-risk teams; anyone who opens a deal can upload.
    customer = tm.add(tg.Actor("Customer security reviewer", role="customer"))

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # SaaS sales CRM: deal rooms where questionnaires arrive and answers are returned.
    crm = tm.add(
        tg.ExternalService(
            "Sales CRM",
            description="Deal records and the customer-facing deal room file exchange.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the answers; a general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms: no training on our data")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Imports questionnaires and shapes the drafts before security review.
    sales_engineer = tm.add(tg.Actor("Sales engineer", role="sales engineer"))
    # Owns what we claim about our security; approves every answer.
    security_reviewer = tm.add(tg.Actor("Security team reviewer", role="security analyst"))
    # Where the policies, the SOC 2 report and product docs are maintained.
    doc_repo = tm.add(
        tg.DataSource(
            "Policy and documentation repository",
            origin=tg.Origin.INTERNAL,
            provides={policies, product_docs},
            description="Confluence spaces and the compliance shared drive.",
        )
    )

with tm.boundary("Assistant AWS account", trust=tg.Trust.INTERNAL):
    # The only UI: import, draft review, edit and approval.
    web_app = tm.add(
        tg.Endpoint(
            "Questionnaire assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="sales engineers draft, only the security team can approve"),
                c.HumanInTheLoop(approver="security team"),
            },
        )
    )
    # Turns the customer's spreadsheet into one question per row.
    intake = tm.add(
        tg.Service("Spreadsheet intake service", description="Parses XLSX/CSV with openpyxl.")
    )
    # Retrieval, prompt assembly and the LLM call for each question.
    orchestrator = tm.add(tg.Service("RAG orchestrator"))
    # Drafts waiting for the security team, with their edits.
    review_queue = tm.add(tg.DataStore("Draft review queue", stores={completion, review_decision}))
    # Approved answers, reused as the best source for future questionnaires.
    answer_library = tm.add(tg.DataStore("Answer library", stores={past_answers}))
    # Retrieval index over all the knowledge sources.
    index = tm.add(
        tg.VectorStore(
            "Knowledge index",
            stores={chunks},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # Nightly chunking and embedding of the sources into the index.
    indexer = tm.add(tg.Pipeline("Nightly indexing pipeline", stage=tg.Stage.INGESTION))

# ---------------------------------------------------------------- flows
# Questionnaire in
tm.flow(customer, crm, questionnaire, protocol="https", label="upload to deal room")
tm.flow(sales_engineer, web_app, questionnaire, protocol="https", label="import from CRM deal")
tm.flow(crm, intake, questionnaire, protocol="https", label="attachment download")
tm.flow(web_app, intake, questionnaire)
tm.flow(intake, orchestrator, questions)

# Drafting
tm.flow(orchestrator, index, questions, label="similarity query")
tm.flow(index, orchestrator, context, label="retrieved passages")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, review_queue, completion)

# Review and approval
tm.flow(review_queue, web_app, completion)
tm.flow(web_app, sales_engineer, completion, protocol="https")
tm.flow(sales_engineer, web_app, review_decision, protocol="https", label="edits")
tm.flow(web_app, security_reviewer, completion, protocol="https")
tm.flow(security_reviewer, web_app, review_decision, protocol="https", label="approve")
tm.flow(web_app, review_queue, review_decision)

# Answers out
tm.flow(web_app, crm, approved, protocol="https", label="push approved answers")
tm.flow(crm, customer, approved, protocol="https")
tm.flow(web_app, answer_library, past_answers, label="save approved answers")

# Knowledge ingestion
tm.flow(doc_repo, indexer, policies, product_docs, protocol="https")
tm.flow(answer_library, indexer, past_answers)
tm.flow(indexer, index, chunks)

"""Mortgage document chat: the first design, before any security review.

Borrowers of a US mortgage lender log in to the borrower portal and upload the
documents their loan file needs: pay stubs, bank statements and photo IDs. The
files land in an encrypted document bucket; an ingestion job sends each one to
a managed cloud OCR API, chunks the extracted text, embeds it with the LLM
vendor's embedding API and writes it into a vector index partitioned per loan.
In the portal an assistant answers the borrower's questions about their own loan
file: it retrieves passages from that loan's partition only, sends them with the
question to a hosted LLM API, and can open a follow-up task for the loan officer
in the loan origination system. Loan officers use an internal console (SSO,
role-based access) to see the same documents, the tasks and the chat history.
Both vendors went through the lender's vendor review; the portal requires MFA
and checks upload type and size. There is no content filtering on the chat yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortgage document chat",
    profile=tg.RiskProfile.HIGH,
    description="Borrower-facing assistant answering questions from the borrower's own loan file.",
)

# ---------------------------------------------------------------- data assets
documents = tg.Data(
    "Borrower documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pay stubs, bank statements and government IDs (PDF and images).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
extracted = tg.Data(
    "Extracted document text", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
embeddings = tg.Data("Passage embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
passages = tg.Data(
    "Loan file passages", kind="retrieved-context", sensitivity=tg.Sensitivity.REGULATED
)
question = tg.Data("Borrower question", kind="prompt", sensitivity=tg.Sensitivity.PII)
query_vector = tg.Data("Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with loan context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, recent turns, the question and the top-k passages of the loan.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
task_call = tg.Data("Create-task call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
task_result = tg.Data(
    "Task creation result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
officer_task = tg.Data("Loan officer task", kind="records", sensitivity=tg.Sensitivity.PII)
loan_file = tg.Data(
    "Loan file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcripts = tg.Data("Chat history", kind="logs", sensitivity=tg.Sensitivity.PII)
officer_query = tg.Data("Officer lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The borrower, on their own browser or phone.
    borrower = tm.add(tg.Actor("Borrower", role="borrower"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that writes the answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API; zero-retention terms.",
            controls={c.SupplierAssessment(note="vendor risk review, zero data retention terms")},
        )
    )
    # Same vendor's embedding API, used for indexing and for queries.
    embedder = tm.add(
        tg.Model(
            "Embedding API",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="covered by the LLM vendor review")},
        )
    )

with tm.boundary("OCR vendor", trust=tg.Trust.PARTNER):
    # Managed cloud OCR that turns scans and PDFs into text.
    ocr = tm.add(
        tg.ExternalService(
            "Cloud OCR API",
            controls={c.SupplierAssessment(note="vendor risk review")},
        )
    )

with tm.boundary("Lender cloud VPC", trust=tg.Trust.INTERNAL):
    # The borrower portal's API: login, uploads and the chat.
    portal = tm.add(
        tg.Endpoint(
            "Borrower portal API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC with MFA"),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # Orchestrates retrieval and the LLM call, and may open an officer task.
    assistant = tm.add(
        tg.Agent(
            "Loan file assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers from the loan's passages; decides on its own to open a task.",
        )
    )
    # The one tool the assistant has: open a task in the officer's queue.
    task_tool = tm.add(
        tg.Tool(
            "Create officer task",
            capabilities={"write"},
            description="Calls the loan origination system's task API for the session's loan.",
        )
    )
    # Keeps every conversation for the officer and for follow-up turns.
    history = tm.add(tg.DataStore("Chat history store", stores={transcripts}))
    # Runs for each upload: OCR, chunking, embedding, indexing.
    ingestion = tm.add(tg.Pipeline("Document ingestion job", stage=tg.Stage.INGESTION))

    with tm.boundary("Loan data tier", trust=tg.Trust.RESTRICTED):
        # Bucket holding the original uploads.
        doc_store = tm.add(
            tg.DataStore(
                "Document bucket",
                stores={documents},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # One namespace per loan; queries carry the loan id from the session.
        index = tm.add(
            tg.VectorStore(
                "Per-loan vector index",
                stores={passages, embeddings},
                controls={
                    c.PermissionAwareRetrieval(note="namespace per loan id from the session")
                },
            )
        )
        # System of record for loans and the officers' task queues.
        los = tm.add(tg.DataStore("Loan origination system", stores={loan_file, officer_task}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Internal web app where officers work a loan file.
    console = tm.add(
        tg.Service(
            "Loan officer console",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Staff who own the loan and act on the assistant's tasks.
    officer = tm.add(tg.Actor("Loan officer", role="loan officer"))

# ---------------------------------------------------------------- flows
# uploads and indexing
tm.flow(borrower, portal, documents, protocol="https", label="upload")
tm.flow(portal, doc_store, documents)
tm.flow(doc_store, ingestion, documents)
tm.flow(ingestion, ocr, documents, protocol="https")
tm.flow(ocr, ingestion, extracted, protocol="https")
tm.flow(ingestion, embedder, extracted, protocol="https", label="embed chunks")
tm.flow(embedder, ingestion, embeddings, protocol="https")
tm.flow(ingestion, index, passages, embeddings)

# chat
tm.flow(borrower, portal, question, protocol="https", id="borrower->portal:chat")
tm.flow(portal, assistant, question)
tm.flow(history, assistant, transcripts, label="recent turns")
tm.flow(assistant, embedder, question, protocol="https", label="embed query")
tm.flow(embedder, assistant, query_vector, protocol="https")
tm.flow(assistant, index, query_vector, label="similarity query for the loan")
tm.flow(index, assistant, passages)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, task_tool, task_call)
tm.flow(task_tool, los, officer_task)
tm.flow(task_tool, assistant, task_result)
tm.flow(assistant, history, transcripts)
tm.flow(assistant, portal, answer)
tm.flow(portal, borrower, answer, protocol="https")

# loan officer
tm.flow(officer, console, officer_query, protocol="https")
tm.flow(los, console, loan_file, officer_task)
tm.flow(doc_store, console, documents)
tm.flow(history, console, transcripts)
tm.flow(console, los, officer_task, label="task updates")
tm.flow(console, officer, loan_file, documents, transcripts, protocol="https")

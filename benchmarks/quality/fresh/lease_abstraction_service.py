"""Lease abstraction service: the first design, before any security review.

Landlords and brokers who work with the firm sign in to a client portal (through a
hosted identity provider) and upload lease PDFs. An OCR pipeline extracts the text,
chunks and embeds it for search, and an abstraction service asks a hosted LLM to
fill a fixed schema: rent, term, break clauses, indexation, repair and service
charge obligations. Draft abstracts are validated against the schema and wait in
a review workbench until a lease analyst checks them against the PDF and approves
them into the portfolio database; clients then see the approved abstracts in the
portal. Asset managers use a chat assistant that retrieves lease clauses and runs
read-only SQL, written by the LLM, against the portfolio database. It runs in the
firm's cloud account; documents and the database are encrypted at rest, and the
LLM vendor was reviewed and contractually barred from training on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lease abstraction service",
    profile=tg.RiskProfile.HIGH,
    description="LLM extraction of key lease terms into a portfolio database, with portfolio chat.",
)

# ---------------------------------------------------------------- data assets
lease_pdf = tg.Data(
    "Lease PDF",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Signed leases and side letters; name tenants, signatories and guarantors.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lease_text = tg.Data(
    "Extracted lease text", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
clause_chunks = tg.Data(
    "Lease clause chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
clause_vectors = tg.Data(
    "Clause embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The abstraction instructions, the target JSON schema and the full lease text.",
)
draft_abstract = tg.Data(
    "Draft lease abstract", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
abstract = tg.Data(
    "Approved lease abstract",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
analyst_edits = tg.Data(
    "Analyst corrections and approval", kind="feedback", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
question = tg.Data("Portfolio question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
chat_prompt = tg.Data(
    "Chat prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, database schema, retrieved clauses and the question.",
)
completion = tg.Data(
    "Chat completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sql_query = tg.Data("Generated SQL query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
query_rows = tg.Data(
    "Portfolio query results", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
answer = tg.Data("Chat answer", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
client_credentials = tg.Data(
    "Client login credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data("ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Landlords and brokers: clients who upload their leases and read the abstracts.
    client = tm.add(tg.Actor("Landlord or broker", role="client"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Hosted customer identity service for client sign-in.
    idp = tm.add(
        tg.ExternalService(
            "Client identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model used both for abstraction and for chat.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="zero-retention enterprise terms, no training on our data"
                )
            },
        )
    )
    # The same vendor's embedding API, for clause search.
    embedder = tm.add(
        tg.Model("Embedding API", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.THIRD_PARTY_API)
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Checks each draft abstract against the PDF before it reaches the portfolio.
    analyst = tm.add(tg.Actor("Lease analyst", role="analyst"))
    # Asks portfolio questions in the chat assistant.
    asset_manager = tm.add(tg.Actor("Asset manager", role="asset manager"))

with tm.boundary("Lease platform VPC", trust=tg.Trust.INTERNAL):
    # The client-facing web app and API for uploads and viewing abstracts.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC via the client identity provider"),
                c.InputValidation(note="PDF only, 50 MB limit"),
            },
        )
    )
    # Turns scanned and digital PDFs into text, then chunks and embeds it.
    ocr = tm.add(
        tg.Pipeline(
            "OCR and indexing pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
        )
    )
    # Builds the extraction prompt, calls the LLM and checks the JSON it returns.
    abstraction = tm.add(
        tg.Service(
            "Abstraction service",
            controls={c.SchemaEnforcement(note="output must parse into the abstract schema")},
        )
    )
    # Side-by-side view of PDF and draft where analysts correct and approve.
    workbench = tm.add(
        tg.Endpoint(
            "Analyst review workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO"),
                c.HumanInTheLoop(approver="lease analyst"),
            },
        )
    )
    # Retrieves clauses, asks the LLM and runs the SQL it writes.
    chat = tm.add(
        tg.Service(
            "Portfolio chat service",
            controls={c.Authentication(method="corporate SSO")},
        )
    )
    # Runs LLM-written queries on a read-only database user.
    sql_tool = tm.add(
        tg.Tool(
            "Portfolio SQL tool",
            capabilities={"read"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Original lease PDFs from every client.
        documents = tm.add(
            tg.DataStore(
                "Lease document store",
                stores={lease_pdf},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Clause chunks and vectors for the chat's retrieval.
        clause_index = tm.add(
            tg.VectorStore("Clause index", stores={clause_chunks, clause_vectors})
        )
        # Approved abstracts for all clients' portfolios: the system of record.
        portfolio_db = tm.add(
            tg.DataStore(
                "Portfolio database",
                stores={abstract},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(client, idp, client_credentials, protocol="https")
tm.flow(idp, portal, id_token, protocol="https", label="OIDC code exchange")
tm.flow(client, portal, lease_pdf, protocol="https", label="upload")
tm.flow(portal, client, abstract, protocol="https", label="view approved abstracts")
tm.flow(portal, documents, lease_pdf)
tm.flow(portfolio_db, portal, abstract)

tm.flow(documents, ocr, lease_pdf)
tm.flow(ocr, embedder, clause_chunks, protocol="https")
tm.flow(embedder, ocr, clause_vectors, protocol="https")
tm.flow(ocr, clause_index, clause_chunks, clause_vectors)
tm.flow(ocr, abstraction, lease_text)
tm.flow(abstraction, llm, extraction_prompt, protocol="https")
tm.flow(llm, abstraction, draft_abstract, protocol="https")
tm.flow(abstraction, workbench, draft_abstract)

tm.flow(documents, workbench, lease_pdf)
tm.flow(workbench, analyst, lease_pdf, draft_abstract, protocol="https")
tm.flow(analyst, workbench, analyst_edits, protocol="https")
tm.flow(workbench, portfolio_db, abstract, label="on approval")

tm.flow(asset_manager, chat, question, protocol="https")
tm.flow(chat, embedder, question, protocol="https")
tm.flow(embedder, chat, clause_vectors, protocol="https", label="query vector")
tm.flow(chat, clause_index, clause_vectors, label="similarity search")
tm.flow(clause_index, chat, clause_chunks)
tm.flow(chat, llm, chat_prompt, protocol="https")
tm.flow(llm, chat, completion, sql_query, protocol="https")
tm.flow(chat, sql_tool, sql_query)
tm.flow(sql_tool, portfolio_db, sql_query)
tm.flow(portfolio_db, sql_tool, query_rows)
tm.flow(sql_tool, chat, query_rows)
tm.flow(chat, asset_manager, answer, protocol="https")

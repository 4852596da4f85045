"""Lavender distillery shop and essential-oil batch documents: the first design.

A lavender farm in Provence distils its own essential oils and sells them online
to customers across the EU. Each distillation batch is sent to a contract lab,
which e-mails back a certificate of analysis (GC-MS composition, including the
fragrance allergens such as linalool and limonene). The distiller uploads it to a
back-office web app, and a drafting service sends the results with our SDS and
label templates to a hosted LLM, which drafts the batch's safety data sheet and
label texts. The compliance lead edits and signs off every draft before it is
printed on labels and published on the hosted webshop. Approved documents are also
indexed for a chat assistant on the shop: customers ask about products, uses and
allergens before they buy, and the assistant answers from the indexed documents
through the same hosted LLM. Controls today: staff sign in through Google Workspace
SSO with roles, TLS everywhere, a rate limit on the chat API, the API key in a
vault, encryption at rest of the batch database and sign-off of every document.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lavender distillery shop and batch documents",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted SDS and labels per distillation batch, and a product and allergen chat for shoppers.",
)

# ---------------------------------------------------------------- data assets
lab_report = tg.Data(
    "Certificate of analysis",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="PDF from the contract lab: GC-MS composition and allergen percentages.",
)
batch_record = tg.Data(
    "Distillation batch record", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
templates = tg.Data(
    "SDS and label templates", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
draft_prompt = tg.Data("Drafting prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
drafts = tg.Data(
    "Draft SDS and label texts", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
edits = tg.Data(
    "Compliance edits and sign-off", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
approved_docs = tg.Data(
    "Approved SDS and label texts",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
label_job = tg.Data("Label print job", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
doc_chunks = tg.Data(
    "Product document chunks", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
question = tg.Data(
    "Customer question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; shoppers often mention their allergies, skin conditions or pregnancy.",
)
chat_prompt = tg.Data(
    "Chat prompt with product context", sensitivity=tg.Sensitivity.PII, kind="prompt"
)
completion = tg.Data("Chat completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
answer = tg.Data("Assistant answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
order = tg.Data("Customer order", sensitivity=tg.Sensitivity.PII, kind="records")
product_page = tg.Data("Product pages", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers browsing the webshop and asking the chat assistant.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("Contract lab", trust=tg.Trust.PARTNER):
    # Independent lab that analyses a sample of every batch.
    lab = tm.add(tg.ExternalService("Analytical lab", provides="data-provider"))

with tm.boundary("Webshop platform", trust=tg.Trust.PARTNER):
    # Hosted e-commerce platform: catalogue, checkout and customer accounts.
    webshop = tm.add(
        tg.ExternalService("Hosted webshop", description="Product pages, checkout and payments.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API, used for drafting and chat.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Distillery cloud", trust=tg.Trust.INTERNAL):
    # The chat widget on the shop pages calls this API directly.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Retrieves product documents, builds the prompt and calls the LLM.
    orchestrator = tm.add(tg.Service("Chat orchestrator", controls={c.SecretsManagement()}))
    # Index of approved SDS, label texts and product descriptions.
    product_index = tm.add(tg.VectorStore("Product document index", stores={doc_chunks}))
    # Embeds newly approved documents into the index.
    indexer = tm.add(tg.Pipeline("Document indexing", stage=tg.Stage.INGESTION))
    # Every chat turn, kept for improving answers.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Back office where batches are recorded and drafts are reviewed and approved.
    back_office = tm.add(
        tg.Service(
            "Back-office web app",
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(),
                c.HumanInTheLoop(approver="compliance lead signs off every SDS and label text"),
            },
        )
    )
    # Turns a batch's lab results into SDS and label drafts with the LLM.
    drafting = tm.add(
        tg.Service("SDS and label drafting service", controls={c.SecretsManagement()})
    )
    # Batches, lab reports, templates, drafts and approved documents.
    batch_db = tm.add(
        tg.DataStore(
            "Batch database",
            stores={batch_record, lab_report, templates, drafts, approved_docs},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Distillery", trust=tg.Trust.INTERNAL):
    # Runs the stills and records each batch.
    distiller = tm.add(tg.Actor("Distiller", role="production staff"))
    # Responsible person for CLP/REACH: edits and signs off every document.
    compliance = tm.add(tg.Actor("Compliance lead", role="regulatory compliance", privileged=True))
    # Thermal label printer on the bottling line.
    printer = tm.add(tg.Device("Label printer", fleet=False))

# ---------------------------------------------------------------- flows
# batch documents
tm.flow(lab, distiller, lab_report, protocol="smtp+starttls", label="e-mailed certificate")
tm.flow(distiller, back_office, batch_record, lab_report, protocol="https")
tm.flow(back_office, batch_db, batch_record, lab_report)
tm.flow(batch_db, drafting, batch_record, lab_report, templates)
tm.flow(drafting, llm, draft_prompt, protocol="https")
tm.flow(llm, drafting, drafts, protocol="https")
tm.flow(drafting, batch_db, drafts)
tm.flow(batch_db, back_office, drafts, approved_docs)
tm.flow(back_office, compliance, drafts, protocol="https")
tm.flow(compliance, back_office, edits, protocol="https")
tm.flow(back_office, batch_db, approved_docs)
tm.flow(back_office, printer, label_job, label="approved label")
tm.flow(back_office, webshop, approved_docs, protocol="https", label="publish to product page")

# indexing
tm.flow(batch_db, indexer, approved_docs)
tm.flow(indexer, product_index, doc_chunks)

# shopping and chat
tm.flow(customer, webshop, order, protocol="https")
tm.flow(webshop, customer, product_page, protocol="https")
tm.flow(customer, chat_api, question, protocol="https")
tm.flow(chat_api, orchestrator, question)
tm.flow(orchestrator, product_index, question, label="similarity query")
tm.flow(product_index, orchestrator, doc_chunks, label="retrieved context")
tm.flow(orchestrator, llm, chat_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)
tm.flow(orchestrator, chat_api, answer)
tm.flow(chat_api, customer, answer, protocol="https")

"""Legal translation pipeline: the first design, before any security review.

A translation agency takes contracts, court filings and judgments from its law-firm
and corporate clients through a web portal, where clients also upload their term
glossaries. A conversion service extracts the text from PDFs, scans and Word files;
an orchestrator splits it into segments, adds the client's glossary terms and
translation memory matches to each prompt and sends it to a hosted LLM for a machine
draft. Project managers assign drafts to freelance translators, who post-edit them
from home in a web-based post-editing workspace. An in-house certified translator
checks each final text and signs it through an e-signature provider before the
certified translation goes back to the client through the portal.
Everything the agency runs sits in one cloud account; clients and freelancers sign in
with e-mail and password, the document store is encrypted at rest, the workspace
shows freelancers only the jobs assigned to them, and the LLM vendor was vetted
under a data processing agreement with no retention of prompts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal translation pipeline",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Machine translation with freelance post-editing and certification "
    "of clients' contracts and court documents.",
)

# ---------------------------------------------------------------- data assets
source_docs = tg.Data(
    "Client source documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contracts, court filings and judgments naming parties, witnesses and minors.",
)
glossary = tg.Data(
    "Client glossary",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Term pairs a client requires, including deal and product code names.",
)
memory = tg.Data(
    "Translation memory",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Past source and target segment pairs per client.",
)
extracted_text = tg.Data("Extracted source text", kind="documents", sensitivity=tg.Sensitivity.PII)
mt_prompt = tg.Data(
    "Translation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, source segments, glossary terms and memory matches.",
)
mt_draft = tg.Data("Machine translation draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
post_edited = tg.Data("Post-edited translation", kind="documents", sensitivity=tg.Sensitivity.PII)
assignment = tg.Data("Job assignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sign_off = tg.Data("Certification sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
signature_request = tg.Data(
    "Signature request",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The final translation and the translator's certificate statement.",
)
signed_doc = tg.Data("Signed certificate", kind="documents", sensitivity=tg.Sensitivity.PII)
certified = tg.Data(
    "Certified translation",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Law firms and companies ordering translations; anyone can open a client account.
    client = tm.add(tg.Actor("Client", role="client"))
    # Self-employed linguists working on their own computers.
    freelancer = tm.add(tg.Actor("Freelance translator", role="freelance post-editor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API does the first-pass translation.
    llm = tm.add(
        tg.LLM(
            "Hosted translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; zero retention of prompts")},
        )
    )

with tm.boundary("E-signature provider", trust=tg.Trust.PARTNER):
    # Qualified e-signature service that seals certified translations.
    esign = tm.add(tg.ExternalService("E-signature service", provides="generic"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Where clients upload documents and glossaries and download certified translations.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Turns PDFs, scans (OCR) and Word files into plain text segments.
    converter = tm.add(tg.Service("Document conversion service"))
    # Builds the prompts from segments, glossary and memory; calls the LLM.
    orchestrator = tm.add(tg.Service("MT orchestrator"))
    # Source files, drafts, post-edited and certified texts for every job.
    doc_store = tm.add(
        tg.DataStore(
            "Document store",
            stores={source_docs, extracted_text, mt_draft, post_edited, certified},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Per-client glossaries and translation memories.
    linguistic_store = tm.add(tg.DataStore("Glossary and memory store", stores={glossary, memory}))
    # Web CAT tool where freelancers post-edit the drafts assigned to them.
    workspace = tm.add(
        tg.Endpoint(
            "Post-editing workspace",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="freelancers see only the jobs assigned to them"),
            },
        )
    )
    # Assembles the certificate, gets the translator's sign-off and the e-signature.
    certification = tm.add(
        tg.Service(
            "Certification service",
            controls={
                c.HumanInTheLoop(approver="in-house certified translator"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Plans jobs and assigns them to freelancers.
    pm = tm.add(tg.Actor("Project manager", role="project manager"))
    # Sworn translator who checks and certifies each final translation.
    certifier = tm.add(tg.Actor("Certified translator", role="certifying linguist"))

# ---------------------------------------------------------------- flows
# Intake
tm.flow(client, portal, source_docs, glossary, protocol="https", label="upload")
tm.flow(portal, doc_store, source_docs)
tm.flow(portal, linguistic_store, glossary)
tm.flow(doc_store, converter, source_docs)
tm.flow(converter, doc_store, extracted_text)

# Machine translation
tm.flow(doc_store, orchestrator, extracted_text)
tm.flow(linguistic_store, orchestrator, glossary, memory)
tm.flow(orchestrator, llm, mt_prompt, protocol="https")
tm.flow(llm, orchestrator, mt_draft, protocol="https")
tm.flow(orchestrator, doc_store, mt_draft)

# Post-editing
tm.flow(pm, workspace, assignment, protocol="https", label="assigns job")
tm.flow(doc_store, workspace, extracted_text, mt_draft)
tm.flow(linguistic_store, workspace, glossary, memory)
tm.flow(workspace, freelancer, extracted_text, mt_draft, glossary, protocol="https")
tm.flow(freelancer, workspace, post_edited, protocol="https")
tm.flow(workspace, doc_store, post_edited)
tm.flow(workspace, linguistic_store, memory, label="confirmed segments")

# Certification and delivery
tm.flow(doc_store, certification, post_edited)
tm.flow(certification, certifier, post_edited, protocol="https", label="review")
tm.flow(certifier, certification, sign_off, protocol="https")
tm.flow(certification, esign, signature_request, protocol="https")
tm.flow(esign, certification, signed_doc, protocol="https")
tm.flow(certification, doc_store, certified)
tm.flow(doc_store, portal, certified)
tm.flow(portal, client, certified, protocol="https", label="download")

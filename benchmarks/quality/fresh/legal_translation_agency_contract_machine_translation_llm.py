"""Legal translation agency contract translation platform: the first design, before review.

Law firms and company legal departments upload contracts (DOCX or PDF) through the
agency's client portal and order a certified translation. A conversion service splits
each contract into segments; a translation orchestrator looks up the client's term
base and translation memory, builds a prompt and asks a hosted LLM (EU region, under
a data processing agreement) for a draft translation. Freelance sworn translators,
working from home, post-edit the draft in the agency's web workbench; their approved
segments go back into the translation memory. The translator then certifies the
result, and a signing service applies their qualified electronic signature through a
trust service provider before the client downloads it. Project managers assign jobs
and curate term bases. Controls in this design: client sign-in with TOTP, file checks
at upload, encrypted document storage, role-based access in the workbench, a vendor
review of the LLM provider, and the translator's own approval of every certification.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Legal translation agency contract MT platform",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Client contracts are machine-translated by an LLM with the client's term base, "
        "then post-edited and certified by sworn translators."
    ),
)

# ---------------------------------------------------------------- data assets
contract = tg.Data(
    "Source contract",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Client contracts: parties' names, addresses, signatories, commercial terms.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
segments = tg.Data("Source segments", kind="documents", sensitivity=tg.Sensitivity.PII)
terms = tg.Data(
    "Term base and TM matches",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Client-approved terminology and earlier translated segments.",
)
term_query = tg.Data("Term lookup", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Translation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Translation instructions, the segments and the matching terms.",
)
draft = tg.Data("Draft translation", kind="model-output", sensitivity=tg.Sensitivity.PII)
post_edited = tg.Data(
    "Post-edited translation",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tm_updates = tg.Data("Approved segment pairs", kind="records", sensitivity=tg.Sensitivity.PII)
term_entries = tg.Data("Term base entries", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
certified = tg.Data(
    "Certified translation",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Signed PDF with the sworn translator's certification statement.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sign_request = tg.Data(
    "Document hash for signing", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
signature = tg.Data("Qualified signature", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
assignments = tg.Data("Job assignments", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Law firms and legal departments who order certified translations.
    client = tm.add(tg.Actor("Client", role="client legal team"))
    # Freelance sworn translators, working from their own machines.
    translator = tm.add(tg.Actor("Sworn translator", role="freelance sworn translator"))

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that produces the first-draft translation.
    llm = tm.add(
        tg.LLM(
            "Translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor API in an EU region, no training on customer data per contract.",
            controls={c.SupplierAssessment(note="DPA and zero-retention terms reviewed")},
        )
    )

with tm.boundary("Trust service provider", trust=tg.Trust.PARTNER):
    # Qualified trust service provider that issues the translators' e-signatures.
    qtsp = tm.add(tg.ExternalService("Qualified signature service"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Where clients upload contracts and download certified translations.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.InputValidation(note="DOCX and PDF only, 50 MB limit"),
            },
        )
    )
    # Contracts, drafts, post-edited and certified translations per job.
    doc_store = tm.add(
        tg.DataStore(
            "Job document store",
            stores={contract, draft, post_edited, certified},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Parses DOCX and PDF files and splits them into translatable segments.
    converter = tm.add(tg.Service("Document conversion service"))
    # Looks up terms, builds the prompt, calls the LLM and stores the draft.
    orchestrator = tm.add(tg.Service("Translation orchestrator"))
    # Per-client terminology and translation memory.
    termbase = tm.add(
        tg.DataStore("Term base and translation memory", stores={term_entries, tm_updates, terms})
    )
    # Web CAT editor where translators post-edit the draft side by side with the source.
    workbench = tm.add(
        tg.Service(
            "Post-editing workbench",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Applies the translator's qualified signature once they certify the translation.
    signing = tm.add(
        tg.Service(
            "Certification signing service",
            controls={
                c.HumanInTheLoop(approver="the sworn translator certifying the job"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Staff who assign jobs to translators and maintain client term bases.
    pm = tm.add(tg.Actor("Project manager", role="project manager"))

# ---------------------------------------------------------------- flows
tm.flow(client, portal, contract, protocol="https", label="upload")
tm.flow(portal, doc_store, contract)
tm.flow(doc_store, converter, contract)
tm.flow(converter, orchestrator, segments)

tm.flow(orchestrator, termbase, term_query)
tm.flow(termbase, orchestrator, terms)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, doc_store, draft)

tm.flow(pm, workbench, assignments, protocol="https")
tm.flow(pm, termbase, term_entries, protocol="https", label="term curation")
tm.flow(doc_store, workbench, contract, draft)
tm.flow(termbase, workbench, terms)
tm.flow(workbench, translator, contract, draft, terms, protocol="https")
tm.flow(translator, workbench, post_edited, protocol="https", label="post-edits and certifies")
tm.flow(workbench, doc_store, post_edited)
tm.flow(workbench, termbase, tm_updates, label="approved segments")

tm.flow(workbench, signing, post_edited, label="certification request")
tm.flow(signing, qtsp, sign_request, protocol="https")
tm.flow(qtsp, signing, signature, protocol="https")
tm.flow(signing, doc_store, certified)
tm.flow(doc_store, portal, certified)
tm.flow(portal, client, certified, protocol="https", label="download")

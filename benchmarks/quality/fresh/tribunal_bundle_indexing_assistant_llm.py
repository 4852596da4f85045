"""Tribunal bundle indexing assistant: the first design, before any security review.

We are a charity that represents claimants at the employment tribunal. Claimants
upload their evidence (contracts, payslips, fit notes, grievance e-mails, WhatsApp
screenshots) and employers' solicitors upload their disclosure to an upload portal
in our cloud tenancy; claimants sign in with an e-mailed one-time link, solicitors
use a per-case upload link a caseworker sends them. Uploads are limited to PDF, Word
and image files. A text extraction pipeline OCRs the files, and a bundle assistant
service chunks and embeds the pages with a hosted embedding model, then has a hosted
LLM draft a paginated bundle index and a summary of each document. Caseworkers and
home-based volunteer advisers (law students) see the index, summaries and documents
in a caseworker workspace, signed in with Microsoft 365 and MFA, and can ask the
assistant questions about a bundle. A caseworker checks the index before the final
bundle is e-mailed to the tribunal. Files are encrypted at rest by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tribunal bundle indexing assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM indexes and summarises employment tribunal evidence bundles uploaded "
        "by claimants and employers' solicitors, for the charity's caseworkers."
    ),
)

# ---------------------------------------------------------------- data assets
claimant_evidence = tg.Data(
    "Claimant evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Often includes health records, disability and trade union details.",
)
employer_disclosure = tg.Data(
    "Employer disclosure",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="HR files, investigation notes and e-mails naming colleagues.",
)
page_text = tg.Data(
    "Extracted page text",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
chunks = tg.Data(
    "Bundle chunks and embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
)
indexing_prompt = tg.Data(
    "Indexing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions plus the page text of one bundle.",
)
index_and_summaries = tg.Data(
    "Bundle index and summaries",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
question = tg.Data("Caseworker question", kind="prompt", sensitivity=tg.Sensitivity.PII)
retrieved = tg.Data(
    "Retrieved bundle passages", kind="retrieved-context", sensitivity=tg.Sensitivity.REGULATED
)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
case_record = tg.Data(
    "Case record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Claimant details, claim type, hearing dates and notes.",
)
final_bundle = tg.Data(
    "Final indexed bundle",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people we represent; they upload their own evidence.
    claimant = tm.add(tg.Actor("Claimant", role="claimant"))
    # The other side's lawyers, who send their disclosure documents.
    solicitor = tm.add(tg.Actor("Employer's solicitor", role="opposing solicitor"))
    # Law-student volunteers working from home on their own laptops.
    volunteer = tm.add(tg.Actor("Volunteer adviser", role="volunteer adviser"))

with tm.boundary("Employment tribunal", trust=tg.Trust.PARTNER):
    # The tribunal office receives the final bundle for the hearing.
    tribunal = tm.add(tg.Actor("Tribunal office", role="tribunal clerk"))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM that writes the index entries, summaries and answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model used through the vendor's API.",
        )
    )
    # Hosted embedding model for the per-bundle search index.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Staff caseworkers who run the cases and sign off the bundle.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where claimants and solicitors upload documents.
    portal = tm.add(
        tg.Endpoint(
            "Bundle upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="e-mailed one-time link for claimants; per-case upload link "
                    "for employers' solicitors"
                ),
                c.InputValidation(note="PDF, Word and image files only, 50 MB limit"),
            },
        )
    )
    # Original uploaded files, one folder per case.
    bundle_store = tm.add(
        tg.DataStore(
            "Bundle file store",
            stores={claimant_evidence, employer_disclosure},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # OCR and text extraction of every uploaded file (open-source OCR libraries).
    extraction = tm.add(
        tg.Pipeline(
            "Text extraction pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
        )
    )
    # Builds the index and summaries, and answers caseworkers' questions.
    assistant = tm.add(
        tg.Service(
            "Bundle assistant service",
            description="Chunks and embeds pages, prompts the LLM for the index and "
            "summaries, and answers questions from passages of the case's bundle.",
        )
    )
    # Per-bundle search index; queries are filtered by the case id.
    index = tm.add(tg.VectorStore("Bundle search index", stores={chunks}))
    # The charity's case management system, where index and summaries are saved.
    cms = tm.add(
        tg.DataStore(
            "Case management system",
            stores={case_record, index_and_summaries},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Web workspace for caseworkers and volunteers.
    workspace = tm.add(
        tg.Endpoint(
            "Caseworker workspace",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
                c.HumanInTheLoop(approver="the caseworker on the case, before filing"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# uploads
tm.flow(claimant, portal, claimant_evidence, protocol="https")
tm.flow(solicitor, portal, employer_disclosure, protocol="https")
tm.flow(portal, bundle_store, claimant_evidence, employer_disclosure)

# extraction and indexing
tm.flow(bundle_store, extraction, claimant_evidence, employer_disclosure)
tm.flow(extraction, assistant, page_text)
tm.flow(assistant, embedder, page_text, protocol="https")
tm.flow(embedder, assistant, chunks, protocol="https")
tm.flow(assistant, index, chunks)
tm.flow(assistant, llm, indexing_prompt, protocol="https")
tm.flow(llm, assistant, index_and_summaries, protocol="https")
tm.flow(assistant, cms, index_and_summaries)

# review in the workspace
tm.flow(cms, workspace, case_record, index_and_summaries)
tm.flow(workspace, cms, index_and_summaries, label="caseworker edits")
tm.flow(bundle_store, workspace, claimant_evidence, employer_disclosure, label="document viewer")
tm.flow(caseworker, workspace, question, protocol="https")
tm.flow(workspace, caseworker, index_and_summaries, answer, protocol="https")
tm.flow(volunteer, workspace, question, protocol="https")
tm.flow(workspace, volunteer, index_and_summaries, answer, protocol="https")

# questions about a bundle
tm.flow(workspace, assistant, question)
tm.flow(assistant, index, question, label="similarity query")
tm.flow(index, assistant, retrieved)
tm.flow(assistant, llm, question, retrieved, protocol="https")
tm.flow(llm, assistant, answer, protocol="https")
tm.flow(assistant, workspace, answer)

# filing with the tribunal
tm.flow(workspace, tribunal, final_bundle, protocol="smtp+starttls")

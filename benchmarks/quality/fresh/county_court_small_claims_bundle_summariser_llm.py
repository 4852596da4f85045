"""Small-claims bundle summariser: the first design, before any security review.

A county court's administrative office prepares small-claims cases for the district
judge. Litigants in person (claimants and defendants without lawyers) upload claim
forms, defences and evidence through the online filing portal, or post paper that an
outsourced scanning centre digitises. A bundle service assembles each case's
documents into a paginated bundle with an index. Court staff check the index in a
review console (nothing missing, right order, right case) and release the bundle;
the summariser then sends the bundle text to a hosted LLM under the court's cloud
contract and stores a case summary that the judge reads beside the bundle in the
judicial case viewer. Litigants sign in with GOV.UK One Login; staff and judges use
their court or eJudiciary accounts with MFA and roles. Uploads are checked for file
type, size and viruses, the document store is encrypted, and the viewer logs access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Small-claims bundle summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Summarises small-claims bundles from litigants in person for the district judge.",
)

# ---------------------------------------------------------------- data assets
filings = tg.Data(
    "Claim forms, defences and evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PDFs, photos, letters, invoices and witness statements from the parties.",
)
paper_filings = tg.Data("Posted paper filings", kind="documents", sensitivity=tg.Sensitivity.PII)
filing_receipt = tg.Data("Filing receipt", kind="records", sensitivity=tg.Sensitivity.PII)
case_details = tg.Data(
    "Case details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case number, parties, claim value, track, hearing date.",
)
bundle = tg.Data(
    "Paginated bundle and index",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
index_check = tg.Data(
    "Bundle index release",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The clerk's confirmation that the index is complete, with any corrections.",
)
llm_prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Summary instructions plus the extracted text of the bundle, section by section.",
)
llm_completion = tg.Data("LLM draft summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
case_summary = tg.Data(
    "Case summary for the judge",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Parties, what is claimed, what is disputed, key evidence with page references.",
)

case_lookup = tg.Data("Case number lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Claimants and defendants acting for themselves; they supply every document.
    litigant = tm.add(tg.Actor("Litigant in person", role="party to the claim"))

with tm.boundary("Scanning supplier", trust=tg.Trust.PARTNER):
    # Outsourced bulk scanning of paper forms and evidence sent by post.
    scanning = tm.add(tg.ExternalService("Bulk scanning centre"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted model under the court's cloud contract (UK region, no training on inputs).
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="cloud contract: UK data residency, no training")},
        )
    )

with tm.boundary("Courts cloud platform", trust=tg.Trust.INTERNAL):
    # Public web service where litigants file and upload documents.
    filing_portal = tm.add(
        tg.Endpoint(
            "Online filing portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="GOV.UK One Login (password and SMS or app code)"),
                c.InputValidation(note="file type and size checks, antivirus scan on upload"),
            },
        )
    )
    # Holds every filed and scanned document and the assembled bundles.
    doc_store = tm.add(
        tg.DataStore(
            "Case document store",
            stores={filings, bundle},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The court's system of record for the case itself.
    cms = tm.add(tg.DataStore("Case management system", stores={case_details}))
    # Orders the documents, paginates them and generates the index.
    bundler = tm.add(
        tg.Service(
            "Bundle assembly service",
            description="Converts uploads to PDF, extracts text and builds the indexed bundle.",
        )
    )
    # Where court staff check the bundle index and release it.
    console = tm.add(
        tg.Service(
            "Bundle review console",
            controls={
                c.Authentication(method="court staff Microsoft Entra ID sign-in with MFA"),
                c.RBAC(note="administrative office staff role"),
                c.HumanInTheLoop(
                    approver="court clerk",
                    note="clerk checks the bundle index before the bundle goes to the judge",
                ),
            },
        )
    )
    # Sends the released bundle to the LLM and assembles the case summary.
    summariser = tm.add(
        tg.Service(
            "Bundle summariser",
            description="Splits the bundle into sections, prompts the LLM per section, "
            "then asks it for an overall summary.",
        )
    )
    # Case summaries waiting for the hearing.
    summary_store = tm.add(tg.DataStore("Case summary store", stores={case_summary}))
    # What the judge opens before and during the hearing: bundle and summary.
    viewer = tm.add(
        tg.Service(
            "Judicial case viewer",
            controls={
                c.Authentication(method="eJudiciary account with MFA"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Court network", trust=tg.Trust.INTERNAL):
    # Administrative office staff preparing the case for hearing.
    clerk = tm.add(tg.Actor("Court clerk", role="court administrative staff"))
    # Decides the claim; reads the summary and the bundle.
    judge = tm.add(tg.Actor("District judge", role="judge"))

# ---------------------------------------------------------------- flows
# Filing
tm.flow(litigant, filing_portal, filings, protocol="https")
tm.flow(filing_portal, litigant, filing_receipt, protocol="https")
tm.flow(filing_portal, doc_store, filings)
tm.flow(filing_portal, cms, case_details, label="new filing")
tm.flow(litigant, scanning, paper_filings, label="posted paper")
tm.flow(scanning, doc_store, filings, protocol="sftp", label="scanned documents")

# Bundle assembly and the clerk's index check
tm.flow(doc_store, bundler, filings)
tm.flow(cms, bundler, case_details)
tm.flow(bundler, doc_store, bundle)
tm.flow(doc_store, console, bundle)
tm.flow(console, clerk, bundle, protocol="https")
tm.flow(clerk, console, index_check, protocol="https")
tm.flow(console, cms, index_check, label="bundle ready")
tm.flow(console, summariser, index_check, label="release to summariser")

# Summarisation
tm.flow(doc_store, summariser, bundle)
tm.flow(summariser, llm, llm_prompt, protocol="https")
tm.flow(llm, summariser, llm_completion, protocol="https")
tm.flow(summariser, summary_store, case_summary)

# Judge's view
tm.flow(summary_store, viewer, case_summary)
tm.flow(doc_store, viewer, bundle)
tm.flow(cms, viewer, case_details)
tm.flow(judge, viewer, case_lookup, protocol="https", label="opens the day's list")
tm.flow(viewer, judge, case_summary, bundle, case_details, protocol="https")

"""National library catalogue drafting: the first design, before any security review.

The national library is digitising its out-of-copyright books. Digitisation
technicians scan each volume onto a network share in the library's data centre,
and an OCR pipeline turns the page images into text. A record drafting service
sends each book's OCR text to a commercial LLM provider's hosted model through
its API and gets back a draft catalogue record (title, author, subjects,
summary), which it files in the cataloguing system as a draft. Cataloguers sign
in with their staff accounts, review and correct each draft and publish it;
the cataloguing system keeps an edit history of every record and the database
is backed up nightly. Published records are served to the public by the online
catalogue in the library's DMZ, and a nightly export job sends the day's new
and changed records to the union catalogue that other libraries copy from,
over SFTP. Traffic to the LLM provider and the public is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "National library catalogue record drafting",
    profile=tg.RiskProfile.LOW,
    description="An LLM drafts catalogue records from OCR text of digitised public-domain books.",
)

# ---------------------------------------------------------------- data assets
page_scans = tg.Data("Page scans", sensitivity=tg.Sensitivity.PUBLIC, kind="media")
ocr_text = tg.Data(
    "OCR text",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Full text of an out-of-copyright book, as recognised from the scans.",
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Cataloguing instructions, the subject vocabulary and the book's OCR text.",
)
draft_record = tg.Data(
    "Draft catalogue record", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
corrected_record = tg.Data(
    "Cataloguer corrections", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
catalogue_records = tg.Data(
    "Catalogue records",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
search_query = tg.Data("Catalogue search", sensitivity=tg.Sensitivity.INTERNAL)
search_results = tg.Data("Search results", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
marc_export = tg.Data(
    "MARC export file",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone searching the public online catalogue.
    reader = tm.add(tg.Actor("Catalogue user", role="member of the public"))

with tm.boundary("Union catalogue operator", trust=tg.Trust.PARTNER):
    # The shared catalogue other libraries copy records from.
    union = tm.add(
        tg.ExternalService(
            "Union catalogue",
            provides="data-provider",
            description="Receives the library's records nightly and shares them with member libraries.",
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The commercial hosted model that drafts the records.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose model behind the provider's API, paid per token.",
        )
    )

with tm.boundary("Library data centre", trust=tg.Trust.INTERNAL):
    # The network share where scans and OCR output are kept.
    scan_store = tm.add(tg.DataStore("Digitisation share", stores={page_scans, ocr_text}))
    # Turns page images into text.
    ocr = tm.add(tg.Pipeline("OCR pipeline", stage=tg.Stage.PREPROCESSING))
    # Sends each book's text to the LLM and files the draft it returns.
    drafter = tm.add(
        tg.Service(
            "Record drafting service",
            description="Builds the prompt from the OCR text, calls the LLM, parses the draft record.",
        )
    )
    # Where cataloguers work: drafts are reviewed, corrected and published here.
    cataloguing = tm.add(
        tg.Service(
            "Cataloguing system",
            controls={
                c.Authentication(method="staff directory sign-in"),
                c.RBAC(note="cataloguer and senior cataloguer roles"),
                c.HumanInTheLoop(
                    approver="a cataloguer", note="every draft is reviewed before it is published"
                ),
                c.AuditLogging(note="edit history kept on each record"),
            },
        )
    )
    # The library's bibliographic database, the master copy of every record.
    catalogue_db = tm.add(
        tg.DataStore(
            "Catalogue database",
            stores={catalogue_records},
            controls={c.DataVersioning(note="nightly backups")},
        )
    )
    # Sends new and changed records to the union catalogue every night.
    export_job = tm.add(tg.Service("Nightly union catalogue export job"))

with tm.boundary("Public web DMZ", trust=tg.Trust.INTERNAL):
    # The public online catalogue, reading published records.
    opac = tm.add(
        tg.Endpoint("Online public catalogue", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Scans the books and saves the images to the share.
    technician = tm.add(tg.Actor("Digitisation technician", role="digitisation staff"))
    # Reviews and corrects the LLM's drafts.
    cataloguer = tm.add(tg.Actor("Cataloguer", role="cataloguing staff"))

# ---------------------------------------------------------------- flows
tm.flow(technician, scan_store, page_scans, protocol="smb", label="saves scans")
tm.flow(scan_store, ocr, page_scans)
tm.flow(ocr, scan_store, ocr_text)
tm.flow(scan_store, drafter, ocr_text)
tm.flow(drafter, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafter, draft_record, protocol="https")
tm.flow(drafter, cataloguing, draft_record, protocol="https", label="files draft")

tm.flow(cataloguing, cataloguer, draft_record, protocol="https", label="review queue")
tm.flow(cataloguer, cataloguing, corrected_record, protocol="https", label="corrects and publishes")
tm.flow(cataloguing, catalogue_db, catalogue_records, label="saves records")
tm.flow(catalogue_db, cataloguing, catalogue_records, label="loads records")

tm.flow(catalogue_db, opac, catalogue_records, label="published records")
tm.flow(reader, opac, search_query, protocol="https")
tm.flow(opac, reader, search_results, protocol="https")

tm.flow(catalogue_db, export_job, catalogue_records, label="new and changed records")
tm.flow(export_job, union, marc_export, protocol="sftp", label="nightly upload")

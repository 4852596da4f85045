"""Handwritten record transcription: the first design, before any security review.

The national archive's digitisation team scans historical records (census
returns, wills, court rolls) into an image store. A transcription service runs
each page through a handwriting recognition model we host, then sends the raw
text to a hosted LLM that normalises spelling and extracts index entries
(names, places, dates). Drafts of open records go to a volunteer site where
registered volunteers correct them; records under the 100-year privacy closure
stay internal. Archivists approve every transcription in a review console, and
a publication service copies approved open records into the public search index
behind the public search site, checking closure dates in the catalogue.
Controls today: volunteer sign-in and rate limits, staff SSO with MFA and RBAC,
archivist approval before publication, TLS, and a vetted LLM supplier.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Handwritten record transcription",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "HTR and LLM transcription and indexing of scanned historical records, corrected "
        "by volunteers and approved by archivists before publication."
    ),
)

# ---------------------------------------------------------------- data assets
scans = tg.Data(
    "Scanned record images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Page images of open and closed records; closed ones name people who may be alive.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
open_scans = tg.Data("Open record page images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
catalogue = tg.Data(
    "Catalogue entries and closure status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Record series metadata and the date each record opens.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
htr_text = tg.Data("Raw HTR text", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Transcription prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus the raw HTR text of one page.",
)
llm_output = tg.Data(
    "Normalised transcription and index entries",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
drafts = tg.Data(
    "Draft transcriptions",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Drafts and index entries for open and closed records.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
open_drafts = tg.Data(
    "Open record draft transcriptions", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
corrections = tg.Data("Volunteer corrections", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
volunteer_login = tg.Data(
    "Volunteer sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.PII
)
review_decision = tg.Data(
    "Archivist approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
approved = tg.Data(
    "Approved open transcriptions", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
published = tg.Data(
    "Published record transcriptions",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
search_query = tg.Data("Public search query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
search_results = tg.Data("Search results", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who register to correct transcriptions.
    volunteer = tm.add(tg.Actor("Volunteer transcriber", role="volunteer"))
    # Genealogists, historians and anyone else searching published records.
    researcher = tm.add(tg.Actor("Public researcher", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM under a government cloud framework contract.
    llm = tm.add(
        tg.LLM(
            "Transcription LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="government cloud framework due diligence")},
            description="Normalises spelling and abbreviations and extracts index entries.",
        )
    )

with tm.boundary("Archive public web", trust=tg.Trust.INTERNAL):
    # Site where volunteers view page images and correct open-record drafts.
    volunteer_site = tm.add(
        tg.Endpoint(
            "Volunteer transcription site",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Public search front end over published records.
    search_site = tm.add(
        tg.Endpoint(
            "Public record search site", purpose=tg.EndpointPurpose.API, internet_facing=True
        )
    )
    # Full-text and name index of published transcriptions.
    search_index = tm.add(tg.DataStore("Public search index", stores={published}))

with tm.boundary("Archive data centre", trust=tg.Trust.INTERNAL):
    # Master page images from the digitisation studio.
    image_store = tm.add(
        tg.DataStore(
            "Digitised image store",
            stores={scans},
            controls={c.EncryptionAtRest(key_management="storage array keys")},
        )
    )
    # Catalogue of record series, including closure periods.
    catalogue_db = tm.add(tg.DataStore("Archive catalogue", stores={catalogue}))
    # Runs HTR then the LLM on each page and writes drafts.
    orchestrator = tm.add(
        tg.Service(
            "Transcription service",
            description="Sends only open-record drafts to the volunteer queue.",
        )
    )
    # Handwriting recognition model fine-tuned on our own ground truth.
    htr = tm.add(
        tg.Model(
            "Handwriting recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights HTR model fine-tuned on archive ground-truth pages.",
        )
    )
    # Drafts, corrections and approval status for every page.
    transcription_db = tm.add(tg.DataStore("Transcription database", stores={drafts, corrections}))
    # Staff tool for reviewing and approving transcriptions.
    review_console = tm.add(
        tg.Service(
            "Archivist review console",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Copies approved open records to the public index.
    publisher = tm.add(
        tg.Service(
            "Publication service",
            description="Publishes only approved records whose closure date has passed.",
            controls={c.HumanInTheLoop(approver="archivist")},
        )
    )
    # Uploads page images from the scanning studio.
    digitisation = tm.add(tg.Actor("Digitisation team", role="archive staff"))
    # Checks and approves transcriptions, including closed records.
    archivist = tm.add(tg.Actor("Archivist", role="archivist"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# ingest and machine transcription
tm.flow(digitisation, image_store, scans, protocol="smb")
tm.flow(image_store, orchestrator, scans)
tm.flow(catalogue_db, orchestrator, catalogue)
tm.flow(orchestrator, htr, scans)
tm.flow(htr, orchestrator, htr_text)
tm.flow(orchestrator, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, llm_output, protocol="https", controls={tls})
tm.flow(orchestrator, transcription_db, drafts)

# volunteer correction (open records only)
tm.flow(volunteer, volunteer_site, volunteer_login, corrections, protocol="https", controls={tls})
tm.flow(volunteer_site, volunteer, open_drafts, open_scans, protocol="https", controls={tls})
tm.flow(transcription_db, volunteer_site, open_drafts)
tm.flow(image_store, volunteer_site, open_scans)
tm.flow(volunteer_site, transcription_db, corrections)

# archivist review
tm.flow(transcription_db, review_console, drafts, corrections)
tm.flow(review_console, archivist, drafts, corrections, protocol="https", controls={tls})
tm.flow(archivist, review_console, review_decision, protocol="https", controls={tls})
tm.flow(review_console, transcription_db, review_decision)
tm.flow(review_console, publisher, review_decision)

# publication and public search
tm.flow(transcription_db, publisher, approved)
tm.flow(catalogue_db, publisher, catalogue, label="closure check")
tm.flow(publisher, search_index, published)
tm.flow(researcher, search_site, search_query, protocol="https", controls={tls})
tm.flow(search_site, search_index, search_query)
tm.flow(search_index, search_site, search_results)
tm.flow(search_site, researcher, search_results, protocol="https", controls={tls})

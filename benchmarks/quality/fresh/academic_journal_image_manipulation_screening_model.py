"""Figure integrity screening: the first design, before any security review.

Authors submit manuscripts to our journals through the manuscript submission system.
After upload, a pipeline extracts every figure, and a screening service sends the
images to a detector that an image-forensics vendor hosts; the vendor compares them
within the paper and against its index of published figures, keeps fingerprints of
what we send, and returns a report of duplicated or manipulated regions with scores.
Flagged papers are put on an integrity hold and opened as cases for research
integrity editors, who review them in a console behind corporate SSO. Editors decide
every case themselves: they may write to the authors for raw images, or refer the
matter to the authors' institution, by e-mail through our mail provider. Authors
reply through the submission system. The publisher is based in the EU, so author
data is under GDPR; the vendor has been through our supplier review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Journal figure integrity screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Screens figures in submitted manuscripts for duplication and manipulation, "
        "and routes flagged papers to research integrity editors."
    ),
)

# ---------------------------------------------------------------- data assets
manuscript = tg.Data(
    "Manuscript files",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Unpublished text, figures and supplementary files.",
)
authors = tg.Data(
    "Author and affiliation details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses, ORCID iDs and institutions.",
)
figures = tg.Data("Extracted figure images", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
fingerprints = tg.Data(
    "Figure fingerprints", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
matches = tg.Data(
    "Matched published figures", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
report = tg.Data(
    "Image integrity report",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Duplicated or altered regions, their matches and a score per figure.",
)
case = tg.Data(
    "Integrity case file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="The report, the paper and the named authors under suspicion.",
)
hold = tg.Data("Integrity hold status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
decision = tg.Data("Integrity decision", kind="records", sensitivity=tg.Sensitivity.PII)
author_query = tg.Data("Query to authors", kind="documents", sensitivity=tg.Sensitivity.PII)
author_response = tg.Data(
    "Author response and raw images", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
referral = tg.Data("Institutional referral", kind="documents", sensitivity=tg.Sensitivity.PII)
institution_reply = tg.Data("Institution reply", kind="documents", sensitivity=tg.Sensitivity.PII)
status = tg.Data("Submission status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Submits the manuscript and answers integrity queries.
    author = tm.add(tg.Actor("Corresponding author", role="author"))
    # The authors' university or institute research integrity office.
    institution = tm.add(tg.Actor("Institution integrity office", role="institution"))

with tm.boundary("Detector vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor-hosted detector of duplicated and manipulated images.
    detector = tm.add(
        tg.Model(
            "Image manipulation detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.SupplierAssessment(note="security questionnaire and data processing agreement"),
                c.Authentication(method="per-publisher API key"),
            },
        )
    )
    # The vendor's index of figures from the published literature and prior screenings.
    reference_index = tm.add(
        tg.VectorStore("Vendor reference image index", stores={fingerprints, matches})
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Sends and receives the integrity team's e-mail.
    mail = tm.add(tg.ExternalService("E-mail service"))

with tm.boundary("Publisher cloud", trust=tg.Trust.INTERNAL):
    # Where authors submit and editors handle manuscripts.
    submission = tm.add(
        tg.Endpoint(
            "Manuscript submission system",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, or ORCID sign-in"),
                c.InputValidation(note="file type and size checks on upload"),
            },
        )
    )
    # Submitted files and author records.
    manuscript_store = tm.add(
        tg.DataStore(
            "Manuscript store",
            stores={manuscript, authors, author_response},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Pulls figures out of PDF and Word files.
    extraction = tm.add(
        tg.Pipeline(
            "Figure extraction pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Calls the vendor, opens cases and sets holds for flagged papers.
    screening = tm.add(tg.Service("Screening service", controls={c.SecretsManagement()}))
    # Open and closed integrity cases.
    case_store = tm.add(
        tg.DataStore(
            "Integrity case store",
            stores={case, report, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Where integrity editors review cases and send correspondence.
    console = tm.add(
        tg.Endpoint(
            "Research integrity console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="research integrity editor"),
            },
        )
    )

with tm.boundary("Editorial office", trust=tg.Trust.INTERNAL):
    # Investigates flagged papers and decides what happens to them.
    integrity_editor = tm.add(tg.Actor("Research integrity editor", role="editor"))
    # Runs peer review; sees only that a paper is on hold.
    handling_editor = tm.add(tg.Actor("Handling editor", role="editor"))

# ---------------------------------------------------------------- flows
# Submission
tm.flow(author, submission, manuscript, authors, protocol="https")
tm.flow(submission, author, status, protocol="https")
tm.flow(submission, manuscript_store, manuscript, authors)
tm.flow(manuscript_store, submission, manuscript, authors)
tm.flow(submission, handling_editor, manuscript, hold, protocol="https")

# Screening
tm.flow(manuscript_store, extraction, manuscript)
tm.flow(extraction, screening, figures)
tm.flow(screening, detector, figures, protocol="https")
tm.flow(detector, reference_index, fingerprints, label="query and add")
tm.flow(reference_index, detector, matches)
tm.flow(detector, screening, report, protocol="https")
tm.flow(screening, case_store, case, report)
tm.flow(screening, submission, hold, label="hold flagged papers")

# Investigation
tm.flow(case_store, console, case, report)
tm.flow(manuscript_store, console, manuscript, authors, author_response)
tm.flow(console, integrity_editor, case, report, author_response, protocol="https")
tm.flow(integrity_editor, console, decision, author_query, referral, protocol="https")
tm.flow(console, case_store, decision)
tm.flow(console, submission, decision, label="release hold or reject")

# Correspondence
tm.flow(console, mail, author_query, referral, protocol="smtp+starttls")
tm.flow(mail, author, author_query, protocol="smtp+starttls")
tm.flow(mail, institution, referral, protocol="smtp+starttls")
tm.flow(institution, mail, institution_reply, protocol="smtp+starttls")
tm.flow(mail, console, institution_reply, protocol="smtp+starttls")
tm.flow(author, submission, author_response, protocol="https")
tm.flow(submission, manuscript_store, author_response)

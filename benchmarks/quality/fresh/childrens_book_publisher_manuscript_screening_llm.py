"""Manuscript screening for a children's book publisher: the first design.

The publisher accepts unsolicited picture-book, early-reader and middle-grade
manuscripts through a public submissions portal on its website. Authors upload a
manuscript (PDF or DOCX) with a cover letter and their contact details; the
portal acknowledges each submission by e-mail. A conversion worker turns the file
into plain text, and a screening service sends the text, the cover letter and
the house list guidelines to a hosted LLM, which rates fit with the list and
writing quality and drafts a reader report. Acquisitions editors read the draft
reports in an editorial dashboard, open the manuscripts they want, and send every
reply to an author themselves: nothing is declined or requested automatically.
Everything runs in the publisher's cloud tenancy. Controls in this design: file
type and size checks and a per-IP limit on the portal, SSO with 2-step
verification for editors, provider-managed encryption of the manuscript bucket,
TLS on every link, and a vendor review of the LLM provider's data terms.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Children's book manuscript screening",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "An LLM screens unsolicited children's manuscripts for fit and quality and "
        "drafts reader reports; editors make every decision."
    ),
)

# ---------------------------------------------------------------- data assets
manuscript = tg.Data(
    "Submitted manuscript",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Unpublished work, the author's copyright; PDF or DOCX as uploaded.",
)
cover_letter = tg.Data(
    "Cover letter and synopsis",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Author's pitch, short biography and synopsis.",
)
author_details = tg.Data(
    "Author contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, postal address, agent (if any).",
)
manuscript_text = tg.Data(
    "Extracted manuscript text",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
acknowledgement = tg.Data(
    "Submission acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII
)
guidelines = tg.Data(
    "List guidelines and prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Age bands, word counts, themes the list wants or avoids, report template.",
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Guidelines, cover letter and manuscript text.",
)
assessment = tg.Data(
    "LLM assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fit and quality ratings with a drafted reader report.",
)
reader_report = tg.Data(
    "Draft reader report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The assessment filed against the submission and author.",
)
editor_decision = tg.Data(
    "Editorial decision and notes", kind="records", sensitivity=tg.Sensitivity.PII
)
decision_letter = tg.Data(
    "Decision letter to author", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can submit: aspiring authors, agents, and people sending junk.
    author = tm.add(tg.Actor("Submitting author", role="unsolicited author"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads manuscripts and drafts the reports.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model on the vendor's enterprise API.",
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on inputs, 30-day abuse retention"
                )
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for acknowledgements and decision letters.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Publisher cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public form authors upload to.
    portal = tm.add(
        tg.Endpoint(
            "Submissions portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.InputValidation(note="PDF or DOCX only, 10 MB maximum"),
                c.RateLimiting(requests_per_minute=10, note="per IP, at the CDN"),
            },
        )
    )
    # Holds every submission until an editor has answered it.
    manuscript_store = tm.add(
        tg.DataStore(
            "Manuscript bucket",
            stores={manuscript, cover_letter, author_details, manuscript_text},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Turns uploaded files into plain text for the model.
    converter = tm.add(
        tg.Service(
            "Document conversion worker",
            description="Parses PDF and DOCX files with open-source libraries.",
        )
    )
    # Builds the prompt, calls the LLM, files the draft report.
    screener = tm.add(
        tg.Service(
            "Screening service",
            description="Runs once per new submission.",
            controls={
                c.HumanInTheLoop(
                    approver="acquisitions editor",
                    note="reports are drafts; an editor sends every reply to an author",
                )
            },
        )
    )
    # What the list is looking for, maintained by the managing editor.
    guideline_store = tm.add(tg.DataStore("List guidelines store", stores={guidelines}))
    # Draft reports and editors' decisions per submission.
    report_db = tm.add(
        tg.DataStore("Reader report database", stores={reader_report, editor_decision})
    )
    # Where editors work through the screened submissions.
    dashboard = tm.add(
        tg.Endpoint(
            "Editorial dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO with 2-step verification")},
        )
    )

with tm.boundary("Publisher offices", trust=tg.Trust.INTERNAL):
    # Reads reports and manuscripts, decides and replies.
    editor = tm.add(tg.Actor("Acquisitions editor", role="editor"))
    # Owns the list guidelines and the prompt template.
    managing_editor = tm.add(tg.Actor("Managing editor", role="managing editor", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(author, portal, manuscript, cover_letter, author_details, protocol="https")
tm.flow(portal, author, acknowledgement, protocol="https", label="on-screen confirmation")
tm.flow(portal, manuscript_store, manuscript, cover_letter, author_details)
tm.flow(portal, mailer, acknowledgement, protocol="https")
tm.flow(mailer, author, acknowledgement, protocol="smtp+starttls")

tm.flow(manuscript_store, converter, manuscript)
tm.flow(converter, manuscript_store, manuscript_text)

tm.flow(manuscript_store, screener, manuscript_text, cover_letter)
tm.flow(guideline_store, screener, guidelines)
tm.flow(screener, llm, screening_prompt, protocol="https")
tm.flow(llm, screener, assessment, protocol="https")
tm.flow(screener, report_db, reader_report)

tm.flow(report_db, dashboard, reader_report, editor_decision)
tm.flow(dashboard, report_db, editor_decision)
tm.flow(manuscript_store, dashboard, manuscript, cover_letter, author_details)
tm.flow(dashboard, editor, reader_report, manuscript, cover_letter, protocol="https")
tm.flow(editor, dashboard, editor_decision, protocol="https")
tm.flow(dashboard, mailer, decision_letter, protocol="https")
tm.flow(mailer, author, decision_letter, protocol="smtp+starttls")

tm.flow(managing_editor, dashboard, guidelines, protocol="https", label="edits guidelines")
tm.flow(dashboard, guideline_store, guidelines)

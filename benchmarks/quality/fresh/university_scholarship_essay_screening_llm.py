"""Scholarship essay screening: the first design, before any security review.

A European foundation funds university scholarships. Applicants create an account
on the public application portal (e-mail and password) and upload a motivation
essay, their academic transcripts and a short form about their circumstances.
A screening service extracts the text, combines each essay with the programme's
criteria and asks a hosted LLM to summarise it and rate it from 1 to 5 per
criterion. The summaries and ratings sit beside the originals in the application
database. A panel of volunteer reviewers (academics and alumni, signing in through
the foundation's identity provider) reads them in a reviewer dashboard, shortlists
candidates and decides; the panel, not the model, takes every decision. Programme
officers maintain the criteria and send decision e-mails through a mail provider.
Everything runs in the foundation's cloud tenancy; uploads are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Scholarship essay screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries and ratings of scholarship essays for a human review panel.",
)

# ---------------------------------------------------------------- data assets
application_form = tg.Data(
    "Application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, university, field of study, financial circumstances.",
)
essay = tg.Data("Motivation essay", kind="documents", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data(
    "Academic transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
extracted_text = tg.Data(
    "Extracted essay and transcript text", kind="documents", sensitivity=tg.Sensitivity.PII
)
criteria = tg.Data(
    "Scoring criteria and prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
screening_prompt = tg.Data("Screening prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_rating = tg.Data(
    "Essay summary and rating",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
applicant_records = tg.Data(
    "Applicant records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
shortlist = tg.Data("Shortlist votes and decisions", kind="records", sensitivity=tg.Sensitivity.PII)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
decision_mail = tg.Data("Decision e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data("Reviewer sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone may register and apply; the portal is open during the call for applications.
    applicant = tm.add(tg.Actor("Applicant", role="scholarship applicant"))

with tm.boundary("Reviewer devices", trust=tg.Trust.PARTNER):
    # Volunteer panel members use their own laptops, outside the foundation's network.
    reviewer = tm.add(tg.Actor("Panel reviewer", role="volunteer reviewer"))

with tm.boundary("Foundation office", trust=tg.Trust.INTERNAL):
    # Staff who run the programme: they own the criteria and send out decisions.
    officer = tm.add(tg.Actor("Programme officer", role="programme staff", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model does the summarising and rating.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Summarises each essay and rates it 1-5 per criterion.",
            controls={c.SupplierAssessment(note="DPA signed; vendor does not train on our data")},
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Reviewers are not employees; they get guest accounts in the foundation's IdP.
    idp = tm.add(
        tg.ExternalService("Identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )
    # Transactional e-mail for status changes and final decisions.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Foundation cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public face of the programme: registration, upload and status page.
    portal = tm.add(
        tg.Endpoint(
            "Application portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Turns uploaded PDFs and scans into plain text for the screening step.
    extractor = tm.add(tg.Service("Text extraction service", description="PDF parsing and OCR."))
    # Builds the prompt from criteria plus essay, calls the LLM, parses and stores the rating.
    screener = tm.add(tg.Service("Screening orchestrator"))
    # Where the panel reads summaries, ratings and originals and records its shortlist.
    dashboard = tm.add(
        tg.Endpoint(
            "Reviewer dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC via the foundation IdP"),
                c.RBAC(note="reviewers see only the applications of their panel"),
                c.HumanInTheLoop(approver="the review panel"),
            },
        )
    )

    with tm.boundary("Applicant data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the uploaded essays and transcripts.
        documents = tm.add(
            tg.DataStore(
                "Document store",
                stores={essay, transcript},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Forms, LLM summaries and ratings, panel votes and outcomes.
        app_db = tm.add(
            tg.DataStore(
                "Application database",
                stores={applicant_records, application_form, llm_rating, shortlist},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Versioned criteria and the prompt template the screener uses.
        rubric = tm.add(tg.DataStore("Criteria store", stores={criteria}))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application_form, essay, transcript, protocol="https")
tm.flow(portal, applicant, status, protocol="https")
tm.flow(portal, documents, essay, transcript)
tm.flow(portal, app_db, application_form)
tm.flow(app_db, portal, status)

tm.flow(documents, extractor, essay, transcript)
tm.flow(extractor, screener, extracted_text)
tm.flow(rubric, screener, criteria)
tm.flow(screener, llm, screening_prompt, protocol="https")
tm.flow(llm, screener, llm_rating, protocol="https")
tm.flow(screener, app_db, llm_rating)

tm.flow(reviewer, idp, sign_in, protocol="https", label="sign in")
tm.flow(idp, dashboard, sign_in, protocol="https", label="OIDC token")
tm.flow(app_db, dashboard, applicant_records, llm_rating)
tm.flow(documents, dashboard, essay, transcript)
tm.flow(dashboard, reviewer, applicant_records, llm_rating, essay, transcript, protocol="https")
tm.flow(reviewer, dashboard, shortlist, protocol="https")
tm.flow(dashboard, app_db, shortlist)

tm.flow(officer, rubric, criteria, protocol="https", label="edits criteria")
tm.flow(officer, dashboard, shortlist, protocol="https", label="records final decisions")
tm.flow(app_db, mailer, decision_mail, protocol="https")
tm.flow(mailer, applicant, decision_mail, protocol="smtp+starttls")

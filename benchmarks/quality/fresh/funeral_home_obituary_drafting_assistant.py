"""Funeral home obituary drafting assistant: the first design, before any security review.

A UK funeral home group (a dozen branches) wants arrangers to spend less time
typing obituaries. During the arrangement meeting an arranger records notes about
the deceased (life story, surviving family, service details) in the group's
arrangement web app, and families add photos. A drafting service sends the notes
and photos to a hosted multimodal LLM, which drafts the obituary text and the
order-of-service programme. The family gets an e-mail with a private link to an
approval page, where they read the draft, comment and approve it. Only approved
text is pushed to the obituary pages of the group's website (run by a web agency)
and e-mailed to local newspapers' notice desks. Staff sign in with Microsoft 365
SSO and MFA; the family page relies on the unguessable link. The app runs in the
group's cloud subscription, with storage encrypted by the platform's keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Funeral home obituary drafting assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM drafts obituaries and service programmes; families approve before publication.",
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Arrangement interview notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Life story, names and relationships of surviving family, service date and venue.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
photos = tg.Data("Family photos", kind="media", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="House style instructions, the interview notes and selected photos.",
)
completion = tg.Data("LLM draft completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft obituary and programme",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval_link = tg.Data(
    "Private approval link",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A URL with a random token, one per funeral case.",
)
family_feedback = tg.Data(
    "Family comments and approval", kind="feedback", sensitivity=tg.Sensitivity.PII
)
published = tg.Data(
    "Approved obituary notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The bereaved family's contact person, on their own phone or computer.
    family = tm.add(tg.Actor("Family contact", role="bereaved family member"))

with tm.boundary("Branch offices", trust=tg.Trust.INTERNAL):
    # Funeral arrangers interview the family and manage each case.
    arranger = tm.add(tg.Actor("Funeral arranger", role="branch staff"))

with tm.boundary("Group cloud subscription", trust=tg.Trust.INTERNAL):
    # Staff-facing web app where cases, notes and drafts are managed.
    arrangement_app = tm.add(
        tg.Service(
            "Arrangement web app",
            description="Case management for arrangers; starts drafting and sends approval links.",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(note="arrangers see their branch's cases"),
            },
        )
    )
    # Holds each case's notes, drafts and approval state.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={notes, draft, family_feedback, approval_link},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Blob container for the photos families and staff upload.
    photo_store = tm.add(
        tg.DataStore(
            "Photo storage",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Builds the prompt from notes and photos and calls the LLM.
    drafting = tm.add(
        tg.Service(
            "Drafting service",
            description="Assembles the house-style prompt, calls the LLM, saves the draft.",
        )
    )
    # Public page the family reaches through the private link.
    approval_portal = tm.add(
        tg.Endpoint(
            "Family approval page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Shows the draft, takes comments, photo uploads and the final approval.",
            controls={c.Authentication(method="unguessable private link sent by e-mail")},
        )
    )
    # Pushes approved notices out once the family and arranger have signed off.
    publisher = tm.add(
        tg.Service(
            "Publishing service",
            controls={
                c.HumanInTheLoop(
                    approver="the family contact, then the arranger",
                    note="nothing is published until the family approves on the page",
                )
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that writes the drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's business API.",
            controls={
                c.SupplierAssessment(note="business API terms: prompts not used for training")
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for approval links and newspaper submissions.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Web agency hosting", trust=tg.Trust.PARTNER):
    # The group's public website with its obituary pages, run by an agency.
    website = tm.add(tg.ExternalService("Funeral home website CMS"))

with tm.boundary("Newspapers", trust=tg.Trust.PARTNER):
    # Local papers' family-notices desks, which take notices by e-mail.
    newspaper = tm.add(tg.ExternalService("Newspaper notices desk"))

# ---------------------------------------------------------------- flows
tm.flow(arranger, arrangement_app, notes, photos, protocol="https", label="records interview")
tm.flow(arrangement_app, arranger, draft, protocol="https", label="reviews draft")
tm.flow(arrangement_app, case_db, notes)
tm.flow(case_db, arrangement_app, notes, draft, family_feedback)
tm.flow(arrangement_app, photo_store, photos)

tm.flow(arrangement_app, drafting, notes, label="draft request")
tm.flow(photo_store, drafting, photos)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, completion, protocol="https")
tm.flow(drafting, case_db, draft)

tm.flow(arrangement_app, mailer, approval_link, protocol="https")
tm.flow(mailer, family, approval_link, protocol="smtp")
tm.flow(family, approval_portal, approval_link, family_feedback, photos, protocol="https")
tm.flow(approval_portal, family, draft, protocol="https")
tm.flow(case_db, approval_portal, draft)
tm.flow(approval_portal, case_db, family_feedback)
tm.flow(approval_portal, photo_store, photos)

tm.flow(case_db, publisher, published, label="approved notices")
tm.flow(publisher, website, published, protocol="https")
tm.flow(publisher, mailer, published, protocol="https")
tm.flow(mailer, newspaper, published, protocol="smtp")

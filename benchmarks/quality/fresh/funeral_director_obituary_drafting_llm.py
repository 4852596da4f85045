"""Obituary and service-booklet drafting for a family-run funeral director: first design.

An arranger meets the bereaved family and types notes about the person who has died
(life story, family names, wishes for the service) into the funeral management
system, a hosted SaaS package the firm already uses for arrangements. A small
drafting app, built for us by a local IT contractor and run in our cloud tenancy,
pulls those notes, sends them with a house-style prompt to a hosted LLM, and saves
the draft obituary and booklet text back to the funeral management system. The
arranger edits the draft, then the app e-mails the family contact a link to a review
page where they correct and approve the text and upload photos for the booklet.
Only approved text goes out: the notice is e-mailed to local newspapers' notice
desks, and the booklet PDF is uploaded to the local print shop. Staff sign in to the
app with their Microsoft 365 accounts; the family's link is a long random token; the
LLM vendor's business plan was checked for no training on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Funeral director obituary drafting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM drafts of obituaries and service booklets, approved by the family before publication.",
)

# ---------------------------------------------------------------- data assets
family_notes = tg.Data(
    "Family arrangement notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Life story, relatives' names, cause and place of death, service wishes.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
family_contact = tg.Data("Family contact details", kind="records", sensitivity=tg.Sensitivity.PII)
style_guide = tg.Data(
    "House style and booklet templates", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="House-style instructions plus the family notes for one funeral.",
)
llm_draft = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft obituary and booklet text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
arranger_edits = tg.Data("Arranger edits", kind="documents", sensitivity=tg.Sensitivity.PII)
review_link = tg.Data(
    "Review link e-mail",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="E-mail to the family contact with a link carrying a random review token.",
)
family_approval = tg.Data(
    "Family corrections and approval", kind="records", sensitivity=tg.Sensitivity.PII
)
family_photos = tg.Data(
    "Family photos for the booklet", kind="media", sensitivity=tg.Sensitivity.PII
)
approved_notice = tg.Data(
    "Approved death notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Names, funeral date, time and venue; public once printed.",
)
booklet_pdf = tg.Data(
    "Approved service booklet PDF", kind="documents", sensitivity=tg.Sensitivity.PII
)
newspaper_proof = tg.Data(
    "Notice proof and invoice", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The next of kin (or whoever the family nominates) who reviews and approves the text.
    family = tm.add(tg.Actor("Bereaved family contact", role="family contact"))
    # Local newspapers take notices by e-mail; we do not control their systems.
    newspapers = tm.add(
        tg.ExternalService(
            "Newspaper notice desks",
            description="Classified/notices desks of three local papers, reached by e-mail.",
        )
    )
    # Prints the service booklets from a PDF uploaded to its web order form.
    print_shop = tm.add(tg.ExternalService("Local print shop"))

with tm.boundary("Funeral home office", trust=tg.Trust.INTERNAL):
    # Takes the arrangement notes with the family and edits the drafts.
    arranger = tm.add(tg.Actor("Funeral arranger", role="arranger"))

with tm.boundary("FMS vendor cloud", trust=tg.Trust.PARTNER):
    # The funeral management SaaS the firm already runs its arrangements in; system of record.
    fms = tm.add(
        tg.DataStore(
            "Funeral management system",
            stores={family_notes, family_contact, draft},
            controls={
                c.Authentication(method="vendor username and password"),
                c.EncryptionAtRest(key_management="vendor-managed"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the first draft.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="business plan terms: no training on inputs")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service used to send review links and notices.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # The contractor-built web app: pulls notes, prompts the LLM, manages review and sending.
    drafting_app = tm.add(
        tg.Service(
            "Obituary drafting app",
            controls={
                c.Authentication(method="Microsoft 365 sign-in"),
                c.HumanInTheLoop(approver="the family contact, then the arranger"),
            },
        )
    )
    # House style, example obituaries and booklet layouts the prompt is built from.
    templates = tm.add(tg.DataStore("Style guide and template store", stores={style_guide}))
    # Public page the family opens from the e-mailed link to read, correct and approve.
    review_portal = tm.add(
        tg.Endpoint(
            "Family review page",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="random token in the e-mailed link")},
        )
    )
    # Review tokens, family corrections, approval state and uploaded photos.
    review_db = tm.add(
        tg.DataStore(
            "Review database",
            stores={review_link, family_approval, family_photos, draft},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )

# ---------------------------------------------------------------- flows
# taking the arrangement and drafting
tm.flow(
    arranger, fms, family_notes, family_contact, protocol="https", label="arrangement meeting notes"
)
tm.flow(fms, drafting_app, family_notes, family_contact, protocol="https", label="vendor API pull")
tm.flow(templates, drafting_app, style_guide)
tm.flow(drafting_app, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafting_app, llm_draft, protocol="https")
tm.flow(drafting_app, fms, draft, protocol="https", label="save draft")
tm.flow(drafting_app, arranger, draft, protocol="https")
tm.flow(arranger, drafting_app, arranger_edits, protocol="https")

# family review and approval
tm.flow(drafting_app, review_db, review_link, draft)
tm.flow(drafting_app, mailer, review_link, protocol="https")
tm.flow(mailer, family, review_link, protocol="smtp")
tm.flow(family, review_portal, family_approval, family_photos, protocol="https")
tm.flow(review_portal, family, draft, protocol="https")
tm.flow(review_db, review_portal, draft, review_link)
tm.flow(review_portal, review_db, family_approval, family_photos)
tm.flow(review_db, drafting_app, family_approval, family_photos)

# publication after approval
tm.flow(drafting_app, mailer, approved_notice, protocol="https")
tm.flow(mailer, newspapers, approved_notice, protocol="smtp")
tm.flow(newspapers, arranger, newspaper_proof, protocol="smtp")
tm.flow(drafting_app, print_shop, booklet_pdf, protocol="https", label="upload to print order form")

"""Restoration quote assistant for a stained glass studio: the first design.

Churchwardens and church architects send the studio photos of damaged windows and
condition notes (often an extract of the quinquennial inspection) through an enquiry
form on the studio's website. A drafting service in the studio's small cloud tenancy
sends the photos, the notes, the window's listing description from the National
Heritage List and the studio's rate card and past method statements to a hosted
multimodal LLM, which drafts a conservation method statement and a priced quote.
The lead conservator reads every draft in a review web app, corrects it and approves
it; only approved quotes are e-mailed to the church through the studio's mail provider.
Controls in this design: file type and size checks on the upload form, provider-managed
encryption of the uploads bucket, Microsoft 365 sign-in with MFA on the review app, and
the conservator's approval of every quote. The studio is in the UK and holds the
contact details of church officers, so GDPR applies.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Stained glass restoration quote assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts method statements and quotes for window restoration from "
    "churches' photos and condition notes, for a conservator to approve.",
)

# ---------------------------------------------------------------- data assets
contact = tg.Data(
    "Church contact details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, role, e-mail and phone of the churchwarden or architect, and the church's address.",
)
photos = tg.Data(
    "Window photos",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Photos of the damaged panels, inside and out, taken by the church.",
)
notes = tg.Data(
    "Condition notes",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Free-text description of the damage, or an extract of the inspection report.",
)
listing = tg.Data(
    "Listed building description", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
rate_card = tg.Data(
    "Studio rate card",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Day rates, glass and lead prices, scaffolding and access allowances.",
)
past_statements = tg.Data(
    "Past method statements", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, the photos, the notes, the listing text, rates and two similar past statements.",
)
draft = tg.Data(
    "Draft method statement and quote", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
edits = tg.Data(
    "Conservator edits and approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
approved = tg.Data(
    "Approved method statement and quote",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
)
ack = tg.Data("Enquiry acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Whoever fills in the enquiry form: usually a churchwarden, but the form is public.
    church = tm.add(tg.Actor("Church contact", role="churchwarden or church architect"))
    # Historic England's public listing text, fetched to describe the building in the statement.
    heritage_list = tm.add(
        tg.DataSource(
            "National Heritage List",
            origin=tg.Origin.PUBLIC_WEB,
            provides={listing},
            description="Public list entry for the church, looked up by list entry number.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads the photos and writes the draft; we call it by API key.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and text model behind the vendor's API.",
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The studio's business mail service, used to send the approved quote.
    mail = tm.add(tg.ExternalService("Studio mail service", provides="generic"))

with tm.boundary("Studio cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public form on the studio website where churches send photos and notes.
    form = tm.add(
        tg.Endpoint(
            "Enquiry upload form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.InputValidation(
                    note="JPEG, PNG or HEIC only, 20 MB each, at most 30 photos; notes up to 5,000 characters"
                )
            },
        )
    )
    # Object storage bucket holding each enquiry's photos, notes and contact details.
    uploads = tm.add(
        tg.DataStore(
            "Enquiry uploads bucket",
            stores={photos, notes, contact},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Runs on each new enquiry: builds the prompt, calls the LLM, saves the draft.
    drafter = tm.add(
        tg.Service(
            "Quote drafting service",
            description="Assembles the photos, notes, listing text, rate card and similar past "
            "statements into one prompt and stores the LLM's draft for review.",
        )
    )
    # The studio's own reference material the drafts are priced and worded from.
    library = tm.add(
        tg.DataStore("Rate card and method statement library", stores={rate_card, past_statements})
    )
    # Drafts waiting for the conservator, and the approved versions.
    drafts = tm.add(tg.DataStore("Draft quotes store", stores={draft, approved, contact}))
    # Where the conservator reads, edits and approves drafts, from the studio or on site.
    review = tm.add(
        tg.Endpoint(
            "Quote review app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="Microsoft 365 sign-in with MFA"),
                tg.controls.HumanInTheLoop(
                    approver="the lead conservator",
                    note="every quote is approved before it is sent",
                ),
            },
        )
    )

with tm.boundary("Studio workshop", trust=tg.Trust.INTERNAL):
    # Accredited conservator who signs off the method statement and the price.
    conservator = tm.add(tg.Actor("Lead conservator", role="conservator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(church, form, photos, notes, contact, protocol="https", label="enquiry")
tm.flow(form, church, ack, protocol="https")
tm.flow(form, uploads, photos, notes, contact)

tm.flow(uploads, drafter, photos, notes)
tm.flow(heritage_list, drafter, listing, protocol="https")
tm.flow(library, drafter, rate_card, past_statements)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, drafts, draft)
tm.flow(uploads, drafts, contact, label="copied with the draft")

tm.flow(drafts, review, draft, contact)
tm.flow(uploads, review, photos, notes, label="shown beside the draft")
tm.flow(conservator, review, edits, rate_card, protocol="https")
tm.flow(review, conservator, draft, photos, notes, protocol="https")
tm.flow(review, drafts, approved)
tm.flow(review, library, rate_card, label="rate card updates")

tm.flow(review, mail, approved, contact, protocol="https")
tm.flow(mail, church, approved, protocol="smtp+starttls")

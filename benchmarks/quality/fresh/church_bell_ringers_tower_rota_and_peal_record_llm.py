"""Diocesan bell ringers' association: tower rotas, visiting band bookings and peal records.

The association runs a small web portal for the towers in the diocese. Tower
captains sign in with an e-mail address and password to keep their practice rotas
and ringer contact lists, to accept or decline requests from visiting bands, and to
keep the current key safe code for their tower. Visiting band organisers fill in a
public booking form; once the captain accepts, the booking service e-mails the
organiser a confirmation that includes the tower's access code for that visit.
Captains also upload their notes and photos after a peal or quarter peal; a drafting
service sends them to a hosted multimodal LLM, which drafts the peal record and a
newsletter item. The ringing secretary (who also edits the newsletter) reviews and
corrects every draft in the portal before submitting the peal record to BellBoard.
Everything runs on one managed cloud host; traffic is HTTPS, the portal has
role-based access, and the access code table is encrypted at rest by the host.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bell ringers' tower rota and peal record assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Volunteer-run portal for tower rotas and visiting band bookings, with an LLM "
        "drafting peal records and newsletter items from captains' notes and photos."
    ),
)

# ---------------------------------------------------------------- data assets
rota = tg.Data(
    "Practice rota and ringer contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who rings at which practice, with ringers' names, phone numbers and e-mails.",
)
booking_request = tg.Data(
    "Visiting band booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Organiser's name, e-mail, phone, proposed date and band size.",
)
booking_decision = tg.Data("Captain's booking decision", kind="records")
bookings = tg.Data("Tower bookings", kind="records", sensitivity=tg.Sensitivity.PII)
access_code = tg.Data(
    "Tower key safe code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The code of the key safe holding the tower door and ringing chamber keys.",
)
confirmation = tg.Data(
    "Booking confirmation with access code",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
)
notes = tg.Data(
    "Captain's peal notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Method, composition, ringers' names per bell, conductor, footnotes.",
)
photos = tg.Data("Peal band photos", kind="media", sensitivity=tg.Sensitivity.PII)
draft_request = tg.Data("Draft request", kind="records")
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the captain's notes and the photos.",
)
drafts = tg.Data(
    "Draft peal record and newsletter item", kind="model-output", sensitivity=tg.Sensitivity.PII
)
approved = tg.Data("Approved peal record and newsletter item", kind="documents")
peal_record = tg.Data("Published peal record", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers who run each tower's practices; they sign in from home.
    captain = tm.add(tg.Actor("Tower captain", role="tower captain"))
    # Anyone planning a ringing outing can ask to visit a tower.
    organiser = tm.add(tg.Actor("Visiting band organiser", role="public"))
    # Association officer who administers accounts and edits the newsletter.
    secretary = tm.add(
        tg.Actor("Ringing secretary", role="secretary and newsletter editor", privileged=True)
    )
    # The national online peal record site the association submits to.
    bellboard = tm.add(
        tg.ExternalService(
            "BellBoard",
            description="Public online database of peal and quarter peal records.",
        )
    )

with tm.boundary("Association cloud host", trust=tg.Trust.INTERNAL):
    # Single web application: captain and secretary sign-in, plus the public booking form.
    portal = tm.add(
        tg.Endpoint(
            "Association web portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="captains see their own tower; the secretary sees all"),
            },
        )
    )
    # Keeps rotas and bookings, and sends the confirmation once a captain accepts.
    booking_svc = tm.add(
        tg.Service(
            "Rota and booking service",
            controls={
                c.HumanInTheLoop(
                    approver="the tower captain",
                    note="the code is e-mailed only after the captain accepts the booking",
                )
            },
        )
    )
    # Builds the prompt from notes and photos and calls the hosted LLM.
    drafting = tm.add(
        tg.Service(
            "Peal record drafting service",
            controls={
                c.HumanInTheLoop(
                    approver="the ringing secretary",
                    note="every draft is reviewed and corrected before it is published",
                )
            },
        )
    )

    with tm.boundary("Database tier", trust=tg.Trust.RESTRICTED):
        # Rotas, ringer contacts and bookings for every tower.
        rota_db = tm.add(tg.DataStore("Rota and booking database", stores={rota, bookings}))
        # Current key safe code of each tower, for visiting bands.
        code_store = tm.add(
            tg.DataStore(
                "Tower access code table",
                stores={access_code},
                controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
            )
        )
        # Uploaded notes and photos, kept as the source for drafts.
        uploads = tm.add(tg.DataStore("Notes and photo storage", stores={notes, photos}))
        # Drafts waiting for review, and the approved versions.
        draft_store = tm.add(tg.DataStore("Draft store", stores={drafts, approved}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose multimodal model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service used to send booking confirmations.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# captains keep rotas, decide bookings, set codes and upload notes
tm.flow(captain, portal, rota, protocol="https", label="rota updates")
tm.flow(captain, portal, booking_decision, protocol="https", label="accept or decline")
tm.flow(captain, portal, access_code, protocol="https", label="code changes")
tm.flow(captain, portal, notes, photos, protocol="https", label="peal upload")
tm.flow(captain, portal, draft_request, protocol="https", label="draft peal record")
tm.flow(portal, captain, rota, bookings, protocol="https")

# visiting bands
tm.flow(organiser, portal, booking_request, protocol="https", label="booking form")
tm.flow(portal, organiser, bookings, protocol="https", label="request received")

# rota and booking service
tm.flow(portal, booking_svc, rota, booking_request, booking_decision, access_code)
tm.flow(booking_svc, portal, rota, bookings)
tm.flow(booking_svc, rota_db, rota, bookings)
tm.flow(rota_db, booking_svc, rota, bookings)
tm.flow(booking_svc, code_store, access_code, label="code changes")
tm.flow(code_store, booking_svc, access_code, label="code for accepted visit")
tm.flow(booking_svc, mailer, confirmation, protocol="https")
tm.flow(mailer, organiser, confirmation, protocol="smtp", label="confirmation e-mail")

# drafting peal records and newsletter items
tm.flow(portal, uploads, notes, photos)
tm.flow(portal, drafting, draft_request)
tm.flow(uploads, drafting, notes, photos)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, drafts, protocol="https")
tm.flow(drafting, draft_store, drafts)

# review and publication
tm.flow(draft_store, portal, drafts)
tm.flow(portal, secretary, drafts, protocol="https", label="review queue")
tm.flow(secretary, portal, approved, protocol="https", label="edits and approval")
tm.flow(portal, draft_store, approved)
tm.flow(secretary, bellboard, peal_record, protocol="https", label="submits peal record")

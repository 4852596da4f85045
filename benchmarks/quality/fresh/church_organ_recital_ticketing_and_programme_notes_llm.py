"""Cathedral organ recitals: ticketing and LLM-drafted programme notes, before any review.

The cathedral's music office runs a summer series of organ recitals. Audiences buy
tickets on the cathedral's ticketing website: they pick seats on a nave seat map, sign
in or check out as a guest, and pay on the payment provider's hosted checkout page; the
provider calls back with a payment confirmation and an e-mail service sends the e-ticket.
Each visiting organist uploads a repertoire list through a link the office sends them.
A notes service builds a prompt from the list and past programme notes in the archive
and asks a hosted LLM for draft programme notes; music office staff edit every draft in
the admin portal, which they sign in to with their Microsoft 365 accounts and MFA, and
only then publish it on the recital page and in the printed programme. The site runs
on a managed cloud platform with TLS throughout and an encrypted booking database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cathedral organ recital ticketing and programme notes",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Online seat booking for organ recitals, with LLM-drafted programme notes.",
)

# ---------------------------------------------------------------- data assets
seat_plan = tg.Data("Seat plan and availability", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
booking = tg.Data(
    "Ticket booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, seats chosen, access needs.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
audience_accounts = tg.Data(
    "Audience accounts",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail addresses and password hashes of returning audience members.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
e_ticket = tg.Data("E-ticket", kind="documents", sensitivity=tg.Sensitivity.PII)
repertoire = tg.Data(
    "Repertoire list",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Works, composers and the organist's own remarks, as a Word or PDF file.",
)
past_notes = tg.Data("Past programme notes", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
notes_prompt = tg.Data("Programme notes prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
draft_notes = tg.Data(
    "Draft programme notes", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
published_notes = tg.Data(
    "Published programme notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can book; most are regulars, many check out as guests.
    audience = tm.add(tg.Actor("Audience member", role="ticket buyer"))
    # Visiting organists from other cathedrals and abroad.
    organist = tm.add(tg.Actor("Visiting organist", role="performer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout keeps card numbers off our servers.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout page; signals each completed payment by webhook.",
        )
    )

with tm.boundary("E-mail service", trust=tg.Trust.PARTNER):
    # Sends booking confirmations with the e-ticket attached.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model used through the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Cathedral cloud platform", trust=tg.Trust.INTERNAL):
    # Public recital pages, seat map, basket and account sign-in.
    ticketing = tm.add(
        tg.Endpoint(
            "Ticketing website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password, or guest checkout"),
                c.InputValidation(),
            },
        )
    )
    # Staff back office: recitals, seat plans, bookings, notes editing, repertoire uploads.
    admin = tm.add(
        tg.Endpoint(
            "Music office admin portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA"), c.RBAC()},
            description="Organists upload repertoire lists through a per-recital upload link.",
        )
    )
    # Bookings, seat holds and audience accounts.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, seat_plan, audience_accounts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the prompt and calls the LLM for a first draft.
    notes_service = tm.add(
        tg.Service(
            "Programme notes drafter",
            description="Combines the repertoire list with past notes on the same works.",
            controls={c.SecretsManagement()},
        )
    )
    # Every programme note the office has written, used as examples and source material.
    archive = tm.add(tg.DataStore("Programme notes archive", stores={past_notes, published_notes}))
    # Repertoire lists and drafts waiting for the office.
    notes_store = tm.add(tg.DataStore("Draft notes store", stores={repertoire, draft_notes}))

with tm.boundary("Cathedral office network", trust=tg.Trust.INTERNAL):
    # Edits every draft and publishes the notes; manages the series.
    music_office = tm.add(
        tg.Actor("Music office staff", role="music administrator", privileged=True)
    )

# ---------------------------------------------------------------- flows
# Ticket buying
tm.flow(audience, ticketing, booking, protocol="https", label="seat selection and booking")
tm.flow(ticketing, audience, seat_plan, published_notes, protocol="https")
tm.flow(ticketing, booking_db, booking, audience_accounts)
tm.flow(booking_db, ticketing, seat_plan, audience_accounts)
tm.flow(ticketing, payments, booking, protocol="https", label="create checkout session")
tm.flow(audience, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    ticketing,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature checked by its SDK")},
)
tm.flow(ticketing, mailer, e_ticket, protocol="https")
tm.flow(mailer, audience, e_ticket, protocol="smtp")

# Programme notes
tm.flow(organist, admin, repertoire, protocol="https", label="repertoire upload link")
tm.flow(admin, notes_store, repertoire)
tm.flow(notes_store, notes_service, repertoire)
tm.flow(archive, notes_service, past_notes, label="notes on the same works")
tm.flow(notes_service, llm, notes_prompt, protocol="https")
tm.flow(llm, notes_service, draft_notes, protocol="https")
tm.flow(notes_service, notes_store, draft_notes)
tm.flow(notes_store, admin, repertoire, draft_notes)
tm.flow(
    music_office,
    admin,
    published_notes,
    protocol="https",
    label="edits and publishes",
    controls={c.HumanInTheLoop(approver="music office staff")},
)
tm.flow(admin, music_office, draft_notes, booking, protocol="https")
tm.flow(admin, archive, published_notes)
tm.flow(archive, ticketing, published_notes, label="recital pages")
tm.flow(admin, booking_db, seat_plan, label="recital and seat plan setup")
tm.flow(booking_db, admin, booking, label="booking lists")

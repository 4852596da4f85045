"""Sand sculpture festival: ticketing, people's choice voting and LLM-written posts.

Visitors buy day tickets on the festival website; payment happens on the payment
provider's hosted checkout, which confirms each payment back to our ticketing
service. Every e-ticket is e-mailed with a one-time vote code, and visitors enter
that code on the website to vote for the people's choice award; the voting
service checks the code against the ticket database and records one vote per code.
Visitors can also upload photos of the sculptures for the festival's feed.
Once a day a content job sends the organisers' notes and the day's visitor photos
to a hosted LLM, which drafts social media posts and sculptor profiles. Organisers
sign in to an admin console (e-mail and password) to write notes, read the tally,
and approve every draft before it is posted or published on the site.
Everything runs on a small cloud account in the EU; the database is encrypted at
rest by the cloud provider, and all public traffic is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sand sculpture festival voting and ticketing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Festival ticket sales, ticket-code voting for the people's choice award, "
    "and LLM-drafted social posts and sculptor profiles.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Ticket order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer name, e-mail address, ticket type and date.",
)
payment_request = tg.Data("Checkout session request", kind="records", sensitivity="internal")
payment_confirmation = tg.Data(
    "Payment confirmation",
    kind="records",
    sensitivity="internal",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
eticket = tg.Data(
    "E-ticket with vote code",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="QR ticket in the buyer's name, printed with a one-time vote code.",
)
vote = tg.Data(
    "People's choice vote",
    kind="records",
    sensitivity="internal",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The vote code and the chosen sculpture.",
)
code_status = tg.Data("Vote code status", kind="records", sensitivity="internal")
tally = tg.Data("Vote tally", kind="records", sensitivity="internal")
photos = tg.Data(
    "Visitor photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photos of sculptures; often show other visitors' faces.",
)
notes = tg.Data(
    "Organiser notes on sculptors",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Sculptor names, home towns, backgrounds and interview notes.",
)
prompt = tg.Data("Content prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft = tg.Data("Draft posts and profiles", kind="model-output", sensitivity="internal")
post_approval = tg.Data("Post approval", kind="records", sensitivity="internal")
published = tg.Data("Published posts and profiles", kind="documents", sensitivity="public")
site_pages = tg.Data("Festival pages and results", kind="documents", sensitivity="public")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can buy a ticket, vote and upload photos.
    visitor = tm.add(tg.Actor("Festival visitor", role="visitor"))
    # Organisers are volunteers and staff working from their own laptops and phones.
    organiser = tm.add(tg.Actor("Festival organiser", role="organiser", privileged=True))
    # Where the approved posts go out to the public.
    social = tm.add(
        tg.ExternalService(
            "Social media platform",
            description="The festival's Instagram and Facebook pages.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach our systems.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the e-tickets.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that drafts posts and profiles.
    llm = tm.add(
        tg.LLM(
            "Hosted content LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Multimodal chat model; reads the notes and the photos.",
        )
    )

with tm.boundary("Festival cloud account", trust=tg.Trust.INTERNAL):
    # Public site: ticket shop, voting page, photo upload, sculptor profiles.
    website = tm.add(
        tg.Endpoint(
            "Festival website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="photo uploads: JPEG/PNG only, 10 MB max")},
        )
    )
    # Creates orders, starts checkout, issues e-tickets and vote codes.
    ticketing = tm.add(tg.Service("Ticketing service"))
    # Checks each vote code against the ticket database and records one vote per code.
    voting = tm.add(tg.Service("Voting service"))
    # Once a day assembles notes and photos into prompts and collects the drafts.
    content_job = tm.add(tg.Service("Daily content job"))
    # Where organisers write notes, watch the tally and approve drafts.
    admin = tm.add(
        tg.Endpoint(
            "Organiser admin console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(
                    approver="a festival organiser",
                    note="every LLM draft is approved before it is posted or published",
                ),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Orders, tickets, vote codes and votes in one managed database.
        ticket_db = tm.add(
            tg.DataStore(
                "Ticket and vote database",
                stores={order, eticket, vote},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Bucket of uploaded visitor photos.
        photo_store = tm.add(tg.DataStore("Visitor photo bucket", stores={photos}))
        # Organisers' notes about sculptors, and the drafts waiting for approval.
        notes_store = tm.add(tg.DataStore("Organiser notes store", stores={notes, draft}))

# ---------------------------------------------------------------- flows
# ticket purchase
tm.flow(visitor, website, order, protocol="https")
tm.flow(website, ticketing, order)
tm.flow(ticketing, payments, payment_request, protocol="https")
tm.flow(payments, ticketing, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(ticketing, ticket_db, order, eticket)
tm.flow(ticketing, mailer, eticket, protocol="https")
tm.flow(mailer, visitor, eticket, protocol="smtp")

# voting
tm.flow(visitor, website, vote, protocol="https", label="vote with ticket code")
tm.flow(website, voting, vote)
tm.flow(ticket_db, voting, code_status, label="code lookup")
tm.flow(voting, ticket_db, vote)
tm.flow(voting, website, tally, label="vote accepted or rejected")

# photos
tm.flow(visitor, website, photos, protocol="https", label="photo upload")
tm.flow(website, photo_store, photos)

# LLM content
tm.flow(organiser, admin, notes, protocol="https")
tm.flow(admin, notes_store, notes)
tm.flow(notes_store, content_job, notes, label="daily batch")
tm.flow(photo_store, content_job, photos, label="daily batch")
tm.flow(content_job, llm, prompt, protocol="https")
tm.flow(llm, content_job, draft, protocol="https")
tm.flow(content_job, notes_store, draft)
tm.flow(notes_store, admin, draft)
tm.flow(admin, organiser, draft, tally, protocol="https")
tm.flow(organiser, admin, post_approval, protocol="https")
tm.flow(ticket_db, admin, tally)
tm.flow(admin, social, published, protocol="https")
tm.flow(admin, website, published, label="publish sculptor profiles")
tm.flow(website, visitor, site_pages, published, protocol="https")

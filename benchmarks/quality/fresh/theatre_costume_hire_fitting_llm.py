"""Theatre costume hire fitting assistant: the first design, before any security review.

A costume hire company serves amateur theatre groups across the UK. A group's
organiser signs in to the hire portal, describes the production and uploads the
cast's measurements and photos; many casts include children. A matching service
looks up candidate costumes in a vector index of the stock catalogue and sends the
measurements, photos and candidates to a hosted multimodal LLM, which suggests
costumes per role and drafts a hire quote. Drafts wait in a queue until hire-desk
staff check and approve them in the back-office app; approved quotes are e-mailed
to the organiser by a mail delivery service. The organiser pays a deposit on the
payment provider's hosted checkout, and the provider notifies the portal by webhook.
Everything but the LLM, payments and e-mail runs in one cloud account. Organisers
sign in with e-mail and password, staff with Google Workspace SSO and MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theatre costume hire fitting assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM costume suggestions and draft hire quotes from cast measurements and photos, "
        "approved by staff; deposits paid online."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Costume request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Production, roles, dates and the organiser's notes, with cast names.",
)
measurements = tg.Data(
    "Cast measurements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Height, chest, waist, inside leg, head and shoe size; often of children.",
)
photos = tg.Data(
    "Cast photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="low", availability="low"),
    description="Full-length photos of cast members, many of them children.",
)
catalogue = tg.Data(
    "Stock catalogue items",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Costume descriptions, sizes, availability and hire prices.",
)
catalogue_chunks = tg.Data(
    "Catalogue embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL
)
candidates = tg.Data(
    "Candidate costumes", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Fitting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request, measurements, photos and candidate costumes.",
)
suggestions = tg.Data(
    "Costume suggestions and draft quote", kind="model-output", sensitivity=tg.Sensitivity.PII
)
draft_quote = tg.Data("Draft hire quote", kind="records", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Quote approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
quote = tg.Data("Approved hire quote", kind="documents", sensitivity=tg.Sensitivity.PII)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Deposit payment webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
booking = tg.Data(
    "Hire bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Group, organiser contact, costumes, dates, quote and deposit status.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The volunteer who runs costumes for an amateur theatre group.
    organiser = tm.add(tg.Actor("Theatre group organiser", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads measurements and photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Suggests costumes per role and drafts the hire quote.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout takes the deposit; card details never reach us.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

with tm.boundary("Mail delivery provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends approved quotes.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Public web portal where groups upload casts, read quotes and pay deposits.
    portal = tm.add(
        tg.Endpoint(
            "Hire portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # Bucket of uploaded measurement sheets and photos.
    uploads = tm.add(
        tg.DataStore(
            "Cast uploads bucket",
            stores={measurements, photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the prompt from the request, the uploads and catalogue matches; calls the LLM.
    matcher = tm.add(tg.Service("Costume matching service"))
    # Stock catalogue: the source of truth for costumes, sizes and prices.
    catalogue_db = tm.add(tg.DataStore("Stock catalogue", stores={catalogue}))
    # Nightly job that embeds the catalogue for similarity search.
    indexer = tm.add(tg.Pipeline("Nightly catalogue indexing", stage=tg.Stage.INGESTION))
    # Similarity index over catalogue descriptions and sizes.
    index = tm.add(tg.VectorStore("Catalogue vector index", stores={catalogue_chunks}))
    # Drafts waiting for a person to check them.
    queue = tm.add(tg.DataStore("Draft quote queue", stores={draft_quote}))
    # Hires, quotes and deposits.
    bookings = tm.add(tg.DataStore("Bookings database", stores={booking}))
    # Staff tool to review, edit and approve quotes before they go out.
    back_office = tm.add(
        tg.Service(
            "Back-office app",
            controls={
                c.Authentication(method="Google Workspace SSO with MFA"),
                c.HumanInTheLoop(approver="hire-desk staff"),
            },
        )
    )

with tm.boundary("Shop and workroom", trust=tg.Trust.INTERNAL):
    # Hire-desk staff who know the stock and approve every quote.
    staff = tm.add(tg.Actor("Hire-desk staff", role="staff"))

# ---------------------------------------------------------------- flows
tm.flow(organiser, portal, request, measurements, photos, protocol="https")
tm.flow(portal, uploads, measurements, photos)
tm.flow(portal, matcher, request)
tm.flow(uploads, matcher, measurements, photos)

tm.flow(catalogue_db, indexer, catalogue)
tm.flow(indexer, index, catalogue_chunks)
tm.flow(matcher, index, request, label="similarity query")
tm.flow(index, matcher, candidates)
tm.flow(catalogue_db, matcher, catalogue, label="sizes, availability and prices")

tm.flow(matcher, llm, prompt, protocol="https")
tm.flow(llm, matcher, suggestions, protocol="https")
tm.flow(matcher, queue, draft_quote)

tm.flow(queue, back_office, draft_quote)
tm.flow(uploads, back_office, measurements, photos)
tm.flow(back_office, staff, draft_quote, measurements, photos, protocol="https")
tm.flow(staff, back_office, approval, draft_quote, protocol="https")
tm.flow(back_office, bookings, booking)
tm.flow(back_office, mailer, quote, protocol="https")
tm.flow(mailer, organiser, quote, protocol="smtp")

tm.flow(portal, organiser, quote, protocol="https")
tm.flow(bookings, portal, booking)
tm.flow(organiser, payments, card, protocol="https", label="hosted checkout")
tm.flow(payments, portal, payment_event, protocol="https", label="deposit webhook")
tm.flow(portal, bookings, booking, label="deposit paid")

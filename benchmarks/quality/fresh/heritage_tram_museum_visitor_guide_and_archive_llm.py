"""Heritage tram museum: visitor guide app and archive LLM, the first design.

A volunteer-run tram museum in the UK publishes a visitor guide app. Visitors
ask questions about the trams, the depot and the city's tramway history, and a
guide service answers them with a hosted LLM from an index of the museum's
archive: scanned timetables, staff ledgers, letters and photographs. Volunteers
scan new items in the archive room and upload them through a web portal; an
ingestion job OCRs and captions them, embeds them with the LLM vendor's
embedding model and adds them to the index, with no review step. The same app
sells heritage tram ride tickets; card payments go to a payment provider's
hosted checkout and the conductor's handheld checks QR tickets on board. All
services run in one small cloud account. Volunteers sign in with e-mail and
password, the guide API is rate limited, uploads are checked for file type and
size, and all links are HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Heritage tram museum visitor guide and archive LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Visitor Q&A over the museum's scanned archive, volunteer uploads, "
    "and tram ride ticket sales.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Visitor question", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
answer = tg.Data("Guide answer", sensitivity=tg.Sensitivity.PUBLIC, kind="model-output")
prompt = tg.Data(
    "Guide prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="System prompt, the question and the top archive passages.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
scans = tg.Data(
    "Archive scans",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Scanned documents and photographs; staff ledgers name former tram "
    "crews, and some donated items are not cleared for publication.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
scan_text = tg.Data(
    "OCR text and captions", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)
embeddings = tg.Data(
    "Archive passage embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings"
)
passages = tg.Data(
    "Retrieved archive passages", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="retrieved-context"
)
volunteer_login = tg.Data(
    "Volunteer sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
ticket_order = tg.Data(
    "Ticket order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Buyer name, e-mail, ride date and time, number of riders.",
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
checkout_request = tg.Data(
    "Checkout session request", sensitivity=tg.Sensitivity.PII, kind="records"
)
payment_event = tg.Data("Payment confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
e_ticket = tg.Data("QR e-ticket", sensitivity=tg.Sensitivity.PII, kind="records")
ticket_check = tg.Data("Ticket check request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
ticket_validity = tg.Data("Ticket validity", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with the app, on site or at home.
    visitor = tm.add(tg.Actor("Visitor", role="museum visitor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the guide's answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default safety filter")},
        )
    )
    # Embeds archive passages and visitor questions for search.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout, so card details never reach the museum.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Museum cloud account", trust=tg.Trust.INTERNAL):
    # The app's backend for questions and ticket purchases.
    guide_api = tm.add(
        tg.Endpoint(
            "Guide app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Retrieves archive passages, builds the prompt and calls the LLM.
    guide = tm.add(tg.Service("Guide answer service"))
    # Sells ride tickets, takes the payment webhook, validates QR codes.
    shop = tm.add(
        tg.Service(
            "Ticket shop",
            description="Ride prices and seat counts per departure are configured here.",
        )
    )
    # Web page where volunteers upload new scans.
    portal = tm.add(
        tg.Endpoint(
            "Archive upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size checks only"),
            },
        )
    )
    # OCRs, captions, chunks and embeds each new scan.
    ingest = tm.add(tg.Pipeline("Archive ingestion job", stage=tg.Stage.INGESTION))
    # The original scans, kept as the museum's digital archive.
    scan_store = tm.add(tg.DataStore("Scan archive", stores={scans, scan_text}))
    # The search index the guide answers from.
    index = tm.add(tg.VectorStore("Archive vector index", stores={embeddings, scan_text}))
    # Orders and issued tickets.
    ticket_db = tm.add(
        tg.DataStore(
            "Ticket orders database",
            stores={ticket_order, e_ticket},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Museum site", trust=tg.Trust.INTERNAL):
    # Volunteers scanning in the archive room.
    volunteer = tm.add(tg.Actor("Archive volunteer", role="volunteer"))
    # The conductor's phone that scans QR tickets on board.
    handheld = tm.add(tg.Device("Conductor ticket handheld", fleet=True))

# ---------------------------------------------------------------- flows
# visitor questions
tm.flow(visitor, guide_api, question, protocol="https")
tm.flow(guide_api, guide, question)
tm.flow(guide, embedder, question, protocol="https")
tm.flow(embedder, guide, embeddings, protocol="https")
tm.flow(guide, index, embeddings, label="similarity query")
tm.flow(index, guide, passages, label="retrieved passages")
tm.flow(guide, llm, prompt, protocol="https")
tm.flow(llm, guide, completion, protocol="https")
tm.flow(guide, guide_api, answer)
tm.flow(guide_api, visitor, answer, protocol="https")

# volunteer uploads and ingestion
tm.flow(volunteer, portal, volunteer_login, scans, protocol="https")
tm.flow(portal, scan_store, scans)
tm.flow(scan_store, ingest, scans, label="new scans, hourly")
tm.flow(ingest, scan_store, scan_text)
tm.flow(ingest, embedder, scan_text, protocol="https")
tm.flow(embedder, ingest, embeddings, protocol="https")
tm.flow(ingest, index, embeddings, scan_text)

# tickets
tm.flow(visitor, guide_api, ticket_order, protocol="https", label="buy ride tickets")
tm.flow(guide_api, shop, ticket_order)
tm.flow(shop, payments, checkout_request, protocol="https")
tm.flow(visitor, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, shop, payment_event, protocol="https", label="payment webhook")
tm.flow(shop, ticket_db, ticket_order, e_ticket)
tm.flow(ticket_db, shop, ticket_order, e_ticket)
tm.flow(shop, guide_api, e_ticket)
tm.flow(guide_api, visitor, e_ticket, protocol="https")
tm.flow(handheld, shop, ticket_check, protocol="https")
tm.flow(shop, handheld, ticket_validity, protocol="https")
tm.flow(visitor, handheld, e_ticket, label="QR shown on board, in person")

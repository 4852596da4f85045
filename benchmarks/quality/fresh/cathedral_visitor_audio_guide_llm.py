"""Cathedral visitor audio guide: the first design, before any security review.

Visitors install the cathedral's audio guide app on their own phones and ask
spoken questions about the building, its history, monuments and the times of
services. The app sends the recording to a guide API in the cathedral's cloud
tenancy; an orchestrator has it transcribed by a hosted speech-to-text API,
retrieves passages from an index of the chapter's texts and asks a hosted LLM
to answer from them. Questions are logged so volunteers can see what visitors
ask. Volunteers maintain the texts from home through a small web editor that
signs them in with e-mail and password; edits are re-indexed nightly. The same
API sells timed tickets for tower tours through a payment provider's hosted
checkout, so card numbers never reach us. Controls in this design: HTTPS on
every external link, a per-install rate limit and audio size checks on the API,
the vendor API keys in the cloud secret manager, text revision history, and
encrypted booking storage. Visitors are mostly from the EU, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cathedral visitor audio guide",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Spoken Q&A about the cathedral from the chapter's texts, plus tower-tour tickets.",
)

# ---------------------------------------------------------------- data assets
spoken_question = tg.Data(
    "Spoken question",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A short voice recording of the visitor's question.",
)
question_text = tg.Data("Question transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with chapter passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Guide instructions, the transcribed question and the top passages.",
)
completion = tg.Data("Guide answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
chapter_texts = tg.Data(
    "Chapter texts",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="History, monument notes, visiting rules and service times written by the chapter.",
)
passages = tg.Data(
    "Text passages and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
volunteer_login = tg.Data("Volunteer login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
question_log = tg.Data(
    "Question log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Transcribed questions and answers with app install id and time.",
)
ticket_order = tg.Data(
    "Tower tour order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Visitor name, e-mail address, tour slot and number of tickets.",
)
checkout_session = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
tour_ticket = tg.Data("Tour ticket", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone in or near the cathedral (or anywhere) can use the app.
    visitor = tm.add(tg.Actor("Visitor", role="visitor"))
    # Chapter volunteers editing texts from their own computers at home.
    volunteer = tm.add(tg.Actor("Volunteer editor", role="volunteer"))
    # The guide app on visitors' own phones: records questions, plays answers.
    app = tm.add(
        tg.Device(
            "Audio guide phone app",
            fleet=True,
            description="iOS and Android app; speaks answers with the phone's text-to-speech.",
        )
    )

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Turns the visitor's recording into text.
    speech = tm.add(
        tg.ExternalService("Speech-to-text API", provides=tg.ExternalCategory.MODEL_API)
    )
    # Writes the answer from the retrieved passages.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: takes the card, tells us when the payment succeeded.
    payments = tm.add(tg.ExternalService("Payment provider", description="Hosted checkout pages."))

with tm.boundary("Cathedral cloud tenancy", trust=tg.Trust.INTERNAL):
    # The one public API the app talks to, for questions and tickets.
    api = tm.add(
        tg.Endpoint(
            "Guide API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per app install id"),
                c.InputValidation(note="audio at most 30 seconds, known codecs only"),
            },
        )
    )
    # Runs transcription, retrieval and the LLM call for each question.
    orchestrator = tm.add(
        tg.Service(
            "Guide orchestrator",
            controls={c.SecretsManagement(note="vendor API keys in the cloud secret manager")},
        )
    )
    # Search index over the chapter's texts; the database embeds text itself.
    index = tm.add(tg.VectorStore("Chapter text index", stores={passages}))
    # Source of truth for the texts volunteers write.
    text_store = tm.add(
        tg.DataStore(
            "Chapter text store",
            stores={chapter_texts},
            controls={c.DataVersioning(note="every edit kept as a revision")},
        )
    )
    # Nightly job that chunks the texts and loads them into the index.
    indexer = tm.add(tg.Pipeline("Nightly text indexing", stage=tg.Stage.INGESTION))
    # Small web editor for volunteers; also shows recent visitor questions.
    editor = tm.add(
        tg.Service(
            "Text editor web app",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # What visitors asked and what the guide said, for volunteers to improve texts.
    log_store = tm.add(tg.DataStore("Question log store", stores={question_log}))
    # Creates tour bookings and checkout sessions, issues tickets.
    ticketing = tm.add(tg.Service("Tour ticketing service"))
    # Tour bookings and their payment status.
    bookings = tm.add(
        tg.DataStore(
            "Booking database",
            stores={ticket_order, payment_confirmation},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
# Asking a question
tm.flow(visitor, app, spoken_question, label="speaks")
tm.flow(app, api, spoken_question, protocol="https")
tm.flow(api, orchestrator, spoken_question)
tm.flow(orchestrator, speech, spoken_question, protocol="https")
tm.flow(speech, orchestrator, question_text, protocol="https")
tm.flow(orchestrator, index, question_text, label="similarity query")
tm.flow(index, orchestrator, passages, label="retrieved passages")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, question_log)
tm.flow(orchestrator, api, completion)
tm.flow(api, app, completion, protocol="https")
tm.flow(app, visitor, completion, label="spoken answer")

# Maintaining the texts
tm.flow(
    volunteer, editor, volunteer_login, chapter_texts, protocol="https", label="sign in and edit"
)
tm.flow(editor, volunteer, chapter_texts, question_log, protocol="https")
tm.flow(editor, text_store, chapter_texts)
tm.flow(text_store, editor, chapter_texts)
tm.flow(log_store, editor, question_log)
tm.flow(text_store, indexer, chapter_texts)
tm.flow(indexer, index, passages)

# Buying tower tour tickets
tm.flow(visitor, app, ticket_order, label="books a tour")
tm.flow(app, api, ticket_order, protocol="https")
tm.flow(api, ticketing, ticket_order)
tm.flow(ticketing, bookings, ticket_order)
tm.flow(ticketing, payments, ticket_order, protocol="https", label="create checkout session")
tm.flow(payments, ticketing, checkout_session, protocol="https")
tm.flow(ticketing, api, checkout_session)
tm.flow(api, app, checkout_session, protocol="https")
tm.flow(app, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, ticketing, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(ticketing, bookings, payment_confirmation)
tm.flow(ticketing, api, tour_ticket)
tm.flow(api, app, tour_ticket, protocol="https")

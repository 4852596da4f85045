"""Agronomy pest-ID WhatsApp bot: the first design, before any security review.

Member farmers of an agricultural cooperative send photos of damaged crops, with a
short description, to the co-op's WhatsApp Business number. Meta's Cloud API calls
a webhook in the co-op's cloud account (the webhook checks Meta's signature and
rejects non-image media); an orchestrator downloads the photo, stores it, and asks
an in-house image classifier (fine-tuned from open weights) for the likely pest or
disease. It then retrieves the matching sections of the co-op's agronomy handbook
from a vector index and has a hosted LLM write treatment advice. Advice that names
a restricted-use pesticide is held in a review console until a co-op agronomist
signs in (SSO) and approves or edits it; other advice goes straight back to the
farmer. Agronomists' confirmed diagnoses become labels for periodic retraining of
the classifier. Conversations are kept, encrypted, so farmers can follow up.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Agronomy pest-ID WhatsApp bot",
    profile=tg.RiskProfile.HIGH,
    description="WhatsApp crop-damage diagnosis and treatment advice for co-op farmers.",
)

# ---------------------------------------------------------------- data assets
farmer_message = tg.Data(
    "Farmer message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Phone number, free-text description of the problem, crop and location.",
)
crop_photo = tg.Data(
    "Crop photo",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="May carry EXIF GPS of the farm.",
)
diagnosis = tg.Data(
    "Pest or disease diagnosis", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
handbook = tg.Data(
    "Agronomy handbook",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
handbook_chunks = tg.Data(
    "Handbook passages", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="retrieved-context"
)
advice_prompt = tg.Data(
    "Advice prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, diagnosis, farmer's description and handbook passages.",
)
draft_advice = tg.Data(
    "Draft treatment advice", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
approved_advice = tg.Data(
    "Approved treatment advice", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
reply = tg.Data("Bot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
history = tg.Data("Conversation history", sensitivity=tg.Sensitivity.PII, kind="records")
labels = tg.Data(
    "Confirmed diagnosis labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_photos = tg.Data(
    "Labelled crop photos", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
weights = tg.Data("Classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Co-op members on their phones; the number is public, so anyone can message it.
    farmer = tm.add(tg.Actor("Farmer", role="co-op member"))

with tm.boundary("Meta WhatsApp Cloud", trust=tg.Trust.PARTNER):
    # Delivers messages and media between farmers and the co-op's business number.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business Cloud API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the advice text from the diagnosis and the handbook passages.
    llm = tm.add(tg.LLM("Hosted advice LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Co-op cloud account", trust=tg.Trust.INTERNAL):
    # Public HTTPS webhook that Meta calls for every inbound message.
    webhook = tm.add(
        tg.Endpoint(
            "WhatsApp webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="only JPEG/PNG images under 5 MB are accepted")},
        )
    )
    # Runs the diagnosis-retrieval-advice sequence and decides whether review is needed.
    orchestrator = tm.add(
        tg.Service(
            "Bot orchestrator",
            controls={
                c.HumanInTheLoop(
                    approver="co-op agronomist",
                    above="advice naming a pesticide on the restricted-use list",
                )
            },
        )
    )
    # Keeps the photos farmers send, for review and later labelling.
    media_store = tm.add(tg.DataStore("Crop photo bucket", stores={crop_photo}))
    # Per-farmer chat history so follow-up questions have context.
    conversations = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Index of handbook sections used to ground the advice.
    handbook_index = tm.add(tg.VectorStore("Handbook vector index", stores={handbook_chunks}))
    # Chunks and embeds the handbook whenever the agronomists publish a new edition.
    indexer = tm.add(tg.Pipeline("Handbook indexing job", stage=tg.Stage.INGESTION))
    # Web app where agronomists approve or edit held advice and confirm diagnoses.
    review_console = tm.add(
        tg.Endpoint(
            "Agronomist review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="co-op SSO")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Fine-tuned vision model that names the pest or disease with a confidence.
        classifier = tm.add(
            tg.Model(
                "Pest and disease classifier",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
            )
        )
        # Photos with agronomist-confirmed labels, for retraining.
        photo_dataset = tm.add(
            tg.Dataset("Labelled photo dataset", stores={training_photos, labels})
        )
        # Quarterly fine-tuning run that produces a new classifier checkpoint.
        training = tm.add(
            tg.Pipeline(
                "Classifier retraining", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )

with tm.boundary("Co-op office", trust=tg.Trust.INTERNAL):
    # Licensed agronomists who own the handbook and review restricted-pesticide advice.
    agronomist = tm.add(tg.Actor("Co-op agronomist", role="agronomist", privileged=True))
    # The handbook as the agronomists maintain it (shared drive, versioned editions).
    handbook_src = tm.add(tg.DataSource("Handbook editions", provides={handbook}))

# ---------------------------------------------------------------- flows
# farmer <-> WhatsApp <-> co-op
tm.flow(farmer, whatsapp, farmer_message, crop_photo, protocol="https")
tm.flow(whatsapp, farmer, reply, protocol="https")
tm.flow(
    whatsapp,
    webhook,
    farmer_message,
    protocol="https",
    controls={c.MessageIntegrity(note="X-Hub-Signature-256 checked with the app secret")},
)
tm.flow(webhook, orchestrator, farmer_message)
tm.flow(whatsapp, orchestrator, crop_photo, protocol="https", label="media download")
tm.flow(orchestrator, whatsapp, reply, protocol="https", label="send message")

# diagnosis and advice
tm.flow(orchestrator, media_store, crop_photo)
tm.flow(orchestrator, classifier, crop_photo)
tm.flow(classifier, orchestrator, diagnosis)
tm.flow(orchestrator, handbook_index, diagnosis, label="similarity query")
tm.flow(handbook_index, orchestrator, handbook_chunks)
tm.flow(orchestrator, llm, advice_prompt, protocol="https")
tm.flow(llm, orchestrator, draft_advice, protocol="https")
tm.flow(orchestrator, conversations, history)
tm.flow(conversations, orchestrator, history)

# review of restricted-pesticide advice
tm.flow(orchestrator, review_console, draft_advice, crop_photo, diagnosis, label="held for review")
tm.flow(review_console, agronomist, draft_advice, crop_photo, diagnosis, protocol="https")
tm.flow(agronomist, review_console, approved_advice, labels, protocol="https")
tm.flow(review_console, orchestrator, approved_advice)

# handbook
tm.flow(agronomist, handbook_src, handbook, label="publishes edition")
tm.flow(handbook_src, indexer, handbook)
tm.flow(indexer, handbook_index, handbook_chunks)

# retraining
tm.flow(review_console, photo_dataset, labels)
tm.flow(media_store, photo_dataset, training_photos)
tm.flow(photo_dataset, training, training_photos, labels)
tm.flow(training, classifier, weights, label="deploy checkpoint")

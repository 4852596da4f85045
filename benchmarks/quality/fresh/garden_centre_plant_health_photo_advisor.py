"""Garden centre plant health photo advisor: the first design, before any security review.

A chain of garden centres offers its loyalty-card customers a "plant doctor" in
its app and on its website. A customer photographs a sick plant, adds a short
description of the symptoms and gets back a likely diagnosis (disease, pest or
care problem) with care advice and the treatments the centre stocks.
Everything runs in the chain's cloud account: an advice API, an orchestrator, an
in-house image classifier fine-tuned from an open vision model, the uploaded
photos and the consultation history. The orchestrator asks a hosted LLM to
write the advice from the diagnosis and the product catalogue. Horticulture
staff in the stores label uploaded photos, and the classifier is retrained from
those labels and a public plant-disease image set. Controls in this design:
loyalty sign-in and a request quota on the API, image checks on upload, TLS,
the LLM key in the cloud secret manager, encrypted photo storage and
versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Garden centre plant health photo advisor",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Photo-based plant problem diagnosis and care advice for garden centre customers.",
)

# ---------------------------------------------------------------- data assets
plant_photo = tg.Data(
    "Plant photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photo of a plant, often of a private garden, with EXIF location.",
)
symptoms = tg.Data(
    "Symptom description",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text the customer types about the plant and its care.",
)
sign_in = tg.Data("Loyalty account sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
diagnosis = tg.Data(
    "Diagnosis and confidence", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
products = tg.Data(
    "Treatment products and stock", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
advice_prompt = tg.Data(
    "Advice prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, diagnosis, the customer's symptom text and matching products.",
)
advice_draft = tg.Data("LLM advice draft", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
advice = tg.Data("Care advice", kind="model-output", sensitivity=tg.Sensitivity.PII)
feedback = tg.Data("Was this right? feedback", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
consultations = tg.Data("Consultation history", kind="records", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Plant problem labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
public_images = tg.Data(
    "Public plant disease images", kind="training-data", sensitivity=tg.Sensitivity.PUBLIC
)
training_set = tg.Data(
    "Labelled plant photo set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data("Classifier checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Loyalty-card holders using the app or the website.
    customer = tm.add(tg.Actor("Garden centre customer", role="customer"))
    # Open research image set used to bootstrap and enlarge the training data.
    public_set = tm.add(
        tg.DataSource(
            "Public plant disease dataset",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_images},
            description="Downloaded from a public research repository when retraining.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes readable advice; we do not host a generative model ourselves.
    llm = tm.add(
        tg.LLM(
            "Hosted advice LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called through the vendor's API.",
        )
    )

with tm.boundary("Garden centre cloud", trust=tg.Trust.INTERNAL):
    # The only entry point for the app and the website.
    api = tm.add(
        tg.Endpoint(
            "Plant doctor API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="loyalty account e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="JPEG/PNG/HEIC only, 10 MB cap, resized before use"),
            },
        )
    )
    # Runs one consultation: classify, look up products, ask the LLM, record the result.
    orchestrator = tm.add(
        tg.Service(
            "Advice orchestrator",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Our own model: names the likely disease, pest or care problem from the photo.
    classifier = tm.add(
        tg.Model(
            "Plant problem classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Open vision backbone fine-tuned on about 120 plant problem classes.",
        )
    )
    # Keeps uploads for the consultation record and for later labelling.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={plant_photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference data: which treatments and products we sell and what each store has in stock.
    catalogue = tm.add(tg.DataStore("Product catalogue", stores={products}))
    # Past consultations, shown to the customer in the app and used for quality checks.
    history = tm.add(tg.DataStore("Consultation history store", stores={consultations, feedback}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Web tool where staff confirm or correct the diagnosis for uploaded photos.
        labelling = tm.add(tg.Pipeline("Photo labelling tool", stage=tg.Stage.LABELING))
        # Staff-labelled photos plus the public images.
        dataset = tm.add(
            tg.Dataset("Plant photo training set", stores={training_set, public_images})
        )
        # Monthly fine-tuning job run by the data team.
        training = tm.add(
            tg.Pipeline(
                "Classifier retraining", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Holds each trained checkpoint; serving loads the version it is pinned to.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Horticulture staff in the garden centres who know the plant problems.
    staff = tm.add(tg.Actor("Horticulture staff", role="labeller"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(customer, api, sign_in, protocol="https", controls={tls}, label="sign in")
tm.flow(customer, api, plant_photo, symptoms, protocol="https", controls={tls}, label="ask")
tm.flow(api, orchestrator, plant_photo, symptoms)
tm.flow(orchestrator, photo_store, plant_photo)
tm.flow(orchestrator, classifier, plant_photo)
tm.flow(classifier, orchestrator, diagnosis)
tm.flow(orchestrator, catalogue, diagnosis, label="treatment lookup")
tm.flow(catalogue, orchestrator, products)
tm.flow(orchestrator, llm, advice_prompt, protocol="https")
tm.flow(llm, orchestrator, advice_draft, protocol="https")
tm.flow(orchestrator, history, consultations)
tm.flow(orchestrator, api, advice)
tm.flow(api, customer, advice, protocol="https", controls={tls})
tm.flow(customer, api, feedback, protocol="https", controls={tls}, label="rates the answer")
tm.flow(api, history, feedback)
tm.flow(history, api, consultations, label="my past consultations")
tm.flow(api, customer, consultations, protocol="https", controls={tls}, label="history view")

tm.flow(photo_store, labelling, plant_photo)
tm.flow(history, labelling, feedback, label="low-rated answers first")
tm.flow(labelling, staff, plant_photo, protocol="https", label="photos to label")
tm.flow(staff, labelling, labels, protocol="https")
tm.flow(labelling, dataset, training_set)
tm.flow(public_set, dataset, public_images, protocol="https", label="download")
tm.flow(dataset, training, training_set, public_images)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy pinned version")

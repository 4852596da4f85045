"""Hearing test kiosk for pharmacy screening: the first design, before any security review.

A European pharmacy chain puts self-service hearing test kiosks in its stores.
A customer sits down, puts on the kiosk's calibrated headphones and presses a
button each time they hear a tone; the kiosk sends the responses to our cloud
screening platform, which builds an audiogram and asks an in-house classifier
for the hearing-loss pattern (normal, high-frequency, flat, asymmetric...).
The kiosk shows the result, offers free slots at a partner audiology clinic and
books the one the customer picks through the partner's booking API; the result
and the booking are also e-mailed to the customer through an e-mail provider.
The classifier is trained on pseudonymised audiograms the partner clinics label.
Controls in this design: each kiosk calls the API with its own API key over
HTTPS, the screening service checks responses for range and calibration, the
results database is encrypted with KMS keys and access is role-based, training
data is pseudonymised, and a model passes an evaluation before it is released.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy hearing test kiosk",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "In-store self-service hearing screening that classifies the hearing-loss "
        "pattern, books an audiologist and e-mails the results."
    ),
)

# ---------------------------------------------------------------- data assets
tone_responses = tg.Data(
    "Tone responses",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per frequency and ear: the quietest level the customer said they heard.",
)
contact = tg.Data(
    "Customer contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, year of birth and consent to be contacted.",
)
audiogram = tg.Data("Audiogram", kind="features", sensitivity=tg.Sensitivity.REGULATED)
pattern = tg.Data(
    "Hearing-loss pattern",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pattern class and a referral recommendation.",
)
screening_record = tg.Data(
    "Screening record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
slots = tg.Data("Free appointment slots", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
appointment = tg.Data(
    "Appointment booking",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Chosen slot, the customer's contact details, audiogram and pattern.",
)
results_email = tg.Data("Results e-mail", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
clinic_audiograms = tg.Data(
    "Labelled clinical audiograms",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pseudonymised audiograms with the audiologist's diagnosis as the label.",
)
classifier_weights = tg.Data(
    "Classifier artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
training_config = tg.Data("Training configuration", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Pharmacy shop floor", trust=tg.Trust.UNTRUSTED):
    # Any member of the public who walks into the store can take the test.
    customer = tm.add(tg.Actor("Customer", role="pharmacy customer"))
    # Touchscreen kiosk with calibrated headphones; one per participating store.
    kiosk = tm.add(
        tg.Device(
            "Hearing test kiosk",
            fleet=True,
            description="Locked-down touchscreen unit that plays tones and collects responses.",
        )
    )

with tm.boundary("Screening platform", trust=tg.Trust.INTERNAL):
    # The only entry point the kiosks talk to.
    kiosk_api = tm.add(
        tg.Endpoint(
            "Kiosk API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-kiosk API key")},
        )
    )
    # Runs a test session: builds the audiogram, calls the model, books, e-mails.
    screening = tm.add(
        tg.Service(
            "Screening service",
            controls={
                c.InputValidation(note="response ranges and headphone calibration check"),
            },
        )
    )
    # Classifies the audiogram into a hearing-loss pattern.
    classifier = tm.add(
        tg.Model(
            "Hearing-loss pattern classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees over thresholds per frequency and ear.",
        )
    )
    # Keeps every screening for follow-up and for the partner clinics' questions.
    results_db = tm.add(
        tg.DataStore(
            "Screening results database",
            stores={screening_record},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Pseudonymised labelled audiograms received from the partner clinics.
        training_set = tm.add(
            tg.Dataset(
                "Audiogram training set",
                stores={clinic_audiograms},
                controls={c.DataMinimization(note="names and contact details removed")},
            )
        )
        # Retrains the classifier when a new batch of clinic labels arrives.
        training = tm.add(
            tg.Pipeline(
                "Classifier training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out sensitivity per pattern")},
            )
        )
        # Versioned classifier artifacts the screening service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={classifier_weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and releases the classifier.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Audiology partner", trust=tg.Trust.PARTNER):
    # The partner clinics' appointment system, reached through its booking API.
    booking = tm.add(
        tg.ExternalService(
            "Audiology booking system",
            provides=tg.ExternalCategory.GENERIC,
        )
    )
    # Sees the referral and audiogram before the appointment.
    audiologist = tm.add(tg.Actor("Audiologist", role="clinician"))
    # Clinical audiograms with diagnoses, exported for training.
    clinic_archive = tm.add(
        tg.DataSource(
            "Clinic audiogram archive",
            origin=tg.Origin.PARTNER,
            provides={clinic_audiograms},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the results to the customer.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# the test itself
tm.flow(customer, kiosk, tone_responses, contact, label="button presses and sign-up form")
tm.flow(kiosk, kiosk_api, tone_responses, contact, protocol="https")
tm.flow(kiosk_api, screening, tone_responses, contact)
tm.flow(screening, classifier, audiogram)
tm.flow(classifier, screening, pattern)
tm.flow(screening, results_db, screening_record)
tm.flow(results_db, screening, screening_record, label="follow-up lookups")

# result and booking
tm.flow(booking, screening, slots, protocol="https", label="free slots near the store")
tm.flow(screening, kiosk_api, pattern, slots)
tm.flow(kiosk_api, kiosk, pattern, slots, protocol="https")
tm.flow(kiosk, customer, pattern, slots, label="result screen")
tm.flow(customer, kiosk, appointment, label="chosen slot")
tm.flow(kiosk, kiosk_api, appointment, protocol="https")
tm.flow(kiosk_api, screening, appointment)
tm.flow(screening, booking, appointment, protocol="https")
tm.flow(booking, audiologist, appointment, label="referral")

# results by e-mail
tm.flow(screening, email, results_email, contact, protocol="https")
tm.flow(email, customer, results_email, protocol="smtp")

# training and release
tm.flow(clinic_archive, training_set, clinic_audiograms, protocol="sftp")
tm.flow(training_set, training, clinic_audiograms)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, classifier_weights)
tm.flow(registry, classifier, classifier_weights, label="deploy")

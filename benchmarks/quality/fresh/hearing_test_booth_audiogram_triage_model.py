"""Hearing test booth audiogram triage: the first design, before any security review.

Self-service hearing test booths stand in US pharmacy stores. A customer enters contact
details, answers a short symptom questionnaire (sudden loss, tinnitus, ear pain) and
takes a pure-tone test; the booth uploads the audiogram over mutual TLS with a per-booth
certificate to our cloud. A triage service runs an in-house gradient-boosted classifier
that sorts each result into normal, monitor, refer to an audiologist or refer urgently;
the booth shows the outcome and an SMS provider (under a BAA) texts a summary. Referrals
appear in a portal where partner audiologists (password plus TOTP) book and assess the
customer; their diagnoses become labels for quarterly retraining. A clinical lead signs
off each model version before it is released. Results are stored encrypted with role-based
access and an audit log.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Hearing test booth audiogram triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Triage of pharmacy booth audiograms with referral to partner audiologists.",
)

# ---------------------------------------------------------------- data assets
contact = tg.Data(
    "Customer contact details and consent",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, mobile number, consent to be contacted.",
)
questionnaire = tg.Data(
    "Symptom questionnaire", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
audiogram = tg.Data(
    "Audiogram",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Hearing thresholds per ear at 250 Hz-8 kHz, with booth id and calibration date.",
)
triage_input = tg.Data("Triage features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
triage_result = tg.Data(
    "Triage category and score", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
booth_result = tg.Data(
    "Result shown at booth", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
sms_summary = tg.Data("Result SMS", sensitivity=tg.Sensitivity.REGULATED)
referral = tg.Data(
    "Audiology referral",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Contact details, audiogram, questionnaire and triage category.",
)
diagnosis = tg.Data(
    "Audiologist diagnosis",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled audiograms", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
model_artifact = tg.Data(
    "Triage model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
sign_off = tg.Data("Clinical release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Pharmacy retail floor", trust=tg.Trust.UNTRUSTED):
    # Members of the public who walk up to a booth; no account needed.
    customer = tm.add(tg.Actor("Pharmacy customer", role="customer"))
    # The booths: touchscreen, calibrated headphones, an embedded PC; our fleet.
    booth = tm.add(
        tg.Device(
            "Hearing test booth",
            fleet=True,
            description="Runs the test app in kiosk mode and uploads each completed test.",
        )
    )

with tm.boundary("Audiology partner network", trust=tg.Trust.PARTNER):
    # Independent audiology practices contracted to take referrals.
    audiologist = tm.add(tg.Actor("Partner audiologist", role="audiologist"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the customer a text with their result and, if referred, a booking link.
    sms = tm.add(
        tg.ExternalService(
            "SMS gateway",
            controls={c.SupplierAssessment(note="BAA signed with the provider")},
        )
    )

with tm.boundary("Triage cloud", trust=tg.Trust.INTERNAL):
    # Receives completed tests from the booths.
    ingest = tm.add(
        tg.Endpoint(
            "Booth upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-booth X.509 device certificates"),
                c.SchemaEnforcement(note="audiogram JSON schema and threshold ranges"),
            },
        )
    )
    # Stores the test, calls the model, decides what the booth shows and who is referred.
    triage_service = tm.add(
        tg.Service(
            "Triage service",
            description="Refers every urgent or refer result to the partner portal.",
        )
    )
    # The classifier; its category decides whether someone is told to see an audiologist.
    model = tm.add(
        tg.Model(
            "Audiogram triage model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over thresholds, asymmetry and symptoms.",
        )
    )
    # System of record for every test, result and referral.
    results_db = tm.add(
        tg.DataStore(
            "Test results database",
            stores={contact, questionnaire, audiogram, triage_result, referral, diagnosis},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Web portal where partner audiologists see referrals and record diagnoses.
    portal = tm.add(
        tg.Endpoint(
            "Referral portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="clinic user accounts with password and TOTP"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Quarterly export of audiograms joined to audiologist diagnoses.
        dataset = tm.add(tg.Dataset("Labelled audiogram set", stores={training_set}))
        # Retrains the classifier and runs the held-out clinical evaluation.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="sensitivity for referable loss on a held-out set")
                },
            )
        )
        # Versioned model files.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))
        # Deploys a version to the triage service once the clinical lead signs off.
        release = tm.add(
            tg.Pipeline(
                "Model release",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="the clinical lead audiologist")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff audiologist accountable for the triage thresholds and model releases.
    clinical_lead = tm.add(tg.Actor("Clinical lead", role="clinical lead", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, booth, contact, questionnaire, label="touchscreen")
tm.flow(customer, booth, audiogram, label="responses to tones on the keypad")
tm.flow(booth, customer, booth_result, label="touchscreen")
tm.flow(booth, ingest, contact, questionnaire, audiogram, protocol="mtls")
tm.flow(ingest, booth, booth_result, protocol="mtls")
tm.flow(ingest, triage_service, contact, questionnaire, audiogram)
tm.flow(triage_service, ingest, booth_result)

tm.flow(triage_service, results_db, contact, questionnaire, audiogram, triage_result, referral)
tm.flow(triage_service, model, triage_input)
tm.flow(model, triage_service, triage_result)
tm.flow(triage_service, sms, sms_summary, protocol="https")
tm.flow(sms, customer, sms_summary, label="SMS")

tm.flow(results_db, portal, referral)
tm.flow(portal, audiologist, referral, protocol="https")
tm.flow(audiologist, portal, diagnosis, protocol="https")
tm.flow(portal, results_db, diagnosis)

tm.flow(results_db, dataset, training_set, label="quarterly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(clinical_lead, release, sign_off, protocol="https", label="approves release")
tm.flow(registry, release, model_artifact)
tm.flow(release, model, model_artifact, label="deploy")

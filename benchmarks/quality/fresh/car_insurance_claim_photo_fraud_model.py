"""Claim photo fraud checks for a motor insurer: the first design, before any security review.

Policyholders report motor claims in the customer portal and upload photos of the
damage. A photo forensics service checks each photo three ways: against an index of
every earlier claim photo (the same picture reused on another claim), with an in-house
detector that scores signs of editing and of AI generation, and through a vendor's
reverse image search for copies on the web. The combined photo risk score is attached
to the claim in the claims system; claims above the threshold are referred to the
special investigations unit (SIU), whose investigators decide what happens next. The
model only flags. Investigation outcomes become labels for retraining the detector,
together with a public corpus of generated and edited images. Everything runs in the
insurer's EU cloud tenancy; portal sign-in is the customer account, staff use corporate
SSO, photos and claims are encrypted at rest, and SIU actions are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Motor claim photo fraud checks",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Detects reused, edited and AI-generated photos on motor claims and refers "
        "suspect claims to the special investigations unit."
    ),
)

# ---------------------------------------------------------------- data assets
claim = tg.Data(
    "Claim submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, incident date and place, description, third parties.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
photos = tg.Data(
    "Claim photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Damage photos with EXIF metadata; number plates and people can be in frame.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
acknowledgement = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
fingerprints = tg.Data(
    "Photo fingerprints",
    kind="embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Perceptual hashes and image embeddings, each with its claim reference.",
)
prior_matches = tg.Data(
    "Prior claim photo matches",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Near-duplicate photos from earlier claims and the claims they belong to.",
)
detector_scores = tg.Data(
    "Editing and AI-generation scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
web_matches = tg.Data(
    "Reverse image search matches", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
risk_score = tg.Data(
    "Photo fraud risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Combined score with the reasons behind it (match found, edit regions, etc.).",
)
referral = tg.Data(
    "SIU referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The claim, its photos and the forensic evidence for the investigator.",
)
outcome = tg.Data(
    "Investigation outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed fraud, no fraud or inconclusive, with the investigator's notes.",
)
handler_decision = tg.Data(
    "Claim handling decision", kind="records", sensitivity=tg.Sensitivity.PII
)
outcome_labels = tg.Data(
    "Fraud outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_photos = tg.Data(
    "Labelled claim photos", kind="training-data", sensitivity=tg.Sensitivity.PII
)
public_corpus = tg.Data(
    "Generated and edited image corpus",
    kind="training-data",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Public research datasets of AI-generated and manipulated images.",
)
weights = tg.Data(
    "Detector weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person making the claim; a fraudster is a policyholder too.
    policyholder = tm.add(tg.Actor("Policyholder", role="claimant"))
    # Training material for the AI-generation and editing detector.
    corpus = tm.add(
        tg.DataSource(
            "Public manipulated image datasets",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_corpus},
        )
    )

with tm.boundary("Reverse image search vendor", trust=tg.Trust.PARTNER):
    # Finds the same picture elsewhere on the web (stock images, sales listings).
    reverse_search = tm.add(
        tg.ExternalService(
            "Reverse image search API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment(note="procurement security questionnaire and DPA")},
        )
    )

with tm.boundary("Claims cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where policyholders report claims and upload photos.
    portal = tm.add(
        tg.Endpoint(
            "Claims portal API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account e-mail and password"),
                c.InputValidation(note="JPEG, PNG and HEIC only, 20 MB per photo"),
            },
        )
    )
    # Original photos as uploaded, kept with the claim.
    photo_store = tm.add(
        tg.DataStore(
            "Claim photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # System of record for claims, where handlers work.
    claims_db = tm.add(
        tg.DataStore(
            "Claims management system",
            stores={claim, risk_score, outcome, handler_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Runs the checks on each new photo and combines them into one score.
    forensics = tm.add(
        tg.Service(
            "Photo forensics service",
            description="Hashes and embeds each photo, reads EXIF, calls the detector and "
            "the reverse image search, and refers claims above the threshold to the SIU.",
            controls={c.SecretsManagement(note="vendor API key in the cloud secret manager")},
        )
    )
    # Every earlier claim photo, for spotting a picture reused across claims.
    photo_index = tm.add(tg.VectorStore("Claim photo similarity index", stores={fingerprints}))
    # Scores photos for editing (cloned regions, spliced parts) and AI generation.
    detector = tm.add(
        tg.Model(
            "Photo manipulation detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="CNN trained in-house on claim photos and public manipulated-image sets.",
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Past SIU outcomes joined with the photos they were about.
        training_set = tm.add(
            tg.Dataset("Claim photo training set", stores={training_photos, outcome_labels})
        )
        # Quarterly retraining of the detector.
        training = tm.add(
            tg.Pipeline(
                "Detector training pipeline",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="hold-out evaluation before registering")},
            )
        )
        # Versions of the detector that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Handles the claim and sees the photo risk score next to it.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))
    # Investigates referred claims and records the outcome.
    investigator = tm.add(tg.Actor("SIU investigator", role="fraud investigator"))
    # The SIU's case tool: referrals in, outcomes out.
    siu_cases = tm.add(
        tg.Service(
            "SIU case management",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
                c.HumanInTheLoop(
                    approver="SIU investigator",
                    note="the model only flags; an investigator decides whether a claim "
                    "is investigated, paid or declined",
                ),
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")
tm.flow(policyholder, portal, claim, photos, protocol="https", controls={tls})
tm.flow(portal, policyholder, acknowledgement, protocol="https", controls={tls})
tm.flow(portal, photo_store, photos)
tm.flow(portal, claims_db, claim)

tm.flow(photo_store, forensics, photos, label="new photo event")
tm.flow(forensics, photo_index, fingerprints, label="lookup and insert")
tm.flow(photo_index, forensics, prior_matches)
tm.flow(forensics, detector, photos)
tm.flow(detector, forensics, detector_scores)
tm.flow(forensics, reverse_search, photos, protocol="https", controls={tls})
tm.flow(reverse_search, forensics, web_matches, protocol="https", controls={tls})
tm.flow(forensics, claims_db, risk_score)
tm.flow(forensics, siu_cases, referral, label="score above referral threshold")

tm.flow(claims_db, handler, claim, risk_score, protocol="https")
tm.flow(handler, claims_db, handler_decision, protocol="https")
tm.flow(siu_cases, investigator, referral, protocol="https")
tm.flow(investigator, siu_cases, outcome, protocol="https")
tm.flow(siu_cases, claims_db, outcome)

tm.flow(siu_cases, training_set, outcome_labels, label="monthly export")
tm.flow(photo_store, training_set, training_photos, label="photos of investigated claims")
tm.flow(corpus, training, public_corpus, protocol="https")
tm.flow(training_set, training, training_photos, outcome_labels)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy")

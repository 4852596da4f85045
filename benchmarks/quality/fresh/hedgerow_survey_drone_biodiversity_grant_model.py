"""Hedgerow drone survey and condition scoring: the first design, before any security review.

A farm conservation consultancy surveys its clients' hedgerows by drone to support
agri-environment grant claims (hedgerow management and creation actions). An adviser
flies the drone over a client farm, copies the geotagged imagery from the SD card to
a field laptop and uploads it to the consultancy's cloud project. A preprocessing
job builds orthomosaics and cuts them into hedge segments per land parcel; an
in-house model scores each segment's condition (height, width, gaps, woody species)
and the scores are kept with the client's farm records. Advisers label segments they
have walked, and those labels retrain the model. In a claim web app (company SSO
with 2-step verification) the adviser reviews every score, then downloads the
evidence pack and submits the claim, with the farmer's delegated permission, to the
government Rural Payments portal under the adviser's own login; the farmer gets a
survey report by e-mail. Cloud storage is encrypted with provider-managed keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hedgerow drone survey and grant evidence",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Drone imagery of client farms scored for hedgerow condition by an in-house "
        "model, as evidence for agri-environment grant claims."
    ),
)

# ---------------------------------------------------------------- data assets
flight_plan = tg.Data("Flight plan", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
imagery = tg.Data(
    "Geotagged hedgerow imagery",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="RGB and multispectral frames of a client's farm; may catch houses and people.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
segments = tg.Data(
    "Hedge segment tiles",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Orthomosaic tiles cut per hedge segment, with parcel id and length.",
)
scores = tg.Data(
    "Hedgerow condition scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
labels = tg.Data(
    "Adviser hedgerow labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled hedge segments", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Hedgerow model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
farm_records = tg.Data(
    "Client farm records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Farmer's name, address, SBI and CRN, land parcels and agreement details.",
)
parcel_maps = tg.Data("Land parcel maps", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
score_review = tg.Data("Adviser score review", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
evidence_pack = tg.Data(
    "Grant claim evidence pack",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Hedge lengths and condition by parcel, with photos, for the claim.",
)
claim = tg.Data(
    "Grant claim submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
survey_report = tg.Data("Hedgerow survey report", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Client farm", trust=tg.Trust.UNTRUSTED):
    # The survey drone, flown over the client's fields by the adviser.
    drone = tm.add(
        tg.Device(
            "Survey drone",
            fleet=True,
            description="Consultancy-owned quadcopters with RGB and multispectral cameras.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The client whose hedgerows are surveyed and whose claim is made.
    farmer = tm.add(tg.Actor("Farmer client", role="client"))

with tm.boundary("Government", trust=tg.Trust.PARTNER):
    # Where grant claims are made and land parcel maps come from.
    rpa_portal = tm.add(
        tg.ExternalService(
            "Rural Payments portal",
            description="Government service for land data and agri-environment claims.",
        )
    )

with tm.boundary("Consultancy field kit", trust=tg.Trust.INTERNAL):
    # Flies surveys, labels hedges, reviews scores and submits the claims.
    adviser = tm.add(tg.Actor("Conservation adviser", role="conservation adviser"))
    # Takes the drone's SD card in the field and uploads the imagery.
    laptop = tm.add(
        tg.Device(
            "Field laptop",
            fleet=True,
            description="Windows laptops the advisers carry; upload over 4G or office Wi-Fi.",
        )
    )

with tm.boundary("Cloud project", trust=tg.Trust.INTERNAL):
    # Raw survey imagery, kept per client and survey date.
    imagery_store = tm.add(
        tg.DataStore(
            "Survey imagery bucket",
            stores={imagery},
            controls={
                c.EncryptionAtRest(key_management="provider-managed keys"),
                c.RBAC(),
            },
        )
    )
    # Orthomosaics and hedge segmentation, run after each upload.
    preprocessing = tm.add(
        tg.Pipeline(
            "Orthomosaic and segmentation job",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="Open-source photogrammetry container pulled at run time.",
        )
    )
    # Scores each hedge segment's condition against the grant's hedgerow standard.
    model = tm.add(
        tg.Model(
            "Hedgerow condition model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="CNN grading segments good / needs management / gappy, with confidence.",
            controls={c.ModelVersioning()},
        )
    )
    # Scores and the client farm records the claims are built from.
    results_db = tm.add(
        tg.DataStore(
            "Survey results database",
            stores={scores, farm_records, score_review},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # The advisers' web app for reviewing scores and building evidence packs.
    claim_app = tm.add(
        tg.Endpoint(
            "Claim preparation app",
            purpose=tg.EndpointPurpose.API,
            description="Web app on the cloud project; advisers sign in with company accounts.",
            controls={
                c.Authentication(method="company SSO with 2-step verification"),
                c.HumanInTheLoop(
                    approver="conservation adviser",
                    note="every score is confirmed or corrected before it enters a claim",
                ),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Where advisers' field assessments are attached to segments.
        labelling = tm.add(tg.Pipeline("Hedge labelling tool", stage=tg.Stage.LABELING))
        # Labelled segments the model is trained and retrained on.
        dataset = tm.add(tg.Dataset("Hedgerow training set", stores={training_set, labels}))
        # Retrains the model each season from the labelled set.
        training = tm.add(tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING))
        # Holds model checkpoints that serving loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

# ---------------------------------------------------------------- flows
# survey capture
tm.flow(adviser, drone, flight_plan, label="drone remote controller")
tm.flow(drone, laptop, imagery, protocol="usb", label="SD card")
tm.flow(laptop, imagery_store, imagery, protocol="https")

# scoring
tm.flow(imagery_store, preprocessing, imagery)
tm.flow(preprocessing, model, segments)
tm.flow(model, results_db, scores)

# labelling and retraining
tm.flow(preprocessing, labelling, segments)
tm.flow(adviser, labelling, labels, protocol="https")
tm.flow(labelling, dataset, training_set, labels)
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load on deploy")

# claim preparation
tm.flow(rpa_portal, adviser, parcel_maps, protocol="https", label="land data download")
tm.flow(adviser, claim_app, parcel_maps, score_review, farm_records, protocol="https")
tm.flow(claim_app, adviser, scores, evidence_pack, protocol="https")
tm.flow(claim_app, results_db, score_review, farm_records)
tm.flow(results_db, claim_app, scores, farm_records)
tm.flow(adviser, rpa_portal, claim, protocol="https", label="claim submitted under adviser login")
tm.flow(rpa_portal, adviser, claim, protocol="https", label="claim status")
tm.flow(claim_app, farmer, survey_report, protocol="smtp+starttls", label="e-mailed PDF")

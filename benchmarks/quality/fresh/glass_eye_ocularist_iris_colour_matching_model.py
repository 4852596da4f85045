"""Iris colour matching model for an ocularist practice: the first design, before any security review.

An ocularist making a custom artificial eye photographs the patient's remaining eye
on a calibrated camera rig with a colour reference card in frame. The rig uploads
the photos over HTTPS to the practice's colour matching web app in a cloud tenancy,
where a calibration service corrects the colour against the card and segments the
iris into zones. An in-house regression model predicts, for each zone, the mix of
the practice's own pigments that paints that colour; the ocularist sees the proposal
beside the photos, adjusts it and approves it before painting. Patient names and
appointments come from the practice management system's API. Approved recipes are
exported monthly into a training set, and a contract ML developer retrains the model
and publishes new versions to the registry. Staff sign in with MFA, photos are
encrypted at rest, and model versions are pinned in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ocularist iris colour matching",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Proposes iris pigment recipes for artificial eyes from calibrated photos "
        "of the patient's other eye, for the ocularist to approve."
    ),
)

# ---------------------------------------------------------------- data assets
eye_photos = tg.Data(
    "Calibrated eye photos",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Close-up photos of the patient's remaining eye with a colour reference card.",
)
iris_features = tg.Data(
    "Colour-corrected iris zone colours",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Segmented iris zones (collarette, stroma, limbal ring) in a calibrated colour space.",
)
recipe_proposal = tg.Data(
    "Proposed pigment recipe", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
pigments = tg.Data(
    "Pigment library",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="The practice's pigments, their measured colours and mixing ratios.",
)
approved_recipe = tg.Data(
    "Approved pigment recipe",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    description="The recipe as adjusted and signed off by the ocularist, per patient.",
)
patient_details = tg.Data(
    "Patient details and appointment", sensitivity=tg.Sensitivity.PII, kind="records"
)
training_examples = tg.Data(
    "Photo and approved recipe pairs", sensitivity=tg.Sensitivity.REGULATED, kind="training-data"
)
weights = tg.Data(
    "Colour model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_code = tg.Data(
    "Training code and configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Practice", trust=tg.Trust.INTERNAL):
    # The ocularist who photographs the eye, reviews the proposal and paints the iris.
    ocularist = tm.add(tg.Actor("Ocularist", role="clinician"))
    # Fixed camera, ring light and colour card on the practice bench.
    camera = tm.add(
        tg.Device(
            "Calibrated iris camera rig",
            fleet=False,
            description="DSLR on a fixed mount with controlled lighting and a colour reference card.",
        )
    )

with tm.boundary("Practice cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web app the ocularist works in: upload, proposal, adjustment, approval.
    web_app = tm.add(
        tg.Endpoint(
            "Colour matching web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 account with MFA"),
                c.HumanInTheLoop(
                    approver="the ocularist", note="every recipe is approved before painting"
                ),
            },
        )
    )
    # Corrects colour against the reference card and segments the iris into zones.
    calibration = tm.add(tg.Service("Colour calibration and iris segmentation service"))
    # Predicts the pigment mix for each iris zone.
    model = tm.add(
        tg.Model(
            "Iris colour matching model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor from zone colours to pigment ratios.",
        )
    )
    # Reference data the model works from.
    pigment_library = tm.add(tg.DataStore("Pigment library", stores={pigments}))
    # Photos and approved recipes, kept for remakes and as training data.
    photo_store = tm.add(
        tg.DataStore(
            "Eye photo and recipe store",
            stores={eye_photos, approved_recipe},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

    with tm.boundary("Training environment", trust=tg.Trust.INTERNAL):
        # Monthly export of photo and approved recipe pairs.
        training_set = tm.add(tg.Dataset("Colour training set", stores={training_examples}))
        # Retrains the regressor when the contractor runs it.
        training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
        # Holds the model versions; serving loads a pinned version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Practice management vendor", trust=tg.Trust.PARTNER):
    # The practice's booking and patient records SaaS.
    pms = tm.add(
        tg.ExternalService(
            "Practice management system",
            description="Patient demographics and appointments, read through its API.",
        )
    )

with tm.boundary("Contractor", trust=tg.Trust.PARTNER):
    # Freelance ML developer who maintains and retrains the model.
    ml_dev = tm.add(tg.Actor("Contract ML developer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(camera, web_app, eye_photos, protocol="https", label="photo upload")
tm.flow(pms, web_app, patient_details, protocol="https")
tm.flow(web_app, calibration, eye_photos)
tm.flow(calibration, photo_store, eye_photos)
tm.flow(calibration, model, iris_features)
tm.flow(pigment_library, model, pigments)
tm.flow(model, web_app, recipe_proposal)
tm.flow(web_app, ocularist, eye_photos, recipe_proposal, protocol="https")
tm.flow(ocularist, web_app, approved_recipe, protocol="https")
tm.flow(web_app, photo_store, approved_recipe)
tm.flow(photo_store, web_app, eye_photos, approved_recipe, label="remake lookup")

tm.flow(photo_store, training_set, training_examples, label="monthly export")
tm.flow(ml_dev, training, training_code, protocol="ssh")
tm.flow(training_set, training, training_examples)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy pinned version")

"""Dental lab shade matching: the first design, before any security review.

Our dental laboratory builds crowns and bridges for dental practices across the
EU. Dentists upload intraoral photos (taken with a shade tab in frame) with each
case through the lab's case portal. A shade matching service colour-corrects
the photos against the tab, crops the prepared tooth and its neighbours, and
asks an in-house shade model for the closest shade; it then picks the ceramic
layering recipe for that shade from the lab's recipe library. Technicians see
the suggested shade and recipe on their bench workbench, confirm or correct it
before layering, and the confirmed shade goes back into the training set. An ML
engineer retrains the model monthly and publishes it through a model registry.
Everything runs in the lab's cloud tenant; the portal uses e-mail and password
sign-in, storage is encrypted with provider-managed keys, and technicians sign
in to the workbench with the lab's Microsoft 365 accounts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental lab shade matching",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Suggests ceramic shade recipes for crowns from dentists' intraoral photos.",
)

# ---------------------------------------------------------------- data assets
case_order = tg.Data(
    "Case prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, tooth numbers, restoration type, material and the dentist's notes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
photos = tg.Data(
    "Intraoral photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="JPEG photos of the patient's teeth with a shade tab in frame, keyed by case number.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
tooth_crops = tg.Data(
    "Colour-corrected tooth crops",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Crops of the prepared tooth and its neighbours, normalised against the shade tab.",
)
shade_prediction = tg.Data(
    "Shade prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top-3 VITA shades per tooth region with confidences.",
)
recipes = tg.Data(
    "Ceramic layering recipes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The lab's layering recipes per shade and ceramic system: the lab's know-how.",
)
suggestion = tg.Data(
    "Shade and recipe suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
confirmed_shade = tg.Data(
    "Technician-confirmed shade",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
case_status = tg.Data("Case status", kind="records", sensitivity=tg.Sensitivity.PII)
weights = tg.Data(
    "Shade model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned image model.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Dentists and their nurses at the practices that send us cases.
    dentist = tm.add(tg.Actor("Dentist", role="referring dentist"))

with tm.boundary("Lab cloud tenant", trust=tg.Trust.INTERNAL):
    # The only thing practices reach: case submission and status.
    portal = tm.add(
        tg.Endpoint(
            "Case portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/PNG only, 20 MB per photo"),
            },
        )
    )
    # Object storage for the uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # The lab management system's database: every case, its prescription and status.
    lab_db = tm.add(
        tg.DataStore(
            "Lab management database",
            stores={case_order, case_status, confirmed_shade},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Calibrates the photos, calls the model and picks the recipe.
    matcher = tm.add(
        tg.Service(
            "Shade matching service",
            description="Colour-corrects each photo against the shade tab, crops the teeth, "
            "calls the shade model and looks up the recipe for the top shade.",
        )
    )
    # The image model that names the shade.
    shade_model = tm.add(
        tg.Model(
            "Shade model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="ResNet fine-tuned in-house on confirmed cases; served by TorchServe.",
        )
    )
    # Reference data the technicians maintain.
    recipe_library = tm.add(tg.DataStore("Recipe library", stores={recipes}))
    # Web app on the bench PCs where technicians see and confirm the suggestion.
    workbench = tm.add(
        tg.Endpoint(
            "Technician workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 sign-in"),
                c.HumanInTheLoop(approver="the dental technician confirms or corrects the shade"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Photos and confirmed shades of past cases.
        training_set = tm.add(
            tg.Dataset("Shade training set", stores={tooth_crops, confirmed_shade})
        )
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Where model versions are kept and served from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Lab network", trust=tg.Trust.INTERNAL):
    # Builds the crowns; final say on the shade.
    technician = tm.add(tg.Actor("Dental technician", role="ceramist"))
    # One contractor who maintains the model part-time.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(dentist, portal, case_order, photos, protocol="https")
tm.flow(portal, dentist, case_status, protocol="https")
tm.flow(portal, photo_store, photos, protocol="https")
tm.flow(portal, lab_db, case_order)
tm.flow(lab_db, portal, case_status)

tm.flow(photo_store, matcher, photos, protocol="https")
tm.flow(matcher, shade_model, tooth_crops, protocol="http")
tm.flow(shade_model, matcher, shade_prediction, protocol="http")
tm.flow(recipe_library, matcher, recipes)
tm.flow(matcher, lab_db, suggestion)

tm.flow(lab_db, workbench, case_order, suggestion)
tm.flow(recipe_library, workbench, recipes)
tm.flow(workbench, technician, case_order, suggestion, protocol="https")
tm.flow(technician, workbench, confirmed_shade, protocol="https")
tm.flow(technician, recipe_library, recipes, label="maintains recipes")
tm.flow(workbench, lab_db, confirmed_shade, case_status)

tm.flow(lab_db, training_set, confirmed_shade, label="monthly export")
tm.flow(matcher, training_set, tooth_crops, label="crops of confirmed cases")
tm.flow(training_set, training, tooth_crops, confirmed_shade)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="promotes version")
tm.flow(registry, shade_model, weights, label="deploy")

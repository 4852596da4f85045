"""Saddle fitting from horse back scans: the first design, before any security review.

A small UK saddle-fitting business offers riders a phone app. The rider records a 3D
scan of the horse's back with the phone's depth camera, adds the horse's details
(breed, age, work, current saddle) and their own contact and yard address, and
uploads it. In the business's cloud account a scan processing service extracts the
back profile (wither width and angle, back length, rise) and a gradient-boosted
model trained on the business's past fittings recommends saddle tree sizes with a
confidence for each. The fitter reviews the recommendation in a web dashboard,
confirms it at an in-person fitting and orders saddles from the makers' trade
ordering portals. Fitting outcomes are exported monthly to retrain the model, which
a contract data scientist runs. Riders sign in with e-mail and password, fitters
with TOTP as well; uploads are checked for format and size, and the stores use the
cloud provider's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Saddle fitting horse back scan model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Recommends saddle tree sizes from riders' phone scans of their horse's back.",
)

# ---------------------------------------------------------------- data assets
back_scan = tg.Data(
    "Horse back 3D scan",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Depth-camera mesh of the horse's back and withers, with capture metadata.",
)
rider_profile = tg.Data(
    "Rider and horse profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider name, e-mail, phone, yard address; horse breed, age, work, saddle.",
)
rider_login = tg.Data("Rider sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
back_profile = tg.Data(
    "Back profile measurements",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wither width and angle, back length, rise and asymmetry from the mesh.",
)
recommendation = tg.Data(
    "Tree size recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top three tree sizes and gullet widths with a confidence for each.",
)
fitting_status = tg.Data(
    "Fitting status for rider",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recommended sizes once confirmed, appointment and order progress.",
)
fitter_decision = tg.Data(
    "Fitter decision and fitting outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tree size the fitter confirmed and whether the saddle fitted.",
)
saddle_order = tg.Data(
    "Saddle order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Maker, model, tree size, rider name and delivery address.",
)
order_confirmation = tg.Data(
    "Maker order confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_set = tg.Data(
    "Past fittings training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Back profiles with the tree sizes that fitted, keyed by fitting id.",
)
model_artifact = tg.Data(
    "Tree size model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn model saved with joblib.",
)
training_run = tg.Data("Training run and release", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Horse owners who want a saddle fitted; anyone can install the app.
    rider = tm.add(tg.Actor("Rider", role="customer"))
    # The rider's own phone running our app, which captures the depth scan.
    phone_app = tm.add(
        tg.Device("Rider phone app", description="iOS and Android app using the depth camera.")
    )

with tm.boundary("Fitting platform cloud", trust=tg.Trust.INTERNAL):
    # Backend the app talks to: accounts, uploads, fitting status.
    rider_api = tm.add(
        tg.Endpoint(
            "Rider API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="scan uploads must be PLY or USDZ under 50 MB"),
            },
        )
    )
    # Object storage for the uploaded meshes.
    scan_store = tm.add(
        tg.DataStore(
            "Scan store",
            stores={back_scan},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Turns a mesh into back profile measurements and asks the model.
    scan_processing = tm.add(
        tg.Service(
            "Scan processing service",
            description="Cleans the mesh, finds landmarks, measures the back, calls the model.",
        )
    )
    # Recommends tree sizes from the back profile.
    tree_model = tm.add(
        tg.Model(
            "Tree size model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees over the back profile; advice for the fitter.",
            controls={c.HumanInTheLoop(approver="the fitter, at an in-person fitting")},
        )
    )
    # Riders, horses, fittings, recommendations and orders.
    fitting_db = tm.add(
        tg.DataStore(
            "Fitting records database",
            stores={rider_profile, back_profile, recommendation, fitter_decision, saddle_order},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the fitter reviews recommendations and places orders.
    dashboard = tm.add(
        tg.Endpoint(
            "Fitter dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password with TOTP")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly export of confirmed fittings to train on.
        dataset = tm.add(tg.Dataset("Fittings training dataset", stores={training_set}))
        # Retrains the model, run by hand by the contractor.
        training = tm.add(
            tg.Pipeline(
                "Model training job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Bucket holding the model versions the processing service loads.
        registry = tm.add(tg.ModelRegistry("Model bucket", stores={model_artifact}))

with tm.boundary("Fitting business", trust=tg.Trust.INTERNAL):
    # Qualified fitter who owns the business and confirms every size.
    fitter = tm.add(tg.Actor("Saddle fitter", role="business owner", privileged=True))

with tm.boundary("Data science contractor", trust=tg.Trust.PARTNER):
    # Freelancer who built the model and retrains it each quarter.
    data_scientist = tm.add(
        tg.Actor("Contract data scientist", role="ml contractor", privileged=True)
    )

with tm.boundary("Saddle makers", trust=tg.Trust.PARTNER):
    # Makers' trade ordering portals the fitter orders through.
    makers = tm.add(tg.ExternalService("Saddle maker ordering portals"))

# ---------------------------------------------------------------- flows
tm.flow(rider, phone_app, back_scan, rider_profile, rider_login, label="captures scan in app")
tm.flow(phone_app, rider, fitting_status, label="shows fitting status")
tm.flow(phone_app, rider_api, back_scan, rider_profile, rider_login, protocol="https")
tm.flow(rider_api, phone_app, fitting_status, protocol="https")
tm.flow(rider_api, scan_store, back_scan)
tm.flow(rider_api, fitting_db, rider_profile)
tm.flow(fitting_db, rider_api, fitting_status)

tm.flow(scan_store, scan_processing, back_scan)
tm.flow(scan_processing, tree_model, back_profile)
tm.flow(tree_model, scan_processing, recommendation)
tm.flow(scan_processing, fitting_db, back_profile, recommendation)

tm.flow(fitting_db, dashboard, rider_profile, back_profile, recommendation)
tm.flow(dashboard, fitter, rider_profile, recommendation, protocol="https")
tm.flow(fitter, dashboard, fitter_decision, saddle_order, protocol="https")
tm.flow(dashboard, fitting_db, fitter_decision, saddle_order)
tm.flow(dashboard, makers, saddle_order, protocol="https")
tm.flow(makers, dashboard, order_confirmation, protocol="https")

tm.flow(fitting_db, dataset, training_set, label="monthly export")
tm.flow(data_scientist, training, training_run, protocol="ssh")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, tree_model, model_artifact, label="loaded at start-up")

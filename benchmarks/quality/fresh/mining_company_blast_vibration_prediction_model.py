"""Blast vibration prediction: the first design, before any security review.

Our quarry's blast engineer drafts each blast (hole layout, charge per delay,
timing, stemming) in a blast design application on the site network. The app
sends the design to a prediction service, which looks up the distance and the
planning-consent limit of every nearby home and asks a site-specific regression
model for the peak particle velocity and air overpressure expected at each one.
The shot-firer reviews the design with its predictions and signs it off in the
app before the blast; signed-off designs are kept in the blast records database.
Seismographs at the nearest homes upload what each blast actually produced to
the monitoring vendor's cloud; a nightly import job pulls those readings, joins
them to the as-fired designs and adds them to a training set that a monthly job
refits the model from, publishing a versioned joblib file to a model registry.
Staff sign in with company single sign-on with MFA; vendor links use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blast vibration prediction",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts ground vibration and air overpressure at nearby homes for each blast "
        "design, for the shot-firer to sign off."
    ),
)

# ---------------------------------------------------------------- data assets
design = tg.Data(
    "Blast design",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Hole coordinates, depths, charge mass per delay, delay timing, stemming.",
)
properties = tg.Data(
    "Nearby property locations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Grid reference, distance and consented vibration limit per home; no occupant names.",
)
blast_features = tg.Data("Scaled distance features", kind="features")
prediction = tg.Data(
    "Vibration and overpressure predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Predicted PPV (mm/s) and air overpressure (dB) at each home, with 95% bound.",
)
sign_off = tg.Data("Shot-firer sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
blast_record = tg.Data(
    "Signed-off blast record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
readings = tg.Data(
    "Seismograph readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Measured PPV, frequency and air overpressure per triggered event.",
)
training_rows = tg.Data(
    "Blast outcome training rows",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_file = tg.Data("Vibration model file", format="pickle", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Quarry site network", trust=tg.Trust.INTERNAL):
    # Designs each blast and runs the prediction.
    engineer = tm.add(tg.Actor("Blast engineer", role="blast engineer"))
    # Appointed shot-firer: legally responsible for the blast, signs off the design.
    shot_firer = tm.add(tg.Actor("Shot-firer", role="shot-firer"))
    # Where designs are drafted, reviewed and signed off.
    design_app = tm.add(
        tg.Service(
            "Blast design application",
            controls={
                c.Authentication(method="company single sign-on with MFA"),
                c.RBAC(note="only appointed shot-firers can sign off"),
                c.HumanInTheLoop(approver="the appointed shot-firer"),
            },
        )
    )
    # Turns a design into predictions at each nearby home.
    predictor = tm.add(
        tg.Endpoint(
            "Prediction service",
            purpose=tg.EndpointPurpose.INFERENCE,
            description="Computes scaled distance per home and calls the model.",
        )
    )
    # Site-specific attenuation model refitted from our own monitoring history.
    model = tm.add(
        tg.Model(
            "Vibration prediction model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regression on scaled distance, geology and timing.",
        )
    )
    # Reference list of homes around the quarry and their consent limits.
    property_register = tm.add(tg.DataStore("Nearby property register", stores={properties}))
    # Statutory record of each blast as designed and signed off.
    records_db = tm.add(
        tg.DataStore(
            "Blast records database",
            stores={blast_record, design, prediction},
            controls={c.DataVersioning(note="nightly backups")},
        )
    )

with tm.boundary("Analytics cloud", trust=tg.Trust.INTERNAL):
    # Pulls the vendor's readings each night and matches them to as-fired blasts.
    importer = tm.add(
        tg.Pipeline(
            "Nightly monitoring import job",
            stage=tg.Stage.INGESTION,
            controls={c.DataSanitization(note="drops triggers outside blast time windows")},
        )
    )
    # Historical blasts with their measured outcomes.
    training_set = tm.add(tg.Dataset("Blast outcome dataset", stores={training_rows}))
    # Monthly refit of the regression model.
    training = tm.add(tg.Pipeline("Monthly refit job", stage=tg.Stage.TRAINING))
    # Holds each fitted model version for the prediction service to load.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_file},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Nearby homes", trust=tg.Trust.UNTRUSTED):
    # Seismographs in residents' gardens, reaching the vendor over a cellular modem.
    monitors = tm.add(tg.Device("Vibration monitors", fleet=True))

with tm.boundary("Monitoring vendor", trust=tg.Trust.PARTNER):
    # The seismograph maker's hosted portal, which we query by API.
    vendor = tm.add(
        tg.ExternalService(
            "Monitoring vendor cloud",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(engineer, design_app, design, protocol="https")
tm.flow(design_app, predictor, design, protocol="https")
tm.flow(property_register, predictor, properties)
tm.flow(predictor, model, blast_features)
tm.flow(model, predictor, prediction)
tm.flow(predictor, design_app, prediction, protocol="https")
tm.flow(design_app, engineer, prediction, protocol="https")
tm.flow(design_app, shot_firer, design, prediction, protocol="https")
tm.flow(shot_firer, design_app, sign_off, protocol="https")
tm.flow(design_app, records_db, blast_record, design, prediction)

tm.flow(monitors, vendor, readings, protocol="https")
tm.flow(vendor, importer, readings, protocol="https")
tm.flow(records_db, importer, design, label="nightly as-fired export")
tm.flow(importer, training_set, training_rows)
tm.flow(training_set, training, training_rows)
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="load on deploy")

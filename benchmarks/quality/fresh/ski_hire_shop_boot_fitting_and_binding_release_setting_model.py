"""Ski hire shop boot fitting and binding release setting model: the first design.

A chain of ski hire shops in Alpine resorts speeds up fitting. In the shop a
customer types weight, height, age and skier ability into a self-service kiosk and
stands on a foot scanner, plugged into the kiosk, that measures the foot and gives
the boot sole length of the boot picked. The kiosk sends this to the chain's rental
and fitting service in the cloud, which asks an in-house model for the binding
release setting (DIN). A technician at the workshop bench terminal sees the fitting
sheet, dials the setting into the bindings, tests it on a release tester and signs
off with their own PIN before the skis are handed over. Signed-off fittings are kept
and exported nightly to retrain the model; a data scientist approves each release
from the model registry. Kiosk inputs are range-checked, cloud links use HTTPS and
the fitting records are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski hire shop boot fitting and binding release setting model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Recommends binding release settings from skier details and boot sole length; a technician signs off.",
)

# ---------------------------------------------------------------- data assets
skier_details = tg.Data(
    "Skier details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Name, weight, height, age and skier ability type.",
)
sole_length = tg.Data(
    "Boot sole length measurement",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
fitting_ticket = tg.Data("Fitting ticket", kind="documents", sensitivity=tg.Sensitivity.PII)
setting_features = tg.Data(
    "Release setting features", kind="features", sensitivity=tg.Sensitivity.PII
)
recommended_setting = tg.Data(
    "Recommended release setting",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
fitting_sheet = tg.Data(
    "Fitting sheet",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Skier details, boot sole length and the recommended setting.",
)
test_reading = tg.Data("Release test reading", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sign_off = tg.Data(
    "Technician sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Setting dialled in, test result and the technician who signed.",
)
fitting_records = tg.Data(
    "Fitting records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Fitting history training set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_artifact = tg.Data(
    "Release setting model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor", trust=tg.Trust.UNTRUSTED):
    # Renter entering their own details at the kiosk.
    customer = tm.add(tg.Actor("Customer", role="renter"))

with tm.boundary("Shop network", trust=tg.Trust.INTERNAL):
    # Self-service touchscreen on the shop floor where customers enter their details.
    kiosk = tm.add(
        tg.Device(
            "Self-service fitting kiosk",
            controls={
                c.InputValidation(
                    note="weight, height and age range checks; ability from a fixed list"
                )
            },
        )
    )
    # Measures the foot and gives the boot sole length; connected to the kiosk by USB.
    scanner = tm.add(tg.Device("Foot scanner"))
    # Workshop terminal where the technician reads the fitting sheet and signs off.
    bench = tm.add(
        tg.Device(
            "Workshop bench terminal",
            controls={c.Authentication(method="technician's own PIN")},
        )
    )
    # Calibrated binding release tester at the bench, connected to the terminal.
    tester = tm.add(tg.Device("Binding release tester"))
    # Dials in the setting, tests it and signs off before handover.
    technician = tm.add(tg.Actor("Ski technician", role="technician"))

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # Rental and fitting backend: takes kiosk sessions, calls the model, keeps fittings.
    service = tm.add(tg.Service("Rental and fitting service"))
    # Recommends the release setting; the technician signs off every setting.
    model = tm.add(
        tg.Model(
            "Binding release setting model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            controls={
                c.HumanInTheLoop(
                    approver="ski technician",
                    note="technician checks the setting against the binding maker's chart and signs off before handover",
                )
            },
        )
    )
    # Customers' fittings and the settings signed off for them.
    records_store = tm.add(
        tg.DataStore(
            "Fitting records store",
            stores={fitting_records},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Past signed-off fittings used to train the model.
        dataset = tm.add(tg.Dataset("Fitting history dataset", stores={training_set}))
        # Nightly retraining on the fitting history.
        training = tm.add(tg.Pipeline("Nightly retraining", stage=tg.Stage.TRAINING))
        # Versions of the model awaiting or past release.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Reviews retrained models and approves each release to the shops.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, kiosk, skier_details, label="on the kiosk touchscreen")
tm.flow(scanner, kiosk, sole_length, protocol="usb")
tm.flow(kiosk, customer, fitting_ticket, label="printed at the kiosk")
tm.flow(kiosk, service, skier_details, sole_length, protocol="https")

tm.flow(service, model, setting_features)
tm.flow(model, service, recommended_setting)

tm.flow(service, bench, fitting_sheet, protocol="https")
tm.flow(bench, technician, fitting_sheet, label="on the panel")
tm.flow(tester, bench, test_reading, protocol="usb")
tm.flow(technician, bench, sign_off, label="at the bench terminal")
tm.flow(bench, service, sign_off, test_reading, protocol="https")

tm.flow(service, records_store, fitting_records)
tm.flow(records_store, service, fitting_records, label="returning customer lookup")
tm.flow(records_store, dataset, training_set, label="nightly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, release_approval, protocol="https", label="approves release")
tm.flow(registry, model, model_artifact, label="deploy")

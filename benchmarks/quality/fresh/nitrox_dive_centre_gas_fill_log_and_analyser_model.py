"""Nitrox fill log and analyser check: the first design, before any security review.

A dive centre on the Algarve blends nitrox for its customers. Fill technicians log
each cylinder fill (cylinder number, target mix, fill pressure, bank used) on a
tablet at the fill station. A Wi-Fi oxygen analyser at the station posts each
cylinder's measured O2 percentage to a small gateway in the shop, which forwards it
to the fill log service the centre runs in a cloud account. A classifier trained on
the centre's past fills compares the logged fill with the reading and flags fills
whose mix or pressure looks wrong; a flagged cylinder is re-analysed by a technician
before release. Divers then sign for their cylinder on a counter tablet, confirming
the analysed mix and maximum operating depth against their nitrox certification.
The manager reviews flags in a web console, and those verdicts feed a monthly retrain.
Controls in this design: tablet and staff sign-in with role-based access, range
checks on readings, TLS to the cloud, encrypted and backed-up fill log database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Nitrox dive centre gas fill log and analyser model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Fill logging, analyser readings and a mix/pressure check before divers sign for nitrox cylinders.",
)

# ---------------------------------------------------------------- data assets
fill_record = tg.Data(
    "Fill record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Cylinder number, target O2 %, fill pressure, bank, technician, time.",
)
o2_reading = tg.Data(
    "Cylinder O2 reading",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Measured oxygen percentage and analyser id for one cylinder.",
)
fill_features = tg.Data(
    "Fill check features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Target vs measured O2, fill pressure, cylinder size, bank pressures.",
)
fill_flag = tg.Data(
    "Fill flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="OK or suspect, with the reason (mix off target, pressure out of range).",
)
cylinder_summary = tg.Data(
    "Cylinder release summary",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Analysed O2 %, pressure, computed MOD and flag status shown to the diver.",
)
diver_details = tg.Data(
    "Diver details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, nitrox certification agency and number.",
)
sign_off = tg.Data(
    "Diver cylinder sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Diver's confirmation of analysed mix and MOD, with drawn signature.",
)
flag_report = tg.Data(
    "Flagged fills report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
review_labels = tg.Data(
    "Flag review verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Manager's verdict on each flag: real problem or false alarm.",
)
training_set = tg.Data(
    "Fill history training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_file = tg.Data(
    "Fill check model file",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn gradient-boosted classifier saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop counter", trust=tg.Trust.UNTRUSTED):
    # Customers who collect and sign for their own cylinders.
    diver = tm.add(tg.Actor("Diver", role="customer"))

with tm.boundary("Dive shop network", trust=tg.Trust.INTERNAL):
    # Staff who run the compressor and blending panel and log each fill.
    technician = tm.add(tg.Actor("Fill technician", role="staff"))
    # Owner-manager: reviews flags, manages staff accounts.
    manager = tm.add(tg.Actor("Dive centre manager", role="manager", privileged=True))
    # The oxygen analyser at the fill station, with a Wi-Fi module.
    analyser = tm.add(
        tg.Device(
            "Oxygen analyser",
            fleet=False,
            description="Handheld O2 analyser in a dock; posts each cylinder reading over the shop Wi-Fi.",
        )
    )
    # Relays analyser readings to the cloud, since the analyser cannot speak TLS.
    gateway = tm.add(
        tg.Service(
            "Fill station gateway",
            description="Raspberry Pi that subscribes to the analyser's MQTT topic and forwards readings.",
        )
    )
    # Where technicians log fills and see flags.
    fill_tablet = tm.add(tg.Device("Fill station tablet", fleet=False))
    # Where divers check the summary and sign for their cylinder.
    counter_tablet = tm.add(tg.Device("Counter sign-off tablet", fleet=False))

with tm.boundary("Dive centre cloud account", trust=tg.Trust.INTERNAL):
    # Single API behind both tablets, the gateway and the manager's console.
    fill_api = tm.add(
        tg.Endpoint(
            "Fill log API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="shop account e-mail and password on each tablet; staff pick their name and enter a 4-digit PIN"
                ),
                c.RBAC(note="technician, counter and manager roles"),
                c.SchemaEnforcement(note="O2 between 21 and 40 %, pressure between 0 and 300 bar"),
            },
        )
    )
    # Flags fills whose mix or pressure looks wrong before release.
    fill_model = tm.add(
        tg.Model(
            "Fill check model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Flags suspect nitrox fills (mix off target, pressure out of range) before divers sign.",
            controls={
                c.HumanInTheLoop(
                    approver="fill technician",
                    note="a flagged cylinder is re-analysed by a technician before it can be released",
                )
            },
        )
    )
    # System of record for every fill, reading, flag and sign-off.
    fill_db = tm.add(
        tg.DataStore(
            "Fill log database",
            stores={fill_record, o2_reading, fill_flag, sign_off, review_labels},
            controls={
                c.EncryptionAtRest(key_management="cloud provider default keys"),
                c.DataVersioning(note="nightly snapshots kept 30 days"),
            },
        )
    )
    # Divers known to the centre and their nitrox certifications.
    diver_register = tm.add(
        tg.DataStore(
            "Diver register",
            stores={diver_details},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Past fills joined with the manager's verdicts, for retraining.
    history = tm.add(tg.Dataset("Fill history dataset", stores={training_set}))
    # Monthly job that retrains the classifier and puts the new file in place.
    retrain = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Bucket the serving code loads the current model file from.
    model_bucket = tm.add(tg.ModelRegistry("Model file bucket", stores={model_file}))

# ---------------------------------------------------------------- flows
# logging a fill
tm.flow(technician, fill_tablet, fill_record, label="enters fill on the touchscreen")
tm.flow(fill_tablet, fill_api, fill_record, protocol="https")
tm.flow(analyser, gateway, o2_reading, protocol="mqtt")
tm.flow(gateway, fill_api, o2_reading, protocol="https")

# checking it
tm.flow(fill_api, fill_model, fill_features)
tm.flow(fill_model, fill_api, fill_flag)
tm.flow(fill_api, fill_db, fill_record, o2_reading, fill_flag, sign_off)
tm.flow(fill_db, fill_api, fill_record, o2_reading, fill_flag)
tm.flow(fill_api, fill_tablet, fill_flag, protocol="https")

# diver signs for the cylinder
tm.flow(fill_api, counter_tablet, cylinder_summary, protocol="https")
tm.flow(diver, counter_tablet, diver_details, sign_off, label="signs on the counter touchscreen")
tm.flow(counter_tablet, diver, cylinder_summary, label="shown on the counter touchscreen")
tm.flow(counter_tablet, fill_api, diver_details, sign_off, protocol="https")
tm.flow(fill_api, diver_register, diver_details)
tm.flow(diver_register, fill_api, diver_details, label="certification lookup")

# manager review
tm.flow(fill_api, manager, flag_report, protocol="https")
tm.flow(manager, fill_api, review_labels, protocol="https")

# retraining
tm.flow(fill_db, history, training_set, label="monthly export")
tm.flow(history, retrain, training_set)
tm.flow(retrain, model_bucket, model_file)
tm.flow(model_bucket, fill_model, model_file, label="loaded at start-up")

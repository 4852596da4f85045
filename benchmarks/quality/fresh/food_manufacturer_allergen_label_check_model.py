"""Allergen label check on the packing lines: the first design, before any security review.

A chilled-ready-meals manufacturer prints each pack's label on the line, and a
wrong label (the last product's allergens on this product) means a recall or a
hospital visit. Cameras over each packing line photograph every printed label;
an edge PC on the line runs an in-house vision model that reads the allergen
declaration and compares it with the approved label specification for the
product the MES says is running. On a mismatch the edge service tells the line
PLC to stop, and the line stays stopped until a supervisor resets it at the HMI.
If the checker's heartbeat is lost the PLC stops the line too. Every check is
archived on the site file share for BRCGS due diligence; reviewed images are
uploaded weekly to a cloud ML workspace, where the model is retrained and the
technical manager approves each release before it is deployed to the lines.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Allergen label check on packing lines",
    profile=tg.RiskProfile.HIGH,
    description="Camera-based check that printed allergen labels match the product being "
    "packed, stopping the line on a mismatch.",
)

# ---------------------------------------------------------------- data assets
production_order = tg.Data(
    "Production order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Line, SKU, batch code and best-before date of the run in progress.",
)
label_spec = tg.Data(
    "Approved label specification",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per SKU: the allergen declaration text, the allergens in bold and the "
    "approved artwork version.",
)
print_job = tg.Data("Label print job", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
label_images = tg.Data(
    "Pack label images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="One still per pack from the camera over the label.",
)
verdict = tg.Data(
    "Allergen label check verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Match or mismatch, with the text read and a confidence.",
)
stop_command = tg.Data("Line stop command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
mismatch_alarm = tg.Data(
    "Allergen mismatch alarm", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
reset = tg.Data("Allergen stop reset", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
check_records = tg.Data(
    "Label check records",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Each image with its verdict, SKU, batch and time, kept for due diligence.",
)
labels = tg.Data(
    "Reviewed label image labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Label training images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Label check model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Site IT network", trust=tg.Trust.INTERNAL):
    # Tells the line and the checker which product and batch is running.
    mes = tm.add(tg.Service("Manufacturing execution system"))
    # The technical team's master of what each product's label must say.
    spec_db = tm.add(
        tg.DataStore(
            "Label specification database",
            stores={label_spec},
            controls={c.RBAC(note="only the technical team edits specs"), c.AuditLogging()},
        )
    )
    # Due-diligence archive of every check, on the site file share.
    archive = tm.add(tg.DataStore("Label check archive", stores={check_records}))
    # Approves label specs and each model release.
    tech_manager = tm.add(
        tg.Actor("Technical manager", role="food safety and quality", privileged=True)
    )

with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # Prints batch code, best-before and allergen label onto each pack.
    printer = tm.add(tg.Device("Label printer"))
    # Photographs each pack's label as it leaves the labeller.
    cameras = tm.add(tg.Device("Packing line cameras"))
    # Edge service on the line PC: runs the model and stops the line.
    checker = tm.add(
        tg.Service(
            "Allergen label check service",
            description="Runs on the line edge PC; compares the model's reading with the "
            "approved spec for the running SKU and commands a stop on a mismatch.",
            controls={
                c.FailClosed(
                    fallback="PLC stops the line if the checker heartbeat is lost for 2 s"
                ),
            },
        )
    )
    # The vision model that reads and classifies the printed allergen declaration.
    model = tm.add(
        tg.Model(
            "Allergen label mismatch model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="OCR plus a classifier fine-tuned on our own label images; "
            "runs on the edge PC's GPU.",
        )
    )
    # Controls the conveyor, labeller and reject gate; stops the line on command.
    plc = tm.add(tg.Service("Packing line PLC"))
    # Operator panel on the line showing alarms; used to reset an allergen stop.
    hmi = tm.add(
        tg.Device(
            "Line HMI panel",
            controls={c.Authentication(method="supervisor PIN to reset an allergen stop")},
        )
    )
    # The line supervisor who checks the packs and resets the line after a stop.
    supervisor = tm.add(tg.Actor("Line supervisor", role="packing supervisor"))

with tm.boundary("Cloud ML workspace", trust=tg.Trust.INTERNAL):
    # Reviewed images and their match/mismatch labels.
    dataset = tm.add(tg.Dataset("Label image training set", stores={training_images, labels}))
    # Retrains the model on new products and label designs.
    training = tm.add(
        tg.Pipeline(
            "Model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="accuracy on a held-out set of past mismatches")},
        )
    )
    # Versions of the model ready to deploy to the line PCs.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning(), c.HumanInTheLoop(approver="technical manager")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Labels reviewed images and runs retraining.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(tech_manager, spec_db, label_spec, protocol="https", label="approves label specs")
tm.flow(spec_db, mes, label_spec, label="product changeover")
tm.flow(mes, printer, print_job, protocol="tcp")
tm.flow(mes, checker, production_order, label_spec, protocol="opc-ua")

tm.flow(cameras, checker, label_images, protocol="gige-vision")
tm.flow(checker, model, label_images, protocol="local")
tm.flow(model, checker, verdict, protocol="local")
tm.flow(checker, plc, stop_command, protocol="profinet")
tm.flow(checker, hmi, mismatch_alarm, verdict, protocol="opc-ua")
tm.flow(hmi, supervisor, mismatch_alarm, label="on the panel")
tm.flow(supervisor, hmi, reset, label="on the panel")
tm.flow(hmi, plc, reset, protocol="profinet")
tm.flow(checker, archive, check_records, protocol="smb")

tm.flow(
    archive, dataset, training_images, protocol="https", label="weekly upload of reviewed images"
)
tm.flow(ml_engineer, dataset, labels, protocol="https")
tm.flow(dataset, training, training_images, labels)
tm.flow(training, registry, model_artifact)
tm.flow(tech_manager, registry, release_approval, protocol="https", label="approves release")
tm.flow(registry, model, model_artifact, protocol="https", label="deploy to line edge PCs")

"""Hospital pharmacy dispensing robot with a vision check: the first design.

A US acute hospital's central pharmacy dispenses ward and discharge medication through
a picking robot. Prescribers order in the EHR; pharmacists verify each order in the
pharmacy information system, which sends verified dispense orders to the robot
controller as HL7 messages. The robot arm picks the pack, and before the patient label
is printed a camera photographs it. A pack-check service runs an in-house vision model
that identifies the product, strength and pack size, compares it with the order line
and the drug catalogue, and tells the controller to label the pack or divert it to the
reject tray; if the check does not answer, the pack goes to the reject tray. Technicians
review rejects at the robot touchscreen; their reviewed images are added to the training
set, and the pharmacy informatics team retrains the model, evaluates it on a held-out
set and publishes it to a model registry. The robot vendor supports the controller over
a site-to-site VPN. Every dispense is written to an audit trail kept for seven years.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Pharmacy robot dispensing with vision check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="A camera model checks each robot-picked pack against the prescription before labelling.",
)

# ---------------------------------------------------------------- data assets
med_order = tg.Data(
    "Medication order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, MRN, ward, drug, strength, dose, quantity, prescriber.",
)
verification = tg.Data(
    "Pharmacist order verification", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
dispense_order = tg.Data(
    "Verified dispense order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
pick_command = tg.Data("Pick command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pack_image = tg.Data("Picked pack image", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
pack_id = tg.Data(
    "Pack identification",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted product (NDC), strength and pack size, with a confidence.",
)
check_verdict = tg.Data(
    "Pack check verdict",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
catalogue = tg.Data(
    "Drug product catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="NDCs, strengths, pack sizes and reference images from the formulary.",
)
patient_label = tg.Data("Patient label", kind="records", sensitivity=tg.Sensitivity.REGULATED)
reject_review = tg.Data(
    "Reject alert with pack image",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
review_labels = tg.Data(
    "Reviewed reject labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
training_images = tg.Data(
    "Labelled pack images",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Vision model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
audit = tg.Data(
    "Dispensing audit records",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Order, pick, image reference, verdict, label and who handled exceptions.",
)
remote_session = tg.Data("Vendor remote support session", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Robot vendor", trust=tg.Trust.PARTNER):
    # The robot manufacturer's support desk: diagnostics, updates, fault fixing.
    vendor = tm.add(
        tg.ExternalService(
            "Robot vendor remote support",
            description="Connects to the robot controller for diagnostics and software updates.",
        )
    )

with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Where prescribers place medication orders (CPOE).
    ehr = tm.add(
        tg.DataStore(
            "EHR",
            stores={med_order},
            controls={
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
                tg.controls.EncryptionAtRest(key_management="database TDE"),
            },
        )
    )
    # Pharmacists verify orders here; it queues verified lines for the robot.
    pis = tm.add(
        tg.Service(
            "Pharmacy information system",
            controls={
                tg.controls.Authentication(method="badge tap and individual PIN"),
                tg.controls.RBAC(),
            },
        )
    )
    # Clinical check of every order before anything is dispensed.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))

    with tm.boundary("Pharmacy automation network", trust=tg.Trust.RESTRICTED):
        # Vendor-supplied PC that sequences picks, labelling and rejects.
        controller = tm.add(
            tg.Service(
                "Robot controller",
                controls={tg.controls.Authentication(method="individual technician badge and PIN")},
            )
        )
        # The picking arm and conveyor; guarded by the vendor's interlocks.
        arm = tm.add(
            tg.Device(
                "Picking robot arm",
                fleet=False,
                controls={
                    tg.controls.SafetyLimits(
                        limits="door interlocks and light curtain stop the arm"
                    )
                },
            )
        )
        # Fixed camera over the check station, photographs each picked pack.
        camera = tm.add(tg.Device("Pack check camera", fleet=False))
        # Compares the model's identification with the order line and catalogue.
        checker = tm.add(
            tg.Service(
                "Pack check service",
                controls={
                    tg.controls.FailClosed(
                        fallback="no verdict within 3 seconds diverts the pack to the reject tray"
                    )
                },
            )
        )
        # Identifies product, strength and pack size from the image.
        vision = tm.add(
            tg.Model(
                "Pack vision check model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Image classifier over the formulary's packs; a mismatch rejects the pack.",
            )
        )
        # Reference data the check compares against, synced from the formulary.
        product_db = tm.add(tg.DataStore("Drug product catalogue", stores={catalogue}))
        # Thermal printer that prints the patient label on packs that pass.
        printer = tm.add(tg.Device("Label printer", fleet=False))
        # Technicians load stock and clear the reject tray.
        technician = tm.add(tg.Actor("Pharmacy technician", role="technician"))
        # Regulatory record of every dispense, kept seven years.
        audit_trail = tm.add(
            tg.DataStore(
                "Dispensing audit trail",
                stores={audit, pack_image},
                controls={tg.controls.AuditLogging(retention_days=2555)},
            )
        )

with tm.boundary("Pharmacy informatics ML platform", trust=tg.Trust.INTERNAL):
    # Pack photos with confirmed product labels, including reviewed rejects.
    image_set = tm.add(
        tg.Dataset(
            "Pack image training set",
            stores={training_images, review_labels},
            controls={tg.controls.DataVersioning()},
        )
    )
    # Retrains the classifier monthly and checks it on a held-out set.
    training = tm.add(
        tg.Pipeline(
            "Vision model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                tg.controls.ModelValidation(
                    note="accuracy on a held-out pack set before publishing"
                )
            },
        )
    )
    # Versioned model files the pack check service loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={tg.controls.ModelVersioning(), tg.controls.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# order to robot
tm.flow(ehr, pis, med_order, protocol="mllp", label="HL7 orders")
tm.flow(pis, pharmacist, med_order, protocol="https")
tm.flow(pharmacist, pis, verification, protocol="https")
tm.flow(pis, controller, dispense_order, protocol="mllp", label="HL7 dispense orders")
tm.flow(controller, pis, check_verdict, protocol="mllp", label="dispense status")

# pick, check, label
tm.flow(controller, arm, pick_command)
tm.flow(controller, camera, pick_command, label="capture trigger")
tm.flow(camera, checker, pack_image)
tm.flow(controller, checker, dispense_order, label="expected order line")
tm.flow(pis, product_db, catalogue, label="nightly formulary sync")
tm.flow(product_db, checker, catalogue)
tm.flow(checker, vision, pack_image)
tm.flow(vision, checker, pack_id)
tm.flow(checker, controller, check_verdict)
tm.flow(controller, printer, patient_label)
tm.flow(controller, audit_trail, audit)
tm.flow(checker, audit_trail, audit, pack_image)

# exceptions and retraining
tm.flow(controller, technician, reject_review, label="on the robot touchscreen")
tm.flow(technician, controller, review_labels, label="on the robot touchscreen")
tm.flow(
    controller, image_set, review_labels, training_images, protocol="sftp", label="nightly export"
)
tm.flow(image_set, training, training_images, review_labels)
tm.flow(training, registry, weights)
tm.flow(registry, vision, weights, label="deploy")

# vendor support
tm.flow(vendor, controller, remote_session, protocol="ipsec", label="site-to-site VPN")
tm.flow(controller, vendor, remote_session, protocol="ipsec", label="site-to-site VPN")

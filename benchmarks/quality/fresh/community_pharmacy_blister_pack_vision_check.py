"""Community pharmacy blister pack vision check: the first design, before any security review.

Our pharmacy chain fills multi-compartment blister packs (compliance aids) for patients
in care homes and at home. After a technician fills a pack, they scan its label barcode
and place it under an imaging station at the dispensing bench. The station sends a photo
of the pack to the pack check service in the chain's cloud, which fetches the patient's
medication chart from the vendor-hosted patient medication record (PMR) system, runs an
in-house pill recognition model over each compartment and compares what it sees with the
chart. The result (match, or the compartments that differ) is shown on the station before
the pharmacist's final accuracy check, which still happens for every pack; the pharmacist
signs off or records an override. Overridden packs are relabelled by pharmacists at head
office and, with a licensed pill reference image set, retrain the model. Stations use
per-device certificates over TLS, staff sign in with their own SSO account, check results
are encrypted and audit-logged, and a new model is registered only after a held-out test.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community pharmacy blister pack vision check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Vision check of filled multi-compartment compliance packs against the patient's "
        "medication chart, before the pharmacist's final check."
    ),
)

# ---------------------------------------------------------------- data assets
pack_barcode = tg.Data(
    "Pack label barcode",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Patient identifier and dispensing cycle printed on the pack label.",
)
pack_image = tg.Data(
    "Filled pack image",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Overhead photo of the filled pack, its patient label and every compartment.",
)
chart_request = tg.Data("Medication chart request", sensitivity=tg.Sensitivity.PII, kind="records")
medication_chart = tg.Data(
    "Patient medication chart",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Current medicines, strengths, doses and administration times.",
)
detections = tg.Data(
    "Compartment pill detections",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Pills recognised in each compartment, with confidence.",
)
check_result = tg.Data(
    "Pack check result",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Match, or the compartments where the pack and the chart differ.",
)
sign_off = tg.Data(
    "Pharmacist sign-off",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Final check outcome, with any override of the model's result and its reason.",
)
labelled_images = tg.Data(
    "Labelled pack images",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="training-data",
)
pill_labels = tg.Data(
    "Compartment pill labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
reference_images = tg.Data(
    "Licensed pill reference images",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
)
model_artifact = tg.Data(
    "Pill recognition model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data(
    "Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pharmacy branch", trust=tg.Trust.INTERNAL):
    # Fills the packs and puts each one under the camera.
    technician = tm.add(tg.Actor("Pharmacy technician", role="dispensing technician"))
    # Does the final accuracy and clinical check and signs the pack off.
    pharmacist = tm.add(tg.Actor("Branch pharmacist", role="pharmacist"))
    # Camera rig with a touchscreen at each dispensing bench, one per branch or more.
    station = tm.add(
        tg.Device(
            "Pack imaging station",
            fleet=True,
            description="Overhead camera, barcode scanner and touchscreen running the check app.",
        )
    )

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # Receives pack photos, fetches the chart, runs the model and compares.
    check_api = tm.add(
        tg.Endpoint(
            "Pack check service",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={
                c.Authentication(
                    method="per-station device certificate; staff sign in with their own chain SSO account"
                ),
            },
        )
    )
    # Recognises the pills in each compartment; a wrong "match" could reach a patient.
    pill_model = tm.add(
        tg.Model(
            "Pill recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            controls={
                c.HumanInTheLoop(
                    approver="the branch pharmacist, who still does the final accuracy check of every pack"
                ),
            },
        )
    )
    # Keeps photos, results and sign-offs for clinical governance and retraining.
    results_store = tm.add(
        tg.DataStore(
            "Pack check results store",
            stores={pack_image, check_result, sign_off},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Queues overridden or low-confidence packs for relabelling.
        labelling = tm.add(tg.Pipeline("Pack relabelling queue", stage=tg.Stage.LABELING))
        # Pack photos with compartment labels, plus the vendor's reference images.
        training_set = tm.add(
            tg.Dataset(
                "Pack image training set",
                stores={labelled_images, pill_labels, reference_images},
            )
        )
        # Retrains the detector monthly; registers it only if held-out accuracy holds.
        training = tm.add(
            tg.Pipeline(
                "Model training job",
                stage=tg.Stage.TRAINING,
                controls={
                    c.ModelValidation(
                        note="per-medicine recall on a held-out pack set must meet the release threshold"
                    ),
                },
            )
        )
        # Versions of the model; the check service loads the approved one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("PMR vendor", trust=tg.Trust.PARTNER):
    # The chain's patient medication record system, hosted by its supplier.
    pmr = tm.add(
        tg.DataStore(
            "Patient medication record system",
            stores={medication_chart},
            description="Vendor-hosted PMR; read through the vendor's API with a chain API key.",
        )
    )

with tm.boundary("Pill image vendor", trust=tg.Trust.PARTNER):
    # Licensed images of marketed tablets and capsules, by product and strength.
    pill_reference = tm.add(
        tg.DataSource(
            "Pill reference image library",
            origin=tg.Origin.VENDOR,
            provides={reference_images},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Pharmacists on the clinical governance team who label compartments.
    reviewer = tm.add(tg.Actor("Clinical labelling pharmacist", role="pharmacist reviewer"))
    # Runs training and approves model releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(technician, station, pack_barcode, label="scans pack label")
tm.flow(station, check_api, pack_barcode, pack_image, protocol="https", controls={tls})
tm.flow(check_api, pmr, chart_request, protocol="https", controls={tls})
tm.flow(pmr, check_api, medication_chart, protocol="https", controls={tls})
tm.flow(check_api, pill_model, pack_image)
tm.flow(pill_model, check_api, detections)
tm.flow(check_api, results_store, pack_image, check_result)
tm.flow(check_api, station, check_result, protocol="https", controls={tls})
tm.flow(station, pharmacist, check_result, label="shown before final check")
tm.flow(pharmacist, station, sign_off, label="signs off or overrides")
tm.flow(station, check_api, sign_off, protocol="https", controls={tls})
tm.flow(check_api, results_store, sign_off)

tm.flow(results_store, labelling, pack_image, sign_off, label="overridden and low-confidence packs")
tm.flow(reviewer, labelling, pill_labels)
tm.flow(labelling, training_set, labelled_images, pill_labels)
tm.flow(
    pill_reference, training_set, reference_images, protocol="https", label="quarterly download"
)
tm.flow(training_set, training, labelled_images, pill_labels, reference_images)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release_approval, label="approves release")
tm.flow(registry, pill_model, model_artifact, label="deploy")

"""Blood bank issue verification: the first design, before any security review.

Before a red cell unit leaves the hospital blood bank, its ISBT 128 barcode is
scanned at the issue bench and the patient's wristband is scanned on the ward with
a handheld scanner. An issue verification service in the hospital data centre pulls
the patient's group and screen, crossmatch record and special requirements from the
laboratory information system (LIS), and an in-house model scores how likely the
unit, wristband and crossmatch record are not a safe match. The result appears on
the issue workstation, where a biomedical scientist (BMS) confirms or refuses issue;
the decision updates the unit's status in the LIS and every check goes to a
transfusion audit log kept 30 years. The model is retrained from issue history and
BMS decisions. Controls: smartcard sign-in and role-based access on the LIS, BMS
confirmation before issue, a manual fallback when the service is down, clinical
validation before a model is released, and model versioning.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blood bank issue verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Checks blood unit barcodes against wristband scans and crossmatch "
    "records before issue; a biomedical scientist confirms each issue.",
)

# ---------------------------------------------------------------- data assets
unit_scan = tg.Data(
    "Blood unit barcode scan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="ISBT 128 donation number, product code, ABO/RhD group and expiry.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
wristband_scan = tg.Data(
    "Patient wristband scan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hospital number, NHS number, name and date of birth from the wristband.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
demographics = tg.Data("Patient demographics", kind="records", sensitivity=tg.Sensitivity.PII)
crossmatch = tg.Data(
    "Crossmatch and group-and-screen records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient ABO/RhD group, antibody screen, crossmatch result, special "
    "requirements (irradiated, CMV negative) and the units allocated to the patient.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
inventory = tg.Data(
    "Blood unit inventory records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dispatch_note = tg.Data(
    "Electronic dispatch note",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Units sent by the blood service, with their product and group data.",
)
check_features = tg.Data(
    "Issue check features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Identifiers and attributes from the scans and the crossmatch record.",
)
mismatch_score = tg.Data(
    "Mismatch score and flags", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
check_result = tg.Data(
    "Issue check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Unit, patient, crossmatch summary, mismatch score and flags shown to the BMS.",
)
confirmation = tg.Data(
    "Issue confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The BMS's confirm or refuse decision, with a reason when refused.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
unit_status = tg.Data(
    "Unit issue status update", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
audit_records = tg.Data(
    "Issue audit records",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every scan, score, flag and BMS decision, for traceability.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
history = tg.Data(
    "Historical issue records",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past issues with their crossmatch records, from the LIS.",
)
bms_labels = tg.Data(
    "BMS issue decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past confirmations and refusals, used as labels.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_config = tg.Data(
    "Training run configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Mismatch model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Blood service", trust=tg.Trust.PARTNER):
    # The national blood service sends dispatch data for every unit delivered.
    blood_service = tm.add(
        tg.DataSource(
            "Blood service dispatch feed",
            origin=tg.Origin.PARTNER,
            provides={dispatch_note},
            description="Electronic dispatch notes for units delivered to the blood bank.",
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Ward areas", trust=tg.Trust.INTERNAL):
        # The person collecting blood for the patient scans the wristband at the bedside.
        nurse = tm.add(tg.Actor("Ward nurse", role="registered nurse"))
        # Ward handhelds on clinical Wi-Fi carry the wristband scan to the service.
        handheld = tm.add(
            tg.Device(
                "Ward handheld scanner",
                fleet=True,
                description="Barcode PDAs running the transfusion tracking app.",
            )
        )

    with tm.boundary("Blood bank laboratory", trust=tg.Trust.RESTRICTED):
        # The biomedical scientist who confirms or refuses each issue.
        bms = tm.add(tg.Actor("Biomedical scientist", role="biomedical scientist"))
        # Scans the unit barcode at the issue bench.
        bench_scanner = tm.add(
            tg.Device(
                "Issue bench barcode scanner",
                fleet=False,
                description="USB barcode reader attached to the issue workstation.",
            )
        )
        # Where the BMS sees the check result and records the decision.
        workstation = tm.add(
            tg.Service(
                "Issue workstation",
                description="Blood bank PC running the issue verification client.",
                controls={c.Authentication(method="NHS smartcard and passcode")},
            )
        )
        # The system of record for group and screen, crossmatches and unit stock.
        lis = tm.add(
            tg.DataStore(
                "Laboratory information system (LIS)",
                stores={crossmatch, inventory, demographics},
                controls={
                    c.RBAC(),
                    c.Authentication(method="NHS smartcard and passcode"),
                    c.AuditLogging(),
                },
            )
        )

    with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
        # Hospital patient administration: source of demographics for the LIS.
        pas = tm.add(tg.DataStore("Patient administration system (PAS)", stores={demographics}))
        # Gathers scans and records, calls the model, and records the BMS decision.
        verifier = tm.add(
            tg.Service(
                "Issue verification service",
                description="Matches the unit and wristband scans with the LIS records, "
                "asks the mismatch model for a score and holds the unit until the BMS confirms.",
                controls={
                    c.HumanInTheLoop(approver="the biomedical scientist at the issue bench"),
                    c.FailClosed(
                        fallback="issue falls back to the manual two-person check against "
                        "the printed crossmatch report when the service is down"
                    ),
                },
            )
        )
        # Scores how likely the unit, wristband and crossmatch record do not match.
        model = tm.add(
            tg.Model(
                "Issue mismatch model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees served from an internal inference container.",
            )
        )
        # Traceability record of every check, kept as the transfusion regulations require.
        audit_log = tm.add(
            tg.DataStore(
                "Transfusion audit log",
                stores={audit_records},
                controls={c.AuditLogging(retention_days=10950)},
            )
        )

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Prepares training runs and releases models.
        scientist = tm.add(
            tg.Actor("Clinical data scientist", role="data scientist", privileged=True)
        )
        # Exported history and BMS decisions the model learns from.
        dataset = tm.add(tg.Dataset("Issue history training set", stores={history, bms_labels}))
        # Retrains the model and validates it against held-out issues before release.
        training = tm.add(
            tg.Pipeline(
                "Mismatch model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="clinical safety case sign-off under DCB0129")},
            )
        )
        # Holds released model versions that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
tm.flow(blood_service, lis, dispatch_note, protocol="sftp", label="dispatch notes")
tm.flow(pas, lis, demographics, protocol="mllp", label="HL7 ADT feed")

# wristband scan on the ward
tm.flow(nurse, handheld, wristband_scan, label="scans patient wristband at the bedside")
tm.flow(handheld, verifier, wristband_scan, protocol="https")
tm.flow(verifier, handheld, check_result, protocol="https", label="match or stop")

# unit scan and check at the issue bench
tm.flow(bms, bench_scanner, unit_scan, label="scans unit barcode at the issue bench")
tm.flow(bench_scanner, workstation, unit_scan, protocol="usb")
tm.flow(workstation, verifier, unit_scan, protocol="https")
tm.flow(verifier, lis, wristband_scan, unit_scan, protocol="https", label="record lookup")
tm.flow(lis, verifier, crossmatch, inventory, demographics, protocol="https")
tm.flow(verifier, model, check_features, protocol="http")
tm.flow(model, verifier, mismatch_score, protocol="http")
tm.flow(verifier, workstation, check_result, protocol="https")
tm.flow(workstation, bms, check_result, label="on the issue screen")
tm.flow(bms, workstation, confirmation, label="confirms or refuses issue")
tm.flow(workstation, verifier, confirmation, protocol="https")
tm.flow(verifier, lis, unit_status, protocol="https", label="marks unit issued")
tm.flow(verifier, audit_log, audit_records)

# retraining
tm.flow(lis, dataset, history, label="quarterly export")
tm.flow(audit_log, dataset, bms_labels, label="quarterly export")
tm.flow(scientist, training, training_config)
tm.flow(dataset, training, history, bms_labels)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")

"""Care home medication round barcode check: the first design, before any security review.

Carers on a medication round carry shared Android handhelds with a built-in barcode
reader. At each resident they scan the resident's wristband and then each medicine
pack; the app sends the scans to our medication round API in the care group's cloud
tenancy. A check service reads the resident's electronic MAR chart (prescriptions,
doses, times, allergies) and asks an in-house risk model whether the administration
looks like a wrong-resident, wrong-dose or wrong-time error. The result is shown to
the carer before the dose is given; a flagged dose must be confirmed by the nurse or
senior carer on shift from the nurse station dashboard. Prescriptions arrive from the
supplying community pharmacy's system through an import service. The model is
retrained monthly from past administrations and logged medication incidents.
Controls in this design: carers sign in with their own PIN on an enrolled handheld,
staff use the care group's SSO, HTTPS throughout, an encrypted and audit-logged eMAR
database, role-based access to the dashboard and nurse confirmation of flagged doses.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Care home medication round barcode check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Barcode checks of residents and medicine packs on medication rounds, "
    "with a model flagging wrong-resident, wrong-dose and wrong-time risks.",
)

# ---------------------------------------------------------------- data assets
wristband_scan = tg.Data(
    "Resident wristband scan",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The resident identifier encoded on the wristband barcode.",
)
pack_scan = tg.Data(
    "Medicine pack scan",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="GTIN, batch and expiry from the pack's 2D barcode.",
)
administration = tg.Data(
    "Administration event",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Resident, medicine, dose, time and carer for one administration.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
mar_chart = tg.Data(
    "MAR chart",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="The resident's prescriptions, doses, due times, allergies and history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
prescriptions = tg.Data(
    "Pharmacy prescription update",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Monthly cycle and mid-cycle changes from the supplying pharmacy.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
check_features = tg.Data(
    "Administration check features",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="features",
    description="Scan matches, dose and timing deltas against the MAR chart, resident history.",
)
risk_flag = tg.Data(
    "Administration risk flag",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Wrong-resident, wrong-dose or wrong-time risk with a score and reason.",
)
check_result = tg.Data(
    "Round check result",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Go-ahead or flag shown on the handheld for this dose.",
)
nurse_confirmation = tg.Data(
    "Nurse confirmation of flagged dose",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
)
training_history = tg.Data(
    "Administration and incident history",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="training-data",
    description="Past administrations joined with logged medication incidents and near misses.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Risk model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient-boosted model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Care home floor", trust=tg.Trust.INTERNAL):
    # Does the round: scans wristbands and packs, gives or withholds each dose.
    carer = tm.add(tg.Actor("Carer", role="care assistant"))
    # Signs off flagged doses and reviews the round from the nurse station.
    nurse = tm.add(tg.Actor("Nurse on shift", role="nurse or senior carer"))
    # Shared handhelds on the medication trolley; the app runs the scan workflow.
    handheld = tm.add(
        tg.Device(
            "Medication round handheld",
            fleet=True,
            description="Android handheld with barcode reader, shared by carers on the trolley.",
        )
    )

with tm.boundary("Supplying pharmacy", trust=tg.Trust.PARTNER):
    # The community pharmacy's dispensing system: source of the prescriptions.
    pharmacy = tm.add(
        tg.ExternalService(
            "Pharmacy dispensing system",
            provides="data-provider",
            description="Publishes each home's monthly cycle and mid-cycle changes.",
        )
    )

with tm.boundary("Care group cloud tenancy", trust=tg.Trust.INTERNAL):
    # The API the handhelds call for every scan.
    round_api = tm.add(
        tg.Endpoint(
            "Medication round API",
            purpose="api",
            controls={c.Authentication(method="enrolled handheld plus the carer's own PIN")},
        )
    )
    # Web dashboard on the nurse station PC: flagged doses, confirmations, round status.
    dashboard = tm.add(
        tg.Endpoint(
            "Nurse station dashboard",
            purpose="api",
            controls={
                c.Authentication(method="care group SSO (Microsoft Entra ID)"),
                c.RBAC(),
            },
        )
    )
    # Matches scans against the MAR chart, asks the model, holds flagged doses for a nurse.
    check_service = tm.add(
        tg.Service(
            "Administration check service",
            description="Compares scans to the MAR chart and calls the risk model.",
            controls={
                c.HumanInTheLoop(
                    approver="the nurse or senior carer on shift",
                    note="a flagged dose is given only after confirmation on the dashboard",
                )
            },
        )
    )
    # Pulls prescription updates from the pharmacy and writes them to the eMAR.
    importer = tm.add(
        tg.Service(
            "Pharmacy import service",
            description="Polls the pharmacy system and maps its updates onto MAR charts.",
        )
    )
    # The home's electronic medication administration record: system of record.
    emar = tm.add(
        tg.DataStore(
            "eMAR database",
            stores={mar_chart, administration, nurse_confirmation},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Scores each administration for wrong-resident, wrong-dose and wrong-time risk.
        risk_model = tm.add(
            tg.Model(
                "Administration risk model",
                task="classifier",
                origin="in-house",
                returns_scores=True,
                high_stakes=True,
                description="Flags administrations likely to be medication errors.",
            )
        )
        # Monthly export of administrations and incidents used to retrain.
        history_set = tm.add(
            tg.Dataset("Administration history training set", stores={training_history})
        )
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage="training"))
        # Holds trained versions; the serving container loads the latest.
        registry = tm.add(tg.ModelRegistry("Risk model registry", stores={model_artifact}))

# ---------------------------------------------------------------- flows
# The round: scan, check, answer.
tm.flow(carer, handheld, wristband_scan, pack_scan, label="scanned at the bedside")
tm.flow(handheld, round_api, administration, protocol="https")
tm.flow(round_api, check_service, administration)
tm.flow(emar, check_service, mar_chart, label="resident's chart")
tm.flow(check_service, risk_model, check_features)
tm.flow(risk_model, check_service, risk_flag)
tm.flow(check_service, emar, administration, label="records the administration")
tm.flow(check_service, round_api, check_result)
tm.flow(round_api, handheld, check_result, protocol="https")
tm.flow(handheld, carer, check_result, label="shown on screen")

# Flagged doses wait for the nurse.
tm.flow(check_service, dashboard, risk_flag, label="flagged doses")
tm.flow(dashboard, nurse, risk_flag, protocol="https")
tm.flow(nurse, dashboard, nurse_confirmation, protocol="https")
tm.flow(dashboard, check_service, nurse_confirmation)
tm.flow(check_service, emar, nurse_confirmation, label="stores confirmation")
tm.flow(emar, dashboard, mar_chart, administration, label="round overview")

# Prescriptions in from the pharmacy.
tm.flow(importer, pharmacy, label="poll for updates", protocol="https")
tm.flow(pharmacy, importer, prescriptions, protocol="https")
tm.flow(importer, emar, mar_chart, label="updates MAR charts")

# Monthly retraining.
tm.flow(emar, history_set, training_history, label="monthly export")
tm.flow(history_set, training, training_history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, risk_model, model_artifact, label="load latest version")

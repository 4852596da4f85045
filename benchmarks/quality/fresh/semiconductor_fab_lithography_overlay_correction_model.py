"""Lithography overlay correction model: the first design, before any security review.

In the fab, overlay metrology tools measure layer-to-layer overlay errors on sampled
wafers of each lot and report them over SECS/GEM to the advanced process control (APC)
system. For each new lot APC combines the lot context from the MES with recent
overlay history and asks an in-house regression model for per-lot correction terms
(translation, rotation, magnification, higher-order terms), which it sends to the
lithography scanners as the lot's correction recipe. Process engineers see the
predicted corrections in the APC console and can override them per lot or layer.
Every week a retraining pipeline in the engineering data centre extracts metrology
history into a training set, fits a new model and stores it in the model registry;
an ML engineer approves promotion into APC serving. The scanner vendor's service
engineers reach the scanners through the vendor's remote access service over an
IPsec tunnel. Controls in this design: SSO sign-in and role-based access on the
APC console, APC audit log, APC clamps on correction size, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lithography overlay correction model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts per-lot overlay corrections that APC sends to lithography scanners, "
        "retrained weekly from metrology history."
    ),
)

# ---------------------------------------------------------------- data assets
measurements = tg.Data(
    "Overlay measurements",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per-wafer, per-field overlay error vectors from the metrology tools.",
)
lot_context = tg.Data(
    "Lot context",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lot id, product, layer, reticle, scanner and chuck assignment from the MES.",
)
correction_features = tg.Data(
    "Correction model inputs", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
predicted_corrections = tg.Data(
    "Predicted overlay corrections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
correction_recipe = tg.Data(
    "Per-lot correction recipe",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="The correction terms the scanner applies when it exposes the lot.",
)
exposure_report = tg.Data(
    "Exposure report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which corrections the scanner actually applied to each lot.",
)
override = tg.Data(
    "Engineer correction override",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
overlay_history = tg.Data(
    "Overlay history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Measurements, lot context and applied corrections kept for trending.",
)
training_set = tg.Data(
    "Overlay training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Overlay model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="scikit-learn model saved with joblib.",
)
promotion_approval = tg.Data("Promotion approval", kind="records")
service_commands = tg.Data(
    "Scanner service session",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Remote diagnostics, calibration and software updates by the vendor.",
)
scanner_logs = tg.Data(
    "Scanner logs and diagnostics",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Machine logs, which include process settings and correction recipes.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Fab host network", trust=tg.Trust.INTERNAL):
    # The manufacturing execution system: tracks lots and tells APC what is coming.
    mes = tm.add(tg.Service("Fab MES", description="Lot tracking and dispatch."))
    # Run-to-run controller that turns model output into scanner recipes.
    apc = tm.add(
        tg.Service(
            "APC system",
            description="Advanced process control: collects metrology, calls the model, "
            "sends correction recipes to the scanners, hosts the engineers' console.",
            controls={
                c.Authentication(method="corporate SSO (Active Directory password)"),
                c.RBAC(),
                c.AuditLogging(note="APC logs every recipe sent and every override"),
                c.SafetyLimits(limits="APC clamps each correction term to per-layer limits"),
            },
        )
    )
    # The model itself, served inside APC's application host.
    model = tm.add(
        tg.Model(
            "Overlay correction model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts per-lot correction terms; a bad correction scraps the lot.",
        )
    )
    # History of measurements and applied corrections: APC feedback and training source.
    history_db = tm.add(tg.DataStore("Metrology history database", stores={overlay_history}))

    with tm.boundary("Litho equipment network", trust=tg.Trust.RESTRICTED):
        # Overlay metrology tools in the litho bay.
        metrology = tm.add(
            tg.Device("Overlay metrology tools", description="Image-based overlay metrology.")
        )
        # Exposure tools that apply the corrections; vendor-serviced.
        scanners = tm.add(tg.Device("Lithography scanners", description="DUV/EUV scanners."))

with tm.boundary("Engineering data centre", trust=tg.Trust.INTERNAL):
    # Weekly extract of metrology history used for training.
    dataset = tm.add(tg.Dataset("Overlay training dataset", stores={training_set}))
    # Weekly job that fits the new model.
    retraining = tm.add(
        tg.Pipeline(
            "Weekly retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Extracts history, fits the model, evaluates on last week's lots.",
        )
    )
    # Stores each trained model version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Copies the approved version into APC serving.
    promotion = tm.add(tg.Pipeline("Model promotion job", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Fab office network", trust=tg.Trust.INTERNAL):
    # Litho process engineers who watch overlay and can override corrections.
    engineer = tm.add(tg.Actor("Process engineer", role="litho process engineer"))
    # Owns the model and approves promotion.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Equipment vendor", trust=tg.Trust.PARTNER):
    # The scanner vendor's field service engineers.
    vendor_engineer = tm.add(
        tg.Actor("Vendor service engineer", role="service engineer", privileged=True)
    )
    # The vendor's remote support platform with a tunnel into the litho network.
    remote_access = tm.add(
        tg.ExternalService(
            "Vendor remote access service",
            description="Vendor-operated remote support box and IPsec tunnel to the scanners.",
            controls={c.Authentication(method="vendor-issued engineer accounts with password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(metrology, apc, measurements, protocol="SECS/GEM (HSMS)")
tm.flow(mes, apc, lot_context, protocol="jms", label="lot dispatch events")
tm.flow(apc, history_db, overlay_history)
tm.flow(history_db, apc, overlay_history, label="recent lots for feedback")
tm.flow(apc, model, correction_features)
tm.flow(model, apc, predicted_corrections)
tm.flow(apc, scanners, correction_recipe, protocol="SECS/GEM (HSMS)")
tm.flow(scanners, apc, exposure_report, protocol="SECS/GEM (HSMS)")

tm.flow(apc, engineer, predicted_corrections, overlay_history, protocol="https")
tm.flow(engineer, apc, override, protocol="https", label="per-lot or per-layer override")

tm.flow(history_db, dataset, overlay_history, label="weekly extract")
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, registry, model_artifact)
tm.flow(ml_engineer, promotion, promotion_approval, protocol="https", label="approves release")
tm.flow(registry, promotion, model_artifact)
tm.flow(promotion, model, model_artifact, label="deploy")

tm.flow(vendor_engineer, remote_access, service_commands, protocol="https")
tm.flow(remote_access, scanners, service_commands, protocol="ipsec")
tm.flow(scanners, remote_access, scanner_logs, protocol="ipsec")
tm.flow(remote_access, vendor_engineer, scanner_logs, protocol="https")

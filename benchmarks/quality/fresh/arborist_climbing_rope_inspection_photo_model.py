"""Arborist climbing kit inspection: the first design, before any security review.

A tree surgery company's climbers photograph their ropes, harnesses and lanyards
on site before each job, in an inspection app on their company phones. The app
uploads the photos with the kit's serial number to an inspection API in the
company's cloud account. An in-house wear model, fine-tuned from open weights,
flags fraying, glazing, cuts and stitching damage; flagged kit is reported back
to the climber and queued for the equipment manager, who checks it by hand on a
web dashboard and retires it or returns it to service. Every inspection and
decision goes into the kit register, kept as the LOLER record for HSE
inspectors, who get an emailed report on request. The manager's decisions label
the photos for quarterly retraining. Staff sign in with their Microsoft 365
accounts; the dashboard is role-restricted; stores use the cloud's default
encryption; the register keeps an audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Arborist climbing kit inspection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Photo-based wear flagging of climbing ropes and harnesses, with a "
    "manager's retirement decisions kept as the regulator's inspection record.",
)

# ---------------------------------------------------------------- data assets
kit_photos = tg.Data(
    "Kit photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Close-ups of ropes, harnesses and lanyards taken on site.",
)
submission = tg.Data(
    "Inspection submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Climber name, kit serial number, job site and time, photo references.",
)
wear_flag = tg.Data("Wear flag", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
inspection_result = tg.Data(
    "Inspection result",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Shown to the climber: kit cleared or set aside for a closer check.",
)
inspection_record = tg.Data(
    "Inspection records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-item history of inspections, flags, checks and retirements (LOLER).",
)
retirement_decision = tg.Data(
    "Retirement decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Manager's hands-on outcome: retire, repair or return to service.",
)
labelled_photos = tg.Data(
    "Labelled kit photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_weights = tg.Data(
    "Wear model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
inspection_report = tg.Data(
    "Inspection report for HSE", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Field sites", trust=tg.Trust.UNTRUSTED):
    # The climber takes the photos before climbing; the one the result protects.
    climber = tm.add(tg.Actor("Climber", role="arborist climber"))
    # Company-issued phones carry the app; they go up trees and get lost.
    phone_app = tm.add(
        tg.Device(
            "Inspection phone app",
            fleet=True,
            description="Company phones running the inspection app; uploads over mobile data.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The regulator asks for the thorough-examination records during visits.
    hse_inspector = tm.add(tg.Actor("HSE inspector", role="regulator"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Public API the phones upload to.
    upload_api = tm.add(
        tg.Endpoint(
            "Inspection upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Microsoft 365 single sign-on")},
        )
    )
    # Orchestrates each inspection: stores photos, asks the model, writes the record.
    inspection_service = tm.add(
        tg.Service(
            "Inspection service",
            controls={
                c.HumanInTheLoop(
                    approver="equipment manager",
                    note="the model only flags kit for a closer look; retirement is the "
                    "manager's decision after a hands-on check",
                )
            },
        )
    )
    # Raw photos, kept with the record so a flag can be re-checked later.
    photo_store = tm.add(
        tg.DataStore(
            "Kit photo store",
            stores={kit_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # The vision model that looks for wear.
    wear_model = tm.add(
        tg.Model(
            "Rope and harness wear model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            returns_scores=True,
            description="Open-weights vision backbone fine-tuned on our own kit photos; "
            "flags wear above a score threshold.",
        )
    )
    # The regulator's record: every item, every inspection, every decision.
    kit_register = tm.add(
        tg.DataStore(
            "Kit register",
            stores={inspection_record},
            controls={
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="cloud provider default keys"),
            },
        )
    )
    # Where the equipment manager works the queue of flagged kit.
    dashboard = tm.add(
        tg.Endpoint(
            "Equipment manager dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Photos labelled by the manager's decisions.
        training_set = tm.add(tg.Dataset("Labelled kit photo set", stores={labelled_photos}))
        # Quarterly fine-tuning run by the contractor who built the model.
        retraining = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.FINE_TUNING))
        # Versions of the wear model; serving loads the current one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Depot office", trust=tg.Trust.INTERNAL):
    # Owns the kit stores; retires kit and answers the regulator.
    manager = tm.add(tg.Actor("Equipment manager", role="equipment manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(climber, phone_app, kit_photos, label="photographs kit before the climb")
tm.flow(phone_app, upload_api, kit_photos, submission, protocol="https")
tm.flow(upload_api, inspection_service, kit_photos, submission)
tm.flow(inspection_service, photo_store, kit_photos)
tm.flow(inspection_service, wear_model, kit_photos)
tm.flow(wear_model, inspection_service, wear_flag)
tm.flow(inspection_service, kit_register, inspection_record)
tm.flow(inspection_service, upload_api, inspection_result)
tm.flow(upload_api, phone_app, inspection_result, protocol="https")
tm.flow(phone_app, climber, inspection_result)

tm.flow(kit_register, dashboard, inspection_record, label="flagged kit queue")
tm.flow(photo_store, dashboard, kit_photos)
tm.flow(dashboard, manager, inspection_record, kit_photos, protocol="https")
tm.flow(manager, dashboard, retirement_decision, protocol="https")
tm.flow(dashboard, kit_register, retirement_decision)
tm.flow(dashboard, manager, inspection_report, protocol="https", label="report export")
tm.flow(
    manager, hse_inspector, inspection_report, protocol="smtp+starttls", label="emailed on request"
)

tm.flow(photo_store, training_set, kit_photos)
tm.flow(kit_register, training_set, retirement_decision, label="quarterly export of outcomes")
tm.flow(training_set, retraining, labelled_photos)
tm.flow(registry, retraining, model_weights, label="base checkpoint")
tm.flow(retraining, registry, model_weights)
tm.flow(registry, wear_model, model_weights, label="deploy")

"""Solar farm inverter fault prediction: the first design, before any security review.

We operate 12 utility-scale solar farms. At each farm a SCADA gateway polls the
string inverters over Modbus and forwards their telemetry over the private SCADA
WAN to a central historian. A nightly training pipeline in the analytics
environment joins historian telemetry with maintenance history exported from the
maintenance management system (CMMS) and trains a gradient-boosted classifier
that predicts inverter failures over the next 14 days. A daily scoring job scores
every inverter and opens a work order in the CMMS for any above a threshold;
maintenance contractors see and close work orders through a contractor portal on
the internet. The inverter vendor reaches the inverters through a remote access
gateway in the SCADA DMZ to push firmware updates, and a weekly job sends it
anonymised fault data. Controls in this design: portal and VPN sign-in, role-based
access, audit logging on remote sessions, model validation and versioning, and
anonymisation of the vendor export.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Solar farm inverter fault prediction",
    profile=tg.RiskProfile.HIGH,
    description="Predicts inverter failures from SCADA telemetry and raises maintenance work orders.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Inverter telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="DC/AC power, temperatures, fault codes and alarms at one-minute resolution.",
)
maintenance_history = tg.Data(
    "Maintenance history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past work orders, replaced parts and failure causes, with technician names.",
)
training_set = tg.Data(
    "Fault training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Fault model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion_approval = tg.Data("Model promotion approval", kind="records")
scoring_features = tg.Data("Inverter scoring features", kind="features")
fault_prediction = tg.Data("Fault prediction", kind="model-output")
work_order = tg.Data(
    "Work order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Farm, inverter, predicted fault, due date and site access instructions.",
)
work_order_update = tg.Data(
    "Work order completion report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="What the contractor found and replaced, with photos and notes.",
)
firmware = tg.Data(
    "Inverter firmware",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
vendor_session = tg.Data(
    "Vendor remote session",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Service-tool commands a vendor engineer issues to inverters during a session.",
)
anonymised_faults = tg.Data(
    "Anonymised fault data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fault codes, firmware versions and operating conditions, farm and site ids removed.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Third-party maintenance firms who carry out the work orders.
    contractor = tm.add(tg.Actor("Maintenance contractor", role="contractor"))

with tm.boundary("Inverter vendor", trust=tg.Trust.PARTNER):
    # The vendor's support centre: pushes firmware and troubleshoots inverters remotely.
    vendor_support = tm.add(
        tg.ExternalService(
            "Vendor remote support",
            description="Vendor engineers connect through our remote access gateway over IPsec VPN.",
        )
    )
    # The vendor's reliability team collects fleet-wide fault statistics from customers.
    vendor_analytics = tm.add(
        tg.ExternalService("Vendor fault analytics", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Solar farm OT network", trust=tg.Trust.RESTRICTED):
    # The string inverters at the 12 farms: the equipment whose failures we predict.
    inverters = tm.add(tg.Device("String inverters", fleet=True))
    # One per farm: polls the inverters and forwards telemetry to the historian.
    site_gateway = tm.add(
        tg.Service(
            "Site SCADA gateway",
            description="Industrial gateway at each farm substation; Modbus master towards the inverters.",
        )
    )

with tm.boundary("Central SCADA network", trust=tg.Trust.RESTRICTED):
    # Central time-series historian: the source of telemetry for training and scoring.
    historian = tm.add(tg.DataStore("SCADA historian", stores={telemetry}, controls={c.RBAC()}))

    with tm.boundary("SCADA DMZ", trust=tg.Trust.INTERNAL):
        # The only way the vendor reaches the inverters: VPN concentrator plus jump host.
        remote_gateway = tm.add(
            tg.Service(
                "Vendor remote access gateway",
                controls={
                    c.Authentication(method="VPN username and password per vendor account"),
                    c.AuditLogging(retention_days=365, note="session start and end, source IP"),
                },
            )
        )

with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
    # Nightly job: joins telemetry with maintenance history, trains and backtests the model.
    training = tm.add(
        tg.Pipeline(
            "Fault model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest precision/recall on the last 6 months")},
        )
    )
    # Holds versioned model artifacts; the scoring job loads the version marked production.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Gradient-boosted classifier: probability an inverter fails within 14 days.
    fault_model = tm.add(
        tg.Model(
            "Inverter fault prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
        )
    )
    # Daily job: builds features, scores every inverter, opens work orders above threshold.
    scoring = tm.add(tg.Service("Daily fault scoring job"))
    # Weekly job: strips farm identities and sends fault data to the vendor.
    export_job = tm.add(
        tg.Pipeline(
            "Weekly fault data export",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.DataMinimization(note="farm names, GPS and serial-to-site mapping removed")
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # System of record for maintenance: work orders and their history.
    cmms = tm.add(
        tg.DataStore(
            "Maintenance management system",
            stores={maintenance_history, work_order, work_order_update},
            controls={c.RBAC()},
        )
    )
    # Contractors' view of the CMMS: assigned work orders, completion reports.
    portal = tm.add(
        tg.Endpoint(
            "Contractor portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="contractors see work orders assigned to their firm"),
            },
        )
    )
    # Owns the model: reviews backtests and approves promotion to production.
    engineer = tm.add(
        tg.Actor("Reliability engineer", role="reliability engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
# telemetry collection
tm.flow(inverters, site_gateway, telemetry, protocol="modbus")
tm.flow(site_gateway, historian, telemetry, protocol="iec-104", label="SCADA WAN")

# training
tm.flow(historian, training, telemetry, protocol="https")
tm.flow(cmms, training, maintenance_history, protocol="https", label="nightly export")
tm.flow(training, registry, model_artifact, training_set)
tm.flow(engineer, registry, promotion_approval, protocol="https", label="approves promotion")

# daily scoring and work orders
tm.flow(historian, scoring, telemetry, protocol="https")
tm.flow(registry, fault_model, model_artifact, label="load production version")
tm.flow(scoring, fault_model, scoring_features)
tm.flow(fault_model, scoring, fault_prediction)
tm.flow(scoring, cmms, work_order, protocol="https", label="create work order")

# contractors
tm.flow(cmms, portal, work_order)
tm.flow(portal, contractor, work_order, protocol="https")
tm.flow(contractor, portal, work_order_update, protocol="https")
tm.flow(portal, cmms, work_order_update)

# vendor remote access and firmware
tm.flow(vendor_support, remote_gateway, vendor_session, firmware, protocol="ipsec")
tm.flow(
    remote_gateway, inverters, vendor_session, firmware, protocol="ssh", label="vendor service tool"
)
tm.flow(inverters, remote_gateway, telemetry, protocol="ssh", label="diagnostics")
tm.flow(remote_gateway, vendor_support, telemetry, protocol="ipsec")

# anonymised fault data to the vendor
tm.flow(historian, export_job, telemetry, protocol="https")
tm.flow(cmms, export_job, maintenance_history, protocol="https")
tm.flow(export_job, vendor_analytics, anonymised_faults, protocol="sftp")

"""Mobile network anomaly detector: the first design.

A mobile operator wants outages and degradation in its radio network found before
customers call. The cell sites (2G to 5G base stations) report 15-minute performance
counters and alarms to the vendor OSS; a collection pipeline in the network analytics
platform takes the counter files and the alarm stream from the OSS northbound
interface, checks them against the vendor counter schema and keeps per-cell KPI
windows in a feature store. An in-house detection model scores every cell each
interval; a ticketing service deduplicates the anomalies and opens fault tickets in
the SaaS service-management tool, where contracted field engineers pick them up on
their phones and close them with notes. A labeling job turns those closure notes into
outage labels for weekly retraining; a new model is evaluated against past outages
and an ML engineer promotes it from the registry. NOC engineers watch the scores.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mobile network anomaly detector",
    profile=tg.RiskProfile.HIGH,
    description="Detects cell outages and degradation from RAN counters and opens field tickets.",
)

# ---------------------------------------------------------------- data assets
counters = tg.Data(
    "Cell performance counters",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alarms = tg.Data(
    "Network alarms",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
kpis = tg.Data("Per-cell KPI windows", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
scores = tg.Data("Anomaly scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
tickets = tg.Data(
    "Fault tickets",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cell, site address, symptoms and site access instructions.",
)
closure_notes = tg.Data(
    "Ticket closure notes",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text notes, root-cause code and the engineer's name.",
)
labels = tg.Data(
    "Outage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labeled KPI history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Radio access network", trust=tg.Trust.INTERNAL):
    # Thousands of base stations at remote, often shared, sites.
    cell_sites = tm.add(
        tg.Device(
            "Cell sites",
            fleet=True,
            description="eNodeB/gNodeB and legacy 2G/3G base stations.",
        )
    )

with tm.boundary("OSS network", trust=tg.Trust.INTERNAL):
    # The RAN vendor's element manager: already collects counters and alarms.
    oss = tm.add(
        tg.Service(
            "Vendor OSS",
            description="Element manager run by the operator, software from the RAN vendor.",
        )
    )

with tm.boundary("Network analytics platform", trust=tg.Trust.INTERNAL):
    # Pulls counter files and the alarm stream, normalises them.
    collection = tm.add(
        tg.Pipeline(
            "Counter collection pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="vendor counter and alarm schemas")},
        )
    )
    # Rolling KPI windows per cell, read online by the detector.
    kpi_store = tm.add(tg.FeatureStore("KPI feature store", stores={kpis}, online=True))
    # Scores every cell each 15-minute interval.
    detector = tm.add(
        tg.Model(
            "Cell anomaly detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted model over KPI deviations from each cell's baseline.",
        )
    )
    # Deduplicates anomalies and opens or updates tickets.
    ticketing = tm.add(
        tg.Service(
            "Ticket automation service",
            description="Groups anomalies by site and opens one ticket per site fault.",
        )
    )
    # Maps closure notes and root-cause codes to outage labels.
    labeling = tm.add(tg.Pipeline("Closure-note labeling", stage=tg.Stage.LABELING))
    # KPI history joined with the labels.
    dataset = tm.add(tg.Dataset("Labeled training set", stores={training_set, labels}))
    # Weekly retraining, evaluated against held-out past outages.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on last quarter's confirmed outages")},
        )
    )
    # Versions of the detector; the ML engineer promotes one to serving.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_file},
            controls={c.ModelVersioning(), c.RBAC()},
        )
    )

with tm.boundary("Service-management SaaS", trust=tg.Trust.PARTNER):
    # Where field work is dispatched and closed.
    itsm = tm.add(
        tg.ExternalService(
            "Service-management tool",
            description="SaaS ticketing used by the NOC and field operations.",
        )
    )

with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # Contracted engineers, on phones over public mobile data.
    field_engineer = tm.add(tg.Actor("Field engineer", role="field maintenance contractor"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Watches the anomaly scores and the tickets.
    noc = tm.add(tg.Actor("NOC engineer", role="network operations"))
    # Owns the model and approves promotion.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cell_sites, oss, counters, protocol="sftp", label="15-minute PM files")
tm.flow(cell_sites, oss, alarms, protocol="snmp", label="alarm traps")
tm.flow(oss, collection, counters, protocol="sftp", label="PM file pull")
tm.flow(oss, collection, alarms, protocol="kafka", label="northbound alarm stream")
tm.flow(collection, kpi_store, kpis)

tm.flow(kpi_store, detector, kpis)
tm.flow(detector, ticketing, scores)
tm.flow(detector, noc, scores, protocol="https", label="NOC dashboard")

tm.flow(
    ticketing,
    itsm,
    tickets,
    protocol="https",
    controls={c.Authentication(method="OAuth client credentials")},
    label="open ticket",
)
tm.flow(itsm, ticketing, tickets, protocol="https", label="ticket status")
tm.flow(itsm, field_engineer, tickets, protocol="https")
tm.flow(
    field_engineer,
    itsm,
    closure_notes,
    protocol="https",
    controls={c.Authentication(method="SSO with MFA")},
)
tm.flow(noc, itsm, tickets, protocol="https", label="manual tickets and triage")
tm.flow(itsm, noc, tickets, closure_notes, protocol="https")

tm.flow(itsm, labeling, closure_notes, protocol="https", label="nightly export of closed tickets")
tm.flow(labeling, dataset, labels)
tm.flow(kpi_store, dataset, training_set, label="offline KPI history")
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, model_file)
tm.flow(ml_engineer, registry, approval, protocol="https", label="promotes version")
tm.flow(registry, detector, model_file, label="deploy")

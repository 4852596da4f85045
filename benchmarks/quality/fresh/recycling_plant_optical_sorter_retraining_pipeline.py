"""Optical sorter retraining pipeline at a materials recovery facility: first design.

Hyperspectral cameras scan the plastics belt; a vendor sorting model on each sorter's
edge PC classifies items by polymer and tells the ejector valve controller which air
jets to fire. Line operators set the sort recipe on the sorter HMI. When purity drops,
item spectra are captured to a sample store, labelled by the plant's quality
technicians in a labelling app on the office network, and uploaded to the vendor's
sample portal. The vendor retrains and validates the model in its cloud and versions
it in its model repository; a vendor engineer pushes the new package to the sorter
through the plant's remote support gateway (IPsec VPN, per-engineer logins with TOTP,
sessions logged). The ejector controller enforces valve duty limits and the e-stop.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Recycling plant optical sorter retraining pipeline",
    profile=tg.RiskProfile.LOW,
    description="Hyperspectral plastics sorting at a MRF, retrained by the sorter vendor "
    "from plant-labelled samples and updated over a remote support link.",
)

# ---------------------------------------------------------------- data assets
line_scans = tg.Data(
    "Hyperspectral line scans",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-pixel NIR spectra of the belt, streamed continuously.",
)
eject_commands = tg.Data(
    "Eject commands",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sort_recipe = tg.Data(
    "Sort recipe",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which polymer classes to eject on this line, and the eject thresholds.",
)
sort_stats = tg.Data(
    "Sort performance statistics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
sampled_spectra = tg.Data(
    "Sampled item spectra",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Spectra and RGB crops of items captured in sample mode.",
)
material_labels = tg.Data(
    "Material labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_package = tg.Data(
    "Sorting model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vendor's trained classifier weights plus class map, as an ONNX file.",
)
remote_session = tg.Data(
    "Remote support session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The vendor engineer's VPN session: remote desktop and file copies.",
)
install_log = tg.Data("Model install log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant floor OT network", trust=tg.Trust.INTERNAL):
    # The sensor every decision starts from; one per sorter, several sorters per line.
    camera = tm.add(
        tg.Device(
            "Hyperspectral camera", fleet=True, description="NIR line-scan camera over the belt."
        )
    )
    # The vendor-supplied classifier, running on each sorter's edge PC.
    sorting_model = tm.add(
        tg.Model(
            "Polymer sorting model",
            task=tg.Task.CLASSIFIER,
            description="Classifies each item by polymer/colour; runs on the sorter edge PC.",
        )
    )
    # Fires the air-jet valves; the only part that moves material.
    ejector = tm.add(
        tg.Service(
            "Ejector valve controller",
            description="Valve-bank controller driving the air jets across the belt.",
            controls={
                c.SafetyLimits(
                    limits="controller caps valve duty cycle; hard-wired belt e-stop interlock"
                )
            },
        )
    )
    # Where line operators set the recipe and watch purity; also the vendor's remote desktop target.
    hmi = tm.add(tg.Service("Sorter HMI", description="Touch panel and web UI on the sorter."))
    # Local buffer of captured samples waiting to be labelled.
    sample_store = tm.add(
        tg.DataStore(
            "Sample capture store",
            stores={sampled_spectra},
            description="Shared folder on the sorter edge PC.",
        )
    )
    # Agent on the edge PC that swaps the model package in and restarts inference.
    installer = tm.add(
        tg.Pipeline(
            "Model update installer",
            stage=tg.Stage.DEPLOYMENT,
            description="Vendor script that installs a model package on the sorter.",
        )
    )
    operator = tm.add(tg.Actor("Line operator", role="plant operator"))

with tm.boundary("Plant office network", trust=tg.Trust.INTERNAL):
    qc_tech = tm.add(tg.Actor("Quality technician", role="quality staff"))
    # Where quality staff assign material classes to captured samples.
    labelling_app = tm.add(
        tg.Pipeline(
            "Sample labelling app",
            stage=tg.Stage.LABELING,
            description="Vendor-provided desktop tool for labelling captured spectra.",
        )
    )

with tm.boundary("Plant DMZ", trust=tg.Trust.INTERNAL):
    # The only way the vendor gets into the plant network.
    gateway = tm.add(
        tg.Service(
            "Remote support gateway",
            description="IPsec VPN concentrator and jump host for the sorter vendor.",
            controls={
                c.Authentication(method="per-engineer VPN accounts with password and TOTP"),
                c.AuditLogging(retention_days=180),
            },
        )
    )

with tm.boundary("Sorter vendor cloud", trust=tg.Trust.PARTNER):
    engineer = tm.add(
        tg.Actor("Vendor service engineer", role="vendor support engineer", privileged=True)
    )
    # Vendor's upload portal for customer samples.
    portal = tm.add(
        tg.Endpoint(
            "Vendor sample portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="customer site accounts with e-mail and password")},
        )
    )
    # Labelled samples from this plant (and the vendor's own reference samples).
    sample_set = tm.add(
        tg.Dataset("Labelled sample set", stores={sampled_spectra, material_labels})
    )
    # Vendor's retraining job, with a hold-out evaluation before release.
    training = tm.add(
        tg.Pipeline(
            "Vendor retraining pipeline",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="hold-out purity/recovery test before release")},
        )
    )
    # Versioned model packages the engineer ships from.
    repository = tm.add(
        tg.ModelRegistry(
            "Vendor model repository",
            stores={model_package},
            controls={c.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
# Real-time sorting
tm.flow(camera, sorting_model, line_scans, label="GigE camera link")
tm.flow(sorting_model, ejector, eject_commands, protocol="profinet")
tm.flow(operator, hmi, sort_recipe, label="on the panel")
tm.flow(hmi, operator, sort_stats, label="on the panel")
tm.flow(hmi, sorting_model, sort_recipe, protocol="local")
tm.flow(sorting_model, hmi, sort_stats, protocol="local")

# Sample capture and labelling
tm.flow(sorting_model, sample_store, sampled_spectra, protocol="local")
tm.flow(sample_store, labelling_app, sampled_spectra, protocol="smb")
tm.flow(labelling_app, qc_tech, sampled_spectra, label="shown at the workstation")
tm.flow(qc_tech, labelling_app, material_labels, label="labels at the workstation")
tm.flow(
    labelling_app,
    portal,
    sampled_spectra,
    material_labels,
    protocol="https",
    label="upload labelled set",
)
tm.flow(portal, sample_set, sampled_spectra, material_labels)

# Vendor retraining
tm.flow(sample_set, training, sampled_spectra, material_labels)
tm.flow(training, repository, model_package)

# Remote support and model update
tm.flow(engineer, gateway, remote_session, protocol="ipsec")
tm.flow(gateway, engineer, remote_session, protocol="ipsec")
tm.flow(repository, gateway, model_package, protocol="https", label="pulled in the support session")
tm.flow(gateway, installer, model_package, protocol="smb")
tm.flow(installer, sorting_model, model_package, protocol="local")
tm.flow(installer, gateway, install_log, protocol="smb")
tm.flow(gateway, hmi, remote_session, protocol="vnc")
tm.flow(hmi, gateway, remote_session, protocol="vnc")

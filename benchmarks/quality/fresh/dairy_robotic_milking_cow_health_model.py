"""Robotic milking cow-health model: the first design, before any security review.

We are the milking-robot vendor. On each customer farm, milking robots record yield,
milk conductivity and colour per cow at every visit, and neck collars report each
cow's activity over a short-range radio to an on-farm robot server we install. That
server uploads the data to our cloud, where a cow-health model scores every cow for
likely mastitis and lameness. Alerts appear in the herd portal, where the herd manager
and the farm's vet also enter treatments and confirmed diagnoses. A sync service turns
alerts and treatment withdrawal periods into a divert list that the on-farm server
pushes to the robots, which then divert flagged cows' milk away from the bulk tank
automatically. Confirmed diagnoses from all farms are pooled to retrain the model.
Controls in this design: per-farm API keys on uploads, e-mail and password sign-in with
per-farm roles on the portal, encryption at rest in the herd database, an evaluation
gate before a retrained model is released, and the robots' own built-in interlocks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Robotic milking cow-health model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Vendor cloud model flags likely mastitis and lameness from milking-robot and "
        "collar data; flagged cows' milk is diverted automatically on the farm."
    ),
)

# ---------------------------------------------------------------- data assets
milkings = tg.Data(
    "Milking session records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per cow and visit: yield, quarter conductivity, milk colour, milking time.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
activity = tg.Data(
    "Cow activity readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Steps, lying time and rumination minutes from the neck collars.",
)
features = tg.Data("Cow health features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
alerts = tg.Data(
    "Mastitis and lameness alerts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-cow risk scores and flags for the herd manager.",
)
treatments = tg.Data(
    "Treatments and confirmed diagnoses",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Entered by the herd manager or vet: diagnosis, drug, milk withdrawal period.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
divert_list = tg.Data(
    "Milk divert list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cow ids whose milk the robots must divert, and until when.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
farm_accounts = tg.Data(
    "Farm user accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses and phone numbers of farm staff and vets.",
)
training_set = tg.Data(
    "Pooled multi-farm training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Features from all farms joined with confirmed diagnoses as labels.",
)
weights = tg.Data(
    "Cow-health model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
support_session = tg.Data(
    "Remote support session", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Uses the portal from a phone or the farm office; runs the herd day to day.
    manager = tm.add(tg.Actor("Herd manager", role="farm manager"))
    # The farm's vet confirms diagnoses and records treatments in the portal.
    vet = tm.add(tg.Actor("Farm vet", role="veterinarian"))

with tm.boundary("Farm barn network", trust=tg.Trust.PARTNER):
    # Milks the cows, measures each visit and diverts milk of cows on the divert list.
    robots = tm.add(
        tg.Device(
            "Milking robots",
            description="Several robots per farm; a divert valve sends milk to a dump line.",
            controls={
                c.SafetyLimits(
                    limits="built-in arm force and motion interlocks; stops when a cow kicks"
                )
            },
        )
    )
    # Neck collars measure activity and rumination for lameness and heat detection.
    collars = tm.add(tg.Device("Activity collars"))
    # Our server on the farm: collects robot and collar data, syncs with the cloud,
    # and pushes the divert list to the robots.
    farm_server = tm.add(
        tg.Service(
            "On-farm robot server",
            description="Vendor-installed box in the farm office, on the farm's LAN.",
        )
    )

with tm.boundary("Vendor cloud", trust=tg.Trust.INTERNAL):
    # Receives uploads from every farm and returns each farm's divert list.
    sync = tm.add(
        tg.Service(
            "Farm sync service",
            controls={c.Authentication(method="per-farm API key issued at installation")},
        )
    )
    # Multi-tenant store of every farm's herd data, alerts and treatments.
    herd_db = tm.add(
        tg.DataStore(
            "Herd database",
            stores={milkings, activity, features, alerts, treatments, divert_list, farm_accounts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Scores each cow after every milking for mastitis and lameness risk.
    model = tm.add(
        tg.Model(
            "Cow-health model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees; a mastitis flag adds the cow to the divert list.",
        )
    )
    # The web and mobile herd portal farms sign in to.
    portal = tm.add(
        tg.Endpoint(
            "Herd portal",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="manager and vet roles, scoped to one farm"),
            },
        )
    )

    with tm.boundary("Vendor ML environment", trust=tg.Trust.INTERNAL):
        # Pooled features and labels from all farms.
        dataset = tm.add(tg.Dataset("Multi-farm training set", stores={training_set}))
        # Monthly retraining, with an evaluation gate before release.
        training = tm.add(
            tg.Pipeline(
                "Model retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="sensitivity and specificity on held-out farms")},
            )
        )
        # Holds released model versions that the scoring service loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Vendor corporate network", trust=tg.Trust.INTERNAL):
    # Connects to on-farm servers to troubleshoot robots and sync problems.
    support = tm.add(tg.Actor("Vendor support engineer", role="support", privileged=True))

# ---------------------------------------------------------------- flows
# On the farm
tm.flow(robots, farm_server, milkings, label="per-visit measurements")
tm.flow(collars, farm_server, activity, label="collar radio")
tm.flow(farm_server, robots, divert_list, label="divert list")

# Farm to cloud and back
tm.flow(farm_server, sync, milkings, activity, protocol="https")
tm.flow(sync, farm_server, divert_list, protocol="https")
tm.flow(sync, herd_db, milkings, activity, features)
tm.flow(herd_db, sync, alerts, treatments, label="build divert list")
tm.flow(sync, herd_db, divert_list)

# Scoring
tm.flow(herd_db, model, features)
tm.flow(model, herd_db, alerts)

# Portal
tm.flow(herd_db, portal, alerts, milkings, treatments, farm_accounts)
tm.flow(portal, manager, alerts, milkings, protocol="https")
tm.flow(manager, portal, treatments, protocol="https")
tm.flow(vet, portal, treatments, protocol="https")
tm.flow(portal, vet, alerts, treatments, protocol="https")
tm.flow(portal, herd_db, treatments)

# Retraining
tm.flow(herd_db, dataset, training_set, label="monthly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load released version")

# Support
tm.flow(support, farm_server, support_session, protocol="tls", label="remote support tool")

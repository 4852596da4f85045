"""Dairy farm mastitis flagging: the first design, before any security review.

The farm milks its herd with a fleet of milking robots in the parlour. After
every milking each robot reports per-quarter milk conductivity, yield and milk
temperature to a data collector on the farm server, which also imports the
monthly somatic cell count results from the milk recording lab. A scoring
service runs an in-house mastitis classifier over each cow's recent milkings
and writes a risk flag to the herd management database; the herdsman sees the
flagged cows on the herd dashboard, checks them with a fore-strip or CMT test
before any treatment, and records the confirmed cases. Nightly, milk records
and confirmed cases sync to the company cloud, where the model is retrained,
versioned in a registry and pushed back to the farm server after a data
scientist approves it. The dashboard has per-user logins; the cloud sync and
the lab import use HTTPS; cloud storage is encrypted with managed keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dairy farm mastitis flagging",
    profile=tg.RiskProfile.LOW,
    description="Flags cows likely to have mastitis from robot milking data for the herdsman.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Milking session readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-quarter conductivity, yield, milk temperature and milking time, per cow.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
cow_records = tg.Data(
    "Cow records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ear tag, lactation number, calving date, treatments and withdrawal periods.",
)
scc_results = tg.Data(
    "Somatic cell count results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Monthly per-cow SCC from the milk recording lab, as a CSV file.",
)
features = tg.Data(
    "Per-quarter milking features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
flags = tg.Data("Mastitis risk flags", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
confirmed = tg.Data(
    "Confirmed mastitis cases",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The herdsman's CMT or clinical check result for each flagged cow.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
artifact = tg.Data(
    "Mastitis model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Farm network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Parlour LAN", trust=tg.Trust.INTERNAL):
        # The robots measure each quarter's milk as the cow is milked.
        robots = tm.add(
            tg.Device(
                "Milking robots",
                fleet=True,
                description="Four milking boxes with in-line conductivity and yield meters.",
            )
        )

    # Pulls each robot's session data and the lab's SCC file into the herd database.
    collector = tm.add(
        tg.Service(
            "Milking data collector",
            description="Runs on the farm server; polls the robots' local API after each milking.",
            controls={
                c.SchemaEnforcement(note="lab CSV columns and value ranges are checked on import")
            },
        )
    )
    # The farm's system of record for cows, milkings and treatments.
    herd_db = tm.add(
        tg.DataStore(
            "Herd management database",
            stores={readings, cow_records, scc_results, flags, confirmed},
        )
    )
    # Scores every cow after each milking against her recent history.
    scoring = tm.add(
        tg.Service(
            "Mastitis scoring service",
            description="Builds per-quarter features from the last ten milkings and calls the model.",
        )
    )
    # The classifier itself, deployed on the farm server.
    model = tm.add(
        tg.Model(
            "Mastitis model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees giving a mastitis probability per cow and quarter.",
            controls={
                c.HumanInTheLoop(
                    approver="the herdsman, who checks each flagged cow with a CMT test before treating"
                )
            },
        )
    )
    # Where the herdsman sees flagged cows and records what he found.
    dashboard = tm.add(
        tg.Endpoint(
            "Herd dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Web app on the farm server, reached from the office PC or a phone on farm Wi-Fi.",
            controls={c.Authentication(method="individual username and password")},
        )
    )
    # Acts on the flags: checks, treats and separates milk.
    herdsman = tm.add(tg.Actor("Herdsman", role="herdsman"))

with tm.boundary("Milk recording lab", trust=tg.Trust.PARTNER):
    # Independent lab that tests monthly milk samples for somatic cell count.
    lab = tm.add(
        tg.DataSource(
            "Milk recording service",
            origin=tg.Origin.PARTNER,
            provides={scc_results},
            description="Publishes each herd's monthly SCC results for download.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Pooled milkings, SCC results and confirmed cases from the group's farms.
    training_set = tm.add(
        tg.Dataset(
            "Mastitis training set",
            stores={readings, scc_results, confirmed},
            purpose=tg.DatasetPurpose.TRAINING,
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
    # Keeps every trained version so a farm can be rolled back.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={
                c.ModelVersioning(),
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )
    # Pushes an approved model version to the farm server.
    rollout = tm.add(tg.Pipeline("Model rollout", stage=tg.Stage.DEPLOYMENT))
    # Trains, evaluates and approves model versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(robots, collector, readings, protocol="http", label="after each milking")
tm.flow(lab, collector, scc_results, protocol="https", label="monthly SCC download")
tm.flow(collector, herd_db, readings, scc_results)

tm.flow(herd_db, scoring, readings, cow_records, scc_results)
tm.flow(scoring, model, features)
tm.flow(model, scoring, flags)
tm.flow(scoring, herd_db, flags)

tm.flow(herd_db, dashboard, flags, cow_records)
tm.flow(dashboard, herdsman, flags, cow_records, protocol="https")
tm.flow(herdsman, dashboard, confirmed, protocol="https", label="records check results")
tm.flow(dashboard, herd_db, confirmed)

tm.flow(
    herd_db, training_set, readings, scc_results, confirmed, protocol="https", label="nightly sync"
)
tm.flow(training_set, training, readings, scc_results, confirmed)
tm.flow(training, registry, artifact)
tm.flow(data_scientist, rollout, approval, protocol="https", label="approves release")
tm.flow(registry, rollout, artifact)
tm.flow(rollout, model, artifact, protocol="https", label="deploy to farm server")

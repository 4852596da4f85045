"""Oyster nucleation scheduling model: the first design, before any security review.

A pearl farm decides each week which oyster panels to nucleate (seed with a bead and a
mantle graft) and on which day. Temperature buoys moored on the lease lines report
water temperature to the buoy vendor's cloud, which an ingestion job polls hourly with
an API key. Technicians on the boats type shell measurements into field tablets that
sync to the farm database when back at the base, and pearl graders record the grade,
size and lustre of each harvested pearl in the farm operations web app. Weekly, a
training job on the farm's cloud account retrains a readiness model on this history; a
scheduling service scores the stock with it and drafts the nucleation schedule, which
the farm manager approves in the web app before the grafting technicians see it. Staff
sign in to the web app with their own e-mail and password; the cloud database is
encrypted and backed up by the provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Oyster nucleation scheduling model",
    profile=tg.RiskProfile.LOW,
    description="Weekly nucleation schedule for a pearl farm, from water temperature "
    "buoys, oyster growth measurements and harvest quality records.",
)

# ---------------------------------------------------------------- data assets
temperature = tg.Data(
    "Water temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature at two depths per buoy, every 15 minutes.",
)
growth = tg.Data(
    "Oyster growth measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Shell height, width and weight per sampled oyster, by line and panel.",
)
harvest = tg.Data(
    "Harvest quality records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Grade, size, shape and lustre of each harvested pearl, by panel and "
    "nucleation date: the farm's commercial record.",
)
training_data = tg.Data(
    "Readiness training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
stock_features = tg.Data(
    "Panel readiness features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
readiness = tg.Data("Readiness scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Readiness model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
draft = tg.Data("Draft nucleation schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approval = tg.Data("Schedule approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
schedule = tg.Data(
    "Approved nucleation schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Lagoon lease", trust=tg.Trust.UNTRUSTED):
    # Moored on the lease lines, out on open water: anyone with a boat can reach them.
    buoys = tm.add(
        tg.Device(
            "Temperature buoys",
            fleet=True,
            description="Solar buoys with temperature probes and a cellular modem.",
        )
    )

with tm.boundary("Buoy vendor cloud", trust=tg.Trust.PARTNER):
    # The buoy maker's platform collects the readings; we only read them back.
    buoy_platform = tm.add(
        tg.ExternalService("Buoy telemetry platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Farm base", trust=tg.Trust.INTERNAL):
    # Takes growth measurements on the boats during panel cleaning.
    technician = tm.add(tg.Actor("Farm technician", role="field technician"))
    # Shared tablets running the measurement app; they sync over the base Wi-Fi.
    tablets = tm.add(
        tg.Device("Field tablets", fleet=True, description="Offline-first measurement app.")
    )
    # Grades each harvested pearl in the grading room.
    grader = tm.add(tg.Actor("Pearl grader", role="grading room staff"))
    # Decides what is nucleated; approves every schedule.
    manager = tm.add(tg.Actor("Farm manager", role="farm manager", privileged=True))
    # Seeds the oysters the schedule lists; seasonal contract staff.
    grafter = tm.add(tg.Actor("Grafting technician", role="contract grafting technician"))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Polls the vendor API hourly for new readings.
    ingestion = tm.add(tg.Pipeline("Buoy ingestion job", stage=tg.Stage.INGESTION))
    # The farm's system of record for stock, measurements, harvests and schedules.
    farm_db = tm.add(
        tg.DataStore(
            "Farm database",
            stores={temperature, growth, harvest, schedule},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="provider's daily snapshots, kept 14 days"),
            },
        )
    )
    # Weekly extract joining temperatures and growth to the harvest outcomes they led to.
    dataset = tm.add(tg.Dataset("Readiness training set", stores={training_data}))
    # Weekly retraining (pandas and scikit-learn) written by a contract data scientist.
    training = tm.add(
        tg.Pipeline("Weekly training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # A storage bucket holding each week's model file.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))
    # Predicts, per panel, the expected pearl quality if nucleated in each coming week.
    model = tm.add(
        tg.Model(
            "Nucleation readiness model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Turns scores and grafter capacity into a day-by-day draft schedule.
    scheduler = tm.add(
        tg.Service(
            "Scheduling service",
            controls={c.HumanInTheLoop(approver="the farm manager")},
        )
    )
    # Web app for grading entry, schedule review and the published schedule.
    web_app = tm.add(
        tg.Endpoint(
            "Farm operations web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="own e-mail and password per staff member")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(buoys, buoy_platform, temperature, protocol="mqtts")
tm.flow(buoy_platform, ingestion, temperature, protocol="https", label="hourly poll")
tm.flow(ingestion, farm_db, temperature)

tm.flow(technician, tablets, growth, label="typed in on the boat")
tm.flow(tablets, farm_db, growth, protocol="https", label="sync at the base")
tm.flow(grader, web_app, harvest, protocol="https")
tm.flow(web_app, farm_db, harvest)

tm.flow(farm_db, dataset, training_data, label="weekly export")
tm.flow(dataset, training, training_data)
tm.flow(training, model_bucket, weights)
tm.flow(model_bucket, model, weights, label="loaded at each scheduling run")

tm.flow(farm_db, scheduler, temperature, growth, label="weekly batch read")
tm.flow(scheduler, model, stock_features)
tm.flow(model, scheduler, readiness)
tm.flow(scheduler, web_app, draft)
tm.flow(web_app, manager, draft, protocol="https")
tm.flow(manager, web_app, approval, protocol="https")
tm.flow(web_app, farm_db, schedule)
tm.flow(web_app, grafter, schedule, protocol="https")

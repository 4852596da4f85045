"""Football academy youth player GPS load monitoring: the first design.

An English club's academy (players aged 9 to 18) puts a GPS and heart-rate vest on
every player at each training session and match. After the session the vests sit
in a dock in the kit room, which uploads them to the vest vendor's cloud platform.
A nightly ingestion job pulls the session metrics through the vendor's API into
the academy's load database in the club's cloud tenancy. An in-house injury risk
model scores each player's acute and chronic load, together with the physio's
injury log, and flags players at risk; sports scientists and coaches see the flags
on a staff dashboard and decide any change to training. Parents see a weekly load
summary for their own child in a parent portal. The model is retrained each
season from the load history and the injury log. Controls in this design: the
vendor was assessed and signed a DPA, staff sign in with club SSO and MFA, stores
are encrypted at rest, the injury log is role-restricted, and a person decides.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Academy youth player GPS load monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "GPS and heart-rate load monitoring of academy players under 18, with an "
        "injury risk model that flags players for staff review."
    ),
)

# ---------------------------------------------------------------- data assets
vest_data = tg.Data(
    "Raw GPS and heart-rate data",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Position traces and heart rate of identified children.",
)
session_metrics = tg.Data(
    "Session load metrics",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Distance, high-speed running, accelerations and heart-rate load per player.",
)
api_key = tg.Data("Vendor API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
player_profiles = tg.Data(
    "Player profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, age group, position and growth measurements.",
)
injury_log = tg.Data(
    "Injury and medical log",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
risk_flags = tg.Data(
    "Injury risk flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-player risk score and the load measures that drove it.",
)
training_decision = tg.Data(
    "Training load adjustment", kind="records", sensitivity=tg.Sensitivity.PII
)
weekly_summary = tg.Data("Weekly load summary", kind="records", sensitivity=tg.Sensitivity.PII)
parent_login = tg.Data("Parent sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
training_set = tg.Data(
    "Load and injury history", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
weights = tg.Data(
    "Injury risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Training ground", trust=tg.Trust.INTERNAL):
    # Worn by every player; records position and heart rate during sessions.
    vests = tm.add(tg.Device("GPS vest tracker", fleet=True))
    # Charges the vests and uploads their sessions to the vendor.
    dock = tm.add(tg.Device("Vest docking station", fleet=False))
    # Sports scientists and coaches who plan each age group's training.
    staff = tm.add(tg.Actor("Sports scientist", role="academy staff"))
    # Records injuries, illness and return-to-play status.
    physio = tm.add(tg.Actor("Academy physio", role="medical staff"))

with tm.boundary("GPS vendor cloud", trust=tg.Trust.PARTNER):
    # The vest maker's SaaS, which processes the raw traces into metrics.
    vendor = tm.add(
        tg.ExternalService(
            "GPS vendor platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment(note="security questionnaire and DPA signed")},
        )
    )

with tm.boundary("Club cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls yesterday's sessions from the vendor API each night.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly load ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # The academy's own copy of every session, per player.
    load_db = tm.add(
        tg.DataStore(
            "Player load database",
            stores={session_metrics, player_profiles, risk_flags, training_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Medical notes kept apart from the load data.
    injury_store = tm.add(
        tg.DataStore(
            "Injury log",
            stores={injury_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Scores each player's injury risk from load ratios and injury history.
    risk_model = tm.add(
        tg.Model(
            "Injury risk model",
            task=tg.Task.CLASSIFIER,
            origin="in-house",
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees on acute:chronic load and past injuries.",
            controls={c.HumanInTheLoop(approver="lead sports scientist")},
        )
    )
    # Staff web app showing loads and flags for each age group.
    dashboard = tm.add(
        tg.Endpoint(
            "Staff load dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="club SSO with MFA"), c.RBAC()},
        )
    )
    # Lets parents see their own child's weekly summary.
    portal = tm.add(
        tg.Endpoint(
            "Parent portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Retrains the risk model at the start of each season.
    training = tm.add(tg.Pipeline("Seasonal model retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A parent or guardian of an academy player.
    parent = tm.add(tg.Actor("Parent", role="parent"))

# ---------------------------------------------------------------- flows
tm.flow(vests, dock, vest_data, protocol="usb")
tm.flow(dock, vendor, vest_data, protocol="https")

tm.flow(ingestion, vendor, api_key, protocol="https", label="session query")
tm.flow(vendor, ingestion, session_metrics, protocol="https")
tm.flow(ingestion, load_db, session_metrics)

tm.flow(physio, injury_store, injury_log, protocol="https")
tm.flow(load_db, risk_model, session_metrics, player_profiles)
tm.flow(injury_store, risk_model, injury_log)
tm.flow(risk_model, load_db, risk_flags)

tm.flow(load_db, dashboard, session_metrics, risk_flags, player_profiles)
tm.flow(dashboard, staff, session_metrics, risk_flags, protocol="https")
tm.flow(staff, dashboard, training_decision, protocol="https")
tm.flow(dashboard, load_db, training_decision)

tm.flow(parent, portal, parent_login, protocol="https")
tm.flow(load_db, portal, weekly_summary)
tm.flow(portal, parent, weekly_summary, protocol="https")

tm.flow(load_db, training, training_set, label="seasonal export")
tm.flow(injury_store, training, training_set, label="seasonal export")
tm.flow(training, risk_model, weights, label="deploy new season's model")

"""Heritage railway season-ticket and volunteer-pass misuse flagging: first design.

Season tickets are sold, and volunteer travel passes issued, through an online
ticketing provider; both carry a QR code. Travelling inspectors scan passes on the
trains with railway-owned handhelds, and validators scan them at the station gates.
Scans reach a small scan API in the railway's cloud tenancy over mobile data or
station broadband; the API sends the devices the current list of valid passes.
Each night a batch job builds per-pass usage features and an in-house classifier
scores every pass; passes above a threshold become flags that the commercial
manager reviews in a web dashboard (nothing is withdrawn automatically). Review
outcomes are kept as labels for a quarterly retrain. Devices use per-device API
keys, the dashboard uses Google Workspace sign-in with 2-step verification, and
the cloud databases are encrypted at rest by the provider.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Heritage railway pass misuse flagging",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Flags likely sharing or misuse of season tickets and volunteer passes from "
        "on-train and gate scans, for the commercial manager to review."
    ),
)

# ---------------------------------------------------------------- data assets
pass_qr = tg.Data(
    "Pass QR code",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pass number and type encoded on the season ticket or volunteer pass.",
)
inspector_remarks = tg.Data(
    "Inspector remarks",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Free-text note typed by the inspector, e.g. photo did not match holder.",
)
scan_events = tg.Data(
    "Pass scan events",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pass number, time, train or gate, station, device id and inspector id.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
pass_records = tg.Data(
    "Season ticket and volunteer pass records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Holder name, address, photo, pass type, validity dates, volunteer roster days.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
valid_pass_list = tg.Data(
    "Valid pass list",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Current pass numbers with holder name and photo, cached on the devices.",
)
pass_features = tg.Data(
    "Pass usage features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
)
misuse_score = tg.Data(
    "Pass misuse score",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
)
misuse_flags = tg.Data(
    "Misuse flags with scan history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
)
review_outcomes = tg.Data(
    "Review outcomes",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    description="Commercial manager's verdict on each flag: genuine misuse, explained, error.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_file = tg.Data(
    "Misuse model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Passengers", trust=tg.Trust.UNTRUSTED):
    # The person presenting a season ticket or volunteer pass; may be lending it out.
    holder = tm.add(tg.Actor("Pass holder", role="season ticket holder or volunteer"))

with tm.boundary("Ticketing provider", trust=tg.Trust.PARTNER):
    # SaaS shop where season tickets are bought and volunteer passes are issued.
    ticketing = tm.add(
        tg.ExternalService(
            "Online ticketing platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Exports pass holders and validity nightly.",
        )
    )

with tm.boundary("Trains and stations", trust=tg.Trust.INTERNAL):
    # Travelling inspectors, most of them volunteers, who check passes on board.
    inspector = tm.add(tg.Actor("Ticket inspector", role="travelling ticket inspector"))
    # Railway-owned Android scanners carried on the trains; connect over mobile data.
    handheld = tm.add(
        tg.Device(
            "Inspector handheld scanner",
            description="Scans pass QR codes, shows holder photo, queues scans when offline.",
        )
    )
    # Fixed QR validators on the station gates, on the station broadband.
    gate = tm.add(tg.Device("Station gate validator"))

with tm.boundary("Railway cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives scans from every device and hands out the valid pass list.
    scan_api = tm.add(
        tg.Endpoint(
            "Scan ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Append-only table of every scan from trains and gates.
    scan_store = tm.add(
        tg.DataStore(
            "Scan event database",
            stores={scan_events},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Local copy of pass holders, refreshed from the ticketing platform each night.
    pass_register = tm.add(
        tg.DataStore(
            "Pass holder register",
            stores={pass_records},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Turns the day's scans and pass details into per-pass usage features.
    feature_job = tm.add(
        tg.Pipeline(
            "Nightly feature build",
            stage=tg.Stage.PREPROCESSING,
        )
    )
    # Scores every active pass each night and writes flags above the threshold.
    scoring_job = tm.add(
        tg.Service(
            "Nightly scoring job",
            description="Flags passes whose misuse score is above 0.7.",
        )
    )
    # In-house classifier of likely pass sharing or misuse.
    model = tm.add(
        tg.Model(
            "Pass misuse model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees over scan patterns per pass.",
        )
    )
    # Queue of open flags and their review outcomes.
    flag_store = tm.add(
        tg.DataStore(
            "Misuse flag queue",
            stores={misuse_flags, review_outcomes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web page where the commercial manager works through the flags.
    dashboard = tm.add(
        tg.Service(
            "Flag review dashboard",
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace sign-in with 2-step verification"),
                c.HumanInTheLoop(approver="the commercial manager"),
            },
        )
    )
    # Labelled history of scored passes for retraining.
    training_set = tm.add(
        tg.Dataset(
            "Misuse training set",
            stores={pass_features, review_outcomes},
        )
    )
    # Quarterly retrain, run by the volunteer who maintains the system.
    training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Railway office", trust=tg.Trust.INTERNAL):
    # Decides what, if anything, to do about a flagged pass.
    manager = tm.add(tg.Actor("Commercial manager", role="commercial manager"))

# ---------------------------------------------------------------- flows
tm.flow(holder, handheld, pass_qr, label="shown to the inspector")
tm.flow(holder, gate, pass_qr, label="presented at the gate")
tm.flow(inspector, handheld, inspector_remarks)
tm.flow(handheld, scan_api, scan_events, inspector_remarks, protocol="https")
tm.flow(gate, scan_api, scan_events, protocol="https")
tm.flow(scan_api, handheld, valid_pass_list, protocol="https")
tm.flow(scan_api, gate, valid_pass_list, protocol="https")
tm.flow(scan_api, scan_store, scan_events, inspector_remarks)
tm.flow(pass_register, scan_api, valid_pass_list)

tm.flow(ticketing, pass_register, pass_records, protocol="sftp", label="nightly export")

tm.flow(scan_store, feature_job, scan_events, label="nightly batch")
tm.flow(pass_register, feature_job, pass_records, label="nightly batch")
tm.flow(feature_job, scoring_job, pass_features)
tm.flow(scoring_job, model, pass_features)
tm.flow(model, scoring_job, misuse_score)
tm.flow(scoring_job, flag_store, misuse_flags)

tm.flow(flag_store, dashboard, misuse_flags)
tm.flow(pass_register, dashboard, pass_records, label="holder details")
tm.flow(dashboard, manager, misuse_flags, pass_records, protocol="https")
tm.flow(manager, dashboard, review_outcomes, protocol="https")
tm.flow(dashboard, flag_store, review_outcomes)

tm.flow(feature_job, training_set, pass_features)
tm.flow(flag_store, training_set, review_outcomes)
tm.flow(training_set, training, pass_features, review_outcomes)
tm.flow(training, model, model_file, label="deploy new model")

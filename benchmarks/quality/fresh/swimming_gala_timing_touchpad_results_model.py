"""Swimming gala timing and results: the first design, before any security review.

At a club gala, lane touchpads record each swimmer's finish, and volunteer lane
timekeepers also take backup stopwatch times, typed into club tablets on the pool
Wi-Fi. The meet laptop on poolside runs the timing console, which loads the start
list from the county association's entries portal, and a small reconciliation
model that picks each official time from the touchpad and backup times and flags
missed or soft touches. The meet referee reviews the flagged swims and signs off
each event before it counts. After the session the signed-off results sync to the
club's hosted results database; a publisher uploads the results file to the county
association portal and the club website shows them to parents and spectators. The
model is retrained between seasons by a club volunteer from past gala results.
Controls: officials sign in to the meet laptop, the referee approves every event,
uploads use HTTPS with the club's county API key, and the results database is
encrypted at rest by the hosting provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Swimming gala timing and results",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Touchpad and backup times reconciled by a model, signed off by the "
    "referee and published to the county association.",
)

# ---------------------------------------------------------------- data assets
touchpad_times = tg.Data(
    "Touchpad finish times",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-lane finish and split times from the touchpads, by heat and lane.",
)
backup_times = tg.Data(
    "Backup stopwatch times",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
start_list = tg.Data(
    "Start list and entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Swimmer names, dates of birth, age groups, clubs and membership numbers.",
)
reconciled_times = tg.Data(
    "Reconciled times and discrepancy flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
referee_signoff = tg.Data(
    "Referee event sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
results = tg.Data(
    "Official gala results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Placings and times with swimmer names, age groups and clubs.",
)
results_file = tg.Data(
    "County results file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The gala results in the county's upload format, membership numbers included.",
)
upload_receipt = tg.Data(
    "Upload validation report", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
results_page = tg.Data(
    "Published results page", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
history = tg.Data(
    "Historical gala times",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past touchpad, backup and official times, with swimmer names still attached.",
)
notebook = tg.Data("Training notebook", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
model_file = tg.Data(
    "Reconciliation model file",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="A scikit-learn model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents, swimmers and spectators follow results on the club website.
    spectator = tm.add(tg.Actor("Parent or spectator", role="public"))

with tm.boundary("County association", trust=tg.Trust.PARTNER):
    # Takes entries before the gala and official results after it.
    county_portal = tm.add(
        tg.ExternalService(
            "County association results portal",
            description="The county's entries and results system; clubs upload results files.",
        )
    )

with tm.boundary("Poolside timing network", trust=tg.Trust.INTERNAL):
    # Wired lane touchpads: the primary timing source.
    touchpads = tm.add(
        tg.Device(
            "Lane touchpads",
            fleet=True,
            description="One touchpad per lane, wired to the console interface.",
        )
    )
    # Volunteers who press a stopwatch for their lane as a backup.
    timekeeper = tm.add(tg.Actor("Lane timekeeper", role="volunteer official"))
    # Club tablets where timekeepers type their backup times.
    tablets = tm.add(
        tg.Device(
            "Timekeeper tablets", fleet=True, description="Club-owned tablets on the pool Wi-Fi."
        )
    )
    # The meet laptop: collects all times, runs the model, holds the session results.
    console = tm.add(
        tg.Service(
            "Timing console",
            description="Meet management software on the poolside laptop.",
            controls={
                c.Authentication(
                    method="Windows login on the meet laptop shared by the officials' table"
                ),
                c.HumanInTheLoop(
                    approver="the meet referee",
                    note="every event is signed off before results count",
                ),
            },
        )
    )
    # Picks the official time per swim and flags missed or soft touches.
    recon_model = tm.add(
        tg.Model(
            "Time reconciliation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Runs on the meet laptop; estimates the official time from touchpad and backup times.",
        )
    )
    # The referee decides on flagged swims and signs off each event.
    referee = tm.add(tg.Actor("Meet referee", role="referee", privileged=True))

with tm.boundary("Club hosted workspace", trust=tg.Trust.INTERNAL):
    # Master copy of every gala's signed-off results.
    results_db = tm.add(
        tg.DataStore(
            "Results database",
            stores={results, start_list},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Builds the county results file and uploads it.
    publisher = tm.add(
        tg.Service("Results publisher", description="Run by the meet secretary after each gala.")
    )
    # Public results pages.
    website = tm.add(
        tg.Endpoint("Club results website", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # Past galas kept for retraining the reconciliation model.
    history_set = tm.add(tg.Dataset("Historical times dataset", stores={history}))
    # A notebook the volunteer runs between seasons.
    training = tm.add(
        tg.Pipeline("Model training notebook", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # The club member who maintains the model.
    data_volunteer = tm.add(
        tg.Actor("Club data volunteer", role="volunteer developer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(
    county_portal, console, start_list, protocol="https", label="entries download before the gala"
)
tm.flow(touchpads, console, touchpad_times, label="wired timing interface")
tm.flow(timekeeper, tablets, backup_times, label="typed in person at the lane")
tm.flow(tablets, console, backup_times, protocol="http", label="pool Wi-Fi")

tm.flow(console, recon_model, touchpad_times, backup_times)
tm.flow(recon_model, console, reconciled_times)
tm.flow(console, referee, reconciled_times, label="on the panel of the meet laptop")
tm.flow(referee, console, referee_signoff, label="on the panel of the meet laptop")

tm.flow(console, results_db, results, start_list, protocol="https", label="sync after the session")
tm.flow(results_db, publisher, results, label="export after the gala")
tm.flow(
    publisher,
    county_portal,
    results_file,
    protocol="https",
    controls={c.Authentication(method="club API key issued by the county association")},
)
tm.flow(county_portal, publisher, upload_receipt, protocol="https")
tm.flow(results_db, website, results)
tm.flow(website, spectator, results_page, protocol="https")

tm.flow(results_db, history_set, history, label="export after each gala")
tm.flow(history_set, training, history)
tm.flow(data_volunteer, training, notebook)
tm.flow(training, recon_model, model_file, label="copied to the meet laptop before the season")

"""Greyhound track photo-finish model: the first design, before any security review.

At the end of every race two high-speed line-scan cameras on the finish line
stream frames to a capture server in the stadium's track equipment room. The
server archives the frames and runs an in-house detection model that reads the
trap colours and numbers in the frames and proposes a finishing order. The
racing judge, in the judge's box, sees the frames and the proposed order on a
review console, corrects it if needed and confirms it. Only a confirmed result
goes to the results service, which stores it and pushes it over HTTPS to the
betting data distributor that bookmakers settle bets from. Past finishes and the
judge's confirmed orders are used to retrain the model on the stadium's ML
server; the ML engineer promotes versions from a model registry. Controls in
this design: individual judge logins, judge confirmation before publishing,
an audit log on the results service, role-based access to the results
database and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Greyhound photo-finish model",
    profile=tg.RiskProfile.HIGH,
    description="Proposes greyhound race finishing orders from finish-line camera "
    "frames for the judge to confirm; confirmed results go to the betting data feed.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Finish-line camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Line-scan images of the dogs crossing the line, with timestamps.",
)
race_card = tg.Data(
    "Race card",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Race number, runners, trap numbers and jacket colours.",
)
proposed_order = tg.Data(
    "Proposed finishing order",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Trap numbers in finishing order with distances and a confidence per place.",
)
confirmed_order = tg.Data(
    "Judge-confirmed result",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="The official finishing order, signed off by the racing judge.",
)
result_message = tg.Data(
    "Official result feed message",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
feed_ack = tg.Data("Feed delivery acknowledgement", kind="records")
training_frames = tg.Data(
    "Labelled finish images",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Past finish frames labelled with the judge-confirmed order.",
)
weights = tg.Data(
    "Photo-finish model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the detector.",
)
train_config = tg.Data("Training run configuration", kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Stadium track network", trust=tg.Trust.INTERNAL):
    # The two finish-line cameras: the only source of what happened at the line.
    cameras = tm.add(
        tg.Device(
            "Finish-line cameras",
            fleet=False,
            description="Two line-scan cameras, one on each side of the finish line.",
        )
    )
    # Takes the camera streams, archives them and runs the model after each race.
    capture = tm.add(
        tg.Service(
            "Frame capture server",
            description="Receives camera frames, writes them to the archive and calls the model.",
        )
    )
    # Every finish kept for disputes, stewards' inquiries and retraining.
    archive = tm.add(tg.DataStore("Finish frame archive", stores={frames}))
    # Reads trap jackets and numbers in the frames and proposes the order.
    model = tm.add(
        tg.Model(
            "Photo-finish model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Detects the runners at the line and orders them by nose position.",
        )
    )
    # The stadium's racing management system: which dog is in which trap.
    racecard = tm.add(
        tg.DataSource(
            "Race card system",
            origin=tg.Origin.INTERNAL,
            provides={race_card},
            description="Racing office system holding the day's races and runners.",
        )
    )

    with tm.boundary("Judge's box", trust=tg.Trust.RESTRICTED):
        # The judge reviews every finish here before anything is published.
        console = tm.add(
            tg.Service(
                "Judge review console",
                description="Shows the frames with the proposed order; the judge edits and confirms.",
                controls={c.Authentication(method="individual judge username and password")},
            )
        )
        judge = tm.add(tg.Actor("Racing judge", role="racing official"))

with tm.boundary("Stadium server room", trust=tg.Trust.INTERNAL):
    # Holds confirmed results and sends them out to the betting feed.
    results = tm.add(
        tg.Service(
            "Results service",
            description="Accepts judge-confirmed results and publishes them to the feed.",
            controls={
                c.HumanInTheLoop(approver="the racing judge"),
                c.AuditLogging(),
            },
        )
    )
    # The stadium's official record of race results.
    results_db = tm.add(
        tg.DataStore("Results database", stores={confirmed_order}, controls={c.RBAC()})
    )

    with tm.boundary("ML server", trust=tg.Trust.INTERNAL):
        # Past finishes labelled with the judges' confirmed orders.
        dataset = tm.add(tg.Dataset("Labelled finishes dataset", stores={training_frames}))
        # Retrains the detector each month on the newest finishes.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Keeps each trained checkpoint; the engineer promotes one to the capture server.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Stadium office network", trust=tg.Trust.INTERNAL):
    # Looks after the model: runs training and promotes versions.
    engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Betting data distributor", trust=tg.Trust.PARTNER):
    # The company that distributes official results to bookmakers for settlement.
    distributor = tm.add(
        tg.ExternalService(
            "Betting data feed",
            provides=tg.ExternalCategory.GENERIC,
            description="Receives official results and distributes them to bookmakers.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, capture, frames, protocol="gige-vision")
tm.flow(capture, archive, frames)
tm.flow(capture, model, frames, label="frames of the finish")
tm.flow(model, capture, proposed_order)
tm.flow(racecard, capture, race_card)
tm.flow(capture, console, frames, proposed_order, race_card)
tm.flow(console, judge, frames, proposed_order, label="on the console screen")
tm.flow(judge, console, confirmed_order, label="confirms on the panel")
tm.flow(console, results, confirmed_order, protocol="https")
tm.flow(results, results_db, confirmed_order)
tm.flow(results, distributor, result_message, protocol="https")
tm.flow(distributor, results, feed_ack, protocol="https")

tm.flow(archive, dataset, training_frames, label="monthly export")
tm.flow(results_db, dataset, confirmed_order, label="monthly export")
tm.flow(dataset, training, training_frames)
tm.flow(engineer, training, train_config)
tm.flow(training, registry, weights)
tm.flow(registry, capture, weights, label="promoted by the ML engineer")
tm.flow(capture, model, weights, label="load model")

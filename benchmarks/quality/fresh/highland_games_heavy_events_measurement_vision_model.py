"""Highland games heavy events measurement: the first design, before any security review.

A games association wants to measure heavy events (stone put, hammer, weight for
distance and the caber's "o'clock" angle) from video instead of only by tape. A
calibrated camera rig at each throwing area streams to an edge box at the field,
which runs an in-house vision model and shows each measurement, with a still and
a confidence, on the field judge's tablet. The judge accepts it or enters the tape
measure; only judged results go up over 4G to a cloud results API, which feeds the
public live results site. The games secretary uploads the athlete entry list
before the day. After each games the throw clips are archived, joined with the
judged distances into a training set, and the model is retrained and published to
a registry the edge boxes download from. Controls in this design: the judge signs
in to the tablet app with a per-event PIN, the edge boxes and the secretary sign in
to the results API, uploads use HTTPS, cloud stores use provider-managed
encryption, and model versions are pinned in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Highland games heavy events measurement",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Camera-based distance and caber-angle measurement for heavy events, "
    "confirmed by field judges and published as live results.",
)

# ---------------------------------------------------------------- data assets
throw_video = tg.Data(
    "Throw video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Stereo video of each attempt; athletes and spectators are identifiable.",
)
measurement = tg.Data(
    "Throw measurement",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Landing point distance or caber angle, with the model's confidence.",
)
review_still = tg.Data("Review still with overlay", kind="media", sensitivity=tg.Sensitivity.PII)
judge_ruling = tg.Data(
    "Judge ruling",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accept, foul, or the tape-measured distance that replaces the model's.",
)
judged_result = tg.Data(
    "Judged result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Athlete, event, attempt number and the distance the judge confirmed.",
)
entry_list = tg.Data(
    "Athlete entry list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, clubs, weight and age classes (masters), throwing order.",
)
published_results = tg.Data("Published results", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
throw_clips = tg.Data("Throw clips", kind="media", sensitivity=tg.Sensitivity.PII)
training_set = tg.Data(
    "Labelled throw set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Clips paired with the judged distances as labels.",
)
weights = tg.Data(
    "Measurement model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
upload_key = tg.Data("Edge box API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Games field", trust=tg.Trust.INTERNAL):
    # Fixed, calibrated cameras at each throwing area: the source of every measurement.
    cameras = tm.add(
        tg.Device(
            "Field camera rig",
            fleet=True,
            description="Two PoE cameras per throwing area on the field LAN.",
        )
    )
    # Runs capture and inference at the field so results do not depend on the 4G link.
    edge_box = tm.add(
        tg.Service(
            "Field edge box",
            description="Ruggedised mini PC: records attempts, runs the model, serves the "
            "judge app over field Wi-Fi and uploads judged results.",
            controls={c.Authentication(method="per-event judge PIN on the tablet app")},
        )
    )
    # The vision model that turns video into a distance or caber angle.
    model = tm.add(
        tg.Model(
            "Throw measurement model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Keypoint and landing-mark detection on calibrated stereo frames; "
            "its measurement sets placings once the judge accepts it.",
            controls={
                c.HumanInTheLoop(
                    approver="field judge",
                    note="the judge accepts each measurement or enters the tape measure",
                )
            },
        )
    )
    # Where the judge sees each measurement and rules on it.
    tablet = tm.add(tg.Device("Judge tablet", fleet=True))
    # The official who has the final word on every attempt.
    judge = tm.add(tg.Actor("Field judge", role="heavy events judge"))

with tm.boundary("Association cloud account", trust=tg.Trust.INTERNAL):
    # Receives judged results and entry lists; the one door into the cloud side.
    results_api = tm.add(
        tg.Endpoint(
            "Results API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="per-edge-box API key; secretary signs in with e-mail and password"
                )
            },
        )
    )
    # Source of truth for entries and results.
    results_db = tm.add(
        tg.DataStore(
            "Results database",
            stores={entry_list, judged_result},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Live leaderboard for spectators and clubs.
    results_site = tm.add(tg.Service("Public results site"))
    # Keeps the clips after each games for disputes and retraining.
    clip_archive = tm.add(
        tg.DataStore(
            "Throw clip archive",
            stores={throw_clips},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Clips joined with judged distances, the labels the model learns from.
        dataset = tm.add(tg.Dataset("Labelled throw dataset", stores={training_set}))
        # Retrains the model between games.
        training = tm.add(
            tg.Pipeline(
                "Retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                description="Builds the labelled set and fine-tunes the model; pip installs "
                "the vision libraries on each run.",
            )
        )
        # Holds released model versions the edge boxes download.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning(note="edge boxes pull a pinned version per games")},
            )
        )

with tm.boundary("Association staff devices", trust=tg.Trust.INTERNAL):
    # Volunteer secretary who sets up entries before each games.
    secretary = tm.add(tg.Actor("Games secretary", role="organiser"))
    # Part-time contractor who maintains the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Spectators, athletes and clubs following the results.
    spectator = tm.add(tg.Actor("Spectator", role="public"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge_box, throw_video, protocol="rtsp", label="field LAN")
tm.flow(edge_box, model, throw_video)
tm.flow(model, edge_box, measurement)
tm.flow(edge_box, tablet, measurement, review_still, protocol="http", label="field Wi-Fi (WPA2)")
tm.flow(tablet, judge, measurement, review_still, label="on the touchscreen")
tm.flow(judge, tablet, judge_ruling, label="on the touchscreen")
tm.flow(tablet, edge_box, judge_ruling, protocol="http", label="field Wi-Fi (WPA2)")

tm.flow(secretary, results_api, entry_list, protocol="https")
tm.flow(results_api, results_db, entry_list)
tm.flow(results_db, results_api, entry_list, label="throwing order")
tm.flow(results_api, edge_box, entry_list, protocol="https", label="start of day sync")
tm.flow(edge_box, results_api, judged_result, upload_key, protocol="https", label="4G router")
tm.flow(results_api, results_db, judged_result)
tm.flow(results_db, results_site, published_results)
tm.flow(results_site, spectator, published_results, protocol="https")

tm.flow(edge_box, clip_archive, throw_clips, upload_key, protocol="https", label="after the games")
tm.flow(clip_archive, training, throw_clips)
tm.flow(results_db, training, judged_result, label="export of judged distances")
tm.flow(training, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(ml_engineer, training, train_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, edge_box, weights, protocol="https", label="download before each games")

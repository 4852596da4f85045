"""Tennis club line calling: the first design, before any security review.

A tennis club fits each court with fixed high-frame-rate cameras on a wired camera
network. A ball tracking service on the clubhouse edge server decodes the streams,
finds each bounce and asks an in-house line calling model whether it was in or out;
the call goes to the courtside scoreboard and to a tablet on each court, used in club
matches and in junior tournaments. Players challenge a call on the tablet and see the
replay clip; in tournaments the referee reviews challenges from the tournament office
and can overrule. Clips around each call are kept for 90 days; match records with
player names come from and go back to the club's hosted membership system. Each week
challenged clips and referee rulings are uploaded to the line calling vendor, who
retrains the model and publishes validated ONNX versions that the edge server
downloads and pins. Every call is logged with its bounce mark and clip.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tennis club line calling",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Camera-based in/out calls for club matches and junior tournaments, with player "
        "challenges on a courtside tablet."
    ),
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Court video frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Players, junior players included, and spectators are in view.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
trajectory = tg.Data("Ball bounce trajectory", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
line_call = tg.Data(
    "Line call",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
call_display = tg.Data("Call announcement", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
call_clips = tg.Data(
    "Call clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
replay = tg.Data("Replay clip", kind="media", sensitivity=tg.Sensitivity.PII)
challenge = tg.Data("Challenge request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ruling = tg.Data(
    "Referee ruling",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
match_records = tg.Data(
    "Match records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Player names, ages for junior events, scores, calls and challenge outcomes.",
)
player_list = tg.Data("Player list", kind="records", sensitivity=tg.Sensitivity.PII)
results = tg.Data("Match results", kind="records", sensitivity=tg.Sensitivity.PII)
training_clips = tg.Data(
    "Challenged call clips and rulings",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "Line calling model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Courtside", trust=tg.Trust.UNTRUSTED):
    # Club members and junior players; anyone on court can press the challenge button.
    player = tm.add(tg.Actor("Player", role="club member or junior player"))

with tm.boundary("Court network", trust=tg.Trust.INTERNAL):
    # Fixed cameras on every court, wired to the clubhouse camera switch.
    cameras = tm.add(tg.Device("Court cameras", fleet=True))
    # Shows each call to players and spectators.
    scoreboard = tm.add(tg.Device("Courtside scoreboard display", fleet=True))
    # One per court on club Wi-Fi: shows calls, takes challenges, plays replays.
    tablet = tm.add(tg.Device("Courtside tablet", fleet=True))

with tm.boundary("Tournament office", trust=tg.Trust.INTERNAL):
    # Reviews challenges and can overrule calls during junior tournaments.
    referee = tm.add(tg.Actor("Tournament referee", role="referee", privileged=True))

with tm.boundary("Clubhouse edge server", trust=tg.Trust.INTERNAL):
    # Decodes the camera streams, tracks the ball and cuts a clip around each call.
    tracking = tm.add(tg.Service("Ball tracking service"))
    # Decides in or out from the bounce trajectory; its calls settle points.
    model = tm.add(
        tg.Model(
            "Line calling model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Classifies each tracked bounce as in or out of the relevant line.",
            controls={c.ModelVersioning()},
        )
    )
    # Turns calls into match events, handles challenges and referee rulings.
    officiating = tm.add(
        tg.Service(
            "Match officiating service",
            controls={
                c.Contestability(
                    note="players challenge on the tablet and see the replay; the referee "
                    "reviews challenges in junior tournaments"
                ),
                c.ExplainabilityLogging(),
                c.Authentication(method="referee username and password"),
            },
        )
    )
    # Clips around each call, kept for challenges and for retraining.
    clip_store = tm.add(
        tg.DataStore("Call clip store", stores={call_clips}, controls={c.RetentionLimits(days=90)})
    )
    # Matches, players, calls and challenge outcomes.
    records_store = tm.add(tg.DataStore("Match records database", stores={match_records}))

with tm.boundary("Membership system provider", trust=tg.Trust.PARTNER):
    # The club's hosted membership and competition system: players in, results out.
    membership = tm.add(tg.ExternalService("Club membership system"))

with tm.boundary("Line calling vendor cloud", trust=tg.Trust.PARTNER):
    # Challenged clips with the referee's rulings, gathered from the clubs the vendor serves.
    dataset = tm.add(tg.Dataset("Challenged call training set", stores={training_clips}))
    # Weekly retraining of the line calling model on the challenged calls.
    retraining = tm.add(
        tg.Pipeline(
            "Model retraining pipeline",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="scored on held-out clips before release")},
        )
    )
    # Released model versions the clubs' edge servers download.
    registry = tm.add(tg.ModelRegistry("Vendor model registry", stores={weights}))

# ---------------------------------------------------------------- flows
tm.flow(cameras, tracking, frames, protocol="rtsp")
tm.flow(tracking, model, trajectory)
tm.flow(model, tracking, line_call)
tm.flow(tracking, officiating, line_call)
tm.flow(tracking, clip_store, call_clips)

tm.flow(officiating, scoreboard, call_display, protocol="http")
tm.flow(officiating, tablet, call_display, replay, protocol="https")
tm.flow(tablet, officiating, challenge, protocol="https")
tm.flow(player, tablet, challenge, label="on the touchscreen")
tm.flow(tablet, player, replay, label="on the touchscreen")
tm.flow(clip_store, officiating, replay)

tm.flow(referee, officiating, ruling, protocol="https")
tm.flow(officiating, referee, challenge, replay, protocol="https")

tm.flow(officiating, records_store, match_records)
tm.flow(records_store, officiating, match_records)
tm.flow(membership, officiating, player_list, protocol="https")
tm.flow(officiating, membership, results, protocol="https")

tm.flow(clip_store, dataset, training_clips, protocol="https", label="weekly upload")
tm.flow(records_store, dataset, training_clips, protocol="https", label="weekly upload")
tm.flow(dataset, retraining, training_clips)
tm.flow(retraining, registry, weights)
tm.flow(registry, model, weights, protocol="https", label="model update download")

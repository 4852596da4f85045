"""Clay shooting ground scoring and safety cameras: the first design, before any security review.

A UK clay pigeon shooting ground scores rounds automatically: cameras beside each
trap house film the clay's flight and a classifier calls each target a hit or a
miss; cameras on each stand watch the shooters and a detector flags unsafe gun
handling (a loaded gun off the stand, a muzzle swung towards people, a closed gun
carried between stands). Both models come from the camera system vendor and run
on a video server in the clubhouse; the vendor pushes model updates over the
internet. Scores are matched to the squad lists pulled from the ground's hosted
booking platform and final results are posted back there, where shooters see them.
Referees carry club tablets (each referee's own PIN) that receive live scorecards
and safety alerts and let them correct a disputed target. The ground manager reviews
alert clips (deleted after 30 days) in a password-protected admin console on the
clubhouse LAN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clay shooting ground scoring and safety cameras",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Camera-based hit/miss scoring from the trap houses and unsafe gun handling "
        "alerts from the stands, sent to the referee's tablet."
    ),
)

# ---------------------------------------------------------------- data assets
trap_video = tg.Data(
    "Trap-house video",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Footage of the clay's flight from beside the trap house.",
)
stand_video = tg.Data(
    "Stand video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Footage of the shooter and the people waiting behind the stand.",
)
hit_calls = tg.Data(
    "Hit and miss calls",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
handling_alerts = tg.Data(
    "Unsafe gun handling alerts",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Stand number, alert type and a still of the shooter.",
)
safety_clips = tg.Data(
    "Safety alert clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Ten seconds of stand video around each alert.",
)
squad_lists = tg.Data(
    "Squad lists",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Shooter names, squad order, membership or shotgun certificate number.",
)
scorecards = tg.Data(
    "Scorecards",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
corrections = tg.Data(
    "Referee score corrections",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
results = tg.Data("Competition results", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data("Shoot bookings", kind="records", sensitivity=tg.Sensitivity.PII)
settings = tg.Data(
    "Competition and stand settings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
model_update = tg.Data(
    "Vendor model update package", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="unknown"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shooting field", trust=tg.Trust.INTERNAL):
    # One camera per trap house: the only view of whether the clay broke.
    trap_cameras = tm.add(tg.Device("Trap-house cameras", fleet=True))
    # One camera per stand, looking at the shooter and the cage behind them.
    stand_cameras = tm.add(tg.Device("Stand cameras", fleet=True))
    # Club-owned tablets the referees carry on the layout.
    tablet = tm.add(
        tg.Device(
            "Referee tablet",
            fleet=True,
            controls={c.Authentication(method="each referee's own PIN in the tablet app")},
        )
    )
    # Calls disputed targets and stops the shoot when handling is unsafe.
    referee = tm.add(tg.Actor("Referee", role="referee"))

with tm.boundary("Clubhouse server cupboard", trust=tg.Trust.INTERNAL):
    # Takes the RTSP streams and runs both vendor models.
    video_server = tm.add(
        tg.Service(
            "Video processing server",
            description="Decodes camera streams, runs the models, cuts alert clips.",
        )
    )
    # Decides hit or miss for each clay from the trap-house footage.
    clay_model = tm.add(
        tg.Model(
            "Clay break classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Vendor-supplied model shipped with the camera system.",
        )
    )
    # Watches the stands for unsafe gun handling.
    handling_model = tm.add(
        tg.Model(
            "Gun handling detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Vendor-supplied pose and object detector; alerts go to the referee.",
        )
    )
    # Matches calls to the squad order and keeps the running scorecards.
    scoring = tm.add(tg.Service("Scoring service"))
    # Scorecards and the day's squad lists.
    score_db = tm.add(tg.DataStore("Score database", stores={scorecards, squad_lists}))
    # Clips kept for incident review.
    clip_store = tm.add(
        tg.DataStore(
            "Safety clip store",
            stores={safety_clips},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Web console on the clubhouse LAN for the ground manager.
    admin = tm.add(
        tg.Endpoint(
            "Admin console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password")},
        )
    )

with tm.boundary("Clubhouse office", trust=tg.Trust.INTERNAL):
    # Runs the ground: sets up competitions, reviews safety incidents.
    manager = tm.add(tg.Actor("Ground manager", role="ground manager", privileged=True))

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # Hosted booking and results site the ground already uses.
    booking = tm.add(
        tg.ExternalService("Booking platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Camera system vendor", trust=tg.Trust.PARTNER):
    # Where new versions of both models come from.
    vendor = tm.add(
        tg.ExternalService("Vendor model update service", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members and guests: book shoots and look up their results.
    shooter = tm.add(tg.Actor("Shooter", role="member or guest shooter"))

# ---------------------------------------------------------------- flows
# cameras to the server
tm.flow(trap_cameras, video_server, trap_video, protocol="rtsp")
tm.flow(stand_cameras, video_server, stand_video, protocol="rtsp")
tm.flow(video_server, clay_model, trap_video)
tm.flow(clay_model, video_server, hit_calls)
tm.flow(video_server, handling_model, stand_video)
tm.flow(handling_model, video_server, handling_alerts)
tm.flow(video_server, clip_store, safety_clips)

# scoring
tm.flow(video_server, scoring, hit_calls)
tm.flow(booking, scoring, squad_lists, protocol="https", label="squad list pull")
tm.flow(scoring, score_db, scorecards, squad_lists)
tm.flow(score_db, scoring, scorecards, squad_lists)
tm.flow(scoring, booking, results, protocol="https", label="publish results")

# referee on the layout (site Wi-Fi)
tm.flow(scoring, tablet, scorecards, protocol="https", label="live scorecards")
tm.flow(video_server, tablet, handling_alerts, protocol="https", label="safety alert")
tm.flow(tablet, referee, scorecards, handling_alerts)
tm.flow(referee, tablet, corrections, label="disputed target")
tm.flow(tablet, scoring, corrections, protocol="https")

# ground manager
tm.flow(manager, admin, settings, protocol="https")
tm.flow(admin, scoring, settings)
tm.flow(scoring, admin, scorecards)
tm.flow(clip_store, admin, safety_clips)
tm.flow(admin, manager, safety_clips, scorecards, protocol="https")

# shooters and vendor
tm.flow(shooter, booking, bookings, protocol="https")
tm.flow(booking, shooter, results, protocol="https")
tm.flow(vendor, video_server, model_update, protocol="https", label="model update")

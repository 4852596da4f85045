"""Youth academy talent scoring: the first design, before any security review.

A professional club's academy in the Netherlands (players aged 9 to 18) wants a weekly,
comparable view of each player's development to support coaches' retain/release and
selection decisions. Pitch-side cameras record every academy match and the footage is
uploaded to the club's cloud tenancy; an open-weights detector, downloaded from a public
model hub and fine-tuned by our analyst, tags each player's on-ball events. Players wear
GPS vests whose distance, sprint and heart-rate data the vest vendor's cloud offers by
API. A feature pipeline merges both per player and match; a weekly job scores every
player with an in-house talent model and writes the scores to the player development
database, which coaches use through a web portal with match clips. The analyst retrains
the model from coaches' assessments and past selection outcomes. Controls: club SSO with
MFA and age-group roles on the portal, encrypted player stores, a DPIA with parental
consent, and coaches, not the model, make every selection decision.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Youth academy talent scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores young players from match footage and GPS vest data for coaches.",
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Match footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Full-pitch video of academy matches; shows children's faces and shirt numbers.",
)
vest_data = tg.Data(
    "GPS vest recordings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="10 Hz positions and heart rate per player: heart rate is health data.",
)
gps_metrics = tg.Data(
    "GPS and heart-rate match metrics",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Distance, sprints, accelerations and heart-rate zones per player per match.",
)
frames = tg.Data("Decoded match frames", kind="media", sensitivity=tg.Sensitivity.PII)
event_tags = tg.Data(
    "Player event tags",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Passes, dribbles, duels and shots attributed to each player.",
)
perf_features = tg.Data(
    "Player performance features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
talent_scores = tg.Data(
    "Player talent scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Development score 0-100 and rank within the age group, per player per week.",
)
profiles = tg.Data(
    "Player profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, age group, shirt number, vest id, parents' contacts, consent.",
)
assessments = tg.Data(
    "Coach assessments",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
selections = tg.Data(
    "Selection decisions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Retain, release or move-up decisions per player, with the coach's reasons.",
)
annotations = tg.Data("Footage annotations", kind="labels", sensitivity=tg.Sensitivity.PII)
detector_weights = tg.Data(
    "Pretrained detector weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
talent_model_file = tg.Data(
    "Talent model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
portal_view = tg.Data(
    "Player development view",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Scores, metrics, clips and assessments of the players a coach can see.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Academy training ground", trust=tg.Trust.INTERNAL):
    # Fixed cameras on the match pitches; the only source of footage.
    cameras = tm.add(
        tg.Device("Pitch-side camera system", fleet=False, description="Records to a site NVR.")
    )
    # Vests the players wear in matches; docked after each match to sync to the vendor.
    vests = tm.add(tg.Device("GPS vest", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public hub the open-weights person/ball detector is downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )
    # Age-group coaches use the portal from the club laptop or at home.
    coach = tm.add(tg.Actor("Academy coach", role="age-group coach"))

with tm.boundary("GPS vest vendor", trust=tg.Trust.PARTNER):
    # The vendor's cloud stores the raw vest data and serves metrics by API.
    vest_cloud = tm.add(
        tg.ExternalService("Vest vendor cloud", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Club cloud tenancy", trust=tg.Trust.INTERNAL):
    # Moves finished match recordings from the site NVR into cloud storage.
    upload = tm.add(tg.Pipeline("Footage upload pipeline", stage=tg.Stage.INGESTION))
    # Fine-tuned open-weights detector and tracker that tags player events in footage.
    detector = tm.add(
        tg.Model(
            "Player event detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Joins event tags and GPS metrics per player and match, using the squad roster.
    feature_pipeline = tm.add(
        tg.Pipeline("Performance feature pipeline", stage=tg.Stage.PREPROCESSING)
    )
    # The model whose scores coaches see.
    talent_model = tm.add(
        tg.Model(
            "Talent scoring model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted model of a player's development against age-group peers.",
            controls={
                c.HumanInTheLoop(
                    approver="the age-group lead coach at the quarterly selection review"
                )
            },
        )
    )
    # Scores every registered player once a week.
    scoring_job = tm.add(tg.Service("Weekly talent scoring job"))
    # Retraining run by the analyst in a notebook environment.
    training = tm.add(tg.Pipeline("Talent model training", stage=tg.Stage.TRAINING))
    # Web portal where coaches see scores, clips and enter assessments and decisions.
    portal = tm.add(
        tg.Endpoint(
            "Coach portal",
            purpose=tg.EndpointPurpose.API,
            description="Coaches see the players of the age groups they are assigned to.",
            controls={
                c.Authentication(method="club Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="roles per age group; the head of academy sees all"),
            },
        )
    )

    with tm.boundary("Player data tier", trust=tg.Trust.RESTRICTED):
        # Match video, kept for coaching review and for the detector.
        footage_store = tm.add(
            tg.DataStore(
                "Footage store",
                stores={footage},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Per-player, per-match features, including heart-rate derived ones.
        perf_store = tm.add(
            tg.FeatureStore(
                "Player performance store",
                stores={perf_features},
                online=False,
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # The academy's system of record for players, assessments, decisions and scores.
        dev_db = tm.add(
            tg.DataStore(
                "Player development database",
                stores={profiles, assessments, selections, talent_scores},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.ImpactAssessment(
                        basis="parental consent; explicit consent, Art. 9(2)(a), for heart-rate data"
                    ),
                },
            )
        )

with tm.boundary("Club office network", trust=tg.Trust.INTERNAL):
    # Registers players, corrects event tags on footage, trains and deploys the talent model.
    analyst = tm.add(tg.Actor("Performance analyst", role="data analyst", privileged=True))

# ---------------------------------------------------------------- flows
# footage and events
tm.flow(cameras, upload, footage, protocol="https")
tm.flow(upload, footage_store, footage)
tm.flow(footage_store, feature_pipeline, footage, label="after each match")
tm.flow(feature_pipeline, detector, frames)
tm.flow(detector, feature_pipeline, event_tags)
tm.flow(model_hub, detector, detector_weights, protocol="https", label="downloaded once")

# GPS vests
tm.flow(vests, vest_cloud, vest_data, protocol="https", label="dock sync after the match")
tm.flow(vest_cloud, feature_pipeline, gps_metrics, protocol="https")
tm.flow(dev_db, feature_pipeline, profiles, label="squad roster sync")
tm.flow(feature_pipeline, perf_store, perf_features)

# weekly scoring
tm.flow(perf_store, scoring_job, perf_features, label="weekly batch")
tm.flow(scoring_job, talent_model, perf_features)
tm.flow(talent_model, scoring_job, talent_scores)
tm.flow(scoring_job, dev_db, talent_scores)

# coaches
tm.flow(dev_db, portal, profiles, talent_scores, assessments, selections)
tm.flow(perf_store, portal, perf_features)
tm.flow(footage_store, portal, footage, label="match clips")
tm.flow(portal, dev_db, assessments, selections)
tm.flow(portal, coach, portal_view, protocol="https")
tm.flow(coach, portal, assessments, selections, protocol="https")
tm.flow(analyst, portal, profiles, protocol="https", label="registers players")

# training
tm.flow(analyst, training, annotations, label="labels footage events")
tm.flow(perf_store, training, perf_features)
tm.flow(dev_db, training, assessments, selections, label="past outcomes")
tm.flow(training, talent_model, talent_model_file, label="deployed by the analyst")

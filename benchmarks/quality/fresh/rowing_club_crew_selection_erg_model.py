"""Rowing club crew selection: the first design, before any security review.

A UK rowing club wants help picking crews for regattas. Athletes link their
Concept2 Logbook and heart-rate strap accounts in an athlete portal (or type in
erg pieces by hand), and a nightly sync job pulls their erg scores and heart-rate
sessions into the club's athlete database. Coaches write notes and technique
ratings on each athlete in a coaching dashboard. An in-house ranking model, retrained
weekly from past seat-race results and selections, ranks athletes for each seat;
the head coach sees the ranking in the dashboard and picks the crews, which are
saved back and become next week's training labels. Everything runs in one small
cloud project the club's volunteer web officer looks after. Both web apps sign
people in and use HTTPS; the managed database is encrypted at rest; the model
only advises, and the head coach makes every selection.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rowing club crew selection",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Ranks club athletes for crew seats from erg scores, heart-rate data and "
        "coaches' notes; the head coach selects."
    ),
)

# ---------------------------------------------------------------- data assets
erg_scores = tg.Data(
    "Erg scores",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="2k, 6k and split times per athlete, from Logbook or typed in.",
)
heart_rate = tg.Data(
    "Heart-rate sessions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Per-session heart-rate traces and zones: health data about each athlete.",
)
profile = tg.Data(
    "Athlete profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, weight, side, squad and contact details.",
)
notes = tg.Data(
    "Coaches' notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text notes and 1-5 technique ratings written by coaches.",
)
link_tokens = tg.Data(
    "Logbook and strap OAuth tokens",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Per-athlete refresh tokens granted when an athlete links an account.",
)
features = tg.Data(
    "Athlete features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Recent erg averages, heart-rate recovery, ratings, weight, side.",
)
ranking = tg.Data(
    "Seat ranking",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="A score and rank per athlete per seat for the chosen boat class.",
)
selections = tg.Data(
    "Crew selections and seat-race results",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Ranking model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members who row; they link accounts and see their own numbers.
    athlete = tm.add(tg.Actor("Athlete", role="club member"))
    # Runs selection and reads the ranking; signs in from home or the boathouse.
    head_coach = tm.add(tg.Actor("Head coach", role="head coach", privileged=True))
    # Squad coaches who write notes and technique ratings after outings.
    coach = tm.add(tg.Actor("Squad coach", role="coach"))

with tm.boundary("Concept2", trust=tg.Trust.PARTNER):
    # Where the club's ergs upload every piece; read through its public API.
    logbook = tm.add(
        tg.ExternalService("Concept2 Logbook", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Heart-rate strap vendor", trust=tg.Trust.PARTNER):
    # The strap maker's cloud, where athletes' watches and straps sync sessions.
    strap_cloud = tm.add(
        tg.ExternalService("Heart-rate strap cloud", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Club cloud project", trust=tg.Trust.INTERNAL):
    # Athletes link accounts, enter manual erg pieces and see their own data.
    portal = tm.add(
        tg.Endpoint(
            "Athlete portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Coaches' web app: notes, seat-race entry, rankings and crew selection.
    dashboard = tm.add(
        tg.Endpoint(
            "Coaching dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="club Google Workspace sign-in (OIDC)")},
        )
    )
    # Pulls new erg pieces and heart-rate sessions for every linked athlete each night.
    sync = tm.add(
        tg.Pipeline(
            "Nightly sync job",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
        )
    )
    # Managed Postgres: the one store for everything about the athletes.
    athlete_db = tm.add(
        tg.DataStore(
            "Athlete database",
            stores={erg_scores, heart_rate, profile, notes, link_tokens, selections},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Weekly scikit-learn retraining on past selections and seat-race outcomes.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Storage bucket holding the current and previous model files.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))
    # Loaded by the dashboard's backend; ranks athletes for each seat.
    ranker = tm.add(
        tg.Model(
            "Crew ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted ranker; advises the head coach, who picks crews.",
            controls={c.HumanInTheLoop(approver="head coach")},
        )
    )

# ---------------------------------------------------------------- flows
# athletes
tm.flow(
    athlete,
    portal,
    erg_scores,
    profile,
    link_tokens,
    protocol="https",
    label="manual pieces, profile, account linking",
)
tm.flow(portal, athlete, erg_scores, heart_rate, profile, protocol="https", label="own data")
tm.flow(portal, athlete_db, erg_scores, profile, link_tokens)
tm.flow(athlete_db, portal, erg_scores, heart_rate, profile)

# nightly sync from the partner clouds
tm.flow(athlete_db, sync, link_tokens)
tm.flow(sync, logbook, link_tokens, protocol="https", label="API request")
tm.flow(logbook, sync, erg_scores, protocol="https")
tm.flow(sync, strap_cloud, link_tokens, protocol="https", label="API request")
tm.flow(strap_cloud, sync, heart_rate, protocol="https")
tm.flow(sync, athlete_db, erg_scores, heart_rate)

# coaches
tm.flow(coach, dashboard, notes, protocol="https")
tm.flow(dashboard, coach, profile, erg_scores, notes, protocol="https")
tm.flow(
    head_coach,
    dashboard,
    notes,
    selections,
    protocol="https",
    label="notes, seat races, crew picks",
)
tm.flow(dashboard, head_coach, ranking, profile, erg_scores, heart_rate, notes, protocol="https")
tm.flow(dashboard, athlete_db, notes, selections)
tm.flow(athlete_db, dashboard, profile, erg_scores, heart_rate, notes, selections)

# ranking
tm.flow(dashboard, ranker, features)
tm.flow(ranker, dashboard, ranking)

# weekly retraining
tm.flow(athlete_db, training, erg_scores, heart_rate, notes, selections, label="weekly export")
tm.flow(training, model_bucket, weights)
tm.flow(model_bucket, ranker, weights, label="loaded at dashboard start-up")

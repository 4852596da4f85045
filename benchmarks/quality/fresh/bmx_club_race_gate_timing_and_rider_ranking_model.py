"""BMX club race timing, moto seeding and rankings feed, first design.

Riders (or parents of junior riders) enter race days on the club's registration
portal with their federation licence number; entries sit in the club's race
database in a hosted cloud account. On race day the timing system on the race
control PC downloads the entry list, takes the start gate's drop time and the
finish decoder's transponder passings, and works out lap times and placings.
A seeding model, retrained each month from past club results by a scheduled job,
seeds riders into motos; the race secretary checks the moto sheets and results
before they are final. A sync service pulls national ranking points from the
federation and pushes approved results to the federation's rankings feed with a
club API key. Controls: e-mail and password sign-in on the portal, TLS on web
traffic, the hosting provider's encryption at rest, secretary approval of motos
and results, and the timing software's correction log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "BMX club race gate timing and rider ranking",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Club race-day timing from start gate and finish transponders, model-seeded "
        "motos, and results published to the national federation's rankings feed."
    ),
)

# ---------------------------------------------------------------- data assets
entry = tg.Data(
    "Race entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider name, date of birth, licence number, class, transponder number.",
)
portal_login = tg.Data(
    "Portal login credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
confirmation = tg.Data("Entry confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
entry_list = tg.Data("Race day entry list", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Past race results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
ranking_points = tg.Data(
    "National ranking points", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
gate_drop = tg.Data(
    "Gate drop timestamp",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
transponder_id = tg.Data("Transponder signal", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
passings = tg.Data(
    "Transponder passing reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
seeding_features = tg.Data(
    "Rider seeding features", kind="features", sensitivity=tg.Sensitivity.PII
)
moto_seeding = tg.Data("Moto seeding", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
moto_sheet = tg.Data(
    "Moto sheets and provisional results", kind="records", sensitivity=tg.Sensitivity.PII
)
corrections = tg.Data(
    "Secretary approvals and corrections", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
results = tg.Data(
    "Race results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
seeding_weights = tg.Data(
    "Seeding model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Riders, and parents of junior riders, entering race days.
    rider = tm.add(tg.Actor("Rider or parent", role="club member"))

with tm.boundary("Race venue", trust=tg.Trust.UNTRUSTED):
    # Transponders clipped to each bike; riders keep their own between races.
    transponders = tm.add(tg.Device("Rider transponders", fleet=True))

with tm.boundary("Trackside timing equipment", trust=tg.Trust.INTERNAL):
    # Pneumatic start gate box; reports the moment the gate drops.
    start_gate = tm.add(tg.Device("Start gate controller", fleet=False))
    # Loop decoder at the finish line that reads transponder passings.
    decoder = tm.add(tg.Device("Finish transponder decoder", fleet=False))

with tm.boundary("Race control cabin", trust=tg.Trust.INTERNAL):
    # Timing software on the race control PC: times, placings, moto sheets.
    timing = tm.add(
        tg.Service(
            "Timing system",
            controls={
                c.HumanInTheLoop(
                    approver="race secretary", note="motos and results are final only once approved"
                ),
                c.AuditLogging(note="the timing software's log of corrections"),
            },
        )
    )
    # Ranks riders from past results and points to fill motos evenly.
    seeding_model = tm.add(
        tg.Model(
            "Moto seeding model",
            task=tg.Task.RANKER,
            description="Gradient-boosted ranker loaded on the race control PC.",
        )
    )
    # Volunteer who runs race control and signs off motos and results.
    secretary = tm.add(tg.Actor("Race secretary", role="race official", privileged=True))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Web form where riders enter race days.
    portal = tm.add(
        tg.Endpoint(
            "Registration portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Managed database of members' entries and the club's results history.
    race_db = tm.add(
        tg.DataStore(
            "Club race database",
            stores={entry, portal_login, history, ranking_points, results},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Monthly scheduled job that retrains the seeding model from past results.
    training = tm.add(tg.Pipeline("Seeding model retraining", stage=tg.Stage.TRAINING))
    # Scheduled job that talks to the federation both ways.
    sync = tm.add(tg.Service("Federation sync service"))

with tm.boundary("National federation", trust=tg.Trust.PARTNER):
    # The federation's rankings API: publishes points, takes club results.
    federation = tm.add(tg.ExternalService("Federation rankings feed", provides="data-provider"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# entries
tm.flow(rider, portal, portal_login, entry, protocol="https", controls={tls})
tm.flow(portal, rider, confirmation, protocol="https", controls={tls})
tm.flow(portal, race_db, entry, portal_login)
tm.flow(race_db, portal, entry, portal_login)
tm.flow(
    race_db,
    timing,
    entry_list,
    history,
    ranking_points,
    protocol="https",
    controls={tls},
    label="race day download",
)

# timing
tm.flow(start_gate, timing, gate_drop, protocol="serial")
tm.flow(transponders, decoder, transponder_id, protocol="radio")
tm.flow(decoder, timing, passings, protocol="tcp")

# seeding
tm.flow(timing, seeding_model, seeding_features)
tm.flow(seeding_model, timing, moto_seeding)
tm.flow(timing, secretary, moto_sheet, label="shown on the race control screen")
tm.flow(secretary, timing, corrections, label="typed at race control")

# results and rankings
tm.flow(timing, race_db, results, protocol="https", controls={tls}, label="results upload")
tm.flow(federation, sync, ranking_points, protocol="https", controls={tls})
tm.flow(sync, race_db, ranking_points)
tm.flow(race_db, sync, results)
tm.flow(
    sync,
    federation,
    results,
    protocol="https",
    controls={tls, c.Authentication(method="club API key issued by the federation")},
)

# model retraining
tm.flow(race_db, training, history, ranking_points)
tm.flow(
    training,
    seeding_model,
    seeding_weights,
    protocol="https",
    controls={tls},
    label="model file download",
)

"""Laser tag arena vest telemetry cheat model: the first design, before any security review.

A chain of laser tag arenas across the UK and Europe. In each arena, players'
vests and guns report shots and hits over the kit vendor's 2.4 GHz radio link to
an on-site game server, which runs the match and uploads results and the raw hit
telemetry to our game platform in the cloud. The platform scores matches, updates
rankings and asks an in-house model to flag players whose hit patterns suggest
tampered equipment or a vest shared between players. Marshals review the flags
in a web console and can void a player's score. Scores and rankings appear on a
public leaderboard (gamertags only) and in the members' app, where members sign
in to see their own history. Controls in this design: member sign-in, staff SSO
with role-based access and an audit log on the review console, an API key per
arena for uploads, TLS on internet hops, and a marshal's decision on every flag.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Laser tag arena vest telemetry cheat model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Flags suspected tampered or shared vests from hit telemetry for "
    "marshal review; publishes scores and rankings.",
)

# ---------------------------------------------------------------- data assets
hit_telemetry = tg.Data(
    "Vest hit telemetry",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Vest id, hit zone, shooter gun id, timestamp, signal strength.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
shot_telemetry = tg.Data(
    "Gun shot telemetry",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Gun id, trigger pulls, reloads, timestamp.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
roster = tg.Data(
    "Session roster",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Which member wears which vest and gun in each session.",
)
match_results = tg.Data(
    "Match results",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
player_features = tg.Data(
    "Player hit-pattern features", sensitivity=tg.Sensitivity.PII, kind="features"
)
cheat_flag = tg.Data(
    "Cheat suspicion flag",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Player, session, suspicion score and the pattern that triggered it.",
)
void_decision = tg.Data(
    "Score void decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
member_profile = tg.Data(
    "Member profile",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, date of birth, home arena, gamertag.",
)
member_login = tg.Data(
    "Member sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
rankings = tg.Data(
    "Public leaderboard rankings",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
member_history = tg.Data(
    "Member scores and rankings", sensitivity=tg.Sensitivity.PII, kind="records"
)
training_examples = tg.Data(
    "Reviewed flag examples",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    description="Past sessions' features with the marshals' verdicts as labels.",
)
weights = tg.Data("Cheat model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members using the app; some of them have a motive to cheat.
    player = tm.add(tg.Actor("Player", role="member"))
    # Anyone browsing the public leaderboard.
    visitor = tm.add(tg.Actor("Leaderboard visitor", role="public"))

with tm.boundary("Arena floor", trust=tg.Trust.INTERNAL):
    # Infrared-hit vests worn by players, reporting hits over radio.
    vest = tm.add(tg.Device("Player vest", description="Vendor kit; handed out at check-in."))
    # Guns paired to a vest, reporting shots over the same radio link.
    gun = tm.add(tg.Device("Tagger gun"))
    # On-site game server: runs matches, collects telemetry, uploads after each game.
    game_server = tm.add(
        tg.Service(
            "Arena game server", description="Vendor game software on a PC in the control room."
        )
    )
    # Floor staff who review flags and can void scores.
    marshal = tm.add(tg.Actor("Marshal", role="arena staff"))

with tm.boundary("Game platform cloud", trust=tg.Trust.INTERNAL):
    # Central platform: ingests results, scores matches, calls the cheat model, ranks players.
    platform = tm.add(
        tg.Service(
            "Game platform service",
            controls={c.Authentication(method="per-arena API key")},
        )
    )
    # All sessions' telemetry and results, kept for review and retraining.
    telemetry_store = tm.add(
        tg.DataStore(
            "Match telemetry store",
            stores={hit_telemetry, shot_telemetry, match_results, cheat_flag},
        )
    )
    # The model that flags suspected tampered or shared vests.
    cheat_model = tm.add(
        tg.Model(
            "Vest tamper and sharing detector",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            controls={c.HumanInTheLoop(approver="an arena marshal")},
        )
    )
    # Web console where marshals review flags and void scores.
    console = tm.add(
        tg.Endpoint(
            "Flag review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Members' accounts, profiles and per-member score history.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={member_profile, member_login, member_history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Back end of the members' app.
    members_api = tm.add(
        tg.Endpoint(
            "Members app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Public leaderboard web page, behind the CDN.
    leaderboard = tm.add(
        tg.Endpoint(
            "Public leaderboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.DataMinimization(note="shows gamertags and scores only")},
        )
    )
    # Reviewed flags with marshals' verdicts, for retraining.
    dataset = tm.add(tg.Dataset("Flag review training set", stores={training_examples}))
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Cheat model training job", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# In the arena
tm.flow(vest, game_server, hit_telemetry, protocol="proprietary 2.4 GHz radio")
tm.flow(gun, game_server, shot_telemetry, protocol="proprietary 2.4 GHz radio")
tm.flow(platform, game_server, roster, protocol="https", controls={tls})
tm.flow(
    game_server,
    platform,
    match_results,
    hit_telemetry,
    shot_telemetry,
    protocol="https",
    controls={tls},
)

# Scoring and flagging
tm.flow(platform, telemetry_store, hit_telemetry, shot_telemetry, match_results, cheat_flag)
tm.flow(telemetry_store, platform, hit_telemetry, shot_telemetry, match_results)
tm.flow(platform, cheat_model, player_features)
tm.flow(cheat_model, platform, cheat_flag)

# Marshal review
tm.flow(platform, console, cheat_flag, match_results)
tm.flow(console, marshal, cheat_flag, match_results, protocol="https", controls={tls})
tm.flow(marshal, console, void_decision, protocol="https", controls={tls})
tm.flow(console, platform, void_decision)

# Rankings, leaderboard and members' app
tm.flow(platform, member_db, member_history)
tm.flow(member_db, platform, member_profile, label="roster lookup")
tm.flow(platform, leaderboard, rankings)
tm.flow(leaderboard, visitor, rankings, protocol="https")
tm.flow(leaderboard, player, rankings, protocol="https")
tm.flow(player, members_api, member_login, member_profile, protocol="https", controls={tls})
tm.flow(members_api, member_db, member_profile, member_login)
tm.flow(member_db, members_api, member_profile, member_history)
tm.flow(members_api, player, member_profile, member_history, protocol="https", controls={tls})

# Retraining
tm.flow(telemetry_store, dataset, training_examples, label="monthly export")
tm.flow(console, dataset, void_decision, label="marshal verdicts as labels")
tm.flow(dataset, training, training_examples)
tm.flow(training, cheat_model, weights, label="deploy")

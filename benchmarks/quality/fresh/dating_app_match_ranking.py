"""Dating app match ranking and romance-scam detection: the first design, before any security review.

Members in the EU and UK use the mobile app to build a profile (photos, age,
orientation, what they are looking for, approximate location), swipe on suggested
profiles and chat with their matches. Every request goes through the app API on
our cloud account. A ranking service orders candidate profiles with an in-house
model trained nightly on profiles, swipes and conversation signals. A second
in-house classifier scores accounts for romance-scam patterns from their messages
and behaviour; accounts above a threshold go to the trust and safety console, where
moderators read the evidence and decide whether to ban. Their decisions are fed
back as labels. Controls in this design: phone-number login and rate limits at the
API, TLS to the app, encryption of the profile and message stores, roles and audit
logs in the moderation console, moderator review before any ban, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dating app match ranking and scam detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Ranks potential matches for members and flags likely romance-scam accounts "
        "for moderator review."
    ),
)

# ---------------------------------------------------------------- data assets
profile = tg.Data(
    "Member profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Photos, age, gender, sexual orientation, preferences and approximate location.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
swipes = tg.Data("Swipe events", kind="records", sensitivity=tg.Sensitivity.PII)
messages = tg.Data(
    "Chat messages",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Private conversations between matched members, including shared photos.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
match_request = tg.Data("Match feed request", kind="prompt", sensitivity=tg.Sensitivity.PII)
member_features = tg.Data(
    "Member features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Attractiveness and reply-rate signals, activity patterns, message behaviour counts.",
)
ranked = tg.Data("Ranked candidates", kind="model-output", sensitivity=tg.Sensitivity.PII)
scam_score = tg.Data("Scam risk flag", kind="model-output", sensitivity=tg.Sensitivity.PII)
decision = tg.Data("Moderation decision", kind="labels", sensitivity=tg.Sensitivity.PII)
training_data = tg.Data(
    "Ranking and scam training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
ranker_artifact = tg.Data(
    "Ranking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
scam_artifact = tg.Data(
    "Scam classifier artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can install the app and sign up, scammers included.
    member = tm.add(tg.Actor("Member", role="app user"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Single public entry point for the mobile app.
    api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number OTP"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Delivers messages between matched members and keeps history.
    chat = tm.add(tg.Service("Chat service"))
    message_store = tm.add(
        tg.DataStore(
            "Message store",
            stores={messages},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    profile_db = tm.add(
        tg.DataStore(
            "Profile database",
            stores={profile},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Append-only log of likes and passes, the main ranking signal.
    swipe_log = tm.add(tg.DataStore("Swipe event log", stores={swipes}))
    # Online features shared by the ranker and the scam classifier.
    feature_store = tm.add(
        tg.FeatureStore("Member feature store", stores={member_features}, online=True)
    )
    # Builds each member's candidate feed on request.
    ranking_endpoint = tm.add(
        tg.Endpoint("Match ranking service", purpose=tg.EndpointPurpose.INFERENCE)
    )
    ranker = tm.add(
        tg.Model(
            "Match ranking model",
            task=tg.Task.RANKER,
            description="Two-tower retrieval plus a gradient-boosted re-ranker.",
        )
    )
    # Scores accounts from message content and behaviour every few minutes.
    scam_classifier = tm.add(
        tg.Model(
            "Romance-scam classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            controls={c.HumanInTheLoop(approver="trust and safety moderator")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Nightly export of profiles, swipes, messages and moderation labels.
        training_set = tm.add(tg.Dataset("Training set", stores={training_data}))
        training = tm.add(tg.Pipeline("Nightly training", stage=tg.Stage.TRAINING))
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={ranker_artifact, scam_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Trust and safety tooling", trust=tg.Trust.INTERNAL):
    # Internal web console where flagged accounts are reviewed and actioned.
    console = tm.add(
        tg.Service(
            "Moderation console",
            controls={c.Authentication(method="corporate SSO"), c.RBAC(), c.AuditLogging()},
        )
    )
    moderator = tm.add(tg.Actor("Trust and safety moderator", role="moderator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(member, api, profile, swipes, messages, match_request, protocol="https")
tm.flow(api, member, ranked, messages, protocol="https")

tm.flow(api, profile_db, profile)
tm.flow(api, swipe_log, swipes)
tm.flow(api, chat, messages)
tm.flow(chat, api, messages)
tm.flow(chat, message_store, messages)
tm.flow(message_store, chat, messages, label="conversation history")

tm.flow(profile_db, feature_store, member_features, label="feature refresh")
tm.flow(swipe_log, feature_store, member_features, label="feature refresh")
tm.flow(api, ranking_endpoint, match_request)
tm.flow(feature_store, ranking_endpoint, member_features)
tm.flow(profile_db, ranking_endpoint, profile, label="candidate profiles")
tm.flow(ranking_endpoint, ranker, member_features)
tm.flow(ranker, ranking_endpoint, ranked)
tm.flow(ranking_endpoint, api, ranked)

tm.flow(message_store, scam_classifier, messages)
tm.flow(feature_store, scam_classifier, member_features)
tm.flow(scam_classifier, console, scam_score, label="accounts above threshold")
tm.flow(console, moderator, scam_score, messages, profile, protocol="https", label="evidence")
tm.flow(moderator, console, decision, protocol="https")
tm.flow(console, profile_db, decision, label="ban or clear account")

tm.flow(profile_db, training_set, profile, label="nightly export")
tm.flow(swipe_log, training_set, swipes, label="nightly export")
tm.flow(message_store, training_set, messages, label="nightly export")
tm.flow(console, training_set, decision, label="scam labels")
tm.flow(training_set, training, training_data)
tm.flow(training, registry, ranker_artifact, scam_artifact)
tm.flow(registry, ranker, ranker_artifact, label="deploy")
tm.flow(registry, scam_classifier, scam_artifact, label="deploy")

"""Online dating romance scam detection: the first design, before any security review.

Members of our dating app (EU and UK) chat with their matches in the mobile app.
Every new message and profile change is streamed to a scam scoring service, which
reads behavioural features (account age, message rate, links, requests to move off
the app or for money) and asks an in-house classifier for a romance-scam score.
Above a first threshold the other member sees an in-app warning; above a second one
the account is suspended automatically; the band in between goes to a review queue.
An outsourced trust and safety team works that queue, member reports and appeals in
a moderation console; their decisions reinstate or suspend accounts and become the
labels for weekly retraining. Members sign in with their phone number and an SMS
code, the public API is rate limited, message storage is encrypted with KMS keys,
and models are versioned in a registry before promotion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online dating romance scam detection model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores dating-app conversations and profiles for romance scams; "
    "warns members and suspends accounts.",
)

# ---------------------------------------------------------------- data assets
messages = tg.Data(
    "Chat messages",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Private conversations between matched members, photos included.",
)
profiles = tg.Data(
    "Member profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Photos, bio, age, location, gender and the genders they want to meet.",
)
account_status = tg.Data("Account status", kind="records", sensitivity=tg.Sensitivity.PII)
message_events = tg.Data(
    "Message and profile events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each new message or profile change, with sender, recipient and text.",
)
features = tg.Data(
    "Behavioural features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Account age, message velocity, link and payment-request signals, text embeddings.",
)
score = tg.Data("Scam score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
warning = tg.Data("Scam warning", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
suspension = tg.Data(
    "Suspension decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Suspend or reinstate an account, with the reason code.",
)
review_cases = tg.Data(
    "Review cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Flagged conversations and profiles, member reports and appeals.",
)
reports = tg.Data(
    "Member scam reports and appeals", kind="feedback", sensitivity=tg.Sensitivity.PII
)
labels = tg.Data(
    "Moderator labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_text = tg.Data(
    "Labelled conversation snapshots", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data("Scam classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members using the mobile app: genuine daters and scammers alike.
    member = tm.add(tg.Actor("App member", role="member"))

with tm.boundary("Moderation vendor", trust=tg.Trust.PARTNER):
    # Outsourced trust and safety agents working the review queue.
    moderator = tm.add(tg.Actor("Trust and safety moderator", role="moderator"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # The mobile app's public API: chat, profiles, reports, appeals, warnings.
    app_api = tm.add(
        tg.Endpoint(
            "Dating app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="phone number with SMS code"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Delivers messages between matches and emits a message event for each.
    messaging = tm.add(tg.Service("Messaging service"))
    # Conversation history.
    message_store = tm.add(
        tg.DataStore(
            "Message store",
            stores={messages},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Profiles and whether an account is active or suspended.
    profile_store = tm.add(
        tg.DataStore("Profile and account store", stores={profiles, account_status})
    )
    # Consumes events, scores them, and warns, suspends or queues for review.
    scoring = tm.add(tg.Service("Scam scoring service"))
    # Per-account behavioural features kept up to date by the scoring service.
    feature_store = tm.add(
        tg.FeatureStore("Behavioural feature store", stores={features}, online=True)
    )
    # The romance-scam classifier: a fine-tuned text encoder with a tabular head.
    model = tm.add(
        tg.Model(
            "Romance scam classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Score above 0.7 warns the match; above 0.95 suspends the account.",
        )
    )
    # Applies suspensions and reinstatements to accounts.
    enforcement = tm.add(
        tg.Service(
            "Account enforcement service",
            controls={c.Contestability(note="suspended members can appeal in the app")},
        )
    )
    # Web console for the moderation vendor: queue, conversation view, decisions.
    console = tm.add(
        tg.Endpoint(
            "Moderation console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with 2SV"),
                c.RBAC(note="moderator and team lead roles"),
            },
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Moderator labels joined with the conversations and features they judged.
    training_set = tm.add(tg.Dataset("Scam training set", stores={labels, training_text, features}))
    # Weekly retraining of the classifier.
    training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Versioned model artifacts; serving loads the promoted version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(member, app_api, messages, profiles, reports, protocol="https")
tm.flow(app_api, member, messages, warning, protocol="https")

tm.flow(app_api, messaging, messages)
tm.flow(messaging, app_api, messages)
tm.flow(messaging, message_store, messages)
tm.flow(message_store, messaging, messages)
tm.flow(app_api, profile_store, profiles)
tm.flow(profile_store, app_api, profiles, account_status)

tm.flow(messaging, scoring, message_events, protocol="kafka")
tm.flow(profile_store, scoring, message_events, protocol="kafka", label="profile change events")
tm.flow(scoring, feature_store, features)
tm.flow(feature_store, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, app_api, warning, label="warn the match")
tm.flow(scoring, enforcement, suspension, label="automatic suspension")
tm.flow(scoring, console, review_cases, label="review band")
tm.flow(enforcement, profile_store, account_status)

tm.flow(app_api, console, reports, label="reports and appeals")
tm.flow(message_store, console, messages, label="conversation view")
tm.flow(console, moderator, review_cases, messages, protocol="https")
tm.flow(moderator, console, labels, protocol="https", label="moderator decision")
tm.flow(console, enforcement, suspension, label="suspend or reinstate")

tm.flow(console, training_set, labels)
tm.flow(message_store, training_set, training_text, label="weekly export of reviewed conversations")
tm.flow(feature_store, training_set, features, label="offline snapshot")
tm.flow(training_set, training, labels, training_text, features)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy promoted version")

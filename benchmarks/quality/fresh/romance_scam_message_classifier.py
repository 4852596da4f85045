"""Romance-scam message screening for a dating app: the first design, before any security review.

Members chat in the app; every message goes through the messaging API into the
message store and, asynchronously, to a screening service. The service runs an
in-house text classifier (a fine-tuned open-weights transformer) over the recent
conversation to spot romance-scam patterns: requests for money, pushes to move
to another app, gift cards, crypto. Above a threshold it shows the recipient a
warning in the chat and opens a case for the trust and safety team; members can
also report a conversation themselves. Agents review cases in a moderation
console and can ban accounts through the account service. Case outcomes become
labels for quarterly retraining. Members sign in with a phone number and SMS
code; agents use company SSO with MFA, with roles and an audit log; messages
are encrypted at rest. The app serves members in the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dating app romance-scam message classifier",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Screens member-to-member messages for romance-scam patterns, warns recipients "
        "and queues conversations for trust and safety, who can ban accounts."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Chat message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Private messages between members; can reveal sexual orientation and finances.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
conversation = tg.Data(
    "Conversation window",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The last messages of a conversation with sender account age and metadata.",
)
scam_score = tg.Data("Scam score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
warning = tg.Data(
    "Scam warning",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Banner shown to the recipient in the conversation.",
)
member_report = tg.Data("Member report", kind="records", sensitivity=tg.Sensitivity.PII)
case = tg.Data(
    "Scam case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Flagged or reported conversation with scores, reports and the agent's outcome.",
)
ban = tg.Data(
    "Ban decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
account_status = tg.Data("Account status", kind="records", sensitivity=tg.Sensitivity.PII)
session = tg.Data("Member session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
labels = tg.Data(
    "Scam labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Case conversations labelled scam / not scam by agents.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Base language model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
train_config = tg.Data("Fine-tuning configuration", kind="instructions")
weights = tg.Data(
    "Scam classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can sign up, scammers included; the recipient and sender are both members.
    member = tm.add(tg.Actor("Member", role="dating app member"))
    # The iOS/Android app members chat and report in.
    app = tm.add(tg.Device("Member phone app", description="iOS and Android dating app."))
    # Public hub the base model is downloaded from.
    hub = tm.add(tg.ExternalService("Model hub", provides="model-hub"))

with tm.boundary("App backend", trust=tg.Trust.INTERNAL):
    # Sends, receives and stores messages; takes reports.
    messaging = tm.add(
        tg.Endpoint(
            "Messaging API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="phone number and SMS code"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # All conversations.
    store = tm.add(
        tg.DataStore(
            "Message store",
            stores={message},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Consumes new-message events and decides whether to warn and open a case.
    screening = tm.add(tg.Service("Scam screening service"))
    # The classifier itself, served on a GPU node next to the screening service.
    classifier = tm.add(
        tg.Model(
            "Romance scam classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned transformer scoring a conversation window for scam patterns.",
        )
    )
    # Holds accounts; a banned account can no longer sign in or send.
    accounts = tm.add(tg.Service("Account service"))

with tm.boundary("Trust and safety", trust=tg.Trust.INTERNAL):
    # Queue of flagged and reported conversations.
    cases = tm.add(tg.DataStore("Case queue", stores={case}))
    # Agents' web tool to review cases and ban accounts.
    console = tm.add(
        tg.Endpoint(
            "Moderation console",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
                c.HumanInTheLoop(approver="trust and safety agent"),
            },
        )
    )
    # In-house team reviewing cases.
    agent = tm.add(tg.Actor("Trust and safety agent", role="moderator"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Agent-labelled conversations from closed cases.
    train_set = tm.add(tg.Dataset("Labelled scam conversations", stores={labels}))
    # Quarterly fine-tuning of the base model on the labels.
    retrain = tm.add(
        tg.Pipeline("Classifier fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )
    # Versions of the classifier; serving loads the one tagged production.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Runs fine-tuning and tags the production version.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(member, app, message, member_report)
tm.flow(app, messaging, session, message, protocol="https")
tm.flow(messaging, store, message)
tm.flow(store, messaging, message)
tm.flow(messaging, app, message, warning, protocol="https")
tm.flow(app, member, message, warning)

tm.flow(messaging, screening, message, label="new-message event")
tm.flow(store, screening, conversation)
tm.flow(screening, classifier, conversation)
tm.flow(classifier, screening, scam_score)
tm.flow(screening, messaging, warning, label="show warning to recipient")
tm.flow(screening, cases, case, label="score above threshold")

tm.flow(app, messaging, member_report, protocol="https", label="report conversation")
tm.flow(messaging, cases, member_report)

tm.flow(cases, console, case)
tm.flow(console, agent, case, scam_score, protocol="https")
tm.flow(agent, console, ban, protocol="https")
tm.flow(console, cases, case, label="case outcome")
tm.flow(console, accounts, ban)
tm.flow(accounts, messaging, account_status)

tm.flow(cases, train_set, labels, label="closed cases export")
tm.flow(hub, retrain, base_weights, protocol="https")
tm.flow(train_set, retrain, labels)
tm.flow(ml_engineer, retrain, train_config, protocol="https", label="starts run")
tm.flow(retrain, registry, weights)
tm.flow(registry, classifier, weights, label="load production version")

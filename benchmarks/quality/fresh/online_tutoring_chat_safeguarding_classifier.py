"""Safeguarding classifier for tutor-student chat: the first design, before any security review.

An online tutoring platform lets tutors and school-age students chat in the web and
mobile apps. Every message is stored, then scanned asynchronously (after delivery) by
a text classifier we fine-tuned in-house from an open-weights model, which scores it
for grooming, requests to move off-platform and sharing of contact details. Flagged
conversations become cases in the safeguarding team's review console; a reviewer who
confirms a case can suspend the tutor's account. Reviewers' labels feed a quarterly
fine-tuning run whose model goes through the registry into serving. Parents read their
child's chat history in the parent app. Controls: app sign-in (TOTP for tutors), rate
limits on the chat API, encryption at rest, parent accounts only see linked children,
staff use SSO with MFA and role-based access, console actions are logged, suspension
is a reviewer's decision, and a new model must pass evaluation before it is registered.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online tutoring chat safeguarding classifier",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Classifier that flags grooming and off-platform contact in tutor-student chat "
        "for a safeguarding team, retrained quarterly from its labels."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Chat message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Text messages between a tutor and a minor student.",
)
chat_history = tg.Data(
    "Chat history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
scan_input = tg.Data(
    "Conversation window",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="The new message with the preceding messages of the conversation.",
)
risk_scores = tg.Data(
    "Safeguarding risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-category scores: grooming, off-platform request, contact details.",
)
case = tg.Data(
    "Safeguarding case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_decision = tg.Data(
    "Reviewer decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed or dismissed, with the reviewer's notes.",
)
suspension = tg.Data("Tutor suspension", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
account_status = tg.Data(
    "Tutor account status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
labels = tg.Data(
    "Safeguarding labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Reviewer labels with the conversation excerpts they apply to.",
)
base_weights = tg.Data("Open base model weights", format="safetensors")
weights = tg.Data(
    "Safeguarding classifier weights",
    format="safetensors",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
history_request = tg.Data("Chat history request", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students (minors) chat with their tutor in the app.
    student = tm.add(tg.Actor("Student", role="school-age student"))
    # Tutors are vetted freelancers, but anyone can apply and the threat is from them.
    tutor = tm.add(tg.Actor("Tutor", role="freelance tutor"))
    # Parents read their child's conversations.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))

with tm.boundary("Model hub", trust=tg.Trust.PARTNER):
    # Where the open base model used for fine-tuning is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Platform cloud", trust=tg.Trust.INTERNAL):
    # Real-time chat between tutors and students (websocket).
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password; tutors also TOTP"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Backend of the parent app: shows a child's chat history.
    parent_api = tm.add(
        tg.Endpoint(
            "Parent app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.ABAC(note="a parent account sees only the children linked to it"),
            },
        )
    )
    # Every message and conversation, kept for safeguarding and parents.
    chat_store = tm.add(
        tg.DataStore(
            "Chat message store",
            stores={chat_message, chat_history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Consumes new messages from the queue and calls the classifier.
    scanner = tm.add(
        tg.Service(
            "Message scanning worker",
            description="Asynchronous: messages are delivered first, then scanned.",
        )
    )
    # The classifier itself, served on an internal GPU node.
    classifier = tm.add(
        tg.Model(
            "Safeguarding classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description=(
                "Open-weights transformer fine-tuned in-house; flags grooming, "
                "off-platform requests and contact-detail sharing above a threshold."
            ),
            controls={c.ModelVersioning()},
        )
    )
    # Accounts: the chat API checks tutor status here; suspensions are applied here.
    accounts = tm.add(tg.Service("Account service"))

    with tm.boundary("Safeguarding zone", trust=tg.Trust.RESTRICTED):
        # Flagged conversations awaiting and after review.
        case_store = tm.add(
            tg.DataStore(
                "Safeguarding case store",
                stores={case, review_decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Internal web console where the safeguarding team works the cases.
        console = tm.add(
            tg.Service(
                "Safeguarding review console",
                controls={
                    c.Authentication(method="corporate SSO with MFA"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                    c.HumanInTheLoop(approver="safeguarding reviewer"),
                },
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Reviewer labels accumulated for the next retraining.
        label_set = tm.add(
            tg.Dataset(
                "Safeguarding label set",
                stores={labels},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Quarterly fine-tuning of the open base model on the label set.
        retraining = tm.add(
            tg.Pipeline(
                "Quarterly fine-tuning",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out evaluation set must not regress")},
            )
        )
        # Versions of the classifier; serving pulls the promoted one.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trained safeguarding staff who confirm or dismiss flags.
    reviewer = tm.add(tg.Actor("Safeguarding reviewer", role="safeguarding officer"))

# ---------------------------------------------------------------- flows
tm.flow(tutor, chat_api, chat_message, protocol="wss")
tm.flow(chat_api, tutor, chat_message, protocol="wss")
tm.flow(student, chat_api, chat_message, protocol="wss")
tm.flow(chat_api, student, chat_message, protocol="wss")
tm.flow(chat_api, chat_store, chat_message)
tm.flow(chat_store, chat_api, chat_history)
tm.flow(accounts, chat_api, account_status)

tm.flow(chat_api, scanner, chat_message, label="message queue")
tm.flow(chat_store, scanner, chat_history, label="preceding messages")
tm.flow(scanner, classifier, scan_input)
tm.flow(classifier, scanner, risk_scores)
tm.flow(scanner, case_store, case, risk_scores, label="scores above threshold")

tm.flow(case_store, console, case)
tm.flow(chat_store, console, chat_history, label="full conversation")
tm.flow(console, reviewer, case, chat_history, protocol="https")
tm.flow(reviewer, console, review_decision, protocol="https")
tm.flow(console, case_store, review_decision)
tm.flow(console, accounts, suspension, label="confirmed cases")

tm.flow(console, label_set, labels)
tm.flow(label_set, retraining, labels)
tm.flow(hub, retraining, base_weights, protocol="https")
tm.flow(retraining, registry, weights)
tm.flow(registry, classifier, weights, label="deploy")

tm.flow(parent, parent_api, history_request, protocol="https")
tm.flow(parent_api, chat_store, history_request)
tm.flow(chat_store, parent_api, chat_history)
tm.flow(parent_api, parent, chat_history, protocol="https")

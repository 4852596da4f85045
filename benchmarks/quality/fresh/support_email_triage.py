"""Support email triage: the first design, before any security review.

Customers write to support@ from anywhere on the internet. Our mail gateway
(spam and attachment filtering) hands each email to a triage service, which
asks an in-house classifier for the queue (billing, bugs, access, ...) and
files a ticket in the helpdesk store. A drafting service pulls the customer's
account record from the CRM and matching help-centre articles and asks an LLM
hosted by a model provider for a draft reply. Support agents, signed in to the
helpdesk app with company SSO, edit the draft and send it; nothing reaches a
customer unless an agent sends it. Sent replies, final queues and resolutions
are exported weekly to retrain the classifier, which goes to the registry.
HTTPS to the provider; the CRM is role-restricted; tickets encrypted at rest.
Customers include EU residents.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Support email triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Routes support emails with an in-house classifier and drafts replies with a hosted LLM.",
)

# ---------------------------------------------------------------- data assets
email = tg.Data(
    "Customer email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Subject, body and attachments as the customer wrote them.",
)
queue = tg.Data("Queue assignment", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
ticket = tg.Data(
    "Support ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="The email, its queue, the thread history and the resolution.",
)
account = tg.Data(
    "Customer account data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Plan, billing status, contacts and recent orders from the CRM.",
)
account_lookup = tg.Data("Account lookup", kind="records", sensitivity=tg.Sensitivity.PII)
articles = tg.Data("Help-centre articles", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the customer email, account fields and article excerpts.",
)
draft = tg.Data("Draft reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Sent reply", kind="records", sensitivity=tg.Sensitivity.PII)
training_set = tg.Data(
    "Routing training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Past emails with the queue they ended in, sent replies and resolutions.",
)
classifier_artifact = tg.Data(
    "Classifier artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn pipeline saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can email support@, so the sender is whoever they claim to be.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Model provider", trust=tg.Trust.PARTNER):
    # The hosted LLM that writes the first draft of every reply.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; provider does not train on our data")},
        )
    )

with tm.boundary("Support platform", trust=tg.Trust.INTERNAL):
    # Receives mail for support@ and relays agents' replies back out.
    mail_gateway = tm.add(
        tg.Service(
            "Mail gateway",
            internet_facing=True,
            controls={c.InputValidation(note="spam scoring and attachment malware scan")},
        )
    )
    # Glue between the gateway, the classifier and the helpdesk.
    triage = tm.add(tg.Service("Triage service"))
    # In-house queue classifier, trained on our own past tickets.
    classifier = tm.add(
        tg.Model(
            "Queue classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="TF-IDF plus logistic regression over subject and body.",
        )
    )
    # Holds tickets, drafts and sent replies; the system of record for support.
    ticket_store = tm.add(
        tg.DataStore(
            "Helpdesk ticket store",
            stores={ticket, draft, reply},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt from email, account and articles and calls the LLM.
    drafter = tm.add(tg.Service("Reply drafting service"))
    # Web app where agents work the queues, edit drafts and send replies.
    helpdesk_app = tm.add(
        tg.Endpoint(
            "Helpdesk app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (OIDC)"),
                c.HumanInTheLoop(approver="the support agent who sends the reply"),
            },
        )
    )
    # Published help-centre content, written by the support team.
    help_centre = tm.add(
        tg.DataSource("Help centre", origin=tg.Origin.INTERNAL, provides={articles})
    )

with tm.boundary("Business systems", trust=tg.Trust.RESTRICTED):
    # CRM with customer accounts; the drafting service reads it with a service account.
    crm = tm.add(
        tg.DataStore(
            "CRM",
            stores={account},
            controls={c.RBAC(note="support service account is read-only"), c.EncryptionAtRest()},
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Weekly export of resolved tickets used to retrain the router.
    dataset = tm.add(tg.Dataset("Routing training set", stores={training_set}))
    # Retrains the classifier and checks accuracy on a held-out month.
    retraining = tm.add(
        tg.Pipeline(
            "Classifier retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="held-out accuracy must not drop")},
        )
    )
    # Versioned classifier artifacts the triage service loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={classifier_artifact}, controls={c.ModelVersioning()}
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Edits and sends the drafts; also corrects mis-routed tickets.
    agent = tm.add(tg.Actor("Support agent", role="support staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, mail_gateway, email, protocol="smtp+starttls")
tm.flow(mail_gateway, triage, email)
tm.flow(triage, classifier, email, label="classify")
tm.flow(classifier, triage, queue)
tm.flow(triage, ticket_store, ticket, label="file ticket in queue")

tm.flow(ticket_store, drafter, ticket, label="new ticket")
tm.flow(drafter, crm, account_lookup, label="lookup by sender address")
tm.flow(crm, drafter, account)
tm.flow(help_centre, drafter, articles, label="article search")
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, ticket_store, draft)

tm.flow(ticket_store, helpdesk_app, ticket, draft)
tm.flow(helpdesk_app, agent, ticket, draft, protocol="https")
tm.flow(agent, helpdesk_app, reply, queue, protocol="https", label="edit, re-route, send")
tm.flow(helpdesk_app, ticket_store, reply, queue)
tm.flow(helpdesk_app, mail_gateway, reply)
tm.flow(mail_gateway, customer, reply, protocol="smtp+starttls")

tm.flow(ticket_store, dataset, training_set, label="weekly export")
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, registry, classifier_artifact)
tm.flow(registry, classifier, classifier_artifact, label="load latest version")

"""Crisis text helpline triage for a mental health charity: the first design.

People in distress text a free short code. An SMS aggregator delivers each inbound
message to the charity's webhook endpoint, and a conversation service threads the
messages into conversations, keeps them in an encrypted conversation store and
sends volunteers' replies back through the aggregator. While a texter waits, an
in-house risk model (a transformer classifier fine-tuned from an open-weights base
model) scores the conversation so far, and the waiting queue is ordered by that
score so trained volunteers answer the most urgent texters first. Volunteers work
from home in a web dashboard behind Microsoft 365 sign-in with MFA and role-based
access; clinical supervisors watch the queue and phone emergency services for an
active rescue. Each month a training job strips names and numbers from closed
conversations and their volunteer risk assessments, retrains the model and stores
it in a registry; a data scientist promotes new versions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Charity helpline crisis text triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Ranks waiting crisis text conversations by a model's risk score so that "
        "volunteers answer the most urgent first."
    ),
)

# ---------------------------------------------------------------- data assets
texts = tg.Data(
    "Texter messages",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What people in crisis write: mental health, self-harm, abuse, location.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
replies = tg.Data("Volunteer replies", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
conversation = tg.Data(
    "Conversation history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Messages, the texter's phone number, timestamps and wrap-up notes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
risk_score = tg.Data(
    "Conversation risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
queue = tg.Data(
    "Ranked waiting queue",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Waiting conversations in score order, with previews of the first messages.",
)
assessment = tg.Data(
    "Volunteer risk assessment",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The wrap-up form a volunteer fills in at the end of each conversation.",
)
rescue = tg.Data(
    "Active rescue request",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The texter's number, location given and the risk, passed on by phone.",
)
training_set = tg.Data(
    "Redacted training conversations",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Closed conversations with names and numbers stripped, plus risk labels.",
)
base_weights = tg.Data("Open-weights base model", format="safetensors")
weights = tg.Data(
    "Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
promotion = tg.Data("Release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Public mobile network", trust=tg.Trust.UNTRUSTED):
    # The person in crisis, texting from their own phone.
    texter = tm.add(tg.Actor("Texter", role="help seeker"))

with tm.boundary("Volunteers' homes", trust=tg.Trust.UNTRUSTED):
    # Trained volunteers answering conversations from their own computers.
    volunteer = tm.add(tg.Actor("Volunteer", role="trained volunteer"))

with tm.boundary("SMS aggregator", trust=tg.Trust.PARTNER):
    # Holds the short code and relays texts both ways.
    aggregator = tm.add(tg.ExternalService("SMS aggregator"))

with tm.boundary("Emergency services", trust=tg.Trust.PARTNER):
    # Police or ambulance control room called for an active rescue.
    emergency = tm.add(tg.ExternalService("Emergency services (999)"))

with tm.boundary("Model hub", trust=tg.Trust.UNTRUSTED):
    # Source of the open-weights base model the classifier is fine-tuned from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Receives inbound messages from the aggregator.
    inbound = tm.add(
        tg.Endpoint(
            "Inbound message webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="static API key from the SMS aggregator")},
        )
    )
    # Threads messages, keeps the queue, relays replies.
    conversations = tm.add(
        tg.Service(
            "Conversation service",
            description="Threads messages, orders the waiting queue by risk score.",
        )
    )
    # Scores each waiting conversation for risk.
    risk_model = tm.add(
        tg.Model(
            "Crisis risk triage model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned transformer classifier scoring imminent self-harm risk.",
        )
    )
    # Where volunteers and supervisors see the queue and talk to texters.
    dashboard = tm.add(
        tg.Service(
            "Volunteer dashboard",
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(note="volunteer and supervisor roles"),
                c.AuditLogging(note="who opened which conversation"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # The record of every conversation and its wrap-up.
        store = tm.add(
            tg.DataStore(
                "Conversation store",
                stores={conversation, assessment},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Builds the redacted training set and fine-tunes the classifier monthly.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.DataMinimization(note="names and phone numbers stripped")},
            )
        )
        # Redacted conversations and labels kept for retraining and evaluation.
        dataset = tm.add(tg.Dataset("Triage training set", stores={training_set}))
        # Versions of the risk model.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Charity office network", trust=tg.Trust.INTERNAL):
    # Clinical staff overseeing volunteers and handling escalations.
    supervisor = tm.add(tg.Actor("Clinical supervisor", role="clinical supervisor"))
    # Evaluates and promotes new model versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(texter, aggregator, texts, protocol="sms")
tm.flow(aggregator, inbound, texts, protocol="https", label="inbound message webhook")
tm.flow(inbound, conversations, texts)
tm.flow(conversations, store, conversation)
tm.flow(store, conversations, conversation)
tm.flow(conversations, risk_model, conversation, label="conversation so far")
tm.flow(risk_model, conversations, risk_score)
tm.flow(conversations, dashboard, queue, conversation)
tm.flow(dashboard, volunteer, queue, conversation, protocol="https")
tm.flow(volunteer, dashboard, replies, assessment, protocol="https")
tm.flow(dashboard, supervisor, queue, conversation, protocol="https")
tm.flow(supervisor, dashboard, replies, assessment, protocol="https")
tm.flow(dashboard, conversations, replies, assessment)
tm.flow(conversations, aggregator, replies, protocol="https")
tm.flow(aggregator, texter, replies, protocol="sms")
tm.flow(supervisor, emergency, rescue, protocol="phone", label="active rescue call")

tm.flow(store, training, conversation, assessment, label="monthly export of closed conversations")
tm.flow(training, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(hub, training, base_weights, protocol="https")
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, promotion, label="approves release")
tm.flow(registry, risk_model, weights, label="deploy")

"""Retail bank complaint triage: the first design, before any security review.

Customers complain to the bank by e-mail to the complaints mailbox, through a web
form on the public website, or by phone, where call-centre agents write call notes
in the CRM. An intake service gathers all three, and an in-house classifier tags
each complaint with the product and the regulatory category (for example whether
it is a reportable complaint and its redress deadline), which decides the team
queue it lands in. A drafting service asks an LLM, hosted by a vendor in the
bank's cloud tenant, to draft the acknowledgement letter; a complaint handler
edits it and sends it from the case management system. Case data feeds the
quarterly complaints return uploaded to the regulator's portal, and handlers'
re-classifications are exported to retrain the classifier. Handlers sign in
with the bank's SSO, the case store is encrypted with KMS, the LLM vendor went
through vendor review, and no letter goes out without a handler.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Retail bank complaint triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Classifies and routes customer complaints by product and regulatory "
        "category, drafts acknowledgement letters with an LLM, feeds regulator reports."
    ),
)

# ---------------------------------------------------------------- data assets
email_complaint = tg.Data(
    "Complaint e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Free text, often with account numbers and attachments.",
)
web_complaint = tg.Data("Web form complaint", sensitivity=tg.Sensitivity.PII, kind="records")
call_notes = tg.Data("Call notes", sensitivity=tg.Sensitivity.PII, kind="documents")
complaint = tg.Data(
    "Complaint record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Normalised complaint with customer identity, account and product.",
)
classification = tg.Data(
    "Product and regulatory category",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
letter_prompt = tg.Data(
    "Letter drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Letter template instructions plus the complaint summary and customer name.",
)
draft_letter = tg.Data(
    "Draft acknowledgement letter", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
final_letter = tg.Data("Acknowledgement letter", sensitivity=tg.Sensitivity.PII, kind="documents")
handler_update = tg.Data(
    "Handler case updates",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Edits, re-classifications and the approved letter.",
)
reg_return = tg.Data(
    "Complaints return",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Labelled historical complaints",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
classifier_artifact = tg.Data(
    "Classifier artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn pipeline saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can send a complaint; most are genuine customers, not all.
    customer = tm.add(tg.Actor("Customer", role="bank customer"))

with tm.boundary("Bank DMZ", trust=tg.Trust.INTERNAL):
    # The public complaint form; customers need not be logged in to complain.
    web_form = tm.add(
        tg.Endpoint(
            "Complaint web form",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30), c.InputValidation()},
        )
    )

with tm.boundary("Bank network", trust=tg.Trust.INTERNAL):
    # Phone complaints arrive as notes typed by call-centre agents.
    crm = tm.add(tg.DataSource("Call centre CRM", origin=tg.Origin.INTERNAL, provides={call_notes}))
    # Complaint handlers work the queues and send the letters.
    handler = tm.add(tg.Actor("Complaint handler", role="complaints staff"))
    # Trains and publishes the classifier.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

    with tm.boundary("Complaints platform", trust=tg.Trust.INTERNAL):
        # Polls the mailbox, takes form posts and CRM notes, creates one case each.
        intake = tm.add(
            tg.Service(
                "Complaint intake service",
                description="Normalises e-mail, web and call complaints and routes them.",
            )
        )
        # Decides product, regulatory category and therefore queue and deadline.
        classifier = tm.add(
            tg.Model(
                "Complaint classifier",
                task=tg.Task.CLASSIFIER,
                high_stakes=True,
                description="Multi-label text classifier over product and regulatory category.",
            )
        )
        # The system of record for complaints, queues and letters.
        case_store = tm.add(
            tg.DataStore(
                "Case management system",
                stores={complaint, classification, draft_letter, final_letter},
                controls={
                    c.Authentication(method="bank SSO"),
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="KMS"),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )
        # Builds the prompt from the case and stores the draft for the handler.
        drafting = tm.add(
            tg.Service(
                "Letter drafting service",
                controls={c.HumanInTheLoop(approver="complaint handler")},
            )
        )
        # Quarterly job that aggregates cases into the regulator's return.
        reporting = tm.add(tg.Service("Regulatory reporting job"))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Past complaints with their final (handler-corrected) categories.
        dataset = tm.add(tg.Dataset("Complaint training set", stores={training_set}))
        # Periodic retraining of the classifier.
        training = tm.add(tg.Pipeline("Classifier training", stage=tg.Stage.TRAINING))
        # Where the intake service loads the current classifier from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={classifier_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("LLM vendor tenant", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API, in the bank's cloud tenant.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("Mail vendor", trust=tg.Trust.PARTNER):
    # Print-and-post and outbound e-mail service used for customer letters.
    mail = tm.add(tg.ExternalService("Letter dispatch service"))

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # The regulator's online submission portal.
    regulator = tm.add(tg.ExternalService("Regulator reporting portal"))

# ---------------------------------------------------------------- flows
tm.flow(customer, intake, email_complaint, protocol="smtp", label="complaints mailbox")
tm.flow(customer, web_form, web_complaint, protocol="https")
tm.flow(web_form, intake, web_complaint)
tm.flow(crm, intake, call_notes, protocol="https")

tm.flow(intake, classifier, complaint)
tm.flow(classifier, intake, classification)
tm.flow(intake, case_store, complaint, classification, label="create case in team queue")

tm.flow(case_store, drafting, complaint)
tm.flow(drafting, llm, letter_prompt, protocol="https")
tm.flow(llm, drafting, draft_letter, protocol="https")
tm.flow(drafting, case_store, draft_letter)

tm.flow(case_store, handler, complaint, draft_letter, protocol="https")
tm.flow(handler, case_store, handler_update, protocol="https")
tm.flow(case_store, mail, final_letter, protocol="https", label="handler sends")
tm.flow(mail, customer, final_letter, label="post or e-mail")

tm.flow(case_store, reporting, complaint, classification)
tm.flow(reporting, regulator, reg_return, protocol="https")

tm.flow(case_store, dataset, training_set, label="monthly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, classifier_artifact)
tm.flow(ml_engineer, registry, classifier_artifact, label="promotes version")
tm.flow(registry, classifier, classifier_artifact, label="load at start")

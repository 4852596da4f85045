"""School trust safeguarding monitoring: keyword capture and a risk model (first design).

A multi-academy trust in England monitors what pupils type, search for and view on
school-owned laptops and Chromebooks, in class and at home, to meet its statutory
safeguarding duties. A monitoring client on each device matches activity against
the trust's keyword and phrase library and, on a match, uploads the text around it
and a screenshot to the trust's cloud tenant. There a text classifier, fine-tuned by
the trust's data team from an open-weights model, scores each capture for self-harm,
grooming and other risk categories; a triage service applies thresholds, adds the
pupil's details from the school MIS and raises alerts. Each school's designated
safeguarding leads (DSLs) review alerts in a web console, get e-mail for urgent ones
and record real concerns in the case management system. Their review outcomes are
used to retrain the model each term. Controls in this design: device certificates
on uploads, staff SSO with MFA and role-based access on the console, encryption at
rest for captures, and a DSL reviewing every alert before anything is done.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School trust safeguarding monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Monitoring of pupils' activity on school devices, with a model flagging "
    "self-harm and grooming risks to designated safeguarding leads.",
)

# ---------------------------------------------------------------- data assets
activity = tg.Data(
    "Pupil device activity",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Typed text, search terms, page titles and chat snippets on the device.",
)
keyword_list = tg.Data(
    "Keyword and phrase library",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Terms and patterns for self-harm, grooming, radicalisation, bullying.",
)
capture = tg.Data(
    "Activity capture",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Matched text with context, screenshot, device, user account and time.",
)
screenshot_text = tg.Data(
    "Capture text for scoring", kind="features", sensitivity=tg.Sensitivity.REGULATED
)
risk_score = tg.Data(
    "Risk category scores", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
roster = tg.Data(
    "Pupil roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil names, year groups, school, device account and known vulnerabilities flag.",
)
alert = tg.Data(
    "Safeguarding alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Pupil, school, risk category, severity, capture and screenshot.",
)
urgent_email = tg.Data(
    "Urgent alert e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pupil name, category and a link to the alert in the console.",
)
review_outcome = tg.Data(
    "DSL review outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Genuine concern, false positive, or needs monitoring, with notes.",
)
concern = tg.Data(
    "Safeguarding concern record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
training_examples = tg.Data(
    "Labelled capture examples", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
model_weights = tg.Data(
    "Risk classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pupil devices", trust=tg.Trust.UNTRUSTED):
    # The monitored person: uses school laptops in lessons and at home.
    pupil = tm.add(tg.Actor("Pupil", role="pupil"))
    # MDM-installed client on every school device; matches keywords locally.
    client = tm.add(
        tg.Device(
            "Monitoring client",
            fleet=True,
            description="Runs on school Windows laptops and Chromebooks under the pupil's login.",
        )
    )

with tm.boundary("MIS vendor", trust=tg.Trust.PARTNER):
    # The schools' management information system: source of who each pupil is.
    mis = tm.add(
        tg.DataSource(
            "School MIS",
            origin=tg.Origin.PARTNER,
            provides={roster},
            description="Cloud MIS shared by the trust's schools; nightly roster export.",
        )
    )

with tm.boundary("Case management vendor", trust=tg.Trust.PARTNER):
    # Where DSLs keep the formal safeguarding record for each child.
    case_system = tm.add(
        tg.ExternalService(
            "Safeguarding case management system",
            description="SaaS chronology of concerns and actions, per school.",
        )
    )

with tm.boundary("Trust cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives captures from devices over mutual TLS.
    ingest = tm.add(
        tg.Endpoint(
            "Capture ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-device client certificate issued at MDM enrolment")
            },
        )
    )
    # Text classifier that scores each capture per risk category.
    classifier = tm.add(
        tg.Model(
            "Safeguarding risk classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned open-weights text model: self-harm, grooming, bullying, other.",
            controls={
                c.HumanInTheLoop(approver="the school's DSL reviews every alert before any action")
            },
        )
    )
    # Applies per-category thresholds, joins the roster and raises alerts.
    triage = tm.add(tg.Service("Alert triage service"))
    # Captures, screenshots and alerts, kept for review and evidence.
    capture_store = tm.add(
        tg.DataStore(
            "Capture and alert store",
            stores={capture, alert, roster, review_outcome},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web console where DSLs triage alerts for their own school.
    console = tm.add(
        tg.Endpoint(
            "Safeguarding console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(note="DSL role per school; trust safeguarding lead sees all schools"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Data team workspace", trust=tg.Trust.INTERNAL):
        # Reviewed captures with their outcomes, assembled for retraining.
        train_set = tm.add(tg.Dataset("Reviewed capture dataset", stores={training_examples}))
        # Termly fine-tuning job run by the trust's data team.
        training = tm.add(
            tg.Pipeline("Termly retraining", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
        )
        # Versioned model artifacts; the data team deploys the chosen version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Trust staff devices", trust=tg.Trust.INTERNAL):
    # Designated safeguarding lead at each school; also edits the keyword library.
    dsl = tm.add(tg.Actor("Designated safeguarding lead", role="safeguarding staff"))
    # Trust data engineer who runs retraining and deploys new model versions.
    engineer = tm.add(tg.Actor("Trust data engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(pupil, client, activity, label="typing, searching and browsing")
tm.flow(console, client, keyword_list, protocol="https", label="library sync to devices")
tm.flow(client, ingest, capture, protocol="mtls")

tm.flow(ingest, capture_store, capture)
tm.flow(ingest, triage, capture)
tm.flow(triage, classifier, screenshot_text)
tm.flow(classifier, triage, risk_score)
tm.flow(mis, capture_store, roster, protocol="https", label="nightly roster sync")
tm.flow(capture_store, triage, roster, label="roster lookup")
tm.flow(triage, capture_store, alert)
tm.flow(triage, dsl, urgent_email, protocol="smtp+starttls", label="urgent alerts")

tm.flow(capture_store, console, alert, capture)
tm.flow(console, dsl, alert, capture, protocol="https")
tm.flow(dsl, console, review_outcome, protocol="https")
tm.flow(dsl, console, keyword_list, protocol="https", label="edits keyword library")
tm.flow(console, capture_store, review_outcome)
tm.flow(console, case_system, concern, protocol="https", label="confirmed concerns")

tm.flow(capture_store, train_set, training_examples, label="termly export")
tm.flow(train_set, training, training_examples)
tm.flow(training, registry, model_weights)
tm.flow(engineer, training, label="starts retraining")
tm.flow(registry, classifier, model_weights, label="deploy")

"""B2B lead scoring: the first design, before any security review.

Our sales team gets more inbound leads than it can call. Every new lead that
arrives in the CRM (a SaaS CRM we license) is scored by an in-house model for
its likelihood to become a won deal. Features come from the lead's CRM history,
from firmographic data (company size, revenue, industry, tech stack) that we buy
monthly from a data broker, and from visit events that the tracking script on
our marketing website sends to a first-party collector. A scoring service in our
data platform writes the score back to the CRM with a suggested next step that
a vendor-hosted LLM drafts from the lead's profile; reps see both on the lead.
A monthly job retrains the model on won and lost deals and registers it if it
beats the current one on a holdout set. The CRM uses corporate SSO and roles,
the warehouse is encrypted, the broker delivers over SFTP and the CRM API token
sits in the cloud secrets manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "B2B lead scoring",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Scores inbound sales leads in the CRM and suggests next steps; "
    "retrained monthly on won and lost deals.",
)

# ---------------------------------------------------------------- data assets
visit_events = tg.Data(
    "Website visit events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cookie id, IP-derived company, pages viewed, timestamps, form email.",
)
form_submission = tg.Data(
    "Lead form submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, business email, company, role, free-text message.",
)
crm_records = tg.Data(
    "CRM leads, contacts and opportunities",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lead and contact details, activity history, deal stages and outcomes.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
firmographics = tg.Data(
    "Firmographic data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed company attributes; the broker's contract forbids resale.",
)
warehouse_tables = tg.Data(
    "Joined lead history tables",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="CRM extracts, firmographics and visit sessions joined per lead.",
)
training_set = tg.Data(
    "Won/lost training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Lead features at creation time, 24 months of closed deals.",
)
deal_labels = tg.Data(
    "Deal outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Won or lost, taken from the opportunity stage in the CRM.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Lead scoring model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib, plus the feature list.",
)
lead_features = tg.Data("Lead features", kind="features", sensitivity=tg.Sensitivity.PII)
lead_score = tg.Data("Lead score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
next_step_prompt = tg.Data(
    "Next-step prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Lead name, company profile, recent pages and form message, score drivers.",
)
next_step = tg.Data(
    "Suggested next step", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
rep_updates = tg.Data(
    "Rep activity and deal updates",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Calls, emails, stage changes and won/lost reasons entered by reps.",
)
web_pages = tg.Data("Marketing pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
job_config = tg.Data(
    "Training job configuration",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Feature list, label definition and hyperparameters, in the repo.",
)
lead_view = tg.Data("Scored lead view", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospects browsing the marketing site; their browser runs our tracking script.
    visitor = tm.add(tg.Actor("Website visitor", role="prospect"))

with tm.boundary("Marketing web hosting", trust=tg.Trust.INTERNAL):
    # Public marketing site with the contact and demo-request forms.
    website = tm.add(
        tg.Service(
            "Marketing website",
            internet_facing=True,
            description="Static site plus a form handler that creates CRM leads.",
        )
    )
    # First-party endpoint that receives page-view beacons from the tracking script.
    collector = tm.add(
        tg.Endpoint(
            "Tracking collector",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="event JSON schema, 8 KB limit")},
        )
    )

with tm.boundary("Data broker", trust=tg.Trust.PARTNER):
    # Source of bought firmographic enrichment, delivered as a monthly file.
    broker = tm.add(
        tg.DataSource(
            "Firmographic data broker",
            origin=tg.Origin.VENDOR,
            provides={firmographics},
        )
    )

with tm.boundary("CRM SaaS tenant", trust=tg.Trust.PARTNER):
    # System of record for leads and deals; reps see scores and next steps here.
    crm = tm.add(
        tg.DataStore(
            "CRM",
            stores={crm_records, lead_score, next_step},
            controls={
                c.Authentication(method="corporate SSO (SAML)"),
                c.RBAC(note="CRM profiles: reps see their territory"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts a one-paragraph suggested next step for each scored lead.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review, zero-retention terms")},
        )
    )

with tm.boundary("Data platform", trust=tg.Trust.INTERNAL):
    # Nightly loads of CRM extracts, broker files and visit events into the warehouse.
    ingestion = tm.add(tg.Pipeline("Ingestion jobs", stage=tg.Stage.INGESTION))
    # Joined history that both training and scoring read from.
    warehouse = tm.add(
        tg.DataStore(
            "Data warehouse",
            stores={warehouse_tables, visit_events, firmographics},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Snapshot of closed deals with features and outcomes, rebuilt monthly.
    dataset = tm.add(tg.Dataset("Won/lost training set", stores={training_set, deal_labels}))
    # Monthly retraining; registers a new version only if holdout AUC improves.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="holdout AUC must beat the current model")},
        )
    )
    # Versions of the scoring model; the scoring service loads the latest.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # The model itself, served inside the scoring service's container.
    model = tm.add(
        tg.Model(
            "Lead scoring model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Probability that a lead becomes a won deal within 90 days.",
        )
    )
    # Hourly batch: builds features for new leads, scores them, drafts next steps, writes to CRM.
    scorer = tm.add(
        tg.Service(
            "Scoring service",
            controls={c.SecretsManagement(note="CRM API token and LLM key in secrets manager")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Works the leads in the CRM and records the outcome that later becomes a label.
    rep = tm.add(tg.Actor("Sales rep", role="sales"))
    # Maintains the pipelines and the model; can read the warehouse.
    ml_engineer = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(visitor, website, form_submission, protocol="https")
tm.flow(website, visitor, web_pages, protocol="https")
tm.flow(visitor, collector, visit_events, protocol="https", label="tracking beacon")
tm.flow(website, crm, form_submission, protocol="https", label="web-to-lead")

tm.flow(collector, ingestion, visit_events)
tm.flow(broker, ingestion, firmographics, protocol="sftp", label="monthly file")
tm.flow(crm, ingestion, crm_records, protocol="https", label="nightly CRM API export")
tm.flow(ingestion, warehouse, warehouse_tables, visit_events, firmographics)

tm.flow(warehouse, dataset, training_set, deal_labels, label="monthly snapshot")
tm.flow(dataset, training, training_set, deal_labels)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load latest version")

tm.flow(warehouse, scorer, lead_features, label="features for new leads")
tm.flow(scorer, model, lead_features)
tm.flow(model, scorer, lead_score)
tm.flow(scorer, llm, next_step_prompt, protocol="https")
tm.flow(llm, scorer, next_step, protocol="https")
tm.flow(scorer, crm, lead_score, next_step, protocol="https", label="CRM API update")

tm.flow(crm, rep, lead_view, lead_score, next_step, protocol="https")
tm.flow(rep, crm, rep_updates, protocol="https")

tm.flow(ml_engineer, warehouse, warehouse_tables, label="ad-hoc queries")
tm.flow(warehouse, ml_engineer, warehouse_tables, label="query results")
tm.flow(ml_engineer, training, job_config, label="job config and label definitions")

"""School attendance absence prediction and parent text model: the first design, before review.

A multi-academy trust wants to spot pupils heading for persistent absence early. Each
night a pipeline in the trust's Azure tenant copies the attendance register and parent
contacts from the schools' hosted MIS, and pastoral notes from the hosted pastoral
system, into a trust data warehouse. A classifier, retrained each term by the trust's
data scientist, scores every pupil weekly; the scores appear on an attendance dashboard
used by each academy's attendance officer. From the dashboard the officer asks a hosted
LLM to draft a text to the parents, edits it and sends it through an SMS provider;
parents' replies come back to the dashboard. When a case needs it, the officer downloads
a referral pack and submits it on the local authority's education welfare portal.
Controls: staff sign in with the trust's Microsoft 365 accounts and MFA, roles limit
officers to their academy, the officer approves every text and decides every referral,
prompts carry only first names and attendance patterns, and the warehouse is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School attendance absence prediction and parent text model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Weekly persistent-absence risk scores for pupils, with LLM-drafted texts to "
    "parents and referrals to the local authority.",
)

# ---------------------------------------------------------------- data assets
register = tg.Data(
    "Attendance register marks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Session marks and absence codes per pupil.",
)
parent_contacts = tg.Data("Parent contact details", kind="records", sensitivity=tg.Sensitivity.PII)
pastoral_notes = tg.Data(
    "Pastoral notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Welfare, health, SEND and family notes written by pastoral staff.",
)
pupil_features = tg.Data(
    "Pupil absence features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Attendance trends, absence codes, year group, pastoral note counts by category.",
)
training_snapshot = tg.Data(
    "Termly training snapshot",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past terms' features labelled with whether the pupil became persistently absent.",
)
training_config = tg.Data("Training code and configuration", kind="code")
model_artifact = tg.Data(
    "Absence risk model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
risk_scores = tg.Data("Absence risk scores", kind="model-output", sensitivity=tg.Sensitivity.PII)
dashboard_view = tg.Data(
    "Risk list and attendance history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
draft_request = tg.Data(
    "Draft text request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil's first name, recent absence pattern and the academy's tone guidance.",
)
draft_text = tg.Data("Drafted parent text", kind="model-output", sensitivity=tg.Sensitivity.PII)
officer_edits = tg.Data(
    "Officer's edited text and send action", kind="records", sensitivity=tg.Sensitivity.PII
)
parent_text = tg.Data("Text message to parent", sensitivity=tg.Sensitivity.PII)
parent_reply = tg.Data("Parent's reply", sensitivity=tg.Sensitivity.PII)
referral_pack = tg.Data(
    "Education welfare referral",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Attendance history, contact attempts and relevant pastoral context.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and carers receive texts on their own phones and may reply.
    parent = tm.add(tg.Actor("Parent or carer", role="parent"))

with tm.boundary("MIS vendor", trust=tg.Trust.PARTNER):
    # The schools' hosted management information system: the attendance register.
    mis = tm.add(
        tg.DataSource(
            "School MIS",
            origin=tg.Origin.INTERNAL,
            provides={register, parent_contacts},
            description="Vendor-hosted; registers are taken by teachers each session.",
        )
    )

with tm.boundary("Pastoral system vendor", trust=tg.Trust.PARTNER):
    # The hosted safeguarding and pastoral recording system.
    pastoral = tm.add(
        tg.DataSource(
            "Pastoral notes system",
            origin=tg.Origin.INTERNAL,
            provides={pastoral_notes},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the parent texts; the officer edits and sends them.
    llm = tm.add(
        tg.LLM(
            "Text drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted chat model that drafts a short, supportive text to parents.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the texts and passes parents' replies back.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Local authority", trust=tg.Trust.PARTNER):
    # Where the education welfare service takes referrals.
    la_portal = tm.add(tg.ExternalService("Education welfare referral portal"))

with tm.boundary("Trust Azure tenant", trust=tg.Trust.INTERNAL):
    # Copies registers, contacts and pastoral notes out of the vendors' systems.
    extract = tm.add(
        tg.Pipeline(
            "Nightly MIS and pastoral extract",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement(note="vendor API keys in Key Vault")},
        )
    )
    # The trust's copy of attendance, contacts, pastoral notes and scores.
    warehouse = tm.add(
        tg.DataStore(
            "Attendance data warehouse",
            stores={register, parent_contacts, pastoral_notes, pupil_features, risk_scores},
            controls={
                c.EncryptionAtRest(key_management="Azure platform-managed keys"),
                c.RBAC(),
            },
        )
    )
    # Scores every pupil once a week.
    scoring_job = tm.add(tg.Service("Weekly risk scoring job"))
    # The persistent-absence classifier.
    model = tm.add(
        tg.Model(
            "Persistent absence risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees giving each pupil a risk of persistent "
            "absence this term.",
            controls={
                c.HumanInTheLoop(
                    approver="the academy's attendance officer",
                    note="the model only flags pupils; the officer decides any contact or referral",
                ),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); substantial public interest, Art. 9(2)(g)"
                ),
            },
        )
    )
    # What attendance officers work from: the risk list, drafting and sending texts.
    dashboard = tm.add(
        tg.Service(
            "Attendance dashboard",
            description="Web app; officers see the pupils of their own academy.",
            controls={
                c.Authentication(method="trust Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="officers limited to their academy"),
                c.HumanInTheLoop(
                    approver="the attendance officer", note="edits and sends every text"
                ),
                c.DataMinimization(
                    note="prompts carry first names and absence patterns only, no pastoral notes"
                ),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Data science workspace", trust=tg.Trust.INTERNAL):
        # Retrains the classifier each term.
        training = tm.add(tg.Pipeline("Termly retraining", stage=tg.Stage.TRAINING))
        # Holds the model versions the scoring job loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Trust staff network", trust=tg.Trust.INTERNAL):
    # Each academy's attendance officer.
    officer = tm.add(tg.Actor("Attendance officer", role="attendance officer"))
    # The trust's data scientist, who builds and retrains the model.
    data_scientist = tm.add(
        tg.Actor("Trust data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
# Nightly extract.
tm.flow(mis, extract, register, parent_contacts, protocol="https", label="nightly extract")
tm.flow(pastoral, extract, pastoral_notes, protocol="https", label="nightly extract")
tm.flow(extract, warehouse, register, parent_contacts, pastoral_notes, pupil_features)

# Termly training.
tm.flow(warehouse, training, training_snapshot, label="termly training snapshot")
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load current version")

# Weekly scoring.
tm.flow(warehouse, scoring_job, pupil_features, label="weekly batch")
tm.flow(scoring_job, model, pupil_features)
tm.flow(model, scoring_job, risk_scores)
tm.flow(scoring_job, warehouse, risk_scores)

# The officer's dashboard.
tm.flow(warehouse, dashboard, dashboard_view, parent_contacts)
tm.flow(dashboard, officer, dashboard_view, draft_text, parent_reply, protocol="https")
tm.flow(officer, dashboard, officer_edits, protocol="https")
tm.flow(dashboard, llm, draft_request, protocol="https")
tm.flow(llm, dashboard, draft_text, protocol="https")

# Texts to parents and their replies.
tm.flow(dashboard, sms, parent_text, protocol="https")
tm.flow(sms, parent, parent_text, protocol="sms")
tm.flow(parent, sms, parent_reply, protocol="sms")
tm.flow(sms, dashboard, parent_reply, protocol="https", label="inbound SMS webhook")

# Referrals to the local authority.
tm.flow(dashboard, officer, referral_pack, protocol="https", label="referral pack download")
tm.flow(officer, la_portal, referral_pack, protocol="https")

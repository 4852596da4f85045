"""Donor lapse e-mail agent: the first design, before any security review.

A UK charity wants to keep more of its regular (direct debit) donors. Every
week a lapse model, trained monthly in the charity's cloud tenant from giving
history exported out of the donor CRM, scores each regular donor's risk of
cancelling. For the donors most at risk, an LLM agent looks the supporter up
in the CRM through a read-only integration user, reads their giving history,
past contact and notes, and drafts a personalised thank-you or re-engagement
e-mail with a hosted LLM. Drafts land in a review app where a fundraising
officer edits, approves or rejects each one; approved e-mails go to the
mailing platform, which sends them and syncs opens, replies and unsubscribes
back into the CRM. Staff sign in with Microsoft 365 single sign-on and MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Donor lapse e-mail agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts regular donors likely to lapse and drafts approved, personalised e-mails.",
)

# ---------------------------------------------------------------- data assets
donor_records = tg.Data(
    "Donor records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name, contact details, giving history, Gift Aid status, communication "
    "preferences, contact history and free-text notes.",
)
donor_features = tg.Data(
    "Donor features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Giving frequency, amount changes, tenure and engagement, keyed by supporter id.",
)
lapse_labels = tg.Data("Lapse labels", kind="labels", sensitivity=tg.Sensitivity.CONFIDENTIAL)
lapse_scores = tg.Data(
    "Lapse risk scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
artifact = tg.Data("Lapse model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
training_code = tg.Data("Training notebook", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
lookup = tg.Data("CRM lookup request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
donor_profile = tg.Data(
    "Donor profile and history",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="The CRM record as the agent sees it, including notes and logged e-mail replies.",
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Tone-of-voice guidance, the donor's profile and the kind of e-mail to write.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data("E-mail draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
save_draft = tg.Data("Save draft call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
review_decision = tg.Data(
    "Review decisions and edits", kind="records", sensitivity=tg.Sensitivity.PII
)
approved_email = tg.Data(
    "Approved e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
delivered_email = tg.Data("Delivered e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
donor_reply = tg.Data(
    "Donor replies and unsubscribes", kind="records", sensitivity=tg.Sensitivity.PII
)
engagement = tg.Data("Engagement events", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Regular donors who receive the e-mails and may reply or unsubscribe.
    donor = tm.add(tg.Actor("Regular donor", role="supporter"))

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The charity's hosted donor CRM: the system of record for supporters.
    crm = tm.add(
        tg.DataStore(
            "Donor CRM",
            stores={donor_records},
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="fundraising, supporter care and data team profiles"),
            },
        )
    )

with tm.boundary("Mailing platform vendor", trust=tg.Trust.PARTNER):
    # Sends the approved e-mails and records opens, replies and unsubscribes.
    mailer = tm.add(tg.ExternalService("Mailing platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that writes the e-mail text; covered by a data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our prompts")},
        )
    )

with tm.boundary("Charity cloud tenant", trust=tg.Trust.INTERNAL):
    # Nightly export from the CRM into features for scoring and training.
    feature_job = tm.add(tg.Pipeline("Nightly CRM export", stage=tg.Stage.PREPROCESSING))
    # Cloud data warehouse holding features, labels and weekly scores.
    warehouse = tm.add(
        tg.DataStore(
            "Data warehouse",
            stores={donor_features, lapse_labels, lapse_scores},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RBAC(note="data team only"),
            },
        )
    )
    # Monthly retraining of the lapse model from the warehouse.
    training = tm.add(tg.Pipeline("Monthly model training", stage=tg.Stage.TRAINING))
    # Bucket holding the trained model versions.
    registry = tm.add(tg.ModelRegistry("Model bucket", stores={artifact}))
    # Weekly batch scorer of every regular donor's lapse risk.
    lapse_model = tm.add(
        tg.Model("Donor lapse model", task=tg.Task.CLASSIFIER, returns_scores=True)
    )
    # Drafts one e-mail per at-risk donor; a person approves every e-mail before it goes out.
    agent = tm.add(
        tg.Agent(
            "E-mail drafting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="a fundraising officer in the review app")},
        )
    )
    # Reads a supporter's record from the CRM for the agent.
    crm_tool = tm.add(
        tg.Tool(
            "CRM lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only CRM integration user")},
        )
    )
    # Lets the agent put a finished draft into the review queue.
    draft_tool = tm.add(tg.Tool("Save draft tool", capabilities={"write"}))
    # Web app where fundraisers review drafts and release approved e-mails.
    review_app = tm.add(
        tg.Service(
            "Draft review app",
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.AuditLogging(
                    retention_days=365, note="who approved, edited or rejected each draft"
                ),
                c.SecretsManagement(note="mailing platform API key in the cloud secret manager"),
            },
        )
    )

with tm.boundary("Staff devices", trust=tg.Trust.INTERNAL):
    # Approves, edits or rejects each draft before it is sent.
    fundraiser = tm.add(tg.Actor("Fundraising officer", role="fundraiser"))
    # Builds and retrains the lapse model.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(crm, feature_job, donor_records, protocol="https", label="nightly bulk export")
tm.flow(feature_job, warehouse, donor_features, lapse_labels)
tm.flow(warehouse, training, donor_features, lapse_labels)
tm.flow(analyst, training, training_code, protocol="https")
tm.flow(training, registry, artifact)
tm.flow(registry, lapse_model, artifact, label="load latest version")
tm.flow(warehouse, lapse_model, donor_features, label="weekly batch scoring")
tm.flow(lapse_model, warehouse, lapse_scores)

tm.flow(warehouse, agent, lapse_scores, label="weekly at-risk donor list")
tm.flow(agent, crm_tool, lookup)
tm.flow(crm_tool, crm, lookup, protocol="https")
tm.flow(crm, crm_tool, donor_profile, protocol="https")
tm.flow(crm_tool, agent, donor_profile)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, draft_tool, save_draft)
tm.flow(draft_tool, review_app, draft)

tm.flow(review_app, fundraiser, draft, protocol="https")
tm.flow(fundraiser, review_app, review_decision, protocol="https")
tm.flow(review_app, mailer, approved_email, protocol="https")
tm.flow(mailer, donor, delivered_email, protocol="smtp+starttls")
tm.flow(donor, mailer, donor_reply, protocol="https", label="replies and unsubscribe links")
tm.flow(mailer, crm, engagement, donor_reply, protocol="https", label="connector sync")

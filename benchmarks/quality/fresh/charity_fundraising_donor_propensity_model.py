"""Donor propensity model: the first design, before any security review.

A national UK charity scores its supporters each month on how likely they are to
give to the next appeal. A nightly export from the supporter CRM (giving history,
contact preferences, past appeal responses), enriched with licensed postcode-level
geodemographic segments, builds the features; a data scientist retrains a
gradient-boosted classifier on a snapshot of them and registers it. A monthly
selection job scores every contactable supporter, drops those who opted out,
screens phone numbers against the Telephone Preference Service, and proposes who
gets an appeal letter (sent by a mailing house) and who gets a call (made by a
contracted telefundraising agency). The individual giving manager approves each
selection before files leave by SFTP; the agency returns call outcomes and pledges
the same way. The CRM is a SaaS tenancy behind staff SSO with MFA and role-based
access; the analytics platform runs in the charity's own cloud account.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Donor propensity model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Monthly propensity scores that choose which supporters receive appeal letters "
        "and telefundraising calls."
    ),
)

# ---------------------------------------------------------------- data assets
donation = tg.Data(
    "Online donation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, e-mail, amount and Gift Aid declaration; cards stay with the platform.",
)
gifts = tg.Data("Gift records", kind="records", sensitivity=tg.Sensitivity.PII)
supporters = tg.Data(
    "Supporter records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Contact details, giving history, contact preferences, deceased and vulnerability flags.",
)
responses = tg.Data(
    "Past appeal responses",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Whether each supporter gave to each past appeal: the training target.",
)
segments = tg.Data(
    "Geodemographic segments",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed postcode-level lifestyle and affluence segments.",
)
features = tg.Data("Supporter features", kind="features", sensitivity=tg.Sensitivity.PII)
snapshot = tg.Data("Training snapshot", kind="training-data", sensitivity=tg.Sensitivity.PII)
notebook = tg.Data("Training notebook code", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data(
    "Propensity model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
scores = tg.Data("Propensity scores", kind="model-output", sensitivity=tg.Sensitivity.PII)
selection = tg.Data(
    "Proposed appeal selection",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Supporters chosen for letter and for call, with their scores and segments.",
)
approval = tg.Data("Selection approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
phone_numbers = tg.Data("Phone numbers to screen", kind="records", sensitivity=tg.Sensitivity.PII)
tps_flags = tg.Data("TPS registration flags", kind="records", sensitivity=tg.Sensitivity.PII)
mailing_file = tg.Data("Appeal mailing file", kind="records", sensitivity=tg.Sensitivity.PII)
call_list = tg.Data(
    "Telefundraising call list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone number, last gift amount and date, and the ask amount.",
)
outcomes = tg.Data(
    "Call outcomes and pledges",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pledges, new direct debits, refusals and do-not-call requests per supporter.",
)
letter = tg.Data("Appeal letter", kind="documents", sensitivity=tg.Sensitivity.PII)
call = tg.Data("Fundraising call", kind="media", sensitivity=tg.Sensitivity.PII)
pledge = tg.Data("Phone pledge", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who give, and who receive letters and calls.
    supporter = tm.add(tg.Actor("Supporter", role="donor"))

with tm.boundary("Donation platform", trust=tg.Trust.PARTNER):
    # Hosted giving pages; takes card payments and passes the gifts on.
    platform = tm.add(
        tg.ExternalService("Online donation platform", description="Hosted donation pages.")
    )

with tm.boundary("Geodemographic data vendor", trust=tg.Trust.PARTNER):
    # Source of the postcode-level segments that enrich the features.
    geodemo = tm.add(tg.ExternalService("Geodemographic data provider", provides="data-provider"))

with tm.boundary("TPS screening bureau", trust=tg.Trust.PARTNER):
    # Checks numbers against the Telephone Preference Service before calls.
    tps = tm.add(tg.ExternalService("TPS screening service", provides="data-provider"))

with tm.boundary("Mailing house", trust=tg.Trust.PARTNER):
    # Prints and posts the appeal letters.
    mailing_house = tm.add(tg.ExternalService("Mailing house"))

with tm.boundary("Telefundraising agency", trust=tg.Trust.PARTNER):
    # Contracted callers who phone the selected supporters and take pledges.
    agency = tm.add(
        tg.ExternalService(
            "Telefundraising agency",
            controls={
                c.SupplierAssessment(note="processor contract and Fundraising Regulator code check")
            },
        )
    )

with tm.boundary("CRM SaaS tenancy", trust=tg.Trust.INTERNAL):
    # The system of record for every supporter and gift; scores are written back here.
    crm = tm.add(
        tg.DataStore(
            "Supporter CRM",
            stores={supporters, gifts, responses, scores, outcomes},
            controls={
                c.RBAC(),
                c.Authentication(method="staff SSO with MFA"),
                c.EncryptionAtRest(key_management="vendor-managed keys"),
            },
        )
    )

with tm.boundary("Analytics cloud account", trust=tg.Trust.INTERNAL):
    # Joins the CRM export with the segments into one feature row per supporter.
    feature_build = tm.add(tg.Pipeline("Nightly feature build", stage=tg.Stage.PREPROCESSING))
    # Point-in-time snapshot the model is trained on.
    training_set = tm.add(tg.Dataset("Training snapshot store", stores={snapshot}))
    # Retrains the classifier when the data scientist runs it, roughly quarterly.
    training = tm.add(
        tg.Pipeline("Model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps each trained version so the selection job loads a known one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Gradient-boosted classifier: probability of giving to the next appeal.
    model = tm.add(
        tg.Model(
            "Donor propensity model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="LightGBM, loaded from a joblib file.",
        )
    )
    # Scores supporters, applies suppressions and builds the letter and call lists.
    selection_job = tm.add(
        tg.Service(
            "Monthly appeal selection job",
            controls={
                c.PolicyEnforcement(
                    rules="drops supporters opted out of post or phone, deceased or flagged vulnerable"
                ),
                c.HumanInTheLoop(approver="the individual giving manager"),
            },
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Approves each month's selection before any file leaves.
    manager = tm.add(tg.Actor("Individual giving manager", role="fundraising manager"))
    # Builds features and trains and registers the model.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(supporter, platform, donation, protocol="https")
tm.flow(platform, crm, gifts, protocol="https", label="nightly gift sync")

tm.flow(crm, feature_build, supporters, gifts, responses, protocol="https", label="nightly export")
tm.flow(geodemo, feature_build, segments, protocol="sftp", label="quarterly delivery")
tm.flow(feature_build, training_set, snapshot)
tm.flow(training_set, training, snapshot)
tm.flow(scientist, training, notebook, protocol="https")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load approved version")

tm.flow(feature_build, selection_job, features, label="monthly batch")
tm.flow(selection_job, model, features)
tm.flow(model, selection_job, scores)
tm.flow(selection_job, crm, scores, protocol="https", label="scores written back")

tm.flow(selection_job, tps, phone_numbers, protocol="https")
tm.flow(tps, selection_job, tps_flags, protocol="https")

tm.flow(selection_job, manager, selection, protocol="https")
tm.flow(manager, selection_job, approval, protocol="https", label="approves selection")

tm.flow(selection_job, mailing_house, mailing_file, protocol="sftp")
tm.flow(
    selection_job,
    agency,
    call_list,
    protocol="sftp",
    controls={c.DataMinimization(note="only the fields the caller needs")},
)
tm.flow(agency, crm, outcomes, protocol="sftp", label="weekly outcome file import")

tm.flow(mailing_house, supporter, letter, label="printed letter by post")
tm.flow(agency, supporter, call, protocol="phone")
tm.flow(supporter, agency, pledge, protocol="phone")

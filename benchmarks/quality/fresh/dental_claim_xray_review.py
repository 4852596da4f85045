"""Dental claim X-ray review: the first design, before any security review.

A US dental insurer checks that the procedures a dentist bills are supported by
the radiographs sent with the claim. Dentists submit claims and X-rays through
the provider portal, or through their EDI clearinghouse. An in-house vision
model reads each X-ray and reports whether the billed CDT procedures (crowns,
root canals, scaling) are visible; the adjudication service combines that with
the member's plan benefits. For denials and partial denials, a hosted LLM (under
a BAA) drafts the explanation sent to the dentist, and a claims reviewer must
approve every denial in the review workbench; approvals go out automatically.
Reviewer decisions become labels for periodic retraining of the vision model.
Controls in this design: provider login with MFA, TLS on external links, KMS
encryption of the claims store, SSO and role-based access for reviewers, audit
logs in the workbench, vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental claim X-ray review",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Vision model checks dental X-rays against billed procedures; an LLM drafts "
    "denial explanations that claims reviewers approve.",
)

# ---------------------------------------------------------------- data assets
claim = tg.Data(
    "Dental claim",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="ADA claim / 837D: member, provider, tooth numbers, billed CDT codes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
xrays = tg.Data(
    "Dental X-rays",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Bitewing, periapical and panoramic radiographs attached to the claim.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
findings = tg.Data(
    "Procedure support findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per billed procedure: supported / not supported, with a confidence.",
)
benefits = tg.Data(
    "Plan benefits and coverage rules", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
explain_prompt = tg.Data(
    "Explanation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Claim lines, model findings and the applicable plan clause.",
)
draft = tg.Data(
    "Draft decision explanation", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
proposed = tg.Data(
    "Proposed denial",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Denied lines, the findings and the draft explanation, for the reviewer.",
)
decision = tg.Data(
    "Claim decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Approved or denied lines and the explanation sent to the dentist.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_labels = tg.Data("Reviewer labels", kind="labels", sensitivity=tg.Sensitivity.REGULATED)
training_images = tg.Data(
    "Labeled X-ray training set", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
weights = tg.Data(
    "X-ray model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Dental offices submitting claims and reading decisions.
    dentist = tm.add(tg.Actor("Dental office staff", role="provider"))

with tm.boundary("EDI clearinghouse", trust=tg.Trust.PARTNER):
    # Most practices send claims through a clearinghouse rather than the portal.
    clearinghouse = tm.add(
        tg.DataSource(
            "Claims clearinghouse",
            origin=tg.Origin.PARTNER,
            provides={claim, xrays},
            description="837D batches with X-ray attachments.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that writes the plain-language explanation of a decision.
    llm = tm.add(
        tg.LLM(
            "Explanation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted chat model, called under a BAA.",
            controls={c.SupplierAssessment(note="BAA signed, zero data retention agreed")},
        )
    )

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Where dentists upload claims and X-rays and read decisions.
    portal = tm.add(
        tg.Endpoint(
            "Provider portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password with MFA")},
        )
    )
    # Normalises portal and clearinghouse claims and files the images.
    intake = tm.add(tg.Service("Claims intake service"))
    # Orchestrates the review: model findings + benefits + LLM explanation.
    adjudication = tm.add(
        tg.Service(
            "Adjudication service",
            description="Auto-approves supported claims; routes denials to a reviewer.",
        )
    )
    # Vision model that decides whether the X-rays support each billed procedure.
    xray_model = tm.add(
        tg.Model(
            "X-ray procedure support model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Detects restorations, endodontic treatment and calculus per tooth.",
        )
    )
    # Coverage rules per plan (frequency limits, waiting periods).
    benefits_db = tm.add(tg.DataStore("Benefits database", stores={benefits}))
    # Reviewers approve denials here.
    workbench = tm.add(
        tg.Service(
            "Claims review workbench",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="claims reviewer",
                    note="every denial or partial denial; approvals are not reviewed",
                ),
            },
        )
    )

    with tm.boundary("PHI data tier", trust=tg.Trust.RESTRICTED):
        # System of record for claims, images and decisions.
        claims_store = tm.add(
            tg.DataStore(
                "Claims and image store",
                stores={claim, xrays, decision},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # X-rays with reviewer labels, for retraining.
    train_set = tm.add(tg.Dataset("X-ray training set", stores={training_images, review_labels}))
    # Quarterly retraining of the vision model.
    training = tm.add(tg.Pipeline("X-ray model training", stage=tg.Stage.TRAINING))
    # Versions of the vision model that serving loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Licensed dental consultants and claims examiners.
    reviewer = tm.add(tg.Actor("Claims reviewer", role="claims reviewer"))

# ---------------------------------------------------------------- flows
tm.flow(dentist, portal, claim, xrays, protocol="https")
tm.flow(clearinghouse, intake, claim, xrays, protocol="sftp", label="837D batches")
tm.flow(portal, intake, claim, xrays)
tm.flow(intake, claims_store, claim, xrays)

tm.flow(claims_store, xray_model, xrays, claim, label="images and billed codes")
tm.flow(xray_model, adjudication, findings)
tm.flow(claims_store, adjudication, claim)
tm.flow(benefits_db, adjudication, benefits)
tm.flow(adjudication, llm, explain_prompt, protocol="https")
tm.flow(llm, adjudication, draft, protocol="https")

tm.flow(adjudication, workbench, proposed, label="denials only")
tm.flow(claims_store, workbench, xrays, claim)
tm.flow(workbench, reviewer, proposed, xrays, protocol="https")
tm.flow(reviewer, workbench, decision, protocol="https", label="approve, edit or overturn")
tm.flow(workbench, adjudication, decision)
tm.flow(adjudication, claims_store, decision)
tm.flow(adjudication, portal, decision)
tm.flow(portal, dentist, decision, protocol="https")

tm.flow(workbench, train_set, review_labels)
tm.flow(claims_store, train_set, xrays, label="images of reviewed claims")
tm.flow(train_set, training, training_images, review_labels)
tm.flow(training, registry, weights)
tm.flow(registry, xray_model, weights, label="deploy")

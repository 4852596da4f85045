"""Children's hospice family support rota LLM: the first design, before any security review.

A children's hospice in England runs home and in-hospice support visits for the families
of the children in its care. Volunteers and nurses give their availability, and families
give their visit preferences (times, siblings to include, who they are comfortable with),
through online forms. A drafting service in the hospice's Microsoft 365 tenant collects
the responses and asks a hosted LLM (UK region) to draft the fortnightly visit rota; after
each visit it also pulls the nurse's notes from the clinical record system and asks the
LLM for a visit summary. The care coordinator reviews, edits and approves every rota and
every summary in a review app; approved rotas are published to the volunteer management
system, which emails volunteers and nurses, and approved summaries are filed in the
child's clinical record. Controls: staff sign in with Microsoft 365 and MFA, HTTPS
everywhere, the LLM vendor was vetted and does not keep or train on prompts, and the
clinical record system keeps its role-based access and audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Children's hospice family support rota LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts visit rotas and visit summaries for a children's hospice; "
    "the care coordinator approves each one.",
)

# ---------------------------------------------------------------- data assets
availability = tg.Data(
    "Availability forms",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Volunteers' and nurses' available days, travel area, skills and DBS status.",
)
preferences = tg.Data(
    "Family visit preferences",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Child's name, home address, condition and care needs, preferred times "
    "and visitors; special-category health data about children.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
nurse_notes = tg.Data(
    "Nurse visit notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Clinical and family-support notes written after each visit.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
rota_prompt = tg.Data(
    "Rota drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, availability and family preferences.",
)
summary_prompt = tg.Data(
    "Summary drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions and one visit's nurse notes.",
)
draft_rota = tg.Data("Draft visit rota", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
draft_summary = tg.Data(
    "Draft visit summary", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
approved_rota = tg.Data(
    "Approved visit rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who visits which family when, with the family's address.",
)
approved_summary = tg.Data(
    "Approved visit summary", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
coordinator_edits = tg.Data(
    "Coordinator approval and edits", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
rota_email = tg.Data("Rota notification e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers fill in the availability form from their own devices.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))
    # Parents or guardians give their visit preferences.
    family = tm.add(tg.Actor("Family member", role="parent or guardian"))

with tm.boundary("Forms and volunteer SaaS", trust=tg.Trust.PARTNER):
    # Hosted online forms that collect availability and preferences.
    forms = tm.add(
        tg.ExternalService(
            "Online forms service",
            provides="generic",
            description="Public form links sent to volunteers, nurses and families.",
        )
    )
    # Existing volunteer management SaaS that holds the published rota and e-mails people.
    vms = tm.add(
        tg.ExternalService(
            "Volunteer management system",
            provides="generic",
            description="Publishes the approved rota and e-mails each visitor their visits.",
        )
    )

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Hosted LLM that drafts rotas and summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model that drafts rotas and visit summaries.",
            controls={
                c.SupplierAssessment(note="DPA signed; no retention, no training on prompts")
            },
        )
    )

with tm.boundary("Hospice Microsoft 365 tenant", trust=tg.Trust.INTERNAL):
    # Collects forms and notes, builds the prompts and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Rota and summary drafting service",
            description="Fortnightly rota drafts; a summary draft after each visit note is signed.",
        )
    )
    # SharePoint list holding form responses and drafts waiting for review.
    workspace = tm.add(
        tg.DataStore(
            "Rota workspace",
            stores={availability, preferences, draft_rota, draft_summary},
            controls={c.EncryptionAtRest(key_management="Microsoft-managed keys")},
        )
    )
    # Where the coordinator reads, edits and approves each draft.
    review_app = tm.add(
        tg.Endpoint(
            "Coordinator review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.HumanInTheLoop(approver="the care coordinator, every rota and every summary"),
            },
        )
    )
    # Approves every rota and summary before anything leaves the workspace.
    coordinator = tm.add(tg.Actor("Care coordinator", role="coordinator", privileged=True))
    # Writes visit notes in the clinical record and gives availability by form.
    nurse = tm.add(tg.Actor("Nurse", role="nurse"))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # Existing hosted clinical record system: the child's record of care.
        epr = tm.add(
            tg.DataStore(
                "Clinical record system (EPR)",
                stores={nurse_notes, approved_summary},
                controls={c.RBAC(), c.AuditLogging(), c.EncryptionAtRest()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(volunteer, forms, availability, protocol="https")
tm.flow(nurse, forms, availability, protocol="https")
tm.flow(family, forms, preferences, protocol="https")
tm.flow(forms, drafter, availability, preferences, protocol="https", label="form responses export")

tm.flow(drafter, workspace, availability, preferences, draft_rota, draft_summary)
tm.flow(workspace, drafter, availability, preferences)
tm.flow(nurse, epr, nurse_notes, protocol="https")
tm.flow(epr, drafter, nurse_notes, protocol="https", label="signed visit notes")

tm.flow(drafter, llm, rota_prompt, summary_prompt, protocol="https")
tm.flow(llm, drafter, draft_rota, draft_summary, protocol="https")

tm.flow(workspace, review_app, draft_rota, draft_summary, preferences)
tm.flow(review_app, coordinator, draft_rota, draft_summary, preferences, protocol="https")
tm.flow(coordinator, review_app, coordinator_edits, protocol="https")
tm.flow(review_app, workspace, coordinator_edits)

tm.flow(review_app, vms, approved_rota, protocol="https", label="publish approved rota")
tm.flow(review_app, epr, approved_summary, protocol="https", label="file approved summary")
tm.flow(vms, volunteer, rota_email, protocol="smtp+starttls")
tm.flow(vms, nurse, rota_email, protocol="smtp+starttls")

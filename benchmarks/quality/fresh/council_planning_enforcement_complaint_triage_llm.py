"""Planning enforcement complaint triage: the first design, before any security review.

Members of the public report suspected unauthorised building work (extensions,
change of use, works to listed buildings, breaches of conditions) through an online
form on the council website; no account is needed and complaints may be anonymous.
Each complaint becomes a case in the planning enforcement case management system.
A triage service picks up new cases, looks up the site's planning history in the
planning register, and asks an LLM in the council's cloud tenancy to summarise the
complaint, suggest the breach type and a priority under the local enforcement plan.
The suggestion is written back to the case, and the duty enforcement officer
confirms or changes it before any site visit is booked. Officers sign in with the
council's SSO; complainants get an acknowledgement e-mail through GOV.UK Notify.
A DPIA covers the processing, and complainants' contact details are stripped before
anything is sent to the model.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Planning enforcement complaint triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM-suggested breach type and priority for public complaints about "
        "unauthorised building work, confirmed by enforcement officers."
    ),
)

# ---------------------------------------------------------------- data assets
complaint = tg.Data(
    "Enforcement complaint",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description=(
        "Site address, description of the works, when they started; optionally the "
        "complainant's name, e-mail and phone, and the owner's name if known."
    ),
)
complaint_photos = tg.Data(
    "Complaint photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the site taken by the complainant; may show people and homes.",
)
case_reference = tg.Data("Case reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
enforcement_case = tg.Data(
    "Enforcement case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Complaint, parties, site, officer notes, priority and case history.",
)
planning_history = tg.Data(
    "Site planning history",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Applications, decisions and conditions on record for the site address.",
)
priority_criteria = tg.Data(
    "Enforcement priority criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Priority bands and breach types from the local enforcement plan.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Priority criteria, planning history and the complaint text, contact details removed.",
)
suggested_triage = tg.Data(
    "Suggested triage",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Summary, suggested breach type and priority band, with reasons.",
)
officer_decision = tg.Data(
    "Officer triage decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed priority, breach type and next step, with the officer's notes.",
)
acknowledgement = tg.Data(
    "Complaint acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail to the complainant with the case reference and expected timescale.",
)
triage_log = tg.Data(
    "Triage log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Each prompt sent and answer received, with case id and time.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Neighbours, parish councils, anyone who sees building work; may stay anonymous.
    public = tm.add(tg.Actor("Member of the public", role="complainant"))

with tm.boundary("Council web platform", trust=tg.Trust.INTERNAL):
    # The public form; anonymous by design so people are not put off reporting.
    form = tm.add(
        tg.Endpoint(
            "Enforcement complaint form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.InputValidation(
                    note="required fields, address lookup, photo type and size limits"
                )
            },
        )
    )

with tm.boundary("Council data centre", trust=tg.Trust.INTERNAL):
    # The enforcement team's case management application, where officers work cases.
    case_app = tm.add(
        tg.Service(
            "Enforcement case management application",
            controls={
                tg.controls.Authentication(method="council Entra ID SSO with MFA"),
                tg.controls.RBAC(note="planning enforcement role"),
                tg.controls.AuditLogging(note="case views and edits"),
            },
        )
    )
    # Database behind the case application: the system of record for enforcement cases.
    case_db = tm.add(
        tg.DataStore(
            "Enforcement case database",
            stores={enforcement_case, suggested_triage, officer_decision},
            controls={tg.controls.EncryptionAtRest(key_management="SQL Server TDE")},
        )
    )
    # Complaint photos, held in the council's document management system.
    attachments = tm.add(tg.DataStore("Case document store", stores={complaint_photos}))
    # The planning applications register, read for the site's history.
    register = tm.add(tg.DataStore("Planning applications register", stores={planning_history}))

with tm.boundary("Council cloud subscription", trust=tg.Trust.INTERNAL):
    # Picks up new cases, builds the prompt, calls the LLM and writes the suggestion back.
    triage = tm.add(
        tg.Service(
            "Complaint triage service",
            description=(
                "Polls for new complaints every 15 minutes; the suggestion is written to "
                "the case as advisory and the officer sets the priority."
            ),
            controls={
                tg.controls.DataMinimization(
                    note="complainant name, e-mail and phone removed before the prompt"
                ),
                tg.controls.HumanInTheLoop(
                    approver="the duty enforcement officer, for every complaint"
                ),
                tg.controls.ImpactAssessment(basis="public task, UK GDPR Art. 6(1)(e)"),
                tg.controls.SecretsManagement(note="model endpoint key in Key Vault"),
            },
        )
    )
    # The enforcement priority bands the prompt quotes, kept as a configuration file.
    criteria_store = tm.add(
        tg.DataStore("Enforcement priority guidance", stores={priority_criteria})
    )
    # Record of every prompt and answer, for complaints about how a case was handled.
    log_store = tm.add(
        tg.DataStore(
            "Triage log store",
            stores={triage_log},
            controls={tg.controls.AuditLogging(retention_days=730)},
        )
    )

with tm.boundary("Model provider", trust=tg.Trust.PARTNER):
    # A hosted general-purpose model deployed in the council's tenancy, UK region.
    llm = tm.add(
        tg.LLM(
            "Complaint triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Summarises complaints and suggests breach type and priority.",
            controls={
                tg.controls.SupplierAssessment(
                    note="UK region, no prompt retention, abuse monitoring opt-out agreed"
                )
            },
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government notification service used for the acknowledgement e-mails.
    notify = tm.add(tg.ExternalService("GOV.UK Notify"))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Planning enforcement officers who confirm triage and run investigations.
    officer = tm.add(tg.Actor("Enforcement officer", role="planning enforcement officer"))
    # Team leader who owns the local enforcement plan's priority bands.
    team_leader = tm.add(tg.Actor("Enforcement team leader", role="team lead", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(public, form, complaint, complaint_photos, protocol="https")
tm.flow(form, public, case_reference, protocol="https")
tm.flow(form, case_app, complaint, protocol="https")
tm.flow(form, attachments, complaint_photos, protocol="https")
tm.flow(case_app, case_db, enforcement_case)
tm.flow(case_app, notify, acknowledgement, protocol="https")
tm.flow(notify, public, acknowledgement, protocol="smtp", label="acknowledgement e-mail")

tm.flow(case_db, triage, enforcement_case, protocol="https", label="new complaints")
tm.flow(register, triage, planning_history, protocol="https")
tm.flow(criteria_store, triage, priority_criteria)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, suggested_triage, protocol="https")
tm.flow(triage, case_db, suggested_triage, protocol="https")
tm.flow(triage, log_store, triage_log)

tm.flow(case_db, case_app, enforcement_case, suggested_triage)
tm.flow(attachments, case_app, complaint_photos)
tm.flow(case_app, officer, enforcement_case, suggested_triage, complaint_photos, protocol="https")
tm.flow(officer, case_app, officer_decision, protocol="https")
tm.flow(case_app, case_db, officer_decision, label="officer decision")
tm.flow(team_leader, criteria_store, priority_criteria, protocol="https", label="updates bands")

"""Teaching lab experiment safety assistant: a chemistry department's first design.

Undergraduate chemistry students upload the method write-up of each experiment they
plan to run in the teaching lab. A review service in the university's cloud tenancy
looks up the chemicals the method names in the department's chemical inventory
(quantities, hazard statements and supplier safety data sheets), adds the
department's safety guidance, and asks a vendor-hosted LLM to draft a hazard
assessment: the hazards, the controls and PPE needed, and anything that should stop
the experiment. The lab demonstrator reads the write-up and the draft in a review
console and approves or rejects the plan; the student sees the outcome in the portal.
Students and staff sign in with university SSO and MFA; the console is limited to
the module's demonstrators by role. Every prompt and draft is logged, uploads are
checked for type and size, and a plan never proceeds without the demonstrator's
approval: if no draft is produced it waits in the queue for a manual assessment.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Teaching lab experiment safety assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted hazard assessments of students' planned experiments, "
    "approved by the lab demonstrator.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "University sign-in",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="SSO password and MFA response entered at the identity provider.",
)
id_token = tg.Data(
    "SSO identity token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
write_up = tg.Data(
    "Experiment method write-up",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Student's planned procedure with reagents, quantities and conditions; "
    "carries the student's name, ID and module.",
)
inventory_records = tg.Data(
    "Chemical inventory records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Chemicals held, quantities, storage, GHS hazard statements.",
)
sds = tg.Data(
    "Safety data sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Suppliers' SDS PDFs attached to inventory entries.",
)
guidance = tg.Data(
    "Department safety guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="COSHH guidance, restricted reagents, scale limits for teaching labs.",
)
prompt = tg.Data(
    "Hazard review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the write-up, matched inventory entries, SDS extracts and guidance.",
)
draft = tg.Data(
    "Draft hazard assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Hazards found, required controls and PPE, and a proceed or stop suggestion.",
)
decision = tg.Data(
    "Demonstrator approval decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Approve or reject, with the demonstrator's comments and edits.",
)
notification = tg.Data(
    "Review notification e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tells the demonstrator a draft is waiting, or the student the outcome.",
)
audit_entries = tg.Data("Prompt and draft log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Undergraduates, writing up their plans from their own laptops.
    student = tm.add(tg.Actor("Chemistry student", role="student"))

with tm.boundary("Chemical suppliers", trust=tg.Trust.PARTNER):
    # Supplier websites the technicians download safety data sheets from.
    supplier_sds = tm.add(
        tg.DataSource("Supplier SDS downloads", origin=tg.Origin.VENDOR, provides={sds})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model under the university's enterprise agreement; drafts the assessment.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts the hazard assessment a demonstrator relies on.",
            controls={c.SupplierAssessment(note="university procurement, no training on our data")},
        )
    )

with tm.boundary("Microsoft 365 tenancy", trust=tg.Trust.PARTNER):
    # University single sign-on for students and staff.
    sso = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))
    # University mail service used for review notifications.
    mail = tm.add(tg.ExternalService("University e-mail service"))

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where students upload write-ups and see the outcome.
    portal = tm.add(
        tg.Endpoint(
            "Experiment plan portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="university SSO (Entra ID) with MFA"),
                c.InputValidation(note="PDF or DOCX only, 10 MB limit"),
            },
        )
    )
    # Builds the prompt from the write-up, inventory and guidance, and calls the LLM.
    review_service = tm.add(
        tg.Service(
            "Hazard review service",
            controls={
                c.HumanInTheLoop(approver="the lab demonstrator for the module"),
                c.AuditLogging(retention_days=365),
                c.FailClosed(
                    fallback="plans with no draft stay in the demonstrator's queue for a "
                    "manual assessment"
                ),
            },
        )
    )
    # Write-ups, drafts and decisions: the record of each plan's review.
    review_records = tm.add(
        tg.DataStore(
            "Experiment review records",
            stores={write_up, draft, decision},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys"), c.RBAC()},
        )
    )
    # What was sent to and returned by the LLM, for later investigation.
    audit_log = tm.add(tg.DataStore("LLM audit log", stores={audit_entries}))
    # Department's COSHH guidance and restricted-reagent list the prompt quotes.
    guidance_store = tm.add(tg.DataStore("Safety guidance library", stores={guidance}))
    # Demonstrators' screen for reading drafts and approving plans.
    console = tm.add(
        tg.Endpoint(
            "Demonstrator review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (Entra ID) with MFA"),
                c.RBAC(note="demonstrators see only their module's plans"),
            },
        )
    )

with tm.boundary("Department network", trust=tg.Trust.INTERNAL):
    # Department chemical inventory system, maintained by the lab technicians.
    inventory = tm.add(
        tg.DataStore(
            "Chemical inventory",
            stores={inventory_records, sds},
            controls={c.RBAC(note="technicians edit, everyone else reads")},
        )
    )
    # Keeps the inventory and its safety data sheets current.
    technician = tm.add(tg.Actor("Lab technician", role="technician"))
    # Postgraduate demonstrator who approves or rejects each plan.
    demonstrator = tm.add(tg.Actor("Lab demonstrator", role="demonstrator"))

# ---------------------------------------------------------------- flows
tm.flow(student, sso, sign_in, protocol="https")
tm.flow(sso, portal, id_token, protocol="oidc")
tm.flow(student, portal, write_up, protocol="https", label="upload planned method")
tm.flow(portal, student, decision, draft, protocol="https", label="outcome and approved assessment")
tm.flow(portal, review_service, write_up)

tm.flow(
    inventory,
    review_service,
    inventory_records,
    sds,
    protocol="https",
    label="entries for the named chemicals",
)
tm.flow(guidance_store, review_service, guidance)
tm.flow(review_service, llm, prompt, protocol="https")
tm.flow(llm, review_service, draft, protocol="https")
tm.flow(review_service, audit_log, audit_entries)
tm.flow(review_service, review_records, write_up, draft)

tm.flow(review_service, mail, notification, protocol="https")
tm.flow(mail, demonstrator, notification, protocol="smtps")
tm.flow(demonstrator, sso, sign_in, protocol="https")
tm.flow(sso, console, id_token, protocol="oidc")
tm.flow(review_records, console, write_up, draft)
tm.flow(console, demonstrator, write_up, draft, protocol="https")
tm.flow(demonstrator, console, decision, protocol="https", label="approve or reject")
tm.flow(console, review_records, decision)
tm.flow(review_records, portal, decision, draft)
tm.flow(portal, mail, notification, protocol="https")
tm.flow(mail, student, notification, protocol="smtps")

tm.flow(supplier_sds, technician, sds, protocol="https")
tm.flow(technician, inventory, inventory_records, sds, protocol="https")

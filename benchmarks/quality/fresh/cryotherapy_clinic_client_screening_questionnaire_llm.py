"""Cryotherapy clinic: client screening questionnaire LLM (first design).

A UK chain of whole-body cryotherapy clinics screens every new client for
contraindications (heart disease, high blood pressure, Raynaud's, cold urticaria,
pregnancy) before a first session in the -110 C chamber. A booking on the clinics'
hosted booking platform notifies our screening service, which e-mails the client a
link to a health questionnaire. The answers, many in free text, go with the
medical advisor's criteria to a hosted LLM that summarises them and suggests an
outcome: cleared, GP clearance needed, or not suitable. A technician confirms
every outcome in a staff console before the first session; the outcome then goes
to the booking platform and to the client by e-mail. Controls: single-use form
links, staff SSO with MFA, role-based access to encrypted health records, an
audit log of model calls, and an LLM vendor vetted under a zero-retention DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cryotherapy client screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-assisted pre-treatment health screening for cryotherapy clients, "
    "confirmed by a technician.",
)

# ---------------------------------------------------------------- data assets
booking_notice = tg.Data(
    "New booking notification",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Client name, e-mail, phone, clinic and appointment time.",
)
invite = tg.Data("Questionnaire invitation e-mail", sensitivity=tg.Sensitivity.PII, kind="records")
answers = tg.Data(
    "Health questionnaire answers",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Yes/no answers plus free-text detail on conditions and medication.",
)
receipt = tg.Data("Submission receipt", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
criteria = tg.Data(
    "Contraindication criteria",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Written by the clinic's medical advisor; included in every prompt.",
)
prompt = tg.Data(
    "Screening prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Instructions, criteria and the client's answers.",
)
suggestion = tg.Data(
    "Screening summary and suggested outcome",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
)
outcome = tg.Data(
    "Confirmed screening outcome",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
clearance = tg.Data("Booking clearance status", sensitivity=tg.Sensitivity.PII, kind="records")
outcome_mail = tg.Data("Outcome e-mail", sensitivity=tg.Sensitivity.REGULATED, kind="records")
call_log = tg.Data("Model call log", sensitivity=tg.Sensitivity.REGULATED, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person booked in; fills the questionnaire from their own phone or PC.
    client = tm.add(tg.Actor("Client", role="cryotherapy client"))

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # The hosted booking system the clinics already use for appointments and payments.
    booking_platform = tm.add(tg.ExternalService("Clinic booking platform"))

with tm.boundary("E-mail vendor", trust=tg.Trust.PARTNER):
    # Transactional e-mail for invitations and outcomes.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the answers against the criteria and drafts the screening suggestion.
    llm = tm.add(
        tg.LLM(
            "Screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted general-purpose model; suggests cleared, GP clearance "
            "needed, or not suitable, with reasons.",
            controls={
                c.SupplierAssessment(
                    note="vendor reviewed; UK/EU processing, zero data retention under the DPA"
                )
            },
        )
    )

with tm.boundary("Clinic cloud", trust=tg.Trust.INTERNAL):
    # The web form clients open from the e-mailed link.
    portal = tm.add(
        tg.Endpoint(
            "Questionnaire portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="single-use questionnaire link sent by e-mail"),
                c.InputValidation(note="form schema with length limits on free text"),
            },
        )
    )
    # Receives bookings, sends invitations, runs the LLM step and reports outcomes.
    screening = tm.add(
        tg.Service(
            "Screening service",
            description="Builds the prompt from criteria and answers, calls the LLM, "
            "queues the suggestion for a technician and publishes the confirmed outcome.",
            controls={
                c.HumanInTheLoop(
                    approver="cryotherapy technician",
                    note="every outcome is confirmed by a technician before a first session",
                )
            },
        )
    )
    # The medical advisor's rules the model is asked to apply.
    criteria_store = tm.add(tg.DataStore("Contraindication criteria store", stores={criteria}))
    # Record of every prompt and completion, for later review.
    audit_log = tm.add(
        tg.DataStore(
            "Screening audit log",
            stores={call_log},
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Where technicians confirm outcomes and the medical advisor edits the criteria.
    console = tm.add(
        tg.Endpoint(
            "Technician review console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Health data tier", trust=tg.Trust.RESTRICTED):
        # Questionnaire answers, suggestions and confirmed outcomes per client.
        records = tm.add(
            tg.DataStore(
                "Client screening records",
                stores={answers, suggestion, outcome},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                },
            )
        )

with tm.boundary("Clinic premises", trust=tg.Trust.INTERNAL):
    # Reviews each suggestion and talks to the client on the day.
    technician = tm.add(tg.Actor("Cryotherapy technician", role="clinic staff"))
    # Owns and updates the contraindication criteria.
    advisor = tm.add(tg.Actor("Medical advisor", role="clinical lead", privileged=True))

# ---------------------------------------------------------------- flows
# invitation
tm.flow(booking_platform, screening, booking_notice, protocol="https", label="new booking webhook")
tm.flow(screening, email, invite, protocol="https")
tm.flow(email, client, invite, protocol="smtp")

# questionnaire
tm.flow(client, portal, answers, protocol="https")
tm.flow(portal, client, receipt, protocol="https")
tm.flow(portal, screening, answers)
tm.flow(screening, records, answers)

# LLM screening
tm.flow(criteria_store, screening, criteria)
tm.flow(screening, llm, prompt, protocol="https")
tm.flow(llm, screening, suggestion, protocol="https")
tm.flow(screening, records, suggestion, label="queued for review")
tm.flow(screening, audit_log, call_log)

# technician review
tm.flow(records, console, answers, suggestion)
tm.flow(console, technician, answers, suggestion, protocol="https")
tm.flow(technician, console, outcome, protocol="https")
tm.flow(console, records, outcome)

# publishing the outcome
tm.flow(records, screening, outcome, label="confirmed outcomes")
tm.flow(screening, booking_platform, clearance, protocol="https")
tm.flow(screening, email, outcome_mail, protocol="https")
tm.flow(email, client, outcome_mail, protocol="smtp")

# criteria upkeep
tm.flow(advisor, console, criteria, protocol="https", label="edits criteria")
tm.flow(console, criteria_store, criteria)

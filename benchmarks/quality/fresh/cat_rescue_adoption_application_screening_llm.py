"""Cat rescue adoption screening assistant: the first design, before any security review.

A small cat rescue charity takes adoption applications through a form on its website
(home, household, other pets, working hours, landlord permission). A volunteer visits
the home and files notes in a volunteer portal. A summarisation service in the
charity's cloud tenancy sends the application, the notes and the cat's profile to a
hosted LLM and stores a one-page summary for the adoption panel. Trustees read the
summaries in a panel dashboard and record accept or reject; the LLM then drafts the
e-mail to the applicant, which the adoption coordinator edits and approves before it
goes out through the charity's e-mail provider. Controls: HTTPS, a CAPTCHA and field
checks on the form, Google Workspace sign-in with 2-step verification for the panel,
e-mail-and-password accounts for volunteers, encryption at rest on the database, and
the coordinator's approval of every e-mail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cat rescue adoption application screening",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM summaries of adoption applications and home-visit notes for the adoption "
        "panel, and drafted acceptance or rejection e-mails to applicants."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Adoption application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, household members and children, other pets, housing "
    "and landlord permission, working hours, previous pets.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
visit_notes = tg.Data(
    "Home-visit notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text observations from the volunteer's visit to the applicant's home.",
)
cat_profile = tg.Data(
    "Cat profile",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperament, health and medical notes, and the home the cat needs.",
)
summary_prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus the application, the visit notes and the cat profile.",
)
panel_summary = tg.Data("Panel summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
panel_decision = tg.Data(
    "Panel decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accept or reject, with the panel's reasons.",
)
email_prompt = tg.Data(
    "E-mail drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The decision, the panel's reasons and the applicant's name.",
)
draft_email = tg.Data("Draft decision e-mail", kind="model-output", sensitivity=tg.Sensitivity.PII)
decision_email = tg.Data("Decision e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who want to adopt a cat.
    applicant = tm.add(tg.Actor("Applicant", role="prospective adopter"))
    # Volunteers who visit applicants' homes and write notes from their own phones.
    volunteer = tm.add(tg.Actor("Home-visit volunteer", role="volunteer"))
    # Trustees on the adoption panel, signing in from home.
    panel_member = tm.add(tg.Actor("Adoption panel member", role="trustee"))
    # The part-time staff member who runs adoptions and sends the decision e-mails.
    coordinator = tm.add(tg.Actor("Adoption coordinator", role="staff", privileged=True))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public adoption form on the charity's website.
    form = tm.add(
        tg.Endpoint(
            "Adoption application form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.InputValidation(note="CAPTCHA, required fields and length limits"),
            },
        )
    )
    # Where visiting volunteers type up their notes after a home visit.
    volunteer_portal = tm.add(
        tg.Endpoint(
            "Volunteer visit portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Where the panel reads summaries and records decisions, and the coordinator
    # reviews the drafted e-mails.
    dashboard = tm.add(
        tg.Endpoint(
            "Panel dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace sign-in with 2-step verification"),
                c.HumanInTheLoop(
                    approver="adoption coordinator",
                    note="every drafted e-mail is read, edited and approved before it is sent",
                ),
            },
        )
    )
    # Builds the prompts, calls the LLM and stores what comes back.
    summariser = tm.add(
        tg.Service(
            "Summarisation service",
            description="Runs when a visit's notes are filed and when the panel records "
            "a decision; calls the hosted LLM with the charity's API key.",
        )
    )
    # The system of record for applications, visits, cats, summaries and decisions.
    app_db = tm.add(
        tg.DataStore(
            "Applications database",
            stores={
                application,
                visit_notes,
                cat_profile,
                panel_summary,
                panel_decision,
                draft_email,
            },
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Summarises applications and visit notes for the panel's "
            "accept/reject decision, and drafts the decision e-mails.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The charity's transactional e-mail provider.
    mailer = tm.add(tg.ExternalService("E-mail service", provides="generic"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, form, application, protocol="https")
tm.flow(form, app_db, application)

tm.flow(volunteer, volunteer_portal, visit_notes, protocol="https")
tm.flow(volunteer_portal, app_db, visit_notes)
tm.flow(app_db, volunteer_portal, application, label="visit details for the volunteer")
tm.flow(volunteer_portal, volunteer, application, protocol="https")

tm.flow(app_db, summariser, application, visit_notes, cat_profile)
tm.flow(summariser, llm, summary_prompt, protocol="https")
tm.flow(llm, summariser, panel_summary, protocol="https")
tm.flow(summariser, app_db, panel_summary)

tm.flow(app_db, dashboard, panel_summary, application, visit_notes, draft_email)
tm.flow(dashboard, panel_member, panel_summary, application, visit_notes, protocol="https")
tm.flow(panel_member, dashboard, panel_decision, protocol="https")
tm.flow(dashboard, app_db, panel_decision)

tm.flow(app_db, summariser, panel_decision, label="decision recorded")
tm.flow(summariser, llm, email_prompt, protocol="https")
tm.flow(llm, summariser, draft_email, protocol="https")
tm.flow(summariser, app_db, draft_email)

tm.flow(dashboard, coordinator, draft_email, protocol="https")
tm.flow(coordinator, dashboard, decision_email, protocol="https", label="edits and approves")
tm.flow(dashboard, mailer, decision_email, protocol="https")
tm.flow(mailer, applicant, decision_email, protocol="smtp")

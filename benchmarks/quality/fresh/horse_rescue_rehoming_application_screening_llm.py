"""Horse rescue rehoming application screening: the first design.

People who want to rehome one of the charity's horses fill in a long online
application on the charity's website: their address, experience, the yard or
field where the horse would live, grazing, shelter, other animals, their vet
and farrier, and references. They upload photos of the yard, stables and
fencing. Applications and photos are kept in the charity's cloud tenancy. A
summary service sends each application, its photos, the chosen horse's needs
and the charity's rehoming criteria to a hosted LLM, which returns a short
summary and a list of gaps or concerns. The rehoming officer reads these in the
case console (staff sign in with Google Workspace and 2-step verification),
arranges a home check by a volunteer by e-mail, and makes the decision, which
is e-mailed to the applicant. The form checks uploads and is rate limited; the
LLM provider's terms were reviewed for no training on API data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Horse rescue rehoming application screening",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Online rehoming applications with yard photos, summarised and gap-checked by a "
        "hosted LLM for the rehoming officer, who arranges a home check and decides."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Rehoming application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, experience, yard details, vet, farrier and references.",
)
yard_photos = tg.Data(
    "Yard photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the applicant's yard, stables and fencing, often with location data.",
)
horse_profile = tg.Data(
    "Horse profiles",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Each horse's health, temperament, stabling and grazing needs.",
)
criteria = tg.Data("Rehoming criteria", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, criteria, horse needs, the application and its photos.",
)
summary = tg.Data(
    "Application summary and gap flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
home_check_request = tg.Data(
    "Home check request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant name, address, phone and what to look at.",
)
home_check_report = tg.Data("Home check report", kind="documents", sensitivity=tg.Sensitivity.PII)
decision = tg.Data("Rehoming decision", kind="records", sensitivity=tg.Sensitivity.PII)
outcome_email = tg.Data(
    "Application outcome e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can apply to rehome a horse.
    applicant = tm.add(tg.Actor("Applicant", role="prospective rehomer"))
    # Volunteers visit the yard; they use their own e-mail accounts.
    volunteer = tm.add(tg.Actor("Home check volunteer", role="volunteer"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public application form and photo upload on the charity website.
    portal = tm.add(
        tg.Endpoint(
            "Application portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="image type and size limits on photo uploads"),
            },
        )
    )
    # Holds submitted applications, summaries, home check reports and decisions.
    applications_db = tm.add(
        tg.DataStore(
            "Applications database",
            stores={application, summary, home_check_report, decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Object storage for uploaded yard photos.
    photo_store = tm.add(tg.DataStore("Yard photo storage", stores={yard_photos}))
    # The horses available for rehoming and their needs.
    horse_db = tm.add(tg.DataStore("Horse records", stores={horse_profile}))
    # The charity's written rehoming policy, included in every prompt.
    criteria_store = tm.add(tg.DataStore("Rehoming criteria document", stores={criteria}))
    # Builds the prompt for each new application and stores the result.
    summariser = tm.add(
        tg.Service(
            "Application summary service",
            description="Runs when an application is submitted; calls the LLM once per application.",
        )
    )
    # Where the officer reviews applications and records decisions.
    console = tm.add(
        tg.Endpoint(
            "Case console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2-step verification"),
                c.HumanInTheLoop(approver="rehoming officer"),
            },
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # A hosted multimodal model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Summarises the application and lists gaps against the criteria.",
            controls={c.SupplierAssessment(note="API terms: no training on customer data")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The charity's Google Workspace mail, used to reach volunteers and applicants.
    email = tm.add(tg.ExternalService("Charity e-mail service"))

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Staff member who screens applications and decides.
    officer = tm.add(tg.Actor("Rehoming officer", role="rehoming officer"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application, yard_photos, protocol="https")
tm.flow(portal, applications_db, application)
tm.flow(portal, photo_store, yard_photos)

tm.flow(applications_db, summariser, application)
tm.flow(photo_store, summariser, yard_photos)
tm.flow(horse_db, summariser, horse_profile)
tm.flow(criteria_store, summariser, criteria)
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, summary, protocol="https")
tm.flow(summariser, applications_db, summary)

tm.flow(applications_db, console, application, summary, home_check_report)
tm.flow(photo_store, console, yard_photos)
tm.flow(horse_db, console, horse_profile)
tm.flow(console, officer, application, yard_photos, summary, protocol="https")
tm.flow(officer, console, decision, home_check_report, protocol="https")
tm.flow(console, applications_db, decision, home_check_report)

tm.flow(officer, email, home_check_request, protocol="https", label="arranges home check")
tm.flow(email, volunteer, home_check_request, protocol="smtp+starttls")
tm.flow(volunteer, email, home_check_report, protocol="smtp+starttls", label="reply with report")
tm.flow(email, officer, home_check_report, protocol="https")
tm.flow(console, email, outcome_email, protocol="https")
tm.flow(email, applicant, outcome_email, protocol="smtp+starttls")

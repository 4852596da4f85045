"""Ferret rescue adoption matching: the first design.

A volunteer-run ferret rescue in the UK takes adoption applications online.
Applicants fill in a form about their home, household, other pets, experience
and hours at home, and may upload photos of the cage or ferret room they plan.
A matching service sends the application and the profiles of the ferrets in
care (temperament, bonded pairs, medical needs) to a hosted LLM, which suggests
the best-suited ferrets with its reasons and flags concerns for the home check.
Adoption coordinators see the suggestions and the photos in a volunteer portal
and decide every adoption themselves; outcomes are e-mailed to applicants.
Foster carers keep the ferret profiles up to date through the same portal.
Everything runs in one small cloud project; volunteers sign in with their
charity Google accounts and 2-step verification, uploads are checked for type
and size, and the application database uses the provider's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferret rescue adoption matching",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM suggestions of ferrets for adoption applicants, decided by volunteer coordinators.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Adoption application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
    description="Name, address, contact details, household members, other pets, "
    "experience, working hours and free-text answers.",
)
home_photos = tg.Data(
    "Home setup photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the planned cage or ferret room, taken inside the applicant's home.",
)
confirmation = tg.Data(
    "Application confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
ferret_profiles = tg.Data(
    "Ferret profiles",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperament, bonded pairs, medical needs and foster notes for each ferret in care.",
)
matching_prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the application answers and the available ferrets' profiles.",
)
match_suggestions = tg.Data(
    "Match suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Suggested ferrets with reasons, and concerns to raise at the home check.",
)
adoption_decision = tg.Data("Adoption decision", sensitivity=tg.Sensitivity.PII, kind="records")
outcome_email = tg.Data(
    "Application outcome e-mail", sensitivity=tg.Sensitivity.PII, kind="documents"
)
profile_update = tg.Data(
    "Ferret profile update", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public applying to adopt.
    applicant = tm.add(tg.Actor("Adoption applicant", role="applicant"))

with tm.boundary("Volunteers' home devices", trust=tg.Trust.PARTNER):
    # Volunteers who review suggestions and decide adoptions, working from home.
    coordinator = tm.add(tg.Actor("Adoption coordinator", role="volunteer coordinator"))
    # Volunteers caring for ferrets at home, who know each one's temperament.
    foster_carer = tm.add(tg.Actor("Foster carer", role="volunteer foster carer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reads applications and ferret profiles.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model on the vendor's pay-as-you-go API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends interview invitations and outcomes to applicants.
    email_service = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Rescue cloud project", trust=tg.Trust.INTERNAL):
    # Public application form on the rescue's website.
    application_form = tm.add(
        tg.Endpoint(
            "Adoption application form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="photo uploads: JPEG/PNG only, 10 MB max")},
        )
    )
    # Pairs each new application with the ferrets in care and calls the LLM.
    matching = tm.add(
        tg.Service(
            "Matching service",
            description="Runs when an application arrives or a ferret becomes available.",
        )
    )
    # Applications, suggestions and decisions.
    applications_db = tm.add(
        tg.DataStore(
            "Applications database",
            stores={application, match_suggestions, adoption_decision},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Uploaded home photos, viewed only by coordinators.
    photo_bucket = tm.add(tg.DataStore("Home photo bucket", stores={home_photos}))
    # One record per ferret in care.
    ferret_db = tm.add(tg.DataStore("Ferret profile database", stores={ferret_profiles}))
    # Where coordinators and foster carers work.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="charity Google accounts with 2-step verification"),
                c.HumanInTheLoop(approver="adoption coordinator"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Applying
tm.flow(applicant, application_form, application, home_photos, protocol="https")
tm.flow(application_form, applicant, confirmation, protocol="https")
tm.flow(application_form, applications_db, application)
tm.flow(application_form, photo_bucket, home_photos)

# Matching
tm.flow(applications_db, matching, application)
tm.flow(ferret_db, matching, ferret_profiles)
tm.flow(matching, llm, matching_prompt, protocol="https")
tm.flow(llm, matching, match_suggestions, protocol="https")
tm.flow(matching, applications_db, match_suggestions)

# Deciding
tm.flow(applications_db, portal, application, match_suggestions)
tm.flow(photo_bucket, portal, home_photos)
tm.flow(portal, coordinator, application, match_suggestions, home_photos, protocol="https")
tm.flow(coordinator, portal, adoption_decision, protocol="https")
tm.flow(portal, applications_db, adoption_decision)
tm.flow(portal, email_service, outcome_email, protocol="https")
tm.flow(email_service, applicant, outcome_email, protocol="smtp")

# Keeping ferret profiles current
tm.flow(foster_carer, portal, profile_update, protocol="https")
tm.flow(portal, ferret_db, profile_update)
tm.flow(ferret_db, portal, ferret_profiles)
tm.flow(portal, foster_carer, ferret_profiles, protocol="https")

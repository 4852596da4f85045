"""Greyhound adoption matching assistant: the first design, before any security review.

People who want to adopt a retired greyhound fill in the application form on the
charity's website; submissions land in the charity's hosted CRM. A volunteer home
checker then visits and writes up the home check in a volunteer portal. Kennel
staff keep a profile of each dog (temperament, cat and child tests, medical needs).
The rehoming coordinator opens an applicant in the matching assistant, a small web
app in the charity's cloud account: it pulls the application, the home-check notes
and the profiles of the dogs available, sends them to a hosted LLM from a commercial
vendor and shows the dogs it suggests, with its reasons. The coordinator decides
every match and contacts the adopter; suggestions and decisions are kept in a log.
Staff sign in with Google Workspace (2-step verification); volunteers sign in to
their portal with e-mail and password. Everything travels over HTTPS, the CRM is
encrypted by its vendor, and access in the CRM is by role. The charity is in the
UK, so UK GDPR applies to the applicants' and volunteers' personal data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Greyhound adoption matching assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Suggests which greyhounds suit an adopter from their application and home "
        "check; the rehoming coordinator decides."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Adoption application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, household members and children's ages, other pets, "
    "working hours, garden and fencing, previous dogs, free-text answers.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
home_check = tg.Data(
    "Home-check notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The volunteer's free-text write-up of the visit, with photos of the "
    "garden and fencing.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
dog_profiles = tg.Data(
    "Dog profiles",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperament, cat and small-dog tests, child suitability, medical needs.",
)
match_request = tg.Data("Match request", kind="records", sensitivity=tg.Sensitivity.PII)
matching_prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the application, the home-check notes and the available dogs.",
)
suggestions = tg.Data(
    "Suggested dog matches",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Ranked dogs for the applicant, with the model's reasons.",
)
decision = tg.Data(
    "Coordinator match decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
match_log = tg.Data("Match log entries", kind="logs", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data("Staff sign-in assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public applying to adopt.
    adopter = tm.add(tg.Actor("Adopter applicant", role="applicant"))
    # Volunteers visit applicants' homes and report from their own phones.
    home_checker = tm.add(tg.Actor("Home-check volunteer", role="volunteer"))

with tm.boundary("Google Workspace", trust=tg.Trust.PARTNER):
    # Staff accounts for the coordinator's sign-in.
    idp = tm.add(
        tg.ExternalService(
            "Google Workspace sign-in", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the applicant's details and the dogs and proposes matches.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model behind the vendor's API, "
            "on the vendor's standard business terms.",
        )
    )

with tm.boundary("Charity cloud", trust=tg.Trust.INTERNAL):
    # Public application form on the charity's website.
    application_form = tm.add(
        tg.Endpoint(
            "Website application form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Form plugin on the charity's WordPress site; posts into the CRM.",
            controls={
                c.InputValidation(note="required fields and formats checked by the form plugin")
            },
        )
    )
    # Where home checkers file their visit reports.
    volunteer_portal = tm.add(
        tg.Endpoint(
            "Volunteer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Web portal of the CRM for volunteers; shows the checker the "
            "applications assigned to them.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # System of record for applicants, home checks and dogs.
    crm = tm.add(
        tg.DataStore(
            "Adopter CRM",
            stores={application, home_check},
            description="Hosted charity CRM.",
            controls={
                c.EncryptionAtRest(key_management="CRM vendor managed"),
                c.RBAC(note="staff, kennel and volunteer roles in the CRM"),
            },
        )
    )
    # Kept by kennel staff, read by the assistant to know which dogs are available.
    dog_db = tm.add(tg.DataStore("Dog records database", stores={dog_profiles}))
    # The coordinator's screen: pick an applicant, see suggestions, record a decision.
    coordinator_app = tm.add(
        tg.Endpoint(
            "Matching assistant web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace SSO with 2SV")},
        )
    )
    # Builds the prompt from the CRM and dog records and calls the LLM.
    matcher = tm.add(
        tg.Service(
            "Matching service",
            description="Gathers the application, home-check notes and available dogs, "
            "builds the prompt and parses the suggestions.",
            controls={
                c.HumanInTheLoop(
                    approver="the rehoming coordinator",
                    note="suggestions only; the coordinator decides every match",
                ),
                c.SecretsManagement(note="LLM API key in the cloud secret manager"),
            },
        )
    )
    # What was suggested and what the coordinator decided.
    log_store = tm.add(tg.DataStore("Match log", stores={match_log}))

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Decides which dog goes to which home.
    coordinator = tm.add(tg.Actor("Rehoming coordinator", role="rehoming coordinator"))
    # Keeps the dog profiles up to date after assessments.
    kennel_staff = tm.add(tg.Actor("Kennel staff", role="kennel staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(adopter, application_form, application, protocol="https", controls={tls})
tm.flow(application_form, crm, application, protocol="https")

tm.flow(
    volunteer_portal,
    home_checker,
    application,
    protocol="https",
    controls={tls},
    label="assigned applications",
)
tm.flow(home_checker, volunteer_portal, home_check, protocol="https", controls={tls})
tm.flow(crm, volunteer_portal, application)
tm.flow(volunteer_portal, crm, home_check)

tm.flow(kennel_staff, dog_db, dog_profiles, protocol="https", controls={tls})

tm.flow(coordinator, idp, sign_in, protocol="https", controls={tls})
tm.flow(idp, coordinator_app, sign_in, protocol="https", controls={tls})
tm.flow(coordinator, coordinator_app, match_request, decision, protocol="https", controls={tls})
tm.flow(
    coordinator_app,
    coordinator,
    suggestions,
    application,
    home_check,
    protocol="https",
    controls={tls},
)

tm.flow(coordinator_app, matcher, match_request)
tm.flow(matcher, coordinator_app, suggestions)
tm.flow(matcher, crm, match_request, protocol="https", label="look up applicant")
tm.flow(crm, matcher, application, home_check, protocol="https")
tm.flow(dog_db, matcher, dog_profiles, label="available dogs")
tm.flow(matcher, llm, matching_prompt, protocol="https", controls={tls})
tm.flow(llm, matcher, suggestions, protocol="https", controls={tls})
tm.flow(matcher, log_store, match_log)
tm.flow(coordinator_app, log_store, decision, label="coordinator's decision")

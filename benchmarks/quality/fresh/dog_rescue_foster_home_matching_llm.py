"""Dog rescue foster matching assistant: the first design, before any security review.

A UK dog rescue charity wants to place more dogs in foster homes, faster. People who
want to foster fill in a home questionnaire on the charity's website (household,
children's ages, other pets, working hours, garden, experience). Kennel staff keep
each dog's behaviour notes in the charity's hosted shelter management system. When a
dog is ready for foster, a foster coordinator opens the matching app, picks the dog,
and a matching service sends the dog's notes and the open applicants' questionnaires
to a hosted LLM, which ranks the homes and drafts a placement proposal. The
coordinator reads and edits every draft and decides; only then is the proposal
e-mailed to the applicant through the charity's e-mail provider. Everything runs in
the charity's small cloud account. Coordinators sign in with their Google Workspace
accounts, the website and vendor calls use HTTPS, and the applicant database uses
the cloud provider's default encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dog rescue foster matching assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM drafts foster placement proposals from dogs' behaviour notes "
    "and applicants' home questionnaires, for a coordinator to review.",
)

# ---------------------------------------------------------------- data assets
questionnaire = tg.Data(
    "Foster home questionnaire",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, contact details, household members and children's ages, "
    "other pets, working hours, home and garden, previous dog experience.",
)
receipt = tg.Data("Application receipt", kind="documents", sensitivity=tg.Sensitivity.PII)
home_check = tg.Data(
    "Home check notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What the volunteer home checker saw, typed in by the coordinator.",
)
behaviour = tg.Data(
    "Dog behaviour notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Temperament, triggers, bite history, how the dog is with children, "
    "cats and other dogs, medical needs.",
)
match_request = tg.Data("Match request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the dog's behaviour notes and the open applicants' "
    "questionnaires and home check notes.",
)
completion = tg.Data("LLM ranking and draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft placement proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Ranked shortlist of homes with reasons, and a draft proposal letter.",
)
approved = tg.Data(
    "Approved placement proposal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The coordinator's edited and approved proposal to one applicant.",
)
proposal_email = tg.Data(
    "Placement proposal e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who want to foster; anyone can submit the form.
    applicant = tm.add(tg.Actor("Foster applicant", role="member of the public"))

with tm.boundary("Charity staff", trust=tg.Trust.INTERNAL):
    # Staff member who decides placements; uses the matching app from a laptop.
    coordinator = tm.add(tg.Actor("Foster coordinator", role="foster coordinator"))
    # Kennel staff write and update each dog's behaviour notes.
    kennel_staff = tm.add(tg.Actor("Kennel staff", role="kennel staff"))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Public web form where applicants submit their home questionnaire.
    form = tm.add(
        tg.Endpoint(
            "Foster application form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Page and form handler on the charity website.",
        )
    )
    # Holds every applicant's questionnaire and home check notes.
    applicant_db = tm.add(
        tg.DataStore(
            "Applicant database",
            stores={questionnaire, home_check},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the prompt, calls the LLM and saves the draft; never sends anything itself.
    matcher = tm.add(
        tg.Service(
            "Matching service",
            description="Collects the dog's notes and open applications, prompts the LLM, "
            "stores the ranked shortlist and draft proposal.",
            controls={
                c.HumanInTheLoop(
                    approver="foster coordinator",
                    note="every draft is read, edited and approved before it is sent",
                )
            },
        )
    )
    # Drafts and approved proposals, kept for the coordinator and for the dog's file.
    drafts = tm.add(tg.DataStore("Proposal store", stores={draft, approved}))
    # Web app coordinators use to request matches, review drafts and record home checks.
    app = tm.add(
        tg.Endpoint(
            "Coordinator matching app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace single sign-on")},
        )
    )

with tm.boundary("Shelter management vendor", trust=tg.Trust.PARTNER):
    # Hosted shelter management system the charity already uses for its dogs.
    shelter_system = tm.add(tg.DataStore("Shelter management system", stores={behaviour}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Ranks homes against the dog's needs and drafts the proposal.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The charity's transactional e-mail service.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
# Applications come in from the public website.
tm.flow(applicant, form, questionnaire, protocol="https")
tm.flow(form, applicant, receipt, protocol="https")
tm.flow(form, applicant_db, questionnaire)

# Dog behaviour notes are kept in the shelter system.
tm.flow(kennel_staff, shelter_system, behaviour, protocol="https")

# The coordinator asks for a match and records home checks.
tm.flow(coordinator, app, match_request, home_check, protocol="https")
tm.flow(app, applicant_db, home_check)
tm.flow(applicant_db, app, questionnaire, home_check, label="applicant view")
tm.flow(app, matcher, match_request)

# Matching: gather context, prompt the LLM, store the draft.
tm.flow(shelter_system, matcher, behaviour, protocol="https", label="dog profile lookup")
tm.flow(applicant_db, matcher, questionnaire, home_check, label="open applications")
tm.flow(matcher, llm, prompt, protocol="https")
tm.flow(llm, matcher, completion, protocol="https")
tm.flow(matcher, drafts, draft)

# Review and send.
tm.flow(drafts, app, draft, approved)
tm.flow(app, coordinator, draft, questionnaire, protocol="https")
tm.flow(coordinator, app, approved, protocol="https", label="edits and approves")
tm.flow(app, drafts, approved)
tm.flow(app, mailer, approved, protocol="https")
tm.flow(mailer, applicant, proposal_email, protocol="smtp")
